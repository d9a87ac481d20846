"""40 students in 40 processes finish their games in one lesson at the same moment: none lost.

On both engines: SQLite's one file, and PostgreSQL, where the writers really run side by side.
"""

from __future__ import annotations

import multiprocessing
import sqlite3
from multiprocessing.synchronize import Barrier
from pathlib import Path

from burgerschap.classroom.lessons import create_lesson, join, start_game
from burgerschap.classroom.progress import class_results, students
from burgerschap.classroom.simulate import play_moves
from burgerschap.classroom.store import Store
from burgerschap.scenario import Scenario, load_file

DATA = Path(__file__).parent / "data" / "classroom"
STUDENTS = 40
# Three ways through the story, by student number.
PATHS = {0: ([0, 0, 0], "einde_samen"), 1: ([1, 1], "einde_alleen"), 2: ([2], "einde_stil")}


def student(db: Path | str, code: str, number: int, barrier: Barrier) -> None:
    """One student process: join, play every move, then wait for all and finish together."""
    store = Store(db)
    nickname = f"Leerling {number}"
    join(store, code, nickname)
    game_id, state, engine = start_game(store, code, nickname, "proeftuin@1", seed=number)
    picks, _ = PATHS[number % 3]
    # All moves but the last, then everyone makes the final move and finishes at once.
    state = play_moves(store, game_id, engine, state, picks[:-1], steps=len(picks) - 1)
    barrier.wait(timeout=120)
    play_moves(store, game_id, engine, state, picks[-1:], reflection=f"Reflectie {number}")
    store.close()


def test_forty_students_finish_at_the_same_moment(database: Path | str) -> None:
    db = database
    document = load_file(DATA / "proeftuin.yaml").document
    assert isinstance(document, Scenario)
    teacher = Store(db)
    code = create_lesson(teacher, "Klas", [document]).code
    teacher.close()  # no connection crosses into a child process

    # Forked where the platform can (the test's own store is closed, and pytest runs no
    # threads): spawning 40 cold interpreters, each importing pytest again, takes most
    # of a minute and tests nothing more. Each process opens its own connection.
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    barrier = context.Barrier(STUDENTS)
    processes = [
        context.Process(target=student, args=(db, code, i, barrier)) for i in range(STUDENTS)
    ]
    for process in processes:
        process.start()
    for process in processes:
        process.join(timeout=300)
    assert [p.exitcode for p in processes] == [0] * STUDENTS

    store = Store(db)
    assert store.integrity_ok()
    finished = store.games(lesson_code=code, status="finished")
    assert len(finished) == STUDENTS
    by_name = {g.nickname: g for g in finished}
    for i in range(STUDENTS):
        game = by_name[f"Leerling {i}"]
        picks, ending = PATHS[i % 3]
        assert (game.ending, game.reflection) == (ending, f"Reflectie {i}")
        assert [c.idx for c in store.choices(game.id)] == picks
    assert len(students(store, code)) == STUDENTS
    assert class_results(store, code)[0].finished == STUDENTS
    store.close()
    if not isinstance(db, Path):
        return
    # A fresh plain connection sees the same: everything reached the database file.
    raw = sqlite3.connect(db)
    assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert raw.execute("SELECT COUNT(*) FROM games WHERE status = 'finished'").fetchone()[0] == 40
    raw.close()
