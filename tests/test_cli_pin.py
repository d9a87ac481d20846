"""When a teacher PIN is set, teacher commands on the command line ask for it.

Found by a tester: the PIN guarded only the app; ``lesson delete --yes``,
``lesson export``, ``lesson new`` and ``import`` needed nothing, and ``lesson
handin --list --game x`` showed and handed in every student's games on a
shared computer.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from burgerschap.classroom.lessons import create_lesson
from burgerschap.classroom.simulate import play_solo
from burgerschap.classroom.store import Store
from burgerschap.cli import main
from burgerschap.paths import database_path
from burgerschap.pin import hash_pin
from burgerschap.scenario import Scenario, load_file
from burgerschap.settings import Settings, load_settings, save_settings

DATA = Path(__file__).parent / "data" / "classroom"
SPEELTUIN = Path(__file__).parents[1] / "scenarios" / "speeltuin.yaml"


@pytest.fixture
def code(_isolated_home: Path) -> str:
    save_settings(Settings(nickname="Sam", pin_hash=hash_pin("2468")))
    document = load_file(DATA / "proeftuin.yaml").document
    assert isinstance(document, Scenario)
    store = Store(database_path())
    try:
        return create_lesson(store, "2B dinsdag", [document]).code
    finally:
        store.close()


def _lessons() -> int:
    store = Store(database_path())
    try:
        return len(store.conn.execute("SELECT code FROM lessons").fetchall())
    finally:
        store.close()


@pytest.mark.parametrize(
    "argv",
    [
        ["lesson", "delete", "--yes", "{code}"],
        ["lesson", "close", "{code}"],
        ["lesson", "reset", "{code}", "Sam"],
        ["lesson", "export", "{code}"],
        ["lesson", "new", "--scenario", "speeltuin", "--title", "Stiekem"],
        ["lesson", "import", "{code}", "niets.result.json"],
        ["import", str(SPEELTUIN)],
    ],
)
def test_teacher_commands_need_the_pin(
    code: str, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    assert main([a.format(code=code) for a in argv]) == 1
    out, err = capsys.readouterr()
    assert "pincode" in err and "BURGERSCHAP_PIN" in err
    assert code not in out  # nothing was exported either
    assert _lessons() == 1


def test_the_pin_from_the_environment_or_a_file_lets_the_teacher_in(
    code: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setenv("BURGERSCHAP_PIN", "2468")
    assert main(["lesson", "export", code]) == 0
    assert "bijnaam" in capsys.readouterr().out.lower()
    monkeypatch.delenv("BURGERSCHAP_PIN")
    pin_file = tmp_path / "pin.txt"
    pin_file.write_text("2468\n", "utf-8")
    monkeypatch.setenv("BURGERSCHAP_PIN_FILE", str(pin_file))
    assert main(["lesson", "delete", "--yes", code]) == 0
    assert _lessons() == 0


def test_wrong_pins_count_and_make_the_next_try_wait(
    code: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BURGERSCHAP_PIN", "0000")
    assert main(["lesson", "delete", "--yes", code]) == 1
    assert "verkeerde pincode" in capsys.readouterr().err
    assert main(["lesson", "delete", "--yes", code]) == 1
    assert load_settings().pin_failures == 2
    monkeypatch.setenv("BURGERSCHAP_PIN", "2468")  # right, but too soon after two wrong tries
    assert main(["lesson", "delete", "--yes", code]) == 1
    assert "seconden" in capsys.readouterr().err
    assert _lessons() == 1


def test_on_a_shared_computer_a_student_hands_in_only_their_own_games(
    code: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    document = load_file(DATA / "proeftuin.yaml").document
    assert isinstance(document, Scenario)
    store = Store(database_path())
    own = play_solo(store, document, "Sam", [0, 0, 0])
    other = play_solo(store, document, "Noor", [1, 1])
    store.close()
    assert main(["lesson", "handin", "--list"]) == 0
    listed = capsys.readouterr().out
    assert own[:8] in listed and other[:8] not in listed and "Noor" not in listed
    folder = tmp_path / "stick"
    folder.mkdir()
    assert main(["lesson", "handin", "--game", other[:8], "-o", str(folder)]) == 1
    assert "pincode" in capsys.readouterr().err
    assert main(["lesson", "handin", "--game", own[:8], "-o", str(folder)]) == 0
    assert len(list(folder.iterdir())) == 1
    monkeypatch.setenv("BURGERSCHAP_PIN", "2468")  # the teacher may hand in anyone's game
    assert main(["lesson", "handin", "--game", other[:8], "-o", str(folder)]) == 0
    assert len(list(folder.iterdir())) == 2
