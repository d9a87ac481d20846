"""The game's non-interface parts: ranges, recap, quiz rounds, saving and resuming."""

from __future__ import annotations

import json
import os
import sqlite3
import time
from pathlib import Path

import pytest

from burgerschap.application.game import Game
from burgerschap.application.playing import new_game, resume
from burgerschap.application.ranges import Range, band, dimension_ranges, normalise, percent, stars
from burgerschap.application.workspace import Locations, Workspace
from burgerschap.scenario.atomic import STALE_AFTER
from burgerschap.scenario.engine import Engine
from burgerschap.scenario.library import Entry
from burgerschap.scenario.loader import inspect_file
from burgerschap.scenario.models import Quiz, Scenario
from burgerschap.scenario.quizround import QuizRound
from burgerschap.scenario.recap import recap
from burgerschap.settings import Settings, save_settings

LIBRARY = Path(__file__).parent / "data" / "tui" / "library"


def scenario(name: str = "plein") -> Scenario:
    doc = inspect_file(LIBRARY / f"{name}.yaml").document
    assert isinstance(doc, Scenario)
    return doc


def workspace(home: Path, nickname: str | None = "Sam", seed: int | None = 3) -> Workspace:
    if nickname:
        save_settings(Settings(nickname=nickname), home / "settings.json")
    found = Workspace(Locations.create(home, [(LIBRARY, "builtin")]), seed=seed)
    found.load_library()
    return found


def entry(found: Workspace, ref: str = "plein") -> Entry:
    hit = found.find(ref)
    assert hit is not None
    return hit


# Ranges -----------------------------------------------------------------


def test_ranges_cover_every_ending() -> None:
    assert dimension_ranges(scenario()) == {
        "participatie": Range(-1, 3),
        "samenwerking": Range(-1, 3),
    }


def test_percent_of_an_unbounded_range_counts_as_the_top() -> None:
    assert percent(7, Range(0, None)) == 100  # unbounded above: the value is the top
    assert percent(2, Range(0, 4)) == 50


@pytest.mark.parametrize(
    ("value", "low", "high", "expected"),
    [(0, 0, 4, 0), (4, 0, 4, 100), (2, 0, 4, 50), (9, 0, 4, 100), (-3, 0, 4, 0), (1, 1, 1, 50)],
)
def test_normalise(value: int, low: int, high: int, expected: int) -> None:
    assert normalise(value, low, high) == expected


def test_bands_and_stars() -> None:
    assert [band(p) for p in (0, 33, 34, 66, 67, 100)] == [
        "low",
        "low",
        "middle",
        "middle",
        "high",
        "high",
    ]
    assert [stars(p) for p in (10, 50, 90)] == [1, 2, 3]


# Recap ------------------------------------------------------------------


def test_recap_lists_moves_and_the_choices_not_taken() -> None:
    engine = Engine(scenario())
    state = engine.new_game()
    state = engine.choose(state, 0).state
    state = engine.choose(state, 0).state
    state = engine.answer(state, 2).state
    steps = recap(engine, state)
    assert [s.kind for s in steps] == ["choice", "choice", "answer"]
    assert [a.text for a in steps[0].alternatives] == ["Ik repareer het zelf.", "Ik doe niets."]
    assert steps[0].alternatives[0].effects == {"participatie": 2, "samenwerking": -1}
    assert steps[1].alternatives[0].text == "We maken het samen."
    assert steps[2].correct is False
    assert steps[2].right_answer == "De burgemeester"


def test_recap_leaves_out_choices_that_were_not_offered() -> None:
    engine = Engine(scenario())
    state = engine.choose(engine.new_game(), 1).state  # zelf: buren not visited yet
    state = engine.choose(state, 0).state  # toch de buren
    steps = recap(engine, state)
    assert [a.text for a in steps[1].alternatives] == ["Doorgaan."]


# Quiz rounds ------------------------------------------------------------


def quiz() -> Quiz:
    doc = inspect_file(LIBRARY / "quiz.yaml").document
    assert isinstance(doc, Quiz)
    return doc


def test_quiz_round_draws_without_repeats_fixed_by_seed() -> None:
    first = QuizRound(quiz(), seed=5)
    again = QuizRound(quiz(), seed=5)
    assert first.total == 3
    assert [q.id for q in first.questions] == [q.id for q in again.questions]
    assert len({q.id for q in first.questions}) == 3
    assert sorted(first.option_order()) == list(range(len(first.current.options)))


def test_quiz_round_scores_and_keeps_the_missed() -> None:
    rnd = QuizRound(quiz(), seed=1)
    for right in (True, False, True):
        options = rnd.current.options
        rnd.answer(next(i for i, o in enumerate(options) if o.correct == right))
    assert rnd.finished
    assert rnd.score == 2
    assert [a.question.id for a in rnd.missed] == [rnd.questions[1].id]
    with pytest.raises(ValueError):
        rnd.answer(0)


# Saving and resuming ----------------------------------------------------


def test_a_game_is_saved_after_every_move(tmp_path: Path) -> None:
    found = workspace(tmp_path)
    game = new_game(found, entry(found))
    game.choose(0)
    record = found.resumable()
    assert record is not None
    assert record.state == game.state.model_dump(mode="json")
    assert record.content_hash == entry(found).content_hash
    assert (record.scenario_id, record.version) == ("plein", 1)


def test_resume_with_the_same_content_continues_exactly(tmp_path: Path) -> None:
    found = workspace(tmp_path)
    game = new_game(found, entry(found))
    game.choose(1)
    found.close()  # the game was closed; it is picked up in a later run
    later = workspace(tmp_path)
    record = later.resumable()
    assert record is not None
    resumed, notice = resume(later, record)
    assert notice is None
    assert resumed is not None
    assert resumed.state == game.state
    assert resumed.game_id == game.game_id


def test_resume_after_the_scenario_changed_replays_the_moves(tmp_path: Path) -> None:
    library = tmp_path / "library"
    library.mkdir()
    text = (LIBRARY / "plein.yaml").read_text("utf-8")
    (library / "plein.yaml").write_text(text, "utf-8")
    save_settings(Settings(nickname="Sam"), tmp_path / "settings.json")
    first = Workspace(Locations.create(tmp_path, [(library, "builtin")]), seed=3)
    first.load_library()
    game = new_game(first, entry(first))
    game.choose(0)
    first.close()
    # A new version with other wording: the same moves still make sense.
    changed = text.replace("version: 1", "version: 2").replace("Oma Jansen", "Opa Jansen")
    (library / "plein.yaml").write_text(changed, "utf-8")
    later = Workspace(Locations.create(tmp_path, [(library, "builtin")]), seed=3)
    later.load_library()
    record = later.resumable()
    assert record is not None
    resumed, notice = resume(later, record)
    assert notice == "tui.resume.updated"
    assert resumed is not None
    assert resumed.state.node == "buren"
    assert resumed.state.scenario == "plein@2"
    assert [g.status for g in later.games()] == ["playing", "abandoned"]


def test_an_answer_taken_back_still_counts_after_resuming_a_new_version(tmp_path: Path) -> None:
    library = tmp_path / "library"
    library.mkdir()
    # A wrong answer leads on in the story (not to an ending, which would finish the game).
    text = (
        (LIBRARY / "plein.yaml")
        .read_text("utf-8")
        .replace("goto_wrong: einde_samen", "goto_wrong: niets")
    )
    (library / "plein.yaml").write_text(text, "utf-8")
    save_settings(Settings(nickname="Sam"), tmp_path / "settings.json")
    first = Workspace(Locations.create(tmp_path, [(library, "builtin")]), seed=3)
    first.load_library()
    game = new_game(first, entry(first))
    game.choose(0)
    game.choose(0)
    game.answer(2)  # wrong; then back to the question
    game.back()
    assert game.state.answers == {"vraag": 2}
    first.close()  # the game is closed; the student comes back later
    changed = text.replace("version: 1", "version: 2").replace("Oma Jansen", "Opa Jansen")
    (library / "plein.yaml").write_text(changed, "utf-8")
    later = Workspace(Locations.create(tmp_path, [(library, "builtin")]), seed=3)
    later.load_library()
    record = later.resumable()
    assert record is not None
    resumed, notice = resume(later, record)
    assert notice == "tui.resume.updated"
    assert resumed is not None
    assert resumed.state.node == "vraag"
    assert resumed.engine.first_answer(resumed.state) == 2
    assert resumed.answer(0).step.correct is False


def test_resume_of_a_scenario_whose_moves_no_longer_fit_starts_over(tmp_path: Path) -> None:
    found = workspace(tmp_path)
    game = new_game(found, entry(found))
    game.choose(0)
    record = found.resumable()
    assert record is not None
    broken = dict(record.state)
    broken["history"] = [{**broken["history"][0], "index": 9}]
    with sqlite3.connect(tmp_path / "burgerschap.sqlite3") as conn:
        conn.execute("UPDATE games SET state = ?, content_hash = 'other'", (json.dumps(broken),))
    found.close()
    later = workspace(tmp_path)
    record = later.resumable()
    assert record is not None
    resumed, notice = resume(later, record)
    assert (resumed, notice) == (None, "tui.resume.changed")
    assert later.resumable() is None


def test_finished_games_and_best_result_per_nickname(tmp_path: Path) -> None:
    found = workspace(tmp_path)
    game = new_game(found, entry(found))
    for index in (0, 1):  # buren, samen: participatie 1, samenwerking 3
        game.choose(index)
    assert game.finished
    assert game.save_reflection("Samen gaat het beter")
    progress = found.progress(entry(found))
    assert progress.played == 1
    assert progress.best_ending == "Samen gelukt"
    assert progress.best_percent == round((normalise(1, -1, 3) + normalise(3, -1, 3)) / 2)
    other = workspace(tmp_path, nickname="Noor")
    assert other.progress(entry(other)).played == 0


def test_starting_again_gives_up_the_unfinished_game(tmp_path: Path) -> None:
    found = workspace(tmp_path)
    new_game(found, entry(found)).choose(0)
    new_game(found, entry(found))
    assert sorted(g.status for g in found.games()) == ["abandoned", "playing"]


def test_an_unwritable_folder_means_playing_without_saving(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / "burgerschap.sqlite3").mkdir()
    found = workspace(home)
    game = new_game(found, entry(found))
    game.choose(0)
    assert game.game_id is None
    assert not found.saving
    assert found.problem is not None
    assert found.resumable() is None
    assert not game.save_reflection("text")


def test_files_named_on_the_command_line_win(tmp_path: Path) -> None:
    copy = tmp_path / "mijn-plein.yaml"
    copy.write_text((LIBRARY / "plein.yaml").read_text("utf-8"), "utf-8")
    found = Workspace(Locations.create(tmp_path, [(LIBRARY, "builtin")], [copy]))
    found.load_library()
    hit = found.find("plein@1")
    assert hit is not None
    assert hit.path == copy


def test_the_library_scan_clears_abandoned_temporaries_of_the_users_folder(
    tmp_path: Path,
) -> None:
    user = tmp_path / "mine"
    user.mkdir()
    abandoned = user / ".bankje@2.yaml.x1y2z3.tmp"
    abandoned.write_text("half a scen", "utf-8")
    long_ago = time.time() - 2 * STALE_AFTER
    os.utime(abandoned, (long_ago, long_ago))
    builtin_leftover = tmp_path / "builtin"
    builtin_leftover.mkdir()
    kept = builtin_leftover / ".x.yaml.abc.tmp"
    kept.write_text("", "utf-8")
    os.utime(kept, (long_ago, long_ago))
    workspace = Workspace(
        Locations.create(tmp_path, [(builtin_leftover, "builtin"), (user, "user")])
    )
    workspace.load_library()
    assert not abandoned.exists()
    assert kept.exists()  # the built-in folder is the game's own, never written


def test_stars_agree_with_how_the_story_judges_the_ending(tmp_path: Path) -> None:
    scoring = Path(__file__).parent / "data" / "tui" / "scoring"
    save_settings(Settings(nickname="Sam"), tmp_path / "settings.json")
    found = Workspace(Locations.create(tmp_path, [(scoring, "builtin")]), seed=3)
    found.load_library()
    dijkweg = entry(found, "dijkweg")
    game = new_game(found, dijkweg)
    game.choose(1)
    game.choose(1)  # the most points, but the story calls the ending bad
    assert game.state.node == "einde_borden"
    progress = found.progress(dijkweg)
    assert progress.best_percent is not None and stars(progress.best_percent) == 3
    assert progress.best_stars == 2
    low = new_game(found, dijkweg)
    low.choose(0)
    low.choose(0)  # few points, on a good ending
    assert low.state.node == "einde_goed"
    progress = found.progress(dijkweg)
    assert progress.best_stars == 2
    assert progress.best_ending == "Borden weg"  # equal stars: the higher score is the best


def test_a_game_open_in_another_window_is_not_resumed_here(tmp_path: Path) -> None:
    """Two windows of the game with one nickname: the second does not play the first's game."""
    first = workspace(tmp_path)
    game = new_game(first, entry(first))
    game.choose(1)
    second = workspace(tmp_path)
    record = second.resumable()
    assert record is not None
    assert resume(second, record) == (None, "tui.resume.in_use")
    # Its moves are refused by the store: the second window stops saving, the first goes on.
    stray = Game(second.saver, entry(second), game.state, game.game_id)
    stray.choose(0)
    assert second.problem_in_use and second.problem is not None
    assert "ander venster" in second.problem
    game.choose(0)
    assert first.problem is None
    [saved] = first.games()
    assert saved.state == game.state.model_dump(mode="json")
    first.close()
    second.close()
