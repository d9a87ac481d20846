"""Who is who in a lesson: look-alike nicknames, one window per student, proof for who comes back.

Each ``Store`` is one session (a browser tab, a terminal game); two stores on
one database are two windows. Every rule is checked on both engines: on
PostgreSQL two windows may be on two ``serve`` hosts, and the database alone
decides.
"""

from __future__ import annotations

import multiprocessing
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from multiprocessing.queues import Queue
from multiprocessing.synchronize import Barrier
from pathlib import Path

import pytest

from burgerschap.classroom import claims
from burgerschap.classroom.codes import ALPHABET
from burgerschap.classroom.errors import GameInUse, NicknameInUse, NicknameTaken
from burgerschap.classroom.handin import import_results, write_result
from burgerschap.classroom.identity import MAX_CODE_TRIES, RETURN_CODE_LENGTH
from burgerschap.classroom.lessons import create_lesson, join, leave, reset_student, start_game
from burgerschap.classroom.nicknames import nickname_key
from burgerschap.classroom.progress import students
from burgerschap.classroom.schema import MIGRATIONS
from burgerschap.classroom.simulate import play_moves
from burgerschap.classroom.store import Store
from burgerschap.scenario import Engine, Scenario, load_file

DATA = Path(__file__).parent / "data" / "classroom"
TOKEN = "0123456789abcdef0123456789abcdef"
OTHER_TOKEN = "fedcba9876543210fedcba9876543210"
CYRILLIC_SAM = "\u0405\u0430m"  # Cyrillic DZE and A, Latin m: looks like "Sam"


def scenario(name: str = "proeftuin") -> Scenario:
    document = load_file(DATA / f"{name}.yaml").document
    assert isinstance(document, Scenario)
    return document


class Clock:
    """A clock the test moves on: claims run out without the test waiting."""

    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def windows(database: Path | str, clock: Clock) -> Iterator[list[Store]]:
    """Three sessions on one database: three browser tabs on the teacher's server."""
    opened = [Store(database, clock=clock) for _ in range(3)]
    yield opened
    for store in opened:
        store.close()


@pytest.fixture
def code(windows: list[Store]) -> str:
    return create_lesson(windows[0], "Klas 2B", [scenario()]).code


# Nickname keys -----------------------------------------------------------


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Kim3", "KIM3"),
        ("Sam", CYRILLIC_SAM),
        ("Sam", "\uff33\uff41\uff4d"),  # full-width
        ("Noor", "NOOR"),
        ("Jip1", "jipl"),  # 1 and l look alike in a name
    ],
)
def test_look_alike_nicknames_have_one_key(one: str, other: str) -> None:
    assert nickname_key(one) == nickname_key(other)


@pytest.mark.parametrize(("one", "other"), [("Zoë", "Zoe"), ("Sam", "Sem"), ("Kim3", "Kim4")])
def test_different_nicknames_keep_different_keys(one: str, other: str) -> None:
    assert nickname_key(one) != nickname_key(other)


# Joining -------------------------------------------------------------------


def test_a_new_student_gets_a_return_code_once(windows: list[Store], code: str) -> None:
    first = join(windows[0], code, "Sam")
    assert first.return_code is not None and not first.rejoined
    assert len(first.return_code) == RETURN_CODE_LENGTH
    assert set(first.return_code) <= set(ALPHABET)
    # Only a hash is stored, never the code itself.
    row = windows[0].conn.execute("SELECT * FROM lesson_students").fetchone()
    assert first.return_code not in [str(value) for value in tuple(row)]
    again = join(windows[0], code, "sam")  # the same window: the same student
    assert again.rejoined and again.return_code is None and again.nickname == "Sam"


def test_two_windows_cannot_be_one_student(windows: list[Store], code: str) -> None:
    """Kim3 and KIM3 in two tabs of one browser: the second is refused while the first plays."""
    tab1, tab2, _ = windows
    join(tab1, code, "Kim3", token=TOKEN)
    with pytest.raises(NicknameInUse) as refused:
        join(tab2, code, "KIM3", token=TOKEN)
    assert refused.value.message("nl").startswith("Deze naam is al in gebruik")
    assert "already in use" in refused.value.message("en")
    # Nor can the second tab start a game for the student the first one plays.
    with pytest.raises(NicknameInUse):
        start_game(tab2, code, "KIM3", "proeftuin@1")
    # Once the first tab is closed, the same browser comes back without a code.
    tab1.close()
    back = join(tab2, code, "KIM3", token=TOKEN)
    assert (back.nickname, back.rejoined) == ("Kim3", True)
    assert [s.nickname for s in students(tab2, code)] == ["Kim3"]


def test_a_cyrillic_look_alike_is_not_a_new_student(windows: list[Store], code: str) -> None:
    join(windows[0], code, "Sam")
    with pytest.raises(NicknameInUse):
        join(windows[1], code, CYRILLIC_SAM)
    leave(windows[0], code, "Sam")
    with pytest.raises(NicknameTaken) as taken:
        join(windows[1], code, CYRILLIC_SAM)
    assert taken.value.key == "nickname_taken"
    assert [s.nickname for s in students(windows[0], code)] == ["Sam"]


def test_a_newcomer_with_a_classmates_name_is_not_let_in(windows: list[Store], code: str) -> None:
    sam = join(windows[0], code, "Noor", token=TOKEN)
    assert sam.return_code is not None
    windows[0].close()  # Noor closed the tab
    newcomer = windows[1]
    for proof in ({}, {"token": OTHER_TOKEN}, {"token": "not a token"}):
        with pytest.raises(NicknameTaken) as taken:
            join(newcomer, code, "noor", **proof)  # type: ignore[arg-type]
        assert taken.value.key == "nickname_taken"
    with pytest.raises(NicknameTaken) as wrong:
        join(newcomer, code, "noor", return_code="XXXX")
    assert wrong.value.key == "return_code_wrong"
    # Noor herself, on another computer, with her code (typed loosely).
    lowered = sam.return_code.lower()
    back = join(newcomer, code, "noor", return_code=f" {lowered[:2]}-{lowered[2:]} ")
    assert (back.nickname, back.rejoined) == ("Noor", True)
    # That computer's browser now counts too; the first browser still does.
    leave(newcomer, code, "Noor")
    assert join(windows[2], code, "Noor", token=TOKEN).rejoined


def test_too_many_wrong_codes_lock_the_code_until_the_teacher_resets_it(
    windows: list[Store], code: str
) -> None:
    first = join(windows[0], code, "Jip", token=TOKEN)
    assert first.return_code is not None
    leave(windows[0], code, "Jip")
    guesser = windows[1]
    for _ in range(MAX_CODE_TRIES - 1):
        with pytest.raises(NicknameTaken):
            join(guesser, code, "Jip", return_code="CCCC")
    with pytest.raises(NicknameTaken) as locked:
        join(guesser, code, "Jip", return_code="CCCC")
    assert locked.value.key == "return_code_locked"
    with pytest.raises(NicknameTaken) as still:
        join(guesser, code, "Jip", return_code=first.return_code)  # right, but locked
    assert still.value.key == "return_code_locked"
    # The teacher gives a new code: it works, the old code and the old browser do not.
    new = reset_student(windows[2], code, "JIP")
    assert new != first.return_code
    with pytest.raises(NicknameTaken):
        join(guesser, code, "Jip", token=TOKEN)
    assert join(guesser, code, "Jip", return_code=new).rejoined


def test_a_reset_frees_a_student_held_by_a_window(windows: list[Store], code: str) -> None:
    join(windows[0], code, "Mo")
    with pytest.raises(NicknameInUse):
        join(windows[1], code, "Mo")
    new = reset_student(windows[2], code, "Mo")
    assert join(windows[1], code, "Mo", return_code=new).rejoined


def test_a_silent_window_loses_the_student_after_the_lease(
    windows: list[Store], code: str, clock: Clock
) -> None:
    join(windows[0], code, "Lot", token=TOKEN)
    clock.now += claims.LEASE_SECONDS - 1
    windows[0].heartbeat()  # still there: the claim holds a full lease from now
    clock.now += claims.LEASE_SECONDS - 1
    with pytest.raises(NicknameInUse):
        join(windows[1], code, "Lot", token=TOKEN)
    clock.now += 2  # the first window went silent (a crash): the student is free again
    assert join(windows[1], code, "Lot", token=TOKEN).rejoined


# One writer per game -------------------------------------------------------


def test_the_store_refuses_a_second_writer(windows: list[Store], code: str, clock: Clock) -> None:
    first, second, _ = windows
    join(first, code, "Sam")
    game_id, state, engine = start_game(first, code, "Sam", "proeftuin@1")
    outcome = engine.choose(state, 0)
    step = outcome.step.model_dump(mode="json")
    with pytest.raises(GameInUse) as refused:
        second.record_move(game_id, outcome.state.model_dump(mode="json"), step)
    assert "ander venster" in refused.value.message("nl")
    for write in (
        lambda: second.record_back(game_id, state.model_dump(mode="json")),
        lambda: second.finish_game(game_id, state.model_dump(mode="json"), "x", {}),
        lambda: second.save_reflection(game_id, "stiekem"),
        lambda: second.abandon_game(game_id),
    ):
        with pytest.raises(GameInUse):
            write()
    assert not second.claim_game(game_id)
    record = first.game(game_id)
    assert record is not None and record.status == "playing" and record.reflection is None
    assert first.choices(game_id) == []
    # The first window goes on; when it closes, the game is free at once.
    first.record_move(game_id, outcome.state.model_dump(mode="json"), step)
    first.close()
    assert second.claim_game(game_id)
    # And a window that went silent longer than the lease is taken over.
    clock.now += claims.LEASE_SECONDS + 1
    assert windows[2].claim_game(game_id)
    with pytest.raises(GameInUse):
        second.abandon_game(game_id)


def test_an_honest_hand_in_survives_a_second_window(
    tmp_path: Path, new_database: Callable[..., Path | str]
) -> None:
    """Two windows on one game used to mix their moves; the hand-in was then refused."""
    proeftuin = scenario()
    own = new_database("eigen")
    window, other = Store(own), Store(own)
    engine = Engine(proeftuin)
    state = engine.new_game(7)
    game_id = window.start_game(
        "Kim3", proeftuin.id, proeftuin.version, "", state.model_dump(mode="json")
    )
    stale = engine.choose(state, 1)
    with pytest.raises(GameInUse):
        other.record_move(game_id, stale.state.model_dump(mode="json"), stale.step.model_dump())
    other.close()
    play_moves(window, game_id, engine, state, [0, 0, 0], seed=7, reflection="Samen")
    record = window.game(game_id)
    assert record is not None
    # The content hash of the lesson's copy, as a game in a lesson would have it.
    teacher = Store(new_database("docent"))
    code = create_lesson(teacher, "Les", [proeftuin]).code
    lesson_hash = teacher.conn.execute("SELECT content_hash FROM lesson_scenarios").fetchone()[0]
    window.conn.execute("UPDATE games SET content_hash = ?", (lesson_hash,))
    path = write_result(window, game_id, tmp_path)
    window.close()
    [outcome] = import_results(teacher, code, [path])
    teacher.close()
    assert outcome.status == "imported", outcome.error


# An older database -----------------------------------------------------------


def test_a_version_2_database_opens_with_its_students(
    new_database: Callable[..., Path | str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = new_database("oud", empty=True)
    with monkeypatch.context() as patch:
        # No claims before migration 3.
        patch.setattr(claims, "claim_game", lambda *args: True)
        patch.setattr(claims, "claim_student", lambda *args: True)
        old = Store(path, migrations=MIGRATIONS[:2])
        code = create_lesson(old, "Les", [scenario()]).code
        # As release 2 joined: the case-folded nickname was the key, so these were two students.
        for name in ("Sam", CYRILLIC_SAM, "Noor"):
            old.conn.execute(
                "INSERT INTO lesson_students VALUES (?, ?, ?, ?)",
                (code, name.casefold(), name, 1.0),
            )
        game_id, _, _ = start_game(old, code, "Noor", "proeftuin@1")
        assert old.engine.schema_version() == 2
        old.holds_claims = False  # nothing to release: there are no claims yet
        old.close()

    store = Store(path)
    try:
        assert store.engine.schema_version() == 3
        assert [s.nickname for s in students(store, code)] == ["Noor", "Sam", CYRILLIC_SAM]
        keys = [r[0] for r in store.conn.execute("SELECT nickname_key FROM lesson_students")]
        assert nickname_key("Sam") in keys and nickname_key("Noor") in keys
        # Students of before have no code: nobody gets in as them without the teacher.
        with pytest.raises(NicknameTaken):
            join(store, code, "noor")
        new = reset_student(store, code, "Noor")
        assert join(store, code, "noor", return_code=new).rejoined
        assert store.claim_game(game_id)
        assert store.integrity_ok()
    finally:
        store.close()


def test_a_claim_changes_hands_only_when_free_or_stale(database: Path | str) -> None:
    """One upsert decides, the same statement on both engines."""
    store = Store(database)
    conn = store.conn
    conn.execute(
        "INSERT INTO games (id, nickname, scenario_id, version, content_hash, state,"
        " started_at, updated_at) VALUES ('g', 'Sam', 'proeftuin', 1, '', '{}', 0, 0)"
    )
    assert claims.claim_game(conn, "g", "a", 100.0)
    assert not claims.claim_game(conn, "g", "b", 101.0)
    assert claims.claim_game(conn, "g", "a", 102.0)
    assert claims.claim_game(conn, "g", "b", 102.0 + claims.LEASE_SECONDS + 1)
    assert [tuple(r) for r in conn.execute("SELECT session FROM game_claims").fetchall()] == [
        ("b",)
    ]
    store.close()


def _join_at_once(
    database: Path | str, code: str, barrier: Barrier, results: Queue[str], number: int
) -> None:
    """One window (a browser tab on one of several hosts) joining as "Sam" with the others."""
    store = Store(database)
    barrier.wait(timeout=60)
    try:
        outcome = "new" if join(store, code, "Sam").return_code else "again"
    except (NicknameInUse, NicknameTaken) as refused:
        outcome = type(refused).__name__
    except Exception as error:  # an engine error would be the bug this test looks for
        outcome = f"{type(error).__name__}: {error}"
    results.put(outcome)
    barrier.wait(timeout=60)  # everyone has tried while the winner still holds the claim
    store.close()


def test_one_nickname_is_one_student_when_windows_join_at_once(database: Path | str) -> None:
    """Eight windows type the same new nickname at the same moment: one student, seven refused.

    On PostgreSQL these are eight connections writing side by side, as from several hosts.
    """
    teacher = Store(database)
    code = create_lesson(teacher, "Klas", [scenario()]).code
    teacher.close()  # no connection crosses into a child process
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    barrier = context.Barrier(8)
    results: Queue[str] = context.Queue()
    processes = [
        context.Process(target=_join_at_once, args=(database, code, barrier, results, n))
        for n in range(8)
    ]
    for process in processes:
        process.start()
    outcomes = sorted(results.get(timeout=120) for _ in processes)
    for process in processes:
        process.join(timeout=60)
    assert outcomes == ["NicknameInUse"] * 7 + ["new"]
    check = Store(database)
    assert [s.nickname for s in students(check, code)] == ["Sam"]
    check.close()


def test_a_crashed_window_on_this_computer_lets_go_at_once(windows: list[Store], code: str) -> None:
    """A game process that ended without closing holds nothing; one elsewhere waits its lease."""
    ended = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    crashed = f"{claims.new_session().split('.')[0]}.{int(ended.stdout)}.0123"
    elsewhere = f"000000000000.{int(ended.stdout)}.0123"
    assert claims.gone(crashed) and not claims.gone(elsewhere)
    assert not claims.gone(windows[1].session)  # this process: still here
    join(windows[0], code, "Sam", token=TOKEN)
    for holder, free in ((elsewhere, False), (crashed, True)):
        with windows[0].transaction() as conn:
            conn.execute("UPDATE student_claims SET session = ?", (holder,))
        if free:
            assert join(windows[1], code, "Sam", token=TOKEN).rejoined
        else:
            with pytest.raises(NicknameInUse):
                join(windows[1], code, "Sam", token=TOKEN)


def test_a_game_that_ended_but_was_not_reaped_holds_nothing() -> None:
    """A game killed with its server may stay a zombie (a container's first process may
    not reap it); ``kill(pid, 0)`` still finds it, but it holds no claim."""
    ended = subprocess.Popen([sys.executable, "-c", "pass"])
    try:
        stat = Path(f"/proc/{ended.pid}/stat")
        while stat.exists() and stat.read_text().rpartition(")")[2].split()[0] != "Z":
            time.sleep(0.02)
        session = f"{claims.new_session().split('.')[0]}.{ended.pid}.0123"
        assert claims.gone(session)
    finally:
        ended.wait()
