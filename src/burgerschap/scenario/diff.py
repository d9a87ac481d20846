"""What changed between two versions of a scenario (or quiz), by meaning.

:func:`diff` compares two documents (models, or plain data such as an
editor's unsaved work) and returns a :class:`Diff`: a list of
:class:`Change` records with a language-neutral ``code``, the node concerned
and the old and new values. Nodes are matched by id; a node that disappeared
while a node with the same content (apart from links to other renamed
nodes) appeared under a new id counts as renamed, and links that only follow
a rename are not reported as changes. Choices and options are matched by
their order first, then by identical content (a move), their text, their
target, and finally their place.

:mod:`burgerschap.scenario.diff_lines` turns each change into a line of
data (its sign and the values it names); :mod:`burgerschap.i18n.diff_words`
words those lines in Dutch or English.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

from pydantic import TypeAdapter, ValidationError

from burgerschap.scenario.models import AnyDocument, Document, Glossary, Quiz, Scenario
from burgerschap.scenario.references import GOTO_FIELDS, all_references, node_kind
from burgerschap.scenario.serialize import Data, to_data

_documents: TypeAdapter[AnyDocument] = TypeAdapter(Document)
IGNORED_FIELDS = frozenset({"format", "version", "saved", "note"})
"""Top-level fields not compared: the refs of both sides are shown anyway, and when a
version was saved, with which note, is about the version, not its content."""
DEFAULTS: dict[str, Any] = {
    "correct": False,
    "set": [],
    "unset": [],
    "tags": [],
    "soort": "kennis",
    "excludes": [],
}
"""What a missing key means, so that leaving out a default is no change."""
CHOICE_FIELDS = ("text", "goto", "if", "set", "unset", "feedback", "ladder", "involves", "harm")
OPTION_FIELDS = ("text", "correct", "feedback")
QUESTION_FIELDS = (
    "question",
    "explanation",
    "source",
    "checked",
    "niveau",
    "soort",
    "excludes",
    "tags",
)
NODE_FIELDS = ("title", "text", "question", "explanation", "source", "checked", *GOTO_FIELDS)


@dataclass(frozen=True)
class Change:
    """One difference. ``code`` says what kind (every code is in
    :data:`~burgerschap.scenario.diff_lines.SIGNS`)."""

    code: str
    node: str | None = None
    """The node (in the new document) or quiz question concerned."""
    field: str | None = None
    """The field that changed, e.g. ``text``, ``goto`` or a dimension."""
    index: int | None = None
    """The choice or option concerned: its place (0-based) in the new document,
    or in the old one when it was removed."""
    old: Any = None
    new: Any = None
    label: str = ""
    """The choice's or option's text, to recognise it by."""


@dataclass
class Diff:
    """All changes from ``old_ref`` to ``new_ref``."""

    old_ref: str
    new_ref: str
    changes: list[Change] = field(default_factory=list)
    renamed: dict[str, str] = field(default_factory=dict)
    """Old node id to new node id."""

    def __bool__(self) -> bool:
        return bool(self.changes)

    def codes(self) -> list[str]:
        return [c.code for c in self.changes]

    def to_json(self) -> dict[str, Any]:
        return {
            "old": self.old_ref,
            "new": self.new_ref,
            "renamed": self.renamed,
            "changes": [
                {k: v for k, v in vars(c).items() if v is not None and v != ""}
                for c in self.changes
            ],
        }


def diff(old: AnyDocument | Data, new: AnyDocument | Data) -> Diff:
    """Every semantic difference from ``old`` to ``new``."""
    a, b = _data(old), _data(new)
    result = Diff(_ref(a), _ref(b))
    out = result.changes
    for key in dict.fromkeys([*a, *b]):
        if key in IGNORED_FIELDS or key in ("nodes", "dimensions", "questions", "start"):
            continue
        before, after = a.get(key, _default(key)), b.get(key, _default(key))
        if before != after:
            out.append(Change("field_changed", field=key, old=before, new=after))
    _diff_mapping(out, _dict(a, "dimensions"), _dict(b, "dimensions"))
    if "nodes" in a or "nodes" in b:
        _diff_nodes(result, a, b)
    if "questions" in a or "questions" in b:
        _diff_questions(out, a, b)
    return result


def _diff_mapping(out: list[Change], a: Data, b: Data) -> None:
    for key in a.keys() - b.keys():
        out.append(Change("dimension_removed", field=key, old=a[key]))
    for key in b:
        if key not in a:
            out.append(Change("dimension_added", field=key, new=b[key]))
        elif a[key] != b[key]:
            out.append(Change("dimension_changed", field=key, old=a[key], new=b[key]))


# Nodes


def _diff_nodes(result: Diff, a: Data, b: Data) -> None:
    old_nodes, new_nodes = _dict(a, "nodes"), _dict(b, "nodes")
    removed = [n for n in old_nodes if n not in new_nodes]
    added = [n for n in new_nodes if n not in old_nodes]
    result.renamed.update(_renames(old_nodes, new_nodes, removed, added))
    renamed = result.renamed
    mapped = _follow_renames(a, renamed)
    out = result.changes
    if "start" in a and mapped.get("start") != b.get("start"):
        out.append(Change("field_changed", field="start", old=a.get("start"), new=b.get("start")))
    for name in removed:
        if name not in renamed:
            out.append(Change("node_removed", node=name, field=node_kind(old_nodes[name])))
    for name, node in new_nodes.items():
        if name in added and name not in renamed.values():
            out.append(Change("node_added", node=name, field=node_kind(node)))
            continue
        old_name = next((o for o, n in renamed.items() if n == name), name)
        if old_name != name:
            out.append(Change("node_renamed", node=name, old=old_name, new=name))
        _diff_node(out, name, _dict(mapped, "nodes")[name], node)


def _renames(
    old_nodes: Data, new_nodes: Data, removed: list[str], added: list[str]
) -> dict[str, str]:
    """Removed nodes that reappear under a new id: first those with the same
    content (links to other moved nodes aside), then those of the same kind
    with the same text."""
    moving = set(removed) | set(added)
    found: dict[str, str] = {}
    for key in (lambda n: _shape(n, moving), _main_text):
        wanted = {n: key(new_nodes[n]) for n in added}
        for name in removed:
            if name in found:
                continue
            shape = key(old_nodes[name])
            free = [n for n in added if n not in found.values()]
            match = next((n for n in free if shape is not None and wanted[n] == shape), None)
            if match is not None:
                found[name] = match
    return found


def _main_text(node: Any) -> str | None:
    """A node's kind and its main text (story text, question or ending), if any."""
    text = _get(node, "text") or _get(node, "question") or _get(_get(node, "ending"), "text")
    return f"{node_kind(node)}:{text}" if isinstance(text, str) and text.strip() else None


def _diff_node(out: list[Change], name: str, a: Any, b: Any) -> None:
    if not isinstance(a, dict) or not isinstance(b, dict):
        if a != b:
            out.append(Change("node_changed", node=name, old=a, new=b))
        return
    kind_a, kind_b = node_kind(a), node_kind(b)
    if kind_a != kind_b:
        out.append(Change("node_kind_changed", node=name, old=kind_a, new=kind_b))
    for key in NODE_FIELDS:
        if a.get(key) != b.get(key):
            out.append(Change("node_field_changed", name, key, old=a.get(key), new=b.get(key)))
    ending_a, ending_b = _dict(a, "ending"), _dict(b, "ending")
    for key in ("title", "text", "outcome", "why"):
        if ending_a.get(key) != ending_b.get(key):
            old, new = ending_a.get(key), ending_b.get(key)
            out.append(Change("ending_changed", name, key, old=old, new=new))
    _diff_effects(out, name, None, "", _dict(a, "effects"), _dict(b, "effects"))
    _diff_items(out, name, CHOICE, _list(a, "choices"), _list(b, "choices"), CHOICE_FIELDS)
    _diff_items(out, name, OPTION, _list(a, "options"), _list(b, "options"), OPTION_FIELDS)


def _diff_effects(
    out: list[Change], name: str, index: int | None, label: str, a: Data, b: Data
) -> None:
    for dim in dict.fromkeys([*a, *b]):
        if a.get(dim, 0) != b.get(dim, 0):
            out.append(
                Change("effect_changed", name, dim, index, a.get(dim, 0), b.get(dim, 0), label)
            )


# The codes of the changes to a list: added, removed, moved, changed.
CHOICE = ("choice_added", "choice_removed", "choice_moved", "choice_changed")
OPTION = ("option_added", "option_removed", "option_moved", "option_changed")


def _diff_items(
    out: list[Change],
    name: str,
    codes: tuple[str, str, str, str],
    a: list[Any],
    b: list[Any],
    fields: tuple[str, ...],
) -> None:
    added, removed, moved_code, changed = codes
    for i, j, moved in _align(a, b):
        if j is None:
            assert i is not None
            out.append(Change(removed, name, index=i, label=_label(a[i]), old=a[i]))
            continue
        if i is None:
            out.append(Change(added, name, index=j, label=_label(b[j]), new=b[j]))
            continue
        old, new, label = a[i], b[j], _label(b[j])
        if moved:
            out.append(Change(moved_code, name, index=j, old=i, new=j, label=label))
        if not isinstance(old, dict) or not isinstance(new, dict):
            if old != new:
                out.append(Change(changed, name, None, j, old, new, label))
            continue
        for key in fields:
            before, after = _get(old, key), _get(new, key)
            if before != after:
                out.append(Change(changed, name, key, j, before, after, label))
        if codes is CHOICE:
            _diff_effects(out, name, j, label, _dict(old, "effects"), _dict(new, "effects"))


def _align(a: list[Any], b: list[Any]) -> list[tuple[int | None, int | None, bool]]:
    """Pairs ``(old index, new index, moved)``; None on one side for removed or added."""
    keys_a, keys_b = [_key(x) for x in a], [_key(x) for x in b]
    pairs: dict[int, int] = {}
    for block in SequenceMatcher(None, keys_a, keys_b, autojunk=False).get_matching_blocks():
        for k in range(block.size):
            pairs[block.a + k] = block.b + k
    in_order = dict(pairs)

    def pair_by(key: Any) -> None:
        for i, item in enumerate(a):
            if i in pairs:
                continue
            used = set(pairs.values())
            j = next((j for j in range(len(b)) if j not in used and key(b[j]) == key(item)), None)
            if j is not None:
                pairs[i] = j

    pair_by(_key)
    pair_by(lambda x: _get(x, "text") or object())
    pair_by(lambda x: _get(x, "goto") or object())
    used = set(pairs.values())
    for i in range(min(len(a), len(b))):
        if i not in pairs and i not in used:
            pairs[i] = i
    result: list[tuple[int | None, int | None, bool]] = []
    result.extend((i, None, False) for i in range(len(a)) if i not in pairs)
    back = {j: i for i, j in pairs.items()}
    for j in range(len(b)):
        old = back.get(j)
        moved = old is not None and old not in in_order and keys_a[old] == keys_b[j]
        result.append((old, j, moved))
    return result


# Quizzes


def _diff_questions(out: list[Change], a: Data, b: Data) -> None:
    old = {_get(q, "id"): q for q in _list(a, "questions")}
    new = {_get(q, "id"): q for q in _list(b, "questions")}
    for qid in old.keys() - new.keys():
        out.append(Change("question_removed", node=str(qid)))
    for qid, question in new.items():
        if qid not in old:
            out.append(Change("question_added", node=str(qid)))
            continue
        before = old[qid]
        for key in QUESTION_FIELDS:
            if _get(before, key) != _get(question, key):
                was, now = _get(before, key), _get(question, key)
                out.append(Change("node_field_changed", str(qid), key, None, was, now))
        _diff_items(
            out,
            str(qid),
            OPTION,
            _list(before, "options"),
            _list(question, "options"),
            OPTION_FIELDS,
        )


# Helpers


def _data(doc: AnyDocument | Data) -> Data:
    """Plain data with defaults left out, so that spelling one out is no change, and
    trailing whitespace cut from every text (see :func:`_trimmed`)."""
    if isinstance(doc, AnyDocument):
        data = to_data(doc)
    else:
        try:
            data = to_data(_documents.validate_python(doc))
        except ValidationError:  # unfinished work: compare it as it is
            data = doc
    return {key: _trimmed(value) for key, value in data.items()}


def _trimmed(value: Any) -> Any:
    """``value`` with trailing whitespace cut from every string: a YAML ``|`` block keeps
    a final newline that a form or another tool leaves out, and nobody sees it."""
    if isinstance(value, str):
        return value.rstrip()
    if isinstance(value, dict):
        return {key: _trimmed(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_trimmed(item) for item in value]
    return value


def _default(key: str) -> Any:
    for model in (Scenario, Quiz, Glossary):
        for name, info in model.model_fields.items():
            if key in (name, info.alias) and not info.is_required():
                return info.get_default(call_default_factory=True)
    return None


def _ref(data: Data) -> str:
    return f"{data.get('id', '?')}@{data.get('version', '?')}"


def _dict(data: Any, key: str) -> Data:
    value = data.get(key) if isinstance(data, dict) else None
    return value if isinstance(value, dict) else {}


def _list(data: Any, key: str) -> list[Any]:
    value = data.get(key) if isinstance(data, dict) else None
    return value if isinstance(value, list) else []


def _get(item: Any, key: str) -> Any:
    return item.get(key, DEFAULTS.get(key)) if isinstance(item, dict) else None


def _key(item: Any) -> str:
    return json.dumps(item, sort_keys=True, ensure_ascii=False, default=str)


def _label(item: Any) -> str:
    text = _get(item, "text")
    return text if isinstance(text, str) else ""


def _shape(node: Any, moving: set[str]) -> str:
    """A node's content with links to added or removed nodes blanked out."""
    masked = _follow_renames({"nodes": {"_": node}}, dict.fromkeys(moving, "\0"))
    return _key(masked["nodes"]["_"])


def _follow_renames(data: Data, renamed: dict[str, str]) -> Data:
    """``data`` with every node reference (and node id) mapped through ``renamed``."""
    copy_: Data = json.loads(json.dumps(data, default=str))
    for ref, target in list(all_references(copy_)):
        if target in renamed:
            parent: Any = copy_
            for part in ref.path[:-1]:
                parent = parent[part]
            parent[ref.path[-1]] = renamed[target]
    nodes = _dict(copy_, "nodes")
    if nodes:
        copy_["nodes"] = {renamed.get(k, k): v for k, v in nodes.items()}
    return copy_
