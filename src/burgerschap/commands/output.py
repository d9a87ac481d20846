"""Everything the command line writes goes through here: plain text, never a control character.

Scenario titles, lesson titles, nicknames, reflections, file names and problem
messages end up in a terminal. An escape character among them would let a
file steer that terminal (write the clipboard, type bytes back), so every
command writes with :func:`say` and :func:`write` (unsafe characters dropped,
see :mod:`burgerschap.scenario.plaintext`) and JSON with :func:`say_json`
(unsafe characters as ``\\u`` escapes, so the data stays whole). A test in
``tests/test_hostile_text.py`` runs every command on hostile text and reads
the bytes that came out.
"""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Any

from burgerschap.scenario.plaintext import escape_unsafe, plain_text


def say(*parts: object, err: bool = False, sep: str = " ", end: str = "\n") -> None:
    """As ``print``, made plain: to stdout, or to stderr with ``err``."""
    write(sep.join(str(p) for p in parts) + end, err=err)


def write(text: str, *, err: bool = False) -> None:
    """``text`` as it is, without unsafe characters; to stdout, or to stderr with ``err``."""
    (sys.stderr if err else sys.stdout).write(plain_text(text))


def json_text(data: Any) -> str:
    """``data`` as indented JSON whose unsafe characters are all ``\\u`` escapes.

    ``json.dumps`` escapes C0 controls itself; DEL, C1 and bidi overrides it
    leaves raw when it keeps non-ASCII text readable (``ensure_ascii=False``).
    """
    return escape_unsafe(json.dumps(data, ensure_ascii=False, indent=2))


def say_json(data: Any) -> None:
    """``data`` as JSON on stdout (see :func:`json_text`)."""
    sys.stdout.write(json_text(data) + "\n")


if TYPE_CHECKING:
    from rich.console import Console


def plain_console() -> Console:
    """A Rich console (for tables) that makes every string it draws plain text first.

    Rich turns each ``str`` it is given (printed, a table's title or cell)
    into text with ``render_str``; that is where this console drops unsafe
    characters. Its own styles (bold headers on a terminal) stay.
    Rich is imported only here: the other commands do not need it.
    """
    from rich.console import Console
    from rich.text import Text

    class PlainConsole(Console):
        def render_str(self, text: str, **kwargs: Any) -> Text:
            return super().render_str(plain_text(text), **kwargs)

    return PlainConsole(highlight=False, markup=False, soft_wrap=True)
