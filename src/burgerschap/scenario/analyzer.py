"""The analyzer: what every path through a scenario can do, without listing paths.

:func:`analyze` explores the scenario's state space once (see
:mod:`burgerschap.scenario.statespace`) and reports:

- which endings and nodes can be reached, honouring every condition;
- situations in which a player gets stuck (errors): a node that offers no
  choice, a loop with no way out, and the choice that leads into them;
- the lowest and highest total each dimension can end with, overall and per
  ending, with ``None`` for a side that a repeatable loop makes unbounded;
- weak dilemmas (warnings): a choice dominated by a sibling offered at the
  same time, a dimension no choice changes, a choice that is never offered;
- alignment (see :mod:`burgerschap.scenario.alignment`): per dimension, the
  endings its best paths reach, and warnings where scores, the tags on
  choices and the outcomes of endings disagree.

Findings are :class:`Problem` objects (message codes, no language), so the
analyzer has no UI and no language of its own. :func:`normalise` turns a
score into 0-100 relative to a :class:`Range` (both live in
:mod:`burgerschap.scenario.scores`); the game and the reports share it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from burgerschap.scenario.alignment import Alignment, align, report_alignment
from burgerschap.scenario.findings import (
    listing,
    report_choices,
    report_dimensions,
    report_stuck,
)
from burgerschap.scenario.models import NIVEAUS, Glossary, Quiz, Scenario
from burgerschap.scenario.problems import Problem, SortsProblems
from burgerschap.scenario.score_ranges import collector_paused, compute, ranges_of_space
from burgerschap.scenario.scores import Range, normalise
from burgerschap.scenario.statespace import (
    MAX_STATES,
    Compiled,
    co_reachable,
    compile_scenario,
    explore,
)
from burgerschap.scenario.validate import Findings
from burgerschap.scenario.yamlsafe import Positions

__all__ = [
    "MAX_STATES",
    "Analysis",
    "GlossaryAnalysis",
    "QuizAnalysis",
    "Range",
    "analyze",
    "analyze_glossary",
    "analyze_quiz",
    "normalise",
    "score_ranges",
]


@dataclass
class Analysis(SortsProblems):
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
    alignment: dict[str, Alignment] = field(default_factory=dict)
    """Per dimension with a range: its highest total and the endings the best paths reach."""

    def to_json(self) -> dict[str, Any]:
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
            "alignment": {d: a.to_json() for d, a in self.alignment.items()},
            "errors": [p.to_json() for p in self.errors],
            "warnings": [p.to_json() for p in self.warnings],
        }


@dataclass
class QuizAnalysis(SortsProblems):
    """What :func:`analyze_quiz` found about one quiz file."""

    quiz_id: str
    version: int
    questions: int
    draw: int
    problems: list[Problem]
    application: int = 0
    """Questions with ``soort: toepassing``."""
    per_niveau: dict[str, int] = field(default_factory=dict)
    """Questions per level, ``none`` for those without one."""

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.quiz_id,
            "version": self.version,
            "kind": "quiz",
            "questions": self.questions,
            "application_questions": self.application,
            "niveau": self.per_niveau,
            "draw": self.draw,
            "errors": [p.to_json() for p in self.errors],
            "warnings": [p.to_json() for p in self.warnings],
        }


def analyze_quiz(
    quiz: Quiz, filename: str = "", positions: Positions | None = None
) -> QuizAnalysis:
    """The questions counted (all, application, per level), and whether ``draw`` fits."""
    out = Findings(filename, positions)
    count = len(quiz.questions)
    if count == 0:
        out.add("no_questions", ("questions",), "error")
    elif quiz.draw > count:
        out.add("draw_too_large", ("draw",), "error", draw=quiz.draw, count=count)
    per_niveau = {n: 0 for n in (*NIVEAUS, "none")}
    for question in quiz.questions:
        per_niveau[question.niveau or "none"] += 1
    application = sum(1 for q in quiz.questions if q.soort == "toepassing")
    return QuizAnalysis(
        quiz.id, quiz.version, count, quiz.draw, out.problems, application, per_niveau
    )


@dataclass
class GlossaryAnalysis(SortsProblems):
    """What :func:`analyze_glossary` found: how many terms a glossary explains."""

    glossary_id: str
    version: int
    terms: int
    problems: list[Problem]

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.glossary_id,
            "version": self.version,
            "kind": "glossary",
            "terms": self.terms,
            "errors": [p.to_json() for p in self.errors],
            "warnings": [p.to_json() for p in self.warnings],
        }


def analyze_glossary(glossary: Glossary) -> GlossaryAnalysis:
    """The number of terms; a glossary has no paths, and validation checked the rest."""
    return GlossaryAnalysis(glossary.id, glossary.version, len(glossary.terms), [])


def score_ranges(scenario: Scenario, max_states: int = MAX_STATES) -> dict[str, Range]:
    """The overall range of every declared dimension (what the game normalises against).

    A dimension no finished game can have a total for (no ending is reachable)
    gets an unbounded range, so the game can always show a score.
    """
    return compute(scenario, max_states).of(scenario)


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
    with collector_paused():
        return _analyze(scenario, filename, positions, max_states)


def _analyze(
    scenario: Scenario, filename: str, positions: Positions | None, max_states: int
) -> Analysis:
    out = Findings(filename, positions)
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
        out.add("analysis_incomplete", (), "warning", limit=max_states, nodes=listing(uncovered))
    static_reach = _reach(compiled, {compiled.start})
    for node in unreachable:
        if index[node] in static_reach:
            code = "ending_unreachable" if node in endings else "node_unreachable_conditions"
            out.add(code, ("nodes", node), "warning", node=node)

    alive = co_reachable(space, [*ending_states, *frontier])
    stuck_nodes = report_stuck(scenario, space, alive, out)

    spans, loose = ranges_of_space(space)
    ranges, per_ending = spans.overall, spans.per_ending
    for side in loose:
        where = ("dimensions", side.dimension)
        if side.inexact:
            out.add("range_inexact", where, "warning", dimension=side.dimension)
        else:
            loop = listing(side.loop)
            code = "range_unbounded_max" if side.side == "max" else "range_unbounded_min"
            out.add(code, where, "warning", dimension=side.dimension, loop=loop)
    report_choices(scenario, space, out)
    constant = {
        dim: found.low
        for dim, found in ranges.items()
        if space.complete and found.low is not None and found.low == found.high
    }
    report_dimensions(scenario, constant, out)
    aligned = align(scenario, ranges, per_ending)
    report_alignment(scenario, aligned, space.complete, out)
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
        alignment=aligned,
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
