"""A throw-away PostgreSQL server, for the tests and the database benchmark.

:class:`Cluster` runs ``initdb`` in a temporary folder and starts the server
with ``pg_ctl``, listening only on a Unix socket in that folder (no TCP port,
nothing another machine can reach), with trust authentication for the user
``postgres``. The binaries are those of the PostgreSQL that CI installs
(Debian's ``postgresql`` package: ``/usr/lib/postgresql/N/bin``), or of
``PG_BINDIR``, or on ``PATH``. As root, every server command runs as the
``postgres`` user (``initdb`` refuses root). Durability is off (``fsync``):
the tests check what the store does, not what a power cut does to
PostgreSQL. :meth:`Cluster.new_database` gives each test a database of its
own, copied from a template that already has the store's schema.

:func:`unavailable` says why no server can be started here, or None.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

SERVER_USER = "postgres"
TEMPLATE = "bs_template"
SETTINGS = {
    "listen_addresses": "''",
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "max_connections": "250",
    "shared_buffers": "32MB",
    "log_min_messages": "warning",
}


def database_name(url: str) -> str:
    """The database a URL of :meth:`Cluster.url` names (its path, not the socket's folder)."""
    return urlsplit(url).path.lstrip("/")


def bin_dir() -> Path | None:
    """Where ``initdb`` and ``pg_ctl`` are."""
    named = os.environ.get("PG_BINDIR")
    if named:
        return Path(named)
    found = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    if found:
        return found[-1].parent
    on_path = shutil.which("initdb")
    return Path(on_path).parent if on_path else None


def unavailable() -> str | None:
    """Why a PostgreSQL server cannot be started here, or None when it can."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return 'psycopg is not installed (pip install -e ".[postgres]")'
    found = bin_dir()
    if found is None or not (found / "initdb").exists() or not (found / "pg_ctl").exists():
        return "PostgreSQL's initdb and pg_ctl were not found (.ci/setup-postgres installs them)"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam(SERVER_USER)
        except KeyError:
            return f"running as root, and there is no {SERVER_USER!r} user to run PostgreSQL as"
        if shutil.which("runuser") is None:
            return "running as root without runuser to start PostgreSQL as another user"
    return None


class Cluster:
    """One PostgreSQL server in a temporary folder."""

    def __init__(self, settings: dict[str, str] | None = None) -> None:
        reason = unavailable()
        if reason is not None:
            raise RuntimeError(reason)
        found = bin_dir()
        assert found is not None
        self.bin = found
        self.as_root = os.geteuid() == 0
        self.folder = Path(tempfile.mkdtemp(prefix="bs-pg-"))
        self.data = self.folder / "data"
        self.log = self.folder / "server.log"
        self.user = SERVER_USER if self.as_root else pwd.getpwuid(os.geteuid()).pw_name
        self.settings = {**SETTINGS, "unix_socket_directories": f"'{self.folder}'"}
        self.settings.update(settings or {})
        self._numbers = itertools.count(1)
        self.started = False

    def _run(self, *command: str) -> None:
        argv = [str(self.bin / command[0]), *command[1:]]
        if self.as_root:
            argv = ["runuser", "-u", SERVER_USER, "--", *argv]
        result = subprocess.run(argv, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            log = self.log.read_text(errors="replace")[-3000:] if self.log.exists() else ""
            raise RuntimeError(f"{' '.join(command[:2])} failed:\n{result.stderr}\n{log}")

    def start(self) -> Cluster:
        if self.as_root:
            shutil.chown(self.folder, SERVER_USER, SERVER_USER)
        self._run(
            "initdb", "-D", str(self.data), "-U", self.user, "--auth=trust",
            "--encoding=UTF8", "--locale=C", "--no-sync",
        )  # fmt: skip
        with (self.data / "postgresql.conf").open("a") as conf:
            conf.write("".join(f"{key} = {value}\n" for key, value in self.settings.items()))
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-w", "-t", "120", "start")
        self.started = True
        self.admin(f"CREATE DATABASE {TEMPLATE}")
        from burgerschap.classroom.store import Store

        Store(self.url(TEMPLATE)).close()  # the store's schema, once, for every copy
        return self

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{self.user}@/{database}?host={self.folder}"

    def admin(self, statement: str) -> list[Any]:
        """Run one statement as the server's superuser, outside a transaction."""
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as conn:
            cursor = conn.execute(statement)
            return cursor.fetchall() if cursor.description else []

    def new_database(self, *, empty: bool = False) -> str:
        """A new database: a copy of the store's schema, or ``empty``; its URL."""
        name = f"t{os.getpid()}_{next(self._numbers)}"
        # FILE_COPY: faster than the default for a small database (and durability is off).
        copy = "" if empty else f" TEMPLATE {TEMPLATE} STRATEGY = FILE_COPY"
        self.admin(f"CREATE DATABASE {name}{copy}")
        return self.url(name)

    def drop(self, url: str) -> None:
        """Drop a database made by :meth:`new_database`, closing whatever still uses it."""
        name = database_name(url)
        with contextlib.suppress(Exception):
            self.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def stop(self) -> None:
        try:
            if self.started:
                self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)
