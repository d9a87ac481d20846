"""Screenshots of the game at 80x24 and 120x36, compared with the accepted SVGs.

Deterministic: a fixed seed, a fresh data folder per test (conftest), the
test library instead of the built-in content, and no blinking cursor.
Update with ``pytest tests/test_tui_snapshots.py --snapshot-update`` and look
at the SVGs before committing them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import OptionList

from burgerschap.tui.app import BurgerschapApp
from burgerschap.tui.widgets.choice_list import ChoiceList

SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((120, 36), id="120x36")]


async def ready(pilot: Pilot[Any]) -> None:
    app = pilot.app
    assert isinstance(app, BurgerschapApp)
    await app.workers.wait_for_complete()
    while not app.library_ready:
        await pilot.pause(0.01)
    await pilot.pause()


def opening(option_id: str, *keys: str) -> Callable[[Pilot[Any]], Any]:
    """Wait for the library, open ``option_id``, press ``keys``."""

    async def run(pilot: Pilot[Any]) -> None:
        await ready(pilot)
        library = pilot.app.screen.query_one("#library", OptionList)
        library.highlighted = library.get_option_index(option_id)
        await pilot.press("enter")
        await pilot.pause()
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
        await pilot.pause()

    return run


@pytest.mark.parametrize("size", SIZES)
def test_home(snap_compare: Any, tui_app: Callable[..., BurgerschapApp], size: Any) -> None:
    assert snap_compare(tui_app(), terminal_size=size, run_before=ready)


@pytest.mark.parametrize("size", SIZES)
def test_play(snap_compare: Any, tui_app: Callable[..., BurgerschapApp], size: Any) -> None:
    assert snap_compare(tui_app(), terminal_size=size, run_before=opening("scenario-1"))


@pytest.mark.parametrize("size", SIZES)
def test_feedback(snap_compare: Any, tui_app: Callable[..., BurgerschapApp], size: Any) -> None:
    assert snap_compare(tui_app(), terminal_size=size, run_before=opening("scenario-1", "1"))


@pytest.mark.parametrize("size", SIZES)
def test_question_feedback(
    snap_compare: Any, tui_app: Callable[..., BurgerschapApp], size: Any
) -> None:
    run = opening("scenario-1", "1", "enter", "1", "enter", "2")
    assert snap_compare(tui_app(), terminal_size=size, run_before=run)


@pytest.mark.parametrize("size", SIZES)
def test_ending(snap_compare: Any, tui_app: Callable[..., BurgerschapApp], size: Any) -> None:
    run = opening("scenario-1", "1", "enter", "2", "enter")
    assert snap_compare(tui_app(), terminal_size=size, run_before=run)


@pytest.mark.parametrize("size", SIZES)
def test_quiz(snap_compare: Any, tui_app: Callable[..., BurgerschapApp], size: Any) -> None:
    assert snap_compare(tui_app(), terminal_size=size, run_before=opening("quiz-0"))


@pytest.mark.parametrize("size", SIZES)
def test_quiz_answer(snap_compare: Any, tui_app: Callable[..., BurgerschapApp], size: Any) -> None:
    assert snap_compare(tui_app(), terminal_size=size, run_before=opening("quiz-0", "2"))


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_glossary(snap_compare: Any, tui_app: Callable[..., BurgerschapApp], lang: str) -> None:
    """The glossary over a story: filtered with "ra", the first match's meaning shown."""
    run = opening("scenario-1", "w", "r", "a")
    assert snap_compare(tui_app(lang=lang), terminal_size=(80, 24), run_before=run)


def test_high_contrast_play(snap_compare: Any, tui_app: Callable[..., BurgerschapApp]) -> None:
    app = tui_app()
    app.set_theme_setting("high-contrast")
    assert snap_compare(app, terminal_size=(80, 24), run_before=opening("scenario-1", "1"))


def test_english_home(snap_compare: Any, tui_app: Callable[..., BurgerschapApp]) -> None:
    assert snap_compare(tui_app(lang="en"), terminal_size=(80, 24), run_before=ready)


def test_served_join(snap_compare: Any, _isolated_home: Any) -> None:
    """The browser's first screen, as the terminal would show it at 80x24."""
    from burgerschap.tui.served import make_served_app

    app = make_served_app(_isolated_home, seed=7, blink=False)
    assert snap_compare(app, terminal_size=(80, 24))


LONGEST = Path(__file__).parent / "data" / "tui" / "longest"
"""A copy of the built-in question with the longest explanation and source (azc's vraag_art7)."""


async def _answer_the_longest(pilot: Pilot[Any]) -> None:
    """Open the copy of the longest question, answer it right, and read on to its end."""
    await opening("scenario-0")(pilot)
    node = pilot.app.screen.play.scenario.nodes["vraag_art7"]
    right = next(i for i, o in enumerate(node.options) if o.correct)
    choices = pilot.app.screen.query_one(ChoiceList)
    await pilot.press(str(choices.values.index(right) + 1))
    await pilot.pause()
    # At 80x24 it does not fit: PgDn reads on to the source; the hint stays in view.
    for _ in range(3):
        await pilot.press("pagedown")
        await pilot.pause()
    await pilot.pause()


@pytest.mark.parametrize("size", SIZES)
def test_longest_question_feedback(
    snap_compare: Any, tui_app: Callable[..., BurgerschapApp], size: Any
) -> None:
    """The end of the feedback: its source line and the hint to continue, also at 80x24."""
    app = tui_app(folders=[(LONGEST, "builtin")])
    assert snap_compare(app, terminal_size=size, run_before=_answer_the_longest)
