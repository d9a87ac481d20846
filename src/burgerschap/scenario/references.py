"""Where a scenario names its nodes and dimensions, read from plain data.

Shared by the editor operations (:mod:`burgerschap.scenario.edit`) and the
diff (:mod:`burgerschap.scenario.diff`). Everything here reads plain data
defensively: an editor's unfinished work may have any shape.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

Data = dict[str, Any]
Kind = Literal["story", "question", "ending"]
FieldPath = tuple[str | int, ...]

GOTO_FIELDS = ("goto", "goto_correct", "goto_wrong")
VISIT_FIELDS = ("visited", "not_visited")


@dataclass(frozen=True)
class Reference:
    """A place that names a node: the start, a goto, or a visited condition."""

    path: FieldPath
    """Where, e.g. ``("nodes", "hal", "choices", 0, "goto")`` or ``("start",)``."""
    node: str | None
    """The node holding the reference; None for the scenario's ``start``."""
    field: str
    """``start``, ``goto``, ``goto_correct``, ``goto_wrong``, ``visited`` or ``not_visited``."""


def node_kind(node: Any) -> Kind:
    """``story``, ``question`` or ``ending`` for a node's data."""
    if isinstance(node, dict):
        if "ending" in node:
            return "ending"
        if "question" in node:
            return "question"
    return "story"


def nodes_of(data: Data) -> dict[str, Any]:
    """The ``nodes`` mapping, or an empty one when there is none (yet)."""
    nodes = data.get("nodes")
    return nodes if isinstance(nodes, dict) else {}


def all_references(data: Data) -> Iterator[tuple[Reference, str]]:
    """Every node reference in plain data with the node it names, in file order."""
    if isinstance(data.get("start"), str):
        yield Reference(("start",), None, "start"), data["start"]
    for name, node in nodes_of(data).items():
        if not isinstance(node, dict):
            continue
        base: FieldPath = ("nodes", name)
        for key in GOTO_FIELDS:
            if isinstance(node.get(key), str):
                yield Reference((*base, key), name, key), node[key]
        choices = node.get("choices")
        for i, choice in enumerate(choices if isinstance(choices, list) else []):
            if not isinstance(choice, dict):
                continue
            if isinstance(choice.get("goto"), str):
                yield Reference((*base, "choices", i, "goto"), name, "goto"), choice["goto"]
            condition = choice.get("if")
            if not isinstance(condition, dict):
                continue
            for key in VISIT_FIELDS:
                listed = condition.get(key)
                for j, target in enumerate(listed if isinstance(listed, list) else []):
                    if isinstance(target, str):
                        yield Reference((*base, "choices", i, "if", key, j), name, key), target


def score_maps(data: Data) -> Iterator[dict[str, Any]]:
    """Every effects and min/max mapping, where dimensions are named."""
    for node in nodes_of(data).values():
        if not isinstance(node, dict):
            continue
        if isinstance(node.get("effects"), dict):
            yield node["effects"]
        choices = node.get("choices")
        for choice in choices if isinstance(choices, list) else []:
            if not isinstance(choice, dict):
                continue
            if isinstance(choice.get("effects"), dict):
                yield choice["effects"]
            condition = choice.get("if")
            if isinstance(condition, dict):
                for key in ("min", "max"):
                    if isinstance(condition.get(key), dict):
                        yield condition[key]
