"""The join link full-screen for the projector: the address, the code and a QR code.

Opened from a lesson's dashboard (``b``). While ``burgerschap serve`` runs on
this computer it has left its addresses in the data folder
(:mod:`burgerschap.classroom.board`); the QR code then opens the page with the
lesson's code filled in, so a student only types a nickname. Without a running
server the screen says how to start one, and shows the code.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Center, VerticalScroll
from textual.content import Content
from textual.widgets import Static

from burgerschap.classroom.board import join_url, qr_lines, read_board
from burgerschap.i18n import N_
from burgerschap.tui.screens.base import GameScreen
from burgerschap.tui.widgets.footer import GameFooter


class BoardScreen(GameScreen[None]):
    """How the class joins this lesson, big enough to read from the back of the room."""

    DEFAULT_CSS = """
    BoardScreen { align: center middle; }
    BoardScreen #board-body { width: 100%; height: 1fr; }
    BoardScreen .board-line { width: auto; text-align: center; margin: 0 0 1 0; }
    BoardScreen #board-code { text-style: bold; color: $accent; }
    BoardScreen #board-qr { width: auto; height: auto; margin: 0 0 1 0; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,b", "back", "tui.key.leave", id="back"),
    ]

    def __init__(self, code: str) -> None:
        super().__init__(id="board")
        self.code = code
        addresses = read_board(self.host.workspace.locations.home)
        self.url = join_url(addresses[0], self.code) if addresses else None

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="board-body"):
            yield Center(Static(id="board-title", classes="board-line"))
            if self.url is not None:
                qr = Content.styled("\n".join(qr_lines(self.url)), "black on white")
                yield Center(Static(qr, id="board-qr"))
                yield Center(Static(Content(self.url), id="board-url", classes="board-line"))
            yield Center(Static(id="board-code", classes="board-line"))
            yield Center(Static(id="board-hint", classes="board-line"))
        yield GameFooter()

    def on_mount(self) -> None:
        self.retranslate()

    def retranslate(self) -> None:
        pretty = f"{self.code[:3]}-{self.code[3:]}"
        self.query_one("#board-title", Static).update(self.t("tui.board.title"))
        self.query_one("#board-code", Static).update(Content(self.t("tui.board.code", code=pretty)))
        hint = N_("tui.board.scan") if self.url is not None else N_("tui.board.no_server")
        self.query_one("#board-hint", Static).update(Content(self.t(hint)))

    def action_back(self) -> None:
        self.dismiss()
