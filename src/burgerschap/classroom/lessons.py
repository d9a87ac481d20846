"""Lessons: a title, one or more scenario versions, a join code, and the students who joined.

A teacher creates a lesson (:func:`create_lesson`) and writes its code on
the board; a student joins with the code and a nickname (:func:`join`) and
starts a game (:func:`start_game`), which the store then records move by
move. A student who comes back proves who they are with their browser or
their return code (:mod:`burgerschap.classroom.identity`); a teacher gives a
student who lost it a new one (:func:`reset_student`). Closing a lesson
stops new students and new games; games in progress can still finish, so
nobody loses the work of the last minutes.
:func:`delete_lesson` removes a lesson and everything recorded under it.

Each lesson keeps a copy of the scenario versions it was made with, checked
against their content hash, so a lesson is played and reported from exactly
that version even when the file changes or leaves the library.

The records and the reads are in :mod:`burgerschap.classroom.lesson_records`;
this module re-exports them, so it stays the one to import from.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass

from burgerschap.classroom import claims, identity
from burgerschap.classroom.codes import new_code, normalise_code
from burgerschap.classroom.errors import ClassroomError, NicknameInUse
from burgerschap.classroom.lesson_records import (
    Lesson,
    LessonScenario,
    LessonSummary,
    Membership,
    Status,
    get_lesson,
    list_lessons,
    require_lesson,
)
from burgerschap.classroom.nicknames import clean_nickname, nickname_key
from burgerschap.classroom.store import Connection, IntegrityError, Store
from burgerschap.scenario.engine import Engine, GameState
from burgerschap.scenario.loader import content_hash
from burgerschap.scenario.models import Scenario
from burgerschap.scenario.plaintext import plain_line

TITLE_MAX = 80
_CODE_ATTEMPTS = 50

__all__ = [
    "TITLE_MAX",
    "Deleted",
    "Lesson",
    "LessonScenario",
    "LessonSummary",
    "Membership",
    "Status",
    "clean_title",
    "close_lesson",
    "create_lesson",
    "delete_lesson",
    "delete_rows",
    "get_lesson",
    "join",
    "leave",
    "list_lessons",
    "require_lesson",
    "reset_student",
    "start_game",
]


def clean_title(raw: str) -> str:
    title = " ".join(plain_line(raw).split())
    if not title:
        raise ClassroomError("title_empty")
    if len(title) > TITLE_MAX:
        raise ClassroomError("title_too_long", max=TITLE_MAX)
    return title


def create_lesson(
    store: Store,
    title: str,
    scenarios: Sequence[Scenario],
    *,
    allow_back: bool = True,
    show_scores: bool = False,
) -> Lesson:
    """Create an open lesson with a fresh, unique join code.

    Raises:
        ClassroomError: for an empty or long title, no scenarios, or a version given twice.
    """
    title = clean_title(title)
    if not scenarios:
        raise ClassroomError("no_scenarios")
    refs = [s.ref for s in scenarios]
    for ref in refs:
        if refs.count(ref) > 1:
            raise ClassroomError("scenario_twice", ref=ref)
    now = time.time()
    for _ in range(_CODE_ATTEMPTS):
        code = new_code()
        try:
            with store.transaction() as conn:
                conn.execute(
                    "INSERT INTO lessons (code, title, allow_back, show_scores, created_at)"
                    " VALUES (?, ?, ?, ?, ?)",
                    (code, title, int(allow_back), int(show_scores), now),
                )
                conn.executemany(
                    "INSERT INTO lesson_scenarios (lesson_code, position, scenario_id, version,"
                    " content_hash, title, document) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [
                        (
                            code,
                            i,
                            s.id,
                            s.version,
                            content_hash(s),
                            s.title,
                            s.model_dump_json(by_alias=True),
                        )
                        for i, s in enumerate(scenarios)
                    ],
                )
        except IntegrityError:
            continue  # the code is taken: draw another
        return require_lesson(store, code)
    raise ClassroomError("no_free_code")  # pragma: no cover - 24 million codes


def close_lesson(store: Store, code: str) -> Lesson:
    """Stop new students and new games. Closing a closed lesson changes nothing."""
    lesson = require_lesson(store, code)
    with store.transaction() as conn:
        conn.execute(
            "UPDATE lessons SET status = 'closed', closed_at = ?"
            " WHERE code = ? AND status = 'open'",
            (time.time(), lesson.code),
        )
    return require_lesson(store, lesson.code)


@dataclass(frozen=True)
class Deleted:
    """What :func:`delete_lesson` removed."""

    students: int
    games: int
    choices: int
    quiz_rounds: int


def delete_lesson(store: Store, code: str) -> Deleted:
    """Remove the lesson and everything recorded under it: students, games, choices, quiz rounds.

    On SQLite the deleted rows are overwritten (``secure_delete``) and the
    write-ahead log is emptied afterwards, so the data is gone from the file,
    not just hidden; PostgreSQL vacuums the tables (see docs/privacy.md).
    """
    lesson = require_lesson(store, code)
    with store.transaction() as conn:
        deleted = delete_rows(conn, lesson.code)
    store.engine.after_delete()
    return deleted


def delete_rows(conn: Connection, code: str) -> Deleted:
    """Inside a write: delete lesson ``code`` (as stored) and every row recorded under it."""
    choices = conn.execute(
        "DELETE FROM choices WHERE game_id IN (SELECT id FROM games WHERE lesson_code = ?)",
        (code,),
    ).rowcount
    games = conn.execute("DELETE FROM games WHERE lesson_code = ?", (code,)).rowcount
    quiz = conn.execute("DELETE FROM quiz_rounds WHERE lesson_code = ?", (code,)).rowcount
    students = conn.execute("DELETE FROM lesson_students WHERE lesson_code = ?", (code,)).rowcount
    conn.execute("DELETE FROM lessons WHERE code = ?", (code,))
    return Deleted(students, games, choices, quiz)


def join(
    store: Store,
    code: str,
    nickname: str,
    *,
    token: str | None = None,
    return_code: str | None = None,
) -> Membership:
    """A student joins an open lesson, or comes back to it.

    A nickname not yet in the lesson (in any spelling) is a new student, who
    gets a return code. A nickname that is there is the same student only with
    proof: ``token``, the browser's token that joined before, or ``return_code``.
    Until the store's session leaves (:func:`leave`) or closes, no other session
    can join as this student.

    Raises:
        LessonNotFound: no lesson has this code.
        ClassroomError: the lesson is closed.
        NicknameError: the nickname may not be used.
        NicknameInUse: another window plays this student now.
        NicknameTaken: the nickname is taken and there is no (right) proof.
    """
    lesson = require_lesson(store, code)
    if not lesson.is_open:
        raise ClassroomError("lesson_closed", code=lesson.code)
    name = clean_nickname(nickname)
    with store.transaction() as conn:
        # Who comes first decides whether this is a new student: on PostgreSQL two hosts
        # may admit the same nickname at the same moment (SQLite writes one at a time).
        conn.lock(f"student {lesson.code} {nickname_key(name)}")
        admission = identity.admit(
            conn,
            lesson.code,
            name,
            session=store.session,
            now=store.clock(),
            token=token,
            return_code=return_code,
        )
    if admission.refusal is not None:
        raise admission.refusal
    store.holds_claims = True
    return Membership(lesson, admission.nickname, admission.rejoined, admission.return_code)


def leave(store: Store, code: str, nickname: str) -> None:
    """The store's session stops playing the student: another window may join as them now."""
    with store.transaction() as conn:
        claims.release_student(conn, normalise_code(code), nickname_key(nickname), store.session)


def reset_student(store: Store, code: str, nickname: str) -> str:
    """Give a student a new return code; returns it, to be passed on by the teacher.

    Raises:
        LessonNotFound: no lesson has this code.
        ClassroomError: nobody with this nickname joined the lesson.
    """
    lesson = require_lesson(store, code)
    with store.transaction() as conn:
        new = identity.reset(conn, lesson.code, nickname_key(nickname))
    if new is None:
        raise ClassroomError("not_joined", code=lesson.code, nickname=nickname)
    return new


def start_game(
    store: Store, code: str, nickname: str, ref: str, seed: int = 0
) -> tuple[str, GameState, Engine]:
    """Start a game of the lesson's version ``ref`` for a student who joined.

    Returns the game id, the first state and the engine to play it with; the
    caller records each move with :meth:`Store.record_move` and the end with
    :meth:`Store.finish_game`.
    """
    lesson = require_lesson(store, code)
    if not lesson.is_open:
        raise ClassroomError("lesson_closed", code=lesson.code)
    member = store.conn.execute(
        "SELECT nickname FROM lesson_students WHERE lesson_code = ? AND nickname_key = ?",
        (lesson.code, nickname_key(nickname)),
    ).fetchone()
    if member is None:
        raise ClassroomError("not_joined", code=lesson.code, nickname=nickname)
    # Only the window that plays the student starts their games (it renews its claim here).
    with store.transaction() as conn:
        mine = claims.claim_student(
            conn, lesson.code, nickname_key(nickname), store.session, store.clock()
        )
    if not mine:
        raise NicknameInUse()
    store.holds_claims = True
    entry = lesson.scenario(ref)
    scenario = entry.scenario if entry else None
    if entry is None or scenario is None:
        raise ClassroomError("scenario_not_in_lesson", ref=ref, code=lesson.code)
    engine = Engine(scenario)
    state = engine.new_game(seed)
    game_id = store.start_game(
        member["nickname"],
        scenario.id,
        scenario.version,
        entry.content_hash,
        state.model_dump(mode="json"),
        lesson_code=lesson.code,
    )
    return game_id, state, engine
