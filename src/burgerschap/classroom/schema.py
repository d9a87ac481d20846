"""The store's schema: one versioned list of migrations, run by both engines.

A migration is a list of steps run in one transaction; the database records
how many migrations it has had (SQLite in ``PRAGMA user_version``,
PostgreSQL in a one-row table ``schema_version``), and opening a store runs
whatever is missing. A published migration is never changed in what it does:
a change to the schema is a new migration at the end.

Why a list of SQL steps and not a migration tool: the schema is small, both
engines speak nearly the same SQL, the store must create itself on first use
with nothing to install or run, and several processes (a class) or hosts (a
school) may open a new database at the same moment, so each step must take
the engine's own write lock and check the version again under it (see
``migrate`` in each engine). A tool would add a dependency and a separate
command for a handful of ``CREATE TABLE`` statements.

The dialects differ in little, and each difference is written down once, in
:mod:`burgerschap.classroom.engines.base` (the steps a migration is made of, and
:func:`~burgerschap.classroom.engines.base.run_migration`, which both engines call):

- Column types are written as SQLite's ``INTEGER`` and ``REAL``; on
  PostgreSQL :func:`~burgerschap.classroom.engines.base.postgres_ddl` makes them
  ``BIGINT`` (SQLite's integers have 64 bits) and ``DOUBLE PRECISION``
  (PostgreSQL's ``REAL`` has only 24 bits of mantissa: a time stamp would lose
  its minutes).
- A statement the engines spell differently is a
  :class:`~burgerschap.classroom.engines.base.Dialects` pair.
- A step that needs Python (a nickname's key is computed by
  :func:`~burgerschap.classroom.nicknames.nickname_key`, which is no SQL
  function on PostgreSQL) is a function of the connection, so it does exactly
  the same on both.
- Placeholders (``?`` against ``%s``) are the engine's business, in every
  query, not only here.
- No table has a key the database counts up (``INTEGER PRIMARY KEY`` against
  an identity column): games and quiz rounds get a UUID from the program,
  everything else has a natural key, so a lesson keeps its ids in any store.
- Write transactions: SQLite's ``BEGIN IMMEDIATE`` lets one writer at a time;
  PostgreSQL runs writers side by side, so a transaction that reads and then
  writes on what it read takes a named lock first (``Connection.lock``: an
  advisory lock on PostgreSQL, nothing on SQLite), and one-holder rules are
  unique keys with ``INSERT ... ON CONFLICT``, decided by the database.
"""

from __future__ import annotations

from burgerschap.classroom.engines.base import Migration
from burgerschap.classroom.lesson_schema import MIGRATION_2, MIGRATION_3

MIGRATION_1: Migration = (
    # games, their choices, quiz rounds.
    """CREATE TABLE games (
        id TEXT PRIMARY KEY,
        nickname TEXT NOT NULL,
        scenario_id TEXT NOT NULL,
        version INTEGER NOT NULL,
        content_hash TEXT NOT NULL,
        lesson_code TEXT,
        state TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'playing'
            CHECK (status IN ('playing', 'finished', 'abandoned')),
        ending TEXT,
        scores TEXT,
        reflection TEXT,
        started_at REAL NOT NULL,
        updated_at REAL NOT NULL,
        finished_at REAL
    )""",
    "CREATE INDEX games_nickname ON games (nickname, status)",
    "CREATE INDEX games_lesson ON games (lesson_code)",
    """CREATE TABLE choices (
        game_id TEXT NOT NULL REFERENCES games (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        node TEXT NOT NULL,
        kind TEXT NOT NULL,
        idx INTEGER NOT NULL,
        target TEXT NOT NULL,
        effects TEXT NOT NULL,
        correct INTEGER,
        at REAL NOT NULL,
        PRIMARY KEY (game_id, seq)
    )""",
    """CREATE TABLE quiz_rounds (
        id TEXT PRIMARY KEY,
        nickname TEXT NOT NULL,
        quiz_id TEXT NOT NULL,
        version INTEGER NOT NULL,
        score INTEGER NOT NULL,
        total INTEGER NOT NULL,
        missed TEXT NOT NULL,
        lesson_code TEXT,
        finished_at REAL NOT NULL
    )""",
)

MIGRATIONS: list[Migration] = [
    MIGRATION_1,
    # 2: lessons, their scenario versions and students (see lesson_schema).
    MIGRATION_2,
    # 3: look-alike nicknames are one; return codes, browser tokens, claims (see lesson_schema).
    MIGRATION_3,
]
"""Every migration, in order; a database at version N has had the first N."""
