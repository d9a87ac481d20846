"""Exchange with Twine: import and export of stories in Twee 3.

Import (:func:`import_twee`) turns passages into nodes and links into
choices: a passage with links becomes a story node, one without links an
ending. Passage names become node ids (kept when already valid, otherwise
made into one; :attr:`TweeImport.names` maps each name to its id). A first
line ``# Heading`` becomes the node's title (the ending's title; otherwise
the passage name is used). Links understood: ``[[target]]``,
``[[text->target]]``, ``[[target<-text]]`` and ``[[text|target]]``. What
Twee can hold but a scenario cannot (macros such as ``(set:)`` and
``<<if>>``, ``$variables``, HTML, script and style passages, setter links)
is kept verbatim in the text or left out, and every case is a warning that
names the passage. Control characters and bidi overrides are dropped from
names and text, with a warning (see :mod:`burgerschap.scenario.plaintext`).
The result is a draft: two dimensions (participatie, samenwerking) and no
effects yet.

Export lives in :mod:`burgerschap.scenario.twee_export`.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any

from burgerschap.scenario.loader import Inspection
from burgerschap.scenario.models import NODE_ID, Scenario
from burgerschap.scenario.plaintext import UNSAFE, plain_line
from burgerschap.scenario.problems import Problem
from burgerschap.scenario.serialize import Data, inspect_data, ordered
from burgerschap.scenario.twee_meta import scenario_from_meta
from burgerschap.scenario.versions import slugify

DIMENSIONS = {
    "participatie": {"label": "Participatie"},
    "samenwerking": {"label": "Samenwerking"},
}
SPECIAL_PASSAGES = frozenset(
    {
        *("StoryInit", "StoryCaption", "StoryMenu", "StoryBanner", "StoryAuthor"),
        *("StorySubtitle", "StoryInterface", "StoryShare", "StorySettings", "StoryIncludes"),
        *("PassageReady", "PassageDone", "PassageHeader", "PassageFooter"),
    }
)
"""Story-format passages that hold code or layout rather than story."""
SKIPPED_TAGS = frozenset(
    {"script", "stylesheet", "widget", "startup", "header", "footer", "Twine.private"}
    | {"debug-startup", "debug-header", "debug-footer", "Twine.image"}
)

_LINK = re.compile(r"\[\[((?:[^\]]|\](?!\]))+)\]\]")
_HEADING = re.compile(r"^#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$")
_EXTERNAL = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)
_LINK_ONLY_LINE = re.compile(r"^[\s\-*•|,.;]*$")
# (warning code, pattern, how the warning names the match: its first group or whole text)
_MARKUP = (
    ("twee_macro", re.compile(r"\(([A-Za-z][\w-]*):"), "({}:)"),  # Harlowe (set: ...)
    ("twee_macro", re.compile(r"<<\s*/?\s*([A-Za-z][\w-]*)"), "<<{}>>"),  # SugarCube <<if>>
    ("twee_code", re.compile(r"<%|\{[a-z][a-z ]*\}|\[(?:after|if|unless|else)\b"), "{}"),
    ("twee_variable", re.compile(r"(?<![\w$])\$[A-Za-z_]\w*"), "{}"),
    ("twee_html", re.compile(r"(?<!<)</?[A-Za-z][\w-]*(?:\s[^<>]*)?/?>|<!--"), "{}"),
    ("twee_hook", re.compile(r"\|[A-Za-z_]\w*>\[|\]<[A-Za-z_]\w*\|"), "{}"),
)


@dataclass
class Passage:
    """One Twee passage as written."""

    name: str
    tags: list[str]
    metadata: dict[str, Any]
    text: str
    line: int
    """The 1-based line of its ``::`` header."""


@dataclass
class TweeImport:
    """A Twee story turned into a draft scenario."""

    data: Data
    """The draft as plain data (see :mod:`burgerschap.scenario.serialize`)."""
    warnings: list[Problem] = field(default_factory=list)
    """Everything the conversion could not carry over, each naming its passage."""
    names: dict[str, str] = field(default_factory=dict)
    """Passage name to node id."""
    inspection: Inspection | None = None
    """The draft validated as a scenario: errors to fix before it can be a version."""
    from_meta: bool = False
    """Rebuilt whole from Burgerschap's own data (see :mod:`burgerschap.scenario.twee_meta`)."""

    @property
    def document(self) -> Scenario | None:
        if self.inspection is None or not self.inspection.ok:
            return None
        doc = self.inspection.document
        return doc if isinstance(doc, Scenario) else None


# Reading


def parse_passages(text: str, filename: str = "") -> tuple[list[Passage], list[Problem]]:
    """The passages of a Twee 3 file, and problems with headers or metadata."""
    passages: list[Passage] = []
    problems: list[Problem] = []
    body: list[str] = []
    warned: set[int] = set()
    for number, line in enumerate(text.replace("\r\n", "\n").split("\n"), start=1):
        # Twine stories come from anywhere: control characters and bidi overrides
        # are dropped (the loader would refuse the draft), with a warning.
        unsafe = UNSAFE.search(line) is not None
        if unsafe:
            line = plain_line(line)
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
                except json.JSONDecodeError:
                    problems.append(_warn("twee_bad_metadata", name, filename, number))
            passages.append(Passage(name, tags, metadata, "", number))
        elif passages:
            body.append(line[1:] if line.startswith("\\::") else line)
        if unsafe and passages and len(passages) not in warned:
            warned.add(len(passages))
            problems.append(_warn("twee_control_char", passages[-1].name, filename, number))
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


def import_twee(text: str, filename: str = "") -> TweeImport:
    """A draft scenario from Twee 3 text, with a warning for all it cannot carry."""
    passages, warnings = parse_passages(text, filename)
    title, story_data, story = "", {}, []
    seen: set[str] = set()
    for passage in passages:
        if passage.name in seen:
            warnings.append(_warn("twee_duplicate_passage", passage.name, filename, passage.line))
            continue
        seen.add(passage.name)
        if passage.name == "StoryTitle":
            title = passage.text.strip()
        elif passage.name == "StoryData":
            try:
                loaded = json.loads(passage.text or "{}")
                story_data = loaded if isinstance(loaded, dict) else {}
            except json.JSONDecodeError:
                warnings.append(_warn("twee_bad_metadata", "StoryData", filename, passage.line))
        elif passage.name in SPECIAL_PASSAGES or SKIPPED_TAGS.intersection(passage.tags):
            warnings.append(_warn("twee_skipped", passage.name, filename, passage.line))
        else:
            story.append(passage)
    # Burgerschap's own export carries the whole scenario in its metadata: rebuild it.
    rebuilt, meta_warnings = scenario_from_meta(story_data, story, title, filename)
    if rebuilt is not None:
        names = {p.name: p.name for p in story}
        return TweeImport(rebuilt, warnings, names, inspect_data(rebuilt, filename), True)
    warnings.extend(meta_warnings)
    names = _node_ids([p.name for p in story])
    nodes: dict[str, Any] = {}
    for passage in story:
        node, problems = _node(passage, names, filename)
        nodes[names[passage.name]] = node
        warnings.extend(problems)
    start = _start(story, story_data, names, warnings, filename)
    title = title or plain_line(PurePath(filename).stem) or (story[0].name if story else "Twine")
    data = ordered(
        {
            "format": 1,
            "kind": "scenario",
            "id": slugify(title, fallback="twine-verhaal"),
            "version": 1,
            "title": title,
            "dimensions": json.loads(json.dumps(DIMENSIONS)),
            "start": start,
            "nodes": nodes,
        }
    )
    if not story:
        warnings.append(Problem("twee_no_passages", file=filename))
    return TweeImport(data, warnings, names, inspect_data(data, filename))


def _start(
    story: list[Passage],
    story_data: dict[str, Any],
    names: dict[str, str],
    warnings: list[Problem],
    filename: str,
) -> str:
    wanted = story_data.get("start")
    if isinstance(wanted, str) and wanted in names:
        return names[wanted]
    if isinstance(wanted, str) and wanted:
        warnings.append(_warn("twee_start_missing", wanted, filename, None))
    if "Start" in names:
        return names["Start"]
    return names[story[0].name] if story else "start"


def _node(passage: Passage, names: dict[str, str], filename: str) -> tuple[Data, list[Problem]]:
    problems: list[Problem] = []
    found: set[tuple[str, str]] = set()

    def note(code: str, what: str) -> None:
        if (code, what) not in found:
            found.add((code, what))
            problems.append(_warn(code, passage.name, filename, passage.line, what=what))

    choices: list[Data] = []
    lines: list[str] = []
    for line in passage.text.split("\n"):
        kept = _LINK.sub(lambda m: _link(m.group(1), choices, names, note), line)
        if kept == line or not _LINK_ONLY_LINE.match(_LINK.sub("", line)):
            lines.append(kept)  # a line of only links (and list marks) is dropped
    text = "\n".join(lines).strip("\n")
    for code, pattern, shown in _MARKUP:
        for match in pattern.finditer(text):
            note(code, shown.format(match.group(1) if pattern.groups else match.group(0)))
    heading = _HEADING.match(text.split("\n", 1)[0]) if text else None
    title = heading.group(1) if heading else None
    if heading:
        text = text.split("\n", 1)[1].strip("\n") if "\n" in text else ""
    if not choices:
        ending: Data = {"title": title or passage.name}
        if text.strip():
            ending["text"] = text
        return {"ending": ending}, problems
    node: Data = {"text": text if text.strip() else passage.name, "choices": choices}
    return ({"title": title, **node} if title else node), problems


def _link(
    inner: str, choices: list[Data], names: dict[str, str], note: Callable[[str, str], None]
) -> str:
    if "][" in inner:
        inner, setter = inner.split("][", 1)
        note("twee_setter", setter)
    if "->" in inner:
        text, target = inner.rsplit("->", 1)
    elif "<-" in inner:
        target, text = inner.split("<-", 1)
    elif "|" in inner:
        text, target = inner.rsplit("|", 1)
    else:
        text = target = inner
    text, target = text.strip(), target.strip()
    if _EXTERNAL.match(target):
        return f"[{text}]({target})"
    if target not in names:
        note("twee_broken_link", target)
    choices.append({"text": text or target, "goto": names.get(target) or node_id(target)})
    return text


def _node_ids(passage_names: list[str]) -> dict[str, str]:
    names: dict[str, str] = {}
    used: set[str] = set()
    for name in passage_names:
        base = node_id(name)
        candidate, n = base, 1
        while candidate in used:
            n += 1
            candidate = f"{base[:60]}-{n}"
        used.add(candidate)
        names[name] = candidate
    return names


def node_id(name: str) -> str:
    """A passage name as a node id: kept when valid, else ASCII, lower case, ``-``."""
    if re.fullmatch(NODE_ID, name) and len(name) <= 64:
        return name
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    cleaned = re.sub(r"[^a-z0-9_]+", "-", ascii_name.lower()).strip("-")[:64].rstrip("-")
    return cleaned or "passage"


def _warn(code: str, passage: str, filename: str, line: int | None, **params: Any) -> Problem:
    return Problem(
        code, severity="warning", file=filename, line=line, params={"passage": passage, **params}
    )


# Writing
