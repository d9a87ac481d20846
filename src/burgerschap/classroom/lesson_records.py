"""A lesson as the store holds it, and reading lessons back.

The records (:class:`Lesson` with its :class:`LessonScenario` copies, a
student's :class:`Membership`, a :class:`LessonSummary` line) and the reads
(:func:`get_lesson`, :func:`require_lesson`, :func:`list_lessons`). What
changes a lesson, and the students' joining and playing, is in
:mod:`burgerschap.classroom.lessons`, which re-exports all of this: import
from there.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

from pydantic import ValidationError

from burgerschap.classroom.codes import normalise_code
from burgerschap.classroom.errors import LessonNotFound
from burgerschap.classroom.store import Row, Store
from burgerschap.scenario.models import Scenario

Status = Literal["open", "closed"]


@dataclass(frozen=True)
class LessonScenario:
    """One scenario version of a lesson, with its stored copy."""

    scenario_id: str
    version: int
    content_hash: str
    title: str
    document: str | None = field(default=None, repr=False)
    """The scenario as JSON; ``None`` only for lessons made before migration 2."""

    @property
    def ref(self) -> str:
        return f"{self.scenario_id}@{self.version}"

    @cached_property
    def scenario(self) -> Scenario | None:
        """The stored copy; ``None`` when there is none or this version of the game cannot read it.

        The copy is not checked against ``content_hash`` again: the hash was
        computed from it when the lesson was made, and a later release may
        add fields with defaults, which changes the hash but not the story.
        """
        if self.document is None:
            return None
        try:
            return Scenario.model_validate_json(self.document)
        except ValidationError:
            return None


@dataclass(frozen=True)
class Lesson:
    code: str
    title: str
    allow_back: bool
    """Whether students may go back a step (only where the scenario allows it too)."""
    show_scores: bool
    """Whether students see their scores while they play."""
    status: Status
    created_at: float
    closed_at: float | None
    scenarios: tuple[LessonScenario, ...]

    @property
    def is_open(self) -> bool:
        return self.status == "open"

    def scenario(self, ref: str) -> LessonScenario | None:
        """The lesson's version ``id@N``; a bare ``id`` when the lesson has one version of it."""
        matches = [s for s in self.scenarios if ref in (s.ref, s.scenario_id)]
        return matches[0] if len(matches) == 1 else None

    def allows_back(self, scenario: Scenario) -> bool:
        """Going back is allowed only when both the lesson and the scenario allow it."""
        return self.allow_back and scenario.allow_back


@dataclass(frozen=True)
class Membership:
    """A student in a lesson. ``rejoined``: the student was there before (and proved it)."""

    lesson: Lesson
    nickname: str
    rejoined: bool
    return_code: str | None = None
    """A new student's return code, to show once; it is stored only as a hash."""


@dataclass(frozen=True)
class LessonSummary:
    """A line of ``lesson list``."""

    lesson: Lesson
    students: int
    games: int
    finished: int


def get_lesson(store: Store, code: str) -> Lesson | None:
    """The lesson with this code (as typed: case, spaces and dashes do not matter)."""
    code = normalise_code(code)
    row = store.conn.execute("SELECT * FROM lessons WHERE code = ?", (code,)).fetchone()
    if row is None:
        return None
    rows = store.conn.execute(
        "SELECT * FROM lesson_scenarios WHERE lesson_code = ? ORDER BY position", (code,)
    ).fetchall()
    return _lesson(row, rows)


def require_lesson(store: Store, code: str) -> Lesson:
    """As :func:`get_lesson`; raises :class:`LessonNotFound` when there is none."""
    lesson = get_lesson(store, code)
    if lesson is None:
        raise LessonNotFound(normalise_code(code))
    return lesson


def list_lessons(store: Store) -> list[LessonSummary]:
    """Every lesson with its counts, newest first."""
    rows = store.conn.execute(
        "SELECT l.*,"
        " (SELECT COUNT(*) FROM lesson_students s WHERE s.lesson_code = l.code) AS n_students,"
        " (SELECT COUNT(*) FROM games g WHERE g.lesson_code = l.code) AS n_games,"
        " (SELECT COUNT(*) FROM games g WHERE g.lesson_code = l.code"
        "   AND g.status = 'finished') AS n_finished"
        " FROM lessons l ORDER BY l.created_at DESC, l.code"
    ).fetchall()
    scenario_rows = store.conn.execute(
        "SELECT * FROM lesson_scenarios ORDER BY lesson_code, position"
    ).fetchall()
    by_code: dict[str, list[Row]] = {}
    for r in scenario_rows:
        by_code.setdefault(r["lesson_code"], []).append(r)
    return [
        LessonSummary(
            _lesson(r, by_code.get(r["code"], [])), r["n_students"], r["n_games"], r["n_finished"]
        )
        for r in rows
    ]


def _lesson(row: Row, scenario_rows: Sequence[Row]) -> Lesson:
    return Lesson(
        code=row["code"],
        title=row["title"],
        allow_back=bool(row["allow_back"]),
        show_scores=bool(row["show_scores"]),
        status=row["status"],
        created_at=row["created_at"],
        closed_at=row["closed_at"],
        scenarios=tuple(
            LessonScenario(
                r["scenario_id"], r["version"], r["content_hash"], r["title"], r["document"]
            )
            for r in scenario_rows
        ),
    )
