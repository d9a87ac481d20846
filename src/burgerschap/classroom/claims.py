"""Claims: one session at a time plays a student in a lesson, and writes a game.

A *session* is one running game: a browser tab of ``burgerschap serve``, or
a game in a terminal. Each :class:`~burgerschap.classroom.store.Store` has a
random session id. Before a session joins a lesson as a student, or writes a
game, it claims it: a row in ``student_claims`` or ``game_claims``, whose
primary key allows one holder. A claim is taken in one statement, an upsert
that replaces the row only when it is the session's own or has gone stale,
so two sessions that try at the same moment cannot both win. SQLite runs the
statement under its write lock; PostgreSQL runs the very same
``INSERT ... ON CONFLICT DO UPDATE ... WHERE``, with the primary key as the
unique constraint that decides (it locks the row it conflicts with, and
checks the ``WHERE`` again on what the other session committed), so the rule
holds across every ``serve`` host of a school.

A claim ends when its session releases it (the game closes, the student
leaves the lesson), when its session is gone (a session id names its
computer and process: a process of this computer that has ended holds
nothing, so a game that crashed is picked up again at once), or when its
session has been silent for :data:`LEASE_SECONDS`. A session that is still
there renews its claims every :data:`HEARTBEAT_SECONDS` (:func:`renew`), so
only a frozen one, or one on another computer that crashed, loses them so.
Leases are compared with each host's own clock: a school's hosts keep theirs
in step (NTP, see docs/deploy.md).
"""

from __future__ import annotations

import functools
import hashlib
import os
import secrets
import socket
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the game's start-up imports the timings, and must not load the store
    from burgerschap.classroom.engines.base import Connection

LEASE_SECONDS = 90.0
"""How long a claim holds without a sign of life from its session."""
HEARTBEAT_SECONDS = 20.0
"""How often a running game renews its claims: well within the lease, even on a busy server."""

_CLAIM_GAME = (
    "INSERT INTO game_claims (game_id, session, seen_at) VALUES (?, ?, ?)"
    " ON CONFLICT (game_id) DO UPDATE SET session = excluded.session, seen_at = excluded.seen_at"
    " WHERE game_claims.session = excluded.session OR game_claims.seen_at < ?"
)
_CLAIM_STUDENT = (
    "INSERT INTO student_claims (lesson_code, nickname_key, session, seen_at) VALUES (?, ?, ?, ?)"
    " ON CONFLICT (lesson_code, nickname_key) DO UPDATE"
    " SET session = excluded.session, seen_at = excluded.seen_at"
    " WHERE student_claims.session = excluded.session OR student_claims.seen_at < ?"
)


def new_session() -> str:
    """A session id: this computer (a hash of its name), this process, and a random part."""
    return f"{_host()}.{os.getpid()}.{secrets.token_hex(8)}"


def gone(session: str) -> bool:
    """Whether ``session`` was a process of this computer that has ended.

    Only this computer's processes can be looked at; a session of another
    computer, or of a process still running, is not gone (its lease decides).
    """
    host, _, rest = session.partition(".")
    pid = rest.partition(".")[0]
    if host != _host() or not pid.isdigit() or int(pid) == os.getpid():
        return False
    return not _running(int(pid))


def claim_game(conn: Connection, game_id: str, session: str, now: float) -> bool:
    """Claim (or renew) game ``game_id`` for ``session``; False when another session holds it."""
    if conn.execute(_CLAIM_GAME, (game_id, session, now, now - LEASE_SECONDS)).rowcount == 1:
        return True
    holder = conn.execute("SELECT session FROM game_claims WHERE game_id = ?", (game_id,))
    row = holder.fetchone()
    if row is None or not gone(str(row[0])):
        return False
    conn.execute("DELETE FROM game_claims WHERE game_id = ? AND session = ?", (game_id, row[0]))
    return conn.execute(_CLAIM_GAME, (game_id, session, now, now - LEASE_SECONDS)).rowcount == 1


def claim_student(conn: Connection, lesson_code: str, key: str, session: str, now: float) -> bool:
    """Claim the student with nickname key ``key`` in a lesson; False when another session has it.

    The student must have joined (a row in ``lesson_students``).
    """
    params = (lesson_code, key, session, now, now - LEASE_SECONDS)
    if conn.execute(_CLAIM_STUDENT, params).rowcount == 1:
        return True
    if student_holder(conn, lesson_code, key, now) is not None:
        return False
    return conn.execute(_CLAIM_STUDENT, params).rowcount == 1


def student_holder(conn: Connection, lesson_code: str, key: str, now: float) -> str | None:
    """The session that holds a live claim on the student, if any (a gone one is let go)."""
    row = conn.execute(
        "SELECT session FROM student_claims WHERE lesson_code = ? AND nickname_key = ?"
        " AND seen_at >= ?",
        (lesson_code, key, now - LEASE_SECONDS),
    ).fetchone()
    if row is None:
        return None
    if gone(str(row[0])):
        release_student(conn, lesson_code, key, str(row[0]))
        return None
    return str(row[0])


def renew(conn: Connection, session: str, now: float) -> None:
    """The session is still there: its claims hold for another lease."""
    conn.execute("UPDATE student_claims SET seen_at = ? WHERE session = ?", (now, session))
    conn.execute("UPDATE game_claims SET seen_at = ? WHERE session = ?", (now, session))


def release(conn: Connection, session: str) -> None:
    """The session ends: everything it claimed is free at once."""
    conn.execute("DELETE FROM student_claims WHERE session = ?", (session,))
    conn.execute("DELETE FROM game_claims WHERE session = ?", (session,))


def release_student(
    conn: Connection, lesson_code: str, key: str, session: str | None = None
) -> None:
    """Free the student in the lesson: held by ``session`` only, or by anyone (a reset)."""
    conn.execute(
        "DELETE FROM student_claims WHERE lesson_code = ? AND nickname_key = ?"
        " AND session = COALESCE(?, session)",
        (lesson_code, key, session),
    )


@functools.cache
def _host() -> str:
    """This computer, as a short hash of its name (the name itself is not stored)."""
    return hashlib.sha256(socket.gethostname().encode()).hexdigest()[:12]


def _running(pid: int) -> bool:
    """Whether a process with this id runs on this computer (when unsure: yes)."""
    if sys.platform == "win32":  # os.kill(pid, 0) would end the process on Windows
        import ctypes

        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return bool(kernel32.GetLastError() == 5)  # access denied: it runs, as someone else
        try:
            code = ctypes.c_ulong()
            ok = kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
            return not ok or code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # not ours to signal: it runs
        return True
    return not _zombie(pid)


def _zombie(pid: int) -> bool:
    """Whether the process has ended but was not reaped yet (Linux): it holds nothing.

    A game killed with its server is reparented, and in a container whose first
    process does not reap, it stays a zombie: ``kill(pid, 0)`` still finds it.
    """
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rpartition(")")[2].split()[:1] == ["Z"]
