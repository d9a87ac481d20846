"""``burgerschap lesson ...`` end to end, in the test's own data folder."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
from pathlib import Path

import pytest

from burgerschap.classroom.lessons import create_lesson, get_lesson
from burgerschap.classroom.simulate import play, play_solo
from burgerschap.classroom.store import Store
from burgerschap.cli import main
from burgerschap.paths import ENV_DATABASE_URL, database_location, user_library_dir
from burgerschap.scenario import Scenario, load_file
from burgerschap.scenario.library import Library

DATA = Path(__file__).parent / "data" / "classroom"


@pytest.fixture(autouse=True)
def school(database: Path | str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The teacher's store: the data folder's SQLite file, or the school's PostgreSQL by URL."""
    if isinstance(database, str):
        monkeypatch.setenv(ENV_DATABASE_URL, database)


@pytest.fixture(autouse=True)
def library() -> None:
    """The two test scenarios in the user's library."""
    folder = user_library_dir()
    folder.mkdir(parents=True)
    for name in ("proeftuin.yaml", "proefhuis.yaml"):
        shutil.copy(DATA / name, folder / name)


def new_lesson(capsys: pytest.CaptureFixture[str], *extra: str) -> str:
    assert main(["lesson", "new", "--scenario", "proeftuin", "--title", "Klas 2B", *extra]) == 0
    out, err = capsys.readouterr()
    assert "Klas 2B" in err and "proeftuin@1" in err
    return out.strip()


def fill(code: str) -> None:
    store = Store(database_location())
    play(store, code, "Sam", "proeftuin@1", [0, 0, 0], reflection="Goed, toch?")
    play(store, code, "Noor", "proeftuin@1", [1], steps=1)
    store.close()


def test_new_prints_only_the_code(capsys: pytest.CaptureFixture[str]) -> None:
    code = new_lesson(capsys, "--scenario", "proefhuis@2", "--no-back", "--show-scores")
    store = Store(database_location())
    lesson = get_lesson(store, code)
    store.close()
    assert lesson is not None
    assert [s.ref for s in lesson.scenarios] == ["proeftuin@1", "proefhuis@2"]
    assert (lesson.allow_back, lesson.show_scores) == (False, True)


def test_unknown_scenario_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["lesson", "new", "--scenario", "proeftuin@9", "--title", "X"]) == 2
    assert "proeftuin@9" in capsys.readouterr().err
    assert main(["lesson", "list"]) == 0
    assert "geen lessen" in capsys.readouterr().out


def test_new_uses_only_the_teachers_versions(capsys: pytest.CaptureFixture[str]) -> None:
    """A student's own version, even one saved as "proeftuin@2", never becomes a lesson."""
    from burgerschap.paths import student_library_dir
    from burgerschap.scenario.versions import save_version

    own = student_library_dir()
    own.mkdir(parents=True)
    proeftuin = load_file(DATA / "proeftuin.yaml").document
    assert isinstance(proeftuin, Scenario)
    imposter = proeftuin.model_copy(update={"version": 2, "title": "Van een leerling"})
    save_version(imposter, own, Library.scan([(user_library_dir(), "user")]))
    save_version(proeftuin.model_copy(update={"id": "proeftuin-sam"}), own)
    code = new_lesson(capsys)  # the newest of the teacher's: proeftuin@1
    store = Store(database_location())
    lesson = get_lesson(store, code)
    store.close()
    assert lesson is not None and [s.ref for s in lesson.scenarios] == ["proeftuin@1"]
    for ref in ("proeftuin@2", "proeftuin-sam"):
        assert main(["lesson", "new", "--scenario", ref, "--title", "X"]) == 2
        err = capsys.readouterr().err
        assert ref in err and "eigen versie van een leerling" in err


def test_list_show_close(capsys: pytest.CaptureFixture[str]) -> None:
    code = new_lesson(capsys)
    fill(code)
    assert main(["lesson", "list"]) == 0
    out = capsys.readouterr().out
    assert code in out and "2 leerlingen, 1/2 klaar" in out and "open" in out
    assert main(["lesson", "show", code.lower()]) == 0
    out = capsys.readouterr().out
    assert "Sam" in out and "klaar: Samen sterk" in out
    assert "Noor" in out and "proeftuin@1 - De buren (1)" in out
    assert "Participatie" in out and "100.0" in out
    assert main(["lesson", "close", code]) == 0
    assert code in capsys.readouterr().out
    assert main(["--lang", "en", "lesson", "list"]) == 0
    assert "closed" in capsys.readouterr().out
    assert main(["lesson", "close", "XXXXXX"]) == 1
    assert "XXXXXX" in capsys.readouterr().err


def test_reset_gives_a_student_a_new_return_code(capsys: pytest.CaptureFixture[str]) -> None:
    from burgerschap.classroom.errors import NicknameTaken
    from burgerschap.classroom.lessons import join

    code = new_lesson(capsys)
    store = Store(database_location())
    old = join(store, code, "Sam").return_code
    store.close()
    assert main(["lesson", "reset", code, "SAM"]) == 0
    out, err = capsys.readouterr()
    new = out.strip()
    assert len(new) == 4 and new != old and "terugkomcode" in err
    store = Store(database_location())
    try:
        with pytest.raises(NicknameTaken):
            join(store, code, "Sam", return_code=old)
        assert join(store, code, "Sam", return_code=new).rejoined
    finally:
        store.close()
    assert main(["lesson", "reset", code, "Niemand"]) == 1
    assert "Niemand" in capsys.readouterr().err


def test_delete_asks_first(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code = new_lesson(capsys)
    fill(code)
    monkeypatch.setattr("sys.stdin", io.StringIO("nee\n"))
    assert main(["lesson", "delete", code]) == 1
    out, err = capsys.readouterr()
    assert "2 leerlingen" in out and "Niets verwijderd" in err
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # no terminal: no answer is no
    assert main(["lesson", "delete", code]) == 1
    monkeypatch.setattr("sys.stdin", io.StringIO("j\n"))
    assert main(["lesson", "delete", code]) == 0
    assert "verwijderd" in capsys.readouterr().out
    store = Store(database_location())
    assert get_lesson(store, code) is None and store.games() == []
    store.close()
    other = new_lesson(capsys)
    assert main(["lesson", "delete", other, "--yes"]) == 0


def test_export_csv_and_json(capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path) -> None:
    speeltuin = load_file(DATA / "proeftuin.yaml").document
    assert isinstance(speeltuin, Scenario)
    store = Store(database_location())
    code = create_lesson(store, "Klas 2B", [speeltuin]).code
    store.close()
    fill(code)
    target = tmp_path / "uit" / "klas.csv"
    target.parent.mkdir()
    assert main(["lesson", "export", code, "--format", "csv", "-o", str(target)]) == 0
    assert [p.name for p in target.parent.iterdir()] == ["klas.csv"]  # no temporary file left
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data[3:].decode("utf-8"), newline=""), delimiter=";"))
    assert rows[0][:3] == ["Bijnaam", "Scenario", "Inhoudshash"]
    assert [r[0] for r in rows[1:]] == ["Noor", "Sam"]
    assert rows[2][rows[0].index("Reflectie")] == "Goed, toch?"

    assert main(["lesson", "export", code, "--table", "choices", "--delimiter", ","]) == 0
    out = capsysbinary.readouterr().out
    rows = list(csv.reader(io.StringIO(out[3:].decode("utf-8"), newline=""), delimiter=","))
    assert [r[0] for r in rows[1:]] == ["Noor", "Sam", "Sam", "Sam"]

    assert main(["lesson", "export", code, "--format", "json"]) == 0
    data = json.loads(capsysbinary.readouterr().out)
    assert [g["nickname"] for g in data["games"]] == ["Noor", "Sam"]

    assert main(["lesson", "export", code, "--delimiter", "|"]) == 2


def test_handin_and_import(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code = new_lesson(capsys)
    # The student's own computer: another data folder, and SQLite there whatever the school has.
    teacher = dict(os.environ)
    monkeypatch.setenv("BURGERSCHAP_HOME", str(tmp_path / "student"))
    monkeypatch.delenv(ENV_DATABASE_URL, raising=False)
    speeltuin = load_file(DATA / "proeftuin.yaml").document
    assert isinstance(speeltuin, Scenario)
    store = Store(database_location())
    play_solo(store, speeltuin, "Aïcha", [2])
    play_solo(store, speeltuin, "Sam", [1, 1])
    store.close()
    assert main(["lesson", "handin", "--list"]) == 0
    assert "Aïcha" in capsys.readouterr().out
    assert main(["lesson", "handin"]) == 2  # who?
    capsys.readouterr()
    folder = tmp_path / "stick"
    folder.mkdir()
    assert main(["lesson", "handin", "--nickname", "aïcha", "--code", code, "-o", str(folder)]) == 0
    assert str(folder) in capsys.readouterr().out
    assert main(["lesson", "handin", "--nickname", "Lot"]) == 1
    capsys.readouterr()
    [path] = folder.iterdir()
    broken = folder / "kapot.result.json"
    broken.write_text("{", "utf-8")

    for name in ("BURGERSCHAP_HOME", ENV_DATABASE_URL):  # back to the teacher
        if name in teacher:
            monkeypatch.setenv(name, teacher[name])
    assert main(["lesson", "import", code, str(path), str(path), str(broken)]) == 1
    out, err = capsys.readouterr()
    assert "1 geïmporteerd, 1 dubbel, 1 geweigerd" in out
    assert str(broken) in err
    assert main(["lesson", "import", code, str(path)]) == 0
    store = Store(database_location())
    [game] = store.games(lesson_code=code)
    assert (game.nickname, game.ending) == ("Aïcha", "einde_stil")
    store.close()
