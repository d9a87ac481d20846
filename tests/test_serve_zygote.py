"""Thirty sessions forked from the warm zygote are as isolated as thirty fresh processes.

Each student's game is its own process, holds its own database connection
(the zygote never opens one, so none is inherited), shares no descriptor with
another game, and one game's crash leaves the others playing.
"""

from __future__ import annotations

import asyncio
import ctypes
import importlib.util
import json
import os
import platform
import signal
import time
from pathlib import Path
from types import ModuleType

import aiohttp
import pytest

from lesson_support import make_lesson
from serve_support import running_server
from test_serve_load import Student

STUDENTS = 30
BENCH = Path(__file__).parents[1] / "benchmarks" / "bench_serve.py"
pytestmark = pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads /proc (Linux)")


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_serve", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _open_files(pid: int) -> dict[int, str]:
    found = {}
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            found[int(fd.name)] = os.readlink(fd)
        except OSError:
            continue
    return found


def _same_description(pid_a: int, fd_a: int, pid_b: int, fd_b: int) -> bool | None:
    """Whether two descriptors are one open file (kcmp); None where the kernel will not say."""
    numbers = {"x86_64": 312, "aarch64": 272}
    number = numbers.get(platform.machine())
    if number is None:
        return None
    libc = ctypes.CDLL(None, use_errno=True)
    kcmp_file = 0
    result = libc.syscall(number, pid_a, pid_b, kcmp_file, fd_a, fd_b)
    if result < 0:
        return None
    return result == 0


def test_thirty_forked_sessions_are_isolated(tmp_path: Path) -> None:
    bench = _bench()
    home = tmp_path / "serve-home"
    lesson = make_lesson(home, "proefhuis", title="Apart")
    database = str(home / "burgerschap.sqlite3")
    with running_server(home, "--max-students", str(STUDENTS)) as server:
        (zygote,) = [p for p in bench._children(server.process.pid) if not bench._is_game(p)]

        async def scenario() -> None:
            async with aiohttp.ClientSession() as session:
                tabs = [Student(session, server.port, f"Leerling {n:02d}") for n in range(STUDENTS)]
                await asyncio.gather(*(tab.open() for tab in tabs))
                await asyncio.gather(*(tab.see("Lescode") for tab in tabs))

                async def join(tab: Student) -> None:  # joining opens the game's database
                    await tab.answered(0)
                    for keys in (lesson.code, "\r", tab.nickname):
                        await tab.type(keys)
                    mark = tab.screen.mark()
                    await tab.type("\r")
                    await tab.see("Schrijf je terugkomcode op", mark)  # a new student's code
                    mark = tab.screen.mark()
                    await tab.type("\r")
                    await tab.see("Het buurthuis zoekt", mark)

                await asyncio.gather(*(join(tab) for tab in tabs))

                games = [p for p in bench._children(server.process.pid) if bench._is_game(p)]
                assert len(set(games)) == STUDENTS  # one process each
                assert all(
                    int(Path(f"/proc/{g}/stat").read_text().split(")")[1].split()[1]) == zygote
                    for g in games
                )
                assert database not in _open_files(zygote).values()  # nothing to inherit
                handles = {
                    g: [fd for fd, target in _open_files(g).items() if target == database]
                    for g in games
                }
                assert all(handles.values()), "every game opened the database itself"
                first, second = games[0], games[1]
                same = _same_description(first, handles[first][0], second, handles[second][0])
                assert same in (False, None)
                # Apart from the database and its journal, a game holds only its own pipes.
                pipes = {
                    g: {t for t in _open_files(g).values() if t.startswith("pipe:")} for g in games
                }
                assert all(not (pipes[a] & pipes[b]) for a in games for b in games if a < b)

                # One game crashes: its tab is closed; every other one keeps answering.
                os.kill(first, signal.SIGKILL)
                deadline = time.monotonic() + 60
                while not any(tab.reader is not None and tab.reader.done() for tab in tabs):
                    assert time.monotonic() < deadline, "the crashed game's tab stayed open"
                    await asyncio.sleep(0.1)
                survivors = [
                    tab for tab in tabs if tab.reader is not None and not tab.reader.done()
                ]
                assert len(survivors) == STUDENTS - 1
                marks = [tab.screen.mark() for tab in survivors]
                for tab in survivors:
                    assert tab.ws is not None
                    await tab.ws.send_str(json.dumps(["stdin", "1"]))
                await asyncio.gather(
                    *(
                        tab.see("Enter of spatie: verder", mark)
                        for tab, mark in zip(survivors, marks, strict=True)
                    )
                )
                for tab in survivors:
                    await tab.close()

        asyncio.run(scenario())
