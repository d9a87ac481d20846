"""Scores on a 0-100 scale, for reports and the class dashboard.

A raw score only means something next to what the scenario allows: +3 is a
lot in a story where +4 is the most one can reach. :func:`score_ranges`
gives the lowest and highest total each dimension can reach, and
:func:`to_100` places a raw score in that range.

Every 0-100 number in the classroom comes from these two functions, so the
day the scenario analyzer (:mod:`burgerschap.scenario.analyzer`) lands, only
their bodies change: they follow its conventions already (``None`` for an
unbounded side, 50 when every player ends with the same total).
"""

from __future__ import annotations

from collections.abc import Mapping

from burgerschap.scenario.models import EndingNode, QuestionNode, Scenario, StoryNode

Range = tuple[int | None, int | None]
"""The lowest and highest total; ``None`` for a side without bound."""

_CACHE: dict[str, dict[str, Range]] = {}
_CACHE_SIZE = 64


def cached_ranges(content_hash: str, scenario: Scenario) -> dict[str, Range]:
    """:func:`score_ranges`, computed once per scenario content (the dashboard asks often)."""
    found = _CACHE.get(content_hash)
    if found is None:
        if len(_CACHE) >= _CACHE_SIZE:
            _CACHE.clear()
        found = _CACHE[content_hash] = score_ranges(scenario)
    return found


def score_ranges(scenario: Scenario) -> dict[str, Range]:
    """The lowest and highest total of each dimension on a path from start to an ending.

    Conditions are ignored (a range, not a promise that every total is
    reachable), and a path that loops back counts each node once.
    """
    return {dim: _range(scenario, dim) for dim in scenario.dimensions}


def to_100(value: int, low: int | None, high: int | None) -> int:
    """``value`` placed between ``low`` (0) and ``high`` (100), clamped, rounded half up.

    50 when ``low == high``: nobody did better or worse. An unbounded side is
    replaced by ``value`` itself.
    """
    lo = value if low is None else low
    hi = value if high is None else high
    if hi <= lo:
        return 50
    scaled = (200 * (value - lo) + (hi - lo)) // (2 * (hi - lo))
    return max(0, min(100, scaled))


def scores_100(scores: Mapping[str, int], ranges: Mapping[str, Range]) -> dict[str, int]:
    """Each raw score with a known range, on the 0-100 scale."""
    return {dim: to_100(value, *ranges[dim]) for dim, value in scores.items() if dim in ranges}


def _edges(scenario: Scenario, name: str, dim: str) -> list[tuple[int, str]]:
    node = scenario.nodes[name]
    if isinstance(node, StoryNode):
        return [(c.effects.get(dim, 0), c.goto) for c in node.choices]
    if isinstance(node, QuestionNode):
        bonus = node.effects.get(dim, 0)
        return [(bonus, node.target(True)), (0, node.target(False))]
    return []


def _range(scenario: Scenario, dim: str) -> tuple[int, int]:
    memo: dict[str, tuple[int, int] | None] = {}
    on_path: set[str] = set()

    def walk(name: str) -> tuple[int, int] | None:
        if name in memo:
            return memo[name]
        if name in on_path or name not in scenario.nodes:
            return None
        if isinstance(scenario.nodes[name], EndingNode):
            memo[name] = (0, 0)
            return memo[name]
        on_path.add(name)
        found = [
            (delta + sub[0], delta + sub[1])
            for delta, target in _edges(scenario, name, dim)
            if (sub := walk(target)) is not None
        ]
        on_path.discard(name)
        result = (min(f[0] for f in found), max(f[1] for f in found)) if found else None
        memo[name] = result
        return result

    return walk(scenario.start) or (0, 0)
