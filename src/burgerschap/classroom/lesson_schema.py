"""Migrations 2 and 3 of the store: lessons, their scenario versions, who joined and who is who.

Kept apart from :mod:`burgerschap.classroom.store` so the store stays small;
the store appends these statements to its migration list. A published
migration is never edited: a change to the schema is a new migration.

Games already carry a ``lesson_code`` (migration 1). Codes found there get a
closed lesson of their own, so that ``lesson delete`` can reach every result
that names a lesson, also those stored before lessons existed.
"""

from __future__ import annotations

MIGRATION_2: tuple[str, ...] = (
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
    """INSERT INTO lessons (code, title, status, created_at, closed_at)
        SELECT lesson_code, lesson_code, 'closed', MIN(t), MAX(t) FROM (
            SELECT lesson_code, started_at AS t FROM games WHERE lesson_code IS NOT NULL
            UNION ALL
            SELECT lesson_code, finished_at AS t FROM quiz_rounds WHERE lesson_code IS NOT NULL
        ) GROUP BY lesson_code""",
    """INSERT INTO lesson_students (lesson_code, nickname_key, nickname, joined_at)
        SELECT lesson_code, nickname_key(nickname), MIN(nickname), MIN(started_at) FROM games
        WHERE lesson_code IS NOT NULL GROUP BY lesson_code, nickname_key(nickname)""",
)
"""Statements of migration 2, run in one transaction."""


MIGRATION_3: tuple[str, ...] = (
    # Nickname keys now also fold width and look-alike letters (nicknames.nickname_key).
    # Two students whose old keys differ but whose new keys are the same ("Sam" and a
    # Cyrillic "Ѕаm") keep their old key: they stay apart, as they were. A new join
    # with either spelling meets the one that has the new key.
    "UPDATE OR IGNORE lesson_students SET nickname_key = nickname_key(nickname)",
    # Proof for a student who comes back (classroom.identity): hashes only.
    "ALTER TABLE lesson_students ADD COLUMN code_hash TEXT",
    "ALTER TABLE lesson_students ADD COLUMN token_hash TEXT",
    "ALTER TABLE lesson_students ADD COLUMN code_failures INTEGER NOT NULL DEFAULT 0",
    # One session per student and per game (classroom.claims); the primary key is
    # what lets only one session hold each.
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
"""Statements of migration 3, run in one transaction."""
