"""The SQLite engine: one database file in the data folder, nothing to set up.

The file is opened in WAL mode with a busy timeout, so that many student
processes (a class on one server) can write at the same moment; each write
transaction starts with ``BEGIN IMMEDIATE``, which takes SQLite's single
write lock at once, so write transactions run one after the other and
:meth:`Connection.lock` has nothing to add. ``synchronous = FULL``: a
finished game survives a power cut, not just a crash. The schema version is
``PRAGMA user_version``.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, Literal

from burgerschap.classroom.engines.base import (
    DatabaseError,
    Engine,
    FaultKind,
    IntegrityError,
    Migration,
    run_migration,
)

BUSY_TIMEOUT_MS = 30_000


def translate(error: sqlite3.Error) -> DatabaseError:
    """sqlite3's error as the store's, with the kind of fault read from its message."""
    if isinstance(error, sqlite3.IntegrityError):
        return IntegrityError(str(error), "other")
    return DatabaseError(str(error), fault_kind(str(error)))


def fault_kind(message: str) -> FaultKind:
    text = message.lower()
    if "locked" in text or "busy" in text:
        return "locked"
    if "readonly" in text or "read-only" in text:
        return "read_only"
    if "disk is full" in text or "database or disk is full" in text:
        return "disk_full"
    if "unable to open" in text:
        return "open"
    return "corrupt"


class _Cursor:
    def __init__(self, cursor: sqlite3.Cursor) -> None:
        self._cursor = cursor

    @property
    def rowcount(self) -> int:
        return self._cursor.rowcount

    def fetchone(self) -> Any:
        try:
            return self._cursor.fetchone()
        except sqlite3.Error as exc:
            raise translate(exc) from exc

    def __iter__(self) -> Iterator[Any]:
        return iter(self.fetchall())

    def fetchall(self) -> list[Any]:
        try:
            return self._cursor.fetchall()
        except sqlite3.Error as exc:
            raise translate(exc) from exc


class _Connection:
    def __init__(self, raw: sqlite3.Connection) -> None:
        self.raw = raw

    def execute(self, sql: str, params: Sequence[Any] = ()) -> _Cursor:
        try:
            return _Cursor(self.raw.execute(sql, params))
        except sqlite3.Error as exc:
            raise translate(exc) from exc

    def executemany(self, sql: str, params: Iterable[Sequence[Any]]) -> None:
        try:
            self.raw.executemany(sql, params)
        except sqlite3.Error as exc:
            raise translate(exc) from exc

    def lock(self, key: str) -> None:
        """Nothing to do: ``BEGIN IMMEDIATE`` already holds the database's one write lock."""


class SqliteEngine(Engine):
    """A SQLite file."""

    name: Literal["sqlite", "postgres"] = "sqlite"

    def __init__(self, path: Path, migrations: Sequence[Migration]) -> None:
        self.path = path
        self.location = str(path)
        try:
            self.raw = _open(path)
        except sqlite3.Error as exc:
            raise translate(exc) from exc
        self.conn: _Connection = _Connection(self.raw)
        try:
            self.migrate(migrations)
        except BaseException:
            self.raw.close()
            raise

    def close(self) -> None:
        self.raw.close()

    @contextmanager
    def transaction(self) -> Iterator[_Connection]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            with suppress(sqlite3.Error):
                self.raw.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def migrate(self, migrations: Sequence[Migration]) -> None:
        while True:
            version = self.schema_version()
            if version >= len(migrations):
                return
            with self.transaction() as conn:
                # Another process may have migrated while we waited for the lock.
                if self.schema_version() == version:
                    run_migration(conn, migrations[version], "sqlite")
                    conn.execute(f"PRAGMA user_version = {version + 1}")

    def integrity_ok(self) -> bool:
        return bool(self.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok")

    def after_delete(self) -> None:
        """Empty the write-ahead log; deleted rows were overwritten already (``secure_delete``).

        Best effort: a reader elsewhere may keep part of the log until it finishes.
        """
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _open(path: Path) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    _private(path)
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    conn.row_factory = sqlite3.Row
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode = WAL")
        # FULL: a finished game must survive a power cut, not just a crash.
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        # Deleted rows are overwritten, not left in free pages: `lesson delete` really deletes.
        conn.execute("PRAGMA secure_delete = ON")
    except BaseException:
        conn.close()
        raise
    return conn


def _private(path: Path) -> None:
    """Create the database readable by its owner only (0600), like settings and exports.

    It holds nicknames and reflections. SQLite gives its -wal and -shm files the
    database's own permissions; a database made by an older version is tightened.
    """
    if str(path) == ":memory:":
        return
    # Read-only media or another owner's file: sqlite3 reports what matters.
    with suppress(OSError):
        os.close(os.open(path, os.O_CREAT | os.O_RDWR, 0o600))
        if os.stat(path).st_mode & 0o077:
            os.chmod(path, 0o600)
