"""Moving a lesson between stores: SQLite to PostgreSQL and back gives the same lesson."""

from __future__ import annotations

import dataclasses
import itertools
import json
import shutil
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

import pg_support
from burgerschap.classroom.errors import ClassroomError
from burgerschap.classroom.export import lesson_json, to_json
from burgerschap.classroom.handin import import_results, write_result
from burgerschap.classroom.lessons import (
    close_lesson,
    create_lesson,
    join,
    reset_student,
    start_game,
)
from burgerschap.classroom.progress import class_results, debrief, students
from burgerschap.classroom.simulate import play, play_moves, play_solo
from burgerschap.classroom.store import Store
from burgerschap.classroom.transfer import import_lesson, is_lesson_file
from burgerschap.cli import main
from burgerschap.paths import ENV_DATABASE_URL, user_library_dir
from burgerschap.scenario import Engine, GameState, Scenario, load_file

DATA = Path(__file__).parent / "data" / "classroom"
REFLECTION = 'Samen; "sterker"\nen nu? 100% 😀'


def scenario(name: str) -> Scenario:
    document = load_file(DATA / f"{name}.yaml").document
    assert isinstance(document, Scenario)
    return document


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """A clock with fractions of a second: exact times must survive the move."""
    ticks = itertools.count()
    start = datetime(2026, 10, 25, 2, 30).timestamp()  # the hour summer time ends
    monkeypatch.setattr("time.time", lambda: start + 37.123457 * next(ticks))


def fill(store: Store, tmp_path: Path) -> str:
    """Every kind of thing a lesson holds."""
    code = create_lesson(
        store, "Klas 2B: verhuizen", [scenario("proeftuin"), scenario("proefhuis")]
    ).code
    play(store, code, "Sam", "proeftuin@1", [0, 0, 0], reflection=REFLECTION)
    play(store, code, "Aïcha", "proefhuis@2", [0])
    play(store, code, "Jip", "proeftuin@1", [0], steps=1)  # still playing
    join(store, code, "Noor")
    game_id, state, engine = start_game(store, code, "Noor", "proeftuin@1")
    play_moves(store, game_id, engine, state, [1], steps=1)
    store.abandon_game(game_id)
    join(store, code, "Lot")  # joined, never played
    store.record_quiz("Sam", "grondwet", 1, 3, 5, ["q2", "q4"], lesson_code=code)
    # A game handed in as a file from a student's own computer.
    own = Store(tmp_path / "eigen.sqlite3")
    solo = play_solo(own, scenario("proeftuin"), "Mo", [1, 1], seed=3, reflection="Thuis")
    path = write_result(own, solo, tmp_path)
    own.close()
    [outcome] = import_results(store, code, [path])
    assert outcome.status == "imported", outcome.error
    return code


def micro(value: Any) -> Any:
    """Dataclasses as dicts, every float rounded to the microsecond."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return micro(dataclasses.asdict(value))
    if isinstance(value, dict):
        return {k: micro(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [micro(v) for v in value]
    return round(value, 6) if isinstance(value, float) else value


def exported(store: Store, code: str, folder: Path, name: str) -> tuple[Path, dict[str, Any]]:
    data = lesson_json(store, code)
    path = folder / f"{name}.json"
    path.write_bytes(to_json(data))
    data.pop("exported_at")
    return path, data


@pytest.fixture
def school(postgres_server: pg_support.Cluster) -> Iterator[Callable[[], str]]:
    made: list[str] = []

    def make() -> str:
        made.append(postgres_server.new_database())
        return made[-1]

    yield make
    for url in made:
        postgres_server.drop(url)


def test_sqlite_to_postgresql_and_back_is_the_same_lesson(
    tmp_path: Path, clock: None, school: Callable[[], str]
) -> None:
    laptop = Store(tmp_path / "laptop.sqlite3")
    code = fill(laptop, tmp_path)
    first, before = exported(laptop, code, tmp_path, "laptop")
    assert is_lesson_file(first)

    server = Store(school())
    moved = import_lesson(server, first)
    assert (moved.code, moved.title) == (code, "Klas 2B: verhuizen")
    second, on_server = exported(server, code, tmp_path, "school")
    assert on_server == before

    back = Store(tmp_path / "thuis.sqlite3")
    import_lesson(back, second)
    _, at_home = exported(back, code, tmp_path, "home")
    assert at_home == before

    # Not only the JSON: what the teacher sees is the same in all three stores
    # (times to the microsecond, as the file writes them).
    for store in (server, back):
        assert micro(students(store, code)) == micro(students(laptop, code))
        assert class_results(store, code) == class_results(laptop, code)
        assert debrief(store, code, "proeftuin@1") == debrief(laptop, code, "proeftuin@1")
        assert micro(store.games(lesson_code=code)) == micro(laptop.games(lesson_code=code))
        for game in laptop.games(lesson_code=code):
            assert micro(store.choices(game.id)) == micro(laptop.choices(game.id))
    for store in (laptop, server, back):
        store.close()


def test_a_moved_lesson_goes_on(tmp_path: Path, school: Callable[[], str]) -> None:
    """Jip was playing on the laptop; on the school's server the same game plays on."""
    laptop = Store(tmp_path / "laptop.sqlite3")
    code = create_lesson(laptop, "Klas", [scenario("proeftuin")]).code
    jip = join(laptop, code, "Jip")
    play(laptop, code, "Jip", "proeftuin@1", [0], steps=1)
    path, _ = exported(laptop, code, tmp_path, "les")
    laptop.close()

    server = Store(school())
    import_lesson(server, path)
    # Return codes are not carried: the teacher gives Jip a new one.
    assert jip.return_code is not None
    with pytest.raises(ClassroomError):
        join(server, code, "Jip", return_code=jip.return_code)
    new = reset_student(server, code, "Jip")
    assert join(server, code, "jip", return_code=new).rejoined
    [game] = server.games(lesson_code=code, status="playing")
    state = GameState.model_validate(game.state)
    play_moves(server, game.id, Engine(scenario("proeftuin")), state, [0, 0])
    assert server.game(game.id).status == "finished"  # type: ignore[union-attr]
    assert [c.seq for c in server.choices(game.id)] == [1, 2, 3]
    server.close()


def test_a_lesson_that_is_there_is_replaced_only_when_asked(
    tmp_path: Path, database: Path | str
) -> None:
    laptop = Store(tmp_path / "laptop.sqlite3")
    code = create_lesson(laptop, "Klas", [scenario("proeftuin")]).code
    play(laptop, code, "Sam", "proeftuin@1", [1, 1])
    path, data = exported(laptop, code, tmp_path, "les")
    store = Store(database)
    import_lesson(store, path)
    with pytest.raises(ClassroomError) as taken:
        import_lesson(store, path)
    assert taken.value.key == "lesson_exists"
    # The class played on here; the file from the laptop replaces all of it.
    play(store, code, "Noor", "proeftuin@1", [2])
    import_lesson(store, path, replace=True)
    assert [s.nickname for s in students(store, code)] == ["Sam"]
    _, again = exported(store, code, tmp_path, "weer")
    assert again == data
    # A game that is here under another lesson: refused, and nothing of the file lands.
    close_lesson(laptop, code)
    other = json.loads(path.read_text("utf-8"))
    other["lesson"]["code"] = "CCCCCC"
    (tmp_path / "ander.json").write_text(json.dumps(other), "utf-8")
    with pytest.raises(ClassroomError) as conflict:
        import_lesson(store, tmp_path / "ander.json")
    assert conflict.value.key == "lesson_file_conflict"
    assert store.conn.execute("SELECT COUNT(*) FROM lessons").fetchone()[0] == 1
    laptop.close()
    store.close()


def game(**fields: Any) -> Callable[[dict[str, Any]], None]:
    return lambda data: data["games"][0].update(fields)


STARTED = "games.0.started_at"


@pytest.mark.parametrize(
    ("change", "key", "field"),
    [
        (lambda d: d.update(format="burgerschap-result"), "lesson_file_not_export", None),
        (lambda d: d.update(format_version=1), "lesson_file_version", None),
        (lambda d: d["lesson"].update(code="XYZ"), "handin_invalid", "lesson.code"),
        (lambda d: d["lesson"].update(title=" "), "handin_invalid", "lesson.title"),
        (game(nickname="=SUM(A1)"), "handin_invalid", "games.0.nickname"),
        (game(started_at="gisteren"), "handin_invalid", STARTED),
        (game(started_at="2026-10-25T02:30:00"), "handin_invalid", STARTED),  # no offset
        (game(started_at="1e300"), "handin_invalid", STARTED),
        (game(choices=[{"kind": "spel"}]), "handin_invalid", "games.0.choices.0.step"),
        (lambda d: d["games"][0].pop("state"), "handin_invalid", "games.0.state"),
    ],
)
def test_a_bad_lesson_file_is_refused_with_its_field(
    tmp_path: Path, change: Callable[[dict[str, Any]], None], key: str, field: str | None
) -> None:
    laptop = Store(tmp_path / "laptop.sqlite3")
    code = create_lesson(laptop, "Klas", [scenario("proeftuin")]).code
    play(laptop, code, "Sam", "proeftuin@1", [1, 1])
    data = lesson_json(laptop, code)
    laptop.close()
    change(data)
    path = tmp_path / "les.json"
    path.write_text(json.dumps(data), "utf-8")
    store = Store(tmp_path / "school.sqlite3")
    with pytest.raises(ClassroomError) as refused:
        import_lesson(store, path)
    assert refused.value.key == key
    if field is not None:
        assert refused.value.params["field"] == field
    assert str(path) in refused.value.message("nl")
    assert store.conn.execute("SELECT COUNT(*) FROM lessons").fetchone()[0] == 0
    store.close()


def test_the_command_line_moves_a_lesson(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    school: Callable[[], str],
) -> None:
    library = user_library_dir()
    library.mkdir(parents=True)
    shutil.copy(DATA / "proeftuin.yaml", library / "proeftuin.yaml")
    assert main(["lesson", "new", "--scenario", "proeftuin", "--title", "Klas 2B"]) == 0
    code = capsys.readouterr().out.strip()
    target = tmp_path / "les.json"
    assert main(["lesson", "export", code, "--format", "json", "-o", str(target)]) == 0
    url = school()
    # The password-less URL on the command line; a real one goes in the environment.
    assert main(["lesson", "import", str(target), "--database", url]) == 0
    out = capsys.readouterr().out
    assert code in out and "Klas 2B" in out
    assert main(["lesson", "import", str(target), "--database", url]) == 1
    assert "--replace" in capsys.readouterr().err
    monkeypatch.setenv(ENV_DATABASE_URL, url)
    assert main(["lesson", "list"]) == 0
    assert code in capsys.readouterr().out
    # Without files after a code, or with a code and no files: a usage error.
    assert main(["lesson", "import", code]) == 2
    assert main(["lesson", "import", "--database", "host=db password=geheim", str(target)]) == 2
    assert "geheim" not in capsys.readouterr().err
