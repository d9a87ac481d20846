"""One student's game process, fenced in: a memory cap, and it dies with the server.

textual-serve starts each session through a shell and lets it outlive the
server. Here the game is started directly (no shell between), with:

- an address-space cap (``RLIMIT_AS``), so one session cannot take the
  teacher's machine into swap whatever a browser asks of it;
- ``PR_SET_PDEATHSIG`` on Linux: the kernel kills the game when the server
  process dies, even by SIGKILL, so no game process is left behind;
- the server's process group, so Ctrl+C in the teacher's terminal reaches
  every game at once.

When the server's zygote runs (:mod:`burgerschap.web.zygote`), a game is forked
from it instead of started, with the same fence.
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
from typing import TYPE_CHECKING, cast

from textual_serve.app_service import AppService

if TYPE_CHECKING:
    from burgerschap.web.forking import Zygote

SESSION_MEMORY = 1024 * 1024 * 1024
"""Address space per game process, in bytes. A game uses about 290 MB of it."""
PR_SET_PDEATHSIG = 1
PR_SET_NAME = 15
GAME_NAME = "bs-game"
"""The process name (``/proc/PID/comm``) of a forked game, for ``ps``, tests and benchmarks."""
ZYGOTE_NAME = "bs-zygote"


def set_process_name(name: str) -> None:
    """Name this process in ``ps`` and ``/proc/PID/comm`` (Linux; elsewhere nothing)."""
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(PR_SET_NAME, name.encode()[:15], 0, 0, 0)


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
    """textual-serve's session: the game forked by the zygote, or started under :func:`fence`."""

    memory = SESSION_MEMORY
    zygote: Zygote | None = None
    """Set by the server when its zygote runs: games are forked from it, warm."""
    extra_env: dict[str, str] = {}  # noqa: RUF012  (replaced per session, never mutated)
    """Environment for this session only, such as the lesson code from the page's address."""

    async def _open_app_process(self, width: int = 80, height: int = 24) -> Process:
        if self.zygote is not None:
            try:
                game = await self.zygote.fork(width, height, self.extra_env)
            except OSError:
                pass  # the zygote is gone: a fresh process still works, only slower
            else:
                self._stdin = game.stdin
                self._process = cast(Process, game)
                return self._process
        environment = self._build_environment(width=width, height=height)
        # glibc reserves 64 MB of address space per malloc arena; two are plenty
        # for the game and keep the cap above about what is really used.
        environment["MALLOC_ARENA_MAX"] = "2"
        environment.update(self.extra_env)
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

    async def run(self) -> None:
        await super().run()
        # The game has ended: by quitting (it said so already) or by crashing (it could
        # not). Either way the page must show "your session has ended", not hang.
        with contextlib.suppress(Exception):
            await self.remote_close()

    @property
    def pid(self) -> int | None:
        process = getattr(self, "_process", None)
        return process.pid if process is not None else None
