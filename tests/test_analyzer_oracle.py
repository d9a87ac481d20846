"""The analyzer agrees with brute force on random small scenarios.

The oracle walks the *real* game states (node, every score, every flag, every
visited node) breadth first with :func:`condition_holds`, the engine's own
test. Where that space is finite, every answer of the analyzer can be checked
exactly: reachable endings and nodes, stuck nodes, ranges overall and per
ending, and choices whose condition never holds. This is what shows that the
analyzer's abstraction (clamped scores, only the flags and visits conditions
read) loses nothing.
"""

from __future__ import annotations

import os
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from burgerschap.scenario.analyzer import Range, analyze
from burgerschap.scenario.engine import condition_holds
from burgerschap.scenario.models import EndingNode, QuestionNode, Scenario, StoryNode

EXAMPLES = int(os.environ.get("BURGERSCHAP_HYPOTHESIS_EXAMPLES", "150"))
ORACLE_LIMIT = 5_000
"""Real states the oracle visits before it gives up on an example."""

DIMS = ["p", "s"]
FLAGS = ["f0", "f1"]


@st.composite
def scenarios(draw: st.DrawFn) -> Scenario:
    count = draw(st.integers(1, 8))
    story = [f"n{i}" for i in range(count)]
    endings = [f"e{i}" for i in range(draw(st.integers(1, 3)))]
    everything = story + endings
    small = st.integers(-3, 3)

    def ahead(i: int) -> str:
        """Mostly the next few nodes, so that paths are long enough to rise and fall."""
        forward = everything[i + 1 :]
        return forward[min(len(forward) - 1, draw(st.integers(0, 2)))]

    def effects() -> dict[str, int]:
        return {d: draw(small) for d in draw(st.lists(st.sampled_from(DIMS), unique=True))}

    def condition() -> dict[str, Any]:
        cond: dict[str, Any] = {}
        for part in draw(
            st.lists(
                st.sampled_from(
                    ["min", "max", "min", "max", "flags", "not_flags", "visited", "not_visited"]
                ),
                unique=True,
                min_size=1,
                max_size=2,
            )
        ):
            if part in ("min", "max"):
                cond[part] = {draw(st.sampled_from(DIMS)): draw(st.integers(-3, 4))}
            elif part in ("flags", "not_flags"):
                cond[part] = draw(st.lists(st.sampled_from(FLAGS), unique=True, min_size=1))
            else:
                cond[part] = [draw(st.sampled_from(everything))]
        return cond

    nodes: dict[str, Any] = {}
    for i, name in enumerate(story):
        if draw(st.integers(0, 4)) == 0:
            nodes[name] = {
                "question": "Vraag?",
                "options": [{"text": "Goed", "correct": True}, {"text": "Fout"}],
                "effects": effects(),
                "goto_correct": ahead(i),
                "goto_wrong": draw(st.sampled_from(everything)),
            }
            continue
        choices = []
        for _ in range(draw(st.integers(1, 3))):
            back = draw(st.integers(0, 3)) == 0
            choice: dict[str, Any] = {
                "text": "Keuze",
                "goto": draw(st.sampled_from(everything)) if back else ahead(i),
                # Loops mostly carry no effect, so the real state space stays finite.
                "effects": {} if back and draw(st.booleans()) else effects(),
            }
            if draw(st.integers(0, 2)):
                choice["if"] = condition()
            if draw(st.booleans()):
                choice["set"] = draw(st.lists(st.sampled_from(FLAGS), unique=True))
            if draw(st.integers(0, 3)) == 0:
                choice["unset"] = draw(st.lists(st.sampled_from(FLAGS), unique=True))
            choices.append(choice)
        nodes[name] = {"text": "Tekst.", "choices": choices}
    for name in endings:
        nodes[name] = {"ending": {"title": "Einde"}}
    return Scenario.model_validate(
        {
            "id": "orakel",
            "title": "Orakel",
            "dimensions": {d: {"label": d} for d in DIMS},
            "start": "n0",
            "nodes": nodes,
        }
    )


RealState = tuple[str, tuple[int, ...], frozenset[str], frozenset[str]]


@dataclass
class Truth:
    states: list[RealState] = field(default_factory=list)
    edges: list[list[int]] = field(default_factory=list)
    offered: set[tuple[str, int]] = field(default_factory=set)


def moves(scenario: Scenario, state: RealState) -> list[tuple[int, str, dict[str, int], RealState]]:
    """(choice index or -1, target, effects, next state) of every move allowed in ``state``."""
    node_name, scores, flags, visited = state
    node = scenario.nodes[node_name]
    score_map = dict(zip(DIMS, scores, strict=True))
    visits = dict.fromkeys(visited, 1)
    found: list[tuple[int, str, dict[str, int], RealState]] = []
    options: list[tuple[int, str, dict[str, int], set[str], set[str]]] = []
    if isinstance(node, StoryNode):
        for i, c in enumerate(node.choices):
            if condition_holds(c.condition, score_map, flags, visits):
                options.append((i, c.goto, c.effects, set(c.set), set(c.unset)))
    elif isinstance(node, QuestionNode):
        options.append((-1, node.target(True), node.effects, set(), set()))
        options.append((-1, node.target(False), {}, set(), set()))
    for index, target, effects, to_set, to_unset in options:
        new_scores = tuple(score_map[d] + effects.get(d, 0) for d in DIMS)
        new_flags = frozenset((flags | to_set) - to_unset)
        found.append((index, target, effects, (target, new_scores, new_flags, visited | {target})))
    return found


def explore_truth(scenario: Scenario) -> Truth | None:
    start: RealState = (scenario.start, (0,) * len(DIMS), frozenset(), frozenset({scenario.start}))
    truth = Truth([start])
    seen = {start: 0}
    queue = deque([start])
    while queue:
        state = queue.popleft()
        out = []
        for index, _target, _effects, nxt in moves(scenario, state):
            if index >= 0:
                truth.offered.add((state[0], index))
            if nxt not in seen:
                if len(seen) >= ORACLE_LIMIT:
                    return None
                seen[nxt] = len(truth.states)
                truth.states.append(nxt)
                queue.append(nxt)
            out.append(seen[nxt])
        truth.edges.append(out)
    return truth


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(scenarios())
def test_analyzer_matches_brute_force(scenario: Scenario) -> None:
    truth = explore_truth(scenario)
    assume(truth is not None)
    assert truth is not None
    result = analyze(scenario)
    assert result.complete

    is_ending = [isinstance(scenario.nodes[s[0]], EndingNode) for s in truth.states]
    reached = {s[0] for s in truth.states}
    ended = {s[0] for s, e in zip(truth.states, is_ending, strict=True) if e}
    assert set(result.reachable_endings) == ended
    assert set(result.unreachable_nodes) == set(scenario.nodes) - reached

    # Stuck: real states from which no ending can be reached.
    back: list[list[int]] = [[] for _ in truth.states]
    for i, out in enumerate(truth.edges):
        for j in out:
            back[j].append(i)
    good = [i for i, e in enumerate(is_ending) if e]
    alive = set(good)
    queue = deque(good)
    while queue:
        for i in back[queue.popleft()]:
            if i not in alive:
                alive.add(i)
                queue.append(i)
    stuck = {truth.states[i][0] for i in range(len(truth.states)) if i not in alive}
    assert set(result.stuck_nodes) == stuck
    assert bool(result.errors) == bool(stuck)

    # Ranges: every real state keeps its scores, so they are exact here.
    finals: dict[str, list[tuple[int, ...]]] = {}
    for state, ending in zip(truth.states, is_ending, strict=True):
        if ending:
            finals.setdefault(state[0], []).append(state[1])

    def span(totals: list[tuple[int, ...]]) -> dict[str, Range]:
        return {
            d: Range(min(t[k] for t in totals), max(t[k] for t in totals))
            for k, d in enumerate(DIMS)
        }

    everything = [t for group in finals.values() for t in group]
    assert result.ranges == (span(everything) if everything else {})
    assert result.per_ending == {e: span(group) for e, group in finals.items()}

    # Choices whose condition never holds where their node is reached.
    never = {
        (name, i + 1)
        for name in reached
        if isinstance(node := scenario.nodes[name], StoryNode)
        for i, choice in enumerate(node.choices)
        if choice.condition is not None
        and not choice.condition.is_empty()
        and (name, i) not in truth.offered
    }
    found = {
        (p.node, p.params["choice"]) for p in result.problems if p.code == "choice_never_offered"
    }
    assert found == never
