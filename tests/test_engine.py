"""The play engine: offered choices, effects, flags, questions, back, JSON round trips."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import ValidationError

from burgerschap.scenario import Engine, EngineError, GameState, Scenario, load_file, load_text
from burgerschap.scenario.engine import SAVE_VERSION, ReplayError, StateTooNew, migrate_state

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
        # Exactly, but for the answers given: those are kept (the first answer counts).
        assert engine.back(later) == earlier.model_copy(update={"answers": later.answers})
    assert states[-1].answers == {"vraag": 1}
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


def _at_question(engine: Engine) -> GameState:
    state = engine.choose(engine.choose(engine.new_game(seed=5), 0).state, 0).state
    assert state.node == "vraag"
    return state


def test_the_first_answer_counts_after_going_back(engine: Engine) -> None:
    at_question = _at_question(engine)
    wrong = engine.answer(at_question, 2)
    assert wrong.state.answers == {"vraag": 2}
    assert not wrong.repeated
    again = engine.back(wrong.state)
    # Back restores everything but the answer given: that stays.
    assert again == at_question.model_copy(update={"answers": {"vraag": 2}})
    assert engine.first_answer(again) == 2
    retry = engine.answer(again, 0)  # the right answer, now that it was shown
    assert retry.repeated
    assert retry.step.index == 2
    assert retry.step.correct is False
    assert retry.state.scores == wrong.state.scores
    assert retry.state.node == "einde_alleen"
    assert retry.state == wrong.state


def test_the_first_answer_stays_through_other_moves_and_backs(engine: Engine) -> None:
    right = engine.answer(_at_question(engine), 0).state
    # Back to the start, then the same way again: the question remembers.
    start = engine.back(engine.back(engine.back(right)))
    assert start.history == [] and start.answers == {"vraag": 0}
    at_question = engine.choose(engine.choose(start, 0).state, 0).state
    assert engine.first_answer(at_question) == 0
    assert engine.answer(at_question, 1).state.scores == right.scores


def test_replay_keeps_the_first_answers(engine: Engine) -> None:
    answered = engine.answer(_at_question(engine), 1).state
    replayed = engine.replay(answered, answered.history[:1])
    assert replayed.answers == {"vraag": 1}
    assert engine.replay(answered, answered.history) == answered


def test_play_makes_recorded_moves_again_and_says_what_each_did(engine: Engine) -> None:
    answered = engine.answer(_at_question(engine), 0).state
    outcomes = engine.play(engine.new_game(seed=5), answered.history)
    assert [o.step for o in outcomes] == answered.history
    assert outcomes[-1].state == answered
    assert engine.play(engine.new_game(), []) == []


def test_play_names_the_first_move_that_cannot_be_made(engine: Engine) -> None:
    history = engine.answer(_at_question(engine), 0).state.history
    # A move recorded at another node than where the game is: refused, not applied there.
    elsewhere = history[1].model_copy(update={"node": "zelf"})
    with pytest.raises(ReplayError) as at_node:
        engine.play(engine.new_game(), [history[0], elsewhere])
    assert at_node.value.step == 2
    # A choice that is not offered (or a kind that does not fit the node) is move 1 here.
    not_offered = history[0].model_copy(update={"index": 9})
    with pytest.raises(ReplayError) as offered:
        engine.play(engine.new_game(), [not_offered])
    assert offered.value.step == 1
    as_answer = history[0].model_copy(update={"kind": "answer"})
    with pytest.raises(ReplayError):
        engine.play(engine.new_game(), [as_answer])


def test_move_takes_what_the_node_asks_for_when_no_kind_is_given(engine: Engine) -> None:
    at_question = _at_question(engine)
    assert engine.move(at_question, 1).step.kind == "answer"
    assert engine.move(engine.new_game(), 0).step.kind == "choice"
    with pytest.raises(EngineError):
        engine.move(at_question, 0, "choice")


def test_a_later_visit_of_a_question_is_a_new_question() -> None:
    loop = load_text(LOOP, "loop.yaml").document
    assert isinstance(loop, Scenario)
    engine = Engine(loop)
    wrong = engine.answer(engine.new_game(), 1).state
    assert wrong.node == "q"  # a wrong answer leads back to the question
    assert engine.first_answer(wrong) is None
    right = engine.answer(wrong, 0)
    assert not right.repeated
    assert right.state.node == "einde"
    assert right.state.answers == {"q": 1, "q#2": 0}
    # Going back to the second visit gives the second visit's first answer again.
    back = engine.back(right.state)
    assert engine.first_answer(back) == 0
    assert engine.answer(back, 1).state == right.state


def test_a_state_saved_before_answers_were_kept_still_loads(engine: Engine) -> None:
    loop = load_text(LOOP, "loop.yaml").document
    assert isinstance(loop, Scenario)
    looped = Engine(loop)
    state = looped.answer(looped.answer(looped.new_game(), 1).state, 2).state
    saved = state.model_dump(mode="json")
    del saved["answers"], saved["save_version"]  # as saved then: no version, no answers
    restored = GameState.model_validate(saved)
    # The answers on the path are recovered, per visit.
    assert restored.answers == {"q": 1, "q#2": 2}
    assert restored == state
    old = engine.answer(_at_question(engine), 2).state.model_dump(mode="json")
    del old["answers"], old["save_version"]
    assert GameState.model_validate_json(json.dumps(old)).answers == {"vraag": 2}


def test_a_saved_state_says_its_version_and_an_old_one_is_migrated(engine: Engine) -> None:
    state = engine.answer(_at_question(engine), 2).state
    saved = state.model_dump(mode="json")
    assert saved["save_version"] == SAVE_VERSION == 2
    old = {k: v for k, v in saved.items() if k not in ("save_version", "answers")}
    migrated = migrate_state(old)
    assert migrated["save_version"] == SAVE_VERSION
    assert migrated["answers"] == {"vraag": 2}
    assert "save_version" not in old  # the saved data itself is left as it was
    assert GameState.model_validate(old) == state
    # A version-1 state that did keep its answers keeps them as they are.
    assert migrate_state({**old, "answers": {"vraag": 0}})["answers"] == {"vraag": 0}


def test_a_state_from_a_newer_program_is_refused_clearly(engine: Engine) -> None:
    saved = engine.new_game().model_dump(mode="json")
    newer = {**saved, "save_version": SAVE_VERSION + 1, "something_new": [1, 2]}
    with pytest.raises(StateTooNew) as refused:
        GameState.model_validate(newer)
    assert refused.value.found == SAVE_VERSION + 1
    assert "newer" in str(refused.value)
    assert isinstance(refused.value, EngineError) and not isinstance(refused.value, ValueError)
    for wrong in ("2", 0, True, None):
        with pytest.raises(ValidationError):
            GameState.model_validate({**saved, "save_version": wrong})


def test_a_remembered_option_that_no_longer_exists_is_ignored(engine: Engine) -> None:
    at_question = _at_question(engine).model_copy(update={"answers": {"vraag": 7}})
    assert engine.first_answer(at_question) is None
    assert engine.answer(at_question, 0).step.correct is True


LOOP = """\
format: 1
kind: scenario
id: lus
title: Een vraag in een lus
dimensions: {participatie: {label: Participatie}}
start: q
nodes:
  q:
    question: Wie kiest de gemeenteraad?
    options:
      - {text: De inwoners, correct: true}
      - {text: De burgemeester}
      - {text: De koning}
    effects: {participatie: 1}
    goto_correct: einde
    goto_wrong: q
  einde:
    ending: {title: Klaar}
"""
