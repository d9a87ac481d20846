"""The quiz in the game: choosing the basis level, and sources with the day they were checked.

Uses its own small library (a quiz with levels and a story with a checked
question), so the shared test library and its snapshots stay as they are.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Button, OptionList, Static

from burgerschap.tui.app import BurgerschapApp
from burgerschap.tui.screens.home import HomeScreen
from burgerschap.tui.screens.play import PlayScreen
from burgerschap.tui.screens.quiz import QuizScreen
from burgerschap.tui.screens.quiz_level import QuizLevelDialog
from burgerschap.tui.screens.quiz_results import QuizResultsScreen
from burgerschap.tui.widgets.choice_list import ChoiceList

Build = Callable[..., BurgerschapApp]
TUI_LIBRARY = Path(__file__).parent / "data" / "tui" / "library"

QUIZ = """format: 1
kind: quiz
id: niveaus
title: Quiz met niveaus
draw: 2
questions:
"""


def _question(qid: str, niveau: str, extra: str = "") -> str:
    return (
        f"  - {{id: {qid}, niveau: {niveau}, question: Vraag {qid}?,"
        f" options: [{{text: ja, correct: true}}, {{text: nee}}],"
        f" explanation: Uitleg {qid}., source: Grondwet artikel 1{extra}}}\n"
    )


@pytest.fixture
def library(tmp_path: Path) -> Path:
    folder = tmp_path / "library"
    folder.mkdir()
    questions = [
        _question("b1", "basis", ", checked: 2026-12-03"),
        _question("b2", "basis", ", checked: 2026-12-03"),
        _question("b3", "basis", ", checked: 2026-12-03"),
        _question("v1", "verdieping"),
        _question("v2", "verdieping"),
    ]
    (folder / "niveaus.yaml").write_text(QUIZ + "".join(questions), "utf-8")
    story = (TUI_LIBRARY / "plein.yaml").read_text("utf-8")
    story = story.replace(
        "    source: prodemos.nl\n", "    source: prodemos.nl\n    checked: 2026-12-03\n"
    )
    assert "checked: 2026-12-03" in story
    (folder / "plein.yaml").write_text(story, "utf-8")
    return folder


async def ready(pilot: Pilot[Any]) -> None:
    app = pilot.app
    assert isinstance(app, BurgerschapApp)
    await app.workers.wait_for_complete()
    while not app.library_ready:
        await pilot.pause(0.01)
    await pilot.pause()


async def answer_right(pilot: Pilot[Any], screen: QuizScreen, right: bool = True) -> None:
    question = screen.round.current
    chosen = next(i for i, o in enumerate(question.options) if o.correct == right)
    choices = screen.query_one(ChoiceList)
    await pilot.press(str(choices.values.index(chosen) + 1))
    await pilot.pause()


@pytest.mark.parametrize("lang", ["nl", "en"])
async def test_the_quiz_asks_for_a_level_and_basis_draws_only_basis(
    tui_app: Build, library: Path, lang: str
) -> None:
    app = tui_app(folders=[(library, "builtin")], lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("q")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, QuizLevelDialog)
        texts = [str(o.prompt) for o in dialog.query_one(ChoiceList).options]
        if lang == "nl":
            assert "Basis: korte vragen in makkelijke taal (3 vragen)" in texts[0]
            assert "Alle vragen, ook moeilijkere (5 vragen)" in texts[1]
        else:
            assert "Basic: short questions in plain words (3 questions)" in texts[0]
        await pilot.press("1")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, QuizScreen)
        assert screen.round.niveau == "basis"
        assert [q.niveau for q in screen.round.questions] == ["basis", "basis"]
        title = str(screen.query_one("#quiz-title", Static).render())
        assert ("niveau basis" if lang == "nl" else "level basic") in title
        await answer_right(pilot, screen)
        feedback = str(screen.query_one("#quiz-feedback", Static).render())
        if lang == "nl":
            assert "Bron: Grondwet artikel 1 (gecontroleerd op 3 december 2026)" in feedback
        else:
            assert "Source: Grondwet artikel 1 (checked on 3 December 2026)" in feedback


async def test_all_questions_and_a_new_round_keeps_the_level(tui_app: Build, library: Path) -> None:
    app = tui_app(folders=[(library, "builtin")])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("q")
        await pilot.pause()
        await pilot.press("2")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, QuizScreen)
        assert screen.round.niveau is None
        assert str(screen.query_one("#quiz-title", Static).render()) == "Quiz met niveaus"
        for _ in range(2):
            await answer_right(pilot, screen)
            await pilot.press("enter")
            await pilot.pause()
        results = app.screen
        assert isinstance(results, QuizResultsScreen)
        results.query_one("#again-button", Button).press()
        await pilot.pause()
        again = app.screen
        assert isinstance(again, QuizScreen)
        assert again.round.niveau is None


async def test_a_basis_round_again_is_basis_again(tui_app: Build, library: Path) -> None:
    app = tui_app(folders=[(library, "builtin")])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("q")
        await pilot.pause()
        await pilot.press("1")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, QuizScreen)
        for right in (False, True):
            await answer_right(pilot, screen, right)
            await pilot.press("enter")
            await pilot.pause()
        results = app.screen
        assert isinstance(results, QuizResultsScreen)
        assert "niveau basis" in str(results.query_one("#quiz-title", Static).render())
        missed = " ".join(str(results.query_one("#missed", Static).render()).split())
        assert "Bron: Grondwet artikel 1 (gecontroleerd op 3 december 2026)" in missed
        await pilot.press("r")
        await pilot.pause()
        again = app.screen
        assert isinstance(again, QuizScreen)
        assert again.round.niveau == "basis"
        assert {q.niveau for q in again.round.questions} == {"basis"}


async def test_escape_at_the_level_choice_starts_no_round(
    tui_app: Build, library: Path, _isolated_home: Path
) -> None:
    app = tui_app(folders=[(library, "builtin")])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, QuizLevelDialog)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)


async def test_a_story_question_shows_when_its_source_was_checked(
    tui_app: Build, library: Path
) -> None:
    app = tui_app(folders=[(library, "builtin")])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        options = app.screen.query_one("#library", OptionList)
        options.highlighted = options.get_option_index("scenario-0")
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("1", "enter", "1", "enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PlayScreen)
        assert screen.play.state.node == "vraag"
        await pilot.press("1")
        await pilot.pause()
        feedback = str(screen.query_one("#feedback", Static).render())
        assert "Bron: prodemos.nl (gecontroleerd op 3 december 2026)" in feedback


def test_level_choice_snapshot(snap_compare: Any, tui_app: Build, library: Path) -> None:
    async def run(pilot: Pilot[Any]) -> None:
        await ready(pilot)
        await pilot.press("q")
        await pilot.pause()

    app = tui_app(folders=[(library, "builtin")])
    assert snap_compare(app, terminal_size=(80, 24), run_before=run)


def test_answer_with_checked_date_snapshot(
    snap_compare: Any, tui_app: Build, library: Path
) -> None:
    async def run(pilot: Pilot[Any]) -> None:
        await ready(pilot)
        await pilot.press("q")
        await pilot.pause()
        await pilot.press("1")
        await pilot.pause()
        await pilot.press("1")
        await pilot.pause()

    app = tui_app(folders=[(library, "builtin")])
    assert snap_compare(app, terminal_size=(80, 24), run_before=run)
