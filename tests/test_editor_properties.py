"""Random sequences of edits, undo, redo, clicks and tab switches against the editor.

Each sequence types into fields, edits the YAML tab, adds and removes choices,
undoes, redoes, clicks labels, nodes and tabs, at machine speed (no pause
between steps beyond the pilot's own wait for the app to take a key). A model
keeps what the document must be after every step, and its own undo history
with the editor's rule (typing in one field is one step). Checked: the app
never stops; the work equals the model after every step; undoing all the way
walks back through exactly the documents the edits made, and redoing all the
way forward again; the form shows the work; the recovery draft holds it.

Seeded (``random.Random``), so a failure names the seed and step that found it.
"""

from __future__ import annotations

import copy
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from textual.containers import ScrollableContainer
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Collapsible, Tab, TabbedContent

from burgerschap.application import recovery
from burgerschap.application.editing import get, parse_int, split_list
from burgerschap.scenario import edit, yamlsafe
from burgerschap.scenario.plaintext import plain_line, plain_text
from burgerschap.scenario.serialize import dump_data
from burgerschap.tui.app import BurgerschapApp
from burgerschap.tui.screens.editor import EditorScreen
from burgerschap.tui.widgets.fields import (
    FieldArea,
    FieldInput,
    FieldLabel,
    ItemButton,
    show_value,
)
from burgerschap.tui.widgets.node_list import NodeList
from editor_support import build, open_in_editor, settle

SEQUENCES = 12
"""Sequences in all, in four tests of one app each (about 15 s a sequence on a busy machine)."""
STEPS = 30
LETTERS = "abcdefghijklmnopqrstuvwxyz éë"
TABS = ("tab-story", "tab-settings", "tab-map")
Data = dict[str, Any]


@dataclass
class Model:
    """What the document must be, and its undo history (the editor's rule, kept apart)."""

    data: Data
    undo: list[Data] = field(default_factory=list)
    redo: list[Data] = field(default_factory=list)
    last_key: object = None
    edits: int = 0

    def apply(self, new: Data, key: object = None) -> None:
        if new == self.data:
            return
        if key is None or key != self.last_key or not self.undo:
            self.undo.append(self.data)
        self.last_key = key
        self.redo.clear()
        self.data = new
        self.edits += 1

    def set_value(self, path: tuple[Any, ...], value: Any) -> None:
        from burgerschap.application.editing import EditSession

        probe = EditSession(self.data)  # the domain's pruning of emptied values
        probe.set_value(path, value)
        self.apply(probe.data, "/".join(map(str, path)))

    def do_undo(self) -> None:
        if self.undo:
            self.redo.append(self.data)
            self.data = self.undo.pop()
            self.last_key = None

    def do_redo(self) -> None:
        if self.redo:
            self.undo.append(self.data)
            self.data = self.redo.pop()
            self.last_key = None


def typed(widget: FieldInput | FieldArea, text: str) -> Any:
    """What a field's text means as data (the rule of each kind of field)."""
    if isinstance(widget, FieldArea):
        clean = plain_text(text)
        return None if widget.optional and not clean.strip() else clean
    line = plain_line(text)
    if widget.parse == "list":
        return split_list(line)
    if widget.parse == "optional":
        return line if line.strip() else None
    if widget.parse == "int":
        number = parse_int(line)
        return number if number else None
    return line


def visible(screen: EditorScreen, kind: type[Any]) -> list[Any]:
    """Widgets of ``kind`` in the tab that shows, that a person could reach."""
    pane = screen.query_one(f"#{screen.query_one(TabbedContent).active}")
    return [
        w
        for w in pane.query(kind)
        if getattr(w, "live", True)
        and w.display
        and not any(isinstance(a, Collapsible) and a.collapsed for a in w.ancestors)
    ]


def in_view(widget: Widget) -> bool:
    """Wholly inside the scrolled part of its form that shows (a click lands on it)."""
    form = next((a for a in widget.ancestors if isinstance(a, ScrollableContainer)), None)
    area = form.content_region if form is not None else widget.screen.region
    return bool(widget.region.area) and area.contains_region(widget.region)


class Run:
    def __init__(self, pilot: Pilot[Any], screen: EditorScreen, rng: random.Random) -> None:
        self.pilot = pilot
        self.app = pilot.app
        self.screen = screen
        self.rng = rng
        self.model = Model(copy.deepcopy(screen.session.data))
        self.node = screen.current
        self.log: list[str] = []

    async def step(self) -> None:
        kind = self.rng.choices(
            ["type", "number", "yaml", "add", "remove", "undo", "redo", "label", "node", "tab"],
            weights=[8, 2, 1, 2, 1, 5, 3, 2, 2, 2],
        )[0]
        self.log.append(kind)
        await getattr(self, f"do_{kind}")()

    async def do_type(self) -> None:
        fields = [
            w
            for w in visible(self.screen, FieldInput) + visible(self.screen, FieldArea)
            if isinstance(w, FieldArea) or w.parse in ("text", "optional", "list")
        ]
        if fields:
            await self.type_into(self.rng.choice(fields), "".join(self.rng.choices(LETTERS, k=3)))

    async def do_number(self) -> None:
        fields = [w for w in visible(self.screen, FieldInput) if w.parse == "int"]
        if fields:
            widget = self.rng.choice(fields)
            widget.value = ""  # a number field is typed from empty
            await self.pilot.pause()
            self.model.set_value(widget.path, None)
            await self.type_into(widget, str(self.rng.randint(1, 9)))

    async def type_into(self, widget: FieldInput | FieldArea, text: str) -> None:
        # As a click or Tab does: at once (widget.focus() only moves it a moment later,
        # and a form put back after a rebuild may take it first).
        self.screen.set_focus(widget)
        if isinstance(widget, FieldArea):
            widget.move_cursor(widget.document.end)
            old = widget.text
        else:
            widget.cursor_position = len(widget.value)
            old = widget.value
        stored = show_value(get(self.model.data, widget.path))
        assert typed(widget, old) == typed(widget, stored), widget.path
        await self.pilot.press(*[("space" if c == " " else c) for c in text])
        self.model.set_value(widget.path, typed(widget, old + text))

    async def do_yaml(self) -> None:
        self.screen.show_tab("tab-yaml")
        await self.pilot.pause()
        area = self.screen.query_one("#yaml-pane").area  # type: ignore[attr-defined]
        assert area.text == dump_data(self.model.data)
        title = "Titel " + "".join(self.rng.choices("xyz", k=4))
        text = area.text.replace(f"title: {self.model.data['title']}\n", f"title: {title}\n", 1)
        area.text = text
        await self.pilot.click(Tab, offset=(1, 0))  # the first tab: the story; applies the YAML
        self.model.apply(yamlsafe.parse(text)[0])
        self.model.last_key = None

    async def do_add(self) -> None:
        buttons = [b for b in visible(self.screen, ItemButton) if b.op == "add_choice"]
        if buttons:
            button = buttons[0]
            node = str(button.path[-1])
            goto = next((n for n in self.model.data["nodes"] if n != node), node)
            if in_view(button):
                await self.pilot.click(button)
            else:
                button.focus()
                await self.pilot.press("enter")
            self.model.apply(edit.add_choice(self.model.data, node, "…", goto))

    async def do_remove(self) -> None:
        buttons = [b for b in visible(self.screen, ItemButton) if b.op == "remove"]
        if buttons:
            button = self.rng.choice(buttons)
            button.focus()
            await self.pilot.press("enter")
            self.model.apply(edit.remove_item(self.model.data, button.path, button.index))

    async def do_undo(self) -> None:
        await self.pilot.press("ctrl+z")
        self.model.do_undo()

    async def do_redo(self) -> None:
        await self.pilot.press("ctrl+y")
        self.model.do_redo()

    async def do_label(self) -> None:
        labels = [
            w for w in visible(self.screen, FieldLabel) if str(w.render()).strip() and in_view(w)
        ]
        if labels:
            await self.pilot.click(self.rng.choice(labels))

    async def do_node(self) -> None:
        names = list(self.model.data["nodes"])
        name = self.rng.choice(names)
        self.screen.show_tab("tab-story")
        self.screen.query_one(NodeList).select_node(name)
        await self.pilot.pause()
        if name != self.node:
            self.model.last_key = None  # another node: the next typing is a new step
        self.node = name

    async def do_tab(self) -> None:
        pane = self.rng.choice(TABS)
        await self.pilot.click(f"#--content-tab-{pane}")


async def sequence(pilot: Pilot[Any], seed: int) -> None:
    app = pilot.app
    assert isinstance(app, BurgerschapApp)
    screen = await open_in_editor(pilot)
    run = Run(pilot, screen, random.Random(seed))
    original = copy.deepcopy(screen.session.data)
    for number in range(STEPS):
        await run.step()
        where = f"seed {seed}, step {number}: {run.log}"
        assert app.screen is screen, where
        assert screen.session.data == run.model.data, where
    await settle(pilot)
    model = run.model
    where = f"seed {seed}: {run.log}"
    assert screen.session.data == model.data, where
    assert_form_shows(screen, where)
    kept = recovery.waiting(app.workspace.locations.home)
    if screen.session.dirty:
        assert [k.data for k in kept] == [model.data], where
    else:  # undone back to the stored version: nothing to keep
        assert model.data == original, where
        assert kept == [], where

    # Undo all the way: exactly the documents the edits made, newest first; then redo
    # all the way, to the newest document there is (what the last undos took back too).
    latest = model.redo[0] if model.redo else model.data
    while model.undo:
        await pilot.press("ctrl+z")
        model.do_undo()
        assert screen.session.data == model.data, where
    assert not screen.session.can_undo, where
    while model.redo:
        await pilot.press("ctrl+y")
        model.do_redo()
        assert screen.session.data == model.data, where
    assert screen.session.data == latest, where
    await settle(pilot)
    assert_form_shows(screen, where)

    # Close without keeping: the next sequence starts from the stored version.
    await pilot.press("escape")
    await settle(pilot)
    if screen.session.dirty:
        app.screen.query_one("#answer-discard").press()  # type: ignore[attr-defined]
        await settle(pilot)
    assert recovery.waiting(app.workspace.locations.home) == [], where


def assert_form_shows(screen: EditorScreen, where: str) -> None:
    """Every field of the node's form shows what the work holds at its path."""
    for widget in screen.query_one("#node-form").query("*"):
        if isinstance(widget, FieldInput | FieldArea):
            value = get(screen.session.data, widget.path)
            shown = widget.text if isinstance(widget, FieldArea) else widget.value
            assert typed(widget, shown) == typed(widget, show_value(value)), (widget.path, where)


@pytest.mark.parametrize("block", range(4))
async def test_random_edits_undo_and_redo_keep_an_exact_history(
    _isolated_home: Path, block: int
) -> None:
    app = build(_isolated_home)
    per_block = SEQUENCES // 4
    async with app.run_test(size=(120, 36)) as pilot:
        for seed in range(block * per_block, (block + 1) * per_block):
            await sequence(pilot, seed)
