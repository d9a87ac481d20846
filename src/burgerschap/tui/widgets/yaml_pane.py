"""The raw YAML of the work, for those who prefer it, with its problems by line.

The text is only taken over when it is applied (a button, or leaving the tab):
until then it may be anything. :class:`YamlPane.Apply` asks the editor to
take it.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Button, Static, TextArea

from burgerschap.scenario.problems import Problem
from burgerschap.tui.widgets.problem_list import ProblemList


class YamlPane(Vertical):
    """A YAML editor with syntax colours, an apply button and the problems of the text."""

    class Apply(Message):
        def __init__(self, text: str) -> None:
            super().__init__()
            self.text = text

    class Edited(Message):
        """The text was typed in (not loaded)."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.modified = False
        """Typed in since it was last loaded or applied."""
        self._loading = False

    def compose(self) -> ComposeResult:
        yield TextArea.code_editor("", language="yaml", id="yaml-text", soft_wrap=False)
        with Horizontal(id="yaml-bar"):
            yield Button("", id="yaml-apply", compact=True, variant="primary")
            yield Static("", id="yaml-status")
        yield ProblemList(id="yaml-problems", fields="yaml")

    @property
    def area(self) -> TextArea:
        return self.query_one("#yaml-text", TextArea)

    def load(self, text: str) -> None:
        """Show ``text`` (the work as YAML); what was typed is replaced."""
        if self.area.text != text:
            self._loading = True
            self.area.load_text(text)
        self.modified = False

    def show_problems(self, problems: list[Problem], empty: str, line_label: str) -> None:
        self.query_one(ProblemList).show(problems, empty, line_label)

    def label(self, apply: str, status: str) -> None:
        self.query_one("#yaml-apply", Button).label = apply
        self.query_one("#yaml-status", Static).update(status)

    def go_to(self, line: int | None, col: int | None) -> None:
        if line is None:
            return
        area = self.area
        area.cursor_location = (max(0, line - 1), max(0, (col or 1) - 1))
        area.scroll_cursor_visible(center=True)
        area.focus()

    @on(TextArea.Changed, "#yaml-text")
    def _changed(self, event: TextArea.Changed) -> None:
        event.stop()
        if self._loading:
            self._loading = False
            return
        self.modified = True
        self.post_message(self.Edited())

    @on(Button.Pressed, "#yaml-apply")
    def _apply(self, event: Button.Pressed) -> None:
        event.stop()
        self.post_message(self.Apply(self.area.text))

    @on(ProblemList.Jump, "#yaml-problems")
    def _jump(self, event: ProblemList.Jump) -> None:
        event.stop()
        self.go_to(event.problem.line, event.problem.col)
