"""Helpers for lesson screen tests: a lesson of the classroom test scenarios, waiting, text."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual.pilot import Pilot
from textual.widget import Widget

from burgerschap.classroom.lessons import Lesson, create_lesson
from burgerschap.classroom.store import Store
from burgerschap.scenario.loader import load_file
from burgerschap.scenario.models import Scenario

CLASSROOM = Path(__file__).parent / "data" / "classroom"


def scenario(name: str = "proeftuin") -> Scenario:
    doc = load_file(CLASSROOM / f"{name}.yaml").document
    assert isinstance(doc, Scenario)
    return doc


def open_store(home: Path) -> Store:
    return Store(home / "burgerschap.sqlite3")


def make_lesson(
    home: Path,
    *names: str,
    title: str = "2B dinsdag",
    allow_back: bool = True,
    show_scores: bool = False,
) -> Lesson:
    """A lesson in the data folder ``home`` of the classroom test scenarios (default proeftuin)."""
    store = open_store(home)
    try:
        return create_lesson(
            store,
            title,
            [scenario(n) for n in names or ("proeftuin",)],
            allow_back=allow_back,
            show_scores=show_scores,
        )
    finally:
        store.close()


async def wait_for(
    pilot: Pilot[Any], condition: Callable[[], bool], timeout: float = 10.0, what: str = ""
) -> None:
    """Let the app run until ``condition()`` holds (a watcher thread may need a poll or two)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            raise AssertionError(f"timed out waiting for {what or condition}")
        await pilot.pause(0.05)
    await pilot.pause()


def text_of(widget: Widget) -> str:
    """What a Static-like widget shows, as plain text."""
    return str(widget.render())


def screen_text(pilot: Pilot[Any]) -> str:
    """Every character on the screen, line by line (Textual is pinned; the compositor is stable)."""
    strips = pilot.app.screen._compositor.render_strips()
    return "\n".join(strip.text for strip in strips)
