"""The nickname dialog: asked once, kept on this computer, changeable later.

Progress is kept per nickname, so changing it says that the old progress
stays with the old name.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Input, Static

from burgerschap.classroom.errors import NicknameError
from burgerschap.classroom.nicknames import MAX_LENGTH, clean_nickname
from burgerschap.i18n import N_
from burgerschap.tui.screens.base import GameModal
from burgerschap.tui.text import plain
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
                self.t(N_("tui.nickname.welcome") if self.first else N_("tui.nickname.title")),
                classes="panel-title",
            )
            yield Static(self.t("tui.nickname.explain"), classes="dialog-text")
            if self.current and not self.first:
                # Results are kept per nickname: a new one does not take them along.
                yield Static(
                    Content(self.t("tui.nickname.keeps", name=self.current)),
                    id="nickname-warning",
                    classes="dialog-warning",
                )
            yield Input(
                self.current,
                placeholder=self.t("tui.nickname.placeholder"),
                max_length=MAX_LENGTH,
                id="nickname-input",
            )
            yield Static("", id="nickname-error", classes="dialog-error")
            yield Static(self.t("tui.nickname.hint"), classes="hint")
        yield GameFooter()

    def on_mount(self) -> None:
        field = self.query_one(Input)
        field.cursor_blink = self.host.blink
        field.focus()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        # The same rules as in a lesson, so a name chosen here can always join one
        # (and a hand-in file carrying it is never refused).
        try:
            name = clean_nickname(event.value)
        except NicknameError as exc:
            if exc.key in ("nickname_empty", "nickname_too_long"):
                message = self.t("tui.nickname.invalid", max=MAX_LENGTH)
            else:
                text = exc.message(self.lang)
                message = text[:1].upper() + text[1:] + "."
            self.query_one("#nickname-error", Static).update(plain(message))
            return
        self.dismiss(name)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "cancel":
            return not self.first
        return True

    def action_cancel(self) -> None:
        self.dismiss(None)
