"""Helpers for the tests of ``burgerschap serve``: a real server on a free loopback port.

:func:`running_server` starts ``python -m burgerschap serve`` in its own
process group with its own data folder and stops it (and every game process
it started) afterwards. :class:`Screen` collects what a session's game drew
(the binary frames of the websocket) so a test can wait for a text the way a
student waits for it to appear.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ANSI = re.compile(
    rb"\x1b\[[0-9;?<>=]*[ -/]*[@-~]|\x1b[()][0-9A-Za-z]|\x1b[=>78]|\x1b\][^\x07]*\x07"
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Server:
    url: str
    port: int
    process: subprocess.Popen[bytes]
    log: Path


@contextmanager
def running_server(
    home: Path, *args: str, timeout: float = 30.0, database: str | None = None
) -> Iterator[Server]:
    """``burgerschap serve`` on a free port of 127.0.0.1 with data folder ``home``.

    ``database``: a database URL for the server (``BURGERSCHAP_DATABASE_URL``), as a
    school's hosts share one PostgreSQL; without it, the data folder's SQLite file.
    """
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("BURGERSCHAP")}
    env["BURGERSCHAP_HOME"] = str(home)
    if database is not None:
        env["BURGERSCHAP_DATABASE_URL"] = database
    env.pop("TEXTUAL", None)
    log = home / "serve.log"
    home.mkdir(parents=True, exist_ok=True)
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "burgerschap", "serve", "--port", str(port), *args],
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
            start_new_session=True,
        )
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(
                        f"burgerschap serve did not start:\n{log.read_text(errors='replace')}"
                    ) from None
                time.sleep(0.1)
        yield Server(f"http://127.0.0.1:{port}/", port, process, log)
    finally:
        try:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=10)
        except ProcessLookupError:  # the whole group is gone already (a test killed it)
            process.wait()
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        except PermissionError:  # pragma: no cover - the group is already gone
            process.wait()


def plain(data: bytes) -> str:
    """Terminal output without its escape sequences."""
    return ANSI.sub(b"", data).decode("utf-8", errors="replace")


class Screen:
    """Everything one session's game has drawn so far, searchable as text."""

    def __init__(self) -> None:
        self.data = bytearray()
        self.last = time.monotonic()

    def feed(self, chunk: bytes) -> None:
        self.data += chunk
        self.last = time.monotonic()

    def text(self, start: int = 0) -> str:
        return plain(bytes(self.data[start:]))

    def mark(self) -> int:
        return len(self.data)


def wait_until(
    condition: Callable[[], bool],
    timeout: float,
    what: str,
    pump: Callable[[float], None] | None = None,
) -> None:
    """Poll ``condition`` until it holds; ``pump`` lets an event loop run meanwhile."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        if pump is not None:
            pump(0.05)
        else:
            time.sleep(0.05)
