"""A student in a lesson, through Textual's pilot: join with a code, play under the lesson's rules.

And the game in the browser (``play --served``): only joining, playing and
reflecting; no teacher mode, no editor, no own versions, no file paths, and
the teacher's settings file is neither read nor written.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Input

from burgerschap.application.lessongame import LessonGame
from burgerschap.classroom.progress import students
from burgerschap.settings import Settings, save_settings
from burgerschap.tui.app import BurgerschapApp
from burgerschap.tui.screens.ask import ChoiceDialog
from burgerschap.tui.screens.ending import EndingScreen
from burgerschap.tui.screens.home import HomeScreen
from burgerschap.tui.screens.lesson_join import LessonJoinScreen
from burgerschap.tui.screens.play import PlayScreen
from burgerschap.tui.served import ServedApp, make_served_app
from burgerschap.tui.widgets.choice_list import ChoiceList
from lesson_support import make_lesson, open_store, screen_text, text_of, wait_for

Build = Callable[..., BurgerschapApp]

# proeftuin from the start: the evening (1), the council answers the question
# (option 0, shuffled), together with the neighbours (1): the ending "Samen sterk".
TOGETHER = "einde_samen"


async def join(pilot: Any, code: str, nickname: str) -> str | None:
    """Type the code and the nickname on the join screen, as a student would.

    A new student is shown their return code: it is read (and returned) and the
    dialog closed, as a student does after writing it down.
    """
    await pilot.press(*code.lower(), "enter")
    await pilot.press(*nickname, "enter")
    await pilot.pause()
    return await write_down_code(pilot)


async def write_down_code(pilot: Any) -> str | None:
    """The return code the dialog shows, after closing it; None when there is no dialog."""
    screen = pilot.app.screen
    if not isinstance(screen, ChoiceDialog):
        return None
    found = re.search(r"^\s+([A-Z0-9]{4})$", screen.text, re.MULTILINE)
    assert found is not None, screen.text
    await pilot.press("enter")
    await pilot.pause()
    return found.group(1)


async def pick(pilot: Any, index: int) -> None:
    """Choose the choice or option with file index ``index``, wherever the shuffle put it."""
    choices = pilot.app.screen.query_one(ChoiceList)
    await pilot.press(str(choices.values.index(index) + 1))
    await pilot.pause()


async def play_together(pilot: Any) -> None:
    """From the start of proeftuin to "Samen sterk", reading every feedback."""
    app = pilot.app
    await pick(pilot, 0)  # to the evening
    await pilot.press("enter")
    await pick(pilot, 0)  # the council (right)
    await pilot.press("enter")
    await pick(pilot, 0)  # a letter together
    if not isinstance(app.screen, EndingScreen):
        await pilot.press("enter")
    await wait_for(pilot, lambda: isinstance(app.screen, EndingScreen), what="the ending")


async def test_join_and_play_a_lesson_under_its_rules(tui_app: Build, _isolated_home: Path) -> None:
    lesson = make_lesson(_isolated_home, allow_back=False, show_scores=False)
    app = tui_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: app.library_ready, what="the library")
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("l")
        assert isinstance(app.screen, LessonJoinScreen)
        # The nickname field starts with the game's own nickname.
        assert app.screen.query_one("#nickname-input", Input).value == "Sam"
        app.screen.query_one("#nickname-input", Input).value = ""
        await join(pilot, "XXXXXX", "Sam")
        assert "XXXXXX" in text_of(app.screen.query_one("#join-error"))
        app.screen.query_one("#code-input", Input).value = ""
        app.screen.query_one("#code-input", Input).focus()
        await join(pilot, lesson.code, "sam@school.nl")
        assert "e-mail" in text_of(app.screen.query_one("#join-error"))
        app.screen.query_one("#nickname-input", Input).value = ""
        app.screen.query_one("#nickname-input", Input).focus()
        await pilot.press(*"Sam  de Boer", "enter")
        await pilot.pause()
        # A new student: the return code first, to write down.
        assert isinstance(app.screen, ChoiceDialog)
        assert "Sam de Boer" in app.screen.text
        assert await write_down_code(pilot) is not None

        # One scenario in the lesson: it starts at once, from the lesson's copy.
        screen = app.screen
        assert isinstance(screen, PlayScreen)
        game = screen.play
        assert isinstance(game, LessonGame)
        assert game.lesson.code == lesson.code and game.nickname == "Sam de Boer"
        # No scores while playing, and no key to show them; no going back.
        assert not screen.query_one("#sidebar").display
        keys = {b.binding.action for b in screen.active_bindings.values()}
        assert "toggle_scores" not in keys
        await pick(pilot, 0)
        assert "Participatie" not in text_of(screen.query_one("#feedback"))
        await pilot.press("enter")
        assert not game.can_go_back
        await pilot.press("b")
        assert len(game.state.history) == 1

        await pick(pilot, 0)
        await pilot.press("enter")
        await pick(pilot, 0)
        if not isinstance(app.screen, EndingScreen):
            await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, EndingScreen), what="the ending")
        await pilot.press("w")
        await pilot.press(*"Samen lukt het beter", "enter")
        await pilot.pause()
        # The menu goes back to the lesson, not to the home screen.
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LessonJoinScreen)
        assert "klaar: Samen sterk" in screen_text(pilot)

    store = open_store(_isolated_home)
    try:
        [student] = students(store, lesson.code)
        assert student.nickname == "Sam de Boer"
        [record] = store.games(lesson_code=lesson.code)
        assert record.status == "finished" and record.ending == TOGETHER
        assert record.reflection == "Samen lukt het beter"
        assert record.ref == "proeftuin@1"
        assert [c.node for c in store.choices(record.id)] == ["begin", "avond", "buren"]
    finally:
        store.close()


async def test_scores_show_when_the_lesson_allows_and_back_works(
    tui_app: Build, _isolated_home: Path
) -> None:
    lesson = make_lesson(_isolated_home, allow_back=True, show_scores=True)
    app = tui_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: app.library_ready, what="the library")
        await pilot.press("l")
        app.screen.query_one("#nickname-input", Input).value = ""
        await join(pilot, lesson.code, "Noor")
        screen = app.screen
        assert isinstance(screen, PlayScreen)
        assert screen.query_one("#sidebar").display
        await pick(pilot, 0)
        assert "Participatie" in text_of(screen.query_one("#feedback"))
        await pilot.press("enter")
        await pilot.press("b")
        await pilot.pause()
        assert screen.play.state.node == "begin"
    store = open_store(_isolated_home)
    try:
        [record] = store.games(lesson_code=lesson.code)
        assert store.choices(record.id) == []  # the step taken back is not kept
    finally:
        store.close()


async def test_a_lesson_of_two_scenarios_lists_them_and_resumes(
    tui_app: Build, _isolated_home: Path
) -> None:
    lesson = make_lesson(_isolated_home, "proeftuin", "proefhuis")
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: app.library_ready, what="the library")
        await pilot.press("l")
        app.screen.query_one("#nickname-input", Input).value = ""
        await join(pilot, lesson.code, "Mo")
        assert isinstance(app.screen, LessonJoinScreen)
        text = screen_text(pilot)
        assert "De speeltuin gaat dicht" in text and "Het buurthuis" in text
        await pilot.press("enter")  # the first: proeftuin
        assert isinstance(app.screen, PlayScreen)
        await pick(pilot, 0)
        await pilot.press("escape")  # back to the lesson; the game is kept
        await pilot.pause()
        assert isinstance(app.screen, LessonJoinScreen)
        assert "bezig, stap 2" in screen_text(pilot)
        await pilot.press("enter")
        assert isinstance(app.screen, PlayScreen)
        assert len(app.screen.play.state.history) == 1
        await pilot.press("escape", "escape")  # the lesson, then home
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)


async def test_a_closed_lesson_cannot_be_joined(tui_app: Build, _isolated_home: Path) -> None:
    from burgerschap.classroom.lessons import close_lesson

    lesson = make_lesson(_isolated_home)
    store = open_store(_isolated_home)
    close_lesson(store, lesson.code)
    store.close()
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("l")
        await join(pilot, lesson.code, "")
        assert isinstance(app.screen, LessonJoinScreen)
        assert "gesloten" in text_of(app.screen.query_one("#join-error"))


# The browser -----------------------------------------------------------

BROWSER = "0123456789abcdef0123456789abcdef"
OTHER_BROWSER = "fedcba9876543210fedcba9876543210"


def served(home: Path, **kwargs: Any) -> ServedApp:
    kwargs.setdefault("seed", 7)
    kwargs.setdefault("blink", False)
    return make_served_app(home, **kwargs)


async def test_served_game_is_student_mode_only(_isolated_home: Path) -> None:
    # The teacher's settings, with a nickname and a PIN, are on this computer.
    save_settings(
        Settings(nickname="Juf Ans", pin_hash="scrypt$00$00", theme="default"),
        _isolated_home / "settings.json",
    )
    before = (_isolated_home / "settings.json").read_bytes()
    lesson = make_lesson(_isolated_home, show_scores=True)
    app = served(_isolated_home)
    home = str(_isolated_home)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, LessonJoinScreen)
        assert app.screen_stack == [app.screen]
        # Styled as in the terminal game (its first screen's styles load with the app's).
        form = app.screen.query_one("#join-form")
        assert form.styles.width is not None and form.styles.width.value == 64
        assert form.region.x > 0  # centred, not against the left edge
        # Not the teacher's nickname: the served game never reads the settings file.
        assert app.screen.query_one("#nickname-input", Input).value == ""
        assert home not in screen_text(pilot)
        # Keys of the home screen (teacher, own version, settings, quiz) do nothing here.
        for key in ("t", "e", "i", "q"):
            app.screen.query_one("#code-input", Input).blur()
            await pilot.press(key)
            assert app.screen_stack[-1] is app.screen and isinstance(app.screen, LessonJoinScreen)
        assert "teacher" not in app._modes
        # The command palette offers only what a student may do (looking words up too).
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert titles == [
            "Naar de les",
            "Woordenlijst",
            "Hoog contrast aan/uit",
            "Switch to English",
            "Toetsen tonen",
            "Stoppen",
        ]
        # Language and contrast work for this tab, and are never written.
        app.toggle_contrast()
        app.switch_language("en")
        await pilot.pause()
        assert app.lang == "en"

        app.screen.query_one("#code-input", Input).focus()
        await join(pilot, lesson.code, "Sam")
        await play_together(pilot)
        assert home not in screen_text(pilot)
        await pilot.press("w")
        await pilot.press(*"Together", "enter")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LessonJoinScreen)
        assert home not in screen_text(pilot)

    assert (_isolated_home / "settings.json").read_bytes() == before
    saved = json.loads(before)
    assert saved["nickname"] == "Juf Ans"
    store = open_store(_isolated_home)
    try:
        [record] = store.games(lesson_code=lesson.code)
        assert (record.nickname, record.ending, record.reflection) == ("Sam", TOGETHER, "Together")
    finally:
        store.close()


async def test_served_student_who_comes_back_continues(_isolated_home: Path) -> None:
    """A closed browser tab: the same nickname from the same browser picks up the game."""
    lesson = make_lesson(_isolated_home)
    first = served(_isolated_home, browser_token=BROWSER)
    async with first.run_test(size=(80, 24)) as pilot:
        await join(pilot, lesson.code, "Lotte")
        await pick(pilot, 0)
        await pilot.press("enter")
    second = served(_isolated_home, browser_token=BROWSER)
    async with second.run_test(size=(80, 24), notifications=True) as pilot:
        # Any spelling of the same nickname; no code needed in the same browser.
        assert await join(pilot, lesson.code, "lotte") is None
        screen = second.screen
        assert isinstance(screen, PlayScreen)
        assert screen.play.state.node == "avond"
        assert any("Welkom terug" in n.message for n in second._notifications)
    store = open_store(_isolated_home)
    try:
        assert [g.nickname for g in store.games(lesson_code=lesson.code)] == ["Lotte"]
    finally:
        store.close()


async def test_a_newcomer_with_a_classmates_nickname_is_not_let_in(_isolated_home: Path) -> None:
    """Another browser and no code: not Lotte, and not greeted as her; with her code, in."""
    lesson = make_lesson(_isolated_home)
    first = served(_isolated_home, browser_token=BROWSER)
    async with first.run_test(size=(80, 24)) as pilot:
        code = await join(pilot, lesson.code, "Lotte")
        await pick(pilot, 0)
        await pilot.press("enter")
    assert code is not None
    other = served(_isolated_home, browser_token=OTHER_BROWSER)
    async with other.run_test(size=(80, 24), notifications=True) as pilot:
        await join(pilot, lesson.code, "LOTTE")
        screen = other.screen
        assert isinstance(screen, LessonJoinScreen) and screen.membership is None
        assert "al gebruikt" in text_of(screen.query_one("#join-error"))
        assert not any("Welkom" in n.message for n in other._notifications)
        # The form now asks for the return code, and a wrong one does not open the door.
        field = screen.query_one("#return-code-input", Input)
        assert field.display and field.has_focus
        await pilot.press(*"CCCC", "enter")
        await pilot.pause()
        assert screen.membership is None
        assert "klopt niet" in text_of(screen.query_one("#join-error"))
        field.value = ""
        await pilot.press(*code.lower(), "enter")  # Lotte herself, on another computer
        await pilot.pause()
        assert isinstance(other.screen, PlayScreen)
        assert other.screen.play.state.node == "avond"
        assert any("Welkom terug, Lotte" in n.message for n in other._notifications)


async def test_a_second_window_cannot_play_the_same_student(_isolated_home: Path) -> None:
    """Kim3 plays in one tab; KIM3 in a second tab of the same browser is refused."""
    from burgerschap.classroom.lessons import join as join_store
    from burgerschap.classroom.lessons import start_game

    lesson = make_lesson(_isolated_home)
    tab = open_store(_isolated_home)  # the first tab's session
    join_store(tab, lesson.code, "Kim3", token=BROWSER)
    game_id, _, _ = start_game(tab, lesson.code, "Kim3", "proeftuin@1")
    app = served(_isolated_home, browser_token=BROWSER)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await join(pilot, lesson.code, "KIM3")
            screen = app.screen
            assert isinstance(screen, LessonJoinScreen) and screen.membership is None
            assert "Deze naam is al in gebruik" in text_of(screen.query_one("#join-error"))
            record = tab.game(game_id)
            assert record is not None and record.status == "playing"
            # The first tab is closed: now the second goes on with Kim3's game.
            tab.close()
            await pilot.press("enter")
            await pilot.pause()
            assert isinstance(app.screen, PlayScreen)
            assert app.screen.play.game_id == game_id
    finally:
        tab.close()


def test_play_served_runs_the_served_game(
    monkeypatch: pytest.MonkeyPatch, _isolated_home: Path
) -> None:
    """``play --served`` and ``BURGERSCHAP_SERVED=1`` both build the student-only game."""
    from burgerschap import cli
    from burgerschap.tui.served import BROWSER_TOKEN_ENV

    built: list[tuple[type, str, str]] = []

    def fake_run(self: BurgerschapApp, *args: Any, **kwargs: Any) -> None:
        built.append((type(self), self.lang, self.workspace.browser_token))

    monkeypatch.setattr(BurgerschapApp, "run", fake_run)
    monkeypatch.setenv(BROWSER_TOKEN_ENV, BROWSER)
    assert cli.main(["--lang", "en", "play", "--served"]) == 0
    monkeypatch.delenv(BROWSER_TOKEN_ENV)
    monkeypatch.setenv("BURGERSCHAP_SERVED", "1")
    assert cli.main(["play", "speeltuin"]) == 0
    assert [(kind, lang) for kind, lang, _ in built] == [(ServedApp, "en"), (ServedApp, "nl")]
    # The browser's token when the server passed one; otherwise one of this run only.
    assert built[0][2] == BROWSER
    assert built[1][2] != BROWSER and len(built[1][2]) == 32


def test_the_server_passes_the_browsers_token_to_its_game() -> None:
    """The page's cookie reaches the session's game in its environment, and only a token."""
    from burgerschap.tui import served as served_module
    from burgerschap.web import server

    assert server.BROWSER_TOKEN_ENV == served_module.BROWSER_TOKEN_ENV
    assert server.browser_token(BROWSER) == BROWSER
    for bad in (None, "", "x; rm -rf ~", BROWSER.upper(), BROWSER + "0", "\x1b[2J" + BROWSER):
        assert server.browser_token(bad) is None
    assert server.session_env(None, BROWSER) == {server.BROWSER_TOKEN_ENV: BROWSER}
    assert server.session_env("KMNP47", None) == {server.JOIN_CODE_ENV: "KMNP47"}
    # The page keeps the token and sends it as the cookie the server reads.
    page = (Path(server.__file__).parent / "templates" / "index.html").read_text("utf-8")
    assert f'"{server.TOKEN_COOKIE}=' in page and "localStorage" in page


async def test_keys_typed_right_after_the_code_reach_the_nickname(_isolated_home: Path) -> None:
    """A busy server handled Enter after the next keys were routed: the nickname went into
    the code field ("NF9FMCLeerli"). Keys now follow the Enter, however fast they come."""
    from textual import events

    lesson = make_lesson(_isolated_home)
    app = make_served_app(_isolated_home, lang="nl", seed=1)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        # All at once into the app's queue, as the driver delivers keys that arrive together.
        for char in f"{lesson.code}\rRobin":
            key = "enter" if char == "\r" else char.lower() if char.isupper() else char
            app.post_message(events.Key(key, char))
        await pilot.pause()
        await pilot.pause()
        assert app.screen.query_one("#code-input", Input).value == lesson.code
        assert app.screen.query_one("#nickname-input", Input).value == "Robin"
