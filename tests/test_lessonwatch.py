"""Following a lesson live without a screen: read again only when the lesson changed.

The watch runs in the test's own thread here; each look at the lesson asks
``cancelled()`` once (the poll is 0), so the test acts between two looks.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from burgerschap.application.lessonwatch import LessonWatch
from burgerschap.classroom.lessons import delete_lesson, join, require_lesson
from burgerschap.classroom.progress import students
from burgerschap.classroom.store import Store
from lesson_support import make_lesson


def scripted(steps: list[Callable[[], None]]) -> Callable[[], bool]:
    """A ``cancelled`` that does the next step before each look, and stops after the last."""
    todo = list(steps)

    def cancelled() -> bool:
        if not todo:
            return True
        todo.pop(0)()
        return False

    return cancelled


def test_the_lesson_is_read_again_only_when_it_changed(tmp_path: Path) -> None:
    lesson = make_lesson(tmp_path)
    other = Store(tmp_path / "burgerschap.sqlite3")  # a student's own process
    reads: list[int] = []
    watch = LessonWatch(
        tmp_path / "burgerschap.sqlite3",
        lesson.code,
        lambda s: len(students(s, lesson.code)),
        poll=0,
    )

    def nothing() -> None:
        pass

    def student_joins() -> None:
        join(other, lesson.code, "Noor")

    watch.run(
        lambda count: reads.append(count) is None,
        lambda reason: reads.append(-1),
        scripted([nothing, nothing, nothing, student_joins, nothing, watch.refresh, nothing]),
    )
    other.close()
    # The first look reads; a join reads again; a refresh reads again though nothing changed.
    assert reads == [0, 1, 1]


def test_the_watch_ends_when_the_screen_can_no_longer_show(tmp_path: Path) -> None:
    lesson = make_lesson(tmp_path)
    shown: list[str] = []
    watch = LessonWatch(tmp_path / "burgerschap.sqlite3", lesson.code, lambda s: "x", poll=0)
    looks: list[int] = []

    def cancelled() -> bool:
        looks.append(1)
        return len(looks) > 50  # a safety stop: the watch must end long before

    watch.run(lambda data: bool(shown.append(data)), shown.append, cancelled)
    assert shown == ["x"] and len(looks) == 1


def test_a_deleted_lesson_ends_the_watch_with_a_reason_in_the_language(tmp_path: Path) -> None:
    lesson = make_lesson(tmp_path)
    other = Store(tmp_path / "burgerschap.sqlite3")
    reasons: list[str] = []
    watch = LessonWatch(
        tmp_path / "burgerschap.sqlite3",
        lesson.code,
        lambda s: require_lesson(s, lesson.code).title,
        poll=0,
        lang=lambda: "en",
    )
    join(other, lesson.code, "Noor")  # deleting her changes what the watch looks at
    shown: list[str] = []
    steps = [lambda: None, lambda: None, lambda: delete_lesson(other, lesson.code)]
    watch.run(
        lambda title: shown.append(title) is None,
        reasons.append,
        scripted([*steps, *[lambda: None] * 5]),
    )
    other.close()
    assert shown == ["2B dinsdag"]
    [reason] = reasons
    assert lesson.code in reason and "lesson" in reason  # in English, as asked


def test_a_database_that_cannot_be_opened_is_a_reason_not_a_crash(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    reasons: list[str] = []
    watch = LessonWatch(tmp_path / "file" / "db.sqlite3", "ABCD", lambda s: 0, poll=0)
    watch.run(lambda data: True, reasons.append, lambda: False)
    assert len(reasons) == 1 and reasons[0]
