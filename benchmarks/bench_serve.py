"""Memory per served session: what each student in the browser costs the server.

Starts ``burgerschap serve`` on a free local port (a fresh data folder),
opens ``SESSIONS`` browser sessions as the page does (a websocket to
``/ws?width=80&height=24``), waits until each game has drawn its first screen
and gone quiet, and then reads the memory of every game process that the
server started (``/proc/PID/smaps_rollup``):

- RSS: resident memory of one session's process, shared pages included;
- PSS: the same with shared pages divided among the processes sharing them,
  which is what a session adds to the machine's total.

If a session's process does not stay up (the game refused the command, or
crashed) nothing is measured and the row says why: no figure is made up.
"""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SESSIONS = int(os.environ.get("BURGERSCHAP_BENCH_SESSIONS", "3"))
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


async def _session(
    port: int, server: subprocess.Popen[bytes], sessions: list[object]
) -> tuple[bool, str]:
    """Open one session and wait until its screen is drawn and quiet."""
    import aiohttp

    client = aiohttp.ClientSession()
    sessions.append(client)
    ws = await client.ws_connect(f"http://127.0.0.1:{port}/ws?width=80&height=24")
    sessions.append(ws)
    received = 0
    start = time.monotonic()
    while time.monotonic() < start + 60:
        try:
            msg = await ws.receive(timeout=QUIET)
        except TimeoutError:
            if received:
                return True, ""
            games = [p for p in _children(server.pid) if _is_game(p)]
            if time.monotonic() > start + 5 and len(games) < len(sessions) // 2:
                return False, "the game process of a session exited at once"
            continue
        if msg.type in (aiohttp.WSMsgType.CLOSED, aiohttp.WSMsgType.CLOSE):
            return False, "the server closed the session"
        if msg.type == aiohttp.WSMsgType.BINARY:
            received += len(msg.data)
    return False, "the session did not settle within 60 s"


async def _measure(
    port: int, server: subprocess.Popen[bytes], log: Path
) -> list[dict[str, object]]:
    opened: list[object] = []
    try:
        for _ in range(SESSIONS):
            ok, why = await _session(port, server, opened)
            if not ok:
                errors = [line for line in log.read_text().splitlines() if "error" in line]
                return _not_measured(f"{why}: {errors[-1].strip()}" if errors else why)
        await asyncio.sleep(QUIET)
        games = [p for p in _children(server.pid) if _is_game(p)]
        if len(games) < SESSIONS:
            return _not_measured(
                f"{SESSIONS} sessions opened but {len(games)} game processes stayed up"
                " (the session command exits at once)"
            )
        memory = [_memory_kib(p) for p in games]
        server_rss = _memory_kib(server.pid)["Rss"]
    finally:
        for thing in reversed(opened):
            await thing.close()  # type: ignore[attr-defined]
    rss = statistics.median(m["Rss"] for m in memory) / 1024
    pss = statistics.median(m["Pss"] for m in memory) / 1024
    return [
        {
            "name": "served session, RSS per game process",
            "value": round(rss, 1),
            "unit": "MiB",
            "goal": "",
            "note": f"median of {len(memory)} sessions",
        },
        {
            "name": "served session, PSS per game process",
            "value": round(pss, 1),
            "unit": "MiB",
            "goal": "",
            "note": "shared pages divided: what a student adds",
        },
        {
            "name": "serve process itself, RSS",
            "value": round(server_rss / 1024, 1),
            "unit": "MiB",
            "goal": "",
            "note": f"with {SESSIONS} sessions open",
        },
    ]


def _is_game(pid: int) -> bool:
    """A student's game: forked by the server's zygote (named bs-game), or started fresh."""
    try:
        if Path(f"/proc/{pid}/comm").read_text().strip() == "bs-game":
            return True
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return False
    return b"burgerschap" in cmdline and b"play" in cmdline


def _not_measured(why: str) -> list[dict[str, object]]:
    return [
        {
            "name": "served session memory",
            "value": None,
            "unit": "",
            "goal": "",
            "note": f"not measured: {why}",
        }
    ]


def main() -> list[dict[str, object]]:
    port = _free_port()
    home = tempfile.mkdtemp(prefix="burgerschap-bench-")
    env = {k: v for k, v in os.environ.items() if not k.startswith("BURGERSCHAP")}
    env["BURGERSCHAP_HOME"] = home
    log = Path(home) / "serve.log"
    server = subprocess.Popen(
        [sys.executable, "-m", "burgerschap", "serve", "--port", str(port)],
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
        env=env,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    return _not_measured("burgerschap serve did not start")
                time.sleep(0.1)
        return asyncio.run(_measure(port, server, log))
    finally:
        os.killpg(server.pid, signal.SIGKILL)
        server.wait()


if __name__ == "__main__":
    for row in main():
        print(f"{row['name']:<40} {row['value']!s:>8} {row['unit']:<3} {row.get('note', '')}")
