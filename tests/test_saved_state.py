"""Saved game state carries its version: old records are migrated, newer ones kept untouched.

The engine's part (migrate_state, StateTooNew) is in test_engine.py; here the
store and the application layer: what a student sees when a saved game is
older or newer than the program, and that nothing saved is given up or lost.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from burgerschap.application.lessongame import (
    LessonUnavailable,
    join_lesson,
    resume_lesson_game,
    start_lesson_game,
)
from burgerschap.application.playing import new_game, resume
from burgerschap.application.workspace import Locations, Workspace
from burgerschap.classroom.store import GameRecord, Store
from burgerschap.scenario.engine import SAVE_VERSION
from burgerschap.scenario.library import Entry
from burgerschap.settings import Settings, save_settings
from lesson_support import make_lesson

LIBRARY = Path(__file__).parent / "data" / "tui" / "library"


def workspace(home: Path) -> Workspace:
    save_settings(Settings(nickname="Sam"), home / "settings.json")
    found = Workspace(Locations.create(home, [(LIBRARY, "builtin")]), seed=3)
    found.load_library()
    return found


def plein(found: Workspace) -> Entry:
    hit = found.find("plein")
    assert hit is not None
    return hit


def rewrite_state(
    home: Path, game_id: str, change: dict[str, Any], drop: tuple[str, ...] = ()
) -> dict[str, Any]:
    """Change a saved state in the database, as another program (older or newer) left it."""
    store = Store(home / "burgerschap.sqlite3")
    try:
        record = store.game(game_id)
        assert record is not None
        state = {k: v for k, v in record.state.items() if k not in drop} | change
        with store.transaction() as conn:
            conn.execute("UPDATE games SET state = ? WHERE id = ?", (json.dumps(state), game_id))
    finally:
        store.close()
    return state


def record_of(home: Path, game_id: str) -> GameRecord:
    store = Store(home / "burgerschap.sqlite3")
    try:
        record = store.game(game_id)
        assert record is not None
        return record
    finally:
        store.close()


def test_every_saved_state_carries_the_version(tmp_path: Path) -> None:
    found = workspace(tmp_path)
    game = new_game(found, plein(found))
    game.choose(1)
    assert game.game_id is not None
    found.close()
    assert record_of(tmp_path, game.game_id).state["save_version"] == SAVE_VERSION


def test_an_old_record_without_a_version_resumes_where_it_was(tmp_path: Path) -> None:
    found = workspace(tmp_path)
    game = new_game(found, plein(found))
    game.choose(1)
    assert game.game_id is not None
    found.close()
    rewrite_state(tmp_path, game.game_id, {}, drop=("save_version", "answers"))
    later = workspace(tmp_path)
    record = later.resumable()
    assert record is not None and "save_version" not in record.state
    resumed, notice = resume(later, record)
    assert notice is None and resumed is not None
    assert resumed.state == game.state
    resumed.choose(0)  # the next move saves it in today's shape
    later.close()
    assert record_of(tmp_path, game.game_id).state["save_version"] == SAVE_VERSION


def test_a_record_from_a_newer_program_is_refused_and_kept(tmp_path: Path) -> None:
    found = workspace(tmp_path)
    game = new_game(found, plein(found))
    game.choose(1)
    assert game.game_id is not None
    found.close()
    newer = rewrite_state(tmp_path, game.game_id, {"save_version": SAVE_VERSION + 1, "new": 1})
    later = workspace(tmp_path)
    record = later.resumable()
    assert record is not None
    assert resume(later, record) == (None, "tui.resume.newer")
    assert later.problem is None  # not a failure of saving: the game goes on being saved
    later.close()
    kept = record_of(tmp_path, game.game_id)
    assert (kept.status, kept.state) == ("playing", newer)  # neither given up nor changed


def test_a_lesson_game_from_a_newer_program_is_refused_and_kept(tmp_path: Path) -> None:
    lesson = make_lesson(tmp_path)
    found = workspace(tmp_path)
    membership = join_lesson(found, lesson.code, "Sam")
    game = start_lesson_game(found, membership, lesson.scenarios[0].ref)
    game.choose(game.engine.offered(game.state)[0][0])
    assert game.game_id is not None
    found.close()
    newer = rewrite_state(tmp_path, game.game_id, {"save_version": SAVE_VERSION + 5})
    later = workspace(tmp_path)
    [record] = later.games(status="playing")
    with pytest.raises(LessonUnavailable) as refused:
        resume_lesson_game(later, record)
    assert refused.value.key == "tui.resume.newer"
    assert "nieuwere versie" in str(refused.value)
    assert resume(later, record) == (None, "tui.resume.newer")
    later.close()
    kept = record_of(tmp_path, game.game_id)
    assert (kept.status, kept.state) == ("playing", newer)
