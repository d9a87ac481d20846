"""The game's footer: every key fits at 80 columns, and a click on a key presses it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from textual.pilot import Pilot

from burgerschap.tui.app import BurgerschapApp
from burgerschap.tui.screens.play import PlayScreen
from burgerschap.tui.widgets.footer import GameFooter, Key, layout

KEYS = [
    Key("enter", "⏎", "Open"),
    Key("q", "q", "Quiz"),
    Key("i", "i", "Instellingen"),
    Key("ctrl+q", "^q", "Stoppen"),
]
PALETTE = Key("ctrl+p", "^p", "Alle acties")


def test_roomy_when_there_is_space() -> None:
    line = layout(KEYS, PALETTE, 70)
    assert line.content.plain == (
        " ⏎ Open  q Quiz  i Instellingen  ^q Stoppen " + " " * 10 + "▏^p Alle acties "
    )


def test_narrower_lines_give_up_space_then_the_palette_text_then_keys() -> None:
    compact = layout(KEYS, PALETTE, 56).content.plain
    assert compact == " ⏎ Open q Quiz i Instellingen ^q Stoppen ▏^p Alle acties"
    palette_alone = layout(KEYS, PALETTE, 45).content.plain
    assert "^q Stoppen" in palette_alone
    assert palette_alone.endswith("▏^p")
    dropped = layout(KEYS, PALETTE, 30).content.plain
    assert "Stoppen" not in dropped
    assert dropped.startswith(" ⏎ Open q Quiz")
    assert dropped.endswith("▏^p")


@pytest.mark.parametrize("width", range(4, 100))
def test_the_line_never_overflows_and_keeps_its_order(width: int) -> None:
    line = layout(KEYS, PALETTE, width)
    assert line.content.cell_length <= width
    shown = [key.key for _, _, key in line.spans]
    assert shown == [key.key for key in KEYS[: len(shown) - 1]] + [PALETTE.key]


def test_each_cell_of_a_key_belongs_to_it() -> None:
    line = layout(KEYS, PALETTE, 70)
    text = line.content.plain
    for key in [*KEYS, PALETTE]:
        start = text.index(f"{key.display} {key.description}")
        for x in range(start, start + len(key.display) + 1 + len(key.description)):
            assert line.key_at(x) == key, (key, x)
    assert line.key_at(len(" ⏎ Open  q Quiz  i Instellingen  ^q Stoppen ") + 3) is None


async def shown_everywhere(pilot: Pilot[Any]) -> dict[str, str]:
    """The footer's line on each main screen, after playing to it."""
    app = pilot.app
    lines: dict[str, str] = {}

    async def note(label: str) -> None:
        await pilot.pause()
        footer = app.screen.query_one(GameFooter)
        line = footer.render().plain
        for key in footer.keys:
            assert f"{key.display} {key.description}" in line, (label, key, line)
        lines[label] = line

    while not isinstance(app.screen, PlayScreen):
        await pilot.pause(0.01)
    await note("play")
    await pilot.press("1")
    await note("feedback")
    await pilot.press("escape")
    await note("home")
    await pilot.press("q")
    await note("quiz")
    await pilot.press("1")
    await note("quiz answered")
    return lines


@pytest.mark.parametrize("lang", ["nl", "en"])
async def test_every_key_is_shown_at_80_columns(
    tui_app: Callable[..., BurgerschapApp], lang: str
) -> None:
    app = tui_app(lang=lang, open_ref="plein")
    async with app.run_test(size=(80, 24)) as pilot:
        lines = await shown_everywhere(pilot)
    assert all(len(line) == 80 for line in lines.values())
    assert ("⏎ Verder" if lang == "nl" else "⏎ Continue") in lines["feedback"]


async def test_clicking_a_key_presses_it(tui_app: Callable[..., BurgerschapApp]) -> None:
    app = tui_app(open_ref="plein")
    async with app.run_test(size=(100, 30)) as pilot:
        while not isinstance(app.screen, PlayScreen):
            await pilot.pause(0.01)
        await pilot.pause()
        sidebar = app.screen.query_one("#sidebar")
        assert sidebar.display
        footer = app.screen.query_one(GameFooter)
        x = footer.render().plain.index("s Scores")
        await pilot.hover(GameFooter, offset=(x, 0))
        assert footer.tooltip == "Scores"  # the key's own tip, or its description
        await pilot.click(GameFooter, offset=(x, 0))
        await pilot.pause()
        assert not sidebar.display
