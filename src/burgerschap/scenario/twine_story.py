"""A Twine story as read from a file, before it becomes a scenario.

Both readers produce a :class:`TwineStory`: the Twee 3 reader
(:mod:`burgerschap.scenario.twee`) and the Twine 2 HTML reader
(:mod:`burgerschap.scenario.twine_html`). The conversion to a draft scenario
(:mod:`burgerschap.scenario.twine_convert`) only sees this neutral form.

Everything in a Twine file is untrusted text: :func:`clean_text` strips
terminal escape sequences and control characters from every name and text
as it is read, so nothing the file holds can reach a terminal as a command.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from burgerschap.scenario.problems import Problem

_ESCAPE_SEQUENCE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI: colours, cursor movement
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC: window titles, hyperlinks
    r"|\x1b[PX^_][^\x1b]*(?:\x1b\\)?"  # DCS, SOS, PM, APC strings
    r"|\x1b[ -/]*[0-~]"  # two-character escapes
    r"|\x9b[0-?]*[ -/]*[@-~]"  # 8-bit CSI
)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
"""C0 and C1 controls and DEL; newline and tab stay."""


def clean_text(text: str) -> str:
    """``text`` without escape sequences and control characters (newline and tab stay).

    Line ends are made ``\\n`` first, so a ``\\r\\n`` file keeps its lines.
    A shared cleaning function for all outside text is being added elsewhere;
    this one covers what the Twine import needs until then.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", _ESCAPE_SEQUENCE.sub("", text))


@dataclass
class Passage:
    """One passage as written in the file."""

    name: str
    tags: list[str]
    metadata: dict[str, Any]
    """Twee 3 header metadata (``position``, ``size`` and any other key, kept as
    read), or the attributes of an HTML ``<tw-passagedata>`` other than ``pid``,
    ``name`` and ``tags``."""
    text: str
    line: int | None
    """The 1-based line of its ``::`` header or ``<tw-passagedata>`` tag."""


@dataclass
class TwineStory:
    """One story: its passages and what Twine says about it."""

    title: str
    passages: list[Passage]
    ifid: str | None = None
    """Twine's story id (a UUID), which stays the same when the story is edited."""
    format: str = ""
    """The story format as Twine names it: ``Harlowe``, ``SugarCube``, ``Chapbook``, ..."""
    format_version: str = ""
    start: str | None = None
    """The name of the start passage, when the file names one."""
    metadata: dict[str, Any] = field(default_factory=dict)
    """Other story data (Twee ``StoryData`` keys, ``<tw-storydata>`` attributes)."""
    problems: list[Problem] = field(default_factory=list)
    """What the reader could not make sense of (warnings naming the passage)."""
    filename: str = ""


def warning(code: str, passage: str, filename: str, line: int | None, **params: Any) -> Problem:
    """A warning about one passage; ``kind`` (when given) groups it in the summary."""
    return Problem(
        code, severity="warning", file=filename, line=line, params={"passage": passage, **params}
    )
