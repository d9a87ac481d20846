"""Form fields that know where in the scenario their value lives.

Each field carries the :data:`~burgerschap.scenario.edit.FieldPath` of its
value and how to read what was typed (:meth:`FieldInput.parsed`). The editor
screen listens for the ordinary Textual change messages and writes the value
to that path; a change that equals what the scenario already holds is
ignored, so filling a form never counts as an edit.

Textual also posts those change messages when a field is built or loaded,
and a message can still be on its way when the form is rebuilt (after undo,
say). So a field remembers what the editor last took from it
(:attr:`FieldMixin.synced`), and a field whose form is being replaced is
:meth:`retired <FieldMixin.retire>`: only a field that is live and shows
something new is an edit. :meth:`FieldMixin.pending` tells the editor which
field holds typing it has not taken yet.

What a field holds is text from outside (a teacher's file, a paste): the
values written back lose their control characters, and the names shown in a
choice or a label (node names, dimension names) are plain text, never markup.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal, cast

from rich.text import Text
from textual import events
from textual.containers import Horizontal
from textual.widget import Widget
from textual.widgets import Button, Checkbox, Input, Label, Select, TextArea

from burgerschap.application.editing import parse_int, split_list
from burgerschap.scenario.edit import FieldPath
from burgerschap.scenario.plaintext import plain_line, plain_text

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


class FieldMixin:
    """What every form field knows besides its value: where it lives, and whether
    what it shows is news to the editor."""

    path: FieldPath
    live: bool = True
    """False once the form holding the field is being replaced: its messages are old news."""
    synced: object = None
    """The raw value the editor last took from the field (or built it with)."""

    def raw(self) -> object:
        """What the field shows, before parsing."""
        raise NotImplementedError

    def parsed(self) -> Any:
        raise NotImplementedError

    def unfinished(self) -> bool:
        """A value still being typed that must not be written yet."""
        return False

    def fresh(self) -> bool:
        """Live, set up, and showing something the editor has not taken yet.

        Not before it is mounted: a choice field reads as empty until then.
        """
        return self.live and cast(Widget, self).is_mounted and self.raw() != self.synced

    def take(self) -> None:
        """The editor took what the field shows."""
        self.synced = self.raw()

    def retire(self) -> None:
        """The form is being replaced: nothing this field says counts any more."""
        self.live = False


class FieldInput(FieldMixin, Input):
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
            # An empty number field would be an invisible blank: a dash marks the box.
            placeholder=placeholder or ("–" if parse == "int" else ""),
            compact=True,
            type="integer" if parse == "int" else "text",
            select_on_focus=False,  # Tab into a field must not make typing replace it
            id=id,
            classes=f"field field-{parse}",
        )
        self.path = path
        self.parse = parse
        self.synced = show_value(value)

    def raw(self) -> str:
        return self.value

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


class FieldArea(FieldMixin, TextArea):
    """A Markdown text of several lines for the value at :attr:`path`."""

    def __init__(
        self, path: FieldPath, value: Any, *, optional: bool = False, id: str | None = None
    ) -> None:
        super().__init__(
            show_value(value), soft_wrap=True, tab_behavior="focus", id=id, classes="field-area"
        )
        self.path = path
        self.optional = optional
        self.synced = self.text

    def raw(self) -> str:
        return self.text

    def parsed(self) -> str | None:
        text = plain_text(self.text)
        if self.optional and not text.strip():
            return None
        return text


class FieldSelect(FieldMixin, Select[str]):
    """A choice of node (or language) for the value at :attr:`path`.

    A required choice (``blank=False``, such as where a choice leads) offers no
    empty option once it has a value: "—" would only break the scenario.
    """

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
        has_value = isinstance(value, str) and bool(value)
        super().__init__(
            [(Text(plain_text(label)), v) for label, v in options],
            value=value if has_value else Select.NULL,
            allow_blank=blank or not has_value or not options,
            prompt=prompt,
            compact=True,
            id=id,
            classes="field-select",
        )
        self.path = path
        self.blank = blank
        self.default = default
        """A value written as absent (the format's default, such as language ``nl``)."""
        self.synced = value if has_value else Select.NULL

    def raw(self) -> object:
        return self.value

    def parsed(self) -> str | None:
        value = self.value
        return value if isinstance(value, str) and value != self.default else None


class FieldCheck(FieldMixin, Checkbox):
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
        self.synced = self.value

    def raw(self) -> bool:
        return self.value

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


class FieldLabel(Label):
    """A field's label: clicking it puts the cursor in the field after it."""

    def __init__(self, text: str, *, classes: str = "field-label") -> None:
        super().__init__(text, classes=classes, markup=False)

    def on_click(self, event: events.Click) -> None:
        parent = self.parent
        if parent is None:
            return
        after = parent.children[parent.children.index(self) + 1 :]
        target = next((w for w in after if w.focusable), None)
        if target is not None:
            event.stop()
            target.focus()


def row(label: str, *widgets: Widget, classes: str = "") -> Horizontal:
    """A label and its field(s) on one line."""
    return Horizontal(
        FieldLabel(label),
        *widgets,
        classes=f"field-row {classes}".strip(),
    )


async def replace_children(container: Widget, widgets: list[Widget]) -> None:
    """Show ``widgets`` in ``container`` instead of what it shows now.

    Textual keeps a removed widget in the screen's layout until every widget
    removed with it has gone, and a frame or a click in between reaches it:
    drawing a removed text area ends the app (``KeyError:
    'text-area--gutter'``), and so does a click on a removed widget. So the
    old widgets are hidden first and removed only after a frame whose layout
    no longer holds them. The container's lock keeps two replacements from
    interleaving.
    """
    async with container.lock:
        old = list(container.children)
        for widget in old:
            widget.display = False
        await container.mount_all(widgets)
        if old:
            if container.screen.is_current:
                await container.wait_for_refresh()  # a layout without the old widgets
            await container.remove_children(old)


Key = tuple[object, ...]


def place_key(widget: Widget) -> Key | None:
    """What a rebuilt form's widget stands for: the same field or button again."""
    if isinstance(widget, FieldMixin):
        return ("field", widget.path)
    if isinstance(widget, ItemButton):
        return ("button", widget.op, widget.path, widget.index)
    return None


def shown(widget: Widget) -> bool:
    """``widget`` and everything around it are displayed (its tab is the one showing)."""
    return widget.display and all(a.display for a in widget.ancestors if isinstance(a, Widget))


@dataclass(frozen=True)
class Place:
    """Where a form was scrolled to and what in it had focus, to come back to after
    the form is rebuilt (after "+ Keuze", undo, ...)."""

    scroll_y: float | None = None
    focus: Key | None = None
    """What had focus in the form (None: focus was elsewhere)."""

    @classmethod
    def leave(cls, form: Widget, focused: Widget | None) -> Place:
        """Note the place of ``form`` before it is rebuilt.

        Focus inside the form waits on the form itself meanwhile: otherwise
        Textual moves it to whatever comes next when the focused widget goes.
        """
        if focused is None or form not in focused.ancestors:
            return cls(form.scroll_y, None)
        # At once, not with focus() (which moves it a moment later): a later focus
        # elsewhere must win over this one.
        form.screen.set_focus(form, scroll_visible=False)
        return cls(form.scroll_y, place_key(focused) or ("form",))

    def restore(self, form: Widget) -> None:
        """Scroll back and focus the same field or button, if it is still there, unless
        the user has put the focus somewhere else since, or the form's tab no longer
        shows (focus in a hidden tab would switch back to that tab)."""
        if self.scroll_y is None or not form.is_attached:
            return
        if self.focus is not None and form.screen.focused is not form:
            return  # moved on (a click in another field): do not pull it back
        form.scroll_to(y=self.scroll_y, animate=False, immediate=True)
        if self.focus is None or not shown(form):
            return  # nothing to focus, or another tab was chosen meanwhile: it stays
        for widget in form.query("*"):
            if place_key(widget) == self.focus and widget.focusable:
                # At once: decided and done in one go, so no focus comes in between.
                form.screen.set_focus(widget, scroll_visible=False)
                return


Field = FieldInput | FieldArea | FieldSelect | FieldCheck
