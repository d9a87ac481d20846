"""Scores on a 0-100 scale, for reports and the class dashboard.

A raw score only means something next to what the scenario allows: +3 is a
lot in a story where +4 is the most one can reach. The scenario analyzer
(:mod:`burgerschap.scenario.analyzer`) finds the lowest and highest total
each dimension can reach, honouring conditions, and places a raw score in
that range; the game's own screens use the same two functions, so a student
and the teacher see the same number.

Every 0-100 number in the classroom comes from this module.
"""

from __future__ import annotations

from burgerschap.scenario import analyzer
from burgerschap.scenario.models import Scenario

Range = tuple[int | None, int | None]
"""The lowest and highest total; ``None`` for a side a repeatable loop leaves unbounded."""

_CACHE: dict[str, dict[str, Range]] = {}
_CACHE_SIZE = 64


def score_ranges(scenario: Scenario) -> dict[str, Range]:
    """The lowest and highest total of each dimension over every way through the scenario.

    Empty when the analysis fails: the reports then leave the 0-100 columns
    blank, but the raw results of a lesson can always be seen and exported.
    """
    try:
        ranges = analyzer.score_ranges(scenario)
    except Exception:  # an analyzer bug must not lock a class's results away
        return {}
    return {dim: (r.low, r.high) for dim, r in ranges.items()}


def cached_ranges(content_hash: str, scenario: Scenario) -> dict[str, Range]:
    """:func:`score_ranges`, computed once per scenario content (the dashboard asks often)."""
    found = _CACHE.get(content_hash)
    if found is None:
        if len(_CACHE) >= _CACHE_SIZE:
            _CACHE.clear()
        found = _CACHE[content_hash] = score_ranges(scenario)
    return found


def to_100(value: int, low: int | None, high: int | None) -> int:
    """``value`` placed between ``low`` (0) and ``high`` (100): see :func:`analyzer.normalise`.

    50 when ``low == high`` (nobody did better or worse); an unbounded side
    is replaced by ``value`` itself.
    """
    return analyzer.normalise(value, low, high)
