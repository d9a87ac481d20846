"""A :class:`~burgerschap.scenario.diff.Diff` as lines, before they are put into words.

Each change becomes a :class:`DiffLine`: its code, the sign a reader can scan
(``+`` added, ``-`` removed, ``~`` changed, ``>`` renamed or moved), the
values the line names, and, for a changed text of several lines, its
line-by-line difference. Nothing here is in a language:
:mod:`burgerschap.i18n.diff_words` words the lines, in Dutch or English.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from typing import Any

import yaml

from burgerschap.scenario.diff import Change

__all__ = ["KIND_PARAMS", "SIGNS", "DiffLine", "diff_line"]

SIGNS: dict[str, str] = {
    "field_changed": "~",
    "dimension_added": "+",
    "dimension_removed": "-",
    "dimension_changed": "~",
    "node_added": "+",
    "node_removed": "-",
    "node_renamed": ">",
    "node_kind_changed": "~",
    "node_changed": "~",
    "node_field_changed": "~",
    "ending_changed": "~",
    "effect_changed": "~",
    "choice_added": "+",
    "choice_removed": "-",
    "choice_moved": ">",
    "choice_changed": "~",
    "option_added": "+",
    "option_removed": "-",
    "option_moved": ">",
    "option_changed": "~",
    "question_added": "+",
    "question_removed": "-",
}
"""Every code a :class:`~burgerschap.scenario.diff.Change` can have, and its sign."""

KIND_PARAMS = ("kind", "old_kind", "new_kind")
"""The parameters that hold a node kind (``story``, ``question``, ``ending``): a word
in the reader's language where it is one of those."""

MAX_VALUE = 60


@dataclass(frozen=True)
class DiffLine:
    """One change, ready to be worded.

    ``params`` are the values a line may name: ``node``, ``field``, ``n`` (the
    1-based place), ``label`` (shortened), ``old`` and ``new`` (quoted and
    shortened), ``old_raw`` and ``new_raw``, ``from_n`` (a moved item's old
    place), ``values`` (": old → new", or nothing for a text with a line
    difference) and the node kinds of :data:`KIND_PARAMS`.
    """

    code: str
    sign: str
    params: dict[str, Any]
    in_choice: bool = False
    """The change is in a choice: the line says which (``n`` and ``label``)."""
    details: list[str] = field(default_factory=list)
    """A changed text's line-by-line difference, indented."""


def diff_line(change: Change) -> DiffLine:
    """``change`` as a line (an unknown code keeps its code and gets the sign ``~``)."""
    multiline = _is_multiline(change.old) or _is_multiline(change.new)
    params: dict[str, Any] = {
        "node": change.node,
        "field": change.field,
        "n": (change.index or 0) + 1,
        "label": _short(change.label),
        "old": _value(change.old),
        "new": _value(change.new),
        "old_raw": change.old,
        "new_raw": change.new,
        "from_n": change.old + 1 if isinstance(change.old, int) else "?",
        "kind": change.field,
        "old_kind": change.old,
        "new_kind": change.new,
        "values": "" if multiline else f": {_value(change.old)} → {_value(change.new)}",
    }
    if change.code == "effect_changed":
        params["old"], params["new"] = _signed(change.old), _signed(change.new)
    return DiffLine(
        change.code,
        SIGNS.get(change.code, "~"),
        params,
        in_choice=change.index is not None,
        details=_text_diff(change.old, change.new) if multiline else [],
    )


def _is_multiline(value: Any) -> bool:
    return isinstance(value, str) and "\n" in value.strip("\n")


def _text_diff(old: Any, new: Any) -> list[str]:
    a = (old or "").strip("\n").splitlines() if isinstance(old, str) else []
    b = (new or "").strip("\n").splitlines() if isinstance(new, str) else []
    out = []
    for line in difflib.unified_diff(a, b, lineterm="", n=1):
        if line.startswith(("---", "+++")):
            continue
        out.append(f"    {line}")
    return out


def _short(text: str, limit: int = MAX_VALUE) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _value(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, str):
        return f"'{_short(value)}'"
    if isinstance(value, bool | int):
        return yaml.safe_dump(value).split("\n")[0]
    flow = yaml.safe_dump(value, default_flow_style=True, allow_unicode=True, width=1_000_000)
    return _short(flow.strip(), 2 * MAX_VALUE)


def _signed(value: Any) -> str:
    return f"{value:+d}" if isinstance(value, int) and value else str(value)
