"""The store's engines: choosing one by location, masking a URL's password, placeholders."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import pg_support
from burgerschap.classroom.engines import is_postgres, is_url, mask, scrub, sqlite_path
from burgerschap.classroom.engines.base import postgres_ddl
from burgerschap.classroom.store import DatabaseError, IntegrityError, Store

URL = "postgresql://school:Geheim%21wachtwoord@db.school.lan:5432/burgerschap?sslmode=require"


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        (URL, "postgresql://school:***@db.school.lan:5432/burgerschap?sslmode=require"),
        ("postgres://school@db/bs?password=abc&sslmode=verify-full", "postgres://school@db/bs?password=***&sslmode=verify-full"),
        ("postgresql://school@/bs?host=/run/postgresql", "postgresql://school@/bs?host=/run/postgresql"),
        ("postgresql://u:p@a:1,b:2/bs", "postgresql://u:***@a:1,b:2/bs"),
    ],
)  # fmt: skip
def test_a_url_is_shown_without_its_password(url: str, shown: str) -> None:
    assert mask(url) == shown
    assert is_postgres(url) and is_url(url)


def test_a_driver_message_loses_the_password() -> None:
    message = 'password "Geheim!wachtwoord" and Geheim%21wachtwoord for "school"'
    assert scrub(message, URL) == 'password "***" and *** for "school"'
    assert scrub(message, Path("/tmp/x.sqlite3")) == message


def test_sqlite_locations() -> None:
    assert sqlite_path(Path("a/b.sqlite3")) == Path("a/b.sqlite3")
    assert sqlite_path("sqlite:///tmp/les.sqlite3") == Path("/tmp/les.sqlite3")
    assert sqlite_path("sqlite:les.sqlite3") == Path("les.sqlite3")
    assert not is_postgres(Path("postgresql://looks/like/a/url"))
    assert not is_url("C:\\Users\\les.sqlite3") and not is_url("host=db password=x")


def test_postgres_gets_the_same_ranges_as_sqlite() -> None:
    ddl = "CREATE TABLE t (a INTEGER NOT NULL, b REAL, c TEXT DEFAULT 'REAL INTEGER')"
    assert postgres_ddl(ddl) == (
        "CREATE TABLE t (a BIGINT NOT NULL, b DOUBLE PRECISION, c TEXT DEFAULT 'REAL INTEGER')"
    )


def test_a_sqlite_store_never_loads_psycopg(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from burgerschap.classroom.store import Store\n"
        f"Store(Path({str(tmp_path / 'x.sqlite3')!r})).close()\n"
        "print('psycopg' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr


def test_errors_are_the_stores_on_either_engine(database: Path | str) -> None:
    store = Store(database)
    try:
        store.conn.execute("INSERT INTO lessons (code, title, created_at) VALUES ('A', 'a', 1)")
        with pytest.raises(IntegrityError):
            store.conn.execute("INSERT INTO lessons (code, title, created_at) VALUES ('A', 'b', 2)")
        with pytest.raises(DatabaseError):
            store.conn.execute("SELECT nothing FROM nowhere")
        # A failed write leaves nothing behind, and the store goes on.
        with pytest.raises(IntegrityError), store.transaction() as conn:
            conn.execute("INSERT INTO lessons (code, title, created_at) VALUES ('B', 'b', 3)")
            conn.execute("INSERT INTO lessons (code, title, created_at) VALUES ('A', 'c', 4)")
        codes = [r["code"] for r in store.conn.execute("SELECT code FROM lessons").fetchall()]
        assert codes == ["A"]
        # A literal percent sign and question mark are text, not placeholders.
        row = store.conn.execute("SELECT '100%?' AS t, ? AS n", (7,)).fetchone()
        assert (row["t"], row[1]) == ("100%?", 7)
    finally:
        store.close()


def test_an_unreachable_database_is_one_line_without_the_password(tmp_path: Path) -> None:
    pytest.importorskip("psycopg")
    url = f"postgresql://school:Zeer%20geheim@/nergens?host={tmp_path}&connect_timeout=2"
    with pytest.raises(DatabaseError) as caught:
        Store(url)
    assert caught.value.kind == "unreachable"
    text = str(caught.value)
    assert "geheim" not in text and "\n" not in text


def test_a_dropped_connection_is_opened_again(postgres_server: pg_support.Cluster) -> None:
    """The school's database restarts during a lesson: the games go on saving (PostgreSQL)."""
    database = postgres_server.new_database()
    store = Store(database)
    name = pg_support.database_name(database)
    for write in (True, False):
        postgres_server.admin(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            f" WHERE datname = '{name}' AND pid <> pg_backend_pid()"
        )
        if write:  # a write transaction: BEGIN finds the connection gone and tries again
            store.record_quiz("Sam", "grondwet", 1, 3, 5, [])
        else:  # a read
            assert store.best_quiz("Sam", "grondwet") == (3, 5)
    store.close()
    postgres_server.drop(database)


def test_serve_says_at_once_when_the_database_cannot_be_reached(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One line before any student comes, without the password; no server is started."""
    pytest.importorskip("psycopg")
    from burgerschap.cli import main

    url = f"postgresql://school:Zeer%20geheim@/nergens?host={tmp_path}&connect_timeout=2"
    assert main(["serve", "--database", url]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "niet bereikbaar" in err
    assert "postgresql://school:***@/nergens" in err and "geheim" not in err
