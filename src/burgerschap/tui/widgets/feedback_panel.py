"""What a choice did, shown until the student continues with Enter or space."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.widgets import Static

from burgerschap.tui.text import lang_of, localize_bindings


class FeedbackPanel(Static, can_focus=True):
    """Focusable text; Enter or space posts :class:`FeedbackPanel.Continue`."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "continue", "tui.key.continue", key_display="⏎", id="continue"),
        Binding("space", "continue", "tui.key.continue", show=False),
    ]
    """Enter or space: on with the story."""

    class Continue(Message):
        """The student read the feedback and wants to go on."""

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__("", id=id, classes=classes, markup=False)
        localize_bindings(self, lang_of(self))

    def action_continue(self) -> None:
        self.post_message(self.Continue())


def answer_review(options: list[tuple[str, bool]], chosen: int, yours: str) -> Content:
    """The options as shown, the right one ticked and a wrong choice crossed.

    Args:
        options: ``(text, correct)`` in the order the student saw them.
        chosen: The position of the student's answer in ``options``.
        yours: The label put after the student's answer ("your answer").
    """
    lines: list[Content] = []
    for position, (text, correct) in enumerate(options):
        mine = position == chosen
        if correct:
            mark, style = "✓", "bold $success"
        elif mine:
            mark, style = "✗", "bold $error"
        else:
            mark, style = " ", "$text-muted"
        line = Content.assemble(
            (f"{mark} ", style), (text, style if mark != " " else "$text-muted")
        )
        if mine:
            line = Content.assemble(line, (f"  ← {yours}", "italic $text-muted"))
        lines.append(line)
    return Content("\n").join(lines)
