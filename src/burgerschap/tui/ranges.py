"""Score ranges per dimension, and where a score sits in them (0-100).

The one place the game asks "how well did this go?". Bars on the play and
results screens show a score relative to what the scenario allows, not the
raw number, so that 3 out of a possible 3 reads as full.

Until :mod:`burgerschap.scenario.analyzer` lands, the ranges are found here
by exploring the scenario with the engine (bounded, so a looping scenario
cannot hang the game). Switch :func:`dimension_ranges` and :func:`normalise`
to the analyzer when it exists; nothing else in the interface computes them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

from burgerschap.scenario.engine import Engine, GameState
from burgerschap.scenario.models import QuestionNode, Scenario

Band = Literal["low", "middle", "high"]
Range = tuple[int, int]

MAX_STATES = 20_000
"""Stop exploring after this many distinct game states."""
MAX_DEPTH = 200
"""Stop following a path after this many moves (a loop without an exit)."""


def dimension_ranges(scenario: Scenario) -> dict[str, Range]:
    """The lowest and highest final score of each dimension over all playable paths."""
    engine = Engine(scenario)
    start = engine.new_game()
    low = {dim: 0 for dim in scenario.dimensions}
    high = dict(low)
    seen_any_end = False
    seen: set[str] = set()
    stack: list[tuple[GameState, int]] = [(start, 0)]
    lowest = dict(start.scores)
    highest = dict(start.scores)
    while stack and len(seen) < MAX_STATES:
        state, depth = stack.pop()
        key = state.model_dump_json(include={"node", "scores", "flags", "visits"})
        if key in seen:
            continue
        seen.add(key)
        for dim, value in state.scores.items():
            lowest[dim] = min(lowest.get(dim, value), value)
            highest[dim] = max(highest.get(dim, value), value)
        if engine.is_finished(state):
            if not seen_any_end:
                low, high = dict(state.scores), dict(state.scores)
                seen_any_end = True
            for dim, value in state.scores.items():
                low[dim] = min(low.get(dim, value), value)
                high[dim] = max(high.get(dim, value), value)
            continue
        if depth >= MAX_DEPTH:
            continue
        node = engine.node(state)
        if isinstance(node, QuestionNode):
            for option in range(len(node.options)):
                stack.append((engine.answer(state, option).state, depth + 1))
        else:
            for index, _choice in engine.offered(state):
                stack.append((engine.choose(state, index).state, depth + 1))
    if not seen_any_end:
        low, high = lowest, highest
    return {dim: (low.get(dim, 0), high.get(dim, 0)) for dim in scenario.dimensions}


def normalise(value: int, low: int, high: int) -> int:
    """``value`` on 0-100 within ``low``..``high``, rounded half up and clamped.

    A range of one value (everyone ends the same) is 50: neither praise nor blame.
    """
    if high == low:
        return 50
    low, high = min(low, high), max(low, high)
    return max(0, min(100, (200 * (value - low) + (high - low)) // (2 * (high - low))))


def percentages(scores: Mapping[str, int], ranges: Mapping[str, Range]) -> dict[str, int]:
    """Every dimension of ``ranges`` as 0-100."""
    return {dim: normalise(scores.get(dim, 0), *span) for dim, span in ranges.items()}


def band(percent: int) -> Band:
    """Which feedback sentence a percentage gets."""
    if percent < 34:
        return "low"
    if percent < 67:
        return "middle"
    return "high"


def stars(percent: int) -> int:
    """One to three stars for a result, as the library shows it."""
    return {"low": 1, "middle": 2, "high": 3}[band(percent)]
