"""Where a score sits in what a scenario allows (0-100), and how that reads.

The one place the interface asks "how well did this go?". The ranges and the
0-100 scale come from :mod:`burgerschap.scenario.analyzer`, so the game, the
teacher reports and ``burgerschap check`` agree on them; what stays here is
the interface's reading of a percentage: a feedback band and stars.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

from burgerschap.scenario.analyzer import Range, normalise, score_ranges
from burgerschap.scenario.models import Scenario

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

Band = Literal["low", "middle", "high"]


def dimension_ranges(scenario: Scenario) -> dict[str, Range]:
    """The lowest and highest final score of each dimension over all playable paths."""
    return score_ranges(scenario)


def percent(value: int, span: Range) -> int:
    """``value`` on 0-100 within ``span``."""
    return normalise(value, span.low, span.high)


def percentages(scores: Mapping[str, int], ranges: Mapping[str, Range]) -> dict[str, int]:
    """Every dimension of ``ranges`` as 0-100."""
    return {dim: percent(scores.get(dim, 0), span) for dim, span in ranges.items()}


def band(value: int) -> Band:
    """Which feedback sentence a percentage gets."""
    if value < 34:
        return "low"
    if value < 67:
        return "middle"
    return "high"


def stars(value: int) -> int:
    """One to three stars for a result, as the library shows it."""
    return {"low": 1, "middle": 2, "high": 3}[band(value)]
