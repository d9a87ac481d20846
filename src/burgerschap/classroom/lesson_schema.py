"""Migrations 2 and 3 of the store: lessons, their scenario versions, who joined and who is who.

Kept apart from :mod:`burgerschap.classroom.schema` so that module stays small;
it appends these steps to its migration list. A published migration is never
changed in what it does: a change to the schema is a new migration.

Games already carry a ``lesson_code`` (migration 1). Codes found there get a
closed lesson of their own, so that ``lesson delete`` can reach every result
that names a lesson, also those stored before lessons existed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from burgerschap.classroom.engines.base import Connection
from burgerschap.classroom.nicknames import nickname_key


def _students_from_games(conn: Connection) -> None:
    """Everyone who played under a lesson code joined that lesson, when they first started.

    Per lesson and nickname key: the smallest spelling (``MIN(nickname)`` in SQL
    compared UTF-8 bytes, which orders as Python compares code points) and the
    first start.
    """
    first: dict[tuple[str, str], tuple[str, float]] = {}
    rows = conn.execute(
        "SELECT lesson_code, nickname, started_at FROM games WHERE lesson_code IS NOT NULL"
    ).fetchall()
    for code, nickname, started in ((r[0], r[1], r[2]) for r in rows):
        key = (code, nickname_key(nickname))
        known = first.get(key)
        first[key] = (
            (nickname, started)
            if known is None
            else (min(known[0], nickname), min(known[1], started))
        )
    conn.executemany(
        "INSERT INTO lesson_students (lesson_code, nickname_key, nickname, joined_at)"
        " VALUES (?, ?, ?, ?)",
        [(code, key, nickname, joined) for (code, key), (nickname, joined) in first.items()],
    )


MIGRATION_2: Sequence[str | Callable[[Connection], None]] = (
    """CREATE TABLE lessons (
        code TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        allow_back INTEGER NOT NULL DEFAULT 1,
        show_scores INTEGER NOT NULL DEFAULT 0,
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
        created_at REAL NOT NULL,
        closed_at REAL
    )""",
    # One row per scenario version; ``document`` is the scenario as JSON, so a
    # lesson is played, reported and debriefed from exactly the version it was
    # made with, even when the file changes or leaves the library.
    """CREATE TABLE lesson_scenarios (
        lesson_code TEXT NOT NULL REFERENCES lessons (code) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        scenario_id TEXT NOT NULL,
        version INTEGER NOT NULL,
        content_hash TEXT NOT NULL,
        title TEXT NOT NULL,
        document TEXT,
        PRIMARY KEY (lesson_code, position),
        UNIQUE (lesson_code, scenario_id, version)
    )""",
    # ``nickname_key`` is the case-folded nickname: "Sam" and "sam" are one student.
    """CREATE TABLE lesson_students (
        lesson_code TEXT NOT NULL REFERENCES lessons (code) ON DELETE CASCADE,
        nickname_key TEXT NOT NULL,
        nickname TEXT NOT NULL,
        joined_at REAL NOT NULL,
        PRIMARY KEY (lesson_code, nickname_key)
    )""",
    # Set when a game came in as a hand-in file rather than being played here.
    "ALTER TABLE games ADD COLUMN imported_at REAL",
    "CREATE INDEX quiz_rounds_lesson ON quiz_rounds (lesson_code)",
    # The derived table is named ("stamps"): PostgreSQL before 16 requires it, SQLite allows it.
    """INSERT INTO lessons (code, title, status, created_at, closed_at)
        SELECT lesson_code, lesson_code, 'closed', MIN(t), MAX(t) FROM (
            SELECT lesson_code, started_at AS t FROM games WHERE lesson_code IS NOT NULL
            UNION ALL
            SELECT lesson_code, finished_at AS t FROM quiz_rounds WHERE lesson_code IS NOT NULL
        ) AS stamps GROUP BY lesson_code""",
    # Until PostgreSQL this was SQL calling nickname_key() registered as a SQLite function;
    # in Python it is the same on both engines, and it does exactly what that SQL did.
    _students_from_games,
)
"""Steps of migration 2, run in one transaction."""


def _rekey_students(conn: Connection) -> None:
    """Give every student the key of today's :func:`nickname_key`, where that key is free.

    Was ``UPDATE OR IGNORE lesson_students SET nickname_key = nickname_key(nickname)``
    on SQLite; here in Python it is the same on both engines. Rows are taken in the
    order students joined, so of two whose new keys are the same, the first to join
    gets it and the other keeps the old key (as the SQL did in insertion order).
    """
    rows = conn.execute(
        "SELECT lesson_code, nickname_key, nickname FROM lesson_students"
        " ORDER BY lesson_code, joined_at, nickname_key"
    ).fetchall()
    taken = {(r[0], r[1]) for r in rows}
    for code, old, nickname in ((r[0], r[1], r[2]) for r in rows):
        new = nickname_key(nickname)
        if new == old or (code, new) in taken:
            continue
        conn.execute(
            "UPDATE lesson_students SET nickname_key = ?"
            " WHERE lesson_code = ? AND nickname_key = ?",
            (new, code, old),
        )
        taken.discard((code, old))
        taken.add((code, new))


MIGRATION_3: Sequence[str | Callable[[Connection], None]] = (
    # Nickname keys now also fold width and look-alike letters (nicknames.nickname_key).
    # Two students whose old keys differ but whose new keys are the same ("Sam" and a
    # Cyrillic "Ѕаm") keep their old key: they stay apart, as they were. A new join
    # with either spelling meets the one that has the new key.
    _rekey_students,
    # Proof for a student who comes back (classroom.identity): hashes only.
    "ALTER TABLE lesson_students ADD COLUMN code_hash TEXT",
    "ALTER TABLE lesson_students ADD COLUMN token_hash TEXT",
    "ALTER TABLE lesson_students ADD COLUMN code_failures INTEGER NOT NULL DEFAULT 0",
    # One session per student and per game (classroom.claims); the primary key is
    # what lets only one session hold each, on every host of a school.
    """CREATE TABLE student_claims (
        lesson_code TEXT NOT NULL,
        nickname_key TEXT NOT NULL,
        session TEXT NOT NULL,
        seen_at REAL NOT NULL,
        PRIMARY KEY (lesson_code, nickname_key),
        FOREIGN KEY (lesson_code, nickname_key)
            REFERENCES lesson_students (lesson_code, nickname_key) ON DELETE CASCADE
    )""",
    "CREATE INDEX student_claims_session ON student_claims (session)",
    """CREATE TABLE game_claims (
        game_id TEXT PRIMARY KEY REFERENCES games (id) ON DELETE CASCADE,
        session TEXT NOT NULL,
        seen_at REAL NOT NULL
    )""",
    "CREATE INDEX game_claims_session ON game_claims (session)",
)
"""Steps of migration 3, run in one transaction."""
