"""Score ranges: the lowest and highest total of each dimension, overall and per ending.

The one place that computes them. The analyzer reports on them
(:mod:`burgerschap.scenario.analyzer`), the game places a student's score in
them and the teacher's reports turn scores into 0-100 with them; all three
read the same numbers.

:func:`score_ranges` explores the scenario's state space (see
:mod:`burgerschap.scenario.statespace`) and does nothing else: no findings are
built, no alignment is checked. Its answer is kept per content hash in a
bounded cache (the dashboard asks every second, the library for every
scenario), so a scenario is explored once while it stays in use.

When the exploration fails on arithmetic or recursion (an analyzer bug on a
strange scenario), the answer says so (``known`` is False) instead of raising:
a student can still play and a class's raw results can still be seen.
"""

from __future__ import annotations

import gc
import threading
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Literal

from burgerschap.scenario.graphs import INF, Extremes, condense, extremes
from burgerschap.scenario.models import Scenario
from burgerschap.scenario.scores import Range
from burgerschap.scenario.statespace import (
    MAX_STATES,
    Space,
    co_reachable,
    compile_scenario,
    explore,
    node_space,
    reachable,
)

__all__ = [
    "CACHE_SIZE",
    "Loose",
    "ScoreRanges",
    "clear_cache",
    "collector_paused",
    "compute",
    "ranges_of_space",
    "score_ranges",
]

CACHE_SIZE = 64
"""Scenarios whose ranges are kept: more than a library or a lesson holds at once."""

UNBOUNDED = Range(None, None)

Side = Literal["max", "min"]


@dataclass(frozen=True)
class Loose:
    """Why one side of a dimension's range is not an exact finite number."""

    dimension: str
    side: Side
    inexact: bool
    """The search gave up on exactness (too many loops); otherwise ``loop`` made it unbounded."""
    loop: frozenset[str]
    """The nodes of the repeatable loops that make this side unbounded."""


@dataclass(frozen=True)
class ScoreRanges:
    """The ranges of one scenario."""

    overall: dict[str, Range]
    """Per dimension that some reachable ending gives a total for."""
    per_ending: dict[str, dict[str, Range]] = field(default_factory=dict)
    """Per reachable ending (in the order of the scenario's nodes), per dimension."""
    complete: bool = True
    """False when the state space was too large: the ranges are then outer bounds."""
    known: bool = True
    """False when the exploration failed: no range can be trusted, all are unbounded."""

    def of(self, scenario: Scenario) -> dict[str, Range]:
        """Every declared dimension's overall range, unbounded where no ending gives one.

        Unbounded rather than missing, so the game can always show a score.
        """
        return {dim: self.overall.get(dim, UNBOUNDED) for dim in scenario.dimensions}


@contextmanager
def collector_paused() -> Iterator[None]:
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


def compute(scenario: Scenario, max_states: int = MAX_STATES) -> ScoreRanges:
    """Explore ``scenario`` and return its ranges, uncached (see :func:`score_ranges`)."""
    try:
        with collector_paused():
            compiled = compile_scenario(scenario)
            space = explore(compiled, max_states)
            return ranges_of_space(space)[0]
    except (ArithmeticError, RecursionError):
        # An analyzer bug must not stop a game nor lock a class's results away.
        return ScoreRanges({}, {}, complete=False, known=False)


def ranges_of_space(space: Space) -> tuple[ScoreRanges, list[Loose]]:
    """The ranges of an explored space, and why some sides are loose (for the analyzer).

    A complete space gives exact ranges. An incomplete one gives outer bounds:
    those of the node graph without conditions (see docs/analyzer.md), for
    the endings the exploration did reach; the loose sides are then not told,
    since they are those of another graph.
    """
    compiled = space.compiled
    states = space.states
    ending_states = [i for i, s in enumerate(states) if compiled.endings[s[0]]]
    if space.complete:
        overall, per_ending, loose = _ranges(space, ending_states)
        return ScoreRanges(overall, per_ending), loose
    seen = {compiled.names[s[0]] for s in states}
    outer = node_space(compiled)
    outer_endings = [i for i, s in enumerate(outer.states) if compiled.endings[s[0]]]
    overall, per_ending, _ = _ranges(outer, outer_endings)
    per_ending = {e: r for e, r in per_ending.items() if e in seen}
    return ScoreRanges(overall, per_ending, complete=False), []


def _ranges(
    space: Space, ending_states: list[int]
) -> tuple[dict[str, Range], dict[str, dict[str, Range]], list[Loose]]:
    """Overall and per-ending ranges of every dimension, by dynamic programming."""
    c = space.compiled
    ahead = co_reachable(space, ending_states)
    useful = [a and b for a, b in zip(reachable(space), ahead, strict=True)]
    names = c.names
    plan = condense(space.edges, useful)
    reached = [i for i in ending_states if useful[i]]
    by_ending: dict[str, list[int]] = {}
    for i in reached:
        by_ending.setdefault(names[space.states[i][0]], []).append(i)
    ranges: dict[str, Range] = {}
    per_ending: dict[str, dict[str, Range]] = {e: {} for e in by_ending}
    loose: list[Loose] = []
    if not reached:
        return ranges, per_ending, loose
    for k, dim in enumerate(c.dimensions):
        most = extremes(plan, len(space.states), k, +1)
        least = extremes(plan, len(space.states), k, -1)
        sides: tuple[tuple[Extremes, Side], ...] = ((most, "max"), (least, "min"))
        for found, side in sides:
            if found.inexact or found.loops:
                loop = frozenset(names[space.states[v][0]] for comp in found.loops for v in comp)
                loose.append(Loose(dim, side, found.inexact, loop))
        ranges[dim] = _span(most.best, least.best, reached)
        for ending, group in by_ending.items():
            per_ending[ending][dim] = _span(most.best, least.best, group)
    order = {name: i for i, name in enumerate(names)}
    per_ending = dict(sorted(per_ending.items(), key=lambda item: order[item[0]]))
    return ranges, per_ending, loose


def _span(most: list[float], least: list[float], group: list[int]) -> Range:
    high = max(most[i] for i in group)
    low = -max(least[i] for i in group)
    return Range(None if low == -INF else int(low), None if high == INF else int(high))


class _Cache:
    """The last :data:`CACHE_SIZE` scenarios' ranges, by content hash (thread-safe)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._found: OrderedDict[str, ScoreRanges] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: str) -> ScoreRanges | None:
        with self._lock:
            found = self._found.get(key)
            if found is not None:
                self._found.move_to_end(key)
            return found

    def put(self, key: str, ranges: ScoreRanges) -> None:
        with self._lock:
            self._found[key] = ranges
            self._found.move_to_end(key)
            while len(self._found) > self.size:
                self._found.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._found.clear()

    def __len__(self) -> int:
        return len(self._found)


_CACHE = _Cache(CACHE_SIZE)


def score_ranges(scenario: Scenario, content_hash: str = "") -> ScoreRanges:
    """The ranges of ``scenario``, computed once per content (see :func:`compute`).

    ``content_hash`` is the loader's hash of the scenario (a library entry or a
    lesson's copy knows it); without it, it is computed here, so two scenarios
    never share an answer.
    """
    if not content_hash:
        from burgerschap.scenario.loader import content_hash as hash_of

        content_hash = hash_of(scenario)
    found = _CACHE.get(content_hash)
    if found is None:
        # Two threads may compute the same ranges at once; both get the same numbers.
        found = compute(scenario)
        _CACHE.put(content_hash, found)
    return found


def clear_cache() -> None:
    """Forget every kept answer (tests that change how ranges are computed)."""
    _CACHE.clear()
