"""The play engine: offered choices, effects, flags, questions, back, JSON round trips."""

from __future__ import annotations

from pathlib import Path

import pytest

from burgerschap.scenario import Engine, EngineError, GameState, Scenario, load_file

MINI = Path(__file__).parent / "data" / "valid" / "mini.yaml"


@pytest.fixture
def engine() -> Engine:
    scenario = load_file(MINI).document
    assert isinstance(scenario, Scenario)
    return Engine(scenario)


def test_new_game_starts_at_start_with_zero_scores(engine: Engine) -> None:
    state = engine.new_game(seed=3)
    assert state.node == "begin"
    assert state.scores == {"participatie": 0, "samenwerking": 0}
    assert state.visits == {"begin": 1}
    assert state.flags == []
    assert state.scenario == "mini@1"


def test_choose_applies_effects_flags_and_feedback(engine: Engine) -> None:
    outcome = engine.choose(engine.new_game(), 0)
    assert outcome.state.node == "buren"
    assert outcome.state.scores == {"participatie": 1, "samenwerking": 2}
    assert outcome.state.flags == ["buren_gevraagd"]
    assert outcome.feedback == "Je vraagt de mensen om wie het gaat."
    assert outcome.state.visits == {"begin": 1, "buren": 1}


def test_only_choices_whose_condition_holds_are_offered(engine: Engine) -> None:
    via_self = engine.choose(engine.new_game(), 1).state
    assert [i for i, _ in engine.offered(via_self)] == [0, 1]
    at_neighbours = engine.choose(via_self, 0).state
    # The flag was never set on this path, so the council choice is hidden.
    assert [i for i, _ in engine.offered(at_neighbours)] == [1]
    with pytest.raises(EngineError):
        engine.choose(at_neighbours, 0)


def test_not_visited_hides_a_choice_after_the_visit(engine: Engine) -> None:
    state = engine.new_game()
    state = engine.choose(state, 0).state  # buren visited
    assert state.visits["buren"] == 1
    # Jump straight into 'zelf' with the visit recorded: the way back is closed.
    jumped = state.model_copy(update={"node": "zelf"})
    assert [i for i, _ in engine.offered(jumped)] == [1]


def test_question_right_and_wrong(engine: Engine) -> None:
    at_question = engine.choose(engine.choose(engine.new_game(), 0).state, 0).state
    assert at_question.node == "vraag"
    right = engine.answer(at_question, 0)
    assert right.step.correct is True
    assert right.state.node == "einde_samen"
    assert right.state.scores["participatie"] == at_question.scores["participatie"] + 1
    assert right.explanation == "De burgemeester is voorzitter, zonder stemrecht."
    wrong = engine.answer(at_question, 2)
    assert wrong.step.correct is False
    assert wrong.state.node == "einde_alleen"
    assert wrong.state.scores == at_question.scores
    assert engine.is_finished(wrong.state)


def test_option_order_is_shuffled_by_seed_and_stable(engine: Engine) -> None:
    at_question = engine.choose(engine.choose(engine.new_game(), 0).state, 0).state
    orders = set()
    for seed in range(20):
        state = at_question.model_copy(update={"seed": seed})
        order = engine.option_order(state)
        assert sorted(order) == [0, 1, 2]
        assert engine.option_order(state) == order
        orders.add(tuple(order))
    assert len(orders) > 1


def test_back_restores_the_exact_earlier_state(engine: Engine) -> None:
    states = [engine.new_game(seed=9)]
    states.append(engine.choose(states[-1], 0).state)
    states.append(engine.choose(states[-1], 0).state)
    states.append(engine.answer(states[-1], 1).state)
    for earlier, later in zip(reversed(states[:-1]), reversed(states[1:]), strict=True):
        assert engine.back(later) == earlier
    with pytest.raises(EngineError):
        engine.back(states[0])


def test_back_restores_flags_removed_and_added(engine: Engine) -> None:
    start = engine.new_game()
    after = engine.choose(start, 0).state
    assert engine.back(after).flags == []


def test_back_from_a_custom_start(engine: Engine) -> None:
    state = engine.new_game(node="buren", scores={"samenwerking": 5}, flags=["buren_gevraagd"])
    assert [i for i, _ in engine.offered(state)] == [0, 1]
    moved = engine.choose(state, 0).state
    assert engine.back(moved) == state


def test_state_round_trips_through_json(engine: Engine) -> None:
    state = engine.choose(engine.choose(engine.new_game(seed=4), 0).state, 0).state
    restored = GameState.model_validate_json(state.model_dump_json())
    assert restored == state
    assert engine.answer(restored, 0).state == engine.answer(state, 0).state


def test_back_is_refused_when_the_scenario_forbids_it(engine: Engine) -> None:
    strict = Engine(engine.scenario.model_copy(update={"allow_back": False}))
    state = strict.choose(strict.new_game(), 0).state
    assert not strict.can_go_back(state)
    assert engine.can_go_back(state)


def test_moves_at_the_wrong_kind_of_node_are_refused(engine: Engine) -> None:
    state = engine.new_game()
    with pytest.raises(EngineError):
        engine.answer(state, 0)
    with pytest.raises(EngineError):
        engine.new_game(node="bestaat_niet")
