"""What the readers of Twine passage markup share: links, findings, scan state, helpers.

The scanner (:mod:`burgerschap.scenario.twine_links`) and the readers of
SugarCube macros (:mod:`burgerschap.scenario.twine_sugarcube`) and Chapbook
inserts (:mod:`burgerschap.scenario.twine_chapbook`) all build these.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Protocol

from burgerschap.scenario import twine_vars as tv
from burgerschap.scenario.twine_vars import Assignment, Guard

FORMATS = ("harlowe", "sugarcube", "chapbook", "snowman")
LINK = "\x00"
"""Marks a link's place in the scanned text (``\\x00n\\x00``); control characters
were removed from the input, so the marks cannot clash with it."""
GONE = "\x01"
"""Marks where markup was removed, so that a line left empty can be dropped."""
EXTERNAL = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)
_STRING = re.compile(r"\"((?:[^\"\\]|\\.)*)\"|'((?:[^'\\]|\\.)*)'")
_MARK = re.compile(f"{LINK}(\\d+){LINK}")
ALWAYS = Guard()
"""No condition."""


@dataclass
class Link:
    """A way on: the words shown, the target passage, what it changes, when it is offered."""

    text: str
    target: str | None
    """The passage it leads to; None for a back link (the previous passage)."""
    form: str
    """How it was written, e.g. ``[[...]]`` or ``(link-goto:)``."""
    assignments: list[Assignment] = field(default_factory=list)
    guard: Guard = ALWAYS


@dataclass(frozen=True)
class Finding:
    """Markup that could not be carried over, of one ``kind`` (e.g. ``(set:)``)."""

    code: str
    kind: str
    example: str


@dataclass
class ParsedPassage:
    text: str
    """What a student sees: links as their words, lines of only links left out."""
    links: list[Link]
    assignments: list[Assignment]
    """Changes made by the passage itself (they apply to every way into it)."""
    findings: list[Finding]


@dataclass
class LinkBody:
    """What the body of a link macro holds: its go-to and its changes."""

    target: str | None = None
    assignments: list[Assignment] = field(default_factory=list)


@dataclass(frozen=True)
class Context:
    """Where the scanner is: under which condition, inside which link's body."""

    guard: Guard = ALWAYS
    body: LinkBody | None = None
    """Set inside ``(link:)[...]`` or ``<<link>>...<</link>>``: the go-to and changes found."""
    conditional: bool = False
    """Inside a condition that could not be read: changes here are not certain."""


def formats_for(story_format: str) -> frozenset[str]:
    """The link forms to read for a story format (all of them when it is unknown)."""
    name = story_format.strip().lower().replace(" ", "")
    return frozenset(f for f in FORMATS if name.startswith(f)) or frozenset(FORMATS)


def finish(raw: str, links: list[Link]) -> str:
    """Scanned text as shown: lines of only links and removed markup left out."""
    lines: list[str] = []
    for line in raw.split("\n"):
        bare = _MARK.sub("", line).replace(GONE, "")
        if bare != line and re.fullmatch(r"[\s\-*•|,.;]*", bare):
            continue
        line = _MARK.sub(lambda m: links[int(m.group(1))].text, line)
        # Where markup was taken out between words one space stays, before punctuation none.
        line = re.sub(f"[ \\t]*{GONE}+[ \\t]*(?=[.,!?;:)])", "", line)
        line = re.sub(f"(?<=\\S)[ \\t]*{GONE}+[ \\t]*(?=\\S)", " ", line)
        lines.append(re.sub(f"[ \\t]*{GONE}+[ \\t]*", "", line).rstrip())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")


def shown(scanned: str) -> str:
    """The words of scanned text that a student would see, without links."""
    return _MARK.sub("", scanned).replace(GONE, "")


LOOKAHEAD = 4_000_000
"""Characters a passage's searches for closing brackets and tags may read in all. A real
passage needs a few times its length; text built to make every search run to its end
(thousands of unclosed macros) stops here, and the rest of it is kept as text."""


class Lookahead:
    """The forward searches of one passage: remembered, and within :data:`LOOKAHEAD`.

    The scanner moves forward, so a search for the next ``]]`` or ``>>`` that
    found nothing (or something further on) need not run again: without this,
    a passage of many unclosed ``[[`` reads the rest of the passage at each.
    """

    def __init__(self, budget: int = LOOKAHEAD) -> None:
        self.budget = budget
        self._found: dict[tuple[str, str], tuple[int, int, int]] = {}
        self._patterns: dict[str, re.Pattern[str]] = {}

    def search(self, text: str, pattern: str, start: int) -> tuple[int, int] | None:
        """Where ``pattern`` (a regular expression) first matches from ``start``."""
        key = (text, pattern)
        cached = self._found.get(key)
        if cached is not None and cached[0] <= start and (cached[1] < 0 or cached[1] >= start):
            return None if cached[1] < 0 else (cached[1], cached[2])
        compiled = self._patterns.setdefault(pattern, re.compile(pattern, re.IGNORECASE))
        match = compiled.search(text, start)
        found = (match.start(), match.end()) if match else (-1, -1)
        self._found[key] = (start, *found)
        return found if match else None

    def find(self, text: str, token: str, start: int) -> int:
        """``text.find(token, start)``, remembered."""
        found = self.search(text, re.escape(token), start)
        return found[0] if found else -1

    def end(self, text: str, start: int) -> int:
        """How far a search that counts brackets may read from ``start``."""
        return min(len(text), start + max(self.budget, 0))

    def spend(self, start: int, stop: int) -> None:
        self.budget -= max(stop - start, 0)


class Scanning(Protocol):
    """What the readers of one story format's markup ask of the scanner.

    :class:`burgerschap.scenario.twine_links.Scanner` is the one implementation;
    the SugarCube and Chapbook readers type against this protocol, so that they
    need not import the scanner that calls them (no import cycle).
    """

    assignments: list[Assignment]
    look: Lookahead

    def note(self, code: str, kind: str, example: str) -> None: ...

    def spent(self, start: int, stop: int, text: str) -> None: ...

    def add_link(self, link: Link) -> str: ...

    def assign(self, found: list[Assignment], ctx: Context, kind: str, source: str) -> None: ...

    def scan(self, text: str, ctx: Context) -> str: ...

    def guarded(
        self, body: str, guard: Guard | None, ctx: Context, kind: str, whole: str
    ) -> str: ...

    def go_to(self, targets: list[str] | None, ctx: Context, kind: str, whole: str) -> str: ...


def split_link(inner: str) -> tuple[str, str]:
    """``(text, target)`` of the inside of ``[[...]]``, the way Twine reads it."""
    if "->" in inner:
        text, target = inner.rsplit("->", 1)
    elif "<-" in inner:
        target, text = inner.split("<-", 1)
    elif "|" in inner:
        text, target = inner.rsplit("|", 1)
    else:
        text = target = inner
    return text.strip(), target.strip()


def closing(text: str, start: int, open_char: str, close_char: str, end: int) -> int:
    """Where the bracket opened just before ``start`` closes before ``end`` (-1 if it does not).

    Quotes are followed inside parentheses (macro arguments), not inside hooks,
    whose text is prose with apostrophes.
    """
    depth, quote = 1, ""
    follow_quotes = open_char == "("
    for j in range(start, min(end, len(text))):
        char = text[j]
        if quote:
            if char == quote and text[j - 1] != "\\":
                quote = ""
        elif follow_quotes and char in "\"'":
            quote = char
        elif char == open_char:
            depth += 1
        elif char == close_char:
            depth -= 1
            if depth == 0:
                return j
    return -1


def string_args(args: str, separators: str) -> list[str] | None:
    """Arguments that are all quoted strings, unquoted; None when any is something else.

    ``separators`` is ``","`` for Harlowe and Chapbook; ``" "`` splits SugarCube's
    space-separated arguments.
    """
    if separators.strip():
        parts = tv.split_top(args, separators)
    else:
        parts = [
            m.group(0) for m in re.finditer(r"\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'|\S+", args)
        ]
    values: list[str] = []
    for part in parts:
        match = _STRING.fullmatch(part)
        if match is None:
            return None
        raw = match.group(1) if match.group(1) is not None else match.group(2)
        values.append(re.sub(r"\\(.)", r"\1", raw))
    return values


def negate_all(chain: list[Guard | None]) -> Guard | None:
    """The condition that none of the earlier branches held, when it can be written."""
    if not chain:
        return None
    result = Guard()
    for guard in chain:
        opposite = guard.negated() if guard is not None else None
        if opposite is None:
            return None
        result = result.both(opposite)
    return result


def branch_guard(key: str, own: Guard | None, chain: list[Guard | None]) -> Guard | None:
    """The condition of one branch of an if / else-if / else chain, when it can be written.

    ``key`` is ``if`` (or ``unless``, already negated in ``own``), ``elseif`` or
    ``else``; ``own`` is the branch's own condition (None when unreadable, or
    for ``else``). ``chain`` holds the earlier branches' own conditions; this
    branch is added to it.
    """
    if key in ("if", "unless"):
        chain.clear()
        chain.append(own)
        return own
    before = negate_all(chain)
    chain.append(own)
    if key == "else":
        return before
    return own.both(before) if own is not None and before is not None else None
