"""Lessons: codes, joining, progress, debrief, delete, and the migration from a v1 store."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from burgerschap.classroom import claims
from burgerschap.classroom import lessons as lessons_module
from burgerschap.classroom.codes import ALPHABET, LENGTH, new_code, normalise_code
from burgerschap.classroom.errors import ClassroomError, LessonNotFound, NicknameError
from burgerschap.classroom.lessons import (
    close_lesson,
    create_lesson,
    delete_lesson,
    get_lesson,
    join,
    list_lessons,
    require_lesson,
    start_game,
)
from burgerschap.classroom.nicknames import clean_nickname
from burgerschap.classroom.progress import (
    class_results,
    debrief,
    revision,
    students,
    whole_percents,
)
from burgerschap.classroom.schema import MIGRATIONS
from burgerschap.classroom.simulate import play, play_moves, play_solo
from burgerschap.classroom.store import Store
from burgerschap.scenario import Engine, GameState, Scenario, load_file
from burgerschap.scenario.loader import content_hash

DATA = Path(__file__).parent / "data" / "classroom"


def scenario(name: str) -> Scenario:
    document = load_file(DATA / f"{name}.yaml").document
    assert isinstance(document, Scenario)
    return document


@pytest.fixture
def store(database: Path | str) -> Iterator[Store]:
    """The store on each engine (see conftest.py)."""
    s = Store(database)
    yield s
    s.close()


@pytest.fixture
def speeltuin() -> Scenario:
    return scenario("proeftuin")


def count(store: Store, sql: str, *params: object) -> int:
    return int(store.conn.execute(sql, params).fetchone()[0])


# Codes -------------------------------------------------------------------


def test_alphabet_has_no_look_alikes_and_no_vowels() -> None:
    assert not set(ALPHABET) & set("0OQD1IL2Z5S6G8BUV")
    assert not set(ALPHABET) & set("AEIOU")
    assert len(set(ALPHABET)) == len(ALPHABET)


def test_new_codes_use_only_the_alphabet() -> None:
    codes = {new_code() for _ in range(500)}
    assert all(len(c) == LENGTH and set(c) <= set(ALPHABET) for c in codes)
    assert len(codes) > 490  # random, not a counter


def test_a_taken_code_is_drawn_again(
    store: Store, speeltuin: Scenario, monkeypatch: pytest.MonkeyPatch
) -> None:
    drawn = iter(["CCCCCC", "CCCCCC", "CCCCCC", "DDDDDD"])
    monkeypatch.setattr(lessons_module, "new_code", lambda: next(drawn))
    first = create_lesson(store, "Eerste", [speeltuin])
    second = create_lesson(store, "Tweede", [speeltuin])
    assert (first.code, second.code) == ("CCCCCC", "DDDDDD")
    assert count(store, "SELECT COUNT(*) FROM lesson_scenarios") == 2


def test_codes_are_typed_loosely() -> None:
    assert normalise_code(" cdf-hjk ") == "CDFHJK"


# Lifecycle ---------------------------------------------------------------


def test_lesson_lifecycle(store: Store, speeltuin: Scenario) -> None:
    buurthuis = scenario("proefhuis")
    lesson = create_lesson(
        store, "  Klas 2B   dinsdag ", [speeltuin, buurthuis], allow_back=False, show_scores=True
    )
    assert lesson.title == "Klas 2B dinsdag"
    assert lesson.is_open and lesson.closed_at is None
    assert (lesson.allow_back, lesson.show_scores) == (False, True)
    assert [s.ref for s in lesson.scenarios] == ["proeftuin@1", "proefhuis@2"]
    assert lesson.scenarios[0].content_hash == content_hash(speeltuin)
    # The lesson keeps its own copy: the exact version, whatever the library does later.
    assert lesson.scenarios[0].scenario == speeltuin
    assert not lesson.allows_back(speeltuin)

    code = lesson.code.lower()
    assert require_lesson(store, f"{code[:3]}-{code[3:]}") == lesson
    assert lesson.scenario("proefhuis") == lesson.scenarios[1]

    play(store, lesson.code, "Sam", "proeftuin@1", [1, 1])
    play(store, lesson.code, "Noor", "proeftuin@1", [0], steps=1)
    [summary] = list_lessons(store)
    assert (summary.students, summary.games, summary.finished) == (2, 2, 1)

    closed = close_lesson(store, lesson.code)
    assert closed.status == "closed" and closed.closed_at is not None
    assert close_lesson(store, lesson.code).closed_at == closed.closed_at
    with pytest.raises(ClassroomError) as refused:
        join(store, lesson.code, "Jip")
    assert refused.value.key == "lesson_closed"
    with pytest.raises(ClassroomError, match="closed"):
        start_game(store, lesson.code, "Sam", "proeftuin@1")
    # Noor was playing when the lesson closed: her game can still finish.
    [noor] = store.games(nickname="Noor")
    copy = lesson.scenarios[0].scenario
    assert copy is not None
    state = GameState.model_validate(noor.state)
    play_moves(store, noor.id, Engine(copy), state, [0, 0])
    assert store.game(noor.id).status == "finished"  # type: ignore[union-attr]


def test_lesson_needs_a_title_and_distinct_scenarios(store: Store, speeltuin: Scenario) -> None:
    for title, key in (("   ", "title_empty"), ("x" * 81, "title_too_long")):
        with pytest.raises(ClassroomError) as exc:
            create_lesson(store, title, [speeltuin])
        assert exc.value.key == key
    with pytest.raises(ClassroomError) as exc:
        create_lesson(store, "Les", [])
    assert exc.value.key == "no_scenarios"
    with pytest.raises(ClassroomError) as exc:
        create_lesson(store, "Les", [speeltuin, speeltuin])
    assert exc.value.key == "scenario_twice" and exc.value.params == {"ref": "proeftuin@1"}
    assert list_lessons(store) == []


def test_unknown_code(store: Store) -> None:
    assert get_lesson(store, "XXXXXX") is None
    with pytest.raises(LessonNotFound) as exc:
        join(store, "xxx-xxx", "Sam")
    assert "XXXXXX" in exc.value.message("nl")


# Joining -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [
        ("  Sam   de  Vries ", "Sam de Vries"),
        ("Aïcha", "Aïcha"),
        ("O'Neil", "O'Neil"),
        ("jip_2", "jip_2"),
        ("A" * 20, "A" * 20),
    ],
)
def test_good_nicknames(raw: str, cleaned: str) -> None:
    assert clean_nickname(raw) == cleaned


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("", "nickname_empty"),
        ("   ", "nickname_empty"),
        ("sam@school.nl", "nickname_email"),
        ("sam @ school", "nickname_email"),
        ("A" * 21, "nickname_too_long"),
        ("=SUM(A1)", "nickname_chars"),
        ("-sam", "nickname_chars"),
        ("sam\x00", "nickname_chars"),
        ("sam<script>", "nickname_chars"),
        ("sam 😀", "nickname_chars"),
    ],
)
def test_bad_nicknames(raw: str, key: str) -> None:
    with pytest.raises(NicknameError) as exc:
        clean_nickname(raw)
    assert exc.value.key == key
    assert exc.value.message("nl") != f"classroom.{key}"  # a real sentence, in Dutch


def test_join_validates_and_rejoins(store: Store, speeltuin: Scenario) -> None:
    code = create_lesson(store, "Les", [speeltuin]).code
    with pytest.raises(NicknameError):
        join(store, code, "noor@example.com")
    first = join(store, code, "  Sam ")
    again = join(store, code, "SAM")
    assert (first.nickname, first.rejoined) == ("Sam", False)
    assert (again.nickname, again.rejoined) == ("Sam", True)
    assert [s.nickname for s in students(store, code)] == ["Sam"]
    with pytest.raises(ClassroomError) as exc:
        start_game(store, code, "Noor", "proeftuin@1")
    assert exc.value.key == "not_joined"
    with pytest.raises(ClassroomError) as exc:
        start_game(store, code, "Sam", "proefhuis@2")
    assert exc.value.key == "scenario_not_in_lesson"
    game_id, state, _ = start_game(store, code, "sam", "proeftuin@1")
    record = store.game(game_id)
    assert record is not None
    assert (record.nickname, record.lesson_code, record.content_hash) == (
        "Sam",
        code,
        content_hash(speeltuin),
    )
    assert record.state["node"] == state.node == "begin"


# Progress ----------------------------------------------------------------


def fill(store: Store, code: str) -> None:
    """Sam and Noor finish, Jip is at the question, Lot joined but did not start."""
    play(store, code, "Sam", "proeftuin@1", [0, 0, 0], reflection="Samen gaat beter.")
    play(store, code, "Noor", "proeftuin@1", [1, 1])
    play(store, code, "Jip", "proeftuin@1", [0], steps=1)
    join(store, code, "Lot")


def test_students_and_where_they_are(store: Store, speeltuin: Scenario) -> None:
    code = create_lesson(store, "Les", [speeltuin]).code
    fill(store, code)
    found = {s.nickname: s for s in students(store, code)}
    assert list(found) == ["Jip", "Lot", "Noor", "Sam"]
    assert found["Lot"].latest is None and not found["Lot"].finished
    jip = found["Jip"].latest
    assert jip is not None and not found["Jip"].finished
    assert (jip.status, jip.node, jip.node_title, jip.steps) == (
        "playing",
        "avond",
        "De inspraakavond",
        1,
    )
    assert jip.scores == {"participatie": 2, "samenwerking": 0}
    sam = found["Sam"].latest
    assert sam is not None and found["Sam"].finished
    assert (sam.ending, sam.ending_title, sam.steps) == ("einde_samen", "Samen sterk", 3)
    assert sam.scores == {"participatie": 4, "samenwerking": 1}
    assert sam.scores_100 == {"participatie": 100, "samenwerking": 50}
    assert sam.reflection == "Samen gaat beter."


def test_class_results_raw_and_0_to_100(store: Store, speeltuin: Scenario) -> None:
    code = create_lesson(store, "Les", [speeltuin, scenario("proefhuis")]).code
    fill(store, code)
    speel, buurt = class_results(store, code)
    assert (speel.ref, speel.finished, buurt.finished) == ("proeftuin@1", 2, 0)
    part, samen = speel.dimensions
    # Sam 4 and Noor 1 participation, range -1..4: 100 and 40.
    assert (part.label, part.low, part.high, part.count) == ("Participatie", -1, 4, 2)
    assert (part.mean, part.minimum, part.maximum, part.mean_100) == (2.5, 1, 4, 70.0)
    # Sam 1 and Noor 2 collaboration, range -1..3: 50 and 75.
    assert (samen.low, samen.high, samen.mean, samen.mean_100) == (-1, 3, 1.5, 62.5)
    assert [d.dimension for d in buurt.dimensions] == ["participatie", "vertrouwen"]
    assert all(d.count == 0 and d.mean is None for d in buurt.dimensions)


def test_debrief_shares_without_names(store: Store, speeltuin: Scenario) -> None:
    code = create_lesson(store, "Les", [speeltuin]).code
    fill(store, code)
    result = debrief(store, code, "proeftuin@1")
    assert (result.games, result.finished) == (3, 2)
    assert [n.node for n in result.nodes] == ["begin", "avond", "buren"]
    begin, avond, buren = result.nodes
    assert begin.total == 3
    assert [(o.count, round(o.share, 3)) for o in begin.options] == [(2, 0.667), (1, 0.333), (0, 0)]
    assert [o.percent for o in begin.options] == [67, 33, 0]
    assert begin.options[0].text == "Ik ga naar de inspraakavond."
    assert (avond.kind, avond.text, avond.total) == (
        "question",
        "Wie beslist uiteindelijk over de speeltuin?",
        1,
    )
    assert [(o.count, o.correct) for o in avond.options] == [(1, True), (0, False), (0, False)]
    assert [o.count for o in buren.options] == [1, 1]
    assert [(e.node, e.count, e.share, e.percent) for e in result.endings] == [
        ("einde_samen", 1, 0.5, 50),
        ("einde_alleen", 1, 0.5, 50),
        ("einde_stil", 0, 0.0, 0),
    ]
    text = repr(result)
    assert not re.search(r"\b(Sam|Noor|Jip|Lot)\b", text)


def test_debrief_ignores_moves_taken_back(store: Store, speeltuin: Scenario) -> None:
    code = create_lesson(store, "Les", [speeltuin]).code
    join(store, code, "Sam")
    game_id, state, engine = start_game(store, code, "Sam", "proeftuin@1")
    outcome = engine.choose(state, 2)
    store.record_move(game_id, outcome.state.model_dump(mode="json"), outcome.step.model_dump())
    back = engine.back(outcome.state)
    store.record_back(game_id, back.model_dump(mode="json"))
    play_moves(store, game_id, engine, back, [1, 0])
    [begin, _, buren] = debrief(store, code, "proeftuin@1").nodes
    assert [o.count for o in begin.options] == [0, 1, 0]
    assert [o.count for o in buren.options] == [1, 0]


def test_revision_changes_with_every_move(store: Store, speeltuin: Scenario) -> None:
    code = create_lesson(store, "Les", [speeltuin]).code
    seen = [revision(store, code)]
    join(store, code, "Sam")
    seen.append(revision(store, code))
    game_id, state, engine = start_game(store, code, "Sam", "proeftuin@1")
    seen.append(revision(store, code))
    play_moves(store, game_id, engine, state, [1], steps=1)
    seen.append(revision(store, code))
    close_lesson(store, code)
    seen.append(revision(store, code))
    assert len(set(seen)) == 5


# Delete ------------------------------------------------------------------


def test_delete_removes_the_lesson_and_everything_in_it(
    tmp_path: Path, store: Store, speeltuin: Scenario, engine: str
) -> None:
    gone = create_lesson(store, "Weg", [speeltuin]).code
    kept = create_lesson(store, "Blijft", [speeltuin]).code
    play(store, gone, "Zoetwaterkreeft", "proeftuin@1", [0, 0, 0], reflection="Geheimzinnig")
    play(store, gone, "Noor", "proeftuin@1", [1], steps=1)
    play(store, kept, "Sam", "proeftuin@1", [1, 1])
    store.record_quiz("Zoetwaterkreeft", "grondwet", 1, 3, 5, ["q1"], lesson_code=gone)
    store.record_quiz("Sam", "grondwet", 1, 4, 5, [], lesson_code=kept)

    deleted = delete_lesson(store, gone.lower())
    assert (deleted.students, deleted.games, deleted.choices, deleted.quiz_rounds) == (2, 2, 4, 1)
    assert get_lesson(store, gone) is None
    for table, column in (
        ("games", "lesson_code"),
        ("quiz_rounds", "lesson_code"),
        ("lesson_students", "lesson_code"),
        ("lesson_scenarios", "lesson_code"),
        ("lessons", "code"),
    ):
        assert count(store, f"SELECT COUNT(*) FROM {table} WHERE {column} = ?", gone) == 0
    assert count(store, "SELECT COUNT(*) FROM choices") == 2  # Sam's, in the other lesson
    assert [s.nickname for s in students(store, kept)] == ["Sam"]
    assert store.best_quiz("Sam", "grondwet") == (4, 5)
    assert store.integrity_ok()
    if engine != "sqlite":
        return  # PostgreSQL vacuums, and does not promise more (docs/privacy.md)
    # Gone from the files too, not just hidden: no nickname or reflection left in any byte.
    for path in tmp_path.iterdir():
        raw = path.read_bytes()
        assert b"Zoetwaterkreeft" not in raw and b"Geheimzinnig" not in raw, path.name


# Migration ---------------------------------------------------------------


def test_a_version_1_database_is_migrated(
    new_database: Callable[..., Path | str],
    speeltuin: Scenario,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    location = new_database("oud", empty=True)
    # Build the database as the release with only migration 1 did, through its own API.
    with monkeypatch.context() as patch:
        patch.setattr(claims, "claim_game", lambda *args: True)  # no claims before migration 3
        old = Store(location, migrations=MIGRATIONS[:1])
        play_solo(old, speeltuin, "Solo", [1, 1])
        engine = Engine(speeltuin)
        for name, picks in (("Sam", [1, 1]), ("sam", [2]), ("Noor", [0])):
            state = engine.new_game()
            game_id = old.start_game(
                name, "proeftuin", 1, content_hash(speeltuin), state.model_dump(), "OUD123"
            )
            play_moves(old, game_id, engine, state, picks)
        old.record_quiz("Noor", "grondwet", 1, 2, 3, [], lesson_code="OUD123")
        assert old.engine.schema_version() == 1
        before = count(old, "SELECT COUNT(*) FROM choices")
        old.holds_claims = False  # nothing to release: there are no claims yet
        old.close()

    store = Store(location)
    assert store.engine.schema_version() == len(MIGRATIONS) == 3
    assert count(store, "SELECT COUNT(*) FROM choices") == before
    assert all(g.imported_at is None for g in store.games())
    [summary] = list_lessons(store)
    lesson = summary.lesson
    assert (lesson.code, lesson.title, lesson.status, lesson.scenarios) == (
        "OUD123",
        "OUD123",
        "closed",
        (),
    )
    assert (summary.students, summary.games, summary.finished) == (2, 3, 3)
    assert [s.nickname for s in students(store, "OUD123")] == ["Noor", "Sam"]
    assert len(students(store, "OUD123")[1].games) == 2  # "Sam" and "sam" are one student
    # The first spelling in code point order, and the first start, as the old SQL chose.
    [sam] = [s for s in students(store, "OUD123") if s.nickname == "Sam"]
    assert sam.joined_at == min(g.started_at for g in store.games() if g.nickname in ("Sam", "sam"))
    # Old results can be deleted like any lesson's; the game outside a lesson stays.
    delete_lesson(store, "OUD123")
    assert [g.nickname for g in store.games()] == ["Solo"]
    assert count(store, "SELECT COUNT(*) FROM quiz_rounds") == 0
    assert store.integrity_ok()
    store.close()
    # Opening again changes nothing.
    again = Store(location)
    assert again.engine.schema_version() == 3
    again.close()


@pytest.mark.parametrize(
    ("counts", "percents"),
    [
        ([1, 1, 1], [34, 33, 33]),  # each rounded alone: 33 + 33 + 33 = 99
        ([1, 1, 1, 1, 1, 1, 1], [15, 15, 14, 14, 14, 14, 14]),
        ([1, 2, 3, 5, 7], [5, 11, 17, 28, 39]),  # each rounded alone: 101
        ([2, 1, 0], [67, 33, 0]),
        ([0, 0], [0, 0]),
        ([], []),
        ([5], [100]),
    ],
)
def test_whole_percents_add_up_to_100(counts: list[int], percents: list[int]) -> None:
    assert whole_percents(counts) == percents
    assert sum(percents) in (0, 100)
