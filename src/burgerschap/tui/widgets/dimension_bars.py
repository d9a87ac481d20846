"""Scores as bars: points against the most a scenario allows, the last change, a remark.

A student's bar counts points: it is empty before the first choice and grows
with every point, down to an eighth of a cell (:func:`fill`), so "+1
Participatie" always moves it. A negative total is drawn as what it is: a
bar of its own colour and sign, never a silent zero. The same widget shows
percentages (a quiz, the teacher's class means) with ``most=100``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual.content import Content
from textual.reactive import reactive
from textual.widget import Widget

FULL = "█"
EMPTY = "░"
BELOW = "▒"
"""A negative total: drawn in the error colour and unlike a filled bar, also without colour."""
EIGHTHS = " ▏▎▍▌▋▊▉"
"""A cell filled for 0-7 eighths, from the left."""
MINUS = "−"


@dataclass(frozen=True)
class Bar:
    """One dimension as shown."""

    label: str
    value: int
    """Points so far (or a percentage, with ``most`` 100)."""
    delta: int = 0
    """The raw change of the last move (shown as ▲ or ▼)."""
    note: str | None = None
    """A sentence under the bar (the results screen's feedback)."""
    most: int = 100
    """The value of a full bar: the most this scenario allows (0: it allows none)."""
    out_of: bool = False
    """Show the value as ``value/most`` (points) rather than on its own (a percentage)."""
    description: str | None = None
    """What the dimension means, under its label."""

    @property
    def percent(self) -> int:
        """The value of a bar of percentages (a quiz round, a class's means)."""
        return self.value


def fill(value: int, most: int, room: int) -> str:
    """The filled part of a bar of ``room`` cells for a positive ``value``.

    Whole cells, then one partial cell in eighths; at least one eighth for any
    point, and one more eighth for every point as long as ``room * 8 >= most``.
    Empty for zero or less (a negative total is drawn by :func:`below`).
    """
    if value <= 0 or most <= 0 or room <= 0:
        return ""
    eighths = max(1, room * 8 * min(value, most) // most)
    whole, part = divmod(eighths, 8)
    return FULL * whole + (EIGHTHS[part] if part else "")


def below(value: int, most: int, room: int) -> int:
    """How many cells a negative ``value`` covers: at least one, at most the bar."""
    if value >= 0 or room <= 0:
        return 0
    scale = most if most > 0 else room
    return min(room, max(1, -(-room * -value // scale)))


def number(value: int) -> str:
    """``value`` with a real minus sign."""
    return f"{MINUS}{-value}" if value < 0 else str(value)


def value_text(bar: Bar) -> str:
    """What follows the bar: ``3/9`` for points, `` 67`` for a percentage."""
    if bar.out_of and bar.most > 0:
        # As wide as a full bar's value, so the bar keeps its length as the points grow.
        return f" {number(bar.value)}/{bar.most}".rjust(len(f" {bar.most}/{bar.most}"))
    return f" {number(bar.value):>3}"


class DimensionBars(Widget):
    """A labelled bar per dimension; set :attr:`bars` to update."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "dimension-bars--label",
        "dimension-bars--fill",
        "dimension-bars--empty",
        "dimension-bars--below",
        "dimension-bars--value",
        "dimension-bars--negative",
        "dimension-bars--up",
        "dimension-bars--down",
        "dimension-bars--note",
        "dimension-bars--description",
    }

    DEFAULT_CSS = """
    DimensionBars {
        height: auto;
        & > .dimension-bars--label { text-style: bold; }
        & > .dimension-bars--fill { color: $success; }
        & > .dimension-bars--empty { color: $foreground 25%; }
        & > .dimension-bars--below { color: $error; }
        & > .dimension-bars--value { color: $foreground; text-style: bold; }
        & > .dimension-bars--negative { color: $error; text-style: bold; }
        & > .dimension-bars--up { color: $success; text-style: bold; }
        & > .dimension-bars--down { color: $error; text-style: bold; }
        & > .dimension-bars--note { color: $foreground 80%; }
        & > .dimension-bars--description { color: $text-muted; text-style: italic; }
    }
    """

    bars: reactive[tuple[Bar, ...]] = reactive(())

    def watch_bars(self, old: tuple[Bar, ...], new: tuple[Bar, ...]) -> None:
        # A new layout only when the height may change: a full layout per
        # move would cost a frame the bars do not need.
        shape = [(b.label, b.note, b.description) for b in old] != [
            (b.label, b.note, b.description) for b in new
        ]
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
            if bar.description:
                lines.append(
                    Content.styled(
                        bar.description, style("dimension-bars--description", partial=True)
                    )
                )
            lines.append(self._bar_line(bar, width))
            if bar.note:
                lines.append(Content.styled(bar.note, style("dimension-bars--note", partial=True)))
        return Content("\n").join(lines)

    def _bar_line(self, bar: Bar, width: int) -> Content:
        style = self.get_visual_style
        value = value_text(bar)
        room = max(width - len(value), 1)
        kind = "negative" if bar.value < 0 else "value"
        shown = (value, style(f"dimension-bars--{kind}", partial=True))
        negative = below(bar.value, bar.most, room)
        if negative:
            return Content.assemble(
                (BELOW * negative, style("dimension-bars--below", partial=True)),
                (EMPTY * (room - negative), style("dimension-bars--empty", partial=True)),
                shown,
            )
        filled = fill(bar.value, bar.most, room)
        return Content.assemble(
            (filled, style("dimension-bars--fill", partial=True)),
            (EMPTY * (room - len(filled)), style("dimension-bars--empty", partial=True)),
            shown,
        )
