"""Teacher mode behind the PIN: set on first use (typed twice), checked later, slowed down."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

from textual.widgets import Input, Static

from burgerschap.pin import Throttle, verify_pin
from burgerschap.tui import authoring
from burgerschap.tui.screens.home import HomeScreen
from burgerschap.tui.screens.pin import PinDialog
from burgerschap.tui.screens.teacher_hub import TeacherHubScreen
from editor_support import build, build_keeping_settings, library_ready, settle, unlock


async def test_the_pin_is_set_twice_and_only_its_hash_is_kept(_isolated_home: Path) -> None:
    app = build(_isolated_home, pin=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await library_ready(pilot)
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("t")
        await settle(pilot)
        assert isinstance(app.screen, PinDialog) and app.screen.setting
        await pilot.press(*"12", "enter")  # too short
        await settle(pilot)
        assert "4 tot 8 cijfers" in str(app.screen.query_one("#pin-error", Static).render())
        await unlock(pilot, "1357")
        await unlock(pilot, "1358")  # not the same: start again
        assert isinstance(app.screen, PinDialog)
        assert "niet gelijk" in str(app.screen.query_one("#pin-error", Static).render())
        await unlock(pilot, "1357")
        await unlock(pilot, "1357")
        assert isinstance(app.screen, TeacherHubScreen)
        assert app.current_mode == authoring.TEACHER_MODE

    saved = json.loads((_isolated_home / "settings.json").read_text("utf-8"))
    assert "1357" not in json.dumps(saved)
    assert verify_pin("1357", saved["pin_hash"])


async def test_wrong_pins_wait_longer_each_time(_isolated_home: Path) -> None:
    app = build(_isolated_home, teacher=True)
    now = [1000.0]
    async with app.run_test(size=(80, 24)) as pilot:
        authoring._throttles[app] = Throttle(clock=lambda: now[0])
        await library_ready(pilot)
        assert isinstance(app.screen, PinDialog) and not app.screen.setting
        await unlock(pilot, "0000")  # the first typo costs nothing
        field = app.screen.query_one(Input)
        assert not field.disabled
        await unlock(pilot, "0001")
        assert field.disabled  # locked for a second
        error = str(app.screen.query_one("#pin-error", Static).render())
        assert "Wacht 1 s" in error
        await pilot.press(*"2468", "enter")  # ignored while locked
        await settle(pilot)
        assert isinstance(app.screen, PinDialog)
        now[0] += 1.5
        await pilot.pause(1.1)  # the countdown timer unlocks the field
        await settle(pilot)
        assert not field.disabled
        await unlock(pilot, "0002")
        assert authoring.throttle(app).wait() == 2
        now[0] += 2.5
        await pilot.pause(1.1)
        await settle(pilot)
        await unlock(pilot)
        assert isinstance(app.screen, TeacherHubScreen)
        assert authoring.throttle(app).failures == 0

        # Leaving teacher mode closes it: coming back asks for the PIN again.
        await pilot.press("escape")
        await settle(pilot)
        assert app.current_mode == authoring.STUDENT_MODE
        await pilot.press("t")
        await settle(pilot)
        assert isinstance(app.screen, PinDialog)


async def test_escape_on_the_pin_of_burgerschap_teacher_quits(_isolated_home: Path) -> None:
    app = build(_isolated_home, teacher=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await library_ready(pilot)
        await pilot.press("escape")
        await settle(pilot)
    assert app.return_code == 0
    assert not app.is_running


def test_the_lessons_entry_shows_only_when_registered() -> None:
    factory = authoring.lessons_factory()
    try:
        authoring._lessons.clear()
        assert authoring.lessons_factory() is None
        marker = TeacherHubScreen
        authoring.register_lessons(marker)
        assert authoring.lessons_factory() is marker
    finally:
        authoring._lessons[:] = [factory] if factory else []


async def test_the_wait_after_wrong_pins_outlasts_a_restart(_isolated_home: Path) -> None:
    app = build(_isolated_home, teacher=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await library_ready(pilot)
        before = time.time()
        await unlock(pilot, "0000")
        await unlock(pilot, "0001")
    saved = json.loads((_isolated_home / "settings.json").read_text("utf-8"))
    assert saved["pin_failures"] == 2
    assert before + 1 <= saved["pin_blocked_until"] <= time.time() + 1

    # Closing the game is no way round the wait: a new start still has to wait.
    saved.update(pin_failures=7, pin_blocked_until=time.time() + 30)
    (_isolated_home / "settings.json").write_text(json.dumps(saved), "utf-8")
    again = build_keeping_settings(_isolated_home, teacher=True)
    async with again.run_test(size=(80, 24)) as pilot:
        await library_ready(pilot)
        assert isinstance(again.screen, PinDialog)
        assert again.screen.query_one(Input).disabled
        error = str(again.screen.query_one("#pin-error", Static).render())
        assert re.search(r"Wacht (29|30) s", error), error
        assert authoring.throttle(again).failures == 7
