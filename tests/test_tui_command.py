"""``burgerschap`` and ``burgerschap play ID|PATH``: what reaches the game, and the errors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from burgerschap import cli

LIBRARY = Path(__file__).parent / "data" / "tui" / "library"


class FakeApp:
    def __init__(self, calls: list[dict[str, Any]], **kwargs: Any) -> None:
        self.kwargs = kwargs
        calls.append(kwargs)

    def run(self) -> None:
        pass


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """Every app the command would have started, with the arguments it got."""
    import burgerschap.tui.app as app_module

    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(app_module, "make_app", lambda **kw: FakeApp(calls, **kw))
    return calls


def test_no_command_starts_the_game_on_the_home_screen(started: list[dict[str, Any]]) -> None:
    assert cli.main([]) == 0
    assert started == [{"open_ref": None, "files": [], "lang": None}]


def test_play_with_a_path_opens_that_file(started: list[dict[str, Any]]) -> None:
    path = str(LIBRARY / "plein.yaml")
    assert cli.main(["play", path, "--lang", "en"]) == 0
    assert started == [{"open_ref": "plein@1", "files": [Path(path)], "lang": "en"}]


def test_lang_before_the_command_counts_too(started: list[dict[str, Any]]) -> None:
    assert cli.main(["--lang", "en", "play"]) == 0
    assert started[0]["lang"] == "en"


def test_lang_from_the_environment(
    started: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BURGERSCHAP_LANG", "en")
    assert cli.main([]) == 0
    assert started[0]["lang"] == "en"


def test_play_with_a_broken_file_says_why_and_does_not_start(
    started: list[dict[str, Any]], capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["play", str(LIBRARY / "kapot.yaml")]) == 1
    err = capsys.readouterr().err
    assert "kan niet gespeeld worden" in err
    assert "'nergens' bestaat niet" in err
    assert started == []


def test_play_with_an_unknown_id_lists_the_known_ones(
    started: list[dict[str, Any]], capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["play", "bestaat-niet"]) == 2
    assert "geen scenario of quiz met id 'bestaat-niet'" in capsys.readouterr().err
    assert started == []


@pytest.mark.parametrize("target", ["./nope.yaml", "nope.yaml", "map/nope"])
def test_play_with_a_missing_file_says_the_file_does_not_exist(
    started: list[dict[str, Any]], capsys: pytest.CaptureFixture[str], target: str
) -> None:
    assert cli.main(["play", target]) == 2
    err = capsys.readouterr().err
    assert f"het bestand '{target}' bestaat niet" in err
    assert "geen scenario" not in err
    assert started == []


def test_play_with_a_missing_file_in_english(
    started: list[dict[str, Any]], capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["play", "./nope.yaml", "--lang", "en"]) == 2
    assert "the file './nope.yaml' does not exist" in capsys.readouterr().err


def test_importing_the_command_line_loads_no_textual() -> None:
    import subprocess
    import sys

    code = (
        "import sys, burgerschap.cli as c\n"
        "c.build_parser('nl')\n"
        "print(any(m.split('.')[0] == 'textual' for m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_teacher_mode_is_refused_in_a_served_session(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("BURGERSCHAP_SERVED", "1")
    assert cli.main(["teacher"]) == 2
    assert "browsersessie" in capsys.readouterr().err
