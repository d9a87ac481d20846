"""The lines of a YAML file as keys, list items and lines of text, with their indentation.

What :mod:`burgerschap.scenario.yamlhints` reads when libyaml has given up on
a file: not YAML, but what each line looks like (a key, a ``-``, text) and
how far it is indented; blocks of text (``text: |``) are told apart from the
keys around them, and a line of such text that stands left of its key is a
"stray".
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

_KEY = re.compile(r"""(?P<key>[\w][\w.-]*|'[^'\n]*'|"[^"\n]*")[ \t]*:(?=[ \t]|$)""")
NO_SPACE = re.compile(r"(?P<key>[\w][\w-]*):(?=[^\s:/])")
"""A key with no space after its ':', such as ``title:Het plein``."""
_WORD = re.compile(r"[\w][\w-]*[ \t]*")
"""A key without its ':', where a key would stand."""
_BLOCK = re.compile(r"(^|[ \t])[|>][0-9+-]*[ \t]*(#.*)?$")


@dataclass(frozen=True)
class Line:
    """One line that holds a key, a list item or a value."""

    number: int
    """1-based."""
    indent: int
    """Spaces before the first character."""
    item: bool
    """The line starts an item of a list (``- ``)."""
    key: str | None
    """The key the line starts with (after the ``- `` of an item)."""
    key_col: int
    """0-based column of that key, or of the value after ``- ``."""
    colon: int
    """0-based column of the key's ``:``; -1 without a key."""
    content: str
    """The line from its key (or value) on."""

    @property
    def opens(self) -> bool:
        """The line ends at its key: what belongs to the key follows on the next lines."""
        return self.key is not None and self.content.rstrip().endswith(":")


@dataclass(frozen=True)
class Level:
    """A key or a list item still open at some line: what a line can line up with."""

    kind: str
    """``key`` or ``item``."""
    col: int
    line: Line


@dataclass(frozen=True)
class TextLine:
    """A line of a block of text (``text: |`` or ``>-``) and the block it is in."""

    line: Line
    owner: Line
    """The line with the ``|`` or ``>``."""
    first: Line
    """The block's first line: it sets how far every line of the block is indented."""


class Lines:
    """The lines of a file as keys, list items and text."""

    def __init__(self, text: str) -> None:
        self.lines: list[Line | None] = []
        """Lines with a key, an item or a value; None for blank lines, comments and text."""
        self.texts: dict[int, TextLine] = {}
        """The lines of blocks of text, by number."""
        self.strays: dict[int, TextLine] = {}
        """Lines of text that stand at or left of the key of the block they follow, by
        number. They end the block, so they cannot be read."""
        owner: Line | None = None
        first: Line | None = None
        for number, raw in enumerate(text.split("\n"), 1):
            line = _read(number, raw.rstrip("\r"))
            if line is not None and owner is not None:
                col = owner_col(owner)
                plain = line.key is None and not line.item
                if line.indent > col and (first is None or plain or line.indent >= first.indent):
                    first = first or line
                    self.texts[number] = TextLine(line, owner, first)
                    line = None
                elif plain and not (line.indent == col and _WORD.fullmatch(line.content)):
                    self.strays[number] = TextLine(line, owner, first or line)
                    line = None
                else:
                    owner = first = None
            self.lines.append(line)
            if line is not None and _BLOCK.search(line.content):
                owner = line

    def __len__(self) -> int:
        return len(self.lines)

    def get(self, number: int) -> Line | None:
        return self.lines[number - 1]

    def above(self, number: int) -> list[Line]:
        """The lines above ``number`` that hold a key, an item or a value, nearest first."""
        return [line for line in reversed(self.lines[: number - 1]) if line is not None]

    def below(self, number: int) -> list[Line]:
        return [line for line in self.lines[number:] if line is not None]

    def stray_before(self, number: int) -> int | None:
        """The first stray line of text (see :attr:`strays`) of the text that ends at
        line ``number``: libyaml may only notice a few lines later."""
        found = None
        for at in range(number, 0, -1):
            if at in self.strays:
                found = at
            elif self.lines[at - 1] is not None and at != number:
                break
        return found

    def open_levels(self, number: int) -> list[Level]:
        """The keys and list items still open at line ``number``, nearest first.

        Walking up, a line counts when it is indented less than every line
        after it: the last key of each mapping around, the last item of each list.
        """
        levels: list[Level] = []
        limit: float = math.inf
        for line in self.above(number):
            if line.key is None and not line.item:
                continue
            if line.key is not None and line.key_col < limit:
                levels.append(Level("key", line.key_col, line))
            if line.item and line.indent < limit:
                levels.append(Level("item", line.indent, line))
            limit = min(limit, line.indent)
            if limit == 0:
                break
        return levels


def owner_col(owner: Line) -> int:
    return owner.key_col if owner.key is not None else owner.indent


def _read(number: int, raw: str) -> Line | None:
    stripped = raw.lstrip(" ")
    if not stripped or stripped.startswith(("#", "\t")):
        return None
    indent = len(raw) - len(stripped)
    item = stripped == "-" or stripped.startswith(("- ", "-\t"))
    rest = stripped[1:].lstrip(" \t") if item else stripped
    key_col = len(raw) - len(rest)
    match = _KEY.match(rest)
    key = match.group("key").strip("'\"") if match else None
    colon = key_col + match.end() - 1 if match else -1
    return Line(number, indent, item, key, key_col, colon, rest)
