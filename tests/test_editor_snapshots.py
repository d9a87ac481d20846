"""Screenshots of the editor at 120x36 (and 80x24), compared with the accepted SVGs.

Deterministic: the editor's own test library, a fresh data folder, no blinking
cursor, and every check of the work finished before the picture is taken.
docs/img/ holds copies of these pictures for docs/docenten.md.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from burgerschap.tui import teaching
from burgerschap.tui.widgets.node_list import NodeList
from editor_support import build, library_ready, open_in_editor, settle


def opening(node: str, tab: str | None = None) -> Any:
    async def run(pilot: Pilot[Any]) -> None:
        screen = await open_in_editor(pilot)
        screen.query_one(NodeList).select_node(node)
        await settle(pilot)
        if tab is not None:
            screen.show_tab(tab)
        await settle(pilot)

    return run


@pytest.mark.parametrize(
    "size", [pytest.param((120, 36), id="120x36"), pytest.param((80, 24), id="80x24")]
)
def test_editor_story(snap_compare: Any, _isolated_home: Path, size: Any) -> None:
    assert snap_compare(build(_isolated_home), run_before=opening("buren"), terminal_size=size)


def test_editor_map(snap_compare: Any, _isolated_home: Path) -> None:
    app = build(_isolated_home)
    assert snap_compare(app, run_before=opening("begin", "tab-map"), terminal_size=(120, 36))


def test_teacher_hub(
    snap_compare: Any, _isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Whether "Lessen" shows depends on the lessons screen being registered: not here.
    monkeypatch.setattr(teaching, "lessons_factory", lambda: None)

    async def run(pilot: Pilot[Any]) -> None:
        await library_ready(pilot)
        await pilot.press(*"2468", "enter")
        await settle(pilot)

    app = build(_isolated_home, teacher=True)
    assert snap_compare(app, run_before=run, terminal_size=(120, 36))
