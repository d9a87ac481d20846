"""How the teacher's lesson screens write a lesson's code and a table's cells.

Shared by the lessons list and the dashboard (split from
:mod:`burgerschap.tui.screens.dashboard`, which still offers both names).
"""

from __future__ import annotations

from rich.text import Text
from textual.dom import DOMNode

from burgerschap.scenario.plaintext import plain_text


def cell(node: DOMNode, text: str, style: str = "") -> Text:
    """A table cell: rich text (the table measures it), ``$success`` and the like from the theme.

    Plain text: a nickname or title is shown as typed, never read as markup.

    ``$text-muted`` becomes ``dim``; other ``$name`` parts take the theme's colour of that name.
    """
    theme = node.app.current_theme
    parts = []
    for part in style.split():
        if part == "$text-muted":
            parts.append("dim")
        elif part.startswith("$"):
            colour = getattr(theme, part[1:].replace("-", "_"), None)
            if isinstance(colour, str):
                parts.append(colour)
        else:
            parts.append(part)
    return Text(plain_text(text), style=" ".join(parts))


def show_code(code: str) -> str:
    """A code as written on the board: ``KMN-P47``."""
    return f"{code[:3]}-{code[3:]}" if len(code) == 6 else code
