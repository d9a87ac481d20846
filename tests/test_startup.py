"""What the game does on its way to the first frame, and undoes after it.

The speed itself is measured in benchmarks/bench_startup.py; these tests check
that what start-up defers or pauses comes back once the home screen is up.
"""

from __future__ import annotations

import asyncio
import gc
from typing import Any

import pytest

import burgerschap.tui.app as app_module
from burgerschap.launch import play
from lesson_support import wait_for


def test_the_collector_is_paused_until_the_first_frame(
    monkeypatch: pytest.MonkeyPatch, tui_app: Any
) -> None:
    seen: dict[str, bool] = {}
    real_make_app = app_module.make_app

    def make_app(**kwargs: Any) -> Any:
        monkeypatch.setattr(app_module, "make_app", real_make_app)  # tui_app builds with it
        app = tui_app(**kwargs)

        async def drive() -> None:
            seen["while starting"] = gc.isenabled()
            async with app.run_test() as pilot:
                await wait_for(pilot, lambda: app.library_ready, what="the library")
                seen["once shown"] = gc.isenabled()

        app.run = lambda: asyncio.run(drive())
        return app

    monkeypatch.setattr(app_module, "make_app", make_app)
    assert gc.isenabled()
    frozen = gc.get_freeze_count()
    try:
        assert play.start("nl") == 0
        assert seen == {"while starting": False, "once shown": True}
        assert gc.isenabled()
        assert gc.get_freeze_count() > frozen  # what the start made is not scanned again
    finally:
        gc.unfreeze()  # this test's process goes on to other tests


def test_the_collector_runs_again_when_the_game_fails_to_start(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def make_app(**kwargs: Any) -> Any:
        raise OSError("no terminal")

    monkeypatch.setattr(app_module, "make_app", make_app)
    with pytest.raises(OSError):
        play.start("nl")
    assert gc.isenabled()


async def test_the_claims_heartbeat_beats_once_the_home_screen_is_up(
    monkeypatch: pytest.MonkeyPatch, tui_app: Any
) -> None:
    """Started after the first frame (its import costs start-up time), but started."""
    from burgerschap.application.workspace import Workspace
    from burgerschap.classroom import claims

    beats: list[float] = []
    monkeypatch.setattr(claims, "HEARTBEAT_SECONDS", 0.05)
    monkeypatch.setattr(Workspace, "heartbeat", lambda self: beats.append(1.0))
    app = tui_app()
    async with app.run_test() as pilot:
        await wait_for(pilot, lambda: len(beats) >= 2, what="two heartbeats")
