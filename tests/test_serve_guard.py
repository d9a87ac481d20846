"""The served game does not trust the browser: sizes, messages, hosts, addresses, processes.

Unit tests of :mod:`burgerschap.web.guard`, and a real ``burgerschap serve``
on loopback for what only a running server shows: a session that asked for a
huge terminal gets a clamped one, an empty message no longer freezes a game,
another site's page cannot open a session, and no game outlives the server.
"""

from __future__ import annotations

import asyncio
import importlib.util
import json
import os
import re
import signal
import time
from pathlib import Path
from types import ModuleType

import aiohttp
import pytest
from hypothesis import given
from hypothesis import strategies as st

from burgerschap.web.guard import (
    MAX_HEIGHT,
    MAX_WIDTH,
    AddressLimit,
    HostRule,
    Resize,
    Stdin,
    clamp_size,
    parse_message,
    proxy_rule,
)
from burgerschap.web.server import host_rule
from burgerschap.web.session import SESSION_MEMORY
from serve_support import Screen, running_server

BENCH = Path(__file__).parents[1] / "benchmarks" / "bench_serve.py"

pytestmark = pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads /proc (Linux)")


# --- the rules -------------------------------------------------------------------------------


@given(st.one_of(st.integers(), st.text(), st.none(), st.floats(), st.booleans()))
def test_any_size_is_clamped_to_what_a_game_can_afford(value: object) -> None:
    width, height = clamp_size(value, value)
    assert 10 <= width <= MAX_WIDTH
    assert 10 <= height <= MAX_HEIGHT


def test_sizes_in_range_are_kept_and_huge_ones_clamped() -> None:
    assert clamp_size("120", "36") == (120, 36)
    assert clamp_size(20000, 20000) == (MAX_WIDTH, MAX_HEIGHT)
    assert clamp_size("20000", "-5") == (MAX_WIDTH, 24)
    assert clamp_size("1e9", None) == (80, 24)
    assert clamp_size("²", "٣") == (80, 24)  # digits to str.isdigit, not to int()


@pytest.mark.parametrize(
    "raw",
    [
        '["stdin", ""]',  # froze a game before
        '["stdin"]',
        '["stdin", 5]',
        "not json",
        "{}",
        "[]",
        "[1, 2]",
        '["resize", "big"]',
        '["ping", {"a": 1}]',
        '["launch-missiles", 1]',
        "[" * 5000 + "]" * 5000,
        json.dumps(["stdin", "x" * 100_000]),
    ],
)
def test_malformed_messages_are_ignored(raw: str) -> None:
    assert parse_message(raw) is None


def test_well_formed_messages_pass_with_clamped_sizes() -> None:
    assert parse_message('["stdin", "a"]') == Stdin("a")
    assert parse_message('["resize", {"width": 20000, "height": 20000}]') == Resize(
        MAX_WIDTH, MAX_HEIGHT
    )


def test_hosts_and_origins_must_name_this_server() -> None:
    rule = HostRule(frozenset({"192.168.1.20"}))
    assert rule.host_ok("192.168.1.20:8000")
    assert rule.host_ok("127.0.0.1:8000")
    assert rule.host_ok("localhost:8000")
    assert rule.host_ok("[::1]:8000")
    assert not rule.host_ok("evil.example:8000")  # a rebound DNS name
    assert not rule.host_ok(None)
    assert rule.origin_ok(None, "192.168.1.20:8000")
    assert rule.origin_ok("http://192.168.1.20:8000", "192.168.1.20:8000")
    assert not rule.origin_ok("https://evil.example", "192.168.1.20:8000")
    assert not rule.origin_ok("null", "192.168.1.20:8000")


def test_a_named_host_allows_only_itself_and_extra_names() -> None:
    rule = host_rule("10.0.0.5", ("spel.school.nl",))
    assert rule.host_ok("10.0.0.5:8000")
    assert rule.host_ok("SPEL.school.nl")
    assert not rule.host_ok("10.0.0.6:8000")


def test_one_address_holds_only_a_few_sessions_and_gets_them_back() -> None:
    limit = AddressLimit(2)
    assert limit.take("10.0.0.7") and limit.take("10.0.0.7")
    assert not limit.take("10.0.0.7")
    assert limit.take("10.0.0.8")
    limit.give_back("10.0.0.7")
    assert limit.take("10.0.0.7")
    # The teacher's own machine is not limited.
    assert all(limit.take("127.0.0.1") for _ in range(10))


# --- a running server -------------------------------------------------------------------------


def _games(server: int) -> list[int]:
    """The live game processes of a server: forked by its zygote, or started by it."""
    bench = _bench()
    return [pid for pid in bench._children(server) if bench._is_game(pid)]


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_serve", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _rows_drawn(screen: Screen) -> int:
    """The lowest row the game moved the cursor to: its terminal's height."""
    rows = [int(m) for m in re.findall(rb"\x1b\[(\d+);\d+H", bytes(screen.data))]
    return max(rows, default=0)


async def _session(
    session: aiohttp.ClientSession, port: int, query: str = "width=80&height=24"
) -> tuple[aiohttp.ClientWebSocketResponse, Screen, asyncio.Task[None]]:
    ws = await session.ws_connect(f"http://127.0.0.1:{port}/ws?{query}", heartbeat=None)
    screen = Screen()

    async def read() -> None:
        async for msg in ws:
            if msg.type == aiohttp.WSMsgType.BINARY:
                screen.feed(msg.data)

    return ws, screen, asyncio.create_task(read())


async def _see(screen: Screen, text: str, since: int = 0, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while text not in screen.text(since):
        assert time.monotonic() < deadline, f"no {text!r}: {screen.text(since)[-300:]!r}"
        await asyncio.sleep(0.05)


def test_a_session_is_fenced_in_and_survives_bad_messages(tmp_path: Path) -> None:
    home = tmp_path / "serve-home"
    with running_server(home, "--max-students", "1") as server:

        async def scenario() -> None:
            async with aiohttp.ClientSession() as session:
                ws, screen, reader = await _session(
                    session, server.port, "width=20000&height=20000"
                )
                await _see(screen, "Lescode")
                (game,) = _games(server.process.pid)
                # It asked for 20000 rows; the game was given at most 200 and drew them.
                assert _rows_drawn(screen) == MAX_HEIGHT
                limits = Path(f"/proc/{game}/limits").read_text()
                line = next(x for x in limits.splitlines() if x.startswith("Max address space"))
                assert line.split()[3] == str(SESSION_MEMORY)
                # An empty key, junk and a huge resize: the game keeps answering keys.
                for junk in ('["stdin", ""]', "not json", "[]", '["resize", {"width": 1e9}]'):
                    await ws.send_str(junk)
                mark = screen.mark()
                await ws.send_str(json.dumps(["stdin", "KMN"]))
                await _see(screen, "KMN", since=mark)
                await ws.close()
                await asyncio.wait_for(reader, 30)
                # The place comes free: the one place of this server is open again.
                deadline = time.monotonic() + 30
                while _games(server.process.pid):
                    assert time.monotonic() < deadline, "the game did not stop"
                    await asyncio.sleep(0.1)
                ws2, screen2, reader2 = await _session(session, server.port)
                await _see(screen2, "Lescode")
                await ws2.close()
                await asyncio.wait_for(reader2, 30)

        asyncio.run(scenario())
        assert "Traceback" not in server.log.read_text(errors="replace")


def test_another_sites_page_and_a_rebound_name_are_refused(tmp_path: Path) -> None:
    home = tmp_path / "serve-home"
    with running_server(home) as server:

        async def scenario() -> None:
            async with aiohttp.ClientSession() as session:
                async with session.get(server.url, headers={"Host": "evil.example"}) as page:
                    assert page.status == 403
                async with session.get(server.url) as page:
                    assert page.status == 200
                with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
                    await session.ws_connect(
                        f"http://127.0.0.1:{server.port}/ws",
                        headers={"Origin": "https://evil.example"},
                    )
                assert refused.value.status == 403
                assert _games(server.process.pid) == []

        asyncio.run(scenario())
        log = server.log.read_text(errors="replace")
        assert "evil.example" in log and "Traceback" not in log


def test_no_game_outlives_a_killed_server(tmp_path: Path) -> None:
    home = tmp_path / "serve-home"
    with running_server(home) as server:
        games: list[int] = []

        async def scenario() -> None:
            async with aiohttp.ClientSession() as session:
                opened = [await _session(session, server.port) for _ in range(2)]
                for _, screen, _ in opened:
                    await _see(screen, "Lescode")
                games.extend(_games(server.process.pid))
                assert len(games) == 2
                os.kill(server.process.pid, signal.SIGKILL)  # only the server, not its group
                server.process.wait(timeout=30)
                for _, _, reader in opened:
                    reader.cancel()

        asyncio.run(scenario())
        deadline = time.monotonic() + 30
        while any(Path(f"/proc/{pid}").exists() and _alive(pid) for pid in games):
            assert time.monotonic() < deadline, "a game process outlived the server"
            time.sleep(0.1)


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_only_a_trusted_proxy_says_what_the_browser_used() -> None:
    """Behind the school's TLS proxy: wss:// for an https page, and each device its own address."""
    rule = proxy_rule(["10.0.0.2", "not an address"])
    assert rule.trusted == frozenset({"10.0.0.2"})
    forwarded = {"X-Forwarded-Proto": "https", "X-Forwarded-For": "1.2.3.4, 10.1.2.3"}
    assert rule.client("10.0.0.2", "http", forwarded) == ("https", "10.1.2.3")
    # Anyone else writes these headers too: not believed.
    assert rule.client("10.9.9.9", "http", forwarded) == ("http", "10.9.9.9")
    assert proxy_rule([]).client("10.0.0.2", "http", forwarded) == ("http", "10.0.0.2")
    # Nonsense from the proxy falls back to what the server saw.
    odd = {"X-Forwarded-Proto": "javascript", "X-Forwarded-For": "<script>"}
    assert rule.client("10.0.0.2", "http", odd) == ("http", "10.0.0.2")
