"""Migration 2 of the store: lessons, the scenario versions they use, who joined.

Kept apart from :mod:`burgerschap.classroom.schema` so that module stays small;
it appends these steps to its migration list. A published
migration is never edited: a change to the schema is a new migration.

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
