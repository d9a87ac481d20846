"""What changed between two versions, in words: the lines of ``burgerschap diff``.

The domain gives each change as a
:class:`~burgerschap.scenario.diff_lines.DiffLine` (a code, a sign, the
values it names); here it becomes a line in Dutch or English, after its sign.
A changed text of several lines is followed by its line-by-line difference.
"""

from __future__ import annotations

from typing import Any

from burgerschap.i18n import Language
from burgerschap.scenario.diff import Change, Diff
from burgerschap.scenario.diff_lines import KIND_PARAMS, diff_line

__all__ = ["DIFF_MESSAGES", "HEADER", "KINDS", "render", "render_change"]

# code -> (Dutch, English). Fields: see burgerschap.scenario.diff_lines.DiffLine.
DIFF_MESSAGES: dict[str, tuple[str, str]] = {
    "field_changed": ("{field}: {old} → {new}", "{field}: {old} → {new}"),
    "dimension_added": ("dimensie '{field}' toegevoegd", "dimension '{field}' added"),
    "dimension_removed": ("dimensie '{field}' verwijderd", "dimension '{field}' removed"),
    "dimension_changed": (
        "dimensie '{field}': {old} → {new}",
        "dimension '{field}': {old} → {new}",
    ),
    "node_added": ("node '{node}' toegevoegd ({kind})", "node '{node}' added ({kind})"),
    "node_removed": ("node '{node}' verwijderd ({kind})", "node '{node}' removed ({kind})"),
    "node_renamed": (
        "node '{old_raw}' heet nu '{new_raw}'",
        "node '{old_raw}' renamed to '{new_raw}'",
    ),
    "node_kind_changed": (
        "node '{node}': soort {old_kind} → {new_kind}",
        "node '{node}': kind {old_kind} → {new_kind}",
    ),
    "node_changed": ("node '{node}' gewijzigd", "node '{node}' changed"),
    "node_field_changed": ("node '{node}': {field}{values}", "node '{node}': {field}{values}"),
    "ending_changed": (
        "node '{node}': einde {field}{values}",
        "node '{node}': ending {field}{values}",
    ),
    "effect_changed": (
        "node '{node}'{where}: effect op {field} {old} → {new}",
        "node '{node}'{where}: effect on {field} {old} → {new}",
    ),
    "choice_added": (
        "node '{node}': keuze {n} «{label}» toegevoegd",
        "node '{node}': choice {n} «{label}» added",
    ),
    "choice_removed": (
        "node '{node}': keuze {n} «{label}» verwijderd",
        "node '{node}': choice {n} «{label}» removed",
    ),
    "choice_moved": (
        "node '{node}': keuze «{label}» van plaats {from_n} naar {n}",
        "node '{node}': choice «{label}» moved from place {from_n} to {n}",
    ),
    "choice_changed": (
        "node '{node}', keuze {n} «{label}»: {field}{values}",
        "node '{node}', choice {n} «{label}»: {field}{values}",
    ),
    "option_added": (
        "'{node}': antwoord {n} «{label}» toegevoegd",
        "'{node}': option {n} «{label}» added",
    ),
    "option_removed": (
        "'{node}': antwoord {n} «{label}» verwijderd",
        "'{node}': option {n} «{label}» removed",
    ),
    "option_moved": (
        "'{node}': antwoord «{label}» van plaats {from_n} naar {n}",
        "'{node}': option «{label}» moved from place {from_n} to {n}",
    ),
    "option_changed": (
        "'{node}', antwoord {n} «{label}»: {field}{values}",
        "'{node}', option {n} «{label}»: {field}{values}",
    ),
    "question_added": ("vraag '{node}' toegevoegd", "question '{node}' added"),
    "question_removed": ("vraag '{node}' verwijderd", "question '{node}' removed"),
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


def render(result: Diff, lang: Language = "nl") -> list[str]:
    """The diff as lines: a header, then one line per change (texts followed by
    their line differences)."""
    pick = _index(lang)
    params = {"old": result.old_ref, "new": result.new_ref, "count": len(result.changes)}
    lines = [HEADER["count" if result else "same"][pick].format(**params)]
    for change in result.changes:
        lines.extend(render_change(change, lang))
    return lines


def render_change(change: Change, lang: Language = "nl") -> list[str]:
    """One change as a line (and, for a text of several lines, its difference)."""
    pick = _index(lang)
    line = diff_line(change)
    templates = DIFF_MESSAGES.get(line.code)
    if templates is None:
        return [f"{line.sign} {line.code}"]
    params: dict[str, Any] = dict(line.params)
    for name in KIND_PARAMS:
        value = params[name]
        params[name] = KINDS[value][pick] if isinstance(value, str) and value in KINDS else value
    params["where"] = HEADER["choice_where"][pick].format(**params) if line.in_choice else ""
    return [f"{line.sign} {templates[pick].format(**params)}", *line.details]


def _index(lang: Language) -> int:
    return 1 if lang == "en" else 0
