"""The PostgreSQL engine: one database for a whole school, shared by several ``serve`` hosts.

Chosen with ``BURGERSCHAP_DATABASE_URL=postgresql://...`` (or ``--database``);
needs the optional ``postgres`` extra (psycopg 3). Each store holds one
connection in autocommit mode: a read is its own statement, a write is one
explicit transaction (:meth:`PostgresEngine.transaction`), exactly as the
SQLite store does it.

Differences with SQLite that the store relies on, and how they are met:

- SQLite runs one write transaction at a time; PostgreSQL runs them side by
  side at READ COMMITTED. Every write of the store is a single-row change, an
  upsert (``INSERT ... ON CONFLICT``, decided by a unique key) or guarded by
  one; where a transaction reads and then writes on what it read, it takes
  :meth:`_Connection.lock` first (a transaction-scoped advisory lock, which
  PostgreSQL releases at commit, rollback, or when the connection drops).
- Migrations take one fixed advisory lock, so hosts that start together
  migrate once; the version is the one row of ``schema_version``.
- Placeholders are written ``?`` in the store and sent as ``%s``
  (:func:`pyformat`); statements are not prepared on the server, so a
  connection pooler such as PgBouncer in transaction mode works too.
- A dropped connection (the database restarted, a network blip) is opened
  again on the next statement outside a transaction.
- A fault comes out as :class:`~burgerschap.classroom.engines.base.DatabaseError`
  whose message never holds the password of the URL.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from typing import Any, Literal

import psycopg
from psycopg.conninfo import conninfo_to_dict

from burgerschap.classroom.engines.base import (
    DatabaseError,
    Engine,
    FaultKind,
    IntegrityError,
    Migration,
    run_migration,
)
from burgerschap.classroom.engines.location import mask, scrub

CONNECT_TIMEOUT = 10
"""Seconds to wait for the database server before a store gives up opening."""
SESSION_SETTINGS = (
    # As SQLite's busy timeout: wait this long for a lock, then fail (and say so).
    "SET lock_timeout = '30s'",
    # A process frozen inside a transaction must not hold its locks for ever.
    "SET idle_in_transaction_session_timeout = '5min'",
)
MIGRATION_LOCK = 0x6275_7267_7363_6870
"""The advisory lock a migration holds ("burgschp"), the same on every host."""
STORE_TABLES = (
    "choices",
    "game_claims",
    "games",
    "quiz_rounds",
    "student_claims",
    "lesson_students",
    "lesson_scenarios",
    "lessons",
)

_LITERAL = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|\?|%")


@functools.lru_cache(maxsize=512)
def pyformat(sql: str) -> str:
    """A statement with ``?`` placeholders as psycopg takes it: ``%s``, and every ``%`` doubled.

    A ``?`` inside a quoted literal or name is text, not a parameter; a ``%`` is doubled
    there too (psycopg looks for its placeholders everywhere).
    """

    def swap(match: re.Match[str]) -> str:
        token = match.group(0)
        if token == "?":
            return "%s"
        return token.replace("%", "%%")

    return _LITERAL.sub(swap, sql)


class Record:
    """A row by column name or by position, like ``sqlite3.Row``."""

    __slots__ = ("_names", "_values")

    def __init__(self, values: Sequence[Any], names: dict[str, int]) -> None:
        self._values = tuple(values)
        self._names = names

    def __getitem__(self, key: int | str) -> Any:
        if isinstance(key, str):
            return self._values[self._names[key]]
        return self._values[key]

    def __len__(self) -> int:
        return len(self._values)

    def __iter__(self) -> Iterator[Any]:
        return iter(self._values)

    def keys(self) -> list[str]:
        return list(self._names)

    def __repr__(self) -> str:
        return f"Record({dict(zip(self._names, self._values, strict=True))!r})"


def _records(cursor: psycopg.Cursor[Any]) -> Any:
    names = {column.name: i for i, column in enumerate(cursor.description or ())}

    def make(values: Sequence[Any]) -> Record:
        return Record(values, names)

    return make


_KINDS: tuple[tuple[str, FaultKind], ...] = (
    ("08", "unreachable"),  # connection exceptions
    ("28", "unreachable"),  # wrong user or password
    ("3D000", "unreachable"),  # no such database
    ("57P", "unreachable"),  # the server shuts down or is starting
    ("53100", "disk_full"),
    ("25006", "read_only"),
    ("55P03", "locked"),  # lock_timeout
    ("40", "locked"),  # deadlock or serialisation failure: try again
    ("XX001", "corrupt"),
    ("XX002", "corrupt"),
)


class _Cursor:
    def __init__(self, engine: PostgresEngine, cursor: psycopg.Cursor[Any]) -> None:
        self._engine = engine
        self._cursor = cursor

    @property
    def rowcount(self) -> int:
        return self._cursor.rowcount

    def fetchone(self) -> Any:
        try:
            return self._cursor.fetchone()
        except psycopg.Error as exc:
            raise self._engine.translate(exc) from exc

    def __iter__(self) -> Iterator[Any]:
        return iter(self.fetchall())

    def fetchall(self) -> list[Any]:
        try:
            return self._cursor.fetchall()
        except psycopg.Error as exc:
            raise self._engine.translate(exc) from exc


class _Connection:
    def __init__(self, engine: PostgresEngine) -> None:
        self._engine = engine

    def execute(self, sql: str, params: Sequence[Any] = ()) -> _Cursor:
        engine = self._engine
        # A read outside a transaction on a connection the server dropped (a restart, a
        # network blip) is asked again once, on a new connection; nothing else is repeated.
        again = not engine.in_transaction and sql.lstrip()[:6].upper() == "SELECT"
        while True:
            raw = engine.live()
            try:
                # Always with a tuple, never None: psycopg then reads %% back as %.
                return _Cursor(engine, raw.execute(pyformat(sql), tuple(params)))
            except psycopg.Error as exc:
                if not (again and _lost(raw)):
                    raise engine.translate(exc) from exc
                again = False

    def executemany(self, sql: str, params: Iterable[Sequence[Any]]) -> None:
        raw = self._engine.live()
        try:
            with raw.cursor() as cursor:
                cursor.executemany(pyformat(sql), [tuple(p) for p in params])
        except psycopg.Error as exc:
            raise self._engine.translate(exc) from exc

    def lock(self, key: str) -> None:
        """Hold the advisory lock named ``key`` until this transaction ends."""
        self.execute("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))", (key,))


class PostgresEngine(Engine):
    """A PostgreSQL database, by URL."""

    name: Literal["sqlite", "postgres"] = "postgres"

    def __init__(self, url: str, migrations: Sequence[Migration]) -> None:
        self.url = url
        self.location = mask(url)
        self.in_transaction = False
        self.raw = self._connect()
        self.conn: _Connection = _Connection(self)
        try:
            self.migrate(migrations)
        except BaseException:
            self.raw.close()
            raise

    def translate(self, error: psycopg.Error) -> DatabaseError:
        """psycopg's error as the store's, its kind from the SQLSTATE, the password masked."""
        # One line (a console line, a notice in the game), and never the password.
        message = scrub(" ".join(str(error).split()) or type(error).__name__, self.url)
        state = error.sqlstate or ""
        if state.startswith("23"):
            return IntegrityError(message)
        if not state:
            return DatabaseError(message, "unreachable" if _is_connection(error) else "other")
        kind: FaultKind = next((k for prefix, k in _KINDS if state.startswith(prefix)), "other")
        return DatabaseError(message, kind)

    def _connect(self) -> psycopg.Connection[Any]:
        given = conninfo_to_dict(self.url) if "://" in self.url else {}
        defaults: dict[str, Any] = {
            key: value
            for key, value in (
                ("connect_timeout", CONNECT_TIMEOUT),
                ("application_name", "burgerschap"),
            )
            if key not in given
        }
        try:
            raw: psycopg.Connection[Any] = psycopg.connect(
                self.url,
                autocommit=True,
                row_factory=_records,
                prepare_threshold=None,
                **defaults,
            )
            for setting in SESSION_SETTINGS:
                raw.execute(setting)
        except psycopg.Error as exc:
            raise self.translate(exc) from exc
        return raw

    def live(self) -> psycopg.Connection[Any]:
        """The connection, opened again first when it was lost (outside a transaction only)."""
        if _lost(self.raw) and not self.in_transaction:
            with suppress(psycopg.Error):
                self.raw.close()
            self.raw = self._connect()
        return self.raw

    def close(self) -> None:
        self.raw.close()

    @contextmanager
    def transaction(self) -> Iterator[_Connection]:
        """``BEGIN`` ... ``COMMIT`` on the autocommit connection; ``ROLLBACK`` on any error.

        A ``BEGIN`` that finds the connection dropped is sent once more on a new one:
        nothing has happened yet, so a game goes on saving after the server restarted.
        """
        for attempt in (1, 2):
            raw = self.live()
            try:
                raw.execute("BEGIN")
                break
            except psycopg.Error as exc:
                if attempt == 2 or not _lost(raw):
                    raise self.translate(exc) from exc
        self.in_transaction = True
        try:
            yield self.conn
        except BaseException:
            with suppress(psycopg.Error):
                raw.execute("ROLLBACK")
            raise
        finally:
            self.in_transaction = False
        try:
            raw.execute("COMMIT")
        except psycopg.Error as exc:
            raise self.translate(exc) from exc

    def schema_version(self) -> int:
        found = self.conn.execute("SELECT to_regclass('schema_version') IS NOT NULL").fetchone()
        if not found[0]:
            return 0
        row = self.conn.execute("SELECT COALESCE(MAX(version), 0) FROM schema_version").fetchone()
        return int(row[0])

    def migrate(self, migrations: Sequence[Migration]) -> None:
        while True:
            version = self.schema_version()
            if version >= len(migrations):
                return
            with self.transaction() as conn:
                # Hosts that start at once: one migrates, the others wait here, then see it done.
                conn.execute("SELECT pg_advisory_xact_lock(?)", (MIGRATION_LOCK,))
                conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version BIGINT NOT NULL)")
                if self.schema_version() == version:
                    run_migration(conn, migrations[version], "postgres")
                    conn.execute("DELETE FROM schema_version")
                    conn.execute("INSERT INTO schema_version (version) VALUES (?)", (version + 1,))

    def integrity_ok(self) -> bool:
        """PostgreSQL checks its own pages (with data checksums, when the cluster has them);
        here it only has to answer."""
        return bool(self.conn.execute("SELECT 1").fetchone()[0] == 1)

    def after_delete(self) -> None:
        """VACUUM the store's tables, so the space of deleted rows is reused soon (best effort).

        Unlike SQLite's ``secure_delete`` this does not overwrite the bytes at once:
        see docs/privacy.md for what that means on a school's server.
        """
        with suppress(DatabaseError):
            self.conn.execute("VACUUM " + ", ".join(STORE_TABLES))


def _lost(raw: psycopg.Connection[Any]) -> bool:
    return bool(raw.closed or raw.broken)


def _is_connection(error: psycopg.Error) -> bool:
    return isinstance(error, psycopg.OperationalError | psycopg.InterfaceError)
