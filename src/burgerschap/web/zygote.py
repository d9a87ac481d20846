"""The warm start of a student's game: a process that has imported everything once and forks.

Starting ``python -m burgerschap play --served`` for every browser tab costs
about a CPU-second of imports each; thirty tabs opened at once took half a
minute on two cores. The zygote imports Textual and the game once, and then
forks one child per session. A child shares the imported code with the zygote
(copy-on-write), so it starts in a fraction of the time and adds less memory.

Isolation is the same as a fresh process: each child is its own process, gets
its own stdin/stdout/stderr pipes from the server, closes every other file
descriptor it inherited, reseeds its random numbers, and opens its own database
connection (the zygote never opens one). Each child gets the session's memory
cap and dies with the zygote, which dies with the server.

The zygote does not know the game: the launcher that starts it
(:mod:`burgerschap.launch.zygote`, run as ``python -m``) passes in the factory
of a session's game and the game's modules to import first, so that the web
layer never imports the Textual app.

Protocol, over a Unix socket pair with the server: the server sends one JSON
request (``{"env": {...}}``) with three file descriptors (the child's stdin,
stdout and stderr) attached; the zygote answers with the
child's pid as a JSON number, or ``0`` when it could not fork.
"""

from __future__ import annotations

import gc
import importlib
import json
import os
import random
import signal
import socket
import sys
from collections.abc import Callable, Sequence
from typing import Any, Protocol

from burgerschap.i18n import Language
from burgerschap.settings import preferred_language
from burgerschap.web.session import (
    GAME_NAME,
    SESSION_MEMORY,
    ZYGOTE_NAME,
    fence,
    set_process_name,
)

MAX_REQUEST = 64 * 1024


class Game(Protocol):
    """A session's game: an app that runs until the student leaves."""

    def run(self) -> Any: ...


GameFactory = Callable[[Language], Game]
"""Makes a session's game in the language the server was started with."""

WARM_MODULES = (
    "textual.drivers.web_driver",
    "burgerschap.classroom.lessons",
    "burgerschap.classroom.store",
    "burgerschap.classroom.engines.sqlite",
    "burgerschap.scenario.engine",
    "burgerschap.scenario.analyzer",
    "burgerschap.scenario.library",
    "burgerschap.scenario.atomic",
    "textual.layouts.factory",
    "textual.layouts.horizontal",
    "textual.layouts.stream",
    "concurrent.futures.thread",
)
"""What a served session imports besides the game's own modules (see :func:`main`)."""


def warm(game_modules: Sequence[str] = ()) -> None:
    """Import what every session needs, so that children do not each do it.

    With a PostgreSQL URL that includes psycopg and libpq (about 0.15 s a session
    otherwise); the zygote still opens no connection (each child opens its own).
    """
    from burgerschap.classroom.engines import is_postgres
    from burgerschap.paths import database_url

    url = database_url()
    postgres = ("burgerschap.classroom.engines.postgres",) if url and is_postgres(url) else ()
    for name in (*game_modules, *WARM_MODULES, *postgres):
        importlib.import_module(name)
    # Objects made so far are shared with every child; a collection in a child would
    # write to each of them and so copy their pages. Freezing keeps them out of it.
    gc.freeze()


def run_child(
    request: dict[str, Any], fds: list[int], zygote_pid: int, lang: str, make_game: GameFactory
) -> None:
    """In the forked child: become a session, then play. Never returns.

    The child dies with the zygote (``PR_SET_PDEATHSIG``), which dies with the server.
    """
    code = 1
    try:
        for target, fd in enumerate(fds):
            os.dup2(fd, target)
        os.closerange(3, _max_fd())  # the zygote's socket and anything else inherited
        env = request.get("env")
        if isinstance(env, dict):
            os.environ.update({str(k): str(v) for k, v in env.items()})
        fence(zygote_pid, SESSION_MEMORY)()
        set_process_name(GAME_NAME)
        random.seed()  # the zygote's random state must not be every child's
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        # sys.stdin/stdout/stderr still wrap descriptors 0-2, which now are this session's
        # pipes; the zygote never wrote to them, so no buffered byte of its own goes out.
        make_game(preferred_language(lang)).run()
        code = 0
    except BaseException:  # a child must never return into the zygote's loop
        import traceback

        traceback.print_exc()
    finally:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(code)


def _max_fd() -> int:
    import resource

    soft = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
    return soft if 0 < soft < 1 << 20 else 4096


def _reap(_signum: int, _frame: object) -> None:
    """Collect finished children, so that none is left a zombie."""
    while True:
        try:
            pid, _status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def serve(sock: socket.socket, lang: str, make_game: GameFactory) -> None:
    """Answer fork requests until the server closes its end of the socket."""
    me = os.getpid()
    signal.signal(signal.SIGCHLD, _reap)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the server's to handle
    while True:
        try:
            data, fds, _flags, _addr = socket.recv_fds(sock, MAX_REQUEST, 3)
        except InterruptedError:
            continue
        if not data:
            return
        pid = 0
        try:
            request = json.loads(data)
            if isinstance(request, dict) and len(fds) == 3:
                pid = os.fork()
                if pid == 0:
                    sock.close()
                    run_child(request, fds, me, lang, make_game)
        except (ValueError, OSError):
            pid = 0
        finally:
            for fd in fds:
                os.close(fd)
        sock.sendall(json.dumps(pid).encode() + b"\n")


def main(make_game: GameFactory, game_modules: Sequence[str] = ()) -> None:
    """Serve fork requests on socket ``FD`` (the command line: ``FD LANG``).

    Args:
        make_game: What each forked child runs (in the language ``LANG``).
        game_modules: The game's modules, imported once before any fork.
    """
    fd, lang = int(sys.argv[1]), sys.argv[2]
    server_pid = os.getppid()
    fence(server_pid, SESSION_MEMORY)()
    set_process_name(ZYGOTE_NAME)
    warm(game_modules)
    sock = socket.socket(fileno=fd)
    sock.sendall(b"ready\n")
    serve(sock, lang, make_game)
