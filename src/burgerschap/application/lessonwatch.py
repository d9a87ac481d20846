"""Following a lesson live: poll its revision, read it again only when it changed.

The dashboard and the debrief follow a lesson while they are shown. One
:class:`LessonWatch` runs in a thread of its own (the interface starts it:
:mod:`burgerschap.tui.lessonwatch`), opens its own connection to the
database (SQLite connections stay in the thread that made them), asks
:func:`burgerschap.classroom.progress.revision` every :data:`POLL` seconds
(one small query), and only when the answer changed (a student joined,
moved, finished, or the lesson closed) reads the whole picture and hands it
on. Students write from their own processes; SQLite's WAL mode lets this
reader go on while they do.

On PostgreSQL the same poll sees the students of every ``serve`` host of the
school, since they all write to the one database: no message broker, and no
connection held open per lesson. The query reads a lesson's rows through its
indexes, so a dashboard costs the database about one small statement a
second, whatever the size of the school.

No interface code here: what "hand on" means (a call on the event loop) and
when to stop (the screen went away) are given to :meth:`LessonWatch.run`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

from burgerschap.classroom.errors import ClassroomError
from burgerschap.classroom.progress import revision
from burgerschap.classroom.store import DatabaseError, Location, Store
from burgerschap.i18n import Language

T = TypeVar("T")

POLL = 1.0
"""Seconds between two looks at the lesson."""
STEP = 0.05
"""How often a waiting watch checks whether it should stop."""

Revision = tuple[int, int, float, float, float]


class Watch:
    """What a screen holds to ask for a fresh read now (after its own change)."""

    def __init__(self) -> None:
        self._wake = threading.Event()

    def refresh(self) -> None:
        """Read again now, changed or not (from any thread)."""
        self._wake.set()


class LessonWatch(Watch, Generic[T]):
    """Reads lesson ``code`` whenever it changed, in the thread that calls :meth:`run`."""

    def __init__(
        self,
        database: Location,
        code: str,
        read: Callable[[Store], T],
        *,
        poll: float = POLL,
        lang: Callable[[], Language] = lambda: "nl",
    ) -> None:
        """
        Args:
            database: The store's file or URL.
            code: The lesson to follow.
            read: Reads what is shown (in the watching thread, with its own store).
            poll: Seconds between two looks.
            lang: The language of a failure's reason, asked when it happens.
        """
        super().__init__()
        self.database = database
        self.code = code
        self.read = read
        self.poll = poll
        self.lang = lang

    def run(
        self,
        show: Callable[[T], bool],
        failed: Callable[[str], object],
        cancelled: Callable[[], bool],
    ) -> None:
        """Watch until ``cancelled()``, ``show`` returns False, or reading fails for good.

        Args:
            show: Hands a fresh read on; False when it could not (the screen is gone).
            failed: Hands on why reading failed for good (the lesson was deleted,
                the database cannot be opened); the watch then ends.
            cancelled: Whether to stop (asked at least every :data:`STEP` seconds).
        """
        try:
            store = Store(self.database)
        except (OSError, DatabaseError) as exc:
            failed(str(exc))
            return
        try:
            last: Revision | None = None
            while not cancelled():
                try:
                    current = revision(store, self.code)
                    if current != last or self._wake.is_set():
                        self._wake.clear()
                        data = self.read(store)
                        last = current
                        if not show(data):
                            return
                except ClassroomError as exc:
                    failed(exc.message(self.lang()))
                    return
                except DatabaseError:
                    pass  # busy, locked or unreachable for a moment: try again next time
                self._wait(cancelled)
        finally:
            store.close()

    def _wait(self, cancelled: Callable[[], bool]) -> None:
        """Wait :attr:`poll` seconds, less when asked to refresh or to stop."""
        waited = 0.0
        while waited < self.poll and not cancelled():
            if self._wake.wait(min(STEP, self.poll - waited)):
                return
            waited += STEP
