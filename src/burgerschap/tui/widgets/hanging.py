"""A label with text beside it that wraps under itself, not under the label.

``1  Je stuurt het door naar je futsalteam:`` continues on the next line
below "Je", so a numbered choice or a marked answer stays readable when it
wraps. A :class:`Stack` puts such lines (or any other visual) on top of each
other.
"""

from __future__ import annotations

from textual.content import Content
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual


class Hanging(Visual):
    """``label`` then ``body``; wrapped lines of the body start under the body.

    Before the wrapped lines stands ``rest`` (blank by default; a quote's
    mark, for instance), as wide as ``label``.
    """

    def __init__(self, label: Content, body: Content, rest: Content | None = None) -> None:
        self.label = label
        self.body = body
        self.rest = rest
        self.indent = label.cell_length

    def __str__(self) -> str:
        return self.label.plain + self.body.plain

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        room = max(container_width - self.indent, 1)
        return self.indent + self.body.get_optimal_width(rules, room)

    def get_height(self, rules: RulesMap, width: int) -> int:
        return self.body.get_height(rules, max(width - self.indent, 1))

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        room = max(width - self.indent, 1)
        body = self.body.render_strips(room, height, style, options)
        blank = Strip.blank(self.indent, style.rich_style)
        label = self.label.render_strips(self.indent, 1, style, options)
        first = label[0] if label else blank
        rest = self.rest.render_strips(self.indent, 1, style, options) if self.rest else []
        after = rest[0] if rest else blank
        return [
            Strip.join([after if n else first, line.extend_cell_length(room, style.rich_style)])
            for n, line in enumerate(body)
        ]


Line = Content | Hanging


class Stack(Visual):
    """Visuals on top of each other: :class:`Content`, :class:`Hanging` lines, others."""

    def __init__(self, lines: list[Line] | list[Visual]) -> None:
        self.lines: list[Visual] = list(lines)

    def __str__(self) -> str:
        """The plain text, one line per line (for tests and logs)."""
        return "\n".join(
            line.plain if isinstance(line, Content) else str(line) for line in self.lines
        )

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return max(
            (line.get_optimal_width(rules, container_width) for line in self.lines), default=0
        )

    def get_height(self, rules: RulesMap, width: int) -> int:
        return sum(max(line.get_height(rules, width), 1) for line in self.lines)

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        strips: list[Strip] = []
        for line in self.lines:
            rendered = line.render_strips(width, None, style, options)
            strips.extend(rendered or [Strip.blank(width, style.rich_style)])
        return strips


def indented(indent: int, body: Content | str) -> Hanging:
    """``body`` indented by ``indent`` cells, wrapped lines too."""
    return Hanging(Content(" " * indent), Content(body) if isinstance(body, str) else body)
