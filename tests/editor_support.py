"""Helpers for the editor's pilot tests: build the app over a small library, wait, type."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual.events import Click, MouseDown, MouseMove, MouseUp
from textual.geometry import Offset
from textual.pilot import Pilot, _get_mouse_message_arguments
from textual.widget import Widget
from textual.widgets import Input, TextArea

from burgerschap.pin import hash_pin
from burgerschap.settings import Settings, save_settings
from burgerschap.tui import authoring
from burgerschap.tui.app import BurgerschapApp, make_app
from burgerschap.tui.screens.editor import CHECK_DELAY, EditorScreen
from burgerschap.tui.screens.editor_base import RECOVERY_DELAY

LIBRARY = Path(__file__).parent / "data" / "editor"
PIN = "2468"


def build(
    home: Path, *, pin: str | None = PIN, nickname: str = "Sam", **kwargs: Any
) -> BurgerschapApp:
    """The app over the editor's test library (built in) and a user library in ``home``."""
    settings = Settings(nickname=nickname, pin_hash=hash_pin(pin) if pin else None)
    save_settings(settings, home / "settings.json")
    return build_keeping_settings(home, **kwargs)


def build_keeping_settings(home: Path, **kwargs: Any) -> BurgerschapApp:
    """As :func:`build`, with the settings already saved in ``home`` (a restart)."""
    kwargs.setdefault("folders", [(LIBRARY, "builtin"), (home / "library", "user")])
    kwargs.setdefault("seed", 7)
    kwargs.setdefault("blink", False)
    return make_app(home, **kwargs)


SETTLE_LIMIT = 600.0
"""Seconds a busy machine may take to settle; beyond that something never settles."""


async def settle(pilot: Pilot[Any]) -> None:
    """Wait until workers, timers and the check of the work are done: until the editor
    (if it shows) is not rebuilding, has checked the work as it is now and has no
    recovery draft waiting. Waits for those conditions, however long a busy machine
    takes; only one that never comes fails (after :data:`SETTLE_LIMIT`)."""
    app = pilot.app
    for _ in range(3):
        await pilot.pause()
        await app.workers.wait_for_complete()
    screen = app.screen
    if isinstance(screen, EditorScreen):
        waited = 0.0
        step = min(CHECK_DELAY, RECOVERY_DELAY) / 3
        while not (
            screen.checked_revision == screen.session.revision
            and not screen.recovery_due
            and not screen.rebuilding
        ):
            assert waited < SETTLE_LIMIT, (
                f"the editor did not settle: checked {screen.checked_revision}, "
                f"revision {screen.session.revision}, recovery due {screen.recovery_due}, "
                f"rebuilding {screen.rebuilding}"
            )
            await asyncio.sleep(step)
            waited += step
            await app.workers.wait_for_complete()
            await pilot.pause()
    await pilot.pause()


async def library_ready(pilot: Pilot[Any]) -> None:
    app = pilot.app
    assert isinstance(app, BurgerschapApp)
    for _ in range(500):
        if app.library_ready:
            break
        await pilot.pause(0.01)
    await settle(pilot)


async def unlock(pilot: Pilot[Any], pin: str = PIN) -> None:
    """Type the PIN into the PIN dialog and wait for teacher mode."""
    await pilot.press(*pin, "enter")
    await settle(pilot)


def editor(app: BurgerschapApp) -> EditorScreen:
    assert isinstance(app.screen, EditorScreen), app.screen
    return app.screen


async def open_in_editor(pilot: Pilot[Any], doc_id: str = "bankje") -> EditorScreen:
    """The editor open on the library's ``doc_id``, once the library is scanned."""
    app = pilot.app
    assert isinstance(app, BurgerschapApp)
    await library_ready(pilot)
    authoring.open_editor(app, authoring.entry_session(app, app.workspace.find(doc_id)))
    await settle(pilot)
    return editor(app)


async def type_into(pilot: Pilot[Any], widget: Input | TextArea, text: str) -> None:
    """Replace the field's text the way typing would, then let the editor react."""
    widget.focus()
    await pilot.pause()
    if isinstance(widget, TextArea):
        widget.text = text
    else:
        widget.value = text
    await settle(pilot)


def field(app: BurgerschapApp, *path: str | int) -> Any:
    """The form field for ``path`` on the current screen."""
    for widget in app.screen.query("*"):
        if getattr(widget, "path", None) == tuple(path) and hasattr(widget, "parsed"):
            return widget
    raise LookupError(path)


Build = Callable[..., BurgerschapApp]


def click_at_once(app: BurgerschapApp, widget: Widget, offset: tuple[int, int]) -> None:
    """A click as a terminal sends it: at once, whatever the app is busy with.

    The pilot's ``click`` first waits until the app is idle, so it can never
    land in the middle of a rebuild; a person's click can. This sends the same
    events as the pilot, without the wait (through Textual's private helpers).
    """
    args = _get_mouse_message_arguments(widget, offset, button=1)
    app.mouse_position = Offset(args["x"], args["y"])
    for event in (MouseMove, MouseDown, MouseUp, Click):
        app.screen._forward_event(event(**({**args, "chain": 1} if event is Click else args)))
