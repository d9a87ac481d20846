"""Crash safety: SIGKILL at random moments never loses or corrupts saved work.

A student playing: the real game runs headless in a subprocess
(``helpers/play_worker.py``) and plays with key presses over the real store,
reporting every move once the app has handled it. It is killed 20 times at
seeded random moments and started again each time: the game it resumes at is
exactly the last move it reported (or the one move in flight), the database
passes ``PRAGMA integrity_check``, and every finished game it reported is
still finished.

Scenario saves: a process saving versions is killed at random moments (and at
each step inside :func:`atomic_write`, by a hook in that process). Afterwards
every version it reported as saved is byte for byte intact, no partial file
is visible, and the library loads with no broken entry.

Decision on leftovers: a kill between creating the temporary file and linking
it leaves that temporary file behind (``.<name>.<random>.tmp``, hidden).
Nothing cleans it up, because a live writer may own it; instead the library,
the version numbering and the file listing never see it. These tests prove
that.

The kill times come from a seeded random generator, so a failure can be
replayed: set BURGERSCHAP_CRASH_SEED to repeat a run, the test prints its seed.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from burgerschap.paths import builtin_dir
from burgerschap.scenario.atomic import STALE_AFTER, remove_stale_temporaries
from burgerschap.scenario.library import Library, scenario_files
from burgerschap.scenario.versions import parse_version_filename, taken_versions

HELPERS = Path(__file__).parent / "helpers"
PLAY_SCENARIO = "hangplek.yaml"
SEED = int(os.environ.get("BURGERSCHAP_CRASH_SEED", "8"))
KILLS = 20
TEMP = re.compile(r"^\.opslaan@[0-9]+\.yaml\..+\.tmp$")


def _worker(library: Path, mode: str) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, str(HELPERS / "save_worker.py"), str(library), mode],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    return proc


def _saved(lines: str) -> dict[str, str]:
    """``{file name: sha256}`` of every save the worker reported as completed."""
    found = {}
    complete = lines if lines.endswith("\n") else lines.rpartition("\n")[0]  # drop a cut line
    for line in complete.splitlines():
        word, name, digest = line.split()
        assert word == "saved"
        found[name] = digest
    return found


def _check_library(library: Path, saved: dict[str, str], kills: int = 1) -> Library:
    """Everything reported saved is intact; nothing partial is visible; the library loads."""
    for name, digest in saved.items():
        assert hashlib.sha256((library / name).read_bytes()).hexdigest() == digest, name
    visible = [p.name for p in library.iterdir() if not p.name.startswith(".")]
    hidden = [p.name for p in library.iterdir() if p.name.startswith(".")]
    assert all(parse_version_filename(n) for n in visible), visible
    assert all(TEMP.match(n) for n in hidden), hidden
    scanned = Library.scan([(library, "user")])
    assert not scanned.broken(), [(e.path.name, e.inspection.problems) for e in scanned.broken()]
    # The library lists exactly the finished versions, never a temporary file.
    assert sorted(p.name for p in scenario_files(library)) == sorted(visible)
    assert set(saved) <= set(visible)
    # A version that completed just before a kill, unreported, is whole too (it loaded);
    # each kill can leave at most one such version.
    assert len(visible) - len(saved) <= kills
    numbers = taken_versions("opslaan", library)
    assert numbers == {v for n in visible if (p := parse_version_filename(n)) for v in [p[1]]}
    return scanned


def test_killing_a_save_at_random_moments_keeps_every_version(tmp_path: Path) -> None:
    library = tmp_path / "library"
    library.mkdir()
    rng = random.Random(SEED)
    print(f"seed {SEED}")
    saved: dict[str, str] = {}
    for kill in range(1, KILLS + 1):
        proc = _worker(library, "loop")
        # A save of the generated scenario takes some tens of ms here; any delay lands
        # somewhere in one save or another.
        time.sleep(rng.uniform(0.0, 0.4))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate(timeout=30)
        assert proc.returncode == -signal.SIGKILL
        saved.update(_saved(out))
        scanned = _check_library(library, saved, kills=kill)
        if saved:
            newest = scanned.find("opslaan")
            assert newest is not None and newest.path.name in {
                p.name for p in scenario_files(library)
            }
    assert saved, "the worker never completed a save: the delays are too short"
    leftovers = [p.name for p in library.iterdir() if p.name.startswith(".")]
    print(f"{len(saved)} saves completed, {len(leftovers)} kills left a temporary file")


@pytest.mark.parametrize("point", ["mid-write", "before-fsync", "before-link", "after-link"])
def test_killing_a_save_inside_atomic_write(tmp_path: Path, point: str) -> None:
    library = tmp_path / "library"
    first = _worker(library, "loop")
    # One finished version first: the one that must survive the crash.
    assert first.stdout is not None
    line = first.stdout.readline()
    first.send_signal(signal.SIGKILL)
    rest, _ = first.communicate(timeout=30)
    saved = _saved(line + rest)
    assert saved
    before = {p.name for p in scenario_files(library)}

    proc = _worker(library, point)
    out, _ = proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL, "the hook did not fire"
    assert out == "", "the killed save must not report success"
    _check_library(library, saved)
    after = {p.name for p in scenario_files(library)}
    if point == "after-link":
        # The version was complete when it was linked: it is there, and it loads.
        assert len(after - before) == 1
    else:
        assert after == before
    # What the crash left behind is cleared once it is clearly abandoned, and
    # nothing else goes with it.
    leftovers = [p for p in library.iterdir() if p.name.endswith(".tmp")]
    assert remove_stale_temporaries(library) == []  # too young: a write may be under way
    later = time.time() + STALE_AFTER + 1
    assert sorted(remove_stale_temporaries(library, now=later)) == sorted(leftovers)
    assert {p.name for p in scenario_files(library)} == after
    _check_library(library, saved)
    # The next save is not confused by what the crash left behind.
    nxt = _worker(library, "loop")
    assert nxt.stdout is not None
    line = nxt.stdout.readline()
    nxt.send_signal(signal.SIGKILL)
    rest, _ = nxt.communicate(timeout=30)
    saved.update(_saved(line + rest))
    _check_library(library, saved)


def test_only_abandoned_temporaries_are_removed(tmp_path: Path) -> None:
    old = tmp_path / ".bankje@2.yaml.abc123.tmp"
    young = tmp_path / ".bankje@3.yaml.def456.tmp"
    other = tmp_path / ".notes.txt"
    for path in (old, young, other):
        path.write_text("x", "utf-8")
    now = time.time()
    os.utime(old, (now - STALE_AFTER - 5, now - STALE_AFTER - 5))
    os.utime(other, (now - 10 * STALE_AFTER, now - 10 * STALE_AFTER))
    assert remove_stale_temporaries(tmp_path, now=now) == [old]
    assert young.exists() and other.exists()
    assert remove_stale_temporaries(tmp_path / "missing") == []


class Student:
    """One run of the play worker: its reports, read as they come."""

    def __init__(self, home: Path, library: Path, seed: int) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(HELPERS / "play_worker.py"), str(home), str(library), str(seed)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.lines: list[tuple[str, str]] = []
        self.ready = threading.Event()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            if not line.endswith("\n"):
                break  # cut off by the kill: not a report
            word, _, value = line.rstrip("\n").partition(" ")
            self.lines.append((word, value))
            if word == "ready":
                self.ready.set()
        self.ready.set()

    def kill(self) -> str:
        """SIGKILL it; its standard error (empty unless it failed)."""
        self.proc.send_signal(signal.SIGKILL)
        _, err = self.proc.communicate(timeout=30)
        self._reader.join(timeout=30)
        return err


def _state(text: str) -> dict[str, object]:
    value = json.loads(text)
    assert isinstance(value, dict)
    return value


def _check_store(database: Path, finished: set[str], resumable: list[dict[str, object]]) -> None:
    conn = sqlite3.connect(database)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        rows = dict(conn.execute("SELECT id, status FROM games").fetchall())
        lost = {g for g in finished if rows.get(g) != "finished"}
        assert not lost, f"finished games lost: {lost}"
        playing = [
            json.loads(state)
            for (state,) in conn.execute("SELECT state FROM games WHERE status = 'playing'")
        ]
    finally:
        conn.close()
    assert len(playing) <= 1, "more than one unfinished game of one scenario"
    if playing:
        assert playing[0] in resumable, "the saved game is not at a reported move"
    else:
        assert any(not s["history"] for s in resumable), "no game saved, but moves were reported"


def test_killing_the_game_while_a_student_plays_loses_nothing(tmp_path: Path) -> None:
    from burgerschap.settings import Settings, save_settings

    home, library = tmp_path / "home", tmp_path / "library"
    library.mkdir()
    shutil.copy(builtin_dir() / PLAY_SCENARIO, library)
    save_settings(Settings(nickname="Kim"), home / "settings.json")
    rng = random.Random(SEED)
    print(f"seed {SEED}")
    done: dict[str, object] | None = None
    pending: dict[str, object] | None = None
    finished: set[str] = set()
    moves = in_flight = 0
    for run in range(KILLS + 1):
        # Where a restart may resume: the last reported move, or the one in flight.
        allowed = [s for s in (done, pending) if s is not None]
        student = Student(home, library, seed=SEED * 1000 + run)
        assert student.ready.wait(timeout=60), "the game did not start"
        if run < KILLS:
            time.sleep(rng.uniform(0.0, 1.5))
        err = student.kill()
        assert student.lines and student.lines[0][0] == "ready", err
        resumed = _state(student.lines[0][1])
        in_flight += pending is not None
        if allowed:
            assert resumed in allowed, f"run {run} resumed elsewhere:\n{resumed}\n{allowed}"
        else:
            assert resumed["history"] == [], "a first game starts at the start"
        done, pending = resumed, None
        for word, value in student.lines[1:]:
            if word == "intent":
                pending = _state(value)
            elif word == "done":
                done, pending = _state(value), None
                moves += 1
            elif word == "finished":
                finished.add(value)
        assert "Traceback" not in err, err
        resumable = [s for s in (done, pending) if s is not None]
        _check_store(home / "burgerschap.sqlite3", finished, resumable)
    print(
        f"{moves} moves reported, {len(finished)} games finished, {KILLS} kills,"
        f" {in_flight} of them with a move in flight"
    )
    assert moves >= KILLS // 2, "too few moves between kills to mean anything"


def test_a_game_saved_at_its_ending_but_not_marked_finished_is_finished_on_resume(
    tmp_path: Path,
) -> None:
    """The narrowest window: killed after the last move was saved, before ``finish_game``."""
    from burgerschap.classroom.store import Store
    from burgerschap.scenario import Engine, QuestionNode, Scenario, load_file
    from burgerschap.settings import Settings, save_settings

    home, library = tmp_path / "home", tmp_path / "library"
    library.mkdir()
    shutil.copy(builtin_dir() / PLAY_SCENARIO, library)
    save_settings(Settings(nickname="Kim"), home / "settings.json")
    loaded = load_file(library / PLAY_SCENARIO)
    scenario = loaded.document
    assert isinstance(scenario, Scenario)
    engine = Engine(scenario)
    state = fresh = engine.new_game(seed=7)
    store = Store(home / "burgerschap.sqlite3")
    game_id = store.start_game(
        "Kim", scenario.id, scenario.version, loaded.content_hash, state.model_dump(mode="json")
    )
    while not engine.is_finished(state):  # the first choice, or the right answer, each time
        node = engine.node(state)
        if isinstance(node, QuestionNode):
            right = next(i for i, o in enumerate(node.options) if o.correct)
            outcome = engine.answer(state, right)
        else:
            outcome = engine.choose(state, engine.offered(state)[0][0])
        state = outcome.state
        store.record_move(
            game_id, state.model_dump(mode="json"), outcome.step.model_dump(mode="json")
        )
    store.close()  # ... and no finish_game: the process died here

    student = Student(home, library, seed=1)
    assert student.ready.wait(timeout=60), "the game did not start"
    err = student.kill()
    assert student.lines and student.lines[0][0] == "ready", err
    assert _state(student.lines[0][1]) == fresh.model_dump(mode="json")
    conn = sqlite3.connect(home / "burgerschap.sqlite3")
    try:
        status, ending = conn.execute(
            "SELECT status, ending FROM games WHERE id = ?", (game_id,)
        ).fetchone()
    finally:
        conn.close()
    assert (status, ending) == ("finished", state.node)
