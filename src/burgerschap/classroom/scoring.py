"""Scores on a 0-100 scale, for reports and the class dashboard.

A raw score only means something next to what the scenario allows: +3 is a
lot in a story where +4 is the most one can reach. The domain computes the
lowest and highest total each dimension can reach, honouring conditions
(:mod:`burgerschap.scenario.score_ranges`, kept per content hash), and places
a raw score in that range; the game's own screens use the same two functions,
so a student and the teacher see the same number.

Every 0-100 number in the classroom comes from this module.
"""

from __future__ import annotations

from burgerschap.scenario.models import Scenario
from burgerschap.scenario.score_ranges import score_ranges
from burgerschap.scenario.scores import Range, normalise

__all__ = ["Range", "cached_ranges", "to_100"]


def cached_ranges(content_hash: str, scenario: Scenario) -> dict[str, Range]:
    """The range of every dimension, computed once per scenario content (the dashboard asks often).

    Empty when the ranges could not be computed: the reports then leave the 0-100
    columns blank, but the raw results of a lesson can always be seen and exported.
    """
    found = score_ranges(scenario, content_hash)
    return found.of(scenario) if found.known else {}


def to_100(value: int, low: int | None, high: int | None) -> int:
    """``value`` placed between ``low`` (0) and ``high`` (100): see :func:`scores.normalise`.

    50 when ``low == high`` (nobody did better or worse); an unbounded side
    is replaced by ``value`` itself.
    """
    return normalise(value, low, high)
