"""The editor never loses work: quick undos, errors inside an edit, a crash, a restart.

Issue 16: two Ctrl+Z presses about 0.1 s apart and a click ended the program
(``KeyError: 'text-area--gutter'``), and nothing was kept. Now rebuilds run
one at a time inside a batch, every change is on disk within a second
(``recovery/<id>.yaml``), an error inside an edit is shown and the editor
stays open, and the next start offers the work back.
"""

from __future__ import annotations

import asyncio
import copy
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Button, TabbedContent

from burgerschap.application import recovery
from burgerschap.scenario import edit, yamlsafe
from burgerschap.tui import authoring
from burgerschap.tui.screens import editor_base
from burgerschap.tui.screens.ask import ChoiceDialog
from burgerschap.tui.screens.editor import EditorScreen
from burgerschap.tui.screens.teacher_hub import TeacherHubScreen
from burgerschap.tui.widgets.fields import FieldInput, ItemButton, Place
from burgerschap.tui.widgets.node_form import NodeForm
from burgerschap.tui.widgets.node_list import NodeList
from editor_support import (
    build,
    build_keeping_settings,
    click_at_once,
    editor,
    field,
    library_ready,
    open_in_editor,
    settle,
    type_into,
    unlock,
)


async def add_choice(pilot: Pilot[Any], screen: EditorScreen) -> None:
    button = next(b for b in screen.query(ItemButton) if b.op == "add_choice")
    button.press()
    await settle(pilot)


def kept(home: Path) -> list[recovery.Recovery]:
    return recovery.waiting(home)


async def test_two_quick_undos_and_a_click_keep_the_editor_running(
    _isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The teacher's crash: Ctrl+Z, about 0.1 s, Ctrl+Z, and a click, while the form
    is still being rebuilt (a click on a widget Textual was removing ended the app).

    The removal of the form's one-line fields is slowed down, so that the clicks
    land in the middle of the rebuild on any machine, as they did for the teacher.
    """
    app = build(_isolated_home)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_in_editor(pilot)
        await type_into(pilot, field(app, "nodes", "begin", "title"), "Het kapotte bankje")
        await type_into(pilot, field(app, "nodes", "begin", "text"), "Het bankje is stuk.")
        two_edits = copy.deepcopy(screen.session.data)
        await add_choice(pilot, screen)
        await add_choice(pilot, screen)
        assert len(screen.session.data["nodes"]["begin"]["choices"]) == 4
        form = screen.query_one("#node-form")
        area = field(app, "nodes", "begin", "text")
        on_text = (area.region.x - form.region.x + 5, area.region.y - form.region.y + 2)

        async def slow_removal(self: Any) -> None:
            await asyncio.sleep(0.3)

        monkeypatch.setattr(FieldInput, "on_unmount", slow_removal, raising=False)
        first = asyncio.create_task(pilot.press("ctrl+z"))
        await asyncio.sleep(0.1)
        click_at_once(app, form, on_text)
        second = asyncio.create_task(pilot.press("ctrl+z"))
        await asyncio.sleep(0.05)
        click_at_once(app, form, on_text)
        await asyncio.gather(first, second)
        monkeypatch.undo()
        await settle(pilot)

        assert app.screen is screen
        assert screen.session.data == two_edits
        assert field(app, "nodes", "begin", "text").text == "Het bankje is stuk."
        assert len(screen.query("#node-form .item-box")) == 2
    # Leaving run_test raises any error the app had: there was none.


async def test_undo_without_pauses_keeps_every_form_whole(_isolated_home: Path) -> None:
    app = build(_isolated_home)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_in_editor(pilot)
        start = copy.deepcopy(screen.session.data)
        for _ in range(3):
            await add_choice(pilot, screen)
        await pilot.press("ctrl+z", "ctrl+z", "ctrl+y", "ctrl+z", "ctrl+z")
        await pilot.click("#node-form", offset=(20, 2))
        await settle(pilot)
        assert screen.session.data == start
        assert len(screen.query("#node-form .item-box")) == 2  # one form, not two half ones


async def test_an_error_inside_an_edit_is_shown_and_the_work_kept(
    _isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = build(_isolated_home)
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        screen = await open_in_editor(pilot)
        await type_into(pilot, field(app, "nodes", "begin", "title"), "Mijn bankje")
        before = copy.deepcopy(screen.session.data)

        def broken(*args: Any, **kwargs: Any) -> Any:
            raise RuntimeError("stuk")

        monkeypatch.setattr(edit, "add_choice", broken)
        next(b for b in screen.query(ItemButton) if b.op == "add_choice").press()
        await settle(pilot)

        assert app.screen is screen  # still open
        assert screen.session.data == before  # the work as it was
        shown = [n.message for n in app._notifications]
        assert any("RuntimeError: stuk" in m and "niet verloren" in m for m in shown), shown
        (found,) = kept(_isolated_home)
        assert found.data == before

        # And the editor goes on working.
        monkeypatch.undo()
        await add_choice(pilot, screen)
        assert len(screen.session.data["nodes"]["begin"]["choices"]) == 3


async def test_every_change_is_on_disk_and_saving_removes_it(_isolated_home: Path) -> None:
    app = build(_isolated_home)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_in_editor(pilot)
        assert kept(_isolated_home) == []  # opening is no change
        await type_into(pilot, field(app, "nodes", "begin", "title"), "Het bankje!")
        (found,) = kept(_isolated_home)
        assert found.path == _isolated_home / "recovery" / "bankje.yaml"
        assert found.data == screen.session.data
        assert found.origin == "builtin"
        # An ordinary scenario file: it loads and validates as it is.
        assert yamlsafe.parse(found.path.read_text("utf-8"))[0] == screen.session.data

        await pilot.press("ctrl+s")
        await settle(pilot)
        await pilot.press("enter")  # no change note
        await settle(pilot)
        assert (_isolated_home / "library" / "bankje@2.yaml").is_file()
        assert kept(_isolated_home) == []


async def test_throwing_the_work_away_removes_it(_isolated_home: Path) -> None:
    app = build(_isolated_home)
    async with app.run_test(size=(120, 36)) as pilot:
        await open_in_editor(pilot)
        await type_into(pilot, field(app, "nodes", "begin", "title"), "Weg ermee")
        assert len(kept(_isolated_home)) == 1
        await pilot.press("escape")
        await settle(pilot)
        app.screen.query_one("#answer-discard", Button).press()
        await settle(pilot)
        assert not isinstance(app.screen, EditorScreen)
        assert kept(_isolated_home) == []


async def crash_mid_edit(home: Path) -> dict[str, Any]:
    """Edit, then end the app with an error no guard catches, before the recovery
    draft's timer runs; returns the work as it was at the crash."""
    app = build(home)
    with pytest.raises(RuntimeError, match="weg"), pytest.MonkeyPatch.context() as patch:
        async with app.run_test(size=(120, 36)) as pilot:
            screen = await open_in_editor(pilot)
            await type_into(pilot, field(app, "nodes", "begin", "title"), "Eerste keer")
            await add_choice(pilot, screen)
            # The last edit's draft timer must not run before the crash, however
            # slowly a busy machine gets there.
            patch.setattr(editor_base, "RECOVERY_DELAY", 3600.0)
            area = field(app, "nodes", "begin", "text")
            area.focus()
            await pilot.pause()
            area.text = "Alles wat ik typte."
            await pilot.pause()
            assert screen.recovery_due  # the timer has not run yet
            work = copy.deepcopy(screen.session.data)

            def crash() -> None:
                raise RuntimeError("weg")

            app.call_later(crash)
            await pilot.pause()
    return work


async def test_a_crash_keeps_the_work_and_the_next_start_offers_it(_isolated_home: Path) -> None:
    home = _isolated_home
    work = await crash_mid_edit(home)
    (found,) = kept(home)
    assert found.data == work

    # The next start of teacher mode offers it back; "Later" keeps it.
    app = build_keeping_settings(home, teacher=True)
    async with app.run_test(size=(120, 36)) as pilot:
        await library_ready(pilot)
        await unlock(pilot)
        assert isinstance(app.screen, ChoiceDialog)
        assert "'Het bankje op het plein' (bankje)" in app.screen.text
        await pilot.press("escape")  # later
        await settle(pilot)
        assert isinstance(app.screen, TeacherHubScreen)
        assert len(kept(home)) == 1

    # The next start of the editor offers it again: restore brings back the exact work.
    app = build_keeping_settings(home)
    async with app.run_test(size=(120, 36)) as pilot:
        await library_ready(pilot)
        entry = app.workspace.find("bankje")
        authoring.open_editor(app, authoring.entry_session(app, entry))
        await settle(pilot)
        assert isinstance(app.screen, ChoiceDialog)
        app.screen.query_one("#answer-restore", Button).press()
        await settle(pilot)
        screen = editor(app)
        assert screen.session.data == work
        assert screen.session.dirty
        assert field(app, "nodes", "begin", "text").text == "Alles wat ik typte."
        # Working on, the same draft is kept up to date, not a second one.
        await type_into(pilot, field(app, "nodes", "begin", "title"), "Tweede keer")
        (found,) = kept(home)
        assert found.data["nodes"]["begin"]["title"] == "Tweede keer"
        await pilot.press("ctrl+s")
        await settle(pilot)
        await pilot.press("enter")  # no note for this version
        await settle(pilot)
        assert kept(home) == []


async def test_discarding_the_offered_work_removes_it(_isolated_home: Path) -> None:
    home = _isolated_home
    await crash_mid_edit(home)
    app = build_keeping_settings(home, teacher=True, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await library_ready(pilot)
        await unlock(pilot)
        assert isinstance(app.screen, ChoiceDialog)
        assert "not saved" in app.screen.title_text
        app.screen.query_one("#answer-discard", Button).press()
        await settle(pilot)
        assert isinstance(app.screen, TeacherHubScreen)
        assert kept(home) == []


def test_recovered_work_keeps_whose_it_is(tmp_path: Path) -> None:
    """A draft says who was editing; restored, it saves with that person's rights again."""
    from burgerschap.application.editing import EditSession

    student = EditSession(
        {"id": "bankje-sam"}, origin="copy", owner="student", own_id="bankje-sam", saved=False
    )
    path = recovery.free_path(tmp_path, "bankje-sam")
    recovery.write(path, student)
    (found,) = recovery.waiting(tmp_path)
    assert (found.owner, found.own_id) == ("student", "bankje-sam")
    restored = found.session()
    assert (restored.owner, restored.own_id) == ("student", "bankje-sam")

    assert found.belongs_to(student)
    other = EditSession({"id": "bankje-kim"}, owner="student", own_id="bankje-kim")
    assert not found.belongs_to(other)  # another student's own version
    assert not found.belongs_to(None)  # teacher mode is offered the teacher's work only
    teacher = recovery.Recovery(path, {"id": "bankje"}, "builtin", None, None)
    assert teacher.owner == "teacher"  # drafts from before owners were kept
    assert teacher.belongs_to(None)
    assert not teacher.belongs_to(student)


async def test_a_student_is_never_offered_the_teachers_unsaved_work(
    _isolated_home: Path,
) -> None:
    """On a shared computer, the teacher's crashed work waits behind the PIN: a student who
    opens "Eigen versie" goes straight to their own copy."""
    home = _isolated_home
    await crash_mid_edit(home)
    assert [r.owner for r in kept(home)] == ["teacher"]
    app = build_keeping_settings(home)
    async with app.run_test(size=(120, 36)) as pilot:
        await library_ready(pilot)
        authoring.make_own_version(app, app.workspace.find("bankje"))
        await settle(pilot)
        assert not isinstance(app.screen, ChoiceDialog)
        screen = editor(app)
        assert (screen.session.owner, screen.session.own_id) == ("student", "bankje-sam")
    assert [r.owner for r in kept(home)] == ["teacher"]  # still there for the teacher


async def test_a_form_put_back_does_not_pull_its_tab_back(_isolated_home: Path) -> None:
    """Seen on a busy machine: "+ Keuze" rebuilds the node's form, which puts the
    focus back after the next refresh. A switch to the YAML tab before that
    refresh was undone (the focus went back into the story tab, which showed
    again), so YAML typed next was never applied."""
    app = build(_isolated_home)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_in_editor(pilot)
        form = screen.query_one(NodeForm)
        field(app, "nodes", "begin", "title").focus()
        await pilot.pause()
        place = Place.leave(form, screen.focused)  # as a rebuild does
        await pilot.pause()
        screen.show_tab("tab-yaml")
        place.restore(form)  # the refresh the rebuild waits for comes only now
        await settle(pilot)
        assert screen.query_one(TabbedContent).active == "tab-yaml"


async def test_a_check_arriving_during_a_pick_keeps_the_picked_node(_isolated_home: Path) -> None:
    """Seen on a busy machine: a node was picked in the list, and the result of the
    check arrived before the editor took the pick. Showing the list again put the
    highlight back on the old node, the editor went back to it, and what was typed
    in the new node's form meanwhile was lost."""
    app = build(_isolated_home)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_in_editor(pilot)
        assert screen.current == "begin"
        nodes = screen.query_one(NodeList)
        nodes.select_node("einde_samen")
        screen._checked(screen.result, screen.session.revision)  # a check's result comes in
        await settle(pilot)
        assert screen.current == "einde_samen"
        assert screen.query_one(NodeForm).node_id == "einde_samen"
        assert nodes.current == "einde_samen"


async def test_a_late_word_from_the_story_tab_does_not_pull_it_back(_isolated_home: Path) -> None:
    """The same on a busy machine, a step later: the rebuild had moved the focus
    into the story tab, and the tab's note that it holds the focus came in only
    after the switch to the YAML tab; the story tab showed again."""
    app = build(_isolated_home)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_in_editor(pilot)
        screen.set_focus(field(app, "nodes", "begin", "title"))  # as a rebuild does
        screen.show_tab("tab-yaml")  # before the story tab hears of that focus
        await settle(pilot)
        assert screen.query_one(TabbedContent).active == "tab-yaml"
        # A focus that is still in a tab when its note comes in does show that tab.
        screen.set_focus(field(app, "nodes", "begin", "title"))
        await settle(pilot)
        assert screen.query_one(TabbedContent).active == "tab-story"
