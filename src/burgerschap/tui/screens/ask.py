"""Small dialogs of the editor: ask for a name (and a kind), or pick one of a few answers.

Their texts quote node names, titles and what was typed: all shown as plain text.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Select, Static

from burgerschap.tui.screens.base import GameModal
from burgerschap.tui.text import plain

Check = Callable[[str], str | None]
"""Returns why a typed name cannot be used, or None when it can."""


class AskDialog(GameModal[tuple[str, str] | None]):
    """Asks for a name; returns ``(name, kind)`` or None when cancelled.

    With ``kinds`` the dialog also offers a choice of kind (story, question,
    ending); without, the kind in the result is empty.
    """

    CSS_PATH = "editor_dialogs.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "tui.key.cancel", id="cancel"),
    ]
    """Escape changes nothing."""

    def __init__(
        self,
        title: str,
        explain: str,
        *,
        value: str = "",
        check: Check | None = None,
        kinds: list[tuple[str, str]] | None = None,
    ) -> None:
        super().__init__()
        self.title_text = title
        self.explain = explain
        self.value = value
        self.check = check
        self.kinds = kinds

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(plain(self.title_text), classes="panel-title")
            yield Static(plain(self.explain), classes="dialog-text")
            if self.kinds:
                yield Select(self.kinds, value=self.kinds[0][1], allow_blank=False, id="ask-kind")
            yield Input(self.value, id="ask-input")
            yield Static("", id="ask-error", classes="dialog-error")
            yield Static(self.t("tui.ask.hint"), classes="hint")

    def on_mount(self) -> None:
        field = self.query_one(Input)
        field.cursor_blink = self.host.blink
        field.focus()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        name = event.value.strip()
        problem = self.check(name) if self.check else (None if name else "")
        if problem is not None:
            self.query_one("#ask-error", Static).update(plain(problem))
            return
        kind = ""
        if self.kinds:
            value = self.query_one("#ask-kind", Select).value
            kind = value if isinstance(value, str) else self.kinds[0][1]
        self.dismiss((name, kind))

    def action_cancel(self) -> None:
        self.dismiss(None)


class ChoiceDialog(GameModal[str | None]):
    """A question with a few answers as buttons; returns the answer's id (None: Escape)."""

    CSS_PATH = "editor_dialogs.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "tui.key.cancel", id="cancel"),
        Binding("left", "move(-1)", show=False),
        Binding("up", "move(-1)", show=False),
        Binding("right", "move(1)", show=False),
        Binding("down", "move(1)", show=False),
    ]
    """Escape is the same as the last, safe answer; the arrows move between the answers."""

    def __init__(self, title: str, text: str, answers: list[tuple[str, str]]) -> None:
        super().__init__()
        self.title_text = title
        self.text = text
        self.answers = answers

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(plain(self.title_text), classes="panel-title")
            yield Static(plain(self.text), classes="dialog-text")
            with Horizontal(classes="dialog-buttons"):
                for n, (answer, label) in enumerate(self.answers):
                    yield Button(
                        plain(label),
                        id=f"answer-{answer}",
                        variant="primary" if n == 0 else "default",
                    )

    def on_mount(self) -> None:
        self.query(Button).first().focus()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss((event.button.id or "").removeprefix("answer-"))

    def action_move(self, step: int) -> None:
        """Focus the previous (-1) or next (1) answer, stopping at the ends."""
        buttons = list(self.query(Button))
        if not buttons:
            return
        here = buttons.index(self.focused) if self.focused in buttons else 0
        buttons[max(0, min(len(buttons) - 1, here + step))].focus()

    def action_cancel(self) -> None:
        self.dismiss(None)
