"""What changed between two versions, in words: the lines of ``burgerschap diff``.

The domain gives each change as a
:class:`~burgerschap.scenario.diff_lines.DiffLine` (a code, a sign, the
values it names); here it becomes a line in Dutch or English, after its sign,
from the ``diff`` catalogue (``locale/<lang>/LC_MESSAGES/diff.po``, message id
= the change's code). A changed text of several lines is followed by its
line-by-line difference.
"""

from __future__ import annotations

from typing import Any

from burgerschap.i18n import Language
from burgerschap.i18n.catalog import catalog
from burgerschap.scenario.diff import Change, Diff
from burgerschap.scenario.diff_lines import KIND_PARAMS, diff_line

__all__ = ["COUNT", "DOMAIN", "KINDS", "SAME", "WHERE", "render", "render_change"]

DOMAIN = "diff"

SAME = "diff.same"
"""The first line when nothing changed."""
COUNT = "diff.count"
"""The first line otherwise: how many changes (plural forms)."""
WHERE = "diff.choice_where"
"""Which choice a change in one is about (``{where}`` of ``effect_changed``)."""
KINDS = {
    "story": "diff.kind.story",
    "question": "diff.kind.question",
    "ending": "diff.kind.ending",
}
"""A node kind in words."""


def render(result: Diff, lang: Language = "nl") -> list[str]:
    """The diff as lines: a header, then one line per change (texts followed by
    their line differences)."""
    words = catalog(DOMAIN, lang)
    count = len(result.changes)
    params = {"old": result.old_ref, "new": result.new_ref, "count": count}
    same = not result
    lines = [words.format(SAME, **params) if same else words.format_plural(COUNT, count, **params)]
    for change in result.changes:
        lines.extend(render_change(change, lang))
    return lines


def render_change(change: Change, lang: Language = "nl") -> list[str]:
    """One change as a line (and, for a text of several lines, its difference)."""
    words = catalog(DOMAIN, lang)
    line = diff_line(change)
    template = words.messages.get(line.code)
    if not isinstance(template, str):
        return [f"{line.sign} {line.code}"]
    params: dict[str, Any] = dict(line.params)
    for name in KIND_PARAMS:
        value = params[name]
        if isinstance(value, str) and value in KINDS:
            params[name] = words.text(KINDS[value])
    params["where"] = words.format(WHERE, **params) if line.in_choice else ""
    return [f"{line.sign} {template.format(**params)}", *line.details]
