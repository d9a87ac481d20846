"""The game played through Textual's pilot: every ending, back, questions, quit and resume."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import OptionList, Static, TextArea

from burgerschap.tui.app import BurgerschapApp
from burgerschap.tui.screens.ending import EndingScreen
from burgerschap.tui.screens.home import HomeScreen
from burgerschap.tui.screens.nickname import NicknameDialog
from burgerschap.tui.screens.play import PlayScreen
from burgerschap.tui.screens.quiz import QuizScreen
from burgerschap.tui.screens.quiz_results import QuizResultsScreen
from burgerschap.tui.widgets.choice_list import ChoiceList

Build = Callable[..., BurgerschapApp]


async def ready(pilot: Pilot[Any]) -> None:
    """Wait until the library is loaded and the screen has settled."""
    app = pilot.app
    assert isinstance(app, BurgerschapApp)
    await app.workers.wait_for_complete()
    while not app.library_ready:
        await pilot.pause(0.01)
    await pilot.pause()


async def open_item(pilot: Pilot[Any], option_id: str) -> None:
    """Highlight ``option_id`` in the home library and press Enter."""
    library = pilot.app.screen.query_one("#library", OptionList)
    library.highlighted = library.get_option_index(option_id)
    await pilot.press("enter")
    await pilot.pause()


def play_screen(app: BurgerschapApp) -> PlayScreen:
    assert isinstance(app.screen, PlayScreen), app.screen
    return app.screen


async def answer(pilot: Pilot[Any], option: int) -> None:
    """Pick the option with file index ``option``, wherever the shuffle put it."""
    choices = pilot.app.screen.query_one(ChoiceList)
    await pilot.press(str(choices.values.index(option) + 1))
    await pilot.pause()


def rows(home: Path, sql: str) -> list[tuple[Any, ...]]:
    with sqlite3.connect(home / "burgerschap.sqlite3") as conn:
        return list(conn.execute(sql))


ENDINGS = {
    # keys pressed from the start node, and the ending they lead to
    "einde_samen": ["1", "enter", "2", "enter"],
    "einde_alleen": ["2", "enter", "2"],
    "einde_niets": ["3", "enter", "1"],
}


@pytest.mark.parametrize("ending", sorted(ENDINGS))
async def test_each_ending_is_reached_and_saved(
    tui_app: Build, ending: str, _isolated_home: Path
) -> None:
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await open_item(pilot, "scenario-1")
        play_screen(app)
        await pilot.press(*ENDINGS[ending])
        await pilot.pause()
        assert isinstance(app.screen, EndingScreen)
        assert app.screen.play.state.node == ending
    assert rows(_isolated_home, "SELECT status, ending FROM games") == [("finished", ending)]


async def test_question_right_answer_leads_to_its_ending(tui_app: Build) -> None:
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await open_item(pilot, "scenario-1")
        await pilot.press("1", "enter", "1", "enter")
        await pilot.pause()
        screen = play_screen(app)
        assert screen.play.state.node == "vraag"
        assert str(screen.query_one("#decision-title", Static).render()) == "Kies je antwoord"
        await answer(pilot, 0)
        feedback = str(screen.query_one("#feedback", Static).render())
        assert "✓ Goed!" in feedback
        assert "Bron: prodemos.nl" in feedback
        assert screen.play.state.scores == {"participatie": 3, "samenwerking": 2}
        await pilot.press("space")
        await pilot.pause()
        assert isinstance(app.screen, EndingScreen)
        assert app.screen.play.state.node == "einde_gemeente"


async def test_question_wrong_answer_shows_the_right_one(tui_app: Build) -> None:
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await open_item(pilot, "scenario-1")
        await pilot.press("1", "enter", "1", "enter")
        await pilot.pause()
        screen = play_screen(app)
        await answer(pilot, 2)
        feedback = str(screen.query_one("#feedback", Static).render())
        assert "✗ Helaas, dat klopt niet." in feedback
        assert "✓ De burgemeester" in feedback
        assert "✗ De griffier  ← jouw antwoord" in feedback
        assert "De griffier helpt de raad" in feedback
        assert screen.play.state.scores == {"participatie": 2, "samenwerking": 2}
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, EndingScreen)
        assert app.screen.play.state.node == "einde_samen"


async def test_back_restores_scores_and_flags_exactly(tui_app: Build, _isolated_home: Path) -> None:
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await open_item(pilot, "scenario-1")
        screen = play_screen(app)
        start = screen.play.state
        await pilot.press("1")
        assert screen.reading
        await pilot.press("enter", "b")
        await pilot.pause()
        assert screen.play.state == start
        assert not screen.reading
        # Back while the feedback is shown undoes that move too.
        await pilot.press("2", "b")
        await pilot.pause()
        assert screen.play.state == start
        await pilot.press("1", "enter")
        await pilot.pause()
        assert screen.play.state.flags == ["buren_gevraagd"]
    assert rows(_isolated_home, "SELECT seq, node, idx FROM choices") == [(1, "begin", 0)]


async def test_back_is_not_offered_when_the_scenario_forbids_it(tui_app: Build) -> None:
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await open_item(pilot, "scenario-0")
        screen = play_screen(app)
        await pilot.press("1")
        assert screen.reading
        await pilot.press("b")
        assert screen.reading
        assert len(screen.play.state.history) == 1
        assert app.screen.active_bindings.get("b") is None or not app.screen.active_bindings["b"][2]


async def test_quit_and_resume_where_you_left_off(tui_app: Build, _isolated_home: Path) -> None:
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await open_item(pilot, "scenario-1")
        await pilot.press("1", "enter")
        await pilot.pause()
        saved = play_screen(app).play.state
        await pilot.press("ctrl+q")
    assert rows(_isolated_home, "SELECT status FROM games") == [("playing",)]

    again = tui_app()
    async with again.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        library = again.screen.query_one("#library", OptionList)
        assert library.get_option_at_index(0).id == "resume"
        await pilot.press("d")
        await pilot.pause()
        screen = play_screen(again)
        assert screen.play.state == saved
        assert screen.play.state.node == "buren"
        await pilot.press("2", "enter")
        await pilot.pause()
        assert isinstance(again.screen, EndingScreen)
    assert rows(_isolated_home, "SELECT status, ending FROM games") == [("finished", "einde_samen")]


async def test_escape_keeps_the_game_and_enter_on_it_resumes(tui_app: Build) -> None:
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await open_item(pilot, "scenario-1")
        await pilot.press("2", "enter", "escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        await open_item(pilot, "scenario-1")
        assert play_screen(app).play.state.node == "zelf"


async def test_reflection_is_saved(tui_app: Build, _isolated_home: Path) -> None:
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await open_item(pilot, "scenario-1")
        await pilot.press(*ENDINGS["einde_niets"])
        await pilot.pause()
        assert isinstance(app.screen, EndingScreen)
        await pilot.press("w")
        assert isinstance(app.focused, TextArea)
        # Several lines: Enter starts a new one, Tab leaves the box and saves.
        await pilot.press(*"Ik help mee", "enter", *"met de buren", "tab")
        await pilot.pause()
        assert not isinstance(app.focused, TextArea)
        status = str(app.screen.query_one("#reflection-status", Static).render())
        assert "Bewaard" in status
    assert rows(_isolated_home, "SELECT reflection FROM games") == [("Ik help mee\nmet de buren",)]


async def test_results_show_bars_path_and_paths_not_taken(tui_app: Build) -> None:
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await open_item(pilot, "scenario-1")
        await pilot.press(*ENDINGS["einde_samen"])
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, EndingScreen)
        path = str(screen.query_one("#path", Static).render())
        assert "Ik vraag de buren wat zij willen." in path
        assert "+1 Participatie" in path
        not_taken = str(screen.query_one("#not-taken", Static).render())
        assert "Ik repareer het zelf." in not_taken
        assert "−1 Samenwerking" in not_taken
        assert "We gaan samen naar de gemeente." in not_taken
        bars = str(screen.query_one("#result-bars").render())
        assert "Je zocht steeds anderen op." in bars


async def test_play_again_starts_fresh(tui_app: Build, _isolated_home: Path) -> None:
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await open_item(pilot, "scenario-1")
        await pilot.press(*ENDINGS["einde_niets"])
        await pilot.pause()
        await pilot.press("r")
        await pilot.pause()
        assert play_screen(app).play.state.node == "begin"
    assert sorted(rows(_isolated_home, "SELECT status FROM games")) == [
        ("finished",),
        ("playing",),
    ]


async def test_quiz_round_scores_and_reviews_missed_questions(
    tui_app: Build, _isolated_home: Path
) -> None:
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("q")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, QuizScreen)
        assert screen.round.total == 3
        # Right, wrong, right: the right option is the one marked correct in the file.
        for right in (True, False, True):
            question = screen.round.current
            index = next(i for i, o in enumerate(question.options) if o.correct == right)
            await answer(pilot, index)
            feedback = str(screen.query_one("#quiz-feedback", Static).render())
            assert ("✓ Goed!" in feedback) is right
            assert question.source in feedback
            await pilot.press("enter")
            await pilot.pause()
        results = app.screen
        assert isinstance(results, QuizResultsScreen)
        assert "2 van de 3 goed" in str(results.query_one("#quiz-score", Static).render())
        missed = str(results.query_one("#missed", Static).render())
        assert screen.round.answers[1].question.question in missed
    assert rows(_isolated_home, "SELECT score, total FROM quiz_rounds") == [(2, 3)]


async def test_first_start_asks_the_nickname(tui_app: Build, _isolated_home: Path) -> None:
    app = tui_app(nickname=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        assert isinstance(app.screen, NicknameDialog)
        await pilot.press("escape")  # not allowed the first time
        assert isinstance(app.screen, NicknameDialog)
        await pilot.press("enter")
        assert "1 tot 20" in str(app.screen.query_one("#nickname-error", Static).render())
        # The lesson rules hold here too: no e-mail address as a nickname.
        await pilot.press(*"noor@school.nl", "enter")
        assert "e-mailadres" in str(app.screen.query_one("#nickname-error", Static).render())
        assert isinstance(app.screen, NicknameDialog)
        for _ in "noor@school.nl":
            await pilot.press("backspace")
        await pilot.press(*"Noor", "enter")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert "Noor" in str(app.screen.query_one("#player", Static).render())
    assert '"nickname": "Noor"' in (_isolated_home / "settings.json").read_text()


async def test_broken_file_is_listed_with_its_first_error(tui_app: Build) -> None:
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        library = app.screen.query_one("#library", OptionList)
        broken = library.get_option("broken-0")
        assert "kapot.yaml" in str(broken.prompt)
        assert "het scenario heeft geen einde" in str(broken.prompt)
        # Highlighting it shows every error; Enter does not try to play it.
        await open_item(pilot, "broken-0")
        assert isinstance(app.screen, HomeScreen)
        details = str(app.screen.query_one("#details", Static).render())
        assert "'nergens' bestaat niet" in details


async def test_unwritable_data_folder_warns_once_and_plays_on(
    tui_app: Build, _isolated_home: Path
) -> None:
    _isolated_home.mkdir(parents=True)
    app = tui_app()
    (_isolated_home / "burgerschap.sqlite3").mkdir()  # a folder where the database should be
    notices: list[str] = []
    original = app.notify

    def spy(message: str, **kwargs: Any) -> None:
        notices.append(message)
        original(message, **kwargs)

    app.notify = spy  # type: ignore[method-assign]
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await ready(pilot)
        await open_item(pilot, "scenario-1")
        await pilot.press(*ENDINGS["einde_niets"])
        await pilot.pause()
        assert isinstance(app.screen, EndingScreen)
    assert len([n for n in notices if "kan niet worden bewaard" in n]) == 1


async def test_language_switch_in_settings(tui_app: Build, _isolated_home: Path) -> None:
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("i")
        await pilot.pause()
        await pilot.press("down", "enter")  # English
        await pilot.pause()
        assert app.lang == "en"
        await pilot.press("escape")
        await pilot.pause()
        home = app.screen
        assert isinstance(home, HomeScreen)
        assert "village" in str(home.query_one("#question", Static).render())
        descriptions = {b.description for _, b, _, _ in home.active_bindings.values()}
        assert {"Settings", "Nickname", "Quit"} <= descriptions
    assert '"language": "en"' in (_isolated_home / "settings.json").read_text()


async def test_command_palette_lists_the_main_actions(tui_app: Build) -> None:
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert "Speel: Het bankje op het plein" in titles
        assert "Quiz: Quiz over democratie" in titles
        assert {"Instellingen", "Bijnaam wijzigen", "Naar het menu", "Stoppen"} <= set(titles)


async def test_open_ref_starts_the_scenario_straight_away(tui_app: Build) -> None:
    app = tui_app(open_ref="plein")
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.pause()
        assert play_screen(app).play.scenario.id == "plein"


async def test_high_contrast_theme_from_settings(tui_app: Build) -> None:
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("i", "tab", "down", "enter")
        await pilot.pause()
        assert app.theme == "burgerschap-contrast"
        assert app.workspace.settings.theme == "high-contrast"
    again = tui_app(nickname=None)  # the same data folder: the setting as saved
    async with again.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        assert again.theme == "burgerschap-contrast"
        assert again.has_class("-theme-burgerschap-contrast")  # app.tcss styles by it
        assert again.screen.styles.background.hex == "#000000"


async def test_no_color_is_respected(tui_app: Build, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        assert app.no_color
