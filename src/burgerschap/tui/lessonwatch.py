"""Following a lesson live: poll its revision in a thread, read it again only when it changed.

The dashboard and the debrief call :func:`watch_lesson` once when they
mount. One worker thread opens its own connection to the database (SQLite
connections stay in the thread that made them), asks
:func:`burgerschap.classroom.progress.revision` every :data:`POLL` seconds
(one small query), and only when the answer changed (a student joined,
moved, finished, or the lesson closed) reads the whole picture and hands it
to the screen on the event loop. Students write from their own processes;
SQLite's WAL mode lets this reader go on while they do.

On PostgreSQL the same poll sees the students of every ``serve`` host of the
school, since they all write to the one database: no message broker, and no
connection held open per lesson. The query reads a lesson's rows through its
indexes, so a dashboard costs the database about one small statement a
second, whatever the size of the school.

The worker belongs to the screen: it stops when the screen goes away.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, TypeVar

from textual.dom import DOMNode
from textual.worker import Worker, get_current_worker

from burgerschap.classroom.errors import ClassroomError
from burgerschap.classroom.progress import revision
from burgerschap.classroom.store import DatabaseError, Location, Store

T = TypeVar("T")

POLL = 1.0
"""Seconds between two looks at the lesson."""
_STEP = 0.05
"""The worker checks this often whether it should stop."""


class Watch:
    """What a screen holds to ask for a fresh read now (after its own change)."""

    def __init__(self) -> None:
        self.stale = False

    def refresh(self) -> None:
        self.stale = True


def watch_lesson(
    node: DOMNode,
    database: Location,
    code: str,
    read: Callable[[Store], T],
    show: Callable[[T], None],
    failed: Callable[[str], None],
    *,
    poll: float = POLL,
) -> tuple[Watch, Worker[None]]:
    """Run ``read`` in a thread whenever lesson ``code`` changes and ``show`` its result.

    Args:
        node: The screen the worker belongs to.
        database: The store's file or URL.
        code: The lesson to follow.
        read: Reads what the screen shows (in the worker thread, with its own store).
        show: Shows it (called on the event loop).
        failed: Called on the event loop with a reason when reading fails for good
            (the lesson was deleted, the database cannot be opened).
        poll: Seconds between two looks.
    """
    watch = Watch()

    def run() -> None:
        worker = get_current_worker()
        app = node.app

        def deliver(callback: Callable[..., Any], *args: Any) -> bool:
            if worker.is_cancelled:
                return False
            try:
                app.call_from_thread(callback, *args)
            except RuntimeError:  # the app is shutting down
                return False
            return True

        try:
            store = Store(database)
        except (OSError, DatabaseError) as exc:
            deliver(failed, str(exc))
            return
        try:
            last: tuple[int, int, float, float, float] | None = None
            while not worker.is_cancelled:
                try:
                    current = revision(store, code)
                    if current != last or watch.stale:
                        watch.stale = False
                        data = read(store)
                        last = current
                        if not deliver(show, data):
                            return
                except ClassroomError as exc:
                    deliver(failed, exc.message(getattr(app, "lang", "nl")))
                    return
                except DatabaseError:
                    pass  # busy, locked or unreachable for a moment: try again next time
                waited = 0.0
                while waited < poll and not worker.is_cancelled and not watch.stale:
                    time.sleep(_STEP)
                    waited += _STEP
        finally:
            store.close()

    worker: Worker[None] = node.run_worker(
        run, thread=True, exclusive=True, group="lesson-watch", exit_on_error=False
    )
    return watch, worker
