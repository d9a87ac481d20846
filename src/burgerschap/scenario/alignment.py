"""Alignment (issue 12): do the scores mean what the story teaches?

A scenario says what its scores measure (``measures`` on a dimension; by
default ``participatie`` measures the participation ladder and
``samenwerking`` whom you involve), what each choice does (``ladder``,
``involves``, ``harm``) and how each ending turns out for the village
(``outcome``). This module reads those keys next to the score ranges the
analyzer computed and reports where they disagree:

- per dimension: the highest total, and which endings the paths with that
  total reach (derived from the per-ending ranges, so no path is listed);
- ``align_best_bad``: a path with the highest total can end badly;
- ``align_good_low``: a good ending can only be reached with a low total;
- ``harm_rewarded``, ``tag_mismatch``, ``ladder_order``: a choice whose
  effects contradict its own keys, or a higher rung that earns less;
- ``ending_outcome_missing``: some endings say how they turn out, others not.

A scenario without these keys gets no warning from here. Like the rest of
the analyzer, findings are :class:`~burgerschap.scenario.problems.Problem`
objects with message codes; no language and no UI here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from burgerschap.scenario.findings import short
from burgerschap.scenario.models import (
    RUNGS,
    Choice,
    EndingNode,
    Measure,
    OutcomeKind,
    Scenario,
    StoryNode,
)
from burgerschap.scenario.scores import Range, band, normalise
from burgerschap.scenario.validate import Findings

__all__ = ["Alignment", "EndingReach", "align", "beaten_by", "mismatches", "report_alignment"]

_MEASURES: tuple[Measure, Measure] = ("participatie", "samenwerking")
RAADPLEGEN = RUNGS.index("raadplegen")
"""From this rung up an action is a real say; it must not cost participation."""


@dataclass(frozen=True)
class EndingReach:
    """How high one dimension can be when a player reaches one ending."""

    node: str
    title: str
    outcome: OutcomeKind | None
    high: int | None
    """The highest total with which this ending is reached; None when unbounded."""

    def to_json(self) -> dict[str, Any]:
        return {"outcome": self.outcome, "max": self.high}


@dataclass(frozen=True)
class Alignment:
    """One dimension: its highest total and the endings the best paths reach."""

    dimension: str
    measures: Measure | None
    """What the dimension scores (see :meth:`Scenario.measuring`), or None."""
    span: Range
    """The dimension's overall range (the analyzer's)."""
    endings: dict[str, EndingReach]
    """Every reachable ending, in file order."""

    @property
    def high(self) -> int | None:
        return self.span.high

    @property
    def best(self) -> list[EndingReach]:
        """The endings a path with the highest total reaches (ties count).

        When the dimension is unbounded above, the endings reached with an
        unbounded total.
        """
        return [e for e in self.endings.values() if e.high == self.span.high]

    def to_json(self) -> dict[str, Any]:
        return {
            "measures": self.measures,
            "max": self.span.high,
            "best_endings": [
                {"node": e.node, "title": e.title, "outcome": e.outcome} for e in self.best
            ],
            "endings": {name: e.to_json() for name, e in self.endings.items()},
        }


def align(
    scenario: Scenario, ranges: Mapping[str, Range], per_ending: Mapping[str, Mapping[str, Range]]
) -> dict[str, Alignment]:
    """Per dimension with a range: its highest total and where the best paths end."""
    measured = {scenario.measuring(m): m for m in _MEASURES}
    endings = {n: node.ending for n, node in scenario.nodes.items() if isinstance(node, EndingNode)}
    result: dict[str, Alignment] = {}
    for dim, span in ranges.items():
        reach = {
            name: EndingReach(name, endings[name].title, endings[name].outcome, dims[dim].high)
            for name, dims in per_ending.items()
            if dim in dims and name in endings
        }
        result[dim] = Alignment(dim, measured.get(dim), span, reach)
    return result


def report_alignment(
    scenario: Scenario, aligned: Mapping[str, Alignment], exact: bool, out: Findings
) -> None:
    """Every alignment warning; the range-based ones only when the ranges are ``exact``.

    Outer bounds (an analysis that stopped at its state bound) could name
    endings no best path really reaches, so they raise no range warning.
    """
    participation = scenario.measuring("participatie")
    collaboration = scenario.measuring("samenwerking")
    for name, node in scenario.nodes.items():
        if not isinstance(node, StoryNode):
            continue
        beaten = beaten_by(node, participation) if participation is not None else {}
        for i, choice in enumerate(node.choices):  # in file order, choice by choice
            _report_harm(name, i, choice, out)
            if participation is not None and i in beaten:
                _report_ladder(name, node, i, beaten[i], participation, out)
            _report_tags(name, i, choice, participation, collaboration, out)
    _report_outcomes_missing(scenario, out)
    if exact:
        for found in aligned.values():
            _report_ranges(found, out)


def _report_outcomes_missing(scenario: Scenario, out: Findings) -> None:
    endings = {n: node.ending for n, node in scenario.nodes.items() if isinstance(node, EndingNode)}
    if not any(e.outcome for e in endings.values()):
        return
    for name, ending in endings.items():
        if ending.outcome is None:
            out.add("ending_outcome_missing", ("nodes", name, "ending"), "warning", node=name)


def _effect_path(node: str, index: int, dim: str) -> tuple[str | int, ...]:
    """Where an effect stands (the loader falls back to the choice when it is absent)."""
    return ("nodes", node, "choices", index, "effects", dim)


def _signed(value: int) -> str:
    return f"{value:+d}"


def _report_harm(node: str, index: int, choice: Choice, out: Findings) -> None:
    """``harm_rewarded``: a harmful choice that gains points on any dimension."""
    if not choice.harm:
        return
    gains = [(d, v) for d, v in choice.effects.items() if v > 0]
    if not gains:
        return
    out.add(
        "harm_rewarded",
        _effect_path(node, index, gains[0][0]),
        "warning",
        node=node,
        choice=index + 1,
        text=short(choice.text),
        effects=", ".join(f"{d} {_signed(v)}" for d, v in gains),
    )


def mismatches(
    choice: Choice, participation: str | None, collaboration: str | None
) -> list[tuple[str, str]]:
    """``(dimension, tag)`` for every effect of ``choice`` its own keys contradict.

    One entry per dimension, naming the first rule that fails (see
    docs/analyzer.md): passivity that earns points, a real rung that costs
    participation, acting alone that earns collaboration, involving others
    (without harm) that costs collaboration.
    """
    p = choice.effects.get(participation, 0) if participation else 0
    s = choice.effects.get(collaboration, 0) if collaboration else 0
    alone = choice.involves == ["niemand"]
    found: dict[str, str] = {}

    def flag(dim: str | None, tag: str) -> None:
        if dim is not None:
            found.setdefault(dim, tag)

    rung = f"ladder: {choice.ladder}"
    parties = f"involves: [{', '.join(choice.involves)}]"
    if choice.ladder == "geen":
        if p > 0:
            flag(participation, rung)
        if s > 0:
            flag(collaboration, rung)
    elif (
        choice.ladder is not None
        and not choice.harm
        and RUNGS.index(choice.ladder) >= RAADPLEGEN
        and p < 0
    ):
        flag(participation, rung)
    if alone and s > 0:
        flag(collaboration, parties)
    if choice.involves and not alone and not choice.harm and s < 0:
        flag(collaboration, parties)
    return list(found.items())


def _report_tags(
    node: str,
    index: int,
    choice: Choice,
    participation: str | None,
    collaboration: str | None,
    out: Findings,
) -> None:
    for dim, tag in mismatches(choice, participation, collaboration):
        out.add(
            "tag_mismatch",
            _effect_path(node, index, dim),
            "warning",
            node=node,
            choice=index + 1,
            text=short(choice.text),
            tag=tag,
            dimension=dim,
            effect=_signed(choice.effects[dim]),
        )


def beaten_by(story: StoryNode, participation: str) -> dict[int, int]:
    """``ladder_order``: choice index -> the first sibling on a lower rung that earns more.

    Only choices that both have ``ladder`` are compared; a higher rung must
    earn at least as much participation as a lower one. A harmful choice is
    left out: harm is never participation, whatever rung its form resembles.
    """
    rungs = [
        (i, RUNGS.index(c.ladder), c.effects.get(participation, 0))
        for i, c in enumerate(story.choices)
        if c.ladder is not None and not c.harm
    ]
    found: dict[int, int] = {}
    for i, height, points in rungs:
        for j, other_height, other_points in rungs:
            if other_height < height and points < other_points:
                found[i] = j
                break
    return found


def _report_ladder(node: str, story: StoryNode, i: int, j: int, dim: str, out: Findings) -> None:
    choice, other = story.choices[i], story.choices[j]
    out.add(
        "ladder_order",
        _effect_path(node, i, dim),
        "warning",
        node=node,
        choice=i + 1,
        text=short(choice.text),
        rung=choice.ladder,
        other=j + 1,
        other_text=short(other.text),
        other_rung=other.ladder,
        dimension=dim,
        points=choice.effects.get(dim, 0),
        other_points=other.effects.get(dim, 0),
    )


def _report_ranges(found: Alignment, out: Findings) -> None:
    """``align_best_bad`` and ``align_good_low`` for one dimension.

    Silent for an unbounded side, and for a dimension on which every player
    ends alike (``dimension_constant`` already says so; the highest total is
    then also the lowest, and it reads as "middle").
    """
    low, high = found.span.low, found.span.high
    if high is None or low == high:
        return
    for reach in found.best:
        if reach.outcome == "slecht":
            out.add(
                "align_best_bad",
                ("nodes", reach.node, "ending", "outcome"),
                "warning",
                node=reach.node,
                dimension=found.dimension,
                max=high,
                title=short(reach.title),
            )
    if low is None:
        return
    for reach in found.endings.values():
        if reach.outcome != "goed" or reach.high is None:
            continue
        if band(normalise(reach.high, low, high)) == "low":
            out.add(
                "align_good_low",
                ("nodes", reach.node, "ending", "outcome"),
                "warning",
                node=reach.node,
                dimension=found.dimension,
                max=reach.high,
                low=low,
                high=high,
                title=short(reach.title),
            )
