"""One student's game process, fenced in: a memory cap, and it dies with the server.

textual-serve starts each session through a shell and lets it outlive the
server. Here the game is started directly (no shell between), with:

- an address-space cap (``RLIMIT_AS``), so one session cannot take the
  teacher's machine into swap whatever a browser asks of it;
- ``PR_SET_PDEATHSIG`` on Linux: the kernel kills the game when the server
  process dies, even by SIGKILL, so no game process is left behind;
- the server's process group, so Ctrl+C in the teacher's terminal reaches
  every game at once.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import ctypes.util
import os
import resource
import shlex
import signal
import sys
from asyncio.subprocess import Process
from collections.abc import Callable

from textual_serve.app_service import AppService

SESSION_MEMORY = 1024 * 1024 * 1024
"""Address space per game process, in bytes. A game uses about 290 MB of it."""
PR_SET_PDEATHSIG = 1


def fence(server_pid: int, memory: int) -> Callable[[], None]:
    """What the child runs between fork and exec (it must not touch the event loop)."""

    def run() -> None:
        # A lower hard limit may already be in force: then that one holds.
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
        if sys.platform.startswith("linux"):
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
            if os.getppid() != server_pid:  # the server died before prctl took hold
                os._exit(1)

    return run


class FencedAppService(AppService):
    """textual-serve's session, with the game started under :func:`fence`."""

    memory = SESSION_MEMORY

    async def _open_app_process(self, width: int = 80, height: int = 24) -> Process:
        environment = self._build_environment(width=width, height=height)
        # glibc reserves 64 MB of address space per malloc arena; two are plenty
        # for the game and keep the cap above about what is really used.
        environment["MALLOC_ARENA_MAX"] = "2"
        self._process = process = await asyncio.create_subprocess_exec(
            *shlex.split(self.command),
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            env=environment,
            preexec_fn=fence(os.getpid(), self.memory),
        )
        assert process.stdin is not None
        self._stdin = process.stdin
        return process

    @property
    def pid(self) -> int | None:
        process = getattr(self, "_process", None)
        return process.pid if process is not None else None
