"""Faults of the machine give one line and exit 1 on the command line, never a traceback.

Found by a tester: a corrupt database, a locked one, a read-only folder, a
full disk, a deeply nested settings.json (even for ``--help``) and a closed
pipe all printed raw tracebacks; ``-o`` replaced any file, a ``.docx`` too.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from burgerschap.classroom.store import Store
from burgerschap.cli import main
from burgerschap.paths import database_path

ROOT = Path(__file__).parents[1]


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def test_a_corrupt_database_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    path = database_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"dit is geen database" * 100)
    for lang, word in (("nl", "beschadigd"), ("en", "damaged")):
        code, _, err = _run(capsys, "--lang", lang, "lesson", "list")
        assert code == 1
        assert err.count("\n") == 1 and word in err and str(path) in err


def test_a_locked_database_is_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import burgerschap.classroom.engines.sqlite as sqlite_engine

    Store(database_path()).close()
    monkeypatch.setattr(sqlite_engine, "BUSY_TIMEOUT_MS", 100)
    holder = sqlite3.connect(database_path(), isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        code, _, err = _run(
            capsys, "lesson", "new", "--scenario", "speeltuin", "--title", "2B dinsdag"
        )
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert code == 1
    assert "bezet" in err and err.count("\n") == 1


@pytest.mark.parametrize(
    ("number", "word"),
    [(errno.ENOSPC, "schijf is vol"), (errno.EACCES, "geen toestemming"), (errno.EROFS, "gelezen")],
)
def test_a_full_disk_or_read_only_folder_is_one_line_and_leaves_nothing_half_written(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    number: int,
    word: str,
) -> None:
    import burgerschap.scenario.atomic as atomic

    def refuse(fd: int) -> None:
        raise OSError(number, os.strerror(number))

    monkeypatch.setattr(atomic.os, "fsync", refuse)
    target = tmp_path / "kaart.md"
    code, _, err = _run(capsys, "export", "--format", "mermaid", "speeltuin", "-o", str(target))
    assert code == 1
    assert word in err and err.count("\n") == 1
    assert list(tmp_path.iterdir()) == []  # no half file, no temporary left behind


def test_a_deeply_nested_settings_file_does_not_stop_help(
    capsys: pytest.CaptureFixture[str], _isolated_home: Path
) -> None:
    _isolated_home.mkdir(parents=True, exist_ok=True)
    (_isolated_home / "settings.json").write_text("[" * 100_000 + "]" * 100_000, "utf-8")
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0
    assert "burgerschap" in capsys.readouterr().out


def test_a_closed_pipe_is_not_a_traceback(_isolated_home: Path) -> None:
    env = {**os.environ, "BURGERSCHAP_HOME": str(_isolated_home)}
    process = subprocess.Popen(
        [sys.executable, "-m", "burgerschap", "check", "--json", str(ROOT / "scenarios")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # like `| head -0`: nobody reads
    err = process.stderr.read().decode()
    assert process.wait(timeout=120) == 1
    assert "Traceback" not in err
    assert "afgebroken" in err


def test_o_refuses_to_replace_a_file_without_force(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "verslag.docx"
    target.write_bytes(b"PK\x03\x04 het verslag van de docent")
    code, _, err = _run(capsys, "export", "--format", "mermaid", "speeltuin", "-o", str(target))
    assert code == 1
    assert "bestaat al" in err and "--force" in err
    assert target.read_bytes() == b"PK\x03\x04 het verslag van de docent"
    code, _, _ = _run(
        capsys, "export", "--format", "mermaid", "speeltuin", "-o", str(target), "--force"
    )
    assert code == 0
    assert target.read_text("utf-8").startswith("flowchart")


def test_the_database_is_readable_by_its_owner_only() -> None:
    Store(database_path()).close()
    for path in database_path().parent.glob("burgerschap.sqlite3*"):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


def test_an_older_world_readable_database_is_tightened() -> None:
    Store(database_path()).close()
    os.chmod(database_path(), 0o644)
    Store(database_path()).close()
    assert stat.S_IMODE(database_path().stat().st_mode) == 0o600
