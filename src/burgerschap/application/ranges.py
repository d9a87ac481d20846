"""Where a score sits in what a scenario allows, and how that reads.

The one place the interface asks "how well did this go?". No Textual here:
pure functions, tested on their own.

- The ranges come from :mod:`burgerschap.scenario.score_ranges` (kept per
  content hash), the 0-100 scale and the feedback bands from
  :mod:`burgerschap.scenario.scores`, so the game, the
  teacher reports and ``burgerschap check`` agree on them; what stays here is
  the interface's own reading of a percentage: stars.
- The bars a student sees count points instead: the points earned so far
  against the most this scenario allows (:func:`most_points`), so every point
  shows and a bar is empty before the first choice.
- On an ending the band never contradicts how the story judges that ending
  (:func:`ending_band`).
"""

from __future__ import annotations

from collections.abc import Mapping

from burgerschap.scenario.models import OutcomeKind, QuestionNode, Scenario, StoryNode
from burgerschap.scenario.score_ranges import score_ranges
from burgerschap.scenario.scores import Band, Range, band, normalise

__all__ = [
    "Band",
    "Range",
    "band",
    "dimension_ranges",
    "ending_band",
    "ending_stars",
    "feedback_band",
    "most_points",
    "normalise",
    "percent",
    "percentages",
    "stars",
]


def dimension_ranges(scenario: Scenario, content_hash: str = "") -> dict[str, Range]:
    """The lowest and highest final score of each dimension over all playable paths.

    Computed once per scenario content. When they cannot be computed, every
    range is unbounded: the game goes on, a score then reads as the middle and
    a bar counts against :func:`most_points`.
    """
    return score_ranges(scenario, content_hash).of(scenario)


def percent(value: int, span: Range) -> int:
    """``value`` on 0-100 within ``span``."""
    return normalise(value, span.low, span.high)


def percentages(scores: Mapping[str, int], ranges: Mapping[str, Range]) -> dict[str, int]:
    """Every dimension of ``ranges`` as 0-100."""
    return {dim: percent(scores.get(dim, 0), span) for dim, span in ranges.items()}


def stars(value: int) -> int:
    """One to three stars for a result, as the library shows it."""
    return {"low": 1, "middle": 2, "high": 3}[band(value)]


def ending_band(level: Band, outcome: OutcomeKind | None) -> Band:
    """The band whose sentence an ending shows: it never contradicts the ending.

    The story judges its own endings (``outcome``); a score sentence that praises
    ("you did great") on a bad ending, or blames on a good one, would teach the
    opposite of the story. So on a ``slecht`` ending a high score reads as the
    middle, and on a ``goed`` ending a low score does; a mixed ending, or one
    without an outcome, keeps the band of the score.
    """
    if outcome == "slecht" and level == "high":
        return "middle"
    if outcome == "goed" and level == "low":
        return "middle"
    return level


def ending_stars(value: int, outcome: OutcomeKind | None) -> int:
    """The stars of a game that scored ``value`` (0-100) and ended with ``outcome``."""
    return {"low": 1, "middle": 2, "high": 3}[ending_band(band(value), outcome)]


def feedback_band(value: int, span: Range, outcome: OutcomeKind | None) -> Band:
    """The band of a final ``value`` within ``span``, agreeing with the ending's ``outcome``."""
    return ending_band(band(percent(value, span)), outcome)


def most_points(scenario: Scenario, dim: str, span: Range | None) -> int:
    """The most points of ``dim`` this scenario allows: the top of a student's bar.

    The highest final total over all playable paths (``span.high``). When loops
    make that unbounded, the most one pass through every node can give stands
    in for it (a bar may then fill up; the number still counts on). Zero when
    no path gains any points.
    """
    if span is not None and span.high is not None:
        return max(span.high, 0)
    total = 0
    for node in scenario.nodes.values():
        if isinstance(node, StoryNode):
            total += max((c.effects.get(dim, 0) for c in node.choices), default=0)
        elif isinstance(node, QuestionNode):
            total += node.effects.get(dim, 0)
    return max(total, 0)
