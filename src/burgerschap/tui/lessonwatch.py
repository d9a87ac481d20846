"""A screen follows a lesson live: the Textual glue of :mod:`burgerschap.application.lessonwatch`.

The dashboard and the debrief call :func:`watch_lesson` once when they
mount. The polling (what is asked of the database, and when) is the
application layer's; here it runs in a worker thread that belongs to the
screen (it stops when the screen goes away) and hands each fresh read to the
screen on the event loop.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from textual.dom import DOMNode
from textual.worker import Worker, get_current_worker

from burgerschap.application.lessonwatch import POLL, LessonWatch, Watch
from burgerschap.classroom.store import Location, Store
from burgerschap.i18n import Language

__all__ = ["POLL", "Watch", "watch_lesson"]

T = TypeVar("T")


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

    def lang() -> Language:
        found = getattr(node.app, "lang", "nl")
        return "en" if found == "en" else "nl"

    watch = LessonWatch(database, code, read, poll=poll, lang=lang)

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

        watch.run(
            lambda data: deliver(show, data),
            lambda reason: deliver(failed, reason),
            lambda: worker.is_cancelled,
        )

    worker: Worker[None] = node.run_worker(
        run, thread=True, exclusive=True, group="lesson-watch", exit_on_error=False
    )
    return watch, worker
