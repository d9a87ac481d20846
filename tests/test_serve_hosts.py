"""A school: two ``serve`` hosts on one PostgreSQL database, one lesson, and a host that dies.

Students join the same lesson through both hosts; the teacher sees all of
them from anywhere (the store's progress queries, and ``lesson show``). A
second tab as the same student on the other host is refused: the claim is
in the database, not in a host's memory. Then host A is killed (SIGKILL, as
a power cut); its students' progress is intact, and Robin, who played on A,
opens the page on host B in the same browser and plays on in the same game.
The teacher's dashboard, on the same database, follows students of every host.

Both hosts run on this machine, so the claims of A's dead game processes
are let go at once (a session names its computer and process); on another
machine they would run out after ``claims.LEASE_SECONDS``.
"""

from __future__ import annotations

import asyncio
import os
import signal
from pathlib import Path

import aiohttp
import pytest
from textual.widgets import DataTable

import pg_support
from burgerschap.classroom.lessons import create_lesson
from burgerschap.classroom.progress import students
from burgerschap.classroom.simulate import play
from burgerschap.classroom.store import Store
from burgerschap.cli import main
from burgerschap.paths import ENV_DATABASE_URL
from burgerschap.tui.screens.dashboard import DashboardScreen
from lesson_support import scenario, wait_for
from serve_support import running_server
from test_lesson_teacher import build, dashboard
from test_serve_load import Student, bench_serve, patience

ROBIN, SAM, NOOR = (f"{n:032x}" for n in (0xA1, 0xA2, 0xB1))
"""Each student's browser token (the page keeps it and sends it as a cookie)."""


async def join_and_move(student: Student, code: str) -> None:
    """A new student joins, notes the return code, and makes the first choice."""
    await student.open()
    await student.see("Lescode")
    await student.answered(0)
    await student.type(code)
    await student.type("\r")
    await student.type(student.nickname)
    mark = student.screen.mark()
    await student.type("\r")
    await student.see("Schrijf je terugkomcode op", mark)
    mark = student.screen.mark()
    await student.type("\r")
    await student.see("De speeltuin in jullie straat gaat dicht.", mark)
    mark = student.screen.mark()
    await student.type("1")  # to the town hall meeting: saved as it is chosen
    await student.see("Enter of spatie: verder", mark)


def alive(pid: int) -> bool:
    """Whether a process still runs (a zombie, ended but not reaped, does not)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rpartition(")")[2].split()[:1] != ["Z"]


def where(url: str, code: str) -> dict[str, tuple[int, str]]:
    """Each student's steps and status, from the database (as any host's dashboard reads it)."""
    store = Store(url)
    try:
        return {
            s.nickname: (s.latest.steps, s.latest.status) if s.latest else (0, "-")
            for s in students(store, code)
        }
    finally:
        store.close()


def test_two_hosts_one_lesson_and_a_host_that_dies(
    tmp_path: Path,
    postgres_server: pg_support.Cluster,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bench = bench_serve()
    url = postgres_server.new_database()
    teacher = Store(url)
    code = create_lesson(teacher, "Hele school", [scenario("proeftuin")]).code
    teacher.close()

    # Host B's URL holds a password (the test server trusts its socket and does not ask).
    secret = url.replace("postgres@", "postgres:Zeer%20geheim@")
    with (
        running_server(tmp_path / "host-a", database=url) as host_a,
        running_server(tmp_path / "host-b", database=secret) as host_b,
    ):

        async def school() -> None:
            await patience(host_a.port, host_a.process.pid)
            async with aiohttp.ClientSession() as session:
                robin = Student(session, host_a.port, "Robin", ROBIN)
                sam = Student(session, host_a.port, "Sam", SAM)
                noor = Student(session, host_b.port, "Noor", NOOR)
                await asyncio.gather(*(join_and_move(s, code) for s in (robin, sam, noor)))
                assert where(url, code) == {
                    "Noor": (1, "playing"),
                    "Robin": (1, "playing"),
                    "Sam": (1, "playing"),
                }
                # Robin in a second tab, on the other host: refused while the first plays.
                again = Student(session, host_b.port, "Robin", ROBIN)
                await again.open()
                await again.see("Lescode")
                await again.answered(0)
                await again.type(code)
                await again.type("\r")
                await again.type("Robin")
                mark = again.screen.mark()
                await again.type("\r")
                await again.see("al in gebruik", mark)
                await again.close()

                # Host A dies, with its server, its zygote and its students' games.
                doomed = bench._children(host_a.process.pid)
                os.killpg(host_a.process.pid, signal.SIGKILL)
                host_a.process.wait()
                while any(alive(pid) for pid in doomed):
                    await asyncio.sleep(0.1)
                await robin.close()
                await sam.close()
                assert where(url, code) == {
                    "Noor": (1, "playing"),
                    "Robin": (1, "playing"),
                    "Sam": (1, "playing"),
                }

                # Robin opens the page on host B: the same browser, the same game, on it goes.
                back = Student(session, host_b.port, "Robin", ROBIN)
                await back.open()
                await back.see("Lescode")
                await back.answered(0)
                await back.type(code)
                await back.type("\r")
                await back.type("Robin")
                mark = back.screen.mark()
                await back.type("\r")
                await back.see("Wie beslist uiteindelijk over de speeltuin?", mark)
                mark = back.screen.mark()
                await back.type("1")  # the municipal council
                await back.see("Enter of spatie: verder", mark)
                await back.close()
                await noor.close()

        asyncio.run(school())
        console = host_b.log.read_text(errors="replace")
        assert "Database: postgresql://postgres:***@/" in console
        assert "geheim" not in console.lower()

    store = Store(url)
    try:
        [robin_game] = store.games(nickname="Robin")
        assert [c.node for c in store.choices(robin_game.id)] == ["begin", "avond"]
        assert robin_game.state["node"] == "buren"
        assert where(url, code)["Sam"] == (1, "playing")  # Sam's progress is intact too
    finally:
        store.close()
    # The teacher, anywhere: the command line reads the same lesson from the database.
    monkeypatch.setenv(ENV_DATABASE_URL, url)
    capsys.readouterr()
    assert main(["lesson", "show", code]) == 0
    shown = capsys.readouterr().out
    assert all(name in shown for name in ("Robin", "Sam", "Noor"))
    postgres_server.drop(url)


async def test_the_dashboard_follows_students_of_every_host_live(
    _isolated_home: Path,
    postgres_server: pg_support.Cluster,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The teacher's dashboard, on the school's database: students arrive from two hosts."""
    url = postgres_server.new_database()
    monkeypatch.setenv(ENV_DATABASE_URL, url)
    teacher = Store(url)
    code = create_lesson(teacher, "Hele school", [scenario("proeftuin")]).code
    teacher.close()
    app = build(_isolated_home)
    async with app.run_test(size=(100, 30)) as pilot:
        app.push_screen(DashboardScreen(code))
        board = dashboard(app)
        await wait_for(pilot, lambda: board.snapshot is not None, what="the first read")
        table = board.query_one("#dash-students", DataTable)
        # Two hosts: two connections of their own, writing while the dashboard polls.
        for host, name in ((Store(url), "Robin"), (Store(url), "Noor")):
            play(host, code, name, "proeftuin@1", picks=[0], steps=1)
            host.close()
        await wait_for(
            pilot,
            lambda: sorted(str(k.value) for k in table.rows) == ["Noor", "Robin"],
            what="both students",
        )
    assert not (_isolated_home / "burgerschap.sqlite3").exists()  # nothing went to SQLite
    postgres_server.drop(url)
