"""A class joining the served game: how fast, how much memory, how quick the keys.

Runs ``burgerschap serve`` twice on free local ports, each with a fresh data
folder: once as it serves a class (each tab's game forked from the warm
zygote) and once with ``--cold`` (a fresh process per tab, as before): the
baseline, in the same run on the same machine. For each it measures

- one tab alone, to its join screen (median of 3), as a ratio forked / cold;
- ``CLASS`` tabs opened at once (websockets to ``/ws?width=80&height=24``, as
  the page opens them): seconds until every one shows the join screen;
- memory of every game process (``/proc/PID/smaps_rollup``): PSS, shared pages
  divided among the processes sharing them, is what a student adds;
- every tab typing a key every 0.6-1.5 s: time from a key to the first frame
  the game sends back, p95 and median.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

CLASS = int(os.environ.get("BURGERSCHAP_BENCH_SESSIONS", "30"))
"""Browser tabs opened at once, as a class does at the start of a lesson."""
TYPING = float(os.environ.get("BURGERSCHAP_BENCH_TYPING", "20"))
"""Seconds every tab types for in the typing measurement."""
QUIET = 1.0
"""Seconds without output after which a session counts as settled."""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _children(pid: int) -> list[int]:
    """Every live descendant of ``pid``."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if fields[0] != "Z":
            parents[int(entry.name)] = int(fields[1])
    found, todo = [], [pid]
    while todo:
        parent = todo.pop()
        kids = [p for p, pp in parents.items() if pp == parent]
        found.extend(kids)
        todo.extend(kids)
    return found


def _memory_kib(pid: int) -> dict[str, int]:
    values = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        key, _, rest = line.partition(":")
        if key in ("Rss", "Pss"):
            values[key] = int(rest.split()[0])
    return values


class _Tab:
    """One browser tab: a websocket and the time of every frame the game sent."""

    def __init__(self, client: Any, port: int) -> None:
        self.client, self.port = client, port
        self.frames: list[float] = []
        self.text = bytearray()

    async def open(self) -> None:
        self.ws = await self.client.ws_connect(
            f"http://127.0.0.1:{self.port}/ws?width=80&height=24", heartbeat=None
        )
        self.reader = asyncio.create_task(self._read())

    async def _read(self) -> None:
        import aiohttp

        async for msg in self.ws:
            if msg.type == aiohttp.WSMsgType.BINARY:
                self.frames.append(time.monotonic())
                self.text += msg.data

    async def joined(self, limit: float) -> bool:
        """Until the join screen shows (its label "Lescode"), at most ``limit`` seconds."""
        deadline = time.monotonic() + limit
        while b"Lescode" not in self.text:
            if time.monotonic() > deadline or self.reader.done():
                return False
            await asyncio.sleep(0.01)
        return True

    async def settled(self) -> None:
        while not self.frames or time.monotonic() - self.frames[-1] < QUIET:
            await asyncio.sleep(0.05)

    async def close(self) -> None:
        await self.ws.close()
        await asyncio.wait_for(self.reader, 30)


async def _one_start(port: int, tries: int = 3) -> float:
    """Median seconds from opening one tab, alone, to its join screen."""
    import aiohttp

    times = []
    async with aiohttp.ClientSession() as client:
        for _ in range(tries):
            tab = _Tab(client, port)
            begin = time.monotonic()
            await tab.open()
            if not await tab.joined(120):
                raise RuntimeError("a session did not reach the join screen")
            times.append(time.monotonic() - begin)
            await tab.close()
            await asyncio.sleep(0.5)
    return statistics.median(times)


async def _class(port: int, server: subprocess.Popen[bytes]) -> dict[str, float]:
    """CLASS tabs at once: time until all show the join screen, memory, typing under load."""
    import aiohttp

    async with aiohttp.ClientSession() as client:
        tabs = [_Tab(client, port) for _ in range(CLASS)]
        begin = time.monotonic()
        await asyncio.gather(*(tab.open() for tab in tabs))
        ok = await asyncio.gather(*(tab.joined(300) for tab in tabs))
        joined = time.monotonic() - begin
        if not all(ok):
            raise RuntimeError(f"only {sum(ok)} of {CLASS} sessions reached the join screen")
        await asyncio.gather(*(tab.settled() for tab in tabs))
        games = [p for p in _children(server.pid) if _is_game(p)]
        memory = [_memory_kib(p) for p in games]
        delays = await _typing(tabs)
        for tab in tabs:
            await tab.close()
    delays.sort()
    return {
        "joined": joined,
        "pss": statistics.median(m["Pss"] for m in memory) / 1024,
        "rss": statistics.median(m["Rss"] for m in memory) / 1024,
        "p95": delays[int(0.95 * (len(delays) - 1))] * 1000,
        "median": statistics.median(delays) * 1000,
    }


async def _typing(tabs: list[_Tab]) -> list[float]:
    """Every tab types a letter every 0.6-1.5 s for TYPING seconds: key to first redraw."""
    rng = random.Random(7)
    delays: list[float] = []

    async def student(tab: _Tab) -> None:
        end = time.monotonic() + TYPING
        await asyncio.sleep(rng.uniform(0, 1.5))
        while time.monotonic() < end:
            seen = len(tab.frames)
            sent = time.monotonic()
            await tab.ws.send_str(json.dumps(["stdin", rng.choice("ABCDEFGHJK")]))
            while len(tab.frames) == seen and time.monotonic() - sent < 10:
                await asyncio.sleep(0.002)
            if len(tab.frames) > seen:
                delays.append(tab.frames[seen] - sent)
            await asyncio.sleep(rng.uniform(0.6, 1.5))
            if len(tab.text) > 1_000_000:
                tab.text = tab.text[-100_000:]

    await asyncio.gather(*(student(tab) for tab in tabs))
    return delays


def _measure_server(warm: bool) -> dict[str, float]:
    with _server(warm) as (port, server):
        one = asyncio.run(_one_start(port))
        found = asyncio.run(_class(port, server))
        found["one"] = one
        found["server_rss"] = _memory_kib(server.pid)["Rss"] / 1024
        return found


def _is_game(pid: int) -> bool:
    """A student's game: forked by the server's zygote (named bs-game), or started fresh."""
    try:
        if Path(f"/proc/{pid}/comm").read_text().strip() == "bs-game":
            return True
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return False
    return b"burgerschap" in cmdline and b"play" in cmdline


@contextmanager
def _server(warm: bool) -> Iterator[tuple[int, subprocess.Popen[bytes]]]:
    port = _free_port()
    home = tempfile.mkdtemp(prefix="burgerschap-bench-")
    env = {k: v for k, v in os.environ.items() if not k.startswith("BURGERSCHAP")}
    env["BURGERSCHAP_HOME"] = home
    log = Path(home) / "serve.log"
    command = [sys.executable, "-m", "burgerschap", "serve", "--port", str(port)]
    command += ["--max-students", "40", *([] if warm else ["--cold"])]
    server = subprocess.Popen(
        command, stdout=log.open("wb"), stderr=subprocess.STDOUT, env=env, start_new_session=True
    )
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"serve did not start: {log.read_text()[-500:]}") from None
                time.sleep(0.1)
        yield port, server
    finally:
        os.killpg(server.pid, signal.SIGKILL)
        server.wait()


def main() -> list[dict[str, object]]:
    cold = _measure_server(warm=False)
    warm = _measure_server(warm=True)
    note = f"{CLASS} tabs at once; cold = a fresh process per tab, as before the zygote"
    return [
        {
            "name": f"serve: {CLASS} tabs all at the join screen (forked)",
            "value": round(warm["joined"], 1),
            "unit": "s",
            "goal": "<= 5",
            "note": f"cold: {cold['joined']:.1f} s; {note}",
        },
        {
            "name": "serve: one tab to its join screen, forked / cold",
            "value": round(warm["one"] / cold["one"], 2),
            "unit": "x",
            "goal": "",
            "note": f"{warm['one'] * 1000:.0f} ms against {cold['one'] * 1000:.0f} ms",
        },
        {
            "name": "serve: PSS per game, forked",
            "value": round(warm["pss"], 1),
            "unit": "MiB",
            "goal": "<= 20",
            "note": f"median of {CLASS}; cold: {cold['pss']:.1f} MiB; RSS {warm['rss']:.1f} MiB",
        },
        {
            "name": "serve: key to first redraw, p95, forked",
            "value": round(warm["p95"]),
            "unit": "ms",
            "goal": "< 150",
            "note": (
                f"{CLASS} students typing every 0.6-1.5 s for {TYPING:.0f} s; median"
                f" {warm['median']:.0f} ms; cold p95 {cold['p95']:.0f} ms"
            ),
        },
        {
            "name": "serve process itself, RSS",
            "value": round(warm["server_rss"], 1),
            "unit": "MiB",
            "goal": "",
            "note": "after the class left (the zygote is counted with the games' shared pages)",
        },
    ]
