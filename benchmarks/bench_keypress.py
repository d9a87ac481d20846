"""Key press to redraw in the play screen, against the same in a bare Textual app.

Both apps run in ``App.run_test`` at 80x24. For each press the benchmark
posts the key event to the app's driver (as a terminal would) and starts the
clock; it stops at the last screen update that the key caused, found by
waiting until the app is idle and taking the time of the last call to
``App._display``. Headless mode skips turning an update into terminal
escape codes, so the benchmark does that step itself (for both apps): the
figure covers handling the key, the game's work (a move is saved to SQLite
with ``synchronous=FULL`` before the screen changes), layout, rendering and
encoding. Writing the bytes to a real terminal is not included.

The game plays the built-in scenario ``hangplek``: move the highlight
(down/up), hide and show the score bars (s), take a choice (1), continue
after feedback (enter) and go back (b), many times; the bare app changes
its one line on each press. Goal: median under 50 ms.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from textual import events
from textual.app import App

sys.path.insert(0, str(Path(__file__).parent))
from tui_harness import BareApp

ROUNDS = int(os.environ.get("BURGERSCHAP_BENCH_KEY_ROUNDS", "15"))
SIZE = (80, 24)


def screen_print(app: App[Any]) -> int:
    """A fingerprint of everything the screen shows: each cell's text and style."""
    compositor = app.screen._compositor
    chops = compositor._render_chops(compositor.size.region, lambda y: True)
    return hash(
        tuple(
            tuple(
                (segment.text, segment.style)
                for strip in chop.values()
                if strip
                for segment in strip
            )
            for chop in chops
        )
    )


class Redraws:
    """Times of the app's screen updates, with the terminal encoding done as a real driver would.

    Textual often redraws a region again a frame or two after a change (a
    scrollbar re-checked, a layout confirmed) with the very same cells. Such
    a redraw is not something a student waits for, so each update is also
    compared with what the screen showed before: ``changed`` is the time of
    the last update that changed a cell. Taking that fingerprint costs time
    inside the app's loop; it is measured and taken off every later timestamp.
    """

    def __init__(self, app: App[Any]) -> None:
        self.app = app
        self.first: float | None = None
        self.last: float | None = None
        self.changed: float | None = None
        self.overhead = 0.0
        self.shown = 0
        original = app._display

        def display(screen: Any, renderable: Any) -> None:
            original(screen, renderable)
            if renderable is not None and hasattr(renderable, "render_segments"):
                renderable.render_segments(app.console)
            now = time.perf_counter() - self.overhead
            self.last = now
            if self.first is None:
                self.first = now
            started = time.perf_counter()
            shown = screen_print(app)
            if shown != self.shown:
                self.shown = shown
                self.changed = now
            self.overhead += time.perf_counter() - started

        app._display = display  # type: ignore[method-assign]

    async def press(self, pilot: Any, key: str) -> tuple[float, float, float] | None:
        """Milliseconds from sending ``key`` to its first redraw, the last that changed
        the screen, and the last of any kind. None when the key caused no redraw.
        """
        await pilot._wait_for_screen()
        self.first = self.last = self.changed = None
        self.shown = screen_print(self.app)
        self.overhead = 0.0
        char = key if len(key) == 1 else None
        start = time.perf_counter()
        self.app._driver.send_message(events.Key(key, char))  # type: ignore[union-attr]
        await pilot._wait_for_screen()
        await pilot.pause()
        await pilot._wait_for_screen()
        if self.first is None or self.last is None:
            return None
        changed = self.changed if self.changed is not None else self.first
        return (self.first - start) * 1000, (changed - start) * 1000, (self.last - start) * 1000


async def bare_presses(count: int) -> list[tuple[float, float, float]]:
    app = BareApp()
    found: list[tuple[float, float, float]] = []
    async with app.run_test(size=SIZE) as pilot:
        redraws = Redraws(app)
        for _ in range(count):
            ms = await redraws.press(pilot, "x")
            assert ms is not None, "the bare app did not redraw"
            found.append(ms)
    return found


async def game_presses(rounds: int) -> dict[str, list[tuple[float, float, float]]]:
    from burgerschap.settings import Settings, save_settings
    from burgerschap.tui.app import make_app
    from burgerschap.tui.screens.play import PlayScreen

    home = Path(tempfile.mkdtemp(prefix="burgerschap-bench-"))
    save_settings(Settings(nickname="Bench"), home / "settings.json")
    app = make_app(home, open_ref="hangplek", seed=7, blink=False)
    found: dict[str, list[tuple[float, float, float]]] = {}

    async with app.run_test(size=SIZE) as pilot:
        while not isinstance(app.screen, PlayScreen):
            await pilot.pause(0.01)
        screen = app.screen
        redraws = Redraws(app)

        async def press(key: str, label: str) -> None:
            ms = await redraws.press(pilot, key)
            assert isinstance(app.screen, PlayScreen), f"{key} left the play screen"
            if ms is not None:
                found.setdefault(label, []).append(ms)

        for _ in range(rounds):
            await press("down", "down/up: move the highlight")
            await press("up", "down/up: move the highlight")
            await press("s", "s: hide or show the scores")
            await press("s", "s: hide or show the scores")
            depth = len(screen.play.state.history)
            await press("1", "1: take a choice")
            if screen.reading:
                await press("enter", "enter: continue after feedback")
            while len(screen.play.state.history) > depth:
                await press("b", "b: back one step")
    await asyncio.sleep(0)
    return found


def _p90(values: list[float]) -> float:
    return statistics.quantiles(values, n=10)[-1] if len(values) >= 2 else values[0]


def main() -> list[dict[str, object]]:
    game = asyncio.run(game_presses(ROUNDS))
    every = [times for values in game.values() for times in values]
    bare = asyncio.run(bare_presses(len(every)))
    first = [times[0] for times in every]
    settled = [times[1] for times in every]
    last = [times[2] for times in every]
    bare_settled = statistics.median(times[1] for times in bare)
    rows: list[dict[str, object]] = [
        {
            "name": "bare app, key to redraw",
            "value": round(bare_settled, 1),
            "unit": "ms",
            "goal": "",
            "note": f"median of {len(bare)}",
        },
        {
            "name": "play screen, key to settled screen",
            "value": round(statistics.median(settled), 1),
            "unit": "ms",
            "goal": "< 50 ms",
            "note": f"last redraw that changed a cell; median of {len(every)};"
            f" p90 {_p90(settled):.0f}, max {max(settled):.0f}",
        },
        {
            "name": "  vs bare app",
            "value": round(statistics.median(settled) / bare_settled, 1),
            "unit": "x",
            "goal": "",
        },
        {
            "name": "play screen, key to first redraw",
            "value": round(statistics.median(first), 1),
            "unit": "ms",
            "goal": "",
            "note": f"p90 {_p90(first):.0f}, max {max(first):.0f}",
        },
        {
            "name": "play screen, key to last redraw",
            "value": round(statistics.median(last), 1),
            "unit": "ms",
            "goal": "",
            "note": f"also redraws that changed no cell; p90 {_p90(last):.0f}",
        },
    ]
    for label, values in game.items():
        rows.append(
            {
                "name": f"  {label}",
                "value": round(statistics.median(times[1] for times in values), 1),
                "unit": "ms",
                "goal": "",
                "note": f"settled, median of {len(values)}; first redraw"
                f" {statistics.median(times[0] for times in values):.0f} ms, last"
                f" {statistics.median(times[2] for times in values):.0f} ms",
            }
        )
    return rows


if __name__ == "__main__":
    for row in main():
        print(f"{row['name']:<40} {row['value']:>8} {row['unit']:<3} {row.get('note', '')}")
