"""Where a total sits in what a scenario allows: ranges, 0-100, and the three bands.

:class:`Range` is what the analyzer computes per dimension; :func:`normalise`
turns a total into 0-100 within a range, and :func:`band` says whether a
percentage reads as low, middle or high. The game's results screen, the
teacher reports and the analyzer's alignment checks share these, so "low"
means the same everywhere. No imports beyond the standard library.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

__all__ = ["LOW_BELOW", "MIDDLE_BELOW", "Band", "Range", "band", "normalise"]

Band = Literal["low", "middle", "high"]

LOW_BELOW = 34
"""A percentage below this is "low" (the lower third)."""
MIDDLE_BELOW = 67
"""A percentage from :data:`LOW_BELOW` up to below this is "middle"; from here it is "high"."""


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


def band(value: int) -> Band:
    """Which feedback sentence a percentage (0-100) gets."""
    if value < LOW_BELOW:
        return "low"
    if value < MIDDLE_BELOW:
        return "middle"
    return "high"
