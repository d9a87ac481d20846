"""Moving a lesson to another store: its JSON export read back in, on either engine.

A teacher prepares a lesson on a laptop (SQLite), plays it on the school's
server (PostgreSQL), and takes it back afterwards; or the other way round.
``burgerschap lesson export CODE --format json`` writes everything of the
lesson (:func:`burgerschap.classroom.export.lesson_json`, format version 2);
:func:`import_lesson` rebuilds it in another store, in one transaction, with
the same code, versions, students, games, moves and quiz rounds: exported
again, it gives the same JSON.

What is not carried: return codes and browser tokens (secrets, never
exported) and who plays at this moment (claims). A student who comes back
into an imported lesson needs a new return code from the teacher
(``lesson reset``), like a student of a lesson from before return codes.

The file is the teacher's, but it is still text from outside: it is read
with a size limit, checked field by field (an error names the file and the
field), and every text is cleaned as when it was first typed. A lesson whose
code is already in the store is refused unless ``replace`` is given; a game
that is in the store under another lesson is refused.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError

from burgerschap.classroom.codes import ALPHABET, LENGTH, normalise_code
from burgerschap.classroom.errors import ClassroomError, NicknameError
from burgerschap.classroom.export import EXPORT_FORMAT, EXPORT_VERSION
from burgerschap.classroom.handin import EARLIEST, LATEST, MAX_REFLECTION, Whole
from burgerschap.classroom.lessons import Lesson, clean_title, delete_rows, require_lesson
from burgerschap.classroom.nicknames import clean_nickname, nickname_key
from burgerschap.classroom.store import IntegrityError, Store
from burgerschap.scenario.models import REF
from burgerschap.scenario.plaintext import plain_line, plain_text

MAX_BYTES = 64 * 1024 * 1024
"""A lesson file holds its scenarios whole; a big story and a big class stay far below this."""


def _stamp(value: Any) -> Any:
    """An export's ISO time (with its offset) as seconds since 1970; anything else as given."""
    if isinstance(value, str):
        moment = datetime.fromisoformat(value)
        if moment.tzinfo is None:
            raise ValueError("a time without its offset")
        return moment.timestamp()
    return value


Moment = Annotated[
    float, BeforeValidator(_stamp), Field(ge=EARLIEST, le=LATEST, allow_inf_nan=False)
]
Name = Annotated[str, Field(max_length=200)]
Node = Annotated[str, Field(max_length=200)]


class _Model(BaseModel):
    # Derived fields of the export (titles, 0-100 scores, durations) are not read back.
    model_config = ConfigDict(extra="ignore", frozen=True)


class FileScenario(_Model):
    ref: str = Field(pattern=REF)
    title: Name
    content_hash: str = Field(pattern=r"^[0-9a-f]{16}$")
    document: dict[str, Any] | None


class FileLesson(_Model):
    code: str = Field(max_length=20)
    title: Name
    status: Literal["open", "closed"]
    allow_back: bool
    show_scores: bool
    created_at: Moment
    closed_at: Moment | None
    scenarios: list[FileScenario]


class FileStudent(_Model):
    nickname: Name
    key: Name | None = None
    joined_at: Moment


class FileMove(_Model):
    step: int = Field(ge=1, le=100_000)
    node: Node
    kind: Literal["choice", "answer"]
    option: int = Field(ge=1, le=10_001)
    target: Node
    effects: dict[str, Whole]
    correct: bool | None
    at: Moment


class FileGame(_Model):
    game: str = Field(pattern=r"^[0-9a-f]{32}$")
    nickname: Name
    scenario: str = Field(pattern=REF)
    content_hash: str = Field(max_length=64)
    status: Literal["playing", "finished", "abandoned"]
    ending: Node | None
    started_at: Moment
    finished_at: Moment | None
    updated_at: Moment
    imported_at: Moment | None
    scores: dict[str, Whole] | None
    reflection: str | None = Field(max_length=MAX_REFLECTION)
    state: dict[str, Any]
    choices: list[FileMove]


class FileQuizRound(_Model):
    id: str = Field(pattern=r"^[0-9a-f]{32}$")
    nickname: Name
    quiz: Name
    version: int = Field(ge=0, le=2**31)
    score: int = Field(ge=0, le=100_000)
    total: int = Field(ge=0, le=100_000)
    missed: list[Name]
    finished_at: Moment


class LessonFile(_Model):
    format: Literal["burgerschap-lesson-export"]
    format_version: Literal[2]
    lesson: FileLesson
    students: list[FileStudent]
    games: list[FileGame]
    quiz_rounds: list[FileQuizRound]


def is_lesson_file(path: Path) -> bool:
    """Whether ``path`` is a lesson export (it names its format near the start)."""
    try:
        with path.open("rb") as stream:
            head = stream.read(4096)
    except OSError:
        return False
    return f'"format": "{EXPORT_FORMAT}"'.encode() in head


def read_lesson_file(path: Path) -> LessonFile:
    """The lesson in an export file, checked.

    Raises:
        ClassroomError: the file cannot be read, is not a lesson export, is of a
            format version this release cannot read, or has a field that is wrong.
    """
    name = str(path)
    try:
        with path.open("rb") as stream:
            raw = stream.read(MAX_BYTES + 1)
    except OSError as exc:
        raise ClassroomError("handin_unreadable", file=name, reason=exc.strerror or exc) from exc
    if len(raw) > MAX_BYTES:
        raise ClassroomError("handin_too_large", file=name, limit=MAX_BYTES)
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise ClassroomError("handin_not_json", file=name, detail=type(exc).__name__) from exc
    if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
        raise ClassroomError("lesson_file_not_export", file=name)
    if data.get("format_version") != EXPORT_VERSION:
        raise ClassroomError("lesson_file_version", file=name, version=data.get("format_version"))
    try:
        return LessonFile.model_validate(data)
    except ValidationError as exc:
        where = ".".join(str(p) for p in exc.errors()[0]["loc"])
        raise ClassroomError("handin_invalid", file=name, field=where) from exc


def import_lesson(store: Store, path: Path, *, replace: bool = False) -> Lesson:
    """Rebuild the lesson of an export file in ``store``; returns it.

    Raises:
        ClassroomError: the file is refused (see :func:`read_lesson_file`), the
            lesson's code is taken (and ``replace`` not given), or one of its
            games is in the store under another lesson.
    """
    name = str(path)
    data = read_lesson_file(path)
    rows = _rows(data, name)
    code = rows["lessons"][0][0]
    try:
        with store.transaction() as conn:
            conn.lock(f"lesson {code}")
            taken = conn.execute("SELECT 1 FROM lessons WHERE code = ?", (code,)).fetchone()
            if taken is not None:
                if not replace:
                    raise ClassroomError("lesson_exists", code=code)
                delete_rows(conn, code)
            for table, columns in _COLUMNS.items():
                marks = ", ".join("?" for _ in columns)
                sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})"
                if rows[table]:
                    conn.executemany(sql, rows[table])
    except IntegrityError as exc:
        raise ClassroomError("lesson_file_conflict", file=name, code=code) from exc
    if taken is not None:
        store.engine.after_delete()
    return require_lesson(store, code)


_COLUMNS: dict[str, tuple[str, ...]] = {
    "lessons": (
        "code", "title", "allow_back", "show_scores", "status", "created_at", "closed_at",
    ),
    "lesson_scenarios": (
        "lesson_code", "position", "scenario_id", "version", "content_hash", "title", "document",
    ),
    "lesson_students": ("lesson_code", "nickname_key", "nickname", "joined_at"),
    "games": (
        "id", "nickname", "scenario_id", "version", "content_hash", "lesson_code", "state",
        "status", "ending", "scores", "reflection", "started_at", "updated_at", "finished_at",
        "imported_at",
    ),
    "choices": (
        "game_id", "seq", "node", "kind", "idx", "target", "effects", "correct", "at",
    ),
    "quiz_rounds": (
        "id", "nickname", "quiz_id", "version", "score", "total", "missed", "lesson_code",
        "finished_at",
    ),
}  # fmt: skip
"""Tables in the order they are filled (a reference always finds its row)."""


def _rows(data: LessonFile, name: str) -> dict[str, list[tuple[Any, ...]]]:
    """The file's lesson as rows of the store, every text cleaned as when it was typed."""
    lesson = data.lesson
    code = normalise_code(lesson.code)
    if len(code) != LENGTH or not set(code) <= set(ALPHABET):
        raise ClassroomError("handin_invalid", file=name, field="lesson.code")
    rows: dict[str, list[tuple[Any, ...]]] = {table: [] for table in _COLUMNS}
    try:
        title = clean_title(lesson.title)
    except ClassroomError as exc:
        raise ClassroomError("handin_invalid", file=name, field="lesson.title") from exc
    rows["lessons"].append(
        (
            code,
            title,
            int(lesson.allow_back),
            int(lesson.show_scores),
            lesson.status,
            lesson.created_at,
            lesson.closed_at,
        )
    )
    for position, entry in enumerate(lesson.scenarios):
        scenario_id, _, version = entry.ref.partition("@")
        document = json.dumps(entry.document, ensure_ascii=False) if entry.document else None
        rows["lesson_scenarios"].append(
            (
                code,
                position,
                scenario_id,
                int(version),
                entry.content_hash,
                plain_line(entry.title),
                document,
            )
        )
    for i, student in enumerate(data.students):
        nickname = _nickname(student.nickname, name, f"students.{i}.nickname")
        key = plain_line(student.key) if student.key else nickname_key(nickname)
        rows["lesson_students"].append((code, key, nickname, student.joined_at))
    for i, game in enumerate(data.games):
        scenario_id, _, version = game.scenario.partition("@")
        rows["games"].append(
            (
                game.game,
                _nickname(game.nickname, name, f"games.{i}.nickname"),
                scenario_id,
                int(version),
                game.content_hash,
                code,
                json.dumps(game.state),
                game.status,
                game.ending,
                # The store keeps scores with the ending: a game in progress has them in its state.
                json.dumps(game.scores)
                if game.status == "finished" and game.scores is not None
                else None,
                None if game.reflection is None else plain_text(game.reflection),
                game.started_at,
                game.updated_at,
                game.finished_at,
                game.imported_at,
            )
        )
        rows["choices"] += [
            (
                game.game,
                move.step,
                move.node,
                move.kind,
                move.option - 1,
                move.target,
                json.dumps(move.effects),
                None if move.correct is None else int(move.correct),
                move.at,
            )
            for move in game.choices
        ]
    for i, quiz in enumerate(data.quiz_rounds):
        rows["quiz_rounds"].append(
            (
                quiz.id,
                _nickname(quiz.nickname, name, f"quiz_rounds.{i}.nickname"),
                plain_line(quiz.quiz),
                quiz.version,
                quiz.score,
                quiz.total,
                json.dumps(quiz.missed),
                code,
                quiz.finished_at,
            )
        )
    return rows


def _nickname(raw: str, name: str, field: str) -> str:
    try:
        return clean_nickname(raw)
    except NicknameError as exc:
        raise ClassroomError("handin_invalid", file=name, field=field) from exc
