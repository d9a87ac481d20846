"""What one student costs a school's PostgreSQL: transactions, statements and time per minute.

Starts a throw-away PostgreSQL (``tests/pg_support.py``: initdb in a temporary
folder, with ``pg_stat_statements``), makes a lesson of a built-in scenario,
and plays it through the served game itself (``make_served_app``, Textual's
pilot pressing keys): join with the code and a nickname, close the return
code dialog, take the first choice at every step and read every feedback,
then write a reflection at the ending. Everything the game does to the
database is counted, on the server:

- transactions: ``xact_commit`` of ``pg_stat_database`` before and after (a
  read outside a transaction is a transaction of its own);
- statements: ``pg_stat_statements`` calls, with ``BEGIN`` and ``COMMIT``, and
  the server's execution time;
- WAL written (``pg_current_wal_lsn``), what a replica or a backup receives.

A game's count is turned into a rate with the scenario's own ``minutes``
(the time its author expects a student to take), plus the heartbeat every
running game sends (``claims.HEARTBEAT_SECONDS``), measured apart. The
teacher's dashboard is one revision query a second (``application/lessonwatch.py``),
measured apart too.

Needs PostgreSQL's initdb (``.ci/setup-postgres``) and psycopg (the
``postgres`` extra); prints "not measured" and the reason without them.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))

import pg_support  # noqa: E402

SCENARIO = os.environ.get("BURGERSCHAP_BENCH_SCENARIO", "speeltuin")
"""The built-in scenario the student plays."""
FLUSH = 1.5
"""Seconds for a closed session's statistics to reach the shared counters."""
CONTROL = frozenset({"BEGIN", "COMMIT", "ROLLBACK"})
FAST = 10
"""Seconds between two moves of the fastest student counted (the upper bound)."""


class Counters:
    """The server's counters for one database, read from another database."""

    def __init__(self, cluster: pg_support.Cluster, database: str) -> None:
        self.cluster = cluster
        self.database = database

    def read(self) -> dict[str, Any]:
        time.sleep(FLUSH)
        [(commits, wal)] = self.cluster.admin(
            "SELECT xact_commit, pg_current_wal_lsn() - '0/0'::pg_lsn FROM pg_stat_database"
            f" WHERE datname = '{self.database}'"
        )
        rows = self.cluster.admin(
            "SELECT query, calls, total_exec_time FROM pg_stat_statements s"
            " JOIN pg_database d ON d.oid = s.dbid"
            f" WHERE d.datname = '{self.database}'"
        )
        return {"commits": commits, "wal": int(wal), "statements": {q: (c, t) for q, c, t in rows}}

    def reset(self) -> dict[str, Any]:
        self.cluster.admin("SELECT pg_stat_statements_reset()")
        return self.read()


def delta(before: dict[str, Any], after: dict[str, Any]) -> dict[str, float]:
    """Transactions, statements (all, and without BEGIN/COMMIT), ms of server time, WAL bytes."""
    statements = after["statements"]
    calls = sum(c for c, _ in statements.values())
    control = sum(c for q, (c, _) in statements.items() if q.strip().upper() in CONTROL)
    return {
        "transactions": after["commits"] - before["commits"],
        "statements": calls,
        "queries": calls - control,
        "ms": sum(t for _, t in statements.values()),
        "wal": after["wal"] - before["wal"],
    }


async def _play(code: str, token: str) -> None:
    """One student's game in the served app, key by key, to the ending and a reflection."""
    from textual.widgets import Input

    from burgerschap.tui.screens.ask import ChoiceDialog
    from burgerschap.tui.screens.ending import EndingScreen
    from burgerschap.tui.screens.play import PlayScreen
    from burgerschap.tui.served import make_served_app

    app = make_served_app(seed=1, browser_token=token)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.screen.query_one("#code-input", Input).focus()
        await pilot.press(*code.lower(), "enter")
        await pilot.press(*"Bench Leerling", "enter")
        await pilot.pause()
        if isinstance(app.screen, ChoiceDialog):  # the return code, shown once
            await pilot.press("enter")
            await pilot.pause()
        for _ in range(200):
            if isinstance(app.screen, EndingScreen):
                break
            assert isinstance(app.screen, PlayScreen), type(app.screen).__name__
            await pilot.press("1")  # the first choice offered, or the first answer
            await pilot.pause()
            if not isinstance(app.screen, EndingScreen):
                await pilot.press("enter")  # read the feedback, on to the next step
                await pilot.pause()
        assert isinstance(app.screen, EndingScreen), "the game did not reach an ending"
        await pilot.press("w")
        await pilot.press(*"Samen kom je verder.", "enter")
        await pilot.pause()


def flush(store: Any) -> None:
    """Make an open connection's counters reach the shared ones now (PostgreSQL 15 and later;
    they would otherwise wait up to 10 s for the session to go idle long enough)."""
    store.conn.execute("SELECT pg_stat_force_next_flush()")


def measure() -> list[dict[str, object]]:
    from burgerschap.application.lessonwatch import POLL
    from burgerschap.classroom import claims
    from burgerschap.classroom.lessons import create_lesson, join, start_game
    from burgerschap.classroom.progress import revision
    from burgerschap.classroom.store import Store
    from burgerschap.paths import ENV_DATABASE_URL, ENV_HOME, builtin_dir
    from burgerschap.scenario.loader import load_file
    from burgerschap.scenario.models import Scenario

    document = load_file(builtin_dir() / f"{SCENARIO}.yaml").document
    assert isinstance(document, Scenario)
    cluster = pg_support.Cluster(
        {"shared_preload_libraries": "'pg_stat_statements'", "pg_stat_statements.track": "all"}
    ).start()
    try:
        cluster.admin("CREATE EXTENSION pg_stat_statements")
        url = cluster.new_database()
        name = pg_support.database_name(url)
        counters = Counters(cluster, name)
        teacher = Store(url)
        code = create_lesson(teacher, "Meting", [document]).code
        teacher.close()
        os.environ[ENV_DATABASE_URL] = url
        os.environ[ENV_HOME] = tempfile.mkdtemp(prefix="bs-bench-")

        before = counters.reset()
        asyncio.run(_play(code, "0" * 32))
        game = delta(before, counters.read())
        check = Store(url)
        [record] = check.games(lesson_code=code)
        moves = len(check.choices(record.id))
        assert record.status == "finished", record.status
        check.close()

        # A running game's heartbeat, apart: a store that plays a student and a game.
        store = Store(url)
        join(store, code, "Hartslag")
        start_game(store, code, "Hartslag", document.ref)
        flush(store)
        beats = 20
        before = counters.reset()
        for _ in range(beats):
            store.heartbeat()
        flush(store)
        after = counters.read()
        store.close()
        beat = {k: v / beats for k, v in delta(before, after).items()}
        for key in ("transactions", "statements", "queries"):
            beat[key] -= 1 / beats  # the flush's own SELECT

        # The teacher's dashboard: one revision query per poll.
        polls = 60
        store = Store(url)
        before = counters.reset()
        for _ in range(polls):
            revision(store, code)
        store.close()
        poll = {k: v / polls for k, v in delta(before, counters.read()).items()}
    finally:
        cluster.stop()

    minutes = document.minutes or 15
    per_minute_beats = 60 / claims.HEARTBEAT_SECONDS
    rate = {k: game[k] / minutes + beat[k] * per_minute_beats for k in game}
    # A student who clicks on without reading: a move every FAST seconds, the whole time.
    fast = game["transactions"] / moves * 60 / FAST + beat["transactions"] * per_minute_beats
    note = (
        f"{SCENARIO}: {moves} moves in a game of {minutes} min (the scenario's own estimate),"
        f" plus a heartbeat every {claims.HEARTBEAT_SECONDS:.0f} s"
    )
    return [
        {
            "name": "database: transactions per student per minute",
            "value": round(rate["transactions"], 1),
            "unit": "tx/min",
            "goal": "",
            "note": note,
        },
        {
            "name": f"database: transactions per student per minute, a move every {FAST} s",
            "value": round(fast, 1),
            "unit": "tx/min",
            "goal": "",
            "note": "an upper bound: a student who clicks on without reading, all lesson long",
        },
        {
            "name": "database: statements per student per minute (with BEGIN/COMMIT)",
            "value": round(rate["statements"], 1),
            "unit": "/min",
            "goal": "",
            "note": f"{rate['queries']:.1f} without BEGIN/COMMIT",
        },
        {
            "name": "database: server time per student per minute",
            "value": round(rate["ms"], 2),
            "unit": "ms/min",
            "goal": "",
            "note": "execution time in pg_stat_statements, fsync off (durability not counted)",
        },
        {
            "name": "database: WAL per student per minute",
            "value": round(rate["wal"] / 1024, 1),
            "unit": "KiB/min",
            "goal": "",
            "note": "what a replica or a WAL archive receives",
        },
        {
            "name": "database: one whole game",
            "value": game["transactions"],
            "unit": "tx",
            "goal": "",
            "note": (
                f"{game['statements']} statements ({game['queries']} without BEGIN/COMMIT),"
                f" {game['ms']:.1f} ms server time, {game['wal'] / 1024:.0f} KiB WAL;"
                f" {(game['transactions'] / moves):.1f} tx per move"
            ),
        },
        {
            "name": "database: one heartbeat",
            "value": round(beat["transactions"], 2),
            "unit": "tx",
            "goal": "",
            "note": f"{beat['statements']:.1f} statements, {beat['ms']:.2f} ms",
        },
        {
            "name": "database: a dashboard, per minute",
            "value": round(poll["statements"] * 60 / POLL, 1),
            "unit": "/min",
            "goal": "",
            "note": (
                f"one revision query every {POLL:.0f} s, {poll['ms']:.3f} ms each;"
                " plus a full read when something changed"
            ),
        },
    ]


def main() -> list[dict[str, object]]:
    reason = pg_support.unavailable()
    if reason is not None:
        return [
            {"name": "database: per student", "value": "not measured", "unit": "", "goal": "",
             "note": reason}
        ]  # fmt: skip
    return measure()


if __name__ == "__main__":
    for row in main():
        print(f"{row['name']}: {row['value']} {row['unit']}  ({row.get('note', '')})")
