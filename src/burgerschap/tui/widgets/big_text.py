"""Text three rows high, for a join code on the board and numbers on a projector.

The glyphs cover the join-code alphabet (:data:`burgerschap.classroom.codes.ALPHABET`),
every digit, ``%``, ``-`` and the space, drawn with the same heavy box lines
as Textual's ``Digits``. Any other character is drawn in the middle row as is.
"""

from __future__ import annotations

from textual.content import Content
from textual.geometry import Size
from textual.reactive import reactive
from textual.widget import Widget

GLYPHS: dict[str, tuple[str, str, str]] = {
    "0": ("┏━┓", "┃ ┃", "┗━┛"),
    "1": ("╺┓ ", " ┃ ", "╺┻╸"),
    "2": ("╺━┓", "┏━┛", "┗━╸"),
    "3": ("╺━┓", " ━┫", "╺━┛"),
    "4": ("╻ ╻", "┗━┫", "  ╹"),
    "5": ("┏━╸", "┗━┓", "╺━┛"),
    "6": ("┏━╸", "┣━┓", "┗━┛"),
    "7": ("╺━┓", "  ┃", "  ╹"),
    "8": ("┏━┓", "┣━┫", "┗━┛"),
    "9": ("┏━┓", "┗━┫", "╺━┛"),
    "C": ("┏━╸", "┃  ", "┗━╸"),
    "F": ("┏━╸", "┣━ ", "╹  "),
    "H": ("╻ ╻", "┣━┫", "╹ ╹"),
    "J": ("  ╻", "  ┃", "┗━┛"),
    "K": ("╻ ╱", "┣┫ ", "╹ ╲"),
    "M": ("┏┳┓", "┃┃┃", "╹ ╹"),
    "N": ("┏┓╻", "┃┃┃", "╹┗┛"),
    "P": ("┏━┓", "┣━┛", "╹  "),
    "R": ("┏━┓", "┣┳┛", "╹┗╸"),
    "T": ("╺┳╸", " ┃ ", " ╹ "),
    "W": ("╻ ╻", "┃┃┃", "┗┻┛"),
    "X": ("╲ ╱", " ╳ ", "╱ ╲"),
    "Y": ("╻ ╻", "┗┳┛", " ╹ "),
    "%": ("╻ ╱", " ╱ ", "╱ ╹"),
    "-": ("   ", "╺━╸", "   "),
    " ": ("   ", "   ", "   "),
}


def big_lines(text: str, spacing: int = 1) -> list[str]:
    """``text`` as three lines of glyphs, ``spacing`` columns apart."""
    rows: list[list[str]] = [[], [], []]
    for char in text.upper():
        glyph = GLYPHS.get(char, (" ", char, " "))
        for row, part in zip(rows, glyph, strict=True):
            row.append(part)
    gap = " " * spacing
    return [gap.join(row) for row in rows]


def big_width(text: str, spacing: int = 1) -> int:
    return len(big_lines(text, spacing)[0]) if text else 0


class BigText(Widget):
    """``text`` three rows high; falls back to one plain bold row when the room is too narrow."""

    DEFAULT_CSS = """
    BigText {
        width: auto;
        height: 3;
        color: $accent;
        text-style: bold;
    }
    """

    text: reactive[str] = reactive("", layout=True)

    def __init__(
        self, text: str = "", *, spacing: int = 1, id: str | None = None, classes: str | None = None
    ) -> None:
        super().__init__(id=id, classes=classes)
        self.spacing = spacing
        self.set_reactive(BigText.text, text)

    def get_content_width(self, container: Size, viewport: Size) -> int:
        return big_width(self.text, self.spacing)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return 3

    def render(self) -> Content:
        lines = big_lines(self.text, self.spacing)
        if self.size.width and len(lines[0]) > self.size.width:
            return Content(f"\n{self.text}\n")
        return Content("\n".join(lines))
