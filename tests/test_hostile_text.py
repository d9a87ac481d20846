"""A class cannot break the lesson (issue 13): text from outside the code is plain text.

The hostile corpus (tests/hostile_support.py: markup, escape sequences in
every spelling, bidi overrides, long strings, joiners, emoji, right-to-left
text) goes in every way text enters and comes out of every screen and command
that shows it. Nothing may crash, markup must show as typed, and no control
character (ESC, C1, other C0 but newline and tab) may reach an output: the
bytes a command writes, or the segments a screen draws. See docs/plain-text.md.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError
from textual import events
from textual.widgets import DataTable, OptionList, TextArea

from burgerschap.classroom.errors import NicknameError
from burgerschap.classroom.export import student_table, to_csv
from burgerschap.classroom.handin import checksum, import_results, write_result
from burgerschap.classroom.lessons import create_lesson, get_lesson
from burgerschap.classroom.nicknames import clean_nickname
from burgerschap.classroom.simulate import play, play_solo
from burgerschap.classroom.store import Store
from burgerschap.cli import main
from burgerschap.i18n.problem_words import problem_line, problem_text
from burgerschap.paths import database_path, user_library_dir
from burgerschap.pin import hash_pin
from burgerschap.scenario.loader import inspect_text, load_text
from burgerschap.scenario.models import Scenario
from burgerschap.scenario.plaintext import (
    escape_unsafe,
    find_unsafe,
    plain_line,
    plain_text,
)
from burgerschap.scenario.problems import Problem
from burgerschap.scenario.serialize import dump_data
from burgerschap.scenario.twee import import_twee
from burgerschap.settings import Settings, load_settings, save_settings
from burgerschap.tui.app import BurgerschapApp, make_app
from hostile_support import (
    ESCAPES,
    HOSTILE,
    MARKUP,
    SAFE_UNICODE,
    YAML_SPELLINGS,
    assert_plain,
    assert_plain_bytes,
    escaped_scenario,
    hostile_scenario,
    shown,
    write_scenario,
)
from lesson_support import CLASSROOM, make_lesson, open_store, scenario, wait_for

ATTACK = "".join(ESCAPES.values())
"""Every escape at once, for the places that take one string."""

# The rule ------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",))))
def test_plain_text_drops_every_unsafe_character_and_nothing_else(text: str) -> None:
    cleaned = plain_text(text)
    assert find_unsafe(cleaned) == -1
    assert plain_text(cleaned) == cleaned
    if find_unsafe(text) == -1:
        assert cleaned == text
    assert "\n" not in plain_line(text) and find_unsafe(plain_line(text)) == -1
    escaped = escape_unsafe(json.dumps(text, ensure_ascii=False))
    assert find_unsafe(escaped) == -1 and json.loads(escaped) == text


def test_the_rule_keeps_text_a_scenario_may_hold() -> None:
    for text in [*MARKUP, *SAFE_UNICODE, "regel 1\nregel 2\tmet tab"]:
        assert plain_text(text) == text
    assert plain_text("a\r\nb\rc") == "a\nb\nc"  # Windows and old Mac line ends
    assert plain_text(ESCAPES["osc52"]) == "]52;c;aGFjaw=="


# The loader ------------------------------------------------------------------

FIELDS = {
    # where the escape goes, and the line:col its backslash is at in `_place`
    "title": 'title: "Klik {} hier"',
    "text": '    text: "Hallo {}"',
    "choice": '    choices: [{{text: "Door {}", goto: einde}}]',
    "key": '  "be{}gin2": {{ending: {{title: X}}}}',
    "ending": '  einde: {{ending: {{title: "Einde {}"}}}}',
}


def _place(field: str, spelling: str) -> tuple[str, tuple[int, int]]:
    lines = [
        "format: 1",
        "id: ontsnapt",
        'title: "Klik hier"',
        "dimensions: {p: {label: P}}",
        "start: begin",
        "nodes:",
        "  begin:",
        '    text: "Hallo"',
        "    choices: [{text: Door, goto: einde}]",
        "  einde: {ending: {title: Einde}}",
    ]
    prefix = FIELDS[field].split("{}")[0].replace("{{", "{")
    line = FIELDS[field].format(spelling)
    where = {"title": 2, "text": 7, "choice": 8, "key": 10, "ending": 9}[field]
    if field == "key":
        lines.insert(where, line)
    else:
        lines[where] = line
    return "\n".join(lines) + "\n", (where + 1, len(prefix) + 1)


@pytest.mark.parametrize("field", sorted(FIELDS))
@pytest.mark.parametrize("spelling", YAML_SPELLINGS)
def test_the_loader_refuses_a_control_character_in_any_spelling(field: str, spelling: str) -> None:
    text, where = _place(field, spelling)
    inspection = inspect_text(text, "les.yaml")
    assert not inspection.ok
    [problem] = inspection.errors
    assert problem.code in ("yaml_control_escape", "yaml_bidi")
    assert (problem.line, problem.col) == where
    for lang in ("nl", "en"):
        message = problem_line(problem, lang)  # type: ignore[arg-type]
        assert message.startswith(f"les.yaml:{where[0]}:{where[1]}: ")
        assert "U+" in message
        assert_plain(message)
    if problem.code == "yaml_control_escape":
        assert spelling in problem_text(problem, "en")


@pytest.mark.parametrize(("char", "code"), [("\u202e", "yaml_bidi"), ("\x85", "yaml_control_char")])
def test_the_loader_refuses_raw_bidi_overrides_and_nel_where_they_stand(
    char: str, code: str
) -> None:
    text = escaped_scenario().replace('"Klik \\e]52;c;aGFjaw==\\a hier"', f"Klik {char}hier")
    text = text.replace('"Hallo\\e[c"', "Hallo")
    [problem] = inspect_text(text, "les.yaml").errors
    assert (problem.code, problem.line, problem.col) == (code, 3, 13)


def test_windows_line_ends_and_tabs_in_text_still_load() -> None:
    text = escaped_scenario().replace("\\e]52;c;aGFjaw==\\a", "\\t").replace("\\e[c", "")
    assert load_text(text.replace("\n", "\r\n")).document.title == "Klik \t hier"


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30))
def test_any_text_loads_exactly_when_it_holds_nothing_unsafe(text: str) -> None:
    data = hostile_scenario()
    data["summary"] = text  # written back as YAML: unsafe characters become escapes
    inspection = inspect_text(dump_data(data), "les.yaml")
    assert inspection.ok == (find_unsafe(text) == -1)
    if not inspection.ok:
        assert inspection.errors[0].code in ("yaml_control_escape", "yaml_bidi")


def test_the_models_refuse_what_the_loader_refuses() -> None:
    """Copies that do not come through the loader (a lesson's stored scenario) are checked too."""
    data = hostile_scenario()
    assert Scenario.model_validate(data).title == data["title"]
    for where in (("title",), ("nodes", "begin", "choices", 0, "text"), ("authors", 0)):
        bad = json.loads(json.dumps(data))
        parent = bad
        for key in where[:-1]:
            parent = parent[key]
        parent[where[-1]] = ESCAPES["osc52"]
        with pytest.raises(ValidationError):
            Scenario.model_validate(bad)


def test_a_tampered_lesson_copy_is_not_played(_isolated_home: Path) -> None:
    lesson = make_lesson(_isolated_home)
    with sqlite3.connect(_isolated_home / "burgerschap.sqlite3") as conn:
        conn.execute(
            "UPDATE lesson_scenarios SET document = replace(document, 'De speeltuin', ?)",
            ("\\u001b]52;c;aGFjaw==\\u0007",),
        )
    store = open_store(_isolated_home)
    try:
        found = get_lesson(store, lesson.code)
    finally:
        store.close()
    assert found is not None and found.scenarios[0].scenario is None


def test_problem_messages_quote_file_names_as_plain_text() -> None:
    problem = Problem("file_missing", file=f"les{ATTACK}.yaml", line=1, col=2)
    for lang in ("nl", "en"):
        assert_plain(problem_line(problem, lang))  # type: ignore[arg-type]


# Other ways in -------------------------------------------------------------


def test_twine_import_drops_control_characters_from_names_and_text() -> None:
    twee = (
        ":: StoryTitle\nVerhaal\x9b6n\n\n"
        f":: Start{ESCAPES['osc52']}\nHallo \x1b[c [[Verder->Einde]]\n\n"
        f":: Einde\nKlaar{ESCAPES['bidi']}\n"
    )
    result = import_twee(twee, "verhaal.twee")
    assert_plain(dump_data(result.data), "the draft")
    warned = [w for w in result.warnings if w.code == "twee_control_char"]
    assert [(w.params["passage"], w.line) for w in warned] == [
        ("StoryTitle", 2),
        ("Start]52;c;aGFjaw==", 4),
        ("Einde", 8),
    ]
    assert result.inspection is not None and result.inspection.ok
    assert result.data["title"] == "Verhaal6n"


@pytest.mark.parametrize("text", HOSTILE)
def test_nicknames_refuse_or_drop_what_is_unsafe(text: str) -> None:
    try:
        assert_plain(clean_nickname(f"Sam{text}"))
    except NicknameError as exc:
        assert_plain(exc.message("nl"))


def test_a_nickname_in_settings_json_loses_its_control_characters(_isolated_home: Path) -> None:
    _isolated_home.mkdir(parents=True, exist_ok=True)
    raw = {"nickname": f"Sam{ESCAPES['osc52']}{ESCAPES['da']}"}
    (_isolated_home / "settings.json").write_text(json.dumps(raw), "utf-8")
    assert load_settings(_isolated_home / "settings.json").nickname == "Sam]52;c;aGFjaw==[c"


def test_reflections_and_lesson_titles_are_kept_as_plain_text(tmp_path: Path) -> None:
    store = Store(tmp_path / "db.sqlite3")
    try:
        lesson = create_lesson(store, f"Klas{ATTACK} 2B", [scenario()])
        assert_plain(lesson.title)
        game = play(store, lesson.code, "Sam", "proeftuin@1", reflection=f"Leuk{ATTACK}\r\necht")
        record = store.game(game)
        assert record is not None and record.reflection is not None
        assert_plain(record.reflection)
        assert record.reflection.endswith("\necht")
    finally:
        store.close()


def test_a_hand_in_file_is_imported_as_plain_text(tmp_path: Path) -> None:
    student = Store(tmp_path / "student.sqlite3")
    teacher = Store(tmp_path / "teacher.sqlite3")
    try:
        game_id = play_solo(student, scenario(), "Sam", [0, 0, 0], seed=7, reflection="Leuk")
        path = write_result(student, game_id, tmp_path)
        data = json.loads(path.read_text("utf-8"))
        data["game"]["reflection"] = f"{MARKUP[0]}{ATTACK}"
        data["checksum"] = checksum(data)  # a student who knows the format
        path.write_text(json.dumps(data), "utf-8")
        code = create_lesson(teacher, "Klas", [scenario()]).code
        [outcome] = import_results(teacher, code, [path])
        assert outcome.status == "imported"
        record = teacher.game(game_id)
        assert record is not None and record.reflection is not None
        assert_plain(record.reflection)
        assert record.reflection.startswith(MARKUP[0])
        # A nickname that breaks the rules is refused, and the message is plain.
        data["game"]["nickname"] = f"Sam{ATTACK}"
        data["game"]["id"] = "f" * 32
        data["checksum"] = checksum(data)
        path.write_text(json.dumps(data), "utf-8")
        [refused] = import_results(teacher, code, [path])
        assert refused.status == "error" and refused.error is not None
        assert_plain(refused.error.message("nl"))
    finally:
        student.close()
        teacher.close()


def test_csv_cells_drop_control_characters_then_guard_formulas(tmp_path: Path) -> None:
    store = Store(tmp_path / "db.sqlite3")
    try:
        code = create_lesson(store, "Klas", [scenario()]).code
        game = play(store, code, "Sam", "proeftuin@1", reflection="x")
        for sneaky in ("\x1b=HYPERLINK(1)", "\u202e+1", "@SUM(1)", "-2+3"):
            store.save_reflection(game, "x")
            store.conn.execute("UPDATE games SET reflection = ? WHERE id = ?", (sneaky, game))
            data = to_csv(*student_table(store, code))
            assert_plain_bytes(data.replace(b"\r\n", b"\n"))
            [row] = csv.DictReader(io.StringIO(data.decode("utf-8-sig")), delimiter=";")
            assert row["Reflectie"] == "'" + plain_text(sneaky)
    finally:
        store.close()


# The command line ----------------------------------------------------------


def run(capsys: pytest.CaptureFixture[bytes], *argv: str) -> tuple[int, bytes, bytes]:
    """``burgerschap ARGV`` as bytes out: each checked to be plain text."""
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse's usage errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    assert_plain_bytes(out, f"stdout of {argv}")
    assert_plain_bytes(err, f"stderr of {argv}")
    return code, out, err


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    """A scenario with escapes, one with a hostile file name, and a valid hostile one (twice)."""
    folder = tmp_path / "bestanden"
    folder.mkdir()
    escaped = folder / "ontsnapt.yaml"
    escaped.write_text(escaped_scenario(), "utf-8")
    named = folder / f"naam{ESCAPES['osc52']}{ESCAPES['c1_csi']}.yaml"
    named.write_text(escaped_scenario("\\u202e"), "utf-8")
    valid = write_scenario(folder, hostile_scenario())
    data = hostile_scenario()
    data["version"] = 2
    data["nodes"]["begin"]["choices"][0]["text"] = MARKUP[0]
    data["dimensions"]["participatie"]["label"] = SAFE_UNICODE[1]
    newer = write_scenario(folder, data, "vijandig-2.yaml")
    return {"escaped": escaped, "named": named, "valid": valid, "newer": newer}


def test_validate_and_check_refuse_escapes_with_plain_output(
    capsysbinary: pytest.CaptureFixture[bytes], files: dict[str, Path]
) -> None:
    escaped, named = str(files["escaped"]), str(files["named"])
    code, out, _ = run(capsysbinary, "validate", escaped, named)
    assert code == 1
    assert f"{escaped}:3:14: fout: stuurteken U+001B (geschreven als \\e)".encode() in out
    assert b"naam]52;c;aGFjaw==6n.yaml:3:14: fout: onzichtbaar teken U+202E" in out
    code, out, _ = run(capsysbinary, "--lang", "en", "check", escaped, named)
    assert code == 1 and b"control character U+001B (written as \\e)" in out
    code, out, _ = run(capsysbinary, "check", "--json", escaped, named)
    assert code == 1 and json.loads(out)["scenarios"][1]["path"] == named
    for target in (escaped, named):
        assert run(capsysbinary, "export", "--format", "twee", target)[0] == 1
        assert run(capsysbinary, "diff", target, target)[0] == 2
        assert run(capsysbinary, "play", target)[0] == 1


def test_check_export_and_diff_show_markup_as_typed(
    capsysbinary: pytest.CaptureFixture[bytes], files: dict[str, Path]
) -> None:
    valid, newer = str(files["valid"]), str(files["newer"])
    code, out, _ = run(capsysbinary, "check", "--random", "20", "--seed", "1", valid)
    assert code == 0 and b"vijandig@1" in out
    code, out, _ = run(capsysbinary, "check", "--json", valid)
    assert code == 0 and json.loads(out)["scenarios"][0]["id"] == "vijandig"
    for form in ("twee", "mermaid", "dot"):
        code, out, _ = run(capsysbinary, "export", "--format", form, valid)
        assert code == 0 and out
    code, out, _ = run(capsysbinary, "export", "--format", "twee", valid)
    assert MARKUP[1].encode() in out and SAFE_UNICODE[0].encode() in out
    code, out, _ = run(capsysbinary, "diff", valid, newer)
    assert code == 1 and MARKUP[0].encode() in out and MARKUP[1].encode() in out
    code, out, _ = run(capsysbinary, "diff", "--json", valid, newer)
    assert code == 1 and MARKUP[0] in json.dumps(json.loads(out), ensure_ascii=False)


def test_twine_import_prints_plain_warnings(
    capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path
) -> None:
    path = tmp_path / "verhaal.twee"
    path.write_text(f":: Start{ESCAPES['osc52']}\nHallo\x9b6n [[Einde]]\n\n:: Einde\nKlaar\n")
    code, out, _ = run(capsysbinary, "import", str(path))
    assert code == 0 and b"Start]52;c;aGFjaw==" in out
    [draft] = user_library_dir().glob("*.draft.yaml")
    assert inspect_text(draft.read_text("utf-8")).ok


def test_lesson_commands_write_plain_text(
    capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path
) -> None:
    user_library_dir().mkdir(parents=True)
    (user_library_dir() / "proeftuin.yaml").write_bytes((CLASSROOM / "proeftuin.yaml").read_bytes())
    code, out, _ = run(
        capsysbinary, "lesson", "new", "--scenario", "proeftuin", "--title", f"Klas{ATTACK}"
    )
    assert code == 0
    lesson_code = out.decode().strip()
    store = Store(database_path())
    try:
        play(store, lesson_code, "Sam", "proeftuin@1", reflection="goed")
        # As an older version or a hand-edited database might hold them:
        with store.transaction() as conn:
            conn.execute("UPDATE games SET reflection = ?, nickname = ?", (ATTACK, f"Sam{ATTACK}"))
            conn.execute("UPDATE lesson_students SET nickname = ?", (f"Sam{ATTACK}",))
            conn.execute("UPDATE lessons SET title = ?", (f"Klas{ATTACK}",))
            conn.execute("UPDATE lesson_scenarios SET title = ?", (f"Tuin{ATTACK}",))
        student = Store(tmp_path / "student.sqlite3")
        handin_id = play_solo(student, scenario(), "Noor", [0, 0, 0], seed=7, reflection="x")
        path = write_result(student, handin_id, tmp_path)
        student.close()
    finally:
        store.close()
    data = json.loads(path.read_text("utf-8"))
    data["game"]["reflection"] = ATTACK
    data["checksum"] = checksum(data)
    hostile_name = path.with_name(f"noor{ESCAPES['da']}.result.json")
    hostile_name.write_text(json.dumps(data), "utf-8")
    assert run(capsysbinary, "lesson", "import", lesson_code, str(hostile_name))[0] == 0
    assert run(capsysbinary, "lesson", "list")[0] == 0
    code, out, _ = run(capsysbinary, "lesson", "show", lesson_code)
    assert code == 0 and b"Sam]52;c;aGFjaw==" in out
    for extra in ((), ("--format", "json"), ("--table", "choices")):
        assert run(capsysbinary, "lesson", "export", lesson_code, *extra)[0] == 0
    code, out, _ = run(capsysbinary, "lesson", "export", lesson_code, "--format", "json")
    reflections = {g["reflection"] for g in json.loads(out)["games"]}
    assert ATTACK in reflections  # an old database's text stays whole, escaped in JSON
    assert plain_text(ATTACK) in reflections  # the hand-in's, cleaned when imported
    assert run(capsysbinary, "lesson", "handin", "--list")[0] == 0
    assert run(capsysbinary, "lesson", "show", "a", "b", ESCAPES["da"])[0] == 2
    assert run(capsysbinary, "lesson", "delete", lesson_code, "--yes")[0] == 0


# The screens ---------------------------------------------------------------


def _app(home: Path, library: Path, nickname: str = "Sam", **kwargs: Any) -> BurgerschapApp:
    settings_ = Settings(nickname=nickname, pin_hash=hash_pin("2468"))
    save_settings(settings_, home / "settings.json")
    kwargs.setdefault("folders", [(library, "builtin"), (home / "library", "user")])
    return make_app(home, seed=3, blink=False, **kwargs)


async def _settle(pilot: Any) -> None:
    app = pilot.app
    await wait_for(pilot, lambda: app.library_ready, what="the library")
    for _ in range(3):
        await app.workers.wait_for_complete()
        await pilot.pause()


def _check(app: BurgerschapApp, where: str, *visible: str) -> None:
    text = shown(app)
    assert_plain(text, where)
    for part in visible:
        assert part in text, f"{where}: {part!r} not shown"


async def test_a_reflection_with_markup_shows_as_typed_on_the_dashboard(
    _isolated_home: Path,
) -> None:
    """The attack of issue 13: ``Ik vond het [/]`` crashed the teacher's app (MarkupError)."""
    from burgerschap.tui.screens.dashboard import DashboardScreen

    lesson = make_lesson(_isolated_home)
    store = open_store(_isolated_home)
    try:
        play(store, lesson.code, "Ada", "proeftuin@1", seed=1, reflection=MARKUP[0])
        play(store, lesson.code, "Bo", "proeftuin@1", seed=2, reflection=MARKUP[1])
    finally:
        store.close()
    app = _app(_isolated_home, CLASSROOM)
    async with app.run_test(size=(120, 30), notifications=True) as pilot:
        app.push_screen(DashboardScreen(lesson.code))
        board = app.screen
        assert isinstance(board, DashboardScreen)
        await wait_for(pilot, lambda: board.snapshot is not None, what="the dashboard")
        table = board.query_one("#dash-students", DataTable)
        for row, reflection in enumerate((MARKUP[0], MARKUP[1])):
            table.move_cursor(row=row)
            await pilot.press("enter")
            await pilot.pause()
            assert app.is_running
            _check(app, "the dashboard", reflection)


async def test_the_teachers_screens_show_an_old_databases_text_plainly(
    _isolated_home: Path,
) -> None:
    from burgerschap.tui.screens.dashboard import DashboardScreen
    from burgerschap.tui.screens.debrief import DebriefScreen
    from burgerschap.tui.screens.lessons import LessonsScreen

    lesson = make_lesson(_isolated_home)
    store = open_store(_isolated_home)
    try:
        play(store, lesson.code, "Ada", "proeftuin@1", seed=1, reflection="x")
        with store.transaction() as conn:
            conn.execute("UPDATE games SET reflection = ?, nickname = ?", (ATTACK, MARKUP[1]))
            conn.execute("UPDATE lesson_students SET nickname = ?", (f"Ada{ATTACK}",))
            conn.execute("UPDATE lessons SET title = ?", (f"{MARKUP[0]}{ATTACK}",))
            conn.execute("UPDATE lesson_scenarios SET title = ?", (f"{MARKUP[2]}{ATTACK}",))
    finally:
        store.close()
    app = _app(_isolated_home, CLASSROOM)
    async with app.run_test(size=(120, 30), notifications=True) as pilot:
        app.push_screen(LessonsScreen())
        await pilot.pause()
        _check(app, "the lessons", MARKUP[0])
        app.push_screen(DashboardScreen(lesson.code))
        board = app.screen
        assert isinstance(board, DashboardScreen)
        await wait_for(pilot, lambda: board.snapshot is not None, what="the dashboard")
        await pilot.press("enter")
        await pilot.pause()
        _check(app, "the dashboard", MARKUP[0], "Ada]52;c;aGFjaw==")
        app.push_screen(DebriefScreen(lesson.code))
        debrief = app.screen
        assert isinstance(debrief, DebriefScreen)
        await wait_for(pilot, lambda: debrief.data is not None, what="the debrief")
        for _ in range(5):
            _check(app, "the debrief")
            await pilot.press("right")
        _check(app, "the debrief's endings")


async def test_the_game_shows_a_hostile_scenario_as_typed(_isolated_home: Path) -> None:
    """Every text of a scenario that plays: home, story, choices, feedback, question, ending."""
    from burgerschap.tui.screens.ending import EndingScreen
    from burgerschap.tui.screens.play import PlayScreen

    library = _isolated_home / "bieb"
    write_scenario(library, hostile_scenario())
    app = _app(_isolated_home, library)
    async with app.run_test(size=(160, 50), notifications=True) as pilot:
        await _settle(pilot)
        _check(app, "home", MARKUP[1], SAFE_UNICODE[0])
        entry = app.workspace.find("vijandig")
        assert entry is not None
        app.open_entry(entry)
        await pilot.pause()
        assert isinstance(app.screen, PlayScreen)
        _check(app, "the story", MARKUP[1], f"{MARKUP[0]} begin", MARKUP[3], SAFE_UNICODE[3])
        await pilot.press("1")  # the first choice: its feedback
        await pilot.pause()
        _check(app, "the feedback", MARKUP[2])
        await pilot.press("enter")
        await pilot.pause()
        _check(app, "the question", f"{MARKUP[0]} vraag?", "nee " + MARKUP[1])
        screen = app.screen
        assert isinstance(screen, PlayScreen)
        choices = screen.query_one("#choices")
        await pilot.press(str(choices.values.index(0) + 1))  # type: ignore[attr-defined]
        await pilot.pause()
        _check(app, "the answer", f"{MARKUP[2]} uitleg")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, EndingScreen)
        _check(app, "the ending", f"{MARKUP[0]} einde", f"{MARKUP[0]} vraag")
        field = app.screen.query_one("#reflection", TextArea)
        field.focus()
        app.post_message(events.Paste(f"Ik vond het [/]{ATTACK}"))
        await pilot.pause()
        # The reflection box takes several lines; what is pasted arrives without controls.
        assert field.text.startswith("Ik vond het [/]")
        assert not any(ord(c) < 32 and c not in "\n\t" for c in field.text), repr(field.text)
        await pilot.press("tab")  # leaving the box saves the reflection
        await pilot.pause()
        _check(app, "the saved reflection")


async def test_the_glossary_shows_hostile_words_as_typed(_isolated_home: Path) -> None:
    """Terms, explanations, see-also, sources and what the student types into the search."""
    from burgerschap.tui.screens.glossary import GlossaryScreen

    library = _isolated_home / "bieb"
    names = [*MARKUP, *SAFE_UNICODE[:4]]
    terms = [
        {
            "term": name,
            "term_en": f"{MARKUP[1]} en",
            "text": f"{MARKUP[0]} uitleg {n}",
            "text_en": f"{MARKUP[2]} meaning {n}",
            "see": [names[(n + 1) % len(names)]],
            "source": MARKUP[4],
        }
        for n, name in enumerate(names)
    ]
    glossary = {"format": 1, "kind": "glossary", "id": "woorden", "title": MARKUP[3]}
    write_scenario(library, {**glossary, "terms": terms})
    app = _app(_isolated_home, library)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await _settle(pilot)
        app.open_glossary()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, GlossaryScreen)
        for index, term in enumerate(screen.shown):
            screen.query_one("#glossary-terms", OptionList).highlighted = index
            await pilot.pause()
            _check(app, f"the glossary, term {index}", term.term, f"{MARKUP[0]} uitleg")
        app.switch_language("en")
        await pilot.pause()
        _check(app, "the glossary in English", f"({MARKUP[1]} en)", MARKUP[4])
        await pilot.press(*"[/]")
        await pilot.pause()
        _check(app, "the glossary searched", "[/]", "Ik vond het [/]")


async def test_a_scenario_with_escapes_never_reaches_the_screen(_isolated_home: Path) -> None:
    """The loader refused it; the home screen lists it as broken, in plain words."""
    library = _isolated_home / "bieb"
    library.mkdir(parents=True)
    (library / "ontsnapt.yaml").write_text(escaped_scenario(), "utf-8")
    (library / f"naam{ESCAPES['osc52']}.yaml").write_text(escaped_scenario("\\x9b"), "utf-8")
    app = _app(_isolated_home, library, nickname=f"Sam{ESCAPES['da']}")
    async with app.run_test(size=(160, 40), notifications=True) as pilot:
        await _settle(pilot)
        home = app.screen
        library_list: Any = home.query_one("#library")
        for index in range(len(library_list.options)):
            library_list.highlighted = index
            await pilot.pause()
            _check(app, f"home, item {index}")
        _check(app, "home", "Sam[c", "ontsnapt.yaml:3", "naam]52;c;aGFjaw==.yaml:3")


async def test_the_teachers_editing_screens_show_names_as_typed(_isolated_home: Path) -> None:
    """Library, editor (story, settings, YAML, map), diff, try-out, a new lesson."""
    from burgerschap.application.editing import EditSession
    from burgerschap.tui import authoring
    from burgerschap.tui.screens.diff import DiffScreen
    from burgerschap.tui.screens.lesson_new import NewLessonScreen
    from burgerschap.tui.screens.library import LibraryScreen
    from burgerschap.tui.screens.tryout import TryoutDialog

    library = _isolated_home / "bieb"
    write_scenario(library, hostile_scenario())
    app = _app(_isolated_home, library)
    async with app.run_test(size=(160, 50), notifications=True) as pilot:
        await _settle(pilot)
        entry = app.workspace.find("vijandig")
        assert entry is not None and isinstance(entry.document, Scenario)
        app.push_screen(LibraryScreen())
        await pilot.pause()
        _check(app, "the library", MARKUP[1])
        app.push_screen(NewLessonScreen())
        await _settle(pilot)
        _check(app, "a new lesson", MARKUP[1])
        app.pop_screen()
        app.push_screen(TryoutDialog(entry.document, "begin"))
        await pilot.pause()
        _check(app, "the try-out", MARKUP[1])
        app.pop_screen()
        # The editor works on data that is not checked yet: names too may be markup.
        data = hostile_scenario()
        data["nodes"][MARKUP[0]] = data["nodes"].pop("vraag")
        data["dimensions"][MARKUP[1]] = data["dimensions"].pop("samenwerking")
        data["start"] = MARKUP[0]
        session = EditSession(data, origin="draft", library_dir=_isolated_home / "library")
        authoring.open_editor(app, session)
        await _settle(pilot)
        screen: Any = app.screen
        screen.query_one("#node-list").select_node(MARKUP[0])
        await _settle(pilot)
        _check(app, "the editor's story", MARKUP[0])
        for tab in ("tab-settings", "tab-yaml", "tab-map"):
            screen.query_one("TabbedContent").active = tab
            await _settle(pilot)
            _check(app, f"the editor's {tab}")
        app.push_screen(DiffScreen.of_data(hostile_scenario(), data))
        await pilot.pause()
        _check(app, "the diff", MARKUP[0])


async def test_serve_prints_an_ipv6_address_as_typed(monkeypatch: pytest.MonkeyPatch) -> None:
    from rich.console import Console

    from burgerschap.web.server import SERVED_ENV, ClassroomServer

    monkeypatch.setenv(SERVED_ENV, "")  # the server sets it; restored after the test
    server = ClassroomServer(host="fe80::1", port=8000)
    out = io.StringIO()
    server.console = Console(file=out, width=120)
    await server.on_startup(None)  # type: ignore[arg-type]
    assert "http://[fe80::1]:8000/" in out.getvalue()  # not read as the style "fe80::1"


def test_a_fault_line_quotes_a_file_name_plainly(
    capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path
) -> None:
    blocker = tmp_path / f"map{ESCAPES['osc52']}"
    blocker.write_text("een bestand, geen map")
    target = blocker / "kaart.dot"
    code, _, err = run(capsysbinary, "export", "--format", "dot", "speeltuin", "-o", str(target))
    assert code == 1 and b"map]52;c;aGFjaw==" in err


def test_serve_logs_a_refused_host_as_plain_text(monkeypatch: pytest.MonkeyPatch) -> None:
    from aiohttp import web
    from aiohttp.test_utils import make_mocked_request
    from rich.console import Console

    from burgerschap.web.server import SERVED_ENV, ClassroomServer

    monkeypatch.setenv(SERVED_ENV, "")
    server = ClassroomServer(host="127.0.0.1", port=8000)
    out = io.StringIO()
    server.console = Console(file=out, width=200, force_terminal=False)
    request = make_mocked_request("GET", "/", headers={"Host": f"evil{ESCAPES['osc52']}"})
    with pytest.raises(web.HTTPForbidden):
        server._check_host(request)
    assert "evil]52;c;aGFjaw==" in out.getvalue()
    assert_plain(out.getvalue(), "serve's console")
