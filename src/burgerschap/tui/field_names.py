"""The editor's names for the fields of a scenario: what a problem says in the form.

A problem names a field by its YAML key (``goto``); the editor's form calls it
"Naar", and a teacher who never opened the YAML tab does not know the key.
:func:`form_name` gives a field the name the form shows, from the form's own
interface strings (:data:`FORM_FIELDS` maps field paths to those keys; no
word is written twice), with the choice or answer it belongs to in front:
"Keuze 2 › Naar". The YAML tab and the command line keep the keys.
"""

from __future__ import annotations

import re

from burgerschap.i18n import N_, Language, t
from burgerschap.scenario.problems import FieldKey

ANY = "*"
"""In a pattern: any name (a node, a dimension)."""
ITEM = "#"
"""In a pattern: any position in a list."""

FORM_FIELDS: dict[tuple[tuple[str, ...], str | None], str] = {
    # The settings form (tui/widgets/settings_form.py)
    (("title",), None): N_("tui.editor.settings.title"),
    (("id",), None): N_("tui.editor.settings.id"),
    (("summary",), None): N_("tui.editor.settings.summary"),
    (("language",), None): "tui.editor.settings.language",
    (("authors",), None): N_("tui.editor.settings.authors"),
    (("tags",), None): N_("tui.editor.settings.tags"),
    (("minutes",), None): N_("tui.editor.settings.minutes"),
    (("start",), None): "tui.editor.settings.start",
    (("allow_back",), None): "tui.editor.settings.allow_back",
    (("reflection",), None): N_("tui.editor.settings.reflection"),
    (("dimensions",), None): "tui.editor.dimensions",
    (("dimensions", ANY, "label"), None): N_("tui.editor.dim.label"),
    (("dimensions", ANY, "description"), None): N_("tui.editor.dim.description"),
    (("dimensions", ANY, "feedback", "low"), None): N_("tui.editor.dim.low"),
    (("dimensions", ANY, "feedback", "middle"), None): N_("tui.editor.dim.middle"),
    (("dimensions", ANY, "feedback", "high"), None): N_("tui.editor.dim.high"),
    # The node form (tui/widgets/node_form.py): a story
    (("nodes", ANY, "title"), None): N_("tui.editor.field.title"),
    (("nodes", ANY, "text"), None): N_("tui.editor.field.text"),
    (("nodes", ANY, "choices"), None): "tui.editor.choices",
    (("nodes", ANY, "choices", ITEM), None): "tui.editor.choice",
    (("nodes", ANY, "choices", ITEM, "text"), None): N_("tui.editor.field.choice_text"),
    (("nodes", ANY, "choices", ITEM, "goto"), None): N_("tui.editor.field.goto"),
    (("nodes", ANY, "choices", ITEM, "effects"), None): N_("tui.editor.field.effects"),
    (("nodes", ANY, "choices", ITEM, "feedback"), None): N_("tui.editor.field.feedback"),
    (("nodes", ANY, "choices", ITEM, "set"), None): N_("tui.editor.field.set"),
    (("nodes", ANY, "choices", ITEM, "unset"), None): N_("tui.editor.field.unset"),
    (("nodes", ANY, "choices", ITEM, "if"), None): "tui.editor.condition",
    (("nodes", ANY, "choices", ITEM, "if", "min"), None): N_("tui.editor.field.min"),
    (("nodes", ANY, "choices", ITEM, "if", "max"), None): N_("tui.editor.field.max"),
    (("nodes", ANY, "choices", ITEM, "if", "flags"), None): N_("tui.editor.field.flags"),
    (("nodes", ANY, "choices", ITEM, "if", "not_flags"), None): N_("tui.editor.field.not_flags"),
    (("nodes", ANY, "choices", ITEM, "if", "visited"), None): N_("tui.editor.field.visited"),
    (("nodes", ANY, "choices", ITEM, "if", "not_visited"), None): N_(
        "tui.editor.field.not_visited"
    ),
    # a question
    (("nodes", ANY, "text"), "question"): N_("tui.editor.field.question_text"),
    (("nodes", ANY, "question"), None): N_("tui.editor.field.question"),
    (("nodes", ANY, "options"), None): "tui.editor.options",
    (("nodes", ANY, "options", ITEM), None): "tui.editor.option",
    (("nodes", ANY, "options", ITEM, "text"), None): N_("tui.editor.field.option_text"),
    (("nodes", ANY, "options", ITEM, "correct"), None): "tui.editor.field.correct",
    (("nodes", ANY, "options", ITEM, "feedback"), None): N_("tui.editor.field.feedback"),
    (("nodes", ANY, "explanation"), None): N_("tui.editor.field.explanation"),
    (("nodes", ANY, "source"), None): N_("tui.editor.field.source"),
    (("nodes", ANY, "effects"), None): N_("tui.editor.field.effects_correct"),
    (("nodes", ANY, "goto"), None): N_("tui.editor.field.goto_all"),
    (("nodes", ANY, "goto_correct"), None): N_("tui.editor.field.goto_correct"),
    (("nodes", ANY, "goto_wrong"), None): N_("tui.editor.field.goto_wrong"),
    # an ending
    (("nodes", ANY, "ending", "title"), None): N_("tui.editor.field.ending_title"),
    (("nodes", ANY, "ending", "text"), None): N_("tui.editor.field.ending_text"),
}
"""Every field the forms show: (path pattern, node kind or None for any) -> the
interface string of its label."""

_SCORES = frozenset({"effects", "min", "max"})
"""Fields that hold a number per dimension: the dimension's name follows their name."""
_ASIDE = re.compile(r"\s*\([^()]*\)$")
"""A remark in brackets after a label, "(Markdown)": not part of the field's name."""


def _pattern(path: tuple[str | int, ...]) -> tuple[str, ...]:
    out: list[str] = []
    for i, part in enumerate(path):
        if isinstance(part, int):
            out.append(ITEM)
        elif i == 1 and path[0] in ("nodes", "dimensions"):
            out.append(ANY)
        else:
            out.append(part)
    return tuple(out)


def label_key(path: tuple[str | int, ...], kind: str | None = None) -> str | None:
    """The interface string that labels the field at ``path`` in the form, if any."""
    pattern = _pattern(path)
    return FORM_FIELDS.get((pattern, kind)) or FORM_FIELDS.get((pattern, None))


def _label(path: tuple[str | int, ...], kind: str | None, lang: Language) -> str | None:
    key = label_key(path, kind)
    if key is None:
        return None
    index = path[-1] if path and isinstance(path[-1], int) else 0
    return _ASIDE.sub("", t(key, lang, n=index + 1))


def form_name(field: FieldKey, lang: Language) -> str | None:
    """The name the form gives ``field``, after the choice or answer it is in
    ("Keuze 2 › Naar"); None when the form does not show it (an unknown key)."""
    path = field.path
    end = len(path)
    while end and isinstance(path[end - 1], int) and label_key(path[:end], field.kind) is None:
        end -= 1  # an entry of a list: the list's field
    label = _label(path[:end], field.kind, lang)
    tail: list[str] = []
    if label is None and end >= 2 and path[end - 2] in _SCORES:
        # A dimension's score: the scores' field, then the dimension.
        tail = [str(path[end - 1])]
        end -= 1
        label = _label(path[:end], field.kind, lang)
    if label is None:
        return None
    crumbs = [_crumb(path[:i], field.kind, lang) for i in range(1, end)]
    return " › ".join([*(c for c in crumbs if c), label, *tail])


def _crumb(prefix: tuple[str | int, ...], kind: str | None, lang: Language) -> str | None:
    """What a field is inside: a choice, an answer, a condition, a dimension."""
    if isinstance(prefix[-1], int) or prefix[-1] == "if":
        return _label(prefix, kind, lang)
    if len(prefix) == 2 and prefix[0] == "dimensions":
        return str(prefix[1])
    return None
