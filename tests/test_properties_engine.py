"""Property tests: random valid scenarios played through the engine at random.

The scenarios are built so that they are valid by construction (the loader
must accept them without errors, which is itself checked), with every kind
of thing a teacher may write: story and question nodes, effects (also
negative), flags set and unset, conditions on scores, flags and visits, and
choices that lead back into loops. Every story node keeps one choice without
a condition that leads forward, so every loop has an exit and no player can
get stuck; the analyzer is asked to agree.

Set BURGERSCHAP_HYPOTHESIS_EXAMPLES to run more examples than the CI default.
"""

from __future__ import annotations

import itertools
import os
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from burgerschap.scenario import (
    EndingNode,
    Engine,
    GameState,
    QuestionNode,
    Scenario,
    StoryNode,
    load_text,
)
from burgerschap.scenario.analyzer import Analysis, Range, analyze

EXAMPLES = int(os.environ.get("BURGERSCHAP_HYPOTHESIS_EXAMPLES", "100"))
SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

DIMS = ["p", "s", "k"]
FLAGS = ["f0", "f1", "f2"]
MAX_RANDOM_MOVES = 60
"""Random moves before a play heads for the exit; loops make plays as long as you like."""


@st.composite
def effects(draw: st.DrawFn, dims: list[str]) -> dict[str, int]:
    chosen = draw(st.lists(st.sampled_from(dims), unique=True, max_size=len(dims)))
    return {d: draw(st.integers(-3, 3)) for d in chosen}


@st.composite
def conditions(draw: st.DrawFn, dims: list[str], names: list[str]) -> dict[str, Any]:
    cond: dict[str, Any] = {}
    parts = draw(
        st.lists(
            st.sampled_from(["min", "max", "flags", "not_flags", "visited", "not_visited"]),
            unique=True,
            min_size=1,
            max_size=3,
        )
    )
    for part in parts:
        if part in ("min", "max"):
            dim = draw(st.sampled_from(dims))
            cond[part] = {dim: draw(st.integers(-4, 4))}
        elif part in ("flags", "not_flags"):
            cond[part] = draw(st.lists(st.sampled_from(FLAGS), unique=True, min_size=1, max_size=2))
        else:
            cond[part] = draw(st.lists(st.sampled_from(names), unique=True, min_size=1, max_size=2))
    return cond


@st.composite
def scenarios(draw: st.DrawFn) -> dict[str, Any]:
    """Plain data of a valid scenario: nodes ``n0..`` in order, then endings ``e0..``."""
    dims = DIMS[: draw(st.integers(1, len(DIMS)))]
    count = draw(st.integers(1, 8))
    story = [f"n{i}" for i in range(count)]
    endings = [f"e{i}" for i in range(draw(st.integers(1, 3)))]
    everything = story + endings
    nodes: dict[str, Any] = {}
    for i, name in enumerate(story):
        forward = everything[i + 1 :]
        if draw(st.integers(0, 4)) == 0:  # a question node
            options = draw(st.integers(2, 4))
            right = draw(st.integers(0, options - 1))
            node: dict[str, Any] = {
                "question": f"Vraag {name}?",
                "options": [
                    {"text": f"Antwoord {j}", **({"correct": True} if j == right else {})}
                    for j in range(options)
                ],
                "explanation": "Daarom.",
                "effects": draw(effects(dims)),
            }
            if draw(st.booleans()):
                node["goto"] = draw(st.sampled_from(forward))
            else:  # a wrong answer may send the player back: a loop left by answering well
                node["goto_correct"] = draw(st.sampled_from(forward))
                node["goto_wrong"] = draw(st.sampled_from(everything))
            nodes[name] = node
            continue
        exit_choice: dict[str, Any] = {
            "text": "Verder",
            "goto": draw(st.sampled_from(forward)),
            "effects": draw(effects(dims)),
        }
        choices = [exit_choice]
        for j in range(draw(st.integers(0, 3))):
            choice: dict[str, Any] = {
                "text": f"Keuze {j}",
                # anywhere, also back to this node or an earlier one: loops
                "goto": draw(st.sampled_from(everything)),
                "effects": draw(effects(dims)),
            }
            if draw(st.booleans()):
                choice["if"] = draw(conditions(dims, everything))
            if draw(st.booleans()):
                choice["set"] = draw(st.lists(st.sampled_from(FLAGS), unique=True, max_size=2))
            if draw(st.booleans()):
                choice["unset"] = draw(st.lists(st.sampled_from(FLAGS), unique=True, max_size=2))
            if draw(st.booleans()):
                choice["feedback"] = "Goed zo."
            choices.append(choice)
        nodes[name] = {"text": f"Tekst van {name}.", "choices": draw(st.permutations(choices))}
    for name in endings:
        nodes[name] = {"ending": {"title": f"Einde {name}", "text": "Klaar."}}
    return {
        "format": 1,
        "kind": "scenario",
        "id": "eigenschap",
        "version": 1,
        "title": "Gegenereerd",
        "allow_back": True,
        "dimensions": {d: {"label": d.upper()} for d in dims},
        "start": story[0],
        "nodes": nodes,
    }


def _load(data: dict[str, Any]) -> Scenario:
    """The generated data as a teacher's file: through YAML and the real loader."""
    loaded = load_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), "gen.yaml")
    assert isinstance(loaded.document, Scenario)
    return loaded.document


def _exit_move(engine: Engine, state: GameState) -> tuple[str, int]:
    """The move that heads for an ending: the unconditional forward choice, or the right answer."""
    node = engine.node(state)
    if isinstance(node, QuestionNode):
        return "answer", next(i for i, o in enumerate(node.options) if o.correct)
    assert isinstance(node, StoryNode)
    order = list(engine.scenario.nodes)
    here = order.index(state.node)
    for i, choice in engine.offered(state):
        if choice.condition is None and order.index(choice.goto) > here:
            return "choice", i
    raise AssertionError(f"no way forward at {state.node}")


def _moves(engine: Engine, state: GameState) -> list[tuple[str, int]]:
    node = engine.node(state)
    if isinstance(node, QuestionNode):
        return [("answer", i) for i in engine.option_order(state)]
    return [("choice", i) for i, _ in engine.offered(state)]


def _move(engine: Engine, state: GameState, move: tuple[str, int]) -> GameState:
    kind, index = move
    outcome = engine.choose(state, index) if kind == "choice" else engine.answer(state, index)
    return outcome.state


def _within(value: int, span: Range) -> bool:
    return (span.low is None or span.low <= value) and (span.high is None or value <= span.high)


def _play(engine: Engine, data: st.DataObject) -> list[GameState]:
    """A random game to its ending: every state on the way, first to last."""
    states = [engine.new_game(seed=data.draw(st.integers(0, 2**16), label="seed"))]
    limit = MAX_RANDOM_MOVES + 2 * len(engine.scenario.nodes)
    while not engine.is_finished(states[-1]):
        assert len(states) <= limit, "the game did not end: stuck in a loop"
        state = states[-1]
        moves = _moves(engine, state)
        assert moves, f"stuck at {state.node}: nothing offered"
        if len(states) > MAX_RANDOM_MOVES:
            move = _exit_move(engine, state)
        else:
            move = data.draw(st.sampled_from(moves), label="move")
        states.append(_move(engine, state, move))
    return states


@SETTINGS
@given(scenarios(), st.data())
def test_random_play_never_raises_never_sticks_and_back_is_exact(
    raw: dict[str, Any], data: st.DataObject
) -> None:
    engine = Engine(_load(raw))
    states = _play(engine, data)
    final = states[-1]
    assert isinstance(engine.node(final), EndingNode)
    assert len(final.history) == len(states) - 1
    for before, after in itertools.pairwise(states):
        # back restores the exact earlier state, also as saved JSON, but for the
        # answers given: those are kept, so the first answer counts
        restored = engine.back(after)
        kept = before.model_copy(update={"answers": after.answers})
        assert restored == kept
        assert restored.model_dump_json() == kept.model_dump_json()
        # and a saved state comes back the same
        assert GameState.model_validate_json(after.model_dump_json()) == after
    # replaying the recorded moves from the start gives the same game
    assert engine.replay(final, final.history) == final


@SETTINGS
@given(scenarios(), st.data())
def test_every_offered_move_keeps_an_ending_in_reach(
    raw: dict[str, Any], data: st.DataObject
) -> None:
    """Wherever a random play is, heading for the exit reaches an ending in few moves."""
    engine = Engine(_load(raw))
    for state in _play(engine, data):
        current = state
        for _ in range(len(engine.scenario.nodes) + 1):
            if engine.is_finished(current):
                break
            current = _move(engine, current, _exit_move(engine, current))
        assert engine.is_finished(current)


def _answer_keys(state: GameState) -> list[tuple[str, int]]:
    """For each move of the history: the node and which visit of it the move left from."""
    visits = {state.start.node: 1}
    keys = []
    for step in state.history:
        keys.append((step.node, visits.get(step.node, 1)))
        visits[step.target] = visits.get(step.target, 0) + 1
    return keys


def _honest(engine: Engine, state: GameState) -> GameState:
    """The same path played once, from a fresh game that remembers no answers."""
    honest = engine.new_game(seed=state.seed)
    for step in state.history:
        honest = _move(engine, honest, (step.kind, step.index))
    return honest


@SETTINGS
@given(scenarios(), st.data())
def test_going_back_never_earns_more_than_answering_each_question_once(
    raw: dict[str, Any], data: st.DataObject
) -> None:
    """Random moves and backs: every answer that counts is the first one given there."""
    engine = Engine(_load(raw))
    state = engine.new_game(seed=data.draw(st.integers(0, 2**16), label="seed"))
    first: dict[tuple[str, int], int] = {}
    """The oracle: the first option chosen at each visit of a question, by this test."""
    moves = 0
    while not engine.is_finished(state):
        moves += 1
        assert moves <= 4 * MAX_RANDOM_MOVES + 2 * len(engine.scenario.nodes), "no ending"
        if moves <= 2 * MAX_RANDOM_MOVES and state.history and data.draw(st.booleans()):
            state = engine.back(state)
            continue
        move = (
            _exit_move(engine, state)
            if moves > 2 * MAX_RANDOM_MOVES
            else data.draw(st.sampled_from(_moves(engine, state)), label="move")
        )
        if move[0] == "answer":
            first.setdefault((state.node, state.visits[state.node]), move[1])
        state = _move(engine, state, move)
    for step, key in zip(state.history, _answer_keys(state), strict=True):
        if step.kind == "answer":
            assert step.index == first[key]
    honest = _honest(engine, state)
    assert honest.node == state.node
    for dim, value in state.scores.items():
        assert value <= honest.scores[dim]
    assert state.scores == honest.scores


@SETTINGS
@given(scenarios(), st.data())
def test_answering_seeing_the_right_answer_and_going_back_earns_nothing(
    raw: dict[str, Any], data: st.DataObject
) -> None:
    """The farmer: answer, read which answer was right, go back, pick that one."""
    engine = Engine(_load(raw))
    state = engine.new_game(seed=data.draw(st.integers(0, 2**16), label="seed"))
    first: list[int] = []
    while not engine.is_finished(state):
        assert len(state.history) <= MAX_RANDOM_MOVES + 2 * len(engine.scenario.nodes)
        node = engine.node(state)
        if isinstance(node, QuestionNode):
            right = next(i for i, o in enumerate(node.options) if o.correct)
            option = (
                right  # heading for the exit: loops through wrong answers must end
                if len(state.history) > MAX_RANDOM_MOVES
                else data.draw(st.sampled_from(engine.option_order(state)), label="answer")
            )
            first.append(option)
            tried = engine.back(engine.answer(state, option).state)  # seen, then back
            state = engine.answer(tried, right).state
            assert state.history[-1].index == option
        elif len(state.history) > MAX_RANDOM_MOVES:
            state = _move(engine, state, _exit_move(engine, state))
        else:
            state = _move(engine, state, data.draw(st.sampled_from(_moves(engine, state))))
    assert [s.index for s in state.history if s.kind == "answer"] == first
    assert state.scores == _honest(engine, state).scores


ANALYZER_STATES = 2_000
"""A small state bound keeps each example fast; most generated scenarios fit well inside it."""


def _analysis(scenario: Scenario) -> Analysis:
    analysis = analyze(scenario, max_states=ANALYZER_STATES)
    if not analysis.complete:
        # Loops that drive a tested score both up and down make the state space
        # unbounded: the analyzer must say so rather than claim a range.
        assert "analysis_incomplete" in {p.code for p in analysis.warnings}
        assert analysis.uncovered
    return analysis


@SETTINGS
@given(scenarios(), st.data())
def test_final_scores_lie_in_the_analyzers_ranges(raw: dict[str, Any], data: st.DataObject) -> None:
    scenario = _load(raw)
    analysis = _analysis(scenario)
    assert not analysis.errors, "every loop has an exit: the analyzer finds no stuck state"
    final = _play(Engine(scenario), data)[-1]
    if not analysis.complete:
        return
    assert final.node in analysis.reachable_endings
    for dim, value in final.scores.items():
        assert _within(value, analysis.ranges[dim]), (dim, value, analysis.ranges[dim])
        assert _within(value, analysis.per_ending[final.node][dim])


OVERFLOW_SCENARIO = """\
format: 1
kind: scenario
id: overflow
title: T
dimensions: {p: {label: P}, s: {label: S}}
start: n0
nodes:
  n0:
    question: Q?
    options: [{text: a, correct: true}, {text: b}]
    goto_correct: n1
    goto_wrong: n0
  n1:
    question: Q?
    options: [{text: a, correct: true}, {text: b}]
    goto_correct: n2
    goto_wrong: n0
  n2:
    text: t
    choices:
      - {text: Verder, goto: n3}
      - {text: a, goto: n0, if: {min: {p: 0}}}
      - {text: b, goto: n0, effects: {p: 1}}
  n3:
    text: t
    choices:
      - {text: Verder, goto: n4, effects: {p: -1}}
  n4:
    question: Q?
    options: [{text: a, correct: true}, {text: b}]
    goto_correct: e0
    goto_wrong: n0
  e0:
    ending: {title: E}
  e1:
    ending: {title: E1}
"""


def test_analyzer_overflow_regression() -> None:
    """The example hypothesis shrank to, which made ``analyze`` raise OverflowError.

    ``p`` is tested (``min``), rises in the loop n0-n2 and falls in the loop through
    n3 and n4's wrong answer: the state space is unbounded, so the analyzer must
    stop at its bound and say so, not crash.
    """
    loaded = load_text(OVERFLOW_SCENARIO, "overflow.yaml")
    assert isinstance(loaded.document, Scenario)
    analysis = _analysis(loaded.document)  # says so when it stops at its bound
    assert not analysis.complete
    assert not analysis.errors
    assert analysis.reachable_endings == ["e0"]
    # Both loops can be taken as often as you like: p has no bound on either side.
    assert (analysis.ranges["p"].low, analysis.ranges["p"].high) == (None, None)
    assert (analysis.ranges["s"].low, analysis.ranges["s"].high) == (0, 0)
