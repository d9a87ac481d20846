"""Where a score sits in what a scenario allows (0-100), and how that reads.

The one place the interface asks "how well did this go?". The ranges and the
0-100 scale and the feedback bands come from :mod:`burgerschap.scenario.scores`
(through the analyzer), so the game, the teacher reports and ``burgerschap
check`` agree on them; what stays here is the interface's own reading of a
percentage: stars.
"""

from __future__ import annotations

from collections.abc import Mapping

from burgerschap.scenario.analyzer import Range, normalise, score_ranges
from burgerschap.scenario.models import Scenario
from burgerschap.scenario.scores import Band, band

__all__ = [
    "Band",
    "Range",
    "band",
    "dimension_ranges",
    "normalise",
    "percent",
    "percentages",
    "stars",
]


def dimension_ranges(scenario: Scenario) -> dict[str, Range]:
    """The lowest and highest final score of each dimension over all playable paths."""
    return score_ranges(scenario)


def percent(value: int, span: Range) -> int:
    """``value`` on 0-100 within ``span``."""
    return normalise(value, span.low, span.high)


def percentages(scores: Mapping[str, int], ranges: Mapping[str, Range]) -> dict[str, int]:
    """Every dimension of ``ranges`` as 0-100."""
    return {dim: percent(scores.get(dim, 0), span) for dim, span in ranges.items()}


def stars(value: int) -> int:
    """One to three stars for a result, as the library shows it."""
    return {"low": 1, "middle": 2, "high": 3}[band(value)]
