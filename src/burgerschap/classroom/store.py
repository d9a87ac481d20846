"""The SQLite store: games in progress, finished results, choices and quiz rounds.

One database file in the data folder holds everything a student's games
leave behind. It is opened in WAL mode with a busy timeout, so that many
student processes (a class on one server) can write at the same moment,
and every change happens in one short transaction: a crash loses at most
the move that was being made, never a finished game.

Each store is one session (:attr:`Store.session`): it claims every game it
writes (:mod:`burgerschap.classroom.claims`), and refuses to write a game
another live session holds, so two windows can never play one game record.

The schema is versioned with ``PRAGMA user_version``; :data:`MIGRATIONS`
brings any older database up to date when it is opened.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from burgerschap.classroom import claims
from burgerschap.classroom.errors import GameInUse
from burgerschap.classroom.lesson_schema import MIGRATION_2, MIGRATION_3
from burgerschap.classroom.nicknames import nickname_key
from burgerschap.scenario.plaintext import plain_text

BUSY_TIMEOUT_MS = 30_000

MIGRATIONS: list[Sequence[str]] = [
    # 1: games, their choices, quiz rounds.
    (
        """CREATE TABLE games (
            id TEXT PRIMARY KEY,
            nickname TEXT NOT NULL,
            scenario_id TEXT NOT NULL,
            version INTEGER NOT NULL,
            content_hash TEXT NOT NULL,
            lesson_code TEXT,
            state TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'playing'
                CHECK (status IN ('playing', 'finished', 'abandoned')),
            ending TEXT,
            scores TEXT,
            reflection TEXT,
            started_at REAL NOT NULL,
            updated_at REAL NOT NULL,
            finished_at REAL
        )""",
        "CREATE INDEX games_nickname ON games (nickname, status)",
        "CREATE INDEX games_lesson ON games (lesson_code)",
        """CREATE TABLE choices (
            game_id TEXT NOT NULL REFERENCES games (id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            node TEXT NOT NULL,
            kind TEXT NOT NULL,
            idx INTEGER NOT NULL,
            target TEXT NOT NULL,
            effects TEXT NOT NULL,
            correct INTEGER,
            at REAL NOT NULL,
            PRIMARY KEY (game_id, seq)
        )""",
        """CREATE TABLE quiz_rounds (
            id TEXT PRIMARY KEY,
            nickname TEXT NOT NULL,
            quiz_id TEXT NOT NULL,
            version INTEGER NOT NULL,
            score INTEGER NOT NULL,
            total INTEGER NOT NULL,
            missed TEXT NOT NULL,
            lesson_code TEXT,
            finished_at REAL NOT NULL
        )""",
    ),
    # 2: lessons, their scenario versions and students (see lesson_schema).
    MIGRATION_2,
    # 3: look-alike nicknames are one; return codes, browser tokens, claims (see lesson_schema).
    MIGRATION_3,
]


@dataclass(frozen=True)
class GameRecord:
    """A game as stored."""

    id: str
    nickname: str
    scenario_id: str
    version: int
    content_hash: str
    lesson_code: str | None
    state: dict[str, Any]
    status: str
    ending: str | None
    scores: dict[str, int] | None
    reflection: str | None
    started_at: float
    updated_at: float
    finished_at: float | None
    imported_at: float | None = None
    """When the game came in as a hand-in file (migration 2)."""

    @property
    def ref(self) -> str:
        return f"{self.scenario_id}@{self.version}"


@dataclass(frozen=True)
class ChoiceRecord:
    """One move as stored."""

    game_id: str
    seq: int
    node: str
    kind: str
    idx: int
    target: str
    effects: dict[str, int]
    correct: bool | None
    at: float


def connect(path: Path) -> sqlite3.Connection:
    """Open (and create or migrate) the database at ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    _private(path)
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA journal_mode = WAL")
    # FULL: a finished game must survive a power cut, not just a crash.
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    # Deleted rows are overwritten, not left in free pages: `lesson delete` really deletes.
    conn.execute("PRAGMA secure_delete = ON")
    conn.create_function("nickname_key", 1, nickname_key, deterministic=True)
    migrate(conn)
    return conn


def _private(path: Path) -> None:
    """Create the database readable by its owner only (0600), like settings and exports.

    It holds nicknames and reflections. SQLite gives its -wal and -shm files the
    database's own permissions; a database made by an older version is tightened.
    """
    if str(path) == ":memory:":
        return
    # Read-only media or another owner's file: sqlite3 reports what matters.
    with suppress(OSError):
        os.close(os.open(path, os.O_CREAT | os.O_RDWR, 0o600))
        if os.stat(path).st_mode & 0o077:
            os.chmod(path, 0o600)


def migrate(conn: sqlite3.Connection) -> None:
    """Bring the schema up to :data:`MIGRATIONS`; each step in its own transaction."""
    while True:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version >= len(MIGRATIONS):
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Another process may have migrated while we waited for the lock.
            if conn.execute("PRAGMA user_version").fetchone()[0] == version:
                for statement in MIGRATIONS[version]:
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise


class Store:
    """Games and results of one data folder."""

    def __init__(self, path: Path, *, clock: Callable[[], float] = time.time) -> None:
        self.path = path
        self.conn = connect(path)
        self.session = claims.new_session()
        """Who holds the claims this store takes: one running game, one session."""
        self.clock = clock
        """The time claims are taken and renewed at (tests move it on)."""
        self.holds_claims = False

    def close(self) -> None:
        """Release this session's claims (another window may go on at once) and close."""
        if self.holds_claims:
            # A broken database is closed all the same; its claims then run out by themselves.
            with suppress(sqlite3.Error), self.transaction() as conn:
                claims.release(conn, self.session)
        self.conn.close()

    def heartbeat(self) -> None:
        """This session is still there: renew its claims (call every ``HEARTBEAT_SECONDS``)."""
        if self.holds_claims:
            with self.transaction() as conn:
                claims.renew(conn, self.session, self.clock())

    def claim_game(self, game_id: str) -> bool:
        """Claim a game before playing it on; False when another live session has it."""
        try:
            with self.transaction() as conn:
                self._hold(conn, game_id)
        except GameInUse:
            return False
        return True

    def _hold(self, conn: sqlite3.Connection, game_id: str) -> None:
        """Claim (or renew) ``game_id`` inside a write; raises :class:`GameInUse` when taken."""
        if not claims.claim_game(conn, game_id, self.session, self.clock()):
            raise GameInUse(game_id)
        self.holds_claims = True

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic write: all of it lands, or none."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    # Games -------------------------------------------------------------

    def start_game(
        self,
        nickname: str,
        scenario_id: str,
        version: int,
        content_hash: str,
        state: dict[str, Any],
        lesson_code: str | None = None,
    ) -> str:
        """Record a new game; returns its id."""
        game_id = uuid.uuid4().hex
        now = time.time()
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO games (id, nickname, scenario_id, version, content_hash, lesson_code,"
                " state, started_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    game_id,
                    nickname,
                    scenario_id,
                    version,
                    content_hash,
                    lesson_code,
                    json.dumps(state),
                    now,
                    now,
                ),
            )
            self._hold(conn, game_id)
        return game_id

    def record_move(self, game_id: str, state: dict[str, Any], step: dict[str, Any]) -> None:
        """Save the state after a move together with the move itself.

        Like every write to a game, refused (:class:`GameInUse`) when another session holds it.
        """
        now = time.time()
        seq = len(state.get("history", []))
        with self.transaction() as conn:
            self._hold(conn, game_id)
            conn.execute(
                "UPDATE games SET state = ?, updated_at = ? WHERE id = ?",
                (json.dumps(state), now, game_id),
            )
            conn.execute("DELETE FROM choices WHERE game_id = ? AND seq >= ?", (game_id, seq))
            correct = step.get("correct")
            conn.execute(
                "INSERT INTO choices (game_id, seq, node, kind, idx, target, effects, correct, at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    game_id,
                    seq,
                    step["node"],
                    step["kind"],
                    step["index"],
                    step["target"],
                    json.dumps(step.get("effects", {})),
                    None if correct is None else int(correct),
                    now,
                ),
            )

    def record_back(self, game_id: str, state: dict[str, Any]) -> None:
        """Save the state after going back one step; the undone move is dropped."""
        seq = len(state.get("history", []))
        with self.transaction() as conn:
            self._hold(conn, game_id)
            conn.execute(
                "UPDATE games SET state = ?, updated_at = ? WHERE id = ?",
                (json.dumps(state), time.time(), game_id),
            )
            conn.execute("DELETE FROM choices WHERE game_id = ? AND seq > ?", (game_id, seq))

    def finish_game(
        self, game_id: str, state: dict[str, Any], ending: str, scores: dict[str, int]
    ) -> None:
        """Mark a game finished with its ending and scores."""
        now = time.time()
        with self.transaction() as conn:
            self._hold(conn, game_id)
            conn.execute(
                "UPDATE games SET state = ?, status = 'finished', ending = ?, scores = ?,"
                " updated_at = ?, finished_at = ? WHERE id = ?",
                (json.dumps(state), ending, json.dumps(scores), now, now, game_id),
            )

    def abandon_game(self, game_id: str) -> None:
        with self.transaction() as conn:
            self._hold(conn, game_id)
            conn.execute(
                "UPDATE games SET status = 'abandoned', updated_at = ? WHERE id = ?"
                " AND status = 'playing'",
                (time.time(), game_id),
            )

    def save_reflection(self, game_id: str, text: str) -> None:
        """Keep a student's reflection, as plain text (it is shown to the teacher)."""
        with self.transaction() as conn:
            self._hold(conn, game_id)
            conn.execute(
                "UPDATE games SET reflection = ?, updated_at = ? WHERE id = ?",
                (plain_text(text), time.time(), game_id),
            )

    def game(self, game_id: str) -> GameRecord | None:
        row = self.conn.execute("SELECT * FROM games WHERE id = ?", (game_id,)).fetchone()
        return _game(row) if row else None

    def games(
        self,
        nickname: str | None = None,
        status: str | None = None,
        lesson_code: str | None = None,
        scenario_id: str | None = None,
    ) -> list[GameRecord]:
        """Games matching every filter given, newest first."""
        clauses, params = [], []
        for column, value in (
            ("nickname", nickname),
            ("status", status),
            ("lesson_code", lesson_code),
            ("scenario_id", scenario_id),
        ):
            if value is not None:
                clauses.append(f"{column} = ?")
                params.append(value)
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = self.conn.execute(
            f"SELECT * FROM games{where} ORDER BY updated_at DESC", params
        ).fetchall()
        return [_game(r) for r in rows]

    def resumable(self, nickname: str) -> GameRecord | None:
        """The student's most recent unfinished game, if any."""
        games = self.games(nickname=nickname, status="playing")
        return games[0] if games else None

    def choices(self, game_id: str) -> list[ChoiceRecord]:
        rows = self.conn.execute(
            "SELECT * FROM choices WHERE game_id = ? ORDER BY seq", (game_id,)
        ).fetchall()
        return [
            ChoiceRecord(
                r["game_id"],
                r["seq"],
                r["node"],
                r["kind"],
                r["idx"],
                r["target"],
                json.loads(r["effects"]),
                None if r["correct"] is None else bool(r["correct"]),
                r["at"],
            )
            for r in rows
        ]

    # Quiz --------------------------------------------------------------

    def record_quiz(
        self,
        nickname: str,
        quiz_id: str,
        version: int,
        score: int,
        total: int,
        missed: list[str],
        lesson_code: str | None = None,
    ) -> str:
        round_id = uuid.uuid4().hex
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO quiz_rounds (id, nickname, quiz_id, version, score, total, missed,"
                " lesson_code, finished_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    round_id,
                    nickname,
                    quiz_id,
                    version,
                    score,
                    total,
                    json.dumps(missed),
                    lesson_code,
                    time.time(),
                ),
            )
        return round_id

    def best_quiz(self, nickname: str, quiz_id: str) -> tuple[int, int] | None:
        row = self.conn.execute(
            "SELECT score, total FROM quiz_rounds WHERE nickname = ? AND quiz_id = ?"
            " ORDER BY CAST(score AS REAL) / total DESC LIMIT 1",
            (nickname, quiz_id),
        ).fetchone()
        return (row["score"], row["total"]) if row else None

    def integrity_ok(self) -> bool:
        return bool(self.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok")


def _game(row: sqlite3.Row) -> GameRecord:
    return GameRecord(
        id=row["id"],
        nickname=row["nickname"],
        scenario_id=row["scenario_id"],
        version=row["version"],
        content_hash=row["content_hash"],
        lesson_code=row["lesson_code"],
        state=json.loads(row["state"]),
        status=row["status"],
        ending=row["ending"],
        scores=json.loads(row["scores"]) if row["scores"] else None,
        reflection=row["reflection"],
        started_at=row["started_at"],
        updated_at=row["updated_at"],
        finished_at=row["finished_at"],
        imported_at=row["imported_at"],
    )
