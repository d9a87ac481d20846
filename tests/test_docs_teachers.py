"""The teachers' guide (docs/docenten.md) and the program agree: every command it shows runs.

Every ``burgerschap ...`` line of the guide's ``sh`` blocks is run in
process, in the guide's order, against a prepared data folder: the versions,
files and lesson code the guide names exist, and a teacher PIN is set (given
in ``BURGERSCHAP_PIN``, as the guide says scripts do). Each must exit 0, or
the non-zero code the guide documents. Commands that start the game or a
server are listed in :data:`NOT_RUN` and only parsed. Commands quoted inline
in the text are checked against the parser: the command exists, and so does
every option they use.
"""

from __future__ import annotations

import argparse
import re
import shlex
import shutil
from datetime import datetime
from pathlib import Path

import pytest

from burgerschap.classroom import lessons
from burgerschap.classroom.store import Store
from burgerschap.cli import build_parser, main
from burgerschap.commands.teacher_pin import PIN_ENV
from burgerschap.paths import database_path, user_library_dir
from burgerschap.pin import hash_pin
from burgerschap.scenario.loader import load_file, load_text
from burgerschap.scenario.models import Scenario
from burgerschap.scenario.versions import fork, save_version
from burgerschap.settings import Settings, save_settings

ROOT = Path(__file__).parents[1]
GUIDE = ROOT / "docs" / "docenten.md"
FORMAT_DOC = ROOT / "docs" / "scenario-format.md"
PIN = "2468"
LESSON_CODE = "KMNP47"

NOT_RUN = [
    "burgerschap",
    "burgerschap teacher",
    "burgerschap serve",
    "burgerschap serve --host 0.0.0.0",
    "burgerschap serve --host 0.0.0.0 --port 8080 --max-students 30",
]
"""The game, teacher mode and the browser server: interactive, or they never stop."""
NOT_BURGERSCHAP = ["python3 -m pip install ."]
"""Lines of the sh blocks that are not Burgerschap commands."""
EXIT_CODES = {
    "burgerschap diff bankje@1 bankje@2": 1,
    "burgerschap diff speeltuin@1 speeltuin-noor": 1,
    "burgerschap lesson import 2B-les.json": 1,
}
"""Documented non-zero exits: diff, like diff(1), exits 1 when the versions differ; a lesson
moved back into the data folder it came from is refused while it is still there (the guide:
"Staat de les er al ..., dan weigert het spel dat"); the test has one data folder."""
INLINE_RUN = ["burgerschap check --json democratie", "burgerschap diff speeltuin@1 speeltuin-noor"]
"""Complete commands quoted in the text (no placeholders such as CODE), run after the blocks."""


def _sh_lines() -> list[str]:
    """Every command line of the guide's sh blocks, without its comment."""
    blocks = re.findall(r"```sh\n(.*?)```", GUIDE.read_text("utf-8"), flags=re.S)
    lines = []
    for block in blocks:
        for line in block.splitlines():
            words = shlex.split(line, comments=True)
            if words:
                lines.append(shlex.join(words))
    return lines


SH = _sh_lines()
COMMANDS = [line for line in SH if line.split()[0] == "burgerschap"]


def _argv(command: str) -> list[str]:
    return shlex.split(command)[1:]


def test_the_guide_shows_commands_and_lists_what_is_not_run() -> None:
    assert [line for line in SH if line not in COMMANDS] == NOT_BURGERSCHAP
    assert [c for c in COMMANDS if c in NOT_RUN] == NOT_RUN
    assert len(COMMANDS) - len(NOT_RUN) >= 20
    assert set(EXIT_CODES) <= {*COMMANDS, *INLINE_RUN}


@pytest.mark.parametrize("command", NOT_RUN)
def test_commands_that_are_not_run_parse(command: str) -> None:
    argv = _argv(command)
    if not argv:
        return  # no arguments: main() starts the game without parsing anything
    parser, _ = build_parser("nl")
    args = parser.parse_args(argv)
    assert args.command == argv[0]


def _bankje() -> Scenario:
    """The complete example of docs/scenario-format.md."""
    block = re.search(
        r"```yaml\n(format: 1\nkind: scenario\nid: bankje .*?)```",
        FORMAT_DOC.read_text("utf-8"),
        flags=re.S,
    )
    assert block is not None
    doc = load_text(block.group(1), "bankje.yaml").document
    assert isinstance(doc, Scenario)
    return doc


@pytest.fixture
def prepared(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data_dir: Path) -> Path:
    """A data folder and working folder holding what the guide's commands name."""
    save_settings(Settings(nickname="Docent", pin_hash=hash_pin(PIN)))
    monkeypatch.setenv(PIN_ENV, PIN)
    library = user_library_dir()
    bankje = _bankje()
    save_version(bankje, library, note="Eerste versie", now=datetime(2026, 12, 1, 9, 0))
    second = bankje.model_copy(update={"version": 2, "title": "Het bankje bij de kerk"})
    save_version(second, library, note="Nieuwe titel", now=datetime(2026, 12, 2, 9, 0))
    speeltuin = load_file(ROOT / "scenarios" / "speeltuin.yaml").document
    assert isinstance(speeltuin, Scenario)
    own = fork(speeltuin, "speeltuin-noor", title="De speeltuin van Noor")
    save_version(own, library, note="Een eigen einde", now=datetime(2026, 12, 3, 10, 0))
    store = Store(database_path())
    try:
        with pytest.MonkeyPatch.context() as patch:  # the guide's own lessons get new codes
            patch.setattr(lessons, "new_code", lambda: LESSON_CODE)
            lessons.create_lesson(store, "2B dinsdag", [speeltuin])
    finally:
        store.close()
    work = tmp_path / "werk"
    work.mkdir()
    shutil.copy(data_dir / "twee" / "speeltuin.twee", work / "mijnverhaal.twee")
    shutil.copy(data_dir / "twine" / "harlowe.html", work / "mijnverhaal.html")
    archive = (data_dir / "twine" / "archief.html").read_text("utf-8")
    (work / "archief.html").write_text(
        archive.replace('name="Zwerfafval (Chapbook)"', 'name="Het buurtfeest"'), "utf-8"
    )
    mine = bankje.model_copy(update={"id": "mijnverhaal", "title": "Mijn verhaal"})
    (work / "mijnverhaal.yaml").write_text(
        (library / "bankje@1.yaml").read_text("utf-8").replace("id: bankje", f"id: {mine.id}"),
        "utf-8",
    )
    monkeypatch.chdir(work)
    return work


def test_every_command_of_the_guide_runs(
    prepared: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert set(INLINE_RUN) <= set(_inline())
    ran = []
    for command in [*COMMANDS, *INLINE_RUN]:
        if command in NOT_RUN:
            continue
        code = main(_argv(command))
        captured = capsys.readouterr()
        expected = EXIT_CODES.get(command, 0)
        assert code == expected, f"{command}\n{captured.out}\n{captured.err}"
        ran.append(command)
    assert ran == [c for c in COMMANDS if c not in NOT_RUN] + INLINE_RUN
    # What they made is there.
    for name in ("kaart.md", "kaart.dot", "bankje.twee", "bankje.yaml", "speeltuin-noor.yaml"):
        assert (prepared / name).is_file(), name
    for name in ("2B-dinsdag.csv", "2B-keuzes.csv", "2B-engels.csv", "2B.json"):
        assert (prepared / name).is_file(), name


# Commands quoted in the text


def _inline() -> list[str]:
    spans = re.findall(r"`(burgerschap(?: [^`]*)?)`", GUIDE.read_text("utf-8"))
    return sorted({" ".join(span.split()) for span in spans})


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


@pytest.mark.parametrize("span", _inline())
def test_commands_quoted_in_the_text_exist_with_their_options(span: str) -> None:
    parser, _ = build_parser("nl")
    words = span.split()[1:]
    options = set(parser._option_string_actions)
    for word in words:
        if word.startswith("-"):
            assert word.split("=")[0] in options, f"{span}: no option {word}"
            continue
        commands = _subparsers(parser)
        if not commands:
            continue  # an argument: a file, an id, CODE
        assert word in commands, f"{span}: no command {word}"
        parser = commands[word]
        options |= set(parser._option_string_actions)
