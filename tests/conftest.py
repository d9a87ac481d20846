"""Shared fixtures: every test gets its own empty data folder and Dutch settings."""

from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("BURGERSCHAP_HOME", str(home))
    monkeypatch.delenv("BURGERSCHAP_LANG", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    return home


@pytest.fixture
def data_dir() -> Path:
    return DATA
