"""Shared fixtures: every test gets its own empty data folder and Dutch settings.

The store's tests run against both engines: a test that asks for ``database``
(or ``new_database``) runs twice, as ``[sqlite]`` and as ``[postgres]``. The
PostgreSQL server is started once per test session (tests/pg_support.py),
and each test gets a database of its own. Where no server can be started the
PostgreSQL variants are skipped with the reason, except on CI (``CI`` set),
where that is a failure.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import pg_support

DATA = Path(__file__).parent / "data"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("BURGERSCHAP_HOME", str(home))
    monkeypatch.delenv("BURGERSCHAP_DATABASE_URL", raising=False)
    monkeypatch.delenv("BURGERSCHAP_LANG", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    return home


@pytest.fixture
def data_dir() -> Path:
    return DATA


TUI_LIBRARY = DATA / "tui" / "library"
"""Small scenarios, a quiz and a broken file for the game's tests (not the built-in content)."""


@pytest.fixture
def tui_app(_isolated_home: Path) -> Any:
    """Build the game over the test library: a nickname, a fixed seed, no blinking cursor."""

    def build(nickname: str | None = "Sam", **kwargs: Any) -> Any:
        from burgerschap.settings import Settings, save_settings
        from burgerschap.tui.app import make_app

        if nickname is not None:
            save_settings(Settings(nickname=nickname), _isolated_home / "settings.json")
        kwargs.setdefault("folders", [(TUI_LIBRARY, "builtin")])
        kwargs.setdefault("seed", 7)
        kwargs.setdefault("blink", False)
        return make_app(_isolated_home, **kwargs)

    return build


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[pg_support.Cluster]:
    """One PostgreSQL server for the whole test session."""
    reason = pg_support.unavailable()
    if reason is not None:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL is needed on CI: {reason}")
        pytest.skip(f"no PostgreSQL here: {reason}")
    cluster = pg_support.Cluster().start()
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture(params=["sqlite", "postgres"])
def engine(request: pytest.FixtureRequest) -> str:
    """The store's engine this run of the test uses."""
    return str(request.param)


NewDatabase = Callable[..., "Path | str"]


@pytest.fixture
def new_database(
    engine: str, request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[NewDatabase]:
    """Makes fresh databases of the test's engine: a SQLite file, or a PostgreSQL URL.

    ``new_database("teacher")`` names a SQLite file; ``empty=True`` gives a
    PostgreSQL database without the store's schema (for migration tests).
    """
    server: pg_support.Cluster | None = None
    if engine == "postgres":
        server = request.getfixturevalue("postgres_server")
    made: list[str] = []

    def make(name: str = "store", *, empty: bool = False) -> Path | str:
        if server is None:
            return tmp_path / f"{name}.sqlite3"
        url = server.new_database(empty=empty)
        made.append(url)
        return url

    yield make
    if server is not None:
        for url in made:
            server.drop(url)


@pytest.fixture
def database(new_database: NewDatabase) -> Path | str:
    """A fresh database for the test: a SQLite file, or a PostgreSQL URL."""
    return new_database()
