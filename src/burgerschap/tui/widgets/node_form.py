"""The form for one node: its text, its choices, its question or its ending.

:class:`NodeForm` rebuilds itself from the scenario's data with
:meth:`NodeForm.show`. It changes nothing: every field is a widget from
:mod:`~burgerschap.tui.widgets.fields` that the editor screen writes back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widget import Widget
from textual.widgets import Collapsible, Label, Static

from burgerschap.application.editing import get
from burgerschap.i18n.names import NODE_KIND
from burgerschap.scenario.edit import FieldPath, node_kind
from burgerschap.tui.widgets.fields import (
    FieldArea,
    FieldCheck,
    FieldInput,
    FieldLabel,
    FieldSelect,
    ItemButton,
    replace_children,
    row,
)

Tr = Callable[..., str]
"""The interface text for a key, in the editor's language."""

KIND_MARK = {"story": "▤", "question": "?", "ending": "◆"}


def node_options(data: dict[str, Any]) -> list[tuple[str, str]]:
    """Every node as an option of a target field."""
    nodes = data.get("nodes")
    if not isinstance(nodes, dict):
        return []
    return [(f"{KIND_MARK[node_kind(n)]} {name}", name) for name, n in nodes.items()]


class NodeForm(VerticalScroll):
    """Everything about the selected node, field by field."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.node_id: str | None = None

    async def show(self, data: dict[str, Any], node_id: str | None, tr: Tr) -> None:
        """Rebuild the form for ``node_id`` (an empty form when None)."""
        self.node_id = node_id
        if node_id is None or node_id not in (data.get("nodes") or {}):
            widgets: list[Widget] = [Static(tr("tui.editor.no_node"), classes="hint")]
        else:
            widgets = _Builder(data, node_id, tr).widgets()
        await replace_children(self, widgets)

    def field_for(self, path: FieldPath) -> Widget | None:
        """The field that best shows the value at ``path``, opened up; None if none does."""
        best: Widget | None = None
        score = 0
        for widget in self.query("*"):
            field = getattr(widget, "path", None)
            if not isinstance(field, tuple) or not widget.can_focus:
                continue
            closeness = _closeness(field, path)
            if closeness > score:
                best, score = widget, closeness
        if best is not None:
            for ancestor in best.ancestors:
                if isinstance(ancestor, Collapsible):
                    ancestor.collapsed = False
        return best


def _closeness(field: FieldPath, wanted: FieldPath) -> int:
    """How well a field at ``field`` answers for ``wanted``: 0 not at all, more is better.

    The field of the value itself is best, then the field of what contains it
    (the scores of ``effects.participatie``), then the first field inside it
    (a choice's text, for a problem about the whole choice).
    """
    if field == wanted:
        return 3 * len(wanted) + 2
    if wanted[: len(field)] == field:
        return 3 * len(field) + 1
    if field[: len(wanted)] == wanted:
        return 3 * len(wanted)
    return 0


class _Builder:
    def __init__(self, data: dict[str, Any], node_id: str, tr: Tr) -> None:
        self.data = data
        self.node_id = node_id
        self.tr = tr
        self.base: FieldPath = ("nodes", node_id)
        self.node = get(data, self.base, {})
        self.dims = [d for d in (data.get("dimensions") or {}) if isinstance(d, str)]
        self.targets = node_options(data)

    def widgets(self) -> list[Widget]:
        tr = self.tr
        kind = node_kind(self.node)
        head = Static(
            tr("tui.editor.node.heading", kind=tr(NODE_KIND[kind]), node=self.node_id),
            classes="form-heading",
            markup=False,  # the node's name is the file's, not ours
        )
        out: list[Widget] = [head]
        if kind == "ending":
            out += self.ending()
        elif kind == "question":
            out += self.question()
        else:
            out += self.story()
        return out

    def value(self, *path: str | int) -> Any:
        return get(self.node, path)

    def input(self, label: str, *path: str | int, parse: Any = "text", hint: str = "") -> Widget:
        return row(
            self.tr(label),
            FieldInput((*self.base, *path), self.value(*path), parse=parse, placeholder=hint),
        )

    def area(self, label: str, *path: str | int, optional: bool = False) -> list[Widget]:
        return [
            FieldLabel(self.tr(label), classes="area-label"),
            FieldArea((*self.base, *path), self.value(*path), optional=optional),
        ]

    def target(self, label: str, *path: str | int, blank: bool = True) -> Widget:
        return row(
            self.tr(label),
            FieldSelect((*self.base, *path), self.value(*path), self.targets, blank=blank),
        )

    def scores(self, label: str, *path: str | int) -> Widget:
        """One small number field per dimension: side by side for two, a line each for more."""
        if not self.dims:
            return row(self.tr(label), Label(self.tr("tui.editor.no_dimensions"), classes="hint"))

        def field(dim: str) -> list[Widget]:
            return [
                FieldLabel(dim[:14], classes="dim-label"),
                FieldInput((*self.base, *path, dim), self.value(*path, dim), parse="int"),
            ]

        if len(self.dims) <= 2:
            return row(
                self.tr(label), *[w for d in self.dims for w in field(d)], classes="scores-row"
            )
        rows = [
            row(self.tr(label) if n == 0 else "", *field(d), classes="scores-row")
            for n, d in enumerate(self.dims)
        ]
        return Vertical(*rows, classes="scores-block")

    # Kinds ------------------------------------------------------------

    def ending(self) -> list[Widget]:
        return [
            self.input("tui.editor.field.ending_title", "ending", "title"),
            *self.area("tui.editor.field.ending_text", "ending", "text", optional=True),
        ]

    def story(self) -> list[Widget]:
        out: list[Widget] = [
            self.input("tui.editor.field.title", "title", parse="optional"),
            *self.area("tui.editor.field.text", "text"),
            Static(self.tr("tui.editor.choices"), classes="form-heading"),
        ]
        choices = self.value("choices")
        for i, _choice in enumerate(choices if isinstance(choices, list) else []):
            out.append(self.choice(i, len(choices)))
        out.append(
            Horizontal(
                ItemButton(self.tr("tui.editor.add_choice"), "add_choice", self.base),
                classes="add-row",
            )
        )
        return out

    def choice(self, i: int, count: int) -> Widget:
        tr = self.tr
        path = ("choices", i)
        condition = self.value(*path, "if")
        box = Vertical(
            Horizontal(
                Label(tr("tui.editor.choice", n=i + 1), classes="item-title"),
                ItemButton("↑", "up", (*self.base, "choices"), i, tooltip=tr("tui.editor.up")),
                ItemButton("↓", "down", (*self.base, "choices"), i, tooltip=tr("tui.editor.down")),
                ItemButton(
                    "✕",
                    "remove",
                    (*self.base, "choices"),
                    i,
                    tooltip=tr("tui.editor.remove_choice"),
                ),
                classes="item-head",
            ),
            self.input("tui.editor.field.choice_text", *path, "text"),
            self.target("tui.editor.field.goto", *path, "goto", blank=False),
            self.scores("tui.editor.field.effects", *path, "effects"),
            self.input("tui.editor.field.feedback", *path, "feedback", parse="optional"),
            self.input("tui.editor.field.set", *path, "set", parse="list", hint="vlag, vlag"),
            self.input("tui.editor.field.unset", *path, "unset", parse="list"),
            Collapsible(
                self.scores("tui.editor.field.min", *path, "if", "min"),
                self.scores("tui.editor.field.max", *path, "if", "max"),
                self.input("tui.editor.field.flags", *path, "if", "flags", parse="list"),
                self.input("tui.editor.field.not_flags", *path, "if", "not_flags", parse="list"),
                self.input("tui.editor.field.visited", *path, "if", "visited", parse="list"),
                self.input(
                    "tui.editor.field.not_visited", *path, "if", "not_visited", parse="list"
                ),
                title=tr("tui.editor.condition")
                + (": " + tr("tui.editor.condition.set") if condition else ""),
                collapsed=not condition,
                classes="condition",
            ),
            classes="item-box",
        )
        return box

    def question(self) -> list[Widget]:
        tr = self.tr
        out: list[Widget] = [
            self.input("tui.editor.field.title", "title", parse="optional"),
            *self.area("tui.editor.field.question_text", "text", optional=True),
            self.input("tui.editor.field.question", "question"),
            Static(tr("tui.editor.options"), classes="form-heading"),
        ]
        options = self.value("options")
        for i, _option in enumerate(options if isinstance(options, list) else []):
            out.append(self.option(i))
        out += [
            Horizontal(
                ItemButton(tr("tui.editor.add_option"), "add_option", self.base),
                classes="add-row",
            ),
            self.input("tui.editor.field.explanation", "explanation", parse="optional"),
            self.input("tui.editor.field.source", "source", parse="optional"),
            self.scores("tui.editor.field.effects_correct", "effects"),
            self.target("tui.editor.field.goto_all", "goto"),
            self.target("tui.editor.field.goto_correct", "goto_correct"),
            self.target("tui.editor.field.goto_wrong", "goto_wrong"),
        ]
        return out

    def option(self, i: int) -> Widget:
        tr = self.tr
        path = ("options", i)
        return Vertical(
            Horizontal(
                Label(tr("tui.editor.option", n=i + 1), classes="item-title"),
                FieldCheck(
                    (*self.base, *path, "correct"),
                    self.value(*path, "correct"),
                    tr("tui.editor.field.correct"),
                ),
                ItemButton(
                    "✕",
                    "remove",
                    (*self.base, "options"),
                    i,
                    tooltip=tr("tui.editor.remove_option"),
                ),
                classes="item-head",
            ),
            self.input("tui.editor.field.option_text", *path, "text"),
            self.input("tui.editor.field.feedback", *path, "feedback", parse="optional"),
            classes="item-box",
        )
