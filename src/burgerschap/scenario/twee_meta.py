"""Burgerschap's own data inside a Twee 3 story, so that a Twee export comes back whole.

Twee holds passages and links; a scenario also has effects, conditions,
flags, feedback, question nodes, ending outcomes, dimensions and its id. The
export (:mod:`burgerschap.scenario.twee_export`) writes all of it as JSON
that Twine ignores, under the key ``"burgerschap"``:

- in ``StoryData``: ``{"meta": 1, "scenario": {...}, "nodes": [...]}``, the
  scenario's top-level fields (everything but its nodes) and the node ids in
  order;
- in each passage's metadata (the JSON after the header, beside
  ``"position"``): ``{"node": {...}, "body": "<fingerprint>"}``, the node as
  plain data and a fingerprint of the passage text as it was written.

:func:`scenario_from_meta` rebuilds the scenario from this when it is
complete and still matches the passages: every node has its passage, no
passage was added, no passage text was changed since the export (the
fingerprint ignores only whitespace), and the data holds no character that
may steer a terminal (the export never writes one). Anything else (a story edited by hand
or in Twine, which drops the data when it saves) is imported as a plain
Twine story, with a warning that names the passages that changed. The
functions take any passages with ``name``, ``metadata`` and ``text``, so an
importer of other Twine formats can use them too.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from typing import Any, Protocol

from burgerschap.scenario.models import Scenario
from burgerschap.scenario.plaintext import UNSAFE
from burgerschap.scenario.problems import Problem
from burgerschap.scenario.serialize import Data, ordered, to_data

KEY = "burgerschap"
"""The JSON key that holds Burgerschap's data in StoryData and passage metadata."""
META_VERSION = 1
"""The version of this encoding; a story that says another is imported as plain Twine."""
MAX_DEPTH = 24
"""Scenario data nests about 7 deep; deeper metadata is not Burgerschap's."""


class PassageLike(Protocol):
    """What the decoding needs of a passage (:class:`burgerschap.scenario.twee.Passage`)."""

    @property
    def name(self) -> str: ...

    @property
    def metadata(self) -> dict[str, Any]: ...

    @property
    def text(self) -> str: ...

    @property
    def line(self) -> int | None: ...


# Writing


def story_meta(data: Data) -> Data:
    """What StoryData carries, from the scenario as plain data (:func:`scenario_data`):
    the scenario without its nodes, and the node ids in order."""
    top = {key: value for key, value in data.items() if key != "nodes"}
    return {"meta": META_VERSION, "scenario": top, "nodes": list(data.get("nodes", {}))}


def passage_meta(node: Data, body: str) -> Data:
    """What a node's passage carries: the node as plain data, and a fingerprint of
    ``body``, the passage text as exported."""
    return {"node": node, "body": fingerprint(body)}


def scenario_data(scenario: Scenario) -> Data:
    """The scenario as the plain data the metadata holds (defaults left out)."""
    return to_data(scenario)


def escape_line(line: str) -> str:
    """A passage line as Twee writes it: a line that starts with ``::`` (which would begin
    a new passage) gets a backslash, and so does one that starts with backslashes and
    ``::``, so that reading it back (:func:`unescape_line`) gives exactly the line again.
    Twee 3 names only the first case; the second keeps a text like ``\\::`` whole."""
    return "\\" + line if line.lstrip("\\").startswith("::") else line


def unescape_line(line: str) -> str:
    """A passage line as it was before :func:`escape_line`: one leading backslash fewer
    before ``::`` (a Twine story's ``\\::`` is its text ``::``, as Twee 3 says)."""
    if line.startswith("\\") and line.lstrip("\\").startswith("::"):
        return line[1:]
    return line


def fingerprint(text: str) -> str:
    """A short hash of a passage text that ignores whitespace and Twee's ``\\::`` escape,
    so that re-indenting or a Twee tool's trimming is no change."""
    lines = (unescape_line(line) for line in text.split("\n"))
    words = " ".join(" ".join(lines).split())
    return hashlib.sha256(words.encode("utf-8")).hexdigest()[:16]


def json_text(metadata: Mapping[str, Any], indent: int | None = None) -> str:
    """Metadata as JSON: on one line (for a passage header) unless ``indent`` is given.
    Line and paragraph separators are escaped: some Twee tools split lines on them,
    which would cut a header in two or start a passage inside StoryData."""
    separators = (",", ":") if indent is None else (",", ": ")
    text = json.dumps(metadata, ensure_ascii=False, indent=indent, separators=separators)
    for char in ("\u0085", "\u2028", "\u2029"):
        text = text.replace(char, f"\\u{ord(char):04x}")
    return text


# Reading


def scenario_from_meta(
    story_data: Mapping[str, Any],
    passages: Iterable[PassageLike],
    title: str = "",
    filename: str = "",
) -> tuple[Data | None, list[Problem]]:
    """The scenario as plain data when the story carries complete, unchanged Burgerschap
    data; else None and, when there was such data, a warning naming what changed.

    Args:
        story_data: the parsed ``StoryData`` JSON.
        passages: the story's passages (not StoryTitle, StoryData or code passages).
        title: the ``StoryTitle`` text; when it differs from the data's title, it wins
            (a title changed by hand).
    """
    block = story_data.get(KEY)
    if not isinstance(block, dict):
        return None, []
    story = list(passages)
    scenario, order = block.get("scenario"), block.get("nodes")
    usable = (
        block.get("meta") == META_VERSION
        and isinstance(scenario, dict)
        and isinstance(order, list)
        and all(isinstance(name, str) for name in order)
        and _depth(scenario) <= MAX_DEPTH
        and not _unsafe(scenario)
    )
    if not usable:
        return None, [_warn("twee_meta_unknown", filename, None)]
    assert isinstance(scenario, dict) and isinstance(order, list)
    by_name = {p.name: p for p in story}
    nodes: Data = {}
    changed: list[str] = []
    for name in order:
        passage = by_name.get(name)
        node = _unchanged_node(passage) if passage is not None else None
        if node is None:
            changed.append(name)
        else:
            nodes[name] = node
    changed += [p.name for p in story if p.name not in order]
    if changed:
        first = next((by_name[n].line for n in changed if n in by_name), None)
        names = ", ".join(f"'{name}'" for name in dict.fromkeys(changed))
        return None, [_warn("twee_meta_changed", filename, first, passages=names)]
    data = ordered({**scenario, "nodes": nodes})
    if title.strip() and " ".join(title.split()) != " ".join(str(data.get("title", "")).split()):
        data["title"] = title.strip()
    start = story_data.get("start")
    if isinstance(start, str) and start in nodes:
        data["start"] = start
    return data, []


def _unchanged_node(passage: PassageLike) -> Data | None:
    """The node the passage carries, when its text is still the one exported."""
    entry = passage.metadata.get(KEY)
    node = entry.get("node") if isinstance(entry, dict) else None
    if not isinstance(entry, dict) or not isinstance(node, dict) or _depth(node) > MAX_DEPTH:
        return None
    if _unsafe(node):  # the export never writes control characters: someone else did
        return None
    return node if entry.get("body") == fingerprint(passage.text) else None


def _unsafe(value: Any) -> bool:
    """Whether any key or text in ``value`` holds a character that may steer a terminal
    (see :mod:`burgerschap.scenario.plaintext`)."""
    if isinstance(value, str):
        return UNSAFE.search(value) is not None
    if isinstance(value, dict):
        return any(_unsafe(key) or _unsafe(item) for key, item in value.items())
    if isinstance(value, list):
        return any(_unsafe(item) for item in value)
    return False


def _depth(value: Any, level: int = 0) -> int:
    """How deep ``value`` nests (stops counting past :data:`MAX_DEPTH`)."""
    if level > MAX_DEPTH:
        return level
    if isinstance(value, dict):
        return max((_depth(v, level + 1) for v in value.values()), default=level + 1)
    if isinstance(value, list):
        return max((_depth(v, level + 1) for v in value), default=level + 1)
    return level


def _warn(code: str, filename: str, line: int | None, **params: Any) -> Problem:
    return Problem(code, severity="warning", file=filename, line=line, params=params)
