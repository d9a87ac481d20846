"""What changed between two versions, in meaning rather than layout.

The same lines as ``burgerschap diff`` (:mod:`burgerschap.i18n.diff_words`),
coloured by their sign: ``+`` added, ``-`` removed, ``~`` changed, ``>``
renamed or moved. With several versions to choose from, two lists pick the
older and the newer one.
"""

from __future__ import annotations

from typing import Any, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.widgets import Label, Select, Static

from burgerschap.i18n import N_
from burgerschap.i18n.diff_words import render
from burgerschap.scenario.diff import diff
from burgerschap.scenario.plaintext import plain_text
from burgerschap.tui.screens.base import GameScreen
from burgerschap.tui.widgets.footer import GameFooter

VERSION_NAMES = {"opened": N_("tui.diff.opened"), "current": N_("tui.diff.current")}
"""The versions that have a name rather than a number."""

SIGN_STYLES = {"+": "$success", "-": "$error", "~": "$warning", ">": "$secondary"}


def diff_content(old: dict[str, Any], new: dict[str, Any], lang: Any) -> Content:
    """The rendered difference as coloured lines."""
    lines = [plain_text(line) for line in render(diff(old, new), lang)]
    parts = [Content.styled(lines[0], "bold")]
    for line in lines[1:]:
        style = SIGN_STYLES.get(line[:1], "$text-muted")
        parts.append(Content.styled(line, style))
    return Content("\n").join(parts)


class DiffScreen(GameScreen[None]):
    """Two versions side by side in meaning; Escape goes back."""

    CSS_PATH = "teacher.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "tui.key.close", id="close"),
    ]
    """Escape goes back."""

    def __init__(self, versions: list[tuple[str, dict[str, Any]]], old: int, new: int) -> None:
        super().__init__()
        self.versions = versions
        self.old = old
        self.new = new

    @classmethod
    def of_data(cls, opened: dict[str, Any], current: dict[str, Any]) -> DiffScreen:
        """The work as it was opened against the work now (the editor's view)."""
        return cls([("opened", opened), ("current", current)], 0, 1)

    def compose(self) -> ComposeResult:
        options = [(self._version_name(label), n) for n, (label, _) in enumerate(self.versions)]
        with Horizontal(id="diff-pick"):
            yield Label(self.t("tui.diff.old"), classes="field-label")
            yield Select(options, value=self.old, allow_blank=False, id="diff-old", compact=True)
            yield Label(self.t("tui.diff.new"), classes="field-label")
            yield Select(options, value=self.new, allow_blank=False, id="diff-new", compact=True)
        with VerticalScroll(id="diff-body"):
            yield Static(id="diff-text")
        yield GameFooter()

    def _version_name(self, label: str) -> str:
        if label in VERSION_NAMES:
            return self.t(VERSION_NAMES[label])
        return label

    def on_mount(self) -> None:
        self.show()
        self.query_one("#diff-body").focus()

    def show(self) -> None:
        old = self.versions[self.old][1]
        new = self.versions[self.new][1]
        self.query_one("#diff-text", Static).update(diff_content(old, new, self.lang))

    @on(Select.Changed)
    def _picked(self, event: Select.Changed) -> None:
        value = event.value
        if not isinstance(value, int):
            return
        if event.select.id == "diff-old":
            self.old = value
        else:
            self.new = value
        self.show()

    def action_close(self) -> None:
        self.dismiss(None)
