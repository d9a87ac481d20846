"""The analyzer: what every path through a scenario can do, without listing paths.

:func:`analyze` explores the scenario's state space once (see
:mod:`burgerschap.scenario.statespace`) and reports:

- which endings and nodes can be reached, honouring every condition;
- situations in which a player gets stuck (errors): a node that offers no
  choice, a loop with no way out, and the choice that leads into them;
- the lowest and highest total each dimension can end with, overall and per
  ending, with ``None`` for a side that a repeatable loop makes unbounded;
- weak dilemmas (warnings): a choice dominated by a sibling offered at the
  same time, a dimension no choice changes, a choice that is never offered.

Findings are :class:`Problem` objects (message codes, no language), so the
analyzer has no UI and no language of its own. :func:`normalise` turns a
score into 0-100 relative to a :class:`Range`; the game and the reports share
it.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from burgerschap.scenario.models import Condition, Quiz, Scenario, StoryNode
from burgerschap.scenario.problems import Lang, Problem, Severity
from burgerschap.scenario.statespace import (
    INF,
    MAX_STATES,
    Compiled,
    Move,
    Space,
    co_reachable,
    compile_scenario,
    condense,
    explore,
    extremes,
    node_space,
    strong_components,
)
from burgerschap.scenario.yamlsafe import Path, Positions, locate

__all__ = [
    "MAX_STATES",
    "Analysis",
    "QuizAnalysis",
    "Range",
    "analyze",
    "analyze_quiz",
    "normalise",
    "score_ranges",
]

MAX_LISTED = 8
"""How many node names a message lists before it says "..."."""


@dataclass(frozen=True)
class Range:
    """The lowest and highest total a player can end with; None when unbounded."""

    low: int | None
    high: int | None

    def to_json(self) -> dict[str, int | None]:
        return {"min": self.low, "max": self.high}


def normalise(value: int, low: int | None, high: int | None) -> int:
    """``value`` as 0-100 within ``low..high``, rounded half up and clamped.

    When ``low == high`` every player ends with the same total, so no one did
    better or worse than anyone else: the result is 50, the neutral middle,
    rather than a 0 or 100 that would blame or praise. An unbounded side
    (``None``) is replaced by ``value`` itself, so a score beyond every finite
    bound counts as the top (or bottom) of the scale.
    """
    lo = value if low is None else low
    hi = value if high is None else high
    if lo > hi:
        lo, hi = hi, lo
    if hi == lo:
        return 50
    scaled = (200 * (value - lo) + (hi - lo)) // (2 * (hi - lo))
    return max(0, min(100, scaled))


@dataclass
class Analysis:
    """Everything :func:`analyze` found about one scenario."""

    scenario_id: str
    version: int
    nodes: int
    endings: list[str]
    reachable_endings: list[str]
    unreachable_nodes: list[str]
    stuck_nodes: list[str]
    """Nodes where, in some reachable situation, no ending can be reached any more."""
    ranges: dict[str, Range]
    per_ending: dict[str, dict[str, Range]]
    problems: list[Problem]
    states: int
    """How many abstract states were explored."""
    complete: bool
    uncovered: list[str] = field(default_factory=list)
    """Nodes where exploration stopped at the state bound (empty when complete)."""

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]

    def to_json(self, lang: Lang = "nl") -> dict[str, Any]:
        return {
            "id": self.scenario_id,
            "version": self.version,
            "kind": "scenario",
            "nodes": self.nodes,
            "endings": len(self.endings),
            "reachable_endings": len(self.reachable_endings),
            "unreachable_nodes": self.unreachable_nodes,
            "stuck_nodes": self.stuck_nodes,
            "dimensions": {d: r.to_json() for d, r in self.ranges.items()},
            "per_ending": {
                e: {d: r.to_json() for d, r in dims.items()} for e, dims in self.per_ending.items()
            },
            "states": self.states,
            "complete": self.complete,
            "uncovered": self.uncovered,
            "errors": [p.to_json(lang) for p in self.errors],
            "warnings": [p.to_json(lang) for p in self.warnings],
        }


@dataclass
class QuizAnalysis:
    """What :func:`analyze_quiz` found about one quiz file."""

    quiz_id: str
    version: int
    questions: int
    draw: int
    problems: list[Problem]

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]

    def to_json(self, lang: Lang = "nl") -> dict[str, Any]:
        return {
            "id": self.quiz_id,
            "version": self.version,
            "kind": "quiz",
            "questions": self.questions,
            "draw": self.draw,
            "errors": [p.to_json(lang) for p in self.errors],
            "warnings": [p.to_json(lang) for p in self.warnings],
        }


class _Findings:
    def __init__(self, filename: str, positions: Positions | None) -> None:
        self.filename = filename
        self.positions = positions or {}
        self.problems: list[Problem] = []

    def add(
        self, code: str, path: Path, severity: Severity, node: str | None = None, **params: Any
    ) -> None:
        where = locate(self.positions, path)
        if node is not None:
            params.setdefault("node", node)
        self.problems.append(
            Problem(
                code,
                severity=severity,
                file=self.filename,
                line=where[0] if where else None,
                col=where[1] if where else None,
                params=params,
                node=node,
            )
        )


def _listing(names: Iterable[str]) -> str:
    items = sorted(set(names))
    shown = ", ".join(items[:MAX_LISTED])
    return shown + (", ..." if len(items) > MAX_LISTED else "")


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def analyze_quiz(
    quiz: Quiz, filename: str = "", positions: Positions | None = None
) -> QuizAnalysis:
    """The number of questions, and whether ``draw`` fits."""
    out = _Findings(filename, positions)
    count = len(quiz.questions)
    if count == 0:
        out.add("no_questions", ("questions",), "error")
    elif quiz.draw > count:
        out.add("draw_too_large", ("draw",), "error", draw=quiz.draw, count=count)
    return QuizAnalysis(quiz.id, quiz.version, count, quiz.draw, out.problems)


def score_ranges(scenario: Scenario, max_states: int = MAX_STATES) -> dict[str, Range]:
    """The overall range of every dimension (what the game normalises against)."""
    return analyze(scenario, max_states=max_states).ranges


def analyze(
    scenario: Scenario,
    filename: str = "",
    positions: Positions | None = None,
    max_states: int = MAX_STATES,
) -> Analysis:
    """Explore ``scenario`` and report reachability, stuck states, ranges and weak dilemmas.

    Args:
        scenario: a scenario that passed validation (the analyzer tolerates
            missing targets by ignoring those moves).
        filename: put into every finding, for ``file:line:col`` output.
        positions: the loader's positions, to give findings a line and column.
        max_states: the bound on explored abstract states (see :data:`MAX_STATES`).
    """
    with _collector_paused():
        return _analyze(scenario, filename, positions, max_states)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while the state graph is built.

    Exploration allocates hundreds of thousands of small containers and no
    reference cycles; the collector would rescan them again and again (it
    cost 40% of the time on a 5,000-node chain).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _analyze(
    scenario: Scenario, filename: str, positions: Positions | None, max_states: int
) -> Analysis:
    out = _Findings(filename, positions)
    compiled = compile_scenario(scenario)
    space = explore(compiled, max_states)
    names = compiled.names
    index = {name: i for i, name in enumerate(names)}
    states = space.states
    endings = [n for i, n in enumerate(names) if compiled.endings[i]]

    frontier = [i for i in range(space.expanded, len(states)) if not compiled.endings[states[i][0]]]
    ending_states = [i for i, s in enumerate(states) if compiled.endings[s[0]]]
    seen_nodes = {names[s[0]] for s in states}
    reachable_endings = [e for e in endings if e in seen_nodes]

    uncovered = sorted({names[states[i][0]] for i in frontier})
    maybe = {s[0] for s in states} | _reach(compiled, {states[i][0] for i in frontier})
    unreachable = [n for i, n in enumerate(names) if i not in maybe]
    if frontier:
        out.add("analysis_incomplete", (), "warning", limit=max_states, nodes=_listing(uncovered))
    static_reach = _reach(compiled, {compiled.start})
    for node in unreachable:
        if index[node] in static_reach:
            code = "ending_unreachable" if node in endings else "node_unreachable_conditions"
            out.add(code, ("nodes", node), "warning", node=node)

    alive = co_reachable(space, [*ending_states, *frontier])
    stuck_nodes = _stuck(scenario, space, alive, out)

    if space.complete:
        ranges, per_ending = _ranges(space, ending_states, out)
    else:
        # Outer bounds: the node graph without conditions (see docs/analyzer.md).
        outer = node_space(compiled)
        outer_endings = [i for i, s in enumerate(outer.states) if compiled.endings[s[0]]]
        ranges, per_ending = _ranges(outer, outer_endings, None)
        per_ending = {e: r for e, r in per_ending.items() if e in reachable_endings}
    _choices(scenario, space, out)
    _dimensions(scenario, ranges, space.complete, out)
    return Analysis(
        scenario_id=scenario.id,
        version=scenario.version,
        nodes=len(names),
        endings=endings,
        reachable_endings=reachable_endings,
        unreachable_nodes=unreachable,
        stuck_nodes=stuck_nodes,
        ranges=ranges,
        per_ending=per_ending,
        problems=out.problems,
        states=len(states),
        complete=space.complete,
        uncovered=uncovered,
    )


def _reach(compiled: Compiled, sources: set[int]) -> set[int]:
    """Nodes reachable from ``sources`` (node indices), conditions ignored."""
    seen = set(sources)
    todo = list(sources)
    while todo:
        for move in compiled.moves[todo.pop()]:
            if move.target not in seen:
                seen.add(move.target)
                todo.append(move.target)
    return seen


def _situation(space: Space, state: int) -> dict[str, str]:
    """A reachable situation in words that need no translation."""
    c = space.compiled
    node, flags, visits, scores = space.states[state]
    parts = []
    for k, dim in enumerate(c.tracked):
        value = scores[k]
        if value >= c.cap[node][k] != INF:
            parts.append(f"{dim} ≥ {value}")
        elif value <= c.floor[node][k] != -INF:
            parts.append(f"{dim} ≤ {value}")
        else:
            parts.append(f"{dim} = {value}")
    flags_on = [f for i, f in enumerate(c.flags) if flags >> i & 1]
    visited = [n for i, n in enumerate(c.watched) if visits >> i & 1]
    return {
        "scores": ", ".join(parts) or "-",
        "flags": ", ".join(flags_on) or "-",
        "visited": ", ".join(visited) or "-",
    }


def _move_path(names: list[str], move: Move) -> Path:
    base: Path = ("nodes", names[move.source])
    return (*base, "choices", move.choice) if move.kind == "choice" else base


def _stuck(scenario: Scenario, space: Space, alive: list[bool], out: _Findings) -> list[str]:
    """Report where players get stuck; return the nodes with a stuck situation."""
    names = space.compiled.names
    states = space.states
    stuck = [i for i in range(len(states)) if not alive[i]]
    if not stuck:
        return []
    if not alive[0]:
        out.add("start_stuck", ("start",), "error")
    # Root causes: situations with no choice, and loops that cannot be left.
    graph = [[j for j, _ in space.edges[i]] if not alive[i] else [] for i in range(len(states))]
    reported: set[str] = set()
    for comp in strong_components(graph):
        if alive[comp[0]]:
            continue
        members = set(comp)
        leaves = any(j not in members for v in comp for j in graph[v])
        if leaves:
            continue
        if len(comp) == 1 and not graph[comp[0]]:
            node = names[states[comp[0]][0]]
            if node not in reported:
                reported.add(node)
                out.add(
                    "no_choice_offered",
                    ("nodes", node),
                    "error",
                    node=node,
                    **_situation(space, comp[0]),
                )
        else:
            loop = sorted({names[states[v][0]] for v in comp})
            name = "loop:" + ",".join(loop)
            if name not in reported:
                reported.add(name)
                out.add(
                    "loop_no_exit", ("nodes", loop[0]), "error", node=loop[0], loop=_listing(loop)
                )
    # Entries: the choice or answer that leads from a good situation into a stuck one.
    entered: set[tuple[int, str, int]] = set()
    for i in range(len(states)):
        if not alive[i]:
            continue
        for j, move in space.edges[i]:
            key = (move.source, move.kind, move.choice)
            if alive[j] or key in entered:
                continue
            entered.add(key)
            node = names[move.source]
            where = names[states[j][0]]
            story = scenario.nodes[node]
            if move.kind == "choice" and isinstance(story, StoryNode):
                out.add(
                    "choice_leads_to_stuck",
                    _move_path(names, move),
                    "error",
                    node=node,
                    choice=move.choice + 1,
                    text=_short(story.choices[move.choice].text),
                    target=where,
                )
            else:
                code = "answer_right_stuck" if move.kind == "correct" else "answer_wrong_stuck"
                out.add(code, _move_path(names, move), "error", node=node, target=where)
    return [names[v] for v in sorted({states[i][0] for i in stuck})]


def _ranges(
    space: Space, ending_states: list[int], out: _Findings | None
) -> tuple[dict[str, Range], dict[str, dict[str, Range]]]:
    """Overall and per-ending ranges of every dimension, by dynamic programming.

    Loops that make a range unbounded are reported to ``out`` when given.
    """
    c = space.compiled
    useful = co_reachable(space, ending_states)
    names = c.names
    plan = condense(space, useful)
    reached = [i for i in ending_states if useful[i]]
    by_ending: dict[str, list[int]] = {}
    for i in reached:
        by_ending.setdefault(names[space.states[i][0]], []).append(i)
    ranges: dict[str, Range] = {}
    per_ending: dict[str, dict[str, Range]] = {e: {} for e in by_ending}
    if not reached:
        return ranges, per_ending
    for k, dim in enumerate(c.dimensions):
        most = extremes(plan, len(space.states), k, +1)
        least = extremes(plan, len(space.states), k, -1)
        for found, code in ((most, "range_unbounded_max"), (least, "range_unbounded_min")):
            if out is None:
                continue
            if found.inexact:
                out.add("range_inexact", ("dimensions", dim), "warning", dimension=dim)
            elif found.loops:
                loop = {names[space.states[v][0]] for comp in found.loops for v in comp}
                out.add(code, ("dimensions", dim), "warning", dimension=dim, loop=_listing(loop))

        ranges[dim] = _span(most.best, least.best, reached)
        for ending, group in by_ending.items():
            per_ending[ending][dim] = _span(most.best, least.best, group)
    order = {name: i for i, name in enumerate(names)}
    per_ending = dict(sorted(per_ending.items(), key=lambda item: order[item[0]]))
    return ranges, per_ending


def _span(most: list[float], least: list[float], group: list[int]) -> Range:
    high = max(most[i] for i in group)
    low = -max(least[i] for i in group)
    return Range(None if low == -INF else int(low), None if high == INF else int(high))


def _choices(scenario: Scenario, space: Space, out: _Findings) -> None:
    """Choices that are never offered, and choices dominated by a sibling offered with them."""
    c = space.compiled
    names = c.names
    guarded = {v for v, moves in enumerate(c.moves) if any(m.guard for m in moves)}
    offered_sets: dict[int, set[tuple[int, ...]]] = {}
    for i in range(space.expanded):
        node = space.states[i][0]
        if node in guarded:
            offered_sets.setdefault(node, set()).add(tuple(m.choice for _, m in space.edges[i]))
        elif node not in offered_sets:  # every choice is offered, always
            offered_sets[node] = {tuple(m.choice for m in c.moves[node])}
    for v in sorted(offered_sets):
        story = scenario.nodes[names[v]]
        if not isinstance(story, StoryNode):
            continue
        ever = set().union(*offered_sets[v])
        for move in c.moves[v] if v in guarded else ():
            condition = story.choices[move.choice].condition
            if move.guard is None or condition is None or move.choice in ever:
                continue
            if space.complete or _impossible(condition):
                out.add(
                    "choice_never_offered",
                    (*_move_path(names, move), "if"),
                    "warning",
                    node=names[v],
                    choice=move.choice + 1,
                    text=_short(story.choices[move.choice].text),
                )
        effects = {m.choice: m.effects for m in c.moves[v]}
        flagged: set[int] = set()
        for together in sorted(offered_sets[v]):
            for a in together:
                if a in flagged:
                    continue
                for b in together:
                    if b != a and _dominates(effects[b], effects[a]):
                        flagged.add(a)
                        out.add(
                            "choice_dominated",
                            ("nodes", names[v], "choices", a),
                            "warning",
                            node=names[v],
                            choice=a + 1,
                            text=_short(story.choices[a].text),
                            other=b + 1,
                            other_text=_short(story.choices[b].text),
                        )
                        break


def _impossible(condition: Condition) -> bool:
    """A condition that contradicts itself, whatever the situation."""
    return (
        any(low > condition.max[d] for d, low in condition.min.items() if d in condition.max)
        or bool(set(condition.flags) & set(condition.not_flags))
        or bool(set(condition.visited) & set(condition.not_visited))
    )


def _dominates(better: tuple[int, ...], worse: tuple[int, ...]) -> bool:
    """At least as good on every dimension and better on one (missing effects are 0)."""
    return all(b >= w for b, w in zip(better, worse, strict=True)) and better != worse


def _dimensions(
    scenario: Scenario, ranges: dict[str, Range], complete: bool, out: _Findings
) -> None:
    changed: set[str] = set()
    for node in scenario.nodes.values():
        if isinstance(node, StoryNode):
            for choice in node.choices:
                changed.update(d for d, v in choice.effects.items() if v)
        else:
            changed.update(d for d, v in getattr(node, "effects", {}).items() if v)
    for dim in scenario.dimensions:
        if dim not in changed:
            out.add("dimension_unused", ("dimensions", dim), "warning", dimension=dim)
            continue
        found = ranges.get(dim)
        if complete and found is not None and found.low == found.high:
            out.add(
                "dimension_constant",
                ("dimensions", dim),
                "warning",
                dimension=dim,
                value=found.low,
            )
