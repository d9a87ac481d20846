"""The server's side of the zygote (:mod:`burgerschap.web.zygote`): start it, ask it for games.

The zygote runs as ``python -m MODULE FD LANG``, where ``MODULE`` is given by
whoever starts the server (:mod:`burgerschap.launch.zygote`, which puts the game
in): the server itself does not know the game.

:class:`Zygote` starts the zygote process once and hands it three fresh pipes
per session; the game it forks talks textual-serve's protocol over them, so
:class:`ForkedGame` looks to textual-serve like the subprocess it would
otherwise have started. When the zygote cannot start (not Linux, no ``fork``)
the server starts each game as a fresh process instead.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import threading
from dataclasses import dataclass
from importlib.metadata import version
from typing import Any

READY_TIMEOUT = 120.0
"""Seconds the zygote may take to import everything (generous: a busy machine)."""
FORK_TIMEOUT = 30.0


def session_environment(width: int = 80, height: int = 24) -> dict[str, str]:
    """The environment of a served game: textual-serve's, for a terminal of this size.

    Textual reads several of these (the driver, the frame rate, colours) when it is
    imported, so the zygote itself must run with them, not only its children.
    """
    environment = dict(os.environ)
    environment.update(
        {
            "TEXTUAL_DRIVER": "textual.drivers.web_driver:WebDriver",
            "TEXTUAL_FPS": "60",
            "TEXTUAL_COLOR_SYSTEM": "truecolor",
            "TERM_PROGRAM": "textual",
            "TERM_PROGRAM_VERSION": version("textual-serve"),
            "COLUMNS": str(width),
            "ROWS": str(height),
        }
    )
    return environment


@dataclass
class ForkedGame:
    """A game forked by the zygote, as textual-serve's AppService uses a subprocess."""

    pid: int
    stdin: asyncio.StreamWriter
    stdout: asyncio.StreamReader
    stderr: asyncio.StreamReader

    def kill(self) -> None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.kill(self.pid, signal.SIGKILL)


class Zygote:
    """One zygote process and the socket to it; :meth:`fork` is safe to call concurrently."""

    def __init__(self, process: subprocess.Popen[bytes], sock: socket.socket) -> None:
        self.process = process
        self.sock = sock
        self._lock = threading.Lock()

    @classmethod
    def start(cls, module: str, lang: str) -> Zygote | None:
        """Start the zygote (``python -m module``) and wait until it has imported everything;
        None when it cannot."""
        if not hasattr(os, "fork") or not sys.platform.startswith("linux"):
            return None
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            process = subprocess.Popen(
                [sys.executable, "-m", module, str(theirs.fileno()), lang],
                pass_fds=(theirs.fileno(),),
                stdin=subprocess.DEVNULL,
                env=session_environment(),
            )
        except OSError:
            ours.close()
            return None
        finally:
            theirs.close()
        ours.settimeout(READY_TIMEOUT)
        try:
            ready = ours.recv(16)
        except OSError:
            ready = b""
        if ready != b"ready\n":
            process.kill()
            process.wait()
            ours.close()
            return None
        ours.settimeout(FORK_TIMEOUT)
        return cls(process, ours)

    def _request(self, payload: bytes, fds: list[int]) -> int:
        with self._lock:
            socket.send_fds(self.sock, [payload], fds)
            answer = b""
            while not answer.endswith(b"\n"):
                chunk = self.sock.recv(64)
                if not chunk:
                    raise OSError("the zygote stopped")
                answer += chunk
        pid = json.loads(answer)
        if not isinstance(pid, int) or pid <= 0:
            raise OSError("the zygote could not fork")
        return pid

    async def fork(self, width: int, height: int, extra_env: dict[str, str]) -> ForkedGame:
        """A new game process for one session, with its own pipes."""
        loop = asyncio.get_running_loop()
        child_in, our_in = os.pipe()
        our_out, child_out = os.pipe()
        our_err, child_err = os.pipe()
        env = {**session_environment(width, height), **extra_env}
        payload = json.dumps({"env": env}).encode("utf-8")
        try:
            pid = await loop.run_in_executor(
                None, self._request, payload, [child_in, child_out, child_err]
            )
        except BaseException:
            for fd in (our_in, our_out, our_err):
                os.close(fd)
            raise
        finally:
            for fd in (child_in, child_out, child_err):
                os.close(fd)
        stdout = await _reader(loop, our_out)
        stderr = await _reader(loop, our_err)
        stdin = await _writer(loop, our_in)
        return ForkedGame(pid, stdin, stdout, stderr)

    def stop(self) -> None:
        with contextlib.suppress(OSError):
            self.sock.close()
        with contextlib.suppress(OSError):
            self.process.terminate()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


async def _reader(loop: asyncio.AbstractEventLoop, fd: int) -> asyncio.StreamReader:
    reader = asyncio.StreamReader(limit=2**20)
    await loop.connect_read_pipe(
        lambda: asyncio.StreamReaderProtocol(reader), os.fdopen(fd, "rb", buffering=0)
    )
    return reader


async def _writer(loop: asyncio.AbstractEventLoop, fd: int) -> asyncio.StreamWriter:
    pipe: Any = os.fdopen(fd, "wb", buffering=0)
    transport, protocol = await loop.connect_write_pipe(asyncio.streams.FlowControlMixin, pipe)
    return asyncio.StreamWriter(transport, protocol, None, loop)
