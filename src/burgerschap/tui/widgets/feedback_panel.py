"""What a choice did, shown until the student continues with Enter or space.

The text scrolls inside the panel (the arrows, PgUp and PgDn), so a long
explanation with its source is never cut off; the hint to continue stands
outside the panel, always in view (the screen places it).
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.visual import VisualType
from textual.widgets import Static

from burgerschap.tui.widgets.hanging import Hanging, Line


class FeedbackPanel(VerticalScroll, can_focus=True):
    """Focusable, scrolling text; Enter or space posts :class:`FeedbackPanel.Continue`.

    The text itself is a :class:`~textual.widgets.Static` with id ``body_id``.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "continue", "tui.key.continue", key_display="⏎", id="continue"),
        Binding("space", "continue", "tui.key.continue", show=False),
    ]
    """Enter or space: on with the story (the arrows and PgUp/PgDn scroll)."""

    DEFAULT_CSS = """
    FeedbackPanel {
        height: auto;
        scrollbar-size-vertical: 1;
        & > Static { height: auto; }
    }
    """

    class Continue(Message):
        """The student read the feedback and wants to go on."""

    def __init__(self, *, body_id: str, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.body_id = body_id

    def compose(self) -> ComposeResult:
        yield Static("", id=self.body_id, markup=False)

    def update(self, text: VisualType) -> None:
        """Show ``text`` from its top."""
        self.query_one(f"#{self.body_id}", Static).update(text)
        self.scroll_home(animate=False)

    def action_continue(self) -> None:
        self.post_message(self.Continue())


def answer_review(options: list[tuple[str, bool]], chosen: int, yours: str) -> list[Line]:
    """The options as shown, the right one ticked and a wrong choice crossed.

    One line per option; a long option wraps under its own text, not under the mark.

    Args:
        options: ``(text, correct)`` in the order the student saw them.
        chosen: The position of the student's answer in ``options``.
        yours: The label put after the student's answer ("your answer").
    """
    lines: list[Line] = []
    for position, (text, correct) in enumerate(options):
        mine = position == chosen
        if correct:
            mark, style = "✓", "bold $success"
        elif mine:
            mark, style = "✗", "bold $error"
        else:
            mark, style = " ", "$text-muted"
        body = Content.styled(text, style if mark != " " else "$text-muted")
        if mine:
            body = Content.assemble(body, (f"  ← {yours}", "italic $text-muted"))
        lines.append(Hanging(Content.styled(f"{mark} ", style), body))
    return lines
