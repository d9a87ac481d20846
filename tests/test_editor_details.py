"""The editor's smaller problems of issue 16, one test each."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml
from textual.widgets import Select
from textual.widgets._select import InvalidSelectValueError

from burgerschap.i18n.problem_words import problem_text
from burgerschap.scenario.serialize import inspect_data
from burgerschap.tui.screens.diff import DiffScreen
from burgerschap.tui.widgets.fields import FieldInput, FieldLabel, ItemButton
from burgerschap.tui.widgets.footer import GameFooter
from burgerschap.tui.widgets.node_list import NodeList
from editor_support import LIBRARY, build, field, open_in_editor, settle, type_into


def bankje() -> dict[str, Any]:
    data = yaml.safe_load((LIBRARY / "bankje.yaml").read_text("utf-8"))
    assert isinstance(data, dict)
    return data


async def test_clicking_a_label_puts_the_cursor_in_its_field(_isolated_home: Path) -> None:
    app = build(_isolated_home)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_in_editor(pilot)
        label = next(w for w in screen.query(FieldLabel) if str(w.render()) == "Feedback")
        await pilot.click(label)
        focused = app.focused
        assert isinstance(focused, FieldInput)
        assert focused.path == ("nodes", "begin", "choices", 0, "feedback")
        # The field keeps its text: typing adds to it, it does not replace it.
        await pilot.press("x")
        text = screen.session.data["nodes"]["begin"]["choices"][0]["feedback"]
        assert text.startswith("Je vraagt de mensen") and text != "x"


async def test_empty_number_fields_show_a_box(_isolated_home: Path) -> None:
    app = build(_isolated_home)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_in_editor(pilot)
        screen.query_one(NodeList).select_node("zelf")
        await settle(pilot)
        empty = field(app, "nodes", "zelf", "choices", 1, "effects", "participatie")
        assert empty.value == "" and empty.placeholder == "–"


async def test_where_a_choice_leads_offers_no_empty_answer(_isolated_home: Path) -> None:
    app = build(_isolated_home)
    async with app.run_test(size=(120, 36)) as pilot:
        await open_in_editor(pilot)
        target = field(app, "nodes", "begin", "choices", 0, "goto")
        assert isinstance(target, Select) and target.value == "buren"
        with pytest.raises(InvalidSelectValueError):
            target.clear()  # no "—" to choose: it would break the scenario


async def test_the_form_keeps_its_place_after_adding_a_choice(_isolated_home: Path) -> None:
    app = build(_isolated_home)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_in_editor(pilot)
        form = screen.query_one("#node-form")
        button = next(b for b in screen.query(ItemButton) if b.op == "add_choice")
        button.scroll_visible(animate=False)
        await settle(pilot)
        place = form.scroll_y
        assert place > 0
        button.focus()
        await pilot.press("enter")
        await settle(pilot)
        assert len(screen.session.data["nodes"]["begin"]["choices"]) == 3
        assert form.scroll_y == place
        assert isinstance(app.focused, ItemButton) and app.focused.op == "add_choice"
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert form.scroll_y == place


async def test_f6_compares_also_inside_a_text_box(_isolated_home: Path) -> None:
    app = build(_isolated_home)
    async with app.run_test(size=(120, 36)) as pilot:
        await open_in_editor(pilot)
        field(app, "nodes", "begin", "text").focus()
        await pilot.press("f6")
        await settle(pilot)
        assert isinstance(app.screen, DiffScreen)


async def test_the_header_says_what_is_edited_and_only_then_not_saved(
    _isolated_home: Path,
) -> None:
    app = build(_isolated_home)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_in_editor(pilot)
        for tab in ("tab-settings", "tab-yaml", "tab-map", "tab-story"):
            screen.show_tab(tab)
            await settle(pilot)
        header = str(screen.query_one("#editor-title").render())
        assert not screen.session.dirty and "niet bewaard" not in header, header
        assert "bankje@1 · ingebouwde versie" in header

        await type_into(pilot, field(app, "nodes", "begin", "title"), "Het bankje!")
        assert "niet bewaard" in str(screen.query_one("#editor-title").render())
        await pilot.press("ctrl+s")
        await settle(pilot)
        await pilot.press("enter")  # no note for this version
        await settle(pilot)
        header = str(screen.query_one("#editor-title").render())
        assert "bankje@2 · eigen versie" in header and "niet bewaard" not in header


async def test_an_open_choice_list_closes_in_dutch(_isolated_home: Path) -> None:
    app = build(_isolated_home)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_in_editor(pilot)
        field(app, "nodes", "begin", "choices", 0, "goto").focus()
        await pilot.press("enter")
        await settle(pilot)
        descriptions = [key.description for key in screen.query_one(GameFooter).keys]
        assert "Lijst sluiten" in descriptions and "Dismiss menu" not in descriptions


def test_validate_refuses_a_text_that_is_only_a_placeholder() -> None:
    data = bankje()
    assert not inspect_data(data).errors
    broken = copy.deepcopy(data)
    broken["nodes"]["begin"]["choices"][1]["text"] = "…"
    broken["nodes"]["einde_samen"]["ending"]["title"] = " — "
    errors = inspect_data(broken).errors
    assert [(p.code, p.node) for p in errors] == [
        ("placeholder_text", "begin"),
        ("placeholder_text", "einde_samen"),
    ]
    assert "'…'" in problem_text(errors[0])
    assert errors[0].line is not None


async def test_a_placeholder_is_not_saved_as_a_version(_isolated_home: Path) -> None:
    app = build(_isolated_home)
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        screen = await open_in_editor(pilot)
        next(b for b in screen.query(ItemButton) if b.op == "add_choice").press()
        await settle(pilot)
        assert screen.session.data["nodes"]["begin"]["choices"][2]["text"] == "…"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not (_isolated_home / "library" / "bankje@2.yaml").exists()
        assert (_isolated_home / "library" / "bankje.draft.yaml").is_file()
        shown = [n.message for n in app._notifications]
        assert any("begin · 'text' is nog niet ingevuld" in m for m in shown), shown
