"""Scores as bars: each dimension on 0-100, with the last change and a remark."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual.content import Content
from textual.reactive import reactive
from textual.widget import Widget

FULL = "█"
EMPTY = "░"


@dataclass(frozen=True)
class Bar:
    """One dimension as shown."""

    label: str
    percent: int
    """0-100, relative to what the scenario allows."""
    delta: int = 0
    """The raw change of the last move (shown as ▲ or ▼)."""
    note: str | None = None
    """A sentence under the bar (the results screen's feedback)."""


class DimensionBars(Widget):
    """A labelled bar per dimension; set :attr:`bars` to update."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "dimension-bars--label",
        "dimension-bars--fill",
        "dimension-bars--empty",
        "dimension-bars--value",
        "dimension-bars--up",
        "dimension-bars--down",
        "dimension-bars--note",
    }

    DEFAULT_CSS = """
    DimensionBars {
        height: auto;
        & > .dimension-bars--label { text-style: bold; }
        & > .dimension-bars--fill { color: $success; }
        & > .dimension-bars--empty { color: $foreground 25%; }
        & > .dimension-bars--value { color: $foreground; text-style: bold; }
        & > .dimension-bars--up { color: $success; text-style: bold; }
        & > .dimension-bars--down { color: $error; text-style: bold; }
        & > .dimension-bars--note { color: $foreground 80%; }
    }
    """

    bars: reactive[tuple[Bar, ...]] = reactive(())

    def watch_bars(self, old: tuple[Bar, ...], new: tuple[Bar, ...]) -> None:
        # A new layout only when the height may change: a full layout per
        # move would cost a frame the bars do not need.
        shape = [(b.label, b.note) for b in old] != [(b.label, b.note) for b in new]
        self.refresh(layout=shape)

    def render(self) -> Content:
        width = max(self.content_size.width, 8)
        style = self.get_visual_style
        lines: list[Content] = []
        for n, bar in enumerate(self.bars):
            if n:
                lines.append(Content(""))
            label = Content.styled(bar.label, style("dimension-bars--label", partial=True))
            if bar.delta:
                arrow, kind = ("▲", "up") if bar.delta > 0 else ("▼", "down")
                change = f" {arrow}{abs(bar.delta)}"
                label = Content.assemble(
                    label.truncate(max(width - len(change), 1), ellipsis=True),
                    (change, style(f"dimension-bars--{kind}", partial=True)),
                )
            lines.append(label)
            value = f" {bar.percent:>3}"
            room = max(width - len(value), 1)
            filled = round(room * bar.percent / 100)
            lines.append(
                Content.assemble(
                    (FULL * filled, style("dimension-bars--fill", partial=True)),
                    (EMPTY * (room - filled), style("dimension-bars--empty", partial=True)),
                    (value, style("dimension-bars--value", partial=True)),
                )
            )
            if bar.note:
                lines.append(Content.styled(bar.note, style("dimension-bars--note", partial=True)))
        return Content("\n").join(lines)
