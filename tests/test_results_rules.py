"""The rules behind what a student reads: bars that count points, feedback that agrees
with the ending, and the ladder rung and parties of a path."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from burgerschap.application.ranges import (
    Band,
    Range,
    band,
    ending_band,
    feedback_band,
    most_points,
)
from burgerschap.i18n import t
from burgerschap.scenario import Engine, Scenario, load_file
from burgerschap.scenario.models import PARTIES, RUNGS, OutcomeKind
from burgerschap.scenario.recap import Reach, reach, recap
from burgerschap.tui.widgets.dimension_bars import EIGHTHS, FULL, Bar, below, fill, value_text

DIJKWEG = Path(__file__).parent / "data" / "tui" / "scoring" / "dijkweg.yaml"
OUTCOMES: list[OutcomeKind | None] = ["goed", "gemengd", "slecht", None]
BANDS: list[Band] = ["low", "middle", "high"]


def dijkweg() -> Scenario:
    doc = load_file(DIJKWEG).document
    assert isinstance(doc, Scenario)
    return doc


# Feedback that agrees with the ending ---------------------------------------


def _contradicts(level: Band, outcome: OutcomeKind | None) -> bool:
    """Praise on a bad ending, or blame on a good one."""
    return (outcome == "slecht" and level == "high") or (outcome == "goed" and level == "low")


@pytest.mark.parametrize("outcome", OUTCOMES)
def test_no_percentage_gets_a_sentence_that_contradicts_the_ending(
    outcome: OutcomeKind | None,
) -> None:
    shown = {ending_band(band(p), outcome) for p in range(101)}
    assert not any(_contradicts(level, outcome) for level in shown)
    # Only what would contradict moves, and only to the middle.
    for p in range(101):
        level = band(p)
        expected = "middle" if _contradicts(level, outcome) else level
        assert ending_band(level, outcome) == expected


def test_every_band_and_outcome_exhaustively() -> None:
    table = {(lv, oc): ending_band(lv, oc) for lv in BANDS for oc in OUTCOMES}
    assert table[("high", "slecht")] == "middle"
    assert table[("low", "goed")] == "middle"
    assert table[("low", "slecht")] == "low"
    assert table[("high", "goed")] == "high"
    assert all(table[(lv, oc)] == lv for lv in BANDS for oc in ("gemengd", None))


@given(
    score=st.integers(-1000, 1000),
    low=st.none() | st.integers(-1000, 1000),
    high=st.none() | st.integers(-1000, 1000),
    outcome=st.sampled_from(OUTCOMES),
)
def test_for_every_score_the_sentence_never_contradicts_the_outcome(
    score: int, low: int | None, high: int | None, outcome: OutcomeKind | None
) -> None:
    level = feedback_band(score, Range(low, high), outcome)
    assert not _contradicts(level, outcome)
    if outcome in ("gemengd", None):
        assert level == feedback_band(score, Range(low, high), "gemengd")


# Bars that move with every point -------------------------------------------


@pytest.mark.parametrize("room", [8, 12, 16, 22, 60])
def test_every_point_moves_the_bar_and_zero_is_empty(room: int) -> None:
    for most in range(1, room * 8 + 1):
        shown = [fill(v, most, room) for v in range(most + 1)]
        assert shown[0] == ""
        for before, after in itertools.pairwise(shown):
            assert before != after
            # Fuller: more whole cells, or the same and a larger partial one.
            assert (len(after), _eighths(after)) > (len(before), _eighths(before))
        assert shown[-1] == FULL * room
        assert all(len(s) <= room for s in shown)


def _eighths(text: str) -> int:
    return 8 * text.count(FULL) + (EIGHTHS.index(text[-1]) if text and text[-1] != FULL else 0)


def test_a_negative_total_is_drawn_not_hidden() -> None:
    assert fill(-2, 9, 16) == ""
    assert below(-1, 9, 16) >= 1
    assert below(-9, 9, 16) == 16
    assert below(-20, 9, 16) == 16
    assert below(-1, 0, 16) == 1  # even when the scenario allows no points
    assert below(0, 9, 16) == below(3, 9, 16) == 0
    assert value_text(Bar("P", -2, most=9, out_of=True)) == " −2/9"
    assert value_text(Bar("P", 3, most=9, out_of=True)) == " 3/9"
    assert value_text(Bar("Goed", 67)) == "  67"  # a percentage, as the quiz shows it


def test_the_top_of_a_bar_is_the_most_the_scenario_allows() -> None:
    scenario = dijkweg()
    assert most_points(scenario, "participatie", Range(0, 6)) == 6
    assert most_points(scenario, "samenwerking", Range(-2, -1)) == 0
    # Unbounded (a loop): the most one pass through every node can give.
    assert most_points(scenario, "participatie", Range(0, None)) == 3 + 1 + 3 + 0
    assert most_points(scenario, "samenwerking", None) == 3 + 0 + 2 + 0


# The ladder and whom the student involved ---------------------------------


def _path(scenario: Scenario, *choices: int) -> Reach:
    engine = Engine(scenario)
    state = engine.new_game()
    for index in choices:
        state = engine.choose(state, index).state
    return reach(scenario, state.history)


def test_the_highest_rung_and_everyone_involved_along_the_path() -> None:
    scenario = dijkweg()
    assert _path(scenario, 1, 0) == Reach(
        "meebeslissen", ("andersdenkenden", "betrokkenen", "instanties"), False
    )
    assert _path(scenario, 0, 0) == Reach("raadplegen", ("instanties",), False)
    assert _path(scenario, 3) == Reach("geen", (), True)


def test_harm_is_never_participation_nor_collaboration() -> None:
    assert _path(dijkweg(), 2, 0) == Reach(None, (), False)


def test_a_scenario_without_the_keys_says_nothing() -> None:
    plain = load_file(Path(__file__).parent / "data" / "tui" / "library" / "plein.yaml").document
    assert isinstance(plain, Scenario)
    assert _path(plain, 0, 1) == Reach(None, (), False)


def test_every_rung_party_and_outcome_has_words_in_both_languages() -> None:
    keys = [f"tui.rung.{r}" for r in RUNGS]
    keys += [f"tui.party.{p}" for p in PARTIES if p != "niemand"]
    keys += [f"tui.outcome.{o}" for o in ("goed", "gemengd", "slecht")]
    for key in keys:
        assert t(key, "nl") and t(key, "en"), key


def test_the_recap_shows_the_answer_that_counts() -> None:
    plain = load_file(Path(__file__).parent / "data" / "tui" / "library" / "plein.yaml").document
    assert isinstance(plain, Scenario)
    engine = Engine(plain)
    state = engine.choose(engine.choose(engine.new_game(), 0).state, 0).state
    tried = engine.back(engine.answer(state, 2).state)  # wrong, seen, back
    final = engine.answer(tried, 0).state  # the right one now: the first answer counts
    [*_, last] = recap(engine, final)
    assert (last.kind, last.text, last.correct) == ("answer", "De griffier", False)
    assert last.question == "Wie is voorzitter van de gemeenteraad?"
    assert last.right_answer == "De burgemeester"
