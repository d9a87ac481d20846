"""Hand-in files: a finished game saved by a student, imported by the teacher.

Without a network a student plays on their own computer, saves a result
file (:func:`write_result`) and hands it in (a USB stick, the school's
learning platform); the teacher imports it into the lesson
(:func:`import_results`).

A result file is JSON with a format marker, the game (nickname, scenario
``id@version`` and content hash, seed, ending, scores, reflection, times),
its moves, and a SHA-256 checksum over all of that. The checksum catches a
damaged or hand-edited file; it is not a signature (a student who knows the
format can compute it), so the import also replays the moves through the
engine with the lesson's copy of the scenario, and refuses a file whose
moves are not allowed or do not lead to the ending and scores it claims.

A game is imported once: a file whose game id is already in the store is
reported as a duplicate and changes nothing. The file's text is the
student's: the nickname goes through the nickname rules and the reflection
loses its control characters (:mod:`burgerschap.scenario.plaintext`).
"""

from __future__ import annotations

import hashlib
import json
import re
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from burgerschap import __version__
from burgerschap.classroom.codes import normalise_code
from burgerschap.classroom.errors import ClassroomError, HandinError, NicknameError
from burgerschap.classroom.lessons import Lesson, require_lesson
from burgerschap.classroom.nicknames import clean_nickname, nickname_key
from burgerschap.classroom.store import Store
from burgerschap.scenario.atomic import atomic_write
from burgerschap.scenario.engine import Engine, GameState, ReplayError, Step
from burgerschap.scenario.models import REF
from burgerschap.scenario.plaintext import plain_text

RESULT_FORMAT = "burgerschap-result"
RESULT_VERSION = 1
SUFFIX = ".result.json"
MAX_BYTES = 1024 * 1024
MAX_REFLECTION = 10_000


EARLIEST = 946_684_800.0
"""2000-01-01: no game was played before this program existed."""
LATEST = 4_102_444_800.0
"""2100-01-01: a later stamp is forged or a clock gone wrong."""
Moment = Annotated[float, Field(ge=EARLIEST, le=LATEST, allow_inf_nan=False)]
"""A time stamp, in seconds since 1970; anything outside a calendar's reach is refused."""
Whole = Annotated[int, Field(ge=-(2**53), le=2**53)]
"""A number SQLite and JSON both hold exactly."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ResultMove(_Model):
    seq: int = Field(ge=1, le=100_000)
    """The step number, from 1 (as the store numbers moves)."""
    node: str = Field(max_length=64)
    kind: Literal["choice", "answer"]
    index: int = Field(ge=0, le=10_000)
    at: Moment


class ResultGame(_Model):
    id: str = Field(pattern=r"^[0-9a-f]{32}$")
    nickname: str = Field(max_length=200)
    scenario: str = Field(pattern=REF)
    content_hash: str = Field(pattern=r"^[0-9a-f]{16}$")
    seed: Whole
    ending: str = Field(max_length=64)
    scores: dict[str, Whole]
    reflection: str | None = Field(default=None, max_length=MAX_REFLECTION)
    started_at: Moment
    finished_at: Moment


class ResultFile(_Model):
    """The contents of a result file (format version 1)."""

    format: Literal["burgerschap-result"]
    format_version: Literal[1]
    app_version: str
    lesson: str | None = None
    """The code the student gave when saving; informative only."""
    saved_at: Moment
    game: ResultGame
    moves: list[ResultMove] = Field(max_length=10_000)
    checksum: str


@dataclass(frozen=True)
class ImportOutcome:
    """What importing one file did."""

    file: str
    status: Literal["imported", "duplicate", "error"]
    game_id: str | None = None
    nickname: str | None = None
    error: ClassroomError | None = None
    warning: ClassroomError | None = None


def checksum(data: dict[str, Any]) -> str:
    """``sha256:`` and the hash of everything but the checksum, as canonical JSON."""
    body = {k: v for k, v in data.items() if k != "checksum"}
    canonical = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return "sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def build_result(store: Store, game_id: str, lesson: str | None = None) -> dict[str, Any]:
    """The result file's data for a finished game in the store.

    Raises:
        ClassroomError: no such game, or it is not finished.
    """
    game = store.game(game_id)
    if game is None:
        raise ClassroomError("game_not_found", game=game_id)
    if game.status != "finished" or game.ending is None or game.finished_at is None:
        raise ClassroomError("game_not_finished", game=game_id[:8])
    data: dict[str, Any] = {
        "format": RESULT_FORMAT,
        "format_version": RESULT_VERSION,
        "app_version": __version__,
        "lesson": normalise_code(lesson) if lesson else None,
        "saved_at": time.time(),
        "game": {
            "id": game.id,
            "nickname": game.nickname,
            "scenario": game.ref,
            "content_hash": game.content_hash,
            "seed": int(game.state.get("seed", 0)),
            "ending": game.ending,
            "scores": game.scores or {},
            "reflection": game.reflection,
            "started_at": game.started_at,
            "finished_at": game.finished_at,
        },
        "moves": [
            {"seq": c.seq, "node": c.node, "kind": c.kind, "index": c.idx, "at": c.at}
            for c in store.choices(game.id)
        ],
    }
    data["checksum"] = checksum(data)
    return data


def default_name(data: dict[str, Any]) -> str:
    """``nickname-scenario-gameid.result.json``, safe as a file name everywhere."""
    game = data["game"]
    nick = re.sub(r"[^\w]+", "-", game["nickname"]).strip("-_").lower() or "leerling"
    scenario = game["scenario"].split("@")[0]
    return f"{nick}-{scenario}-{game['id'][:8]}{SUFFIX}"


def write_result(
    store: Store,
    game_id: str,
    target: Path,
    lesson: str | None = None,
    *,
    overwrite: bool = True,
) -> Path:
    """Save a finished game as a result file; ``target`` is a file or an existing folder.

    Returns the path written. The file is written atomically; with ``overwrite``
    False an existing file is never replaced (``FileExistsError``).
    """
    data = build_result(store, game_id, lesson)
    path = target / default_name(data) if target.is_dir() else target
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    atomic_write(path, text.encode("utf-8"), exclusive=not overwrite)
    return path


def read_result(path: Path) -> ResultFile:
    """Read and check a result file (size, JSON, format, checksum, fields).

    Raises:
        HandinError: naming the file and what is wrong with it.
    """
    name = str(path)
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise HandinError("handin_unreadable", file=name, reason=exc.strerror or exc) from exc
    if len(raw) > MAX_BYTES:
        raise HandinError("handin_too_large", file=name, limit=MAX_BYTES)
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise HandinError("handin_not_json", file=name, detail="UTF-8") from exc
    except json.JSONDecodeError as exc:
        detail = f"{exc.lineno}:{exc.colno}"
        raise HandinError("handin_not_json", file=name, detail=detail) from exc
    except RecursionError as exc:  # [[[[... nested deeper than the parser goes
        raise HandinError("handin_not_result", file=name) from exc
    if not isinstance(data, dict) or data.get("format") != RESULT_FORMAT:
        raise HandinError("handin_not_result", file=name)
    if data.get("format_version") != RESULT_VERSION:
        raise HandinError("handin_version", file=name, version=data.get("format_version"))
    if data.get("checksum") != checksum(data):
        raise HandinError("handin_checksum", file=name)
    try:
        return ResultFile.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise HandinError("handin_invalid", file=name, field=where) from exc


def import_results(store: Store, code: str, paths: Iterable[Path]) -> list[ImportOutcome]:
    """Import result files into a lesson, each in its own transaction.

    A bad file never stops the others: its outcome carries the error.

    Raises:
        LessonNotFound: before any file is read, when the lesson does not exist.
    """
    lesson = require_lesson(store, code)
    outcomes = []
    for path in paths:
        try:
            outcomes.append(_import(store, lesson, path))
        except ClassroomError as exc:
            outcomes.append(ImportOutcome(str(path), "error", error=exc))
    return outcomes


def _import(store: Store, lesson: Lesson, path: Path) -> ImportOutcome:
    name = str(path)
    result = read_result(path)
    game = result.game
    try:
        nickname = clean_nickname(game.nickname)
    except NicknameError as exc:
        raise HandinError("handin_nickname", file=name, nickname=game.nickname) from exc
    state, steps = _replay(lesson, result, name)
    # Checked after everything else: a damaged copy of a known game is reported, not skipped.
    if store.game(game.id) is not None:
        return ImportOutcome(name, "duplicate", game.id, nickname)
    warning = None
    if result.lesson and normalise_code(result.lesson) != lesson.code:
        warning = ClassroomError("handin_other_lesson", file=name, lesson=result.lesson)
    nickname = _member_name(store, lesson, nickname)
    with store.transaction() as conn:
        added = conn.execute(
            "INSERT INTO games (id, nickname, scenario_id, version, content_hash,"
            " lesson_code, state, status, ending, scores, reflection, started_at, updated_at,"
            " finished_at, imported_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, 'finished', ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            (
                game.id,
                nickname,
                *_split_ref(game.scenario),
                game.content_hash,
                lesson.code,
                json.dumps(state.model_dump(mode="json")),
                game.ending,
                json.dumps(game.scores),
                None if game.reflection is None else plain_text(game.reflection),
                game.started_at,
                game.finished_at,
                game.finished_at,
                time.time(),
            ),
        ).rowcount
        if not added:  # imported by someone else a moment ago
            return ImportOutcome(name, "duplicate", game.id, nickname)
        conn.executemany(
            "INSERT INTO choices (game_id, seq, node, kind, idx, target, effects, correct, at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    game.id,
                    seq,
                    step.node,
                    step.kind,
                    step.index,
                    step.target,
                    json.dumps(step.effects),
                    None if step.correct is None else int(step.correct),
                    move.at,
                )
                for seq, (step, move) in enumerate(zip(steps, result.moves, strict=True), start=1)
            ],
        )
        conn.execute(
            "INSERT INTO lesson_students (lesson_code, nickname_key, nickname,"
            " joined_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
            (lesson.code, nickname_key(nickname), nickname, game.started_at),
        )
    return ImportOutcome(name, "imported", game.id, nickname, warning=warning)


def _replay(lesson: Lesson, result: ResultFile, name: str) -> tuple[GameState, list[Step]]:
    """Play the file's moves with the lesson's copy of the scenario; the engine's steps."""
    game = result.game
    entry = next((s for s in lesson.scenarios if s.ref == game.scenario), None)
    if entry is None:
        raise HandinError("handin_scenario", file=name, ref=game.scenario, code=lesson.code)
    if entry.content_hash != game.content_hash:
        raise HandinError("handin_hash", file=name, ref=game.scenario)
    scenario = entry.scenario
    if scenario is None:
        raise HandinError("handin_scenario", file=name, ref=game.scenario, code=lesson.code)
    engine = Engine(scenario)

    def numbered() -> Iterator[ResultMove]:
        for number, move in enumerate(result.moves, start=1):
            if move.seq != number:
                raise HandinError("handin_moves", file=name, step=number)
            yield move

    start = engine.new_game(game.seed)
    try:
        outcomes = engine.play(start, numbered())
    except ReplayError as exc:
        raise HandinError("handin_moves", file=name, step=exc.step) from exc
    state = outcomes[-1].state if outcomes else start
    steps = [outcome.step for outcome in outcomes]
    if not engine.is_finished(state) or state.node != game.ending or state.scores != game.scores:
        raise HandinError("handin_outcome", file=name)
    if game.finished_at < game.started_at:
        raise HandinError("handin_invalid", file=name, field="game.finished_at")
    return state, steps


def _member_name(store: Store, lesson: Lesson, nickname: str) -> str:
    """The spelling already in the lesson for this nickname, if the student joined."""
    row = store.conn.execute(
        "SELECT nickname FROM lesson_students WHERE lesson_code = ? AND nickname_key = ?",
        (lesson.code, nickname_key(nickname)),
    ).fetchone()
    return str(row["nickname"]) if row else nickname


def _split_ref(ref: str) -> tuple[str, int]:
    scenario_id, _, version = ref.partition("@")
    return scenario_id, int(version)
