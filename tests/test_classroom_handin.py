"""Hand-in files: a student saves a finished game, the teacher imports it into the lesson."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from burgerschap.classroom.errors import ClassroomError, HandinError, LessonNotFound
from burgerschap.classroom.export import lesson_json
from burgerschap.classroom.handin import (
    SUFFIX,
    build_result,
    checksum,
    import_results,
    read_result,
    write_result,
)
from burgerschap.classroom.lessons import create_lesson, join
from burgerschap.classroom.progress import debrief, students
from burgerschap.classroom.simulate import play, play_solo
from burgerschap.classroom.store import Store
from burgerschap.scenario import Engine, Scenario, load_file, load_text

DATA = Path(__file__).parent / "data" / "classroom"
NewDatabase = Callable[..., Path | str]


def scenario(name: str) -> Scenario:
    document = load_file(DATA / f"{name}.yaml").document
    assert isinstance(document, Scenario)
    return document


@pytest.fixture
def student(new_database: NewDatabase) -> Iterator[Store]:
    """The store on a student's own computer, without a network."""
    store = Store(new_database("student"))
    yield store
    store.close()


@pytest.fixture
def teacher(new_database: NewDatabase) -> Iterator[tuple[Store, str]]:
    """The teacher's store: on SQLite, or the school's PostgreSQL."""
    store = Store(new_database("teacher"))
    code = create_lesson(store, "Klas 3A", [scenario("proeftuin")]).code
    yield store, code
    store.close()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "inleveren"
    path.mkdir()
    return path


def saved(
    student: Store, folder: Path, nickname: str = "Sam", picks: tuple[int, ...] = (0, 0, 0)
) -> Path:
    game_id = play_solo(student, scenario("proeftuin"), nickname, picks, seed=7, reflection="Leuk")
    return write_result(student, game_id, folder)


def rewrite(path: Path, change: Callable[[dict[str, Any]], None], *, reseal: bool = True) -> Path:
    data = json.loads(path.read_text("utf-8"))
    change(data)
    if reseal:
        data["checksum"] = checksum(data)
    path.write_text(json.dumps(data), "utf-8")
    return path


def test_result_file_round_trip(student: Store, teacher: tuple[Store, str], folder: Path) -> None:
    path = saved(student, folder)
    assert (
        path.parent == folder
        and path.name.startswith("sam-proeftuin-")
        and path.name.endswith(SUFFIX)
    )
    result = read_result(path)
    [game] = student.games()
    assert (result.game.id, result.game.nickname, result.game.scenario) == (
        game.id,
        "Sam",
        "proeftuin@1",
    )
    assert result.game.content_hash == game.content_hash and result.game.seed == 7
    assert [(m.seq, m.node, m.kind, m.index) for m in result.moves] == [
        (1, "begin", "choice", 0),
        (2, "avond", "answer", 0),
        (3, "buren", "choice", 0),
    ]
    assert [f.name for f in folder.iterdir()] == [path.name]  # no temporary file left

    store, code = teacher
    [outcome] = import_results(store, code, [path])
    assert (outcome.status, outcome.game_id, outcome.nickname, outcome.error) == (
        "imported",
        game.id,
        "Sam",
        None,
    )
    imported = store.game(game.id)
    assert imported is not None and imported.imported_at is not None
    assert (
        imported.lesson_code,
        imported.status,
        imported.ending,
        imported.scores,
        imported.reflection,
    ) == (
        code,
        "finished",
        "einde_samen",
        {"participatie": 4, "samenwerking": 1},
        "Leuk",
    )
    assert imported.started_at == game.started_at and imported.finished_at == game.finished_at
    assert [(c.seq, c.node, c.idx, c.correct, c.effects) for c in store.choices(game.id)] == [
        (c.seq, c.node, c.idx, c.correct, c.effects) for c in student.choices(game.id)
    ]
    assert [s.nickname for s in students(store, code)] == ["Sam"]
    assert debrief(store, code, "proeftuin@1").endings[0].count == 1
    [exported] = lesson_json(store, code)["games"]
    assert exported["handed_in"] is True and exported["scores_100"] == {
        "participatie": 100,
        "samenwerking": 50,
    }


def test_duplicates_are_ignored(
    student: Store, teacher: tuple[Store, str], folder: Path, tmp_path: Path
) -> None:
    store, code = teacher
    path = saved(student, folder)
    copy = tmp_path / "kopie.json"
    copy.write_bytes(path.read_bytes())
    outcomes = import_results(store, code, [path, copy])
    assert [o.status for o in outcomes] == ["imported", "duplicate"]
    assert [o.status for o in import_results(store, code, [path])] == ["duplicate"]
    assert len(store.games()) == 1 and len(store.choices(outcomes[0].game_id or "")) == 3


def test_a_handed_in_nickname_joins_the_student_who_played_live(
    student: Store, teacher: tuple[Store, str], folder: Path
) -> None:
    store, code = teacher
    join(store, code, "Sam")
    play(store, code, "Noor", "proeftuin@1", [1, 1])
    path = saved(student, folder, nickname="SAM")
    [outcome] = import_results(store, code, [path])
    assert outcome.nickname == "Sam"
    assert [(s.nickname, len(s.games)) for s in students(store, code)] == [("Noor", 1), ("Sam", 1)]


def test_bad_files_are_refused_with_their_name(
    student: Store, teacher: tuple[Store, str], folder: Path, tmp_path: Path
) -> None:
    store, code = teacher
    good = saved(student, folder)
    text = good.read_text("utf-8")

    def copy(name: str, data: str | bytes | None = None) -> Path:
        path = tmp_path / name
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            path.write_text(text if data is None else data, "utf-8")
        return path

    def mutate(name: str, change: Callable[[dict[str, Any]], None], reseal: bool = True) -> Path:
        return rewrite(copy(name), change, reseal=reseal)

    other = load_text(
        (DATA / "proeftuin.yaml").read_text("utf-8").replace("gaat dicht.", "sluit."), "x.yaml"
    ).document
    assert isinstance(other, Scenario)
    other_game = play_solo(student, other, "Noor", [1, 1])
    cases = {
        "handin_not_json": copy("afgebroken.json", text[: len(text) // 2]),
        "handin_not_result": copy("ander.json", json.dumps({"format": "iets anders"})),
        "handin_version": mutate(
            "toekomst.json", lambda d: d.update(format_version=2), reseal=False
        ),
        "handin_checksum": mutate(
            "bewerkt.json", lambda d: d["game"].update(scores={"participatie": 9}), False
        ),
        "handin_outcome": mutate("vals.json", lambda d: d["game"]["scores"].update(participatie=3)),
        "handin_moves": mutate("zet.json", lambda d: d["moves"][0].update(index=5)),
        "handin_invalid": mutate("veld.json", lambda d: d["game"].pop("ending")),
        "handin_nickname": mutate(
            "mail.json", lambda d: d["game"].update(nickname="sam@school.nl")
        ),
        "handin_scenario": mutate(
            "scenario.json", lambda d: d["game"].update(scenario="proeftuin@2")
        ),
        "handin_hash": write_result(student, other_game, tmp_path / "andere-inhoud.json"),
        "handin_unreadable": tmp_path / "bestaat-niet.json",
        "handin_too_large": copy("groot.json", b" " * (1024 * 1024 + 1)),
    }
    outcomes = import_results(store, code, [good, *cases.values()])
    assert outcomes[0].status == "imported"
    for (key, path), outcome in zip(cases.items(), outcomes[1:], strict=True):
        assert outcome.status == "error", key
        assert isinstance(outcome.error, HandinError)
        assert outcome.error.key == key, (key, outcome.error.key)
        for lang in ("nl", "en"):
            message = outcome.error.message(lang)
            assert message.startswith(f"{path}: "), message
            assert "{" not in message and not message.startswith("classroom.")
    assert len(store.games()) == 1  # only the good one
    assert store.integrity_ok()


def test_other_lesson_is_a_warning(
    student: Store, teacher: tuple[Store, str], folder: Path
) -> None:
    store, code = teacher
    game_id = play_solo(student, scenario("proeftuin"), "Sam", [2])
    path = write_result(student, game_id, folder, lesson="ccc-ccc")
    [outcome] = import_results(store, code, [path])
    assert outcome.status == "imported"
    assert outcome.warning is not None and outcome.warning.params["lesson"] == "CCCCCC"


def test_only_finished_games_are_handed_in(student: Store, folder: Path) -> None:
    engine = Engine(scenario("proeftuin"))
    game_id = student.start_game("Sam", "proeftuin", 1, "0" * 16, engine.new_game().model_dump())
    with pytest.raises(ClassroomError) as exc:
        build_result(student, game_id)
    assert exc.value.key == "game_not_finished"
    with pytest.raises(ClassroomError) as exc:
        build_result(student, "f" * 32)
    assert exc.value.key == "game_not_found"
    assert list(folder.iterdir()) == []


def test_unknown_lesson_reads_no_file(
    student: Store, new_database: NewDatabase, folder: Path
) -> None:
    store = Store(new_database("leeg"))
    with pytest.raises(LessonNotFound):
        import_results(store, "XXXXXX", [saved(student, folder)])
    assert store.games() == []
    store.close()


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("started_at", 1e300),
        ("started_at", -1e300),
        ("finished_at", 1e18),
        ("started_at", float("inf")),
        ("finished_at", float("nan")),
        ("seed", 2**70),
        ("saved_at", float("-inf")),
    ],
)
def test_forged_times_and_numbers_are_refused_and_never_block_the_export(
    student: Store,
    teacher: tuple[Store, str],
    folder: Path,
    tmp_path: Path,
    field: str,
    value: float,
) -> None:
    """A forged hand-in with times of 1e300 or inf used to import fine and then break
    `lesson export` for the whole lesson with OverflowError."""
    store, code = teacher
    good = saved(student, folder)
    forged = tmp_path / "vals.result.json"
    forged.write_text(good.read_text("utf-8"), "utf-8")

    def change(data: dict[str, Any]) -> None:
        (data if field == "saved_at" else data["game"])[field] = value

    rewrite(forged, change)
    outcomes = import_results(store, code, [forged, good])
    assert [o.status for o in outcomes] == ["error", "imported"]
    assert outcomes[0].error is not None and outcomes[0].error.key == "handin_invalid"
    lesson_json(store, code)  # the export still works
    assert len(store.games()) == 1


def test_every_file_is_reported_and_a_deeply_nested_one_blocks_nothing(
    student: Store, teacher: tuple[Store, str], folder: Path, tmp_path: Path
) -> None:
    store, code = teacher
    nested = tmp_path / "diep.result.json"
    nested.write_text("[" * 100_000 + "]" * 100_000, "utf-8")
    first = saved(student, folder, nickname="Sam")
    outcomes = import_results(store, code, [nested, first, first])
    assert [o.status for o in outcomes] == ["error", "imported", "duplicate"]
