"""``burgerschap validate``, ``schema`` and ``--version`` as a user runs them."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from burgerschap import __version__
from burgerschap.cli import main

DATA = Path(__file__).parent / "data"


def test_valid_file_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(DATA / "valid" / "mini.yaml")]) == 0
    out = capsys.readouterr().out
    assert "0 fouten, 0 waarschuwingen" in out


def test_errors_exit_1_with_file_line_col(capsys: pytest.CaptureFixture[str]) -> None:
    path = DATA / "broken" / "missing_target.yaml"
    assert main(["validate", str(path)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"{path}:11:9: fout: 'nergens' bestaat niet (in node 'begin')"
    assert lines[-1] == "1 bestand gecontroleerd: 1 fout, 0 waarschuwingen"


def test_english_output(capsys: pytest.CaptureFixture[str]) -> None:
    path = DATA / "broken" / "missing_target.yaml"
    assert main(["--lang", "en", "validate", str(path)]) == 1
    out = capsys.readouterr().out
    assert ":11:9: error: 'nergens' does not exist (in node 'begin')" in out
    assert "1 file checked: 1 error, 0 warnings" in out


def test_warnings_alone_exit_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(DATA / "broken" / "unreachable_and_flag.yaml")]) == 0
    assert "waarschuwing" in capsys.readouterr().out


def test_folder_validates_every_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(DATA / "broken")]) == 1
    out = capsys.readouterr().out
    assert f"{len(list((DATA / 'broken').glob('*.yaml')))} bestanden" in out


def test_missing_path_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "bestaat/niet.yaml"]) == 2
    assert "bestaat niet: bestaat/niet.yaml" in capsys.readouterr().err


def test_no_path_validates_builtin_and_user_library(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "thuis"
    (home / "library").mkdir(parents=True)
    shutil.copy(DATA / "broken" / "dead_end.yaml", home / "library" / "eigen.yaml")
    monkeypatch.setenv("BURGERSCHAP_HOME", str(home))
    assert main(["validate"]) == 1
    out = capsys.readouterr().out
    assert "eigen.yaml:14:3: fout: vanuit node 'rondje'" in out


def test_schema_command_prints_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    assert '"Scenario"' in capsys.readouterr().out


def test_version_and_module_entry_point() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "burgerschap", "--version"], capture_output=True, text=True
    )
    assert result.returncode == 0
    assert result.stdout.strip() == f"burgerschap {__version__}"


def test_unknown_command_is_a_usage_error() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "burgerschap", "toveren"], capture_output=True, text=True
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
