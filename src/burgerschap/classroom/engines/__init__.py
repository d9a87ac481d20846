"""The store's two database engines: SQLite (a file, the default) and PostgreSQL (a URL).

A *location* says where the store is: a :class:`~pathlib.Path` is a SQLite
file; a string ``postgresql://...`` (or ``postgres://...``) is a PostgreSQL
database, and ``sqlite:///path/to/file`` names a SQLite file as a URL.
:func:`open_engine` opens either behind one interface
(:class:`~burgerschap.classroom.engines.base.Engine`).

This module is light on purpose: sqlite3 is imported only when a SQLite
store opens, and psycopg only when a PostgreSQL URL is used, so neither the
game's start nor anyone who never sets a URL pays for psycopg (and without
the ``postgres`` extra installed, only a PostgreSQL URL fails, with a message
that says what to install).

A PostgreSQL URL may hold a password. :func:`mask` is all of a location any
message or console line may show: the password becomes ``***``. These helpers
live in :mod:`burgerschap.classroom.engines.location` and are re-exported here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from burgerschap.classroom.engines.location import (
    MASK,
    POSTGRES_SCHEMES,
    SECRET_PARAMETERS,
    Location,
    is_postgres,
    is_url,
    mask,
    password,
    scheme,
    scrub,
    sqlite_path,
)

__all__ = [
    "MASK",
    "POSTGRES_SCHEMES",
    "SECRET_PARAMETERS",
    "Location",
    "is_postgres",
    "is_url",
    "mask",
    "open_engine",
    "password",
    "scheme",
    "scrub",
    "sqlite_path",
]

if TYPE_CHECKING:
    from burgerschap.classroom.engines.base import Engine, Migration


def open_engine(location: Location, migrations: Sequence[Migration]) -> Engine:
    """Open (and create or migrate) the database at ``location``.

    Raises:
        DatabaseError: the database cannot be opened or reached (the message
            never holds the password).
        OSError: the SQLite file's folder cannot be made.
    """
    if is_postgres(location):
        assert isinstance(location, str)
        from burgerschap.classroom.engines.postgres import PostgresEngine

        return PostgresEngine(location, migrations)
    from burgerschap.classroom.engines.sqlite import SqliteEngine

    return SqliteEngine(sqlite_path(location), migrations)
