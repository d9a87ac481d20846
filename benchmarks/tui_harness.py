"""The measuring harness for the game's start-up, shared by the game and a bare app.

Run as a child process by ``bench_startup.py``, inside a pseudo-terminal of
80x24 (a real terminal driver, so the frame is rendered and written, not
skipped as in headless mode)::

    python tui_harness.py bare|game|game-library

The same harness starts both apps, so the figures compare like with like:

- ``bare``: :class:`BareApp`, a Textual app that shows one line.
- ``game``: the game exactly as the ``burgerschap`` command starts it
  (``burgerschap.cli.main([])``), for a returning student (a nickname is
  saved in ``BURGERSCHAP_HOME``, so the home screen comes first).
- ``game-library``: the same, but it waits until the home screen lists the
  scenarios (from the index the last start left, application/home_index.py, or from
  the scan when there is none), as the student sees it.
- ``game-scanned``: the same, until the library has been scanned and the
  list redrawn from it.

"Shown" is Textual's ``events.Ready``: the app's DOM is ready and its first
frame has been handed to the terminal. A message hook (the mechanism
``App.run_test`` uses) sees it arrive and the harness writes
``shown <peak RSS in KiB> <screen class>`` to the file descriptor in ``BENCH_FD``; the
parent stops its clock when it reads that line and then kills the child, so
shutting down is not measured.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import resource
import sys
from pathlib import Path
from typing import Any

from textual._context import active_app, message_hook
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widgets import Static


class BareApp(App[None]):
    """The baseline: one line of text, and one key that changes it."""

    BINDINGS = [Binding("x", "flip", "flip")]  # noqa: RUF012 (Textual's own style)

    def compose(self) -> ComposeResult:
        yield Static("Hoe houd je je dorp prettig om in te leven?", id="line")

    def action_flip(self) -> None:
        line = self.query_one("#line", Static)
        text = str(line.render())
        line.update(text.swapcase())


def peak_rss_kib() -> int:
    """The peak resident memory of this process since it started its program.

    ``VmHWM`` rather than ``ru_maxrss``: on Linux ``ru_maxrss`` keeps the
    high-water mark from before ``exec``, so a child of a big parent would
    report the parent's size.
    """
    with contextlib.suppress(OSError):
        for line in Path("/proc/self/status").read_text("ascii").splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _signal(fd: int) -> None:
    rss = peak_rss_kib()
    screen = type(active_app.get().screen).__name__
    os.write(fd, f"shown {rss} {screen}\n".encode())


def main() -> None:
    mode = sys.argv[1]
    fd = int(os.environ["BENCH_FD"])
    from textual import events

    def hook(message: Any) -> None:
        if not isinstance(message, events.Ready):
            return
        if mode not in ("game-library", "game-scanned"):
            _signal(fd)
            return
        app: Any = active_app.get()

        def done() -> bool:
            if mode == "game-scanned":
                return bool(app.library_ready)
            home = app.home
            return home is not None and home.listed

        if done():  # the first frame, which Ready follows, already showed the list
            _signal(fd)
            return

        async def when_listed() -> None:
            while not done():
                await asyncio.sleep(0.002)
            app.call_after_refresh(_signal, fd)

        app.call_later(when_listed)

    # A context variable set before the event loop starts is seen by every task.
    message_hook.set(hook)
    if mode == "bare":
        BareApp().run()
    else:
        from burgerschap.cli import main as cli_main

        cli_main([])


if __name__ == "__main__":
    main()
