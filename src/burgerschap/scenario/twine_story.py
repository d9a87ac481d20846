"""A Twine story as read from a file, before it becomes a scenario.

Both readers produce a :class:`TwineStory`: the Twee 3 reader
(:mod:`burgerschap.scenario.twee`) and the Twine 2 HTML reader
(:mod:`burgerschap.scenario.twine_html`). The conversion to a draft scenario
(:mod:`burgerschap.scenario.twine_convert`) only sees this neutral form.

Everything in a Twine file is untrusted text: the readers drop control
characters and reading-direction overrides from every name and text with
:mod:`burgerschap.scenario.plaintext` (the loader would refuse the draft
otherwise), and warn once per passage where they did (``twee_control_char``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from burgerschap.scenario.plaintext import UNSAFE, plain_line, plain_text
from burgerschap.scenario.problems import Problem


def unsafe(text: str) -> bool:
    """Whether ``text`` holds what :func:`clean_text` drops (a ``\\r\\n`` line end aside)."""
    return UNSAFE.search(text.replace("\r\n", "\n")) is not None


def clean_text(text: str) -> str:
    """``text`` as plain text: ``\\r\\n`` line ends made ``\\n``, unsafe characters dropped."""
    return plain_text(text.replace("\r\n", "\n"))


def clean_line(text: str) -> str:
    """A name or other one-line value as plain text, on one line."""
    return plain_line(text.replace("\r\n", "\n"))


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
