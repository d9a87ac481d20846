"""Reading Twee 3, the text form of a Twine story (Twine's *Build → Export as Twee*).

A Twee file is a list of passages, each starting with a header line
``:: Name [tags] {"position":"600,100","size":"100,100"}``. The special
passages ``StoryTitle`` (the title) and ``StoryData`` (JSON: ``ifid``,
``format``, ``format-version``, ``start``, ...) describe the story. The
format is the Twee 3 specification (iftechfoundation/twine-specs,
``twee-3-specification.md``).

:func:`parse_passages` reads the passages as written, keeping every header
metadata key (so tools that write more than Twine's ``position`` and
``size`` can read theirs back); :func:`read_twee` makes a
:class:`~burgerschap.scenario.twine_story.TwineStory` of them; and
:func:`import_twee` turns the story into a draft scenario with
:mod:`burgerschap.scenario.twine_convert`. Export lives in
:mod:`burgerschap.scenario.twee_export`.
"""

from __future__ import annotations

import json
from typing import Any

from burgerschap.scenario.problems import Problem
from burgerschap.scenario.twee_meta import unescape_line
from burgerschap.scenario.twine_convert import (
    DIMENSIONS,
    SKIPPED_TAGS,
    SPECIAL_PASSAGES,
    TwineImport,
    convert,
    node_id,
)
from burgerschap.scenario.twine_story import Passage, TwineStory, clean_line, unsafe, warning

__all__ = [
    "DIMENSIONS",
    "SKIPPED_TAGS",
    "SPECIAL_PASSAGES",
    "Passage",
    "TweeImport",
    "import_twee",
    "node_id",
    "parse_passages",
    "read_twee",
]

TweeImport = TwineImport
"""The result of :func:`import_twee` (the same as for a Twine HTML file)."""


def parse_passages(text: str, filename: str = "") -> tuple[list[Passage], list[Problem]]:
    """The passages of a Twee 3 file, and problems with headers or metadata."""
    passages: list[Passage] = []
    problems: list[Problem] = []
    body: list[str] = []
    warned: set[int] = set()
    for number, line in enumerate(text.replace("\r\n", "\n").split("\n"), start=1):
        # Twine stories come from anywhere: control characters and bidi overrides
        # are dropped (the loader would refuse the draft), with a warning per passage.
        dropped = unsafe(line)
        if dropped:
            line = clean_line(line)
        if line.startswith("::"):
            if passages:
                passages[-1].text = _finish(body)
            body = []
            name, tags, meta_text = _header(line[2:])
            metadata: dict[str, Any] = {}
            if meta_text:
                try:
                    loaded = json.loads(meta_text)
                    metadata = loaded if isinstance(loaded, dict) else {}
                except (json.JSONDecodeError, RecursionError):
                    problems.append(
                        warning("twee_bad_metadata", name, filename, number, kind="json")
                    )
            passages.append(Passage(name, tags, metadata, "", number))
        elif passages:
            body.append(unescape_line(line))
        if dropped and passages and len(passages) not in warned:
            warned.add(len(passages))
            problems.append(warning("twee_control_char", passages[-1].name, filename, number))
    if passages:
        passages[-1].text = _finish(body)
    return passages, problems


def _header(rest: str) -> tuple[str, list[str], str]:
    name_chars: list[str] = []
    i = 0
    rest = rest.strip()
    while i < len(rest):
        char = rest[i]
        if char == "\\" and i + 1 < len(rest):
            name_chars.append(rest[i + 1])
            i += 2
            continue
        if char in "[{":
            break
        name_chars.append(char)
        i += 1
    tail = rest[i:].strip()
    tags: list[str] = []
    if tail.startswith("["):
        end = tail.find("]")
        end = len(tail) if end < 0 else end
        tags = tail[1:end].split()
        tail = tail[end + 1 :].strip()
    return "".join(name_chars).strip(), tags, tail if tail.startswith("{") else ""


def _finish(lines: list[str]) -> str:
    return "\n".join(lines).strip("\n").rstrip()


def read_twee(text: str, filename: str = "") -> TwineStory:
    """The story in Twee 3 text: title, story data and passages (``StoryTitle`` and
    ``StoryData`` themselves are not among the passages)."""
    passages, problems = parse_passages(text, filename)
    title, story_data, story = "", {}, []
    seen: set[str] = set()
    for passage in passages:
        if passage.name in seen and passage.name in ("StoryTitle", "StoryData"):
            problems.append(warning("twee_duplicate_passage", passage.name, filename, passage.line))
            continue
        seen.add(passage.name)
        if passage.name == "StoryTitle":
            title = passage.text.strip()
        elif passage.name == "StoryData":
            try:
                loaded = json.loads(passage.text or "{}")
                story_data = loaded if isinstance(loaded, dict) else {}
            except (json.JSONDecodeError, RecursionError):
                problems.append(
                    warning("twee_bad_metadata", "StoryData", filename, passage.line, kind="json")
                )
        else:
            story.append(passage)
    start, ifid, story_format = (story_data.get(k) for k in ("start", "ifid", "format"))
    version = story_data.get("format-version")
    known = ("start", "ifid", "format", "format-version")
    return TwineStory(
        title=title,
        passages=story,
        ifid=clean_line(ifid) if isinstance(ifid, str) else None,
        format=clean_line(story_format) if isinstance(story_format, str) else "",
        format_version=clean_line(version) if isinstance(version, str) else "",
        start=clean_line(start) if isinstance(start, str) and start else None,
        metadata={k: v for k, v in story_data.items() if k not in known},
        problems=problems,
        filename=filename,
    )


def import_twee(text: str, filename: str = "") -> TwineImport:
    """A draft scenario from Twee 3 text, with a warning for all it cannot carry."""
    return convert(read_twee(text, filename))
