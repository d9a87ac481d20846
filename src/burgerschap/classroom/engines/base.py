"""What every engine offers the store: connections, transactions, errors and the schema version.

The steps a migration is made of (:data:`Migration`) are defined here too, and
run by :func:`run_migration`; the migrations themselves are the store's schema
(:mod:`burgerschap.classroom.schema`), which sits above the engines.

The store's queries are written once, in the SQL both engines speak, with
``?`` placeholders (the PostgreSQL engine turns them into ``%s``). Rows are
read by column name or position, as ``sqlite3.Row`` allows.

Errors of either driver reach the store's users as :class:`DatabaseError`
(with :class:`IntegrityError` for a broken uniqueness or reference rule), so
nothing above the engines imports sqlite3 or psycopg to catch them. Each
error says what kind of fault it is (:data:`FaultKind`), so that the command
line can word it (``commands/faults.py``).
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any, Literal, Protocol

FaultKind = Literal["locked", "read_only", "disk_full", "open", "corrupt", "unreachable", "other"]


class DatabaseError(Exception):
    """A fault of the database, whichever engine. ``kind`` says what sort of fault."""

    def __init__(self, message: str, kind: FaultKind = "other") -> None:
        super().__init__(message)
        self.kind: FaultKind = kind


class IntegrityError(DatabaseError):
    """A write broke a rule of the schema: a key already taken, a reference to nothing."""


class Row(Protocol):
    """One result row: by column name or by position."""

    def __getitem__(self, key: Any, /) -> Any: ...

    def keys(self) -> list[str]: ...


class Cursor(Protocol):
    """The result of one statement."""

    @property
    def rowcount(self) -> int: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


class Connection(Protocol):
    """A connection, in or out of a transaction."""

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Cursor: ...

    def executemany(self, sql: str, params: Iterable[Sequence[Any]]) -> None: ...

    def lock(self, key: str) -> None:
        """In a write transaction: wait for, then hold until the end, the lock named ``key``.

        Two transactions that lock the same key run one after the other, on any
        host. SQLite already runs every write transaction alone, so there it
        does nothing; PostgreSQL takes a transaction-scoped advisory lock.
        """
        ...


Dialect = Literal["sqlite", "postgres"]


@dataclass(frozen=True)
class Dialects:
    """One statement that the two engines spell differently."""

    sqlite: str
    postgres: str


Step = str | Dialects | Callable[[Connection], None]
Migration = Sequence[Step]


_TYPES = {"INTEGER": "BIGINT", "REAL": "DOUBLE PRECISION"}
_TYPE_WORD = re.compile(r"'[^']*'|\b(INTEGER|REAL)\b")


def postgres_ddl(statement: str) -> str:
    """A statement written with SQLite's column types, with PostgreSQL's of the same range."""
    return _TYPE_WORD.sub(lambda m: _TYPES.get(m.group(1) or "", m.group(0)), statement)


def run_migration(conn: Connection, migration: Migration, dialect: Dialect) -> None:
    """Run every step of one migration on ``conn`` (inside the caller's transaction)."""
    for step in migration:
        if isinstance(step, Dialects):
            conn.execute(step.sqlite if dialect == "sqlite" else step.postgres)
        elif isinstance(step, str):
            conn.execute(step if dialect == "sqlite" else postgres_ddl(step))
        else:
            step(conn)


class Engine(ABC):
    """One open database."""

    name: Literal["sqlite", "postgres"]
    location: str
    """Where the database is, as it may be shown (a PostgreSQL password masked)."""
    conn: Connection
    """For reads; each statement outside :meth:`transaction` commits on its own."""

    @abstractmethod
    def transaction(self) -> AbstractContextManager[Connection]:
        """One atomic write: all of it lands, or none. Not nested."""

    @abstractmethod
    def close(self) -> None: ...

    @abstractmethod
    def schema_version(self) -> int:
        """How many migrations this database has had."""

    @abstractmethod
    def migrate(self, migrations: Sequence[Migration]) -> None:
        """Bring the schema up to ``migrations``, each in a transaction of its own.

        Safe when several processes (or hosts) open the same database at once:
        one migrates, the others wait and then find nothing left to do.
        """

    @abstractmethod
    def integrity_ok(self) -> bool:
        """Whether the database finds itself sound."""

    @abstractmethod
    def after_delete(self) -> None:
        """Make deleted rows go from the files too, as far as the engine can (best effort)."""
