"""Shared fixtures: every test gets its own empty data folder and Dutch settings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

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
