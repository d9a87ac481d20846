"""What share of the class chose each option: a numbered text and a wide bar per option.

Made for the debrief on a projector: the bars use the whole width, the
percentage is bold at the end of the bar, and no name is ever shown (the
data has none). The count in brackets tells how many students that is.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual.content import Content
from textual.reactive import reactive
from textual.widget import Widget

FULL = "█"
EMPTY = "░"


@dataclass(frozen=True)
class Share:
    """One option as shown."""

    text: str
    count: int
    share: float
    """0..1."""
    percent: int
    """``share`` as the whole percentage shown (the shares of one node add up to 100)."""
    mark: str = ""
    """A sign before the text: ``✓`` for a right answer, for example."""


class ShareBars(Widget):
    """A bar per option; set :attr:`shares` to update."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "share-bars--number",
        "share-bars--text",
        "share-bars--mark",
        "share-bars--fill",
        "share-bars--empty",
        "share-bars--value",
        "share-bars--top",
    }

    DEFAULT_CSS = """
    ShareBars {
        height: auto;
        & > .share-bars--number { color: $accent; text-style: bold; }
        & > .share-bars--text { text-style: bold; }
        & > .share-bars--mark { color: $success; text-style: bold; }
        & > .share-bars--fill { color: $secondary; }
        & > .share-bars--top { color: $accent; }
        & > .share-bars--empty { color: $foreground 30%; }
        & > .share-bars--value { color: $foreground; text-style: bold; }
    }
    """

    shares: reactive[tuple[Share, ...]] = reactive((), layout=True)

    def render(self) -> Content:
        width = max(self.content_size.width, 16)
        style = self.get_visual_style
        top = max((s.count for s in self.shares), default=0)
        lines: list[Content] = []
        for n, item in enumerate(self.shares, start=1):
            if n > 1:
                lines.append(Content(""))
            number = f"{n:>2}  "
            text = Content.assemble(
                (f"{item.mark} " if item.mark else "", style("share-bars--mark", partial=True)),
                (item.text, style("share-bars--text", partial=True)),
            )
            # Wrapped lines hang under the text, so the numbers stand out.
            for row, line in enumerate(text.wrap(max(width - len(number), 8))):
                lead = (number, style("share-bars--number", partial=True)) if row == 0 else " " * 4
                lines.append(Content.assemble(lead, line))
            value = f" {item.percent:>3}% ({item.count})"
            room = max(width - len(number) - len(value), 1)
            filled = round(room * item.share)
            fill = "share-bars--top" if item.count and item.count == top else "share-bars--fill"
            lines.append(
                Content.assemble(
                    " " * len(number),
                    (FULL * filled, style(fill, partial=True)),
                    (EMPTY * (room - filled), style("share-bars--empty", partial=True)),
                    (value, style("share-bars--value", partial=True)),
                )
            )
        return Content("\n").join(lines)
