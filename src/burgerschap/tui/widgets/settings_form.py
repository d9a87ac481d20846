"""The scenario's own settings: title, summary, start, dimensions and the rest.

Like :class:`~burgerschap.tui.widgets.node_form.NodeForm`, the form only
shows; the editor screen writes every change back through the field's path.
"""

from __future__ import annotations

from typing import Any

from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widget import Widget
from textual.widgets import Label, Static

from burgerschap.application.editing import get
from burgerschap.tui.widgets.fields import (
    FieldCheck,
    FieldInput,
    FieldSelect,
    ItemButton,
    replace_children,
    row,
)
from burgerschap.tui.widgets.node_form import Tr, node_options

LANGUAGES = [("Nederlands", "nl"), ("English", "en")]


class SettingsForm(VerticalScroll):
    """Title, summary, language, authors, tags, minutes, going back, reflection,
    start and dimensions."""

    async def show(self, data: dict[str, Any], tr: Tr) -> None:
        await replace_children(self, _widgets(data, tr))


def _widgets(data: dict[str, Any], tr: Tr) -> list[Widget]:
    def field(label: str, key: str, parse: Any = "text", hint: str = "") -> Widget:
        return row(tr(label), FieldInput((key,), data.get(key), parse=parse, placeholder=hint))

    out: list[Widget] = [
        Static(tr("tui.editor.settings.heading"), classes="form-heading"),
        field("tui.editor.settings.title", "title"),
        field("tui.editor.settings.id", "id", hint="a-z 0-9 -"),
        field("tui.editor.settings.summary", "summary", "optional"),
        row(
            tr("tui.editor.settings.language"),
            FieldSelect(("language",), data.get("language") or "nl", LANGUAGES, default="nl"),
        ),
        field("tui.editor.settings.authors", "authors", "list"),
        field("tui.editor.settings.tags", "tags", "list", hint="sociaal-maatschappelijk, ..."),
        field("tui.editor.settings.minutes", "minutes", "int"),
        row(
            tr("tui.editor.settings.start"),
            FieldSelect(("start",), data.get("start"), node_options(data)),
        ),
        row(
            "",
            FieldCheck(
                ("allow_back",),
                data.get("allow_back"),
                tr("tui.editor.settings.allow_back"),
                default=True,
            ),
        ),
        field("tui.editor.settings.reflection", "reflection", "optional"),
        Static(tr("tui.editor.dimensions"), classes="form-heading"),
    ]
    dims = data.get("dimensions")
    for dim in dims if isinstance(dims, dict) else {}:
        out.append(_dimension(data, str(dim), tr))
    out.append(
        Horizontal(
            ItemButton(tr("tui.editor.add_dimension"), "add_dimension", ("dimensions",)),
            classes="add-row",
        )
    )
    return out


def _dimension(data: dict[str, Any], dim: str, tr: Tr) -> Widget:
    base = ("dimensions", dim)

    def field(label: str, *path: str, parse: Any = "optional") -> Widget:
        return row(tr(label), FieldInput((*base, *path), get(data, (*base, *path)), parse=parse))

    head = Horizontal(
        Label(dim, classes="item-title", markup=False),
        ItemButton(tr("tui.editor.rename"), "rename_dimension", base),
        ItemButton("✕", "remove_dimension", base, tooltip=tr("tui.editor.remove_dimension")),
        classes="item-head",
    )
    return Vertical(
        head,
        field("tui.editor.dim.label", "label", parse="text"),
        field("tui.editor.dim.description", "description"),
        field("tui.editor.dim.low", "feedback", "low"),
        field("tui.editor.dim.middle", "feedback", "middle"),
        field("tui.editor.dim.high", "feedback", "high"),
        classes="item-box",
    )
