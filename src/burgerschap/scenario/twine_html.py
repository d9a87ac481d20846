"""Reading Twine 2 HTML: a published story, or a library archive of several.

Twine 2 keeps a story in a ``<tw-storydata>`` element (attributes ``name``,
``ifid``, ``format``, ``format-version``, ``startnode``, ...) holding one
``<tw-passagedata>`` per passage (attributes ``pid``, ``name``, ``tags``,
``position``, ``size``; the passage text is the element's content, written
HTML-escaped). "Publish to File" writes one such element inside a full web
page with the story format's code; "Library → Archive" writes one element per
story and nothing else. The format is the Twine 2 HTML Output specification
(iftechfoundation/twine-specs, ``twine-2-htmloutput-spec.md``).

:func:`read_html` finds every story with Python's own :mod:`html.parser`:
the story format's scripts are skipped as the browser would, entities are
decoded, and control characters and reading-direction overrides are dropped
from every name and text (with a warning per passage).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from burgerschap.scenario.problems import Problem
from burgerschap.scenario.twine_story import (
    Passage,
    TwineStory,
    clean_line,
    clean_text,
    unsafe,
    warning,
)

_STORY_FIELDS = frozenset({"name", "ifid", "format", "format-version", "startnode"})
_PASSAGE_FIELDS = frozenset({"pid", "name", "tags"})


_NOT_TWINE_TAG = re.compile(
    r"<(?!/?(?:tw-storydata|tw-passagedata|tw-tag|style|script)\b[^<>]*>)", re.IGNORECASE
)
"""A ``<`` that does not start a whole tag Twine writes."""


def read_html(text: str, filename: str = "") -> list[TwineStory]:
    """Every Twine 2 story in ``text``, in file order (none when it holds no story)."""
    reader = _Reader(filename)
    # Twine escapes every < in passage text and attributes, so the parser needs to see only
    # its own tags. Every other < is made text first: the parser of Python 3.11 reads
    # unclosed tags and comments again for each one (minutes for a hostile file).
    reader.feed(_NOT_TWINE_TAG.sub("&lt;", text))
    reader.close()
    reader.end_story()
    return reader.stories


@dataclass
class _OpenPassage:
    attrs: dict[str, str]
    dropped: bool
    """Whether unsafe characters were dropped from its attributes."""
    line: int
    parts: list[str] = field(default_factory=list)


@dataclass
class _OpenStory:
    attrs: dict[str, str]
    dropped: bool
    line: int
    passages: list[tuple[str, Passage]] = field(default_factory=list)
    """``(pid, passage)`` in file order."""
    problems: list[Problem] = field(default_factory=list)
    code: dict[str, list[str]] = field(default_factory=dict)
    """The story's own JavaScript and stylesheet, by tag."""


class _Reader(HTMLParser):
    def __init__(self, filename: str) -> None:
        super().__init__(convert_charrefs=True)
        self.filename = filename
        self.stories: list[TwineStory] = []
        self.story: _OpenStory | None = None
        self.passage: _OpenPassage | None = None
        self.code_tag: str | None = None

    # Events

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        line = self.getpos()[0]
        if tag == "tw-storydata":
            self.end_story()
            self.story = _OpenStory(*_values(attrs), line)
        elif self.story is None:
            return
        elif tag == "tw-passagedata":
            self.end_passage()
            self.passage = _OpenPassage(*_values(attrs), line)
        elif self.passage is not None:
            # Twine escapes passage text; a tag here was written by hand. Keep it as text.
            self.passage.parts.append(self.get_starttag_text() or "")
        elif tag in ("script", "style"):
            self.code_tag = tag

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.passage is not None and tag != "tw-passagedata":
            self.passage.parts.append(self.get_starttag_text() or "")
        else:
            self.handle_starttag(tag, attrs)
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "tw-storydata":
            self.end_story()
        elif tag == "tw-passagedata":
            self.end_passage()
        elif self.passage is not None:
            self.passage.parts.append(f"</{tag}>")
        elif tag == self.code_tag:
            self.code_tag = None

    def handle_data(self, data: str) -> None:
        if self.passage is not None:
            self.passage.parts.append(data)
        elif self.story is not None and self.code_tag is not None:
            self.story.code.setdefault(self.code_tag, []).append(data)

    def handle_comment(self, data: str) -> None:
        if self.passage is not None:
            self.passage.parts.append(f"<!--{data}-->")

    # Building

    def end_passage(self) -> None:
        opened, self.passage = self.passage, None
        if opened is None or self.story is None:
            return
        attrs = opened.attrs
        name = attrs.get("name", "").strip()
        pid = attrs.get("pid", "")
        if not name:
            self.story.problems.append(
                warning("twine_passage_unnamed", pid, self.filename, opened.line, kind="pid")
            )
            return
        raw = "".join(opened.parts)
        if opened.dropped or unsafe(raw):
            self.story.problems.append(
                warning("twee_control_char", name, self.filename, opened.line)
            )
        text = clean_text(raw).strip("\n").rstrip()
        metadata = {k: v for k, v in attrs.items() if k not in _PASSAGE_FIELDS}
        passage = Passage(name, attrs.get("tags", "").split(), metadata, text, opened.line)
        self.story.passages.append((pid, passage))

    def end_story(self) -> None:
        self.end_passage()
        opened, self.story = self.story, None
        self.code_tag = None
        if opened is None:
            return
        attrs = opened.attrs
        title = attrs.get("name", "").strip()
        problems = opened.problems
        if opened.dropped:
            problems.insert(0, warning("twee_control_char", title, self.filename, opened.line))
        start = None
        wanted = attrs.get("startnode", "").strip()
        by_pid = {pid: passage.name for pid, passage in opened.passages if pid}
        if wanted in by_pid:
            start = by_pid[wanted]
        elif wanted:
            problems.append(warning("twine_start_pid_missing", wanted, self.filename, opened.line))
        for tag, parts in opened.code.items():
            if "".join(parts).strip():
                code_kind = "JavaScript" if tag == "script" else "CSS"
                problems.append(
                    warning("twine_story_code", title, self.filename, opened.line, kind=code_kind)
                )
        self.stories.append(
            TwineStory(
                title=title,
                passages=[passage for _, passage in opened.passages],
                ifid=attrs.get("ifid", "").strip() or None,
                format=attrs.get("format", "").strip(),
                format_version=attrs.get("format-version", "").strip(),
                start=start,
                metadata={k: v for k, v in attrs.items() if k not in _STORY_FIELDS},
                problems=problems,
                filename=self.filename,
            )
        )


def _values(attrs: list[tuple[str, str | None]]) -> tuple[dict[str, str], bool]:
    """The attributes as plain one-line text, and whether anything unsafe was dropped."""
    values = {name: value or "" for name, value in attrs}
    return {k: clean_line(v) for k, v in values.items()}, any(map(unsafe, values.values()))
