"""The classroom web server: textual-serve with a local font, a student limit and real addresses.

Each browser tab gets its own game process in student mode (``play
--served``): join a lesson, play, reflect; no teacher mode, no authoring, no
file paths. The page loads nothing from other hosts. Past ``max_students``
open sessions a newcomer is told the lesson is full, and no process starts.

The page keeps a random token in the browser (``templates/index.html``) and
sends it with the websocket as the cookie :data:`TOKEN_COOKIE`; the session's
game gets it as ``--browser-token``, so a student who joined a lesson from
this browser comes back in without their return code.
"""

from __future__ import annotations

import os
import re
import shlex
import socket
import sys
from contextvars import ContextVar
from pathlib import Path
from typing import Any

import aiohttp_jinja2
from aiohttp import WSMsgType, web
from textual_serve.server import Server

from burgerschap.i18n import t
from burgerschap.settings import Language

TEMPLATES = Path(__file__).parent / "templates"
SERVED_ENV = "BURGERSCHAP_SERVED"
TOKEN_COOKIE = "burgerschap_browser"
"""The cookie the page sets from the token it keeps (the same name in index.html)."""
_TOKEN = re.compile(r"[0-9a-f]{32}")
_browser_token: ContextVar[str | None] = ContextVar("browser_token", default=None)
"""The token of the browser whose websocket is being handled (each request is its own task)."""


def student_command(lang: Language, browser_token: str | None = None) -> str:
    """The shell command each browser session runs; with the browser's token when it has one."""
    command = f"{shlex.quote(sys.executable)} -m burgerschap --lang {lang} play --served"
    if browser_token is not None and _TOKEN.fullmatch(browser_token):
        command += f" --browser-token {browser_token}"
    return command


def share_addresses(host: str, port: int) -> list[str]:
    """The addresses students type: this machine's own when serving on all interfaces."""
    if host not in ("0.0.0.0", "::", ""):
        shown = f"[{host}]" if ":" in host else host
        return [f"http://{shown}:{port}/"]
    found: list[str] = []
    try:
        infos = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)
    except OSError:
        infos = []
    for info in infos:
        address = str(info[4][0])
        if not address.startswith("127.") and address not in found:
            found.append(address)
    names = found or [socket.gethostname()]
    return [f"http://{name}:{port}/" for name in names]


class ClassroomServer(Server):
    """textual-serve's server, made fit for a classroom."""

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 8000,
        max_students: int = 40,
        lang: Language = "nl",
    ) -> None:
        super().__init__(
            student_command(lang),
            host=host,
            port=port,
            title="Burgerschap",
            templates_path=TEMPLATES,
        )
        self.max_students = max_students
        self.lang: Language = lang
        self.sessions = 0
        os.environ[SERVED_ENV] = "1"

    @property
    def command(self) -> str:
        """The command of the session being started: textual-serve reads it as it starts one."""
        return student_command(self.lang, _browser_token.get())

    @command.setter
    def command(self, value: str) -> None:
        """textual-serve sets the command once; ours is :func:`student_command`."""

    def _text(self) -> dict[str, str]:
        return {
            "loading": t("serve.loading", self.lang),
            "start": t("serve.start", self.lang),
            "ended": t("serve.ended", self.lang),
            "restart": t("serve.restart", self.lang),
        }

    @aiohttp_jinja2.template("index.html")
    async def handle_index(self, request: web.Request) -> dict[str, Any]:
        # Built from the request, not from --host: with 0.0.0.0 the page must
        # still point the browser at the address it actually used.
        base = f"{request.scheme}://{request.host}"
        ws_scheme = "wss" if request.scheme == "https" else "ws"
        font_size = request.query.get("fontsize", "16")
        return {
            "lang": self.lang,
            "font_size": int(font_size) if font_size.isdigit() else 16,
            "app_websocket_url": f"{ws_scheme}://{request.host}/ws",
            "config": {"static": {"url": f"{base}/static/"}},
            "application": {"name": "Burgerschap"},
            "text": self._text(),
        }

    async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
        if self.sessions >= self.max_students:
            return await self._refuse(request)
        self.sessions += 1
        _browser_token.set(request.cookies.get(TOKEN_COOKIE))
        try:
            response: web.WebSocketResponse = await super().handle_websocket(request)
            return response
        finally:
            self.sessions -= 1

    async def _refuse(self, request: web.Request) -> web.WebSocketResponse:
        """Tell a newcomer the lesson is full, without starting a game process."""
        websocket = web.WebSocketResponse(heartbeat=15)
        await websocket.prepare(request)
        message = t("serve.full", self.lang, max=self.max_students)
        screen = "\x1b[2J\x1b[H\r\n\r\n  " + message.replace("\n", "\r\n  ") + "\r\n"
        await websocket.send_bytes(screen.encode("utf-8"))
        # Keep the socket until the browser leaves, so the message stays up.
        async for msg in websocket:
            if msg.type in (WSMsgType.CLOSE, WSMsgType.ERROR):
                break
        return websocket

    async def on_startup(self, app: web.Application) -> None:
        addresses = share_addresses(self.host, self.port)
        self.console.print(t("serve.started", self.lang, max=self.max_students))
        for address in addresses:
            self.console.print(f"  [bold]{address}[/bold]")
        self.console.print(t("serve.stop", self.lang))
