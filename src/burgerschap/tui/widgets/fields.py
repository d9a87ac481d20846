"""Form fields that know where in the scenario their value lives.

Each field carries the :data:`~burgerschap.scenario.edit.FieldPath` of its
value and how to read what was typed (:meth:`FieldInput.parsed`). The editor
screen listens for the ordinary Textual change messages and writes the value
to that path; a change that equals what the scenario already holds is
ignored, so filling a form never counts as an edit.

What a field holds is text from outside (a teacher's file, a paste): the
values written back lose their control characters, and the names shown in a
choice or a label (node names, dimension names) are plain text, never markup.
"""

from __future__ import annotations

from typing import Any, Literal

from rich.text import Text
from textual.containers import Horizontal
from textual.widget import Widget
from textual.widgets import Button, Checkbox, Input, Label, Select, TextArea

from burgerschap.scenario.edit import FieldPath
from burgerschap.scenario.plaintext import plain_line, plain_text
from burgerschap.tui.editing import parse_int, split_list

Parse = Literal["text", "optional", "int", "list"]
"""How a typed value becomes data: required text (kept even when empty), optional
text (empty removes it), a whole number (empty removes it), a list of names."""


def show_value(value: Any) -> str:
    """A stored value as the text of a field."""
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


class FieldInput(Input):
    """A one-line field for the value at :attr:`path`."""

    def __init__(
        self,
        path: FieldPath,
        value: Any,
        *,
        parse: Parse = "text",
        placeholder: str = "",
        id: str | None = None,
    ) -> None:
        super().__init__(
            show_value(value),
            placeholder=placeholder,
            compact=True,
            type="integer" if parse == "int" else "text",
            id=id,
            classes=f"field field-{parse}",
        )
        self.path = path
        self.parse = parse

    def parsed(self) -> Any:
        """The typed value as data: None removes the value."""
        text = plain_line(self.value)
        if self.parse == "int":
            number = parse_int(text)
            return number if number else None
        if self.parse == "list":
            return split_list(text)
        if self.parse == "optional":
            return text if text.strip() else None
        return text

    def unfinished(self) -> bool:
        """A number still being typed ("-"), which must not be written yet."""
        return self.parse == "int" and bool(self.value.strip()) and parse_int(self.value) is None


class FieldArea(TextArea):
    """A Markdown text of several lines for the value at :attr:`path`."""

    def __init__(
        self, path: FieldPath, value: Any, *, optional: bool = False, id: str | None = None
    ) -> None:
        super().__init__(
            show_value(value), soft_wrap=True, tab_behavior="focus", id=id, classes="field-area"
        )
        self.path = path
        self.optional = optional

    def parsed(self) -> str | None:
        text = plain_text(self.text)
        if self.optional and not text.strip():
            return None
        return text


class FieldSelect(Select[str]):
    """A choice of node (or language) for the value at :attr:`path`."""

    def __init__(
        self,
        path: FieldPath,
        value: Any,
        options: list[tuple[str, str]],
        *,
        blank: bool = False,
        prompt: str = "—",
        default: str | None = None,
        id: str | None = None,
    ) -> None:
        known = {v for _, v in options}
        if isinstance(value, str) and value and value not in known:
            options = [*options, (f"⚠ {value}", value)]  # a missing target stays visible
        super().__init__(
            [(Text(plain_text(label)), v) for label, v in options],
            value=value if isinstance(value, str) and value else Select.NULL,
            allow_blank=True,
            prompt=prompt,
            compact=True,
            id=id,
            classes="field-select",
        )
        self.path = path
        self.blank = blank
        self.default = default
        """A value written as absent (the format's default, such as language ``nl``)."""

    def parsed(self) -> str | None:
        value = self.value
        return value if isinstance(value, str) and value != self.default else None


class FieldCheck(Checkbox):
    """A yes/no value at :attr:`path`; ``False`` is written as absent when ``default`` is False."""

    def __init__(
        self,
        path: FieldPath,
        value: Any,
        label: str,
        *,
        default: bool = False,
        id: str | None = None,
    ) -> None:
        super().__init__(
            label, value=bool(value if value is not None else default), compact=True, id=id
        )
        self.path = path
        self.default = default

    def parsed(self) -> bool | None:
        return None if self.value == self.default else self.value


class ItemButton(Button):
    """A small button that changes a list: add, remove or move an item at :attr:`path`."""

    def __init__(
        self, label: str, op: str, path: FieldPath, index: int = 0, *, tooltip: str = ""
    ) -> None:
        super().__init__(label, compact=True, classes=f"item-button item-{op}")
        self.op = op
        self.path = path
        self.index = index
        if tooltip:
            self.tooltip = tooltip


def row(label: str, *widgets: Widget, classes: str = "") -> Horizontal:
    """A label and its field(s) on one line."""
    return Horizontal(
        Label(label, classes="field-label", markup=False),
        *widgets,
        classes=f"field-row {classes}".strip(),
    )


Field = FieldInput | FieldArea | FieldSelect | FieldCheck
