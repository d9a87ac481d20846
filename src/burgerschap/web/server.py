"""The classroom web server: textual-serve with a local font, a student limit and real addresses.

Each browser tab gets its own game process in student mode (``play
--served``): join a lesson, play, reflect; no teacher mode, no authoring, no
file paths. The page loads nothing from other hosts. Past ``max_students``
open sessions a newcomer is told the lesson is full, and no process starts.

A browser is not trusted (see :mod:`burgerschap.web.guard`): requests must
name this server's own address, sizes are clamped, malformed messages are
dropped, one address may hold only a few sessions, and each game process is
fenced in by :mod:`burgerschap.web.session`. A bad request costs one line on
the teacher's console, never a traceback.

The page keeps a random token in the browser (``templates/index.html``) and
sends it with the websocket as the cookie :data:`TOKEN_COOKIE`; the session's
game gets it in its environment (:data:`BROWSER_TOKEN_ENV`), so a student who
joined a lesson from this browser comes back in without their return code.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import re
import shlex
import signal
import sys
from pathlib import Path
from typing import Any

import aiohttp_jinja2
from aiohttp import WSMsgType, web
from rich.text import Text
from textual_serve.server import Server

from burgerschap.classroom.board import clear_board, join_url, qr_lines, write_board
from burgerschap.classroom.codes import normalise_code
from burgerschap.classroom.engines import mask
from burgerschap.i18n import Language, t, tn
from burgerschap.paths import data_dir, database_url
from burgerschap.scenario.plaintext import plain_text
from burgerschap.web.addresses import interface_addresses
from burgerschap.web.capacity import default_class_size
from burgerschap.web.forking import Zygote
from burgerschap.web.guard import (
    AddressLimit,
    Focus,
    HostRule,
    Ping,
    Resize,
    Stdin,
    clamp_size,
    host_name,
    is_loopback,
    parse_message,
    proxy_rule,
)
from burgerschap.web.session import FencedAppService

TEMPLATES = Path(__file__).parent / "templates"
SERVED_ENV = "BURGERSCHAP_SERVED"


def student_command(lang: Language) -> str:
    """The shell command each browser session runs."""
    return f"{shlex.quote(sys.executable)} -m burgerschap --lang {lang} play --served"


ALL_INTERFACES = ("0.0.0.0", "::", "")
PER_ADDRESS = 3
"""Open sessions one remote address may hold: a student with a spare tab or two."""


def share_addresses(host: str, port: int) -> list[str]:
    """The addresses students type: this machine's own when serving on all interfaces."""
    if host not in ALL_INTERFACES:
        shown = f"[{host}]" if ":" in host else host
        return [f"http://{shown}:{port}/"]
    names = interface_addresses() or ["127.0.0.1"]
    return [f"http://{name}:{port}/" for name in names]


def host_rule(host: str, extra: tuple[str, ...] = ()) -> HostRule:
    """The host names a request may use: the served address (all of this machine's
    when serving on every interface), loopback, and names the teacher allowed."""
    allowed = {name.lower() for name in extra}
    if host in ALL_INTERFACES:
        allowed.update(interface_addresses())
    else:
        allowed.add(host.lower().strip("[]"))
    return HostRule(frozenset(allowed))


JOIN_CODE_ENV = "BURGERSCHAP_JOIN_CODE"
"""A lesson code from the page's address (``/?code=KMN-P47``), for the session's join screen
(:data:`burgerschap.tui.served.JOIN_CODE_ENV`; the server does not import the game)."""


BROWSER_TOKEN_ENV = "BURGERSCHAP_BROWSER_TOKEN"
"""The browser's token for the session's game (:data:`burgerschap.tui.served.BROWSER_TOKEN_ENV`)."""
TOKEN_COOKIE = "burgerschap_browser"
"""The cookie the page sets from the token it keeps (the same name in index.html)."""
_TOKEN = re.compile(r"[0-9a-f]{32}")


def browser_token(raw: str | None) -> str | None:
    """The token from the page's cookie when it is one (32 hex digits), else None."""
    return raw if raw is not None and _TOKEN.fullmatch(raw) else None


def session_env(code: str | None, token: str | None) -> dict[str, str]:
    """What a session's game is told besides textual-serve's environment."""
    env = {JOIN_CODE_ENV: code} if code else {}
    if token:
        env[BROWSER_TOKEN_ENV] = token
    return env


def page_code(raw: str | None) -> str | None:
    """A join code from a URL, cleaned: six letters and digits, or None."""
    if not raw or len(raw) > 20:
        return None
    code = normalise_code(raw)
    return code if len(code) == 6 and code.isalnum() and code.isascii() else None


def _code_path(request: web.Request) -> str:
    code = page_code(request.query.get("code"))
    return f"/{code}" if code else ""


class ClassroomServer(Server):
    """textual-serve's server, made fit for a classroom."""

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 8000,
        max_students: int | None = None,
        lang: Language = "nl",
        per_address: int = PER_ADDRESS,
        allow_hosts: tuple[str, ...] = (),
        zygote: str | None = None,
        proxies: tuple[str, ...] = (),
    ) -> None:
        """A server for one class; ``zygote`` is the module to run as the warm zygote
        (``python -m zygote FD LANG``, see :mod:`burgerschap.web.zygote`), which puts the
        game in. Without one, each session starts as a fresh process (``--cold``)."""
        super().__init__(
            student_command(lang),
            host=host,
            port=port,
            title="Burgerschap",
            templates_path=TEMPLATES,
        )
        self.lang: Language = lang
        self.sessions = 0
        self.hosts = host_rule(host, allow_hosts)
        self.per_address = AddressLimit(per_address)
        self.proxies = proxy_rule(proxies)
        self.games: set[FencedAppService] = set()
        self.zygote: Zygote | None = None
        self.zygote_module = zygote
        self.addresses: list[str] = []
        self.sized_by_memory = max_students is None
        self.max_students = default_class_size() if max_students is None else max_students
        os.environ[SERVED_ENV] = "1"

    def _say(self, key: str, **params: object) -> None:
        """One plain line on the teacher's console (text from a request is never markup,
        and never a control character: a Host header may hold ESC)."""
        self.console.print(plain_text(t(key, self.lang, **params)), markup=False, highlight=False)

    def _check_host(self, request: web.Request) -> None:
        """Refuse (403) a request that does not name this server in Host and Origin."""
        host = request.headers.get("Host")
        if self.hosts.host_ok(host) and self.hosts.origin_ok(request.headers.get("Origin"), host):
            return
        shown = (host or "-")[:80].encode("ascii", "replace").decode("ascii")
        self._say("serve.refused_host", address=request.remote or "?", host=shown)
        raise web.HTTPForbidden(text=t("serve.forbidden", self.lang))

    def _text(self) -> dict[str, str]:
        return {
            "loading": t("serve.loading", self.lang),
            "start": t("serve.start", self.lang),
            "ended": t("serve.ended", self.lang),
            "restart": t("serve.restart", self.lang),
        }

    async def handle_index(self, request: web.Request) -> web.StreamResponse:
        self._check_host(request)
        return await self._page(request)

    @aiohttp_jinja2.template("index.html")
    async def _page(self, request: web.Request) -> dict[str, Any]:
        # Built from the request, not from --host: with 0.0.0.0 the page must
        # still point the browser at the address it actually used.
        scheme, _browser = self.proxies.client(request.remote, request.scheme, request.headers)
        base = f"{scheme}://{request.host}"
        ws_scheme = "wss" if scheme == "https" else "ws"
        font_size = request.query.get("fontsize", "16")
        return {
            "lang": self.lang,
            "font_size": int(font_size) if font_size.isdigit() else 16,
            "app_websocket_url": f"{ws_scheme}://{request.host}/ws{_code_path(request)}",
            "config": {"static": {"url": f"{base}/static/"}},
            "application": {"name": "Burgerschap"},
            "text": self._text(),
        }

    async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
        self._check_host(request)
        if self.sessions >= self.max_students:
            return await self._refuse(request, t("serve.full", self.lang, max=self.max_students))
        # Behind the school's reverse proxy: the browser's address, not the proxy's.
        _scheme, address = self.proxies.client(request.remote, request.scheme, request.headers)
        if not self.per_address.take(address):
            self._say("serve.refused_address", address=address or "?")
            return await self._refuse(
                request, tn("serve.too_many", self.per_address.per_address, self.lang)
            )
        self.sessions += 1
        try:
            return await self._session(request)
        finally:
            self.sessions -= 1
            self.per_address.give_back(address)

    async def _session(self, request: web.Request) -> web.WebSocketResponse:
        """textual-serve's session loop, with every message checked first."""
        websocket = web.WebSocketResponse(heartbeat=15, max_msg_size=64 * 1024)
        width, height = clamp_size(request.query.get("width"), request.query.get("height"))
        game: FencedAppService | None = None

        async def close() -> None:
            await websocket.close()

        try:
            await websocket.prepare(request)
            game = FencedAppService(
                self.command,
                write_bytes=websocket.send_bytes,
                write_str=websocket.send_str,
                close=close,
                download_manager=self.download_manager,
                debug=self.debug,
            )
            game.zygote = self.zygote
            code = page_code(request.match_info.get("code"))
            token = browser_token(request.cookies.get(TOKEN_COOKIE))
            game.extra_env = session_env(code, token)
            self.games.add(game)
            await game.start(width, height)
            await self._relay(websocket, game)
        except asyncio.CancelledError:
            await websocket.close()
        except Exception as error:  # a broken connection or game: one line, no traceback
            self._say("serve.session_error", error=type(error).__name__)
        finally:
            if game is not None:
                await self._stop(game)
        return websocket

    async def _relay(self, websocket: web.WebSocketResponse, game: FencedAppService) -> None:
        async for frame in websocket:
            if frame.type != WSMsgType.TEXT:
                continue
            message = parse_message(frame.data)
            if isinstance(message, Stdin):
                await game.send_bytes(message.data.encode("utf-8"))
            elif isinstance(message, Resize):
                await game.set_terminal_size(message.width, message.height)
            elif isinstance(message, Ping):
                await websocket.send_json(["pong", message.data])
            elif isinstance(message, Focus):
                await (game.focus() if message.focused else game.blur())

    async def _stop(self, game: FencedAppService) -> None:
        """Ask the game to quit; kill it when it does not within a few seconds."""
        try:
            await asyncio.wait_for(game.stop(), timeout=5)
        except (TimeoutError, Exception):
            pid = game.pid
            if pid is not None:
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.kill(pid, signal.SIGKILL)
        finally:
            self.games.discard(game)

    async def _refuse(self, request: web.Request, message: str) -> web.WebSocketResponse:
        """Tell a newcomer why they cannot play now, without starting a game process."""
        websocket = web.WebSocketResponse(heartbeat=15, max_msg_size=4096)
        await websocket.prepare(request)
        screen = "\x1b[2J\x1b[H\r\n\r\n  " + message.replace("\n", "\r\n  ") + "\r\n"
        await websocket.send_bytes(screen.encode("utf-8"))
        # Keep the socket until the browser leaves, so the message stays up.
        async for msg in websocket:
            if msg.type in (WSMsgType.CLOSE, WSMsgType.ERROR):
                break
        return websocket

    def initialize_logging(self) -> None:
        super().initialize_logging()
        # One line per request (a class makes hundreds) pushed the address and the QR code
        # off the teacher's screen; what matters is said by _say.
        logging.getLogger("aiohttp.access").setLevel(logging.WARNING)

    async def _make_app(self) -> web.Application:
        app = await super()._make_app()
        # The same session, with the lesson code from the page's address (see page_code).
        app.router.add_get("/ws/{code}", self.handle_websocket)
        return app

    async def on_shutdown(self, app: web.Application) -> None:
        clear_board(data_dir())
        if self.zygote is not None:
            self.zygote.stop()
        for game in list(self.games):
            pid = game.pid
            if pid is not None:
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.kill(pid, signal.SIGTERM)
        await super().on_shutdown(app)

    async def on_startup(self, app: web.Application) -> None:
        if self.zygote_module is not None:
            # Import everything once, then fork each session from it (web/zygote.py).
            loop = asyncio.get_running_loop()
            self.zygote = await loop.run_in_executor(
                None, Zygote.start, self.zygote_module, self.lang
            )
        self.addresses = share_addresses(self.host, self.port)
        with contextlib.suppress(OSError):  # the dashboard's QR code is a nicety
            write_board(data_dir(), self.addresses)
        self._print_board()

    def _print_board(self) -> None:
        """The addresses, a QR code of the first, and who can reach them."""
        say = self.console.print
        say(Text(t("serve.started", self.lang, max=self.max_students)))
        if self.sized_by_memory:
            say(Text(t("serve.sized", self.lang)))
        url = database_url()
        if url is not None:  # which database the class writes to, never with its password
            say(Text(t("serve.database", self.lang, location=mask(url))))
        for address in self.addresses:
            say(Text("  " + address, style="bold"))
        say(Text("\n".join(qr_lines(self.addresses[0])), style="black on white"))
        if self.host in ALL_INTERFACES or not is_loopback(host_name(self.host)):
            say(Text(t("serve.open_network", self.lang), style="bold yellow"))
        say(Text(t("serve.code_hint", self.lang, url=join_url(self.addresses[0], "CODE"))))
        say(Text(t("serve.stop", self.lang)))
