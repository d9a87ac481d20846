"""A class at once over the served websocket: 30 students join a lesson and play to an ending.

Each student is a websocket client speaking the browser's protocol (what
textual-serve's ``textual.js`` sends): ``["resize", {...}]`` and
``["stdin", keys]`` as JSON text, the game's terminal output back as binary
frames. Every client waits for what it types to be answered, as a student
reads before pressing the next key. Afterwards all 30 results must be in the
store, none twice, and the server must still serve its page. The memory of
one session's game process is measured while all 30 play and printed.

The lesson uses ``proefhuis``, a scenario of one decision, so 30 Textual
processes on a two-core CI machine stay within a couple of minutes.

The second test fills a server started with ``--max-students 2``: the third
browser gets the "les is vol" message and no game process is started for it.

The third follows the browser's token: the same browser comes back into the
lesson as the same student without a code, another browser needs the code.
"""

from __future__ import annotations

import asyncio
import importlib.util
import json
import re
import statistics
import time
from pathlib import Path
from types import ModuleType
from typing import Any

import aiohttp
import pytest

from burgerschap.classroom.lessons import Lesson
from burgerschap.classroom.nicknames import nickname_key
from lesson_support import make_lesson, open_store
from serve_support import Screen, running_server

STUDENTS = 30
WIDTH, HEIGHT = 80, 24
FULL = "De les is vol: er spelen al 2 leerlingen."
"""What a newcomer sees past ``--max-students 2``."""
BENCH = Path(__file__).parents[1] / "benchmarks" / "bench_serve.py"
PATIENCE = {"limit": 90.0}
"""Seconds a student waits for the game before the test calls it lost. Set from how long one
student alone takes on this machine right now (see :func:`patience`): speed is measured by
benchmarks/bench_serve.py, this test fails only on lost or duplicated results."""


async def patience(port: int, server_pid: int) -> float:
    """A generous limit that scales with this machine's speed under its present load."""
    bench = bench_serve()
    async with aiohttp.ClientSession() as session:
        begin = time.monotonic()
        probe = Student(session, port, "Proef")
        await probe.open()
        await probe.see("Lescode", timeout=600)
        alone = time.monotonic() - begin
        await probe.close()
    # Its game must be gone before the class counts games (the server has a place to spare
    # for the probe: it frees a place a moment after the game, when the session ends).
    deadline = time.monotonic() + 120
    while [p for p in bench._children(server_pid) if bench._is_game(p)]:
        assert time.monotonic() < deadline, "the probe's game did not stop"
        await asyncio.sleep(0.1)
    PATIENCE["limit"] = max(90.0, 200 * alone)
    return PATIENCE["limit"]


def bench_serve() -> ModuleType:
    """benchmarks/bench_serve.py: its process and memory readers (one implementation of them)."""
    spec = importlib.util.spec_from_file_location("bench_serve", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class Student:
    """One browser tab, as far as the server can tell."""

    def __init__(
        self, session: aiohttp.ClientSession, port: int, nickname: str, token: str | None = None
    ) -> None:
        self.session = session
        self.port = port
        self.nickname = nickname
        self.token = token
        """What the page keeps in localStorage and sends as a cookie (index.html)."""
        self.screen = Screen()
        self.ws: aiohttp.ClientWebSocketResponse | None = None
        self.reader: asyncio.Task[None] | None = None

    async def open(self) -> None:
        cookie = {"Cookie": f"burgerschap_browser={self.token}"} if self.token else {}
        self.ws = await self.session.ws_connect(
            f"http://127.0.0.1:{self.port}/ws?width={WIDTH}&height={HEIGHT}",
            heartbeat=None,
            headers=cookie,
        )
        await self.ws.send_str(json.dumps(["resize", {"width": WIDTH, "height": HEIGHT}]))
        self.reader = asyncio.create_task(self._read())

    async def _read(self) -> None:
        assert self.ws is not None
        async for msg in self.ws:
            if msg.type == aiohttp.WSMsgType.BINARY:
                self.screen.feed(msg.data)
            elif msg.type in (aiohttp.WSMsgType.CLOSED, aiohttp.WSMsgType.ERROR):
                break

    async def see(self, text: str, since: int = 0, timeout: float | None = None) -> None:
        deadline = time.monotonic() + (PATIENCE["limit"] if timeout is None else timeout)
        while text not in self.screen.text(since):
            if time.monotonic() > deadline:
                shown = " ".join(self.screen.text(since).split())[-600:]
                raise AssertionError(f"{self.nickname}: no {text!r} in {timeout} s; saw ...{shown}")
            await asyncio.sleep(0.05)

    async def answered(self, since: int, quiet: float = 0.3, timeout: float | None = None) -> None:
        """Until the game drew after ``since`` and then rested for ``quiet`` seconds."""
        deadline = time.monotonic() + (PATIENCE["limit"] if timeout is None else timeout)
        while self.screen.mark() <= since or time.monotonic() - self.screen.last < quiet:
            if time.monotonic() > deadline:
                raise AssertionError(f"{self.nickname}: no answer to a key in {timeout} s")
            await asyncio.sleep(0.05)

    async def type(self, keys: str) -> None:
        """Send keys and wait for the game's answer to them."""
        assert self.ws is not None
        mark = self.screen.mark()
        await self.ws.send_str(json.dumps(["stdin", keys]))
        await self.answered(mark)

    async def close(self) -> None:
        if self.ws is not None:
            await self.ws.close()
        if self.reader is not None:
            await asyncio.wait_for(self.reader, 30)


async def admitted(
    session: aiohttp.ClientSession, port: int, nickname: str, timeout: float = 20
) -> Student:
    """A newcomer who gets a game, trying again while the lesson still says it is full.

    The server frees a place when a session's handler has finished, a moment
    after its game process has gone: a newcomer right then may still be told
    "full", and a student would simply try again.
    """
    deadline = time.monotonic() + timeout
    while True:
        student = Student(session, port, nickname)
        await student.open()
        while not any(text in student.screen.text() for text in ("Lescode", FULL)):
            assert time.monotonic() < deadline, f"{nickname}: no answer from the server"
            await asyncio.sleep(0.05)
        if "Lescode" in student.screen.text():
            return student
        await student.close()
        assert time.monotonic() < deadline, f"{nickname}: the lesson stayed full"
        await asyncio.sleep(0.2)


async def play_lesson(student: Student, code: str, started: asyncio.Event) -> None:
    """Join the lesson, make the one decision, read on to the ending."""
    await student.open()
    await student.see("Lescode")
    await student.answered(0)
    await student.type(code)
    await student.type("\r")  # on to the nickname
    await student.type(student.nickname)
    mark = student.screen.mark()
    await student.type("\r")
    await student.see("Schrijf je terugkomcode op", mark)  # a new student: the code, once
    mark = student.screen.mark()
    await student.type("\r")
    await student.see("Het buurthuis zoekt vrijwilligers.", mark)
    await started.wait()  # everyone is in a game: the moment to measure memory
    mark = student.screen.mark()
    await student.type("1")
    await student.see("Enter of spatie: verder", mark)
    mark = student.screen.mark()
    await student.type("\r")
    await student.see("Hoe deed je het?", mark)


def finished(home: Path, lesson: Lesson) -> list[Any]:
    store = open_store(home)
    try:
        return store.games(lesson_code=lesson.code, status="finished")
    finally:
        store.close()


def test_thirty_students_play_at_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bench = bench_serve()
    home = tmp_path / "serve-home"
    lesson = make_lesson(home, "proefhuis", title="Drukke les")
    names = [f"Leerling {n:02d}" for n in range(1, STUDENTS + 1)]

    with running_server(home, "--max-students", str(STUDENTS + 1)) as server:

        async def lesson_for_all() -> tuple[list[dict[str, int]], float]:
            limit = await patience(server.port, server.process.pid)
            started = asyncio.Event()
            async with aiohttp.ClientSession() as session:
                students = [Student(session, server.port, name) for name in names]
                games = [
                    asyncio.create_task(play_lesson(s, lesson.code, started)) for s in students
                ]
                begin = time.monotonic()
                # Measure while every student's game runs (each waits at its first decision).
                while True:
                    done = [g for g in games if g.done()]
                    for task in done:
                        task.result()  # a failed student fails the test now
                    playing = bench._children(server.process.pid)
                    in_game = sum("Het buurthuis zoekt" in s.screen.text() for s in students)
                    if in_game == STUDENTS:
                        break
                    if time.monotonic() - begin > 2 * limit:
                        raise AssertionError(f"only {in_game} of {STUDENTS} students got in")
                    await asyncio.sleep(0.2)
                joined = time.monotonic() - begin
                pids = [p for p in bench._children(server.process.pid) if bench._is_game(p)]
                assert len(pids) == STUDENTS, playing
                memory = [bench._memory_kib(pid) for pid in pids]
                started.set()
                await asyncio.gather(*games)
                for student in students:
                    await student.close()
            return memory, joined

        memory, joined = asyncio.run(lesson_for_all())

        # The server is still fine: its page loads, and the game processes are gone.
        async def healthy() -> int:
            async with (
                aiohttp.ClientSession() as session,
                session.get(server.url) as response,
            ):
                return response.status

        assert asyncio.run(healthy()) == 200
        deadline = time.monotonic() + 30
        while [p for p in bench._children(server.process.pid) if bench._is_game(p)]:
            assert time.monotonic() < deadline, "game processes outlived their sessions"
            time.sleep(0.2)
        server_rss = bench._memory_kib(server.process.pid)["Rss"]

    games = finished(home, lesson)
    assert len(games) == STUDENTS
    assert sorted(g.nickname for g in games) == names
    assert len({nickname_key(g.nickname) for g in games}) == STUDENTS  # nobody twice
    assert {g.ending for g in games} == {"klaar"}
    store = open_store(home)
    try:
        assert store.conn.execute("SELECT COUNT(*) FROM games").fetchone()[0] == STUDENTS
        assert store.conn.execute("SELECT COUNT(*) FROM choices").fetchone()[0] == STUDENTS
        assert store.integrity_ok()
    finally:
        store.close()

    rss = statistics.median(m["Rss"] for m in memory) / 1024
    pss = statistics.median(m["Pss"] for m in memory) / 1024
    with capsys.disabled():
        print(
            f"\n[serve load] {STUDENTS} students in a game after {joined:.1f} s;"
            f" per session: RSS {rss:.1f} MiB, PSS {pss:.1f} MiB (median);"
            f" all sessions PSS {sum(m['Pss'] for m in memory) / 1024:.0f} MiB;"
            f" the server itself RSS {server_rss / 1024:.1f} MiB"
        )


def test_past_max_students_a_newcomer_is_told_the_lesson_is_full(tmp_path: Path) -> None:
    bench = bench_serve()
    home = tmp_path / "serve-home"
    make_lesson(home, "proefhuis")

    with running_server(home, "--max-students", "2") as server:

        def games() -> int:
            return len([p for p in bench._children(server.process.pid) if bench._is_game(p)])

        async def scenario() -> None:
            async with aiohttp.ClientSession() as session:
                first, second, third = (Student(session, server.port, n) for n in "ABC")
                for student in (first, second):
                    await student.open()
                    await student.see("Lescode")
                await third.open()
                await third.see(FULL)
                await asyncio.sleep(1.0)  # time enough for a process that should not start
                assert games() == 2
                # A place comes free: the next newcomer gets a game again.
                await first.close()
                await third.close()
                deadline = time.monotonic() + 20
                while games() > 1:
                    assert time.monotonic() < deadline
                    await asyncio.sleep(0.1)
                fourth = await admitted(session, server.port, "D")
                assert games() == 2
                async with session.get(server.url) as response:
                    assert response.status == 200
                await second.close()
                await fourth.close()

        asyncio.run(scenario())


def test_the_same_browser_comes_back_without_a_code_another_needs_it(tmp_path: Path) -> None:
    """The page's token reaches the session's game: the browser is recognised, not the name."""
    bench = bench_serve()
    home = tmp_path / "serve-home"
    lesson = make_lesson(home, "proefhuis")
    browser, other = "0123456789abcdef0123456789abcdef", "fedcba9876543210fedcba9876543210"

    with running_server(home) as server:

        def games() -> int:
            return len([p for p in bench._children(server.process.pid) if bench._is_game(p)])

        async def gone() -> None:
            """Until the closed tab's game has ended (and let go of the student)."""
            deadline = time.monotonic() + 30
            while games():
                assert time.monotonic() < deadline, "the game outlived its tab"
                await asyncio.sleep(0.1)

        async def arrive(student: Student) -> int:
            await student.open()
            await student.see("Lescode")
            await student.answered(0)
            await student.type(lesson.code)
            await student.type("\r")
            await student.type(student.nickname)
            mark = student.screen.mark()
            await student.type("\r")
            return mark

        async def scenario() -> None:
            async with aiohttp.ClientSession() as session:
                first = Student(session, server.port, "Robin", browser)
                mark = await arrive(first)
                await first.see("Schrijf je terugkomcode op", mark)
                shown = " ".join(first.screen.text(mark).split())
                found = re.search(r"terugkomcode is: ([CFHJKMNPRTWXY3479]{4})", shown)
                assert found is not None, shown[-600:]
                await first.type("\r")
                await first.see("Het buurthuis zoekt vrijwilligers.", mark)
                await first.close()
                await gone()

                again = Student(session, server.port, "robin", browser)
                mark = await arrive(again)
                await again.see("Welkom terug, Robin", mark)
                await again.close()
                await gone()

                elsewhere = Student(session, server.port, "ROBIN", other)
                mark = await arrive(elsewhere)
                await elsewhere.see("Deze naam is al gebruikt", mark)
                assert "Welkom" not in elsewhere.screen.text(mark)
                mark = elsewhere.screen.mark()
                await elsewhere.type(found.group(1).lower())
                await elsewhere.type("\r")
                await elsewhere.see("Welkom terug, Robin", mark)
                await elsewhere.close()

        asyncio.run(scenario())
    store = open_store(home)
    try:
        assert [row[0] for row in store.conn.execute("SELECT nickname FROM lesson_students")] == [
            "Robin"
        ]
    finally:
        store.close()
