"""Editor operations: pure functions from a scenario to a new scenario.

Every operation takes either a :class:`Scenario` or its plain data (the dict
:func:`~burgerschap.scenario.serialize.to_data` gives, which may not validate
yet: an editor holds unfinished work) and returns a new value of the same
kind; the input is never changed, so an undo stack can simply keep the old
values. Given a model, the result is validated field by field (a
:class:`ScenarioError` when a value does not fit); whole-document rules
(a ``goto`` to a missing node, dead ends) are for the validator and the
analyzer, shown next to the form.

Operations that would break the document refuse with a :class:`ScenarioError`
whose problems carry a message code and the node concerned, so an editor can
show them and jump there: renaming to a name in use, deleting a node that is
still referenced (one problem per reference).
"""

from __future__ import annotations

import copy
import re
from typing import Any, TypeVar

from pydantic import ValidationError

from burgerschap.scenario.models import NODE_ID, NODE_TAGS, SLUG, Scenario
from burgerschap.scenario.problems import Problem, ScenarioError
from burgerschap.scenario.references import (
    FieldPath,
    Kind,
    Reference,
    all_references,
    node_kind,
    nodes_of,
    score_maps,
)
from burgerschap.scenario.serialize import Data, to_data

__all__ = [
    "Doc",
    "FieldPath",
    "Kind",
    "Reference",
    "add_choice",
    "add_node",
    "all_references",
    "delete_dimension",
    "delete_node",
    "dimension_uses",
    "free_node_id",
    "insert_item",
    "move_item",
    "move_node",
    "new_node",
    "node_kind",
    "references",
    "referrers",
    "remove_item",
    "rename_dimension",
    "rename_node",
    "set_field",
]

Doc = TypeVar("Doc", Scenario, dict[str, Any])
"""A scenario model, or its plain data; every operation returns the same kind."""

# Reading


def references(doc: Scenario | Data, node_id: str) -> list[Reference]:
    """Every place that names ``node_id``, in file order."""
    return [ref for ref, target in all_references(_data(doc)) if target == node_id]


def referrers(doc: Scenario | Data, node_id: str) -> list[str]:
    """The other nodes that lead to or test ``node_id`` (``start`` counts as a referrer)."""
    found = [ref.node or "start" for ref in references(doc, node_id) if ref.node != node_id]
    return list(dict.fromkeys(found))


def free_node_id(doc: Scenario | Data, base: str = "node") -> str:
    """``base`` made into a valid node id not used yet (``base-2``, ``base-3``, ...)."""
    cleaned = re.sub(r"[^A-Za-z0-9_-]+", "-", base).strip("-")[:60] or "node"
    nodes = nodes_of(_data(doc))
    candidate, n = cleaned, 1
    while candidate in nodes:
        n += 1
        candidate = f"{cleaned}-{n}"
    return candidate


def new_node(kind: Kind = "story", text: str = "…") -> Data:
    """A minimal node of ``kind`` for an editor to fill in.

    A new story node has no choices and a new question no options yet: the
    validator reports that until the author adds them.
    """
    if kind == "ending":
        return {"ending": {"title": text}}
    if kind == "question":
        return {"question": text, "options": []}
    return {"text": text, "choices": []}


# Nodes


def add_node(doc: Doc, node_id: str, node: Any = None) -> Doc:
    """``doc`` with a new node ``node_id`` (a story node by default) after the others."""
    data = _data(doc, copy_=True)
    _check_new_id(data, node_id)
    if node is None:
        node = new_node()
    elif hasattr(node, "model_dump"):
        node = node.model_dump(mode="json", by_alias=True, exclude_defaults=True)
    content = {k: v for k, v in copy.deepcopy(node).items() if v is not None}
    data.setdefault("nodes", {})[node_id] = content
    return _like(doc, data)


def rename_node(doc: Doc, old: str, new: str) -> Doc:
    """``doc`` with node ``old`` called ``new``; every reference follows.

    The node keeps its place in the file. References are the start, every
    ``goto`` (also of questions) and the ``visited``/``not_visited`` lists of
    conditions.

    Raises:
        ScenarioError: ``node_missing`` when there is no ``old``, ``node_exists``
            when ``new`` is in use, ``pattern`` when ``new`` is not a valid name.
    """
    data = _data(doc, copy_=True)
    if old not in nodes_of(data):
        raise _refuse("node_missing", old)
    if new == old:
        return _like(doc, data)
    _check_new_id(data, new)
    data["nodes"] = {(new if k == old else k): v for k, v in data["nodes"].items()}
    for ref, target in list(all_references(data)):
        if target == old:
            _replace(data, ref.path, new)
    return _like(doc, data)


def delete_node(doc: Doc, node_id: str) -> Doc:
    """``doc`` without node ``node_id``.

    Raises:
        ScenarioError: ``node_referenced`` for each place outside the node that
            still names it (the start, another node's goto or condition); the
            node must be unlinked first. ``node_missing`` when there is none.
    """
    data = _data(doc, copy_=True)
    if node_id not in nodes_of(data):
        raise _refuse("node_missing", node_id)
    blocking = [ref for ref in references(data, node_id) if ref.node != node_id]
    if blocking:
        raise ScenarioError(
            [
                Problem(
                    "node_referenced",
                    node=ref.node,
                    params={"node": node_id, "referrer": ref.node or "start", "field": ref.field},
                )
                for ref in blocking
            ]
        )
    del data["nodes"][node_id]
    return _like(doc, data)


def move_node(doc: Doc, node_id: str, index: int) -> Doc:
    """``doc`` with ``node_id`` at place ``index`` in the file's node order."""
    data = _data(doc, copy_=True)
    if node_id not in nodes_of(data):
        raise _refuse("node_missing", node_id)
    items = [(k, v) for k, v in data["nodes"].items() if k != node_id]
    items.insert(index, (node_id, data["nodes"][node_id]))
    data["nodes"] = dict(items)
    return _like(doc, data)


# Fields and lists


def set_field(doc: Doc, path: FieldPath, value: Any) -> Doc:
    """``doc`` with the value at ``path`` replaced; ``None`` removes the key (its default).

    ``path`` names keys and list indexes from the top, e.g. ``("title",)`` or
    ``("nodes", "hal", "choices", 0, "effects", "participatie")``. Missing
    mappings along the way are created.
    """
    data = _data(doc, copy_=True)
    parent = _walk(data, path[:-1], create=True)
    key = path[-1]
    if value is None:
        if isinstance(parent, dict):
            parent.pop(key, None)
        else:
            raise _refuse("path_invalid", _show(path), key="path")
    else:
        if not (isinstance(parent, dict) or _has_index(parent, key)):
            raise _refuse("path_invalid", _show(path), key="path")
        parent[key] = copy.deepcopy(value)
    return _like(doc, data)


def insert_item(doc: Doc, path: FieldPath, value: Any, index: int | None = None) -> Doc:
    """``doc`` with ``value`` added to the list at ``path`` (at the end by default)."""
    data = _data(doc, copy_=True)
    parent = _walk(data, path[:-1], create=True)
    key = path[-1]
    if isinstance(parent, dict) and parent.get(key) is None:
        parent[key] = []
    items = _walk(data, path)
    if not isinstance(items, list):
        raise _refuse("path_invalid", _show(path), key="path")
    items.insert(len(items) if index is None else index, copy.deepcopy(value))
    return _like(doc, data)


def remove_item(doc: Doc, path: FieldPath, index: int) -> Doc:
    """``doc`` without item ``index`` of the list at ``path``."""
    data = _data(doc, copy_=True)
    items = _walk(data, path)
    if not _has_index(items, index):
        raise _refuse("path_invalid", _show((*path, index)), key="path")
    del items[index]
    return _like(doc, data)


def move_item(doc: Doc, path: FieldPath, index: int, to: int) -> Doc:
    """``doc`` with item ``index`` of the list at ``path`` moved to place ``to``."""
    data = _data(doc, copy_=True)
    items = _walk(data, path)
    if not _has_index(items, index):
        raise _refuse("path_invalid", _show((*path, index)), key="path")
    items.insert(to, items.pop(index))
    return _like(doc, data)


def add_choice(doc: Doc, node_id: str, text: str, goto: str, **fields: Any) -> Doc:
    """``doc`` with a choice ``text`` → ``goto`` added to story node ``node_id``.

    ``fields`` are the other choice fields (``effects``, ``feedback``,
    ``set``, ``unset``; the condition as ``condition`` or ``if_``).
    """
    if "condition" in fields or "if_" in fields:
        fields["if"] = fields.pop("condition", None) or fields.pop("if_", None)
    choice = {"text": text, "goto": goto, **{k: v for k, v in fields.items() if v is not None}}
    return insert_item(doc, ("nodes", node_id, "choices"), choice)


# Dimensions


def rename_dimension(doc: Doc, old: str, new: str) -> Doc:
    """``doc`` with dimension ``old`` called ``new`` in its declaration, every
    effect and every ``min``/``max`` condition."""
    data = _data(doc, copy_=True)
    dims = data.get("dimensions")
    if not isinstance(dims, dict) or old not in dims:
        raise _refuse("dimension_missing", old, key="dimension")
    if new != old:
        if not re.match(SLUG, new):
            raise _bad_name("dimension", new)
        if new in dims:
            raise _refuse("dimension_exists", new, key="dimension")
        data["dimensions"] = {(new if k == old else k): v for k, v in dims.items()}
        for scores in score_maps(data):
            if old in scores:
                items = [((new if k == old else k), v) for k, v in scores.items()]
                scores.clear()
                scores.update(items)
    return _like(doc, data)


def delete_dimension(doc: Doc, dimension: str) -> Doc:
    """``doc`` without ``dimension``.

    Raises:
        ScenarioError: ``dimension_used`` for each node whose effects or
            conditions still use it; ``dimension_missing`` when there is none.
    """
    data = _data(doc, copy_=True)
    dims = data.get("dimensions")
    if not isinstance(dims, dict) or dimension not in dims:
        raise _refuse("dimension_missing", dimension, key="dimension")
    users = dimension_uses(data, dimension)
    if users:
        raise ScenarioError(
            [
                Problem("dimension_used", node=name, params={"dimension": dimension, "node": name})
                for name in users
            ]
        )
    del dims[dimension]
    return _like(doc, data)


def dimension_uses(doc: Scenario | Data, dimension: str) -> list[str]:
    """The nodes whose effects or conditions use ``dimension``."""
    found = []
    for name, node in nodes_of(_data(doc)).items():
        if any(dimension in scores for scores in score_maps({"nodes": {name: node}})):
            found.append(name)
    return found


# Internals


def _data(doc: Scenario | Data, copy_: bool = False) -> Data:
    if isinstance(doc, Scenario):
        return to_data(doc)
    return copy.deepcopy(doc) if copy_ else doc


def _like(original: Doc, data: Data) -> Doc:
    if isinstance(original, Scenario):
        try:
            return Scenario.model_validate(data)
        except ValidationError as exc:
            raise ScenarioError(
                [
                    Problem(
                        "invalid",
                        params={"field": _show(_clean_loc(e["loc"])), "detail": e["msg"]},
                        node=_node_of(_clean_loc(e["loc"])),
                    )
                    for e in exc.errors()
                ]
            ) from None
    return data


def _clean_loc(loc: Any) -> FieldPath:
    """The error location without the node-kind tag pydantic inserts."""
    parts = tuple(loc)
    if len(parts) > 2 and parts[0] == "nodes" and parts[2] in NODE_TAGS:
        parts = parts[:2] + parts[3:]
    return parts


def _node_of(loc: tuple[Any, ...]) -> str | None:
    return str(loc[1]) if len(loc) > 1 and loc[0] == "nodes" else None


def _has_index(items: Any, index: Any) -> bool:
    return isinstance(items, list) and isinstance(index, int) and -len(items) <= index < len(items)


def _walk(data: Any, path: FieldPath, create: bool = False) -> Any:
    current = data
    for i, key in enumerate(path):
        if isinstance(current, dict):
            if key not in current or current[key] is None:
                if not create:
                    raise _refuse("path_invalid", _show(path[: i + 1]), key="path")
                current[key] = {}
            current = current[key]
        elif _has_index(current, key):
            current = current[key]
        else:
            raise _refuse("path_invalid", _show(path[: i + 1]), key="path")
    return current


def _replace(data: Data, path: FieldPath, value: Any) -> None:
    parent = _walk(data, path[:-1])
    parent[path[-1]] = value


def _check_new_id(data: Data, node_id: str) -> None:
    if not re.match(NODE_ID, node_id) or len(node_id) > 64:
        raise _bad_name("node", node_id)
    if node_id in nodes_of(data):
        raise _refuse("node_exists", node_id)


def _bad_name(field: str, value: str) -> ScenarioError:
    hint = "slug" if field == "dimension" else "name"  # see loader._PATTERN_HINTS
    return ScenarioError(
        [Problem("pattern", params={"field": field, "value": value, "hint": hint})]
    )


def _refuse(code: str, name: str, key: str = "node") -> ScenarioError:
    node = name if key == "node" else None
    return ScenarioError([Problem(code, node=node, params={key: name})])


def _show(path: FieldPath) -> str:
    return ".".join(str(part) for part in path)
