"""A node's text as one widget: its Markdown turned into lines of Textual content.

Textual's ``Markdown`` widget mounts a widget per paragraph, heading and list
item and lays them out over several frames, and the play screen replaces its
text on every move: a key press drew at once but only settled some 40 ms
later. :class:`StoryText` is a single widget. The Markdown is parsed once per
text (by markdown-it, the parser Textual and Rich use) into a
:class:`~burgerschap.tui.widgets.hanging.Stack` of lines that wrap under
themselves (a list item under its text, a quote behind its mark); a render
only wraps them to the width it is given.

What a scenario text may hold: paragraphs, headings, **bold**, *italic*,
~~struck~~ and ``code`` words, links, bullet and numbered lists (nested),
quotes, code blocks, rules and simple tables. Colours come from the theme's
variables, so the high-contrast theme applies here as everywhere else.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from markdown_it import MarkdownIt
from markdown_it.token import Token
from textual.content import Content
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual
from textual.widgets import Static

from burgerschap.tui.widgets.hanging import Hanging, Stack

QUOTE_MARK = "▌ "
BULLETS = ("• ", "◦ ", "▪ ")
"""Bullets by depth: a nested list is told apart from its parent."""
INLINE_STYLES = {"strong_open": "bold", "em_open": "italic", "s_open": "strike"}


class Rule(Visual):
    """A horizontal line across the width (Markdown's ``---``), after ``label`` (a quote's mark)."""

    def __init__(self, label: Content) -> None:
        self.label = label

    def __str__(self) -> str:
        return f"{self.label.plain}───"

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return self.label.cell_length + 3

    def get_height(self, rules: RulesMap, width: int) -> int:
        return 1

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        room = max(width - self.label.cell_length, 0)
        line = self.label + Content.styled("─" * room, "$text-muted")
        return line.render_strips(width, height, style, options)


@cache
def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark").enable(["strikethrough", "table"])


def inline_content(children: Sequence[Token], style: str = "") -> Content:
    """The words of an inline token: emphasis, code and links styled, breaks kept."""
    pieces: list[tuple[str, str]] = []
    styles = [style] if style else []
    links: list[tuple[int, int, str]] = []
    starts: list[tuple[int, str]] = []
    offset = 0
    for child in children:
        kind = child.type
        text: str | None = None
        if kind in ("text", "html_inline"):
            text = child.content
        elif kind == "softbreak":
            text = " "
        elif kind == "hardbreak":
            text = "\n"
        elif kind == "code_inline":
            pieces.append((child.content, " ".join([*styles, "$text-secondary"])))
            offset += len(child.content)
        elif kind == "image":
            text = child.content or str(child.attrGet("alt") or "")
        elif kind in INLINE_STYLES:
            styles.append(INLINE_STYLES[kind])
        elif kind == "link_open":
            styles.append("underline")
            starts.append((offset, str(child.attrGet("href") or "")))
        elif kind == "link_close" and starts:
            styles.pop()
            start, href = starts.pop()
            links.append((start, offset, href))
        elif kind.endswith("_close") and kind.replace("_close", "_open") in INLINE_STYLES:
            styles.pop()
        if text:
            pieces.append((text, " ".join(styles)))
            offset += len(text)
    content = Content.assemble(*pieces)
    for start, end, href in links:
        if href:
            content = content.stylize(Style(link=href), start, end)
    return content


@dataclass
class _Item:
    """A list item being read: its marker until its first block has used it."""

    marker: str
    used: bool = False


def parse(markdown: str) -> list[Visual]:
    """The lines of a Markdown text, in order: blank lines between its blocks."""
    blocks: list[Visual] = []
    frames: list[_Item | None] = []  # None: a quote; an _Item: a list item
    numbers: list[int | None] = []  # per open list: the next number, or None for bullets
    heading = ""
    row: list[Content] | None = None
    # Blank lines: a list is set off from what comes before it, but a list in
    # a list is not, nor are the items of a tight list, nor a table's rows.
    opened: bool | None = None  # a list just opened: True at the top, False nested
    tight = False
    rows = 0
    quoted = 0  # the quotes the last block stood in

    def add(body: Content, *, rule: bool = False) -> None:
        nonlocal opened, quoted
        first: list[Content] = []
        rest: list[Content] = []
        for frame in frames:
            if frame is None:
                mark = Content.styled(QUOTE_MARK, "$primary")
                first.append(mark)
                rest.append(mark)
            else:
                pad = Content(" " * len(frame.marker))
                first.append(pad if frame.used else Content.styled(frame.marker, "$accent"))
                rest.append(pad)
                frame.used = True
        gap = opened if opened is not None else not (tight or rows > 1)
        opened = None
        quotes = frames.count(None)
        if gap and blocks:  # inside a quote, its mark runs on through the blank line
            depth = min(quotes, quoted)
            blocks.append(Content.styled((QUOTE_MARK * depth).rstrip(), "$primary"))
        quoted = quotes
        label = Content("").join(first)
        if rule:
            blocks.append(Rule(label))
        elif label:
            blocks.append(Hanging(label, body, Content("").join(rest)))
        else:
            blocks.append(body)

    for token in _parser().parse(markdown):
        kind = token.type
        if kind == "blockquote_open":
            frames.append(None)
        elif kind in ("bullet_list_open", "ordered_list_open"):
            start = token.attrGet("start")
            numbers.append(int(start or 1) if kind == "ordered_list_open" else None)
            opened = len(numbers) == 1
        elif kind in ("bullet_list_close", "ordered_list_close"):
            numbers.pop()
        elif kind == "list_item_open":
            number = numbers[-1]
            if number is None:
                marker = BULLETS[(len(numbers) - 1) % len(BULLETS)]
            else:
                marker = f"{number}. "
                numbers[-1] = number + 1
            frames.append(_Item(marker))
        elif kind in ("blockquote_close", "list_item_close"):
            frames.pop()
        elif kind == "paragraph_open":
            tight = token.hidden  # markdown-it hides the paragraphs of a tight list
        elif kind == "paragraph_close":
            tight = False
        elif kind == "heading_open":
            level = int(token.tag[1:])
            heading = f"$markdown-h{level}-color $markdown-h{level}-text-style"
        elif kind == "heading_close":
            heading = ""
        elif kind == "tr_open":
            row = []
            rows += 1
        elif kind == "tr_close" and row is not None:
            add(Content(" │ ").join(row))
            row = None
        elif kind == "table_close":
            rows = 0
        elif kind == "inline":
            body = inline_content(token.children or [], heading)
            if row is not None:
                row.append(body)
            else:
                add(body)
        elif kind in ("fence", "code_block"):
            add(Content.styled(token.content.rstrip("\n"), "$text-secondary"))
        elif kind == "hr":
            add(Content(), rule=True)
        elif kind == "html_block":
            add(Content(token.content.rstrip("\n")))
    return blocks


class StoryText(Static):
    """Markdown shown in one widget, in one frame."""

    DEFAULT_CSS = """
    StoryText {
        height: auto;
    }
    """

    def __init__(self, markdown: str = "", *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self.markdown = markdown
        if markdown:
            self.show(markdown)

    def show(self, markdown: str) -> None:
        """Replace the text with ``markdown``."""
        self.markdown = markdown
        self.update(Stack(parse(markdown)))
