"""A :class:`~burgerschap.scenario.diff.Diff` as lines of text, in Dutch or English.

Each line starts with a sign a reader can scan: ``+`` added, ``-`` removed,
``~`` changed, ``>`` renamed or moved. A changed text of several lines is
followed by its line-by-line difference, indented.
"""

from __future__ import annotations

import difflib
from typing import Any

import yaml

from burgerschap.scenario.diff import Change, Diff
from burgerschap.scenario.problems import Lang

# code -> (sign, Dutch, English). Fields: node, field, n (1-based place),
# label, old, new, kind.
DIFF_MESSAGES: dict[str, tuple[str, str, str]] = {
    "field_changed": ("~", "{field}: {old} → {new}", "{field}: {old} → {new}"),
    "dimension_added": ("+", "dimensie '{field}' toegevoegd", "dimension '{field}' added"),
    "dimension_removed": ("-", "dimensie '{field}' verwijderd", "dimension '{field}' removed"),
    "dimension_changed": (
        "~",
        "dimensie '{field}': {old} → {new}",
        "dimension '{field}': {old} → {new}",
    ),
    "node_added": ("+", "node '{node}' toegevoegd ({kind})", "node '{node}' added ({kind})"),
    "node_removed": ("-", "node '{node}' verwijderd ({kind})", "node '{node}' removed ({kind})"),
    "node_renamed": (
        ">",
        "node '{old_raw}' heet nu '{new_raw}'",
        "node '{old_raw}' renamed to '{new_raw}'",
    ),
    "node_kind_changed": (
        "~",
        "node '{node}': soort {old_kind} → {new_kind}",
        "node '{node}': kind {old_kind} → {new_kind}",
    ),
    "node_changed": ("~", "node '{node}' gewijzigd", "node '{node}' changed"),
    "node_field_changed": ("~", "node '{node}': {field}{values}", "node '{node}': {field}{values}"),
    "ending_changed": (
        "~",
        "node '{node}': einde {field}{values}",
        "node '{node}': ending {field}{values}",
    ),
    "effect_changed": (
        "~",
        "node '{node}'{where}: effect op {field} {old} → {new}",
        "node '{node}'{where}: effect on {field} {old} → {new}",
    ),
    "choice_added": (
        "+",
        "node '{node}': keuze {n} «{label}» toegevoegd",
        "node '{node}': choice {n} «{label}» added",
    ),
    "choice_removed": (
        "-",
        "node '{node}': keuze {n} «{label}» verwijderd",
        "node '{node}': choice {n} «{label}» removed",
    ),
    "choice_moved": (
        ">",
        "node '{node}': keuze «{label}» van plaats {from_n} naar {n}",
        "node '{node}': choice «{label}» moved from place {from_n} to {n}",
    ),
    "choice_changed": (
        "~",
        "node '{node}', keuze {n} «{label}»: {field}{values}",
        "node '{node}', choice {n} «{label}»: {field}{values}",
    ),
    "option_added": (
        "+",
        "'{node}': antwoord {n} «{label}» toegevoegd",
        "'{node}': option {n} «{label}» added",
    ),
    "option_removed": (
        "-",
        "'{node}': antwoord {n} «{label}» verwijderd",
        "'{node}': option {n} «{label}» removed",
    ),
    "option_moved": (
        ">",
        "'{node}': antwoord «{label}» van plaats {from_n} naar {n}",
        "'{node}': option «{label}» moved from place {from_n} to {n}",
    ),
    "option_changed": (
        "~",
        "'{node}', antwoord {n} «{label}»: {field}{values}",
        "'{node}', option {n} «{label}»: {field}{values}",
    ),
    "question_added": ("+", "vraag '{node}' toegevoegd", "question '{node}' added"),
    "question_removed": ("-", "vraag '{node}' verwijderd", "question '{node}' removed"),
}

HEADER = {
    "same": ("{old} en {new} zijn inhoudelijk gelijk", "{old} and {new} have the same content"),
    "count": ("{old} → {new}: {count} wijziging(en)", "{old} → {new}: {count} change(s)"),
    "choice_where": (", keuze {n} «{label}»", ", choice {n} «{label}»"),
}

KINDS = {
    "story": ("verhaal", "story"),
    "question": ("vraag", "question"),
    "ending": ("einde", "ending"),
}

MAX_VALUE = 60


def render(result: Diff, lang: Lang = "nl") -> list[str]:
    """The diff as lines: a header, then one line per change (texts followed by
    their line differences)."""
    pick = 1 if lang == "en" else 0
    params = {"old": result.old_ref, "new": result.new_ref, "count": len(result.changes)}
    lines = [HEADER["count" if result else "same"][pick].format(**params)]
    for change in result.changes:
        lines.extend(render_change(change, lang))
    return lines


def render_change(change: Change, lang: Lang = "nl") -> list[str]:
    """One change as a line (and, for a text of several lines, its difference)."""
    pick = 1 if lang == "en" else 0
    entry = DIFF_MESSAGES.get(change.code)
    if entry is None:
        return [f"~ {change.code}"]
    sign, template = entry[0], entry[1 + pick]
    multiline = _is_multiline(change.old) or _is_multiline(change.new)
    where = ""
    if change.index is not None:
        where = HEADER["choice_where"][pick].format(n=change.index + 1, label=_short(change.label))
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
        "kind": KINDS.get(str(change.field), (change.field, change.field))[pick],
        "old_kind": KINDS.get(str(change.old), (change.old, change.old))[pick],
        "new_kind": KINDS.get(str(change.new), (change.new, change.new))[pick],
        "values": "" if multiline else f": {_value(change.old)} → {_value(change.new)}",
        "where": where,
    }
    if change.code == "effect_changed":
        params["old"], params["new"] = _signed(change.old), _signed(change.new)
    lines = [f"{sign} {template.format(**params)}"]
    if multiline:
        lines.extend(_text_diff(change.old, change.new))
    return lines


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
