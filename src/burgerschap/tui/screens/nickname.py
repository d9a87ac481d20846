"""The nickname dialog: asked once, kept on this computer, changeable later."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Input, Static

from burgerschap.tui.backend import NICKNAME_MAX, clean_nickname
from burgerschap.tui.screens.base import GameModal
from burgerschap.tui.widgets.footer import GameFooter


class NicknameDialog(GameModal[str | None]):
    """Returns the chosen nickname, or None when cancelled (not possible the first time)."""

    CSS_PATH = "dialogs.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "tui.key.cancel", id="cancel"),
    ]
    """Escape keeps the old nickname (only when there is one)."""

    def __init__(self, current: str = "", *, first: bool = False) -> None:
        super().__init__(id="nickname")
        self.current = current
        self.first = first

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(
                self.t("tui.nickname.welcome" if self.first else "tui.nickname.title"),
                classes="panel-title",
            )
            yield Static(self.t("tui.nickname.explain"), classes="dialog-text")
            yield Input(
                self.current,
                placeholder=self.t("tui.nickname.placeholder"),
                max_length=NICKNAME_MAX,
                id="nickname-input",
            )
            yield Static("", id="nickname-error", classes="dialog-error")
            yield Static(self.t("tui.nickname.hint"), classes="hint")
        yield GameFooter()

    def on_mount(self) -> None:
        field = self.query_one(Input)
        field.cursor_blink = self.game_app.blink
        field.focus()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        name = clean_nickname(event.value)
        if name is None:
            self.query_one("#nickname-error", Static).update(
                self.t("tui.nickname.invalid", max=NICKNAME_MAX)
            )
            return
        self.dismiss(name)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "cancel":
            return not self.first
        return True

    def action_cancel(self) -> None:
        self.dismiss(None)
