"""A Twine story (from Twee or HTML) turned into a draft scenario.

:func:`convert` makes one node per passage: a passage with links is a story
node (its links, in every form its story format writes them, are the
choices), a passage without links an ending. Passage names become node ids
(kept when already valid, else made ASCII; no two alike) and, when the id
differs from the name, the node's title, so the name a teacher gave is not
lost; a first line ``# Heading`` wins as the title. The start is Twine's
start passage.

Variables, where their meaning is clear (see
:mod:`burgerschap.scenario.twine_vars`): a flag switched on or off becomes
``set``/``unset`` on the choice, a score change an effect on a dimension
named after the variable (declared with the variable's name as its label),
and a condition on one flag the choice's ``if``. Changes written in a
passage apply to every choice that leads into it. Everything else is a
warning naming the passage and the kind of markup (``kind``), so the
command can summarise them per kind.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any

from burgerschap.scenario.loader import Inspection
from burgerschap.scenario.models import FLAG, NODE_ID, Scenario
from burgerschap.scenario.problems import Problem
from burgerschap.scenario.serialize import Data, inspect_data, ordered
from burgerschap.scenario.twee_meta import scenario_from_meta
from burgerschap.scenario.twine_links import parse_passage
from burgerschap.scenario.twine_markup import Link, ParsedPassage, formats_for
from burgerschap.scenario.twine_story import Passage, TwineStory, clean_line, warning
from burgerschap.scenario.twine_vars import Assignment
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
BACK_TEXT = "Terug"
"""The words of a back link without a label (the draft is in Dutch)."""
_HEADING = re.compile(r"^#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$")
_IFID = re.compile(r"[0-9A-Z-]{8,63}")


@dataclass
class TwineImport:
    """A Twine story turned into a draft scenario."""

    data: Data
    """The draft as plain data (see :mod:`burgerschap.scenario.serialize`)."""
    warnings: list[Problem] = field(default_factory=list)
    """Everything the conversion could not carry over, each naming its passage."""
    names: dict[str, str] = field(default_factory=dict)
    """Passage name to node id."""
    passages: dict[str, Passage] = field(default_factory=dict)
    """Node id to the passage it came from (with its tags and metadata)."""
    story: TwineStory | None = None
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


def convert(story: TwineStory) -> TwineImport:
    """A draft scenario from ``story``, with a warning for all it cannot carry."""
    filename = story.filename
    warnings = list(story.problems)
    kept: list[Passage] = []
    seen: set[str] = set()
    for passage in story.passages:
        if passage.name in seen:
            warnings.append(_warn("twee_duplicate_passage", passage, filename))
        elif passage.name in SPECIAL_PASSAGES or SKIPPED_TAGS.intersection(passage.tags):
            warnings.append(_warn("twee_skipped", passage, filename))
        else:
            kept.append(passage)
        seen.add(passage.name)
    # Burgerschap's own export carries the whole scenario in its metadata: rebuild it.
    story_data = {**story.metadata, **({"start": story.start} if story.start else {})}
    rebuilt, meta_warnings = scenario_from_meta(story_data, kept, story.title, filename)
    if rebuilt is not None:
        passages = {p.name: p for p in kept}
        names = {p.name: p.name for p in kept}
        inspection = inspect_data(rebuilt, filename)
        return TwineImport(rebuilt, warnings, names, passages, story, inspection, from_meta=True)
    warnings.extend(meta_warnings)
    names = node_ids([p.name for p in kept])
    formats = formats_for(story.format)
    parsed = {p.name: parse_passage(p.text, formats) for p in kept}
    start = _start(story, kept, names, warnings)
    builder = _Builder(names, parsed, start, filename, warnings)
    nodes = {names[p.name]: builder.node(p) for p in kept}
    title = story.title or clean_line(PurePath(filename).stem) or (kept[0].name if kept else "")
    title = title or "Twine"
    ifid = (story.ifid or "").strip().upper()
    data = ordered(
        {
            "format": 1,
            "kind": "scenario",
            "id": slugify(title, fallback="twine-verhaal"),
            "version": 1,
            **({"source_ifid": ifid} if _IFID.fullmatch(ifid) else {}),
            "title": title,
            "dimensions": {**json.loads(json.dumps(DIMENSIONS)), **builder.dimensions},
            "start": names.get(start, "start") if start else "start",
            "nodes": nodes,
        }
    )
    if not kept:
        warnings.append(Problem("twee_no_passages", file=filename))
    passages = {names[p.name]: p for p in kept}
    return TwineImport(data, warnings, names, passages, story, inspect_data(data, filename))


def _start(
    story: TwineStory, kept: list[Passage], names: dict[str, str], warnings: list[Problem]
) -> str | None:
    """The name of the start passage."""
    if story.start in names:
        return story.start
    if story.start:
        warnings.append(
            warning("twee_start_missing", story.start, story.filename, None, kind="start")
        )
    if "Start" in names:
        return "Start"
    return kept[0].name if kept else None


class _Builder:
    """Makes nodes and choices, knowing every passage (for changes and back links)."""

    def __init__(
        self,
        names: dict[str, str],
        parsed: dict[str, ParsedPassage],
        start: str | None,
        filename: str,
        warnings: list[Problem],
    ) -> None:
        self.names, self.parsed, self.start = names, parsed, start
        self.filename, self.warnings = filename, warnings
        self.dimensions: dict[str, Any] = {}
        self.sources: dict[str, set[str]] = {}
        for name, result in parsed.items():
            for link in result.links:
                if link.target in names:
                    self.sources.setdefault(link.target, set()).add(name)

    def node(self, passage: Passage) -> Data:
        result = self.parsed[passage.name]
        report: set[tuple[str, str, str]] = set()
        for finding in result.findings:
            report.add((finding.code, finding.kind, finding.example))
        self._own_changes(passage, result, report)
        choices = [c for link in result.links if (c := self._choice(passage, link, report))]
        for code, kind, example in sorted(report, key=_first_seen(result, report)):
            self.warnings.append(_warn(code, passage, self.filename, kind=kind, what=example))
        text = result.text
        heading = _HEADING.match(text.split("\n", 1)[0]) if text else None
        if heading:
            text = text.split("\n", 1)[1].strip("\n") if "\n" in text else ""
        name_title = passage.name if self.names[passage.name] != passage.name else None
        title = heading.group(1) if heading else name_title
        if not choices:
            ending: Data = {"title": title or passage.name}
            if text.strip():
                ending["text"] = text
            return {"ending": ending}
        node: Data = {"text": text if text.strip() else passage.name, "choices": choices}
        return {"title": title, **node} if title else node

    def _own_changes(
        self, passage: Passage, result: ParsedPassage, report: set[tuple[str, str, str]]
    ) -> None:
        """Changes made in the start passage happen before any choice: only empty ones fit."""
        if passage.name != self.start:
            return
        for change in result.assignments:
            if change.op not in ("off", "reset") or change.amount != 0:
                report.add(("twine_set_start", _kind(change), change.source))

    def _choice(
        self, passage: Passage, link: Link, report: set[tuple[str, str, str]]
    ) -> Data | None:
        target = link.target
        text = link.text
        if target is None:
            sources = self.sources.get(passage.name, set())
            if len(sources) != 1:
                report.add(("twine_back_unknown", link.form, link.form))
                return None
            [target] = sources
            text = text or BACK_TEXT
        if target not in self.names:
            report.add(("twee_broken_link", "link", target))
        choice: Data = {"text": text or target, "goto": self.names.get(target) or node_id(target)}
        changes = [*link.assignments]
        if target in self.parsed:
            changes.extend(self.parsed[target].assignments)
        flags: dict[str, bool] = {}
        effects: dict[str, int] = {}
        for change in changes:
            if change.op in ("on", "off"):
                flags[flag_name(change.variable)] = change.op == "on"
            elif change.op == "add":
                key = slugify(change.variable, fallback="punten")
                self.dimensions.setdefault(key, {"label": change.variable})
                effects[key] = effects.get(key, 0) + change.amount
            elif not (target == self.start and change.amount == 0):
                report.add(("twine_set", _kind(change), change.source))
        effects = {k: v for k, v in effects.items() if v}
        if effects:
            choice["effects"] = effects
        if link.guard:
            condition = {"flags": list(link.guard.flags), "not_flags": list(link.guard.not_flags)}
            choice["if"] = {k: [flag_name(f) for f in v] for k, v in condition.items() if v}
        for key, on in (("set", True), ("unset", False)):
            listed = [f for f, value in flags.items() if value is on]
            if listed:
                choice[key] = listed
        return choice


def _kind(change: Assignment) -> str:
    source = change.source.lstrip()
    if source.startswith("<<"):
        return "<<set>>"
    if source.startswith("[["):
        return "[[...][...]]"
    return "(set:)" if source.startswith("(") else "vars"


def _first_seen(result: ParsedPassage, report: set[tuple[str, str, str]]) -> Any:
    """Order findings as they appear in the passage, others after, by kind."""
    order = {(f.code, f.kind, f.example): n for n, f in enumerate(result.findings)}
    return lambda item: (order.get(item, len(order)), item)


def node_ids(passage_names: list[str]) -> dict[str, str]:
    """Passage names to node ids: valid names kept, the others made valid; none twice."""
    names: dict[str, str] = {}
    used = {n for n in passage_names if node_id(n) == n}
    for name in passage_names:
        if node_id(name) == name:
            names[name] = name
            continue
        base = node_id(name)
        candidate, n = base, 1
        while candidate in used:
            n += 1
            candidate = f"{base[: 64 - len(str(n)) - 1]}-{n}"
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


def flag_name(variable: str) -> str:
    """A variable's name as a flag: kept when valid, else made ASCII."""
    if re.fullmatch(FLAG, variable) and len(variable) <= 64:
        return variable
    ascii_name = unicodedata.normalize("NFKD", variable).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9_-]+", "_", ascii_name).strip("_-")[:64] or "vlag"


def _warn(code: str, passage: Passage, filename: str, kind: str = "", what: str = "") -> Problem:
    params: dict[str, Any] = {"kind": kind or code}
    if what:
        params["what"] = what
    return warning(code, passage.name, filename, passage.line, **params)
