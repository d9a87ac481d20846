"""Who is who in a lesson: a return code and a browser token for a student who comes back.

A nickname is not a password: anyone can type a classmate's. So the first
time a student joins a lesson they get a short personal *return code*
("terugkomcode"), shown once, and the browser they joined from keeps a
random *token* (the served page stores it, see ``web/templates/index.html``).
Coming back into the lesson as that student takes one of the two: the same
browser, or the code on any other computer. The store keeps only hashes.

While a student plays, their session holds a claim on them
(:mod:`burgerschap.classroom.claims`): a second window with the same name, in
any spelling (:func:`~burgerschap.classroom.nicknames.nickname_key`), is
refused until the first one is closed or has gone silent.

After :data:`MAX_CODE_TRIES` wrong codes in a row the code no longer works
(the browser token still does); the teacher then gives the student a new code
(:func:`reset`), which also forgets the browsers the student used.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass

from burgerschap.classroom import claims
from burgerschap.classroom.codes import ALPHABET, normalise_code
from burgerschap.classroom.engines.base import Connection
from burgerschap.classroom.errors import ClassroomError, NicknameInUse, NicknameTaken
from burgerschap.classroom.nicknames import nickname_key

RETURN_CODE_LENGTH = 4
"""Four characters of the join codes' alphabet (no look-alikes, no vowels): 83,521 codes,
and at most :data:`MAX_CODE_TRIES` guesses."""
MAX_CODE_TRIES = 10
_TOKEN = re.compile(r"[0-9a-f]{32}")


def new_return_code() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(RETURN_CODE_LENGTH))


def valid_token(token: str | None) -> str | None:
    """``token`` when it has the form of a browser token (32 hex digits), else None."""
    return token if token is not None and _TOKEN.fullmatch(token) else None


def _hash(kind: str, lesson_code: str, key: str, secret: str) -> str:
    return hashlib.sha256("\x1f".join((kind, lesson_code, key, secret)).encode()).hexdigest()


def _same(stored: str | None, kind: str, lesson_code: str, key: str, secret: str | None) -> bool:
    if stored is None or not secret:
        return False
    return secrets.compare_digest(stored, _hash(kind, lesson_code, key, secret))


@dataclass(frozen=True)
class Admission:
    """What :func:`admit` decided; a refusal is raised by the caller after the commit."""

    nickname: str
    """The nickname as stored: the spelling of the student's first join."""
    rejoined: bool
    return_code: str | None = None
    """The new student's return code, in plain text this once."""
    refusal: ClassroomError | None = None


def admit(
    conn: Connection,
    lesson_code: str,
    name: str,
    *,
    session: str,
    now: float,
    token: str | None = None,
    return_code: str | None = None,
) -> Admission:
    """Let ``name`` into the lesson as a new student, or as the student who comes back.

    Run inside a write transaction. A student comes back with the token of a
    browser they used, with their return code, or from the session that
    already plays them. Wrong codes are counted even when refused, so the
    caller commits first and raises :attr:`Admission.refusal` afterwards.
    """
    key = nickname_key(name)
    token = valid_token(token)
    row = conn.execute(
        "SELECT nickname, code_hash, token_hash, code_failures FROM lesson_students"
        " WHERE lesson_code = ? AND nickname_key = ?",
        (lesson_code, key),
    ).fetchone()
    if row is None:
        code = new_return_code()
        conn.execute(
            "INSERT INTO lesson_students (lesson_code, nickname_key, nickname, joined_at,"
            " code_hash, token_hash) VALUES (?, ?, ?, ?, ?, ?)",
            (
                lesson_code,
                key,
                name,
                now,
                _hash("code", lesson_code, key, code),
                _hash("token", lesson_code, key, token) if token else None,
            ),
        )
        claims.claim_student(conn, lesson_code, key, session, now)
        return Admission(name, rejoined=False, return_code=code)
    stored = str(row["nickname"])
    holder = claims.student_holder(conn, lesson_code, key, now)
    typed = normalise_code(return_code or "")
    locked = row["code_failures"] >= MAX_CODE_TRIES
    proven = (
        holder == session
        or _same(row["token_hash"], "token", lesson_code, key, token)
        or (not locked and _same(row["code_hash"], "code", lesson_code, key, typed))
    )
    if not proven:
        if holder is not None:
            return Admission(stored, True, refusal=NicknameInUse())
        if not typed:
            return Admission(stored, True, refusal=NicknameTaken("nickname_taken"))
        conn.execute(
            "UPDATE lesson_students SET code_failures = code_failures + 1"
            " WHERE lesson_code = ? AND nickname_key = ?",
            (lesson_code, key),
        )
        locked = locked or row["code_failures"] + 1 >= MAX_CODE_TRIES
        reason = "return_code_locked" if locked else "return_code_wrong"
        return Admission(stored, True, refusal=NicknameTaken(reason))
    if not claims.claim_student(conn, lesson_code, key, session, now):
        return Admission(stored, True, refusal=NicknameInUse())
    conn.execute(
        "UPDATE lesson_students SET code_failures = 0, token_hash = COALESCE(?, token_hash)"
        " WHERE lesson_code = ? AND nickname_key = ?",
        (_hash("token", lesson_code, key, token) if token else None, lesson_code, key),
    )
    return Admission(stored, rejoined=True)


def reset(conn: Connection, lesson_code: str, key: str) -> str | None:
    """A new return code for the student (None: no such student in the lesson).

    The old code and every browser the student used stop working, and the
    student is free to join at once (a window still open loses its claim).
    """
    code = new_return_code()
    changed = conn.execute(
        "UPDATE lesson_students SET code_hash = ?, token_hash = NULL, code_failures = 0"
        " WHERE lesson_code = ? AND nickname_key = ?",
        (_hash("code", lesson_code, key, code), lesson_code, key),
    ).rowcount
    if not changed:
        return None
    claims.release_student(conn, lesson_code, key)
    return code
