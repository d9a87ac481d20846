"""A returning student sees the library listed in the first frame, from the last start's index.

The scan of the library runs after the first frame; until it is done the home
screen lists what it showed last time (application/home_index.py), and a choice made
from that list opens once the scan is done.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

import pytest

from burgerschap.application.home_index import INDEX_FILE
from burgerschap.application.workspace import Workspace
from burgerschap.tui.screens.home import HomeScreen
from burgerschap.tui.screens.play import PlayScreen
from burgerschap.tui.widgets.library_list import LibraryList
from lesson_support import wait_for


def _listed(app: Any) -> list[str]:
    library = app.screen.query_one(LibraryList)
    return [str(option.prompt) for option in library.options]


@pytest.fixture
def slow_scan(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Hold the library scan until the test lets it go, as a slow disk would."""
    release = threading.Event()
    scan = Workspace.load_library

    def held(self: Workspace) -> Any:
        assert release.wait(30), "the test never let the scan go"
        return scan(self)

    monkeypatch.setattr(Workspace, "load_library", held)
    return release


async def _first_start(tui_app: Any) -> list[str]:
    app = tui_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: app.library_ready, what="the library")
        await pilot.pause()
        shown = _listed(app)
    return shown


async def test_the_second_start_lists_the_library_before_the_scan(
    tui_app: Any, _isolated_home: Path, slow_scan: threading.Event
) -> None:
    slow_scan.set()
    shown = await _first_start(tui_app)
    assert (_isolated_home / INDEX_FILE).is_file()
    slow_scan.clear()
    app = tui_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert not app.library_ready  # the scan is still held
        assert app.screen.listed
        preview = _listed(app)
        assert [line.split("\n")[0] for line in preview] == [line.split("\n")[0] for line in shown]
        slow_scan.set()
        await wait_for(pilot, lambda: app.library_ready, what="the library")


async def test_a_choice_from_the_preview_opens_once_the_scan_is_done(
    tui_app: Any, _isolated_home: Path, slow_scan: threading.Event
) -> None:
    slow_scan.set()
    await _first_start(tui_app)
    slow_scan.clear()
    app = tui_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        library = app.screen.query_one(LibraryList)
        first_story = next(i for i, o in enumerate(library.options) if o.id == "scenario-0")
        library.highlighted = first_story
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)  # nothing to open yet
        slow_scan.set()
        await wait_for(pilot, lambda: isinstance(app.screen, PlayScreen), what="the story")


@pytest.mark.parametrize(
    "content",
    [
        "[" * 50_000 + "]" * 50_000,
        '{"version": 1, "lang": "nl", "rows": [{"kind": "item", "text": 5}], "files": []}',
        "niet eens json",
    ],
)
async def test_a_damaged_index_only_costs_the_preview(
    tui_app: Any, _isolated_home: Path, slow_scan: threading.Event, content: str
) -> None:
    _isolated_home.mkdir(parents=True, exist_ok=True)
    (_isolated_home / INDEX_FILE).write_text(content, "utf-8")
    app = tui_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert not app.screen.listed
        slow_scan.set()
        await wait_for(pilot, lambda: app.library_ready, what="the library")
        assert app.screen.listed


async def test_text_in_the_index_is_shown_as_it_is_written(
    tui_app: Any, _isolated_home: Path, slow_scan: threading.Event
) -> None:
    """The index is a file anyone with the folder can edit: its text is never markup."""
    _isolated_home.mkdir(parents=True, exist_ok=True)
    rows = [{"kind": "item", "text": "[@click=app.quit]Klik[/] [b]vet", "id": "scenario-0"}]
    data = {"version": 1, "lang": "nl", "rows": rows, "files": []}
    (_isolated_home / INDEX_FILE).write_text(json.dumps(data), "utf-8")
    app = tui_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert _listed(app) == ["[@click=app.quit]Klik[/] [b]vet"]
        slow_scan.set()
        await wait_for(pilot, lambda: app.library_ready, what="the library")
        assert "[@click" not in " ".join(_listed(app))
