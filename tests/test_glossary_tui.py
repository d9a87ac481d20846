"""The glossary in the game: one key from a story or the quiz, type to filter, Escape back.

Played through Textual's pilot over the test library, whose small glossary
(tests/data/tui/library/woorden.yaml) keeps these tests apart from the
built-in content.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, OptionList, Static

from burgerschap.application.workspace import Locations, Workspace
from burgerschap.tui.app import BurgerschapApp
from burgerschap.tui.screens.glossary import GlossaryScreen
from burgerschap.tui.screens.home import HomeScreen
from burgerschap.tui.screens.play import PlayScreen
from burgerschap.tui.screens.quiz import QuizScreen
from burgerschap.tui.widgets.choice_list import ChoiceList
from burgerschap.tui.widgets.feedback_panel import FeedbackPanel
from burgerschap.tui.widgets.footer import GameFooter

Build = Callable[..., BurgerschapApp]
LIBRARY = Path(__file__).parent / "data" / "tui" / "library"


async def ready(pilot: Pilot[Any]) -> None:
    app = pilot.app
    assert isinstance(app, BurgerschapApp)
    await app.workers.wait_for_complete()
    while not app.library_ready:
        await pilot.pause(0.01)
    await pilot.pause()


async def open_item(pilot: Pilot[Any], option_id: str) -> None:
    library = pilot.app.screen.query_one("#library", OptionList)
    library.highlighted = library.get_option_index(option_id)
    await pilot.press("enter")
    await pilot.pause()


def glossary_screen(app: BurgerschapApp) -> GlossaryScreen:
    assert isinstance(app.screen, GlossaryScreen), app.screen
    return app.screen


def listed(screen: GlossaryScreen) -> list[str]:
    return [term.term for term in screen.shown]


def shown_text(screen: GlossaryScreen) -> str:
    return str(screen.query_one("#glossary-text", Static).render())


def count(screen: GlossaryScreen) -> str:
    return str(screen.query_one("#glossary-count", Static).render())


async def type_text(pilot: Pilot[Any], text: str) -> None:
    await pilot.press(*text)
    await pilot.pause()


@pytest.mark.parametrize("lang", ["nl", "en"])
async def test_from_a_story_filter_read_and_back_to_the_same_place(
    tui_app: Build, lang: str
) -> None:
    app = tui_app(lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await open_item(pilot, "scenario-1")
        await pilot.press("1", "enter", "1")  # two moves in: feedback on the second shown
        await pilot.pause()
        play = app.screen
        assert isinstance(play, PlayScreen)
        node, moves, reading = play.play.state.node, len(play.play.state.history), play.reading
        assert reading
        feedback = str(play.query_one("#feedback", Static).render())

        await pilot.press("w")
        await pilot.pause()
        screen = glossary_screen(app)
        assert count(screen) == ("6 woorden" if lang == "nl" else "6 terms")
        assert listed(screen)[:3] == ["[b]opmaak[/b]", "amendement", "burgemeester"]
        assert isinstance(app.focused, Input)

        await type_text(pilot, "mot")
        assert listed(screen) == ["motie"]
        assert count(screen) == ("1 van de 6" if lang == "nl" else "1 of 6")
        text = shown_text(screen)
        if lang == "nl":
            assert "Met een motie vraagt de raad het college om iets te doen." in text
            assert "With a motion" not in text
            assert "Zie ook: amendement" in text
            assert "(motion)" not in text
        else:
            assert "motie  (motion)" in text
            assert "With a motion the council asks the executive to do something." in text
            assert "Met een motie" not in text
            assert "See also: amendement" in text

        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is play
        assert (play.play.state.node, len(play.play.state.history)) == (node, moves)
        assert play.reading
        assert str(play.query_one("#feedback", Static).render()) == feedback
        assert app.focused is play.query_one(FeedbackPanel)  # where the reading was
        await pilot.press("enter")  # and the story goes on from there
        await pilot.pause()
        assert not play.reading


async def test_from_the_quiz_and_back_to_the_same_question(tui_app: Build) -> None:
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("q")
        await pilot.pause()
        quiz = app.screen
        assert isinstance(quiz, QuizScreen)
        question = quiz.round.current
        options = quiz.query_one(ChoiceList).values

        await pilot.press("w")
        await pilot.pause()
        screen = glossary_screen(app)
        await type_text(pilot, "gemeente")
        # names first (the name starts with it), then explanations that mention it
        assert listed(screen) == ["gemeenteraad", "burgemeester", "wethouder"]
        assert "De gemeenteraad beslist over de grote lijnen" in shown_text(screen)
        assert "Bron: Grondwet, artikel 125" in shown_text(screen)
        await pilot.press("down")
        await pilot.pause()
        assert "De burgemeester is de voorzitter" in shown_text(screen)

        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is quiz
        assert quiz.round.current is question and quiz.round.answers == []
        assert quiz.query_one(ChoiceList).values == options
        assert app.focused is quiz.query_one(ChoiceList)
        await pilot.press("1")
        await pilot.pause()
        assert len(quiz.round.answers) == 1


async def test_words_from_the_file_are_plain_text(tui_app: Build) -> None:
    app = tui_app(open_ref="plein")
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("w")
        await pilot.pause()
        screen = glossary_screen(app)
        await type_text(pilot, "opmaak")
        assert listed(screen) == ["[b]opmaak[/b]"]
        terms = screen.query_one("#glossary-terms", OptionList)
        assert str(terms.get_option_at_index(0).prompt) == "[b]opmaak[/b]"
        text = shown_text(screen)
        assert text.startswith("[b]opmaak[/b]\n")
        assert "Hier staat [i]geen[/i] opmaak" in text


async def test_arrows_move_through_the_words_and_a_miss_says_so(tui_app: Build) -> None:
    app = tui_app(open_ref="plein")
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("w")
        await pilot.pause()
        screen = glossary_screen(app)
        assert shown_text(screen).startswith("[b]opmaak[/b]")
        await pilot.press("down", "down")
        await pilot.pause()
        assert shown_text(screen).startswith("burgemeester")
        await pilot.press("up", "up", "up")  # stops at the first
        await pilot.pause()
        assert shown_text(screen).startswith("[b]opmaak[/b]")
        await pilot.press("pagedown", "pagedown")  # stops at the last
        await pilot.pause()
        assert shown_text(screen).startswith("wethouder")
        await type_text(pilot, "xyz")
        assert listed(screen) == []
        assert shown_text(screen) == (
            "Geen woord gevonden met “xyz”. Probeer een deel van het woord."
        )
        await pilot.press("down", "enter")  # nothing to move to, nothing to confirm
        await pilot.pause()
        assert app.screen is screen


async def test_the_glossary_speaks_the_new_language_after_a_switch(tui_app: Build) -> None:
    app = tui_app(open_ref="plein")
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("w")
        await pilot.pause()
        screen = glossary_screen(app)
        await type_text(pilot, "amend")
        app.switch_language("en")
        await pilot.pause()
        assert listed(screen) == ["amendement"]
        assert "With an amendment you change a proposal." in shown_text(screen)
        assert str(screen.query_one("#glossary-title", Static).render()) == "Glossary"
        assert screen.query_one(Input).placeholder == "Type to search…"


@pytest.mark.parametrize("lang", ["nl", "en"])
async def test_the_glossary_footer_fits_at_80_columns(tui_app: Build, lang: str) -> None:
    app = tui_app(open_ref="plein", lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        play_footer = app.screen.query_one(GameFooter).render().plain
        assert ("w Woord" if lang == "nl" else "w Words") in play_footer
        await pilot.press("w")
        await pilot.pause()
        footer = glossary_screen(app).query_one(GameFooter)
        line = footer.render().plain
        assert [key.key for key in footer.keys] == ["down", "escape"]
        for key in footer.keys:
            assert f"{key.display} {key.description}" in line
        assert footer.size.width == 80 and len(line) <= 80


async def test_the_command_palette_opens_the_glossary(tui_app: Build) -> None:
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        assert isinstance(app.screen, HomeScreen)
        [command] = [c for c in app.get_system_commands(app.screen) if c.title == "Woordenlijst"]
        command.callback()
        await pilot.pause()
        glossary_screen(app)
        command.callback()  # never two on top of each other
        await pilot.pause()
        assert sum(isinstance(s, GlossaryScreen) for s in app.screen_stack) == 1
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)


async def test_playing_a_glossary_opens_it(tui_app: Build) -> None:
    """``burgerschap play woorden`` looks words up; there is nothing to play."""
    app = tui_app(open_ref="woorden")
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.pause()
        assert listed(glossary_screen(app))[1:3] == ["amendement", "burgemeester"]


def test_the_library_s_glossaries_are_merged_and_the_user_s_wins(tmp_path: Path) -> None:
    own = tmp_path / "library"
    own.mkdir()
    (own / "mijn-woorden.yaml").write_text(
        "format: 1\nkind: glossary\nid: mijn-woorden\ntitle: Mijn woorden\nterms:\n"
        "  - {term: Motie, text: Een verzoek van de raad., text_en: A request of the council.}\n"
        "  - {term: zetel, text: Een plek in de raad., text_en: A seat on the council.}\n",
        "utf-8",
    )
    workspace = Workspace(Locations.create(tmp_path, [(LIBRARY, "builtin"), (own, "user")]))
    before = workspace.glossary()  # read from the folders: the library is not loaded yet
    workspace.load_library()
    terms = workspace.glossary()
    assert before == terms
    assert [t.term for t in terms] == [
        "[b]opmaak[/b]",
        "amendement",
        "burgemeester",
        "gemeenteraad",
        "Motie",
        "wethouder",
        "zetel",
    ]
    assert next(t for t in terms if t.term == "Motie").text == "Een verzoek van de raad."


def test_the_browser_game_reads_the_built_in_glossary(tmp_path: Path) -> None:
    from burgerschap.tui.served import make_served_app

    app = make_served_app(tmp_path)
    assert app.workspace.library is None
    terms = app.workspace.glossary()
    assert len(terms) >= 40
    assert "EVRM" in [t.term for t in terms]


def test_the_editor_try_out_keeps_the_key_but_does_not_list_it() -> None:
    from burgerschap.tui.screens.tryout import TryoutPlayScreen

    # Textual's merged bindings of the class (private, but Textual is pinned).
    [shown] = PlayScreen._merged_bindings.key_to_bindings["w"]
    [tryout] = TryoutPlayScreen._merged_bindings.key_to_bindings["w"]
    assert (shown.action, shown.show) == ("glossary", True)
    assert (tryout.action, tryout.show) == ("glossary", False)
