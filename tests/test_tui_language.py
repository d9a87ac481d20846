"""Switching the language: keys keep their message ids and are translated when drawn.

Two keys may share a translation ("Doorgaan" and "Verder" are both
"Continue"; "Opnieuw" is both "Play again" and "Redo"), so nothing may be
looked back up from a translated text: nl -> en -> nl gives the same footer.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual.message import Message
from textual.pilot import Pilot

from burgerschap.settings import Language
from burgerschap.tui.app import BurgerschapApp
from burgerschap.tui.messages import GoHome, SwitchLanguage
from burgerschap.tui.screens.play import PlayScreen
from burgerschap.tui.widgets.footer import GameFooter
from editor_support import build, open_in_editor

Build = Callable[..., BurgerschapApp]


def footer_text(app: BurgerschapApp) -> str:
    return app.screen.query_one(GameFooter).render().plain


async def switch(pilot: Pilot[Any], lang: Language) -> None:
    """Ask for ``lang`` as the settings screen and the palette do: a message to the app."""
    pilot.app.post_message(SwitchLanguage(lang))
    await pilot.pause()
    await pilot.pause()


async def round_trip(pilot: Pilot[Any]) -> tuple[str, str, str]:
    app = pilot.app
    assert isinstance(app, BurgerschapApp)
    before = footer_text(app)
    await switch(pilot, "en")
    english = footer_text(app)
    await switch(pilot, "nl")
    return before, english, footer_text(app)


async def play_screen(pilot: Pilot[Any]) -> PlayScreen:
    while not isinstance(pilot.app.screen, PlayScreen):
        await pilot.pause(0.01)
    await pilot.pause()
    return pilot.app.screen


async def test_the_play_footer_survives_nl_en_nl_while_choosing(tui_app: Build) -> None:
    app = tui_app(open_ref="plein")
    async with app.run_test(size=(100, 30)) as pilot:
        await play_screen(pilot)
        before, english, after = await round_trip(pilot)
    assert "Terug" in before or "Scores" in before
    assert "Quit" in english and "Stoppen" not in english
    assert after == before


async def test_the_play_footer_survives_nl_en_nl_while_reading(tui_app: Build) -> None:
    app = tui_app(open_ref="plein")
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await play_screen(pilot)
        await pilot.press("1")
        await pilot.pause()
        assert screen.reading
        before, english, after = await round_trip(pilot)
    assert "⏎ Verder" in before
    assert "⏎ Continue" in english
    assert after == before  # not "⏎ Doorgaan", which is also "Continue"


async def test_the_editor_footer_survives_nl_en_nl(tmp_path: Path) -> None:
    app = build(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_in_editor(pilot)
        before, english, after = await round_trip(pilot)
    assert before != english
    assert after == before


async def test_the_editor_redo_key_reads_redo_in_english(tmp_path: Path) -> None:
    app = build(tmp_path, lang="en")
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_in_editor(pilot)
        redo = screen.active_bindings["ctrl+y"].binding
        assert redo.description == "Redo"  # not "Play again", which is also "Opnieuw"
        await switch(pilot, "nl")
        assert screen.active_bindings["ctrl+y"].binding.description == "Opnieuw"
        await switch(pilot, "en")
        assert screen.active_bindings["ctrl+y"].binding.description == "Redo"


async def test_bindings_keep_their_message_ids(tui_app: Build) -> None:
    app = tui_app(open_ref="plein", lang="en")
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await play_screen(pilot)
        # Textual's merged bindings of the class (private, but Textual is pinned).
        [words] = type(screen)._merged_bindings.key_to_bindings["w"]
        assert words.description == "tui.key.glossary"
        shown = screen.active_bindings["w"]
        assert shown.binding.description == "Words"
        assert shown.tooltip == "Look up what a hard word means"


async def test_a_screen_asks_the_app_to_go_home_with_a_message(tui_app: Build) -> None:
    seen: list[Message] = []
    app = tui_app(open_ref="plein")
    async with app.run_test(size=(100, 30), message_hook=seen.append) as pilot:
        await play_screen(pilot)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, PlayScreen)
    assert any(isinstance(m, GoHome) for m in seen)


async def test_the_keys_panel_speaks_the_language_after_a_switch(tui_app: Build) -> None:
    from rich.console import Console
    from textual.widgets._key_panel import BindingsTable  # Textual is pinned

    app = tui_app(open_ref="plein")
    async with app.run_test(size=(100, 30)) as pilot:
        await play_screen(pilot)
        await switch(pilot, "en")
        app.action_show_help_panel()
        await pilot.pause()
        console = Console(width=60, record=True)
        console.print(app.screen.query_one(BindingsTable).render_bindings_table())
        text = console.export_text()
    assert "Words" in text and "Quit" in text
    assert "tui.key" not in text and "Woord" not in text
