"""The store: games in progress, finished results, choices and quiz rounds, and lessons.

One interface over two engines (:mod:`burgerschap.classroom.engines`): a
SQLite file in the data folder (the default, nothing to set up), or a
PostgreSQL database named by a URL (a school with several ``serve`` hosts).
Every change happens in one short transaction: a crash loses at most the
move that was being made, never a finished game. The queries here and in
the classroom modules are written once, in the SQL both engines speak, with
``?`` placeholders.

Each store is one session (:attr:`Store.session`): it claims every game it
writes (:mod:`burgerschap.classroom.claims`), and refuses to write a game
another live session holds, so two windows can never play one game record.
A claim is a row whose key allows one holder, so on PostgreSQL the rule
holds across every ``serve`` host of a school, decided by the database.

The schema and its migrations are in :mod:`burgerschap.classroom.schema`;
opening a store creates or migrates its database.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from burgerschap.classroom import claims, schema
from burgerschap.classroom.engines import Location, open_engine
from burgerschap.classroom.engines.base import (
    Connection,
    DatabaseError,
    IntegrityError,
    Migration,
    Row,
)
from burgerschap.classroom.errors import GameInUse
from burgerschap.scenario.plaintext import plain_text

__all__ = [
    "ChoiceRecord",
    "Connection",
    "DatabaseError",
    "GameRecord",
    "IntegrityError",
    "Location",
    "Row",
    "Store",
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


class Store:
    """Games and results of one data folder, or of one school's database."""

    def __init__(
        self,
        location: Location,
        *,
        clock: Callable[[], float] = time.time,
        migrations: Sequence[Migration] = (),
    ) -> None:
        """Open the store at ``location``: a SQLite file, or a database URL.

        Args:
            clock: The time claims are taken and renewed at (tests move it on).
            migrations: Only for tests of a migration: the schema to stop at
                (default: all of :data:`burgerschap.classroom.schema.MIGRATIONS`).

        Raises:
            DatabaseError: the database cannot be opened or reached.
            OSError: the folder of a SQLite file cannot be made.
        """
        self.location = location
        self.engine = open_engine(location, migrations or schema.MIGRATIONS)
        self.conn: Connection = self.engine.conn
        """For reads; each statement commits on its own."""
        self.session = claims.new_session()
        """Who holds the claims this store takes: one running game, one session."""
        self.clock = clock
        self.holds_claims = False

    @property
    def path(self) -> Path | None:
        """The SQLite file; None on PostgreSQL."""
        return getattr(self.engine, "path", None)

    def close(self) -> None:
        """Release this session's claims (another window may go on at once) and close."""
        if self.holds_claims:
            # A broken database is closed all the same; its claims then run out by themselves.
            with suppress(DatabaseError), self.transaction() as conn:
                claims.release(conn, self.session)
        self.engine.close()

    def transaction(self) -> AbstractContextManager[Connection]:
        """One atomic write: all of it lands, or none."""
        return self.engine.transaction()

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

    def _hold(self, conn: Connection, game_id: str) -> None:
        """Claim (or renew) ``game_id`` inside a write; raises :class:`GameInUse` when taken."""
        if not claims.claim_game(conn, game_id, self.session, self.clock()):
            raise GameInUse(game_id)
        self.holds_claims = True

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
            # The id settles a tie, so that both engines give the same order.
            f"SELECT * FROM games{where} ORDER BY updated_at DESC, id",
            params,
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
            " ORDER BY CASE WHEN total > 0 THEN score * 1.0 / total ELSE 0 END DESC,"
            " total DESC, finished_at LIMIT 1",
            (nickname, quiz_id),
        ).fetchone()
        return (row["score"], row["total"]) if row else None

    def integrity_ok(self) -> bool:
        return self.engine.integrity_ok()


def _game(row: Row) -> GameRecord:
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
