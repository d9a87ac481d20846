"""The editor through Textual's pilot: a scenario from scratch to two saved versions,
renames, refusals, undo, YAML, a copy of one's own, and playing the result."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.pilot import Pilot
from textual.widgets import Button, Input, Select, Static

from burgerschap.i18n.problem_words import problem_text
from burgerschap.scenario.library import Library
from burgerschap.scenario.loader import load_file
from burgerschap.scenario.models import Scenario
from burgerschap.scenario.versions import lineage
from burgerschap.tui.screens.ask import AskDialog, ChoiceDialog
from burgerschap.tui.screens.editor import EditorScreen
from burgerschap.tui.screens.ending import EndingScreen
from burgerschap.tui.screens.play import PlayScreen
from burgerschap.tui.screens.teacher_hub import TeacherHubScreen
from burgerschap.tui.screens.tryout import TryoutDialog, TryoutEndingScreen, TryoutPlayScreen
from burgerschap.tui.widgets.choice_list import ChoiceList
from burgerschap.tui.widgets.fields import ItemButton
from burgerschap.tui.widgets.node_list import NodeList
from editor_support import (
    build,
    editor,
    field,
    library_ready,
    open_in_editor,
    settle,
    type_into,
    unlock,
)


def stored(home: Path, name: str) -> Scenario:
    doc = load_file(home / "library" / name).document
    assert isinstance(doc, Scenario)
    return doc


async def test_a_scenario_from_scratch_to_two_versions(_isolated_home: Path) -> None:
    home = _isolated_home
    app = build(home, teacher=True)
    async with app.run_test(size=(120, 36)) as pilot:
        await library_ready(pilot)
        await unlock(pilot)
        assert isinstance(app.screen, TeacherHubScreen)
        await pilot.press("n")  # new scenario
        await settle(pilot)
        screen = editor(app)
        doc_id = screen.session.doc_id
        assert doc_id == "nieuw-scenario" and screen.result.valid

        # Edit a node: the story's text and the scenario's title.
        await type_into(pilot, field(app, "nodes", "begin", "text"), "Het plein is leeg.")
        assert screen.session.data["nodes"]["begin"]["text"] == "Het plein is leeg."
        screen.show_tab("tab-settings")
        await settle(pilot)
        await type_into(pilot, field(app, "title"), "Het lege plein")
        screen.show_tab("tab-story")
        await settle(pilot)

        # Add a story node: it has no choice yet, so the work no longer validates.
        screen.query_one(NodeList).focus()
        await pilot.press("f3")
        await settle(pilot)
        assert isinstance(app.screen, AskDialog)
        app.screen.query_one(Input).value = "markt"
        await pilot.press("enter")
        await settle(pilot)
        assert screen.current == "markt"
        assert not screen.result.valid
        assert any(p.node == "markt" for p in screen.result.errors)

        # Saving now keeps a draft, not a version.
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert (home / "library" / f"{doc_id}.draft.yaml").is_file()
        assert not list((home / "library").glob(f"{doc_id}@*.yaml"))

        # Fix it: add a choice from the new node to the ending, and lead there from the start.
        button = next(b for b in screen.query(ItemButton) if b.op == "add_choice")
        button.press()
        await settle(pilot)
        choices = screen.session.data["nodes"]["markt"]["choices"]
        assert len(choices) == 1
        await type_into(pilot, field(app, "nodes", "markt", "choices", 0, "text"), "Naar huis.")
        # A new node's text is a placeholder ("…"): a version cannot hold it.
        assert any(p.code == "placeholder_text" for p in screen.result.errors)
        await type_into(pilot, field(app, "nodes", "markt", "text"), "Het is druk op de markt.")
        target = field(app, "nodes", "markt", "choices", 0, "goto")
        assert isinstance(target, Select)
        target.value = "einde"
        await settle(pilot)
        screen.query_one(NodeList).select_node("begin")
        await settle(pilot)
        field(app, "nodes", "begin", "choices", 0, "goto").value = "markt"
        await settle(pilot)
        assert screen.result.valid, [problem_text(p) for p in screen.result.errors]

        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, AskDialog)  # what changed? (may stay empty)
        app.screen.query_one(Input).value = "Een markt erbij."
        await pilot.press("enter")
        await settle(pilot)
        first = stored(home, f"{doc_id}@1.yaml")
        assert (first.note, first.saved is not None) == ("Een markt erbij.", True)
        assert first.title == "Het lege plein"
        assert first.nodes["begin"].choices[0].goto == "markt"  # type: ignore[union-attr]
        assert not (home / "library" / f"{doc_id}.draft.yaml").exists()
        assert not screen.session.dirty

        # Rename a node: every reference follows, and the saved version says so.
        screen.query_one(NodeList).select_node("markt")
        await settle(pilot)
        await pilot.press("f2")
        await settle(pilot)
        assert isinstance(app.screen, AskDialog)
        app.screen.query_one(Input).value = "de_markt"
        await pilot.press("enter")
        await settle(pilot)
        assert "de_markt" in screen.session.nodes and "markt" not in screen.session.nodes
        assert screen.session.data["nodes"]["begin"]["choices"][0]["goto"] == "de_markt"

        await pilot.press("ctrl+s")
        await settle(pilot)
        await pilot.press("escape")  # no note after all: nothing is saved
        await settle(pilot)
        assert screen.session.dirty and not (home / "library" / f"{doc_id}@2.yaml").exists()
        await pilot.press("ctrl+s")
        await settle(pilot)
        await pilot.press("enter")  # an empty note is fine
        await settle(pilot)
        second = stored(home, f"{doc_id}@2.yaml")
        assert second.note is None
        assert second.version == 2 and "de_markt" in second.nodes
        assert stored(home, f"{doc_id}@1.yaml") == first  # never changed

        library = Library.scan([(home / "library", "user")])
        assert [v.ref for v in lineage(library, doc_id).versions] == [
            f"{doc_id}@1",
            f"{doc_id}@2",
        ]


async def test_deleting_a_node_that_is_still_used_is_refused(_isolated_home: Path) -> None:
    app = build(_isolated_home)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_in_editor(pilot)
        screen.query_one(NodeList).select_node("buren")
        await settle(pilot)
        await pilot.press("f8")
        await settle(pilot)
        assert "buren" in screen.session.nodes
        shown = [n.message for n in app._notifications]
        assert any("begin" in m and "zelf" in m for m in shown), shown

        # A node nobody leads to can go; undo brings it back, redo removes it again.
        screen.query_one(NodeList).focus()
        await pilot.press("f3")
        await settle(pilot)
        await pilot.press("enter")  # the suggested name
        await settle(pilot)
        new = screen.current
        assert new is not None and new in screen.session.nodes
        await pilot.press("f8")
        await settle(pilot)
        assert new not in screen.session.nodes
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert new in screen.session.nodes
        await pilot.press("ctrl+y")
        await settle(pilot)
        assert new not in screen.session.nodes


async def yaml_tab_of_bankje(pilot: Pilot[Any]) -> tuple[EditorScreen, Any]:
    """The editor open on "bankje", its YAML tab showing; the screen and the text area."""
    screen = await open_in_editor(pilot)
    screen.show_tab("tab-yaml", "#yaml-text")
    await settle(pilot)
    return screen, screen.query_one("#yaml-pane").area  # type: ignore[attr-defined]


async def test_the_yaml_tab_applies_text_and_shows_errors_by_line(_isolated_home: Path) -> None:
    app = build(_isolated_home)
    async with app.run_test(size=(120, 36)) as pilot:
        screen, area = await yaml_tab_of_bankje(pilot)
        assert "title: Het bankje op het plein" in area.text

        # A goto to a node that does not exist: the error names its line.
        broken = area.text.replace("goto: buren\n", "goto: nergens\n", 1)
        area.text = broken
        await settle(pilot)
        screen.query_one("#yaml-apply", Button).press()
        await settle(pilot)
        assert screen.session.data["nodes"]["begin"]["choices"][0]["goto"] == "nergens"
        errors = screen.result.errors
        assert errors and errors[0].line == broken.splitlines().index("        goto: nergens") + 1

        # YAML that cannot be read is not applied.
        area.text = "title: [open"
        await settle(pilot)
        screen.query_one("#yaml-apply", Button).press()
        await settle(pilot)
        assert screen.session.data["title"] == "Het bankje op het plein"


async def test_test_from_here_plays_from_a_node_with_chosen_scores(_isolated_home: Path) -> None:
    app = build(_isolated_home)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_in_editor(pilot)
        screen.query_one(NodeList).select_node("buren")
        await settle(pilot)
        await pilot.press("f5")
        await settle(pilot)
        assert isinstance(app.screen, TryoutDialog)
        app.screen.query_one("#try-score-participatie", Input).value = "3"
        app.screen.query_one("#try-flags", Input).value = "buren_gevraagd"
        app.screen.query_one("#try-start", Button).press()
        await settle(pilot)
        play = app.screen
        assert isinstance(play, TryoutPlayScreen)
        assert play.play.state.node == "buren"
        assert play.play.state.scores["participatie"] == 3
        # The flag opens the choice that needs it: both choices are offered.
        assert len(play.query_one(ChoiceList).values) == 2
        await pilot.press("2")  # "We maken het zaterdag samen."
        await settle(pilot)
        await pilot.press("enter")  # past the feedback
        await settle(pilot)
        assert isinstance(app.screen, TryoutEndingScreen)
        assert app.screen.play.game_id is None  # nothing saved
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is screen


async def test_a_student_makes_and_plays_an_own_version(_isolated_home: Path) -> None:
    home = _isolated_home
    app = build(home, pin=None, nickname="Noor")
    async with app.run_test(size=(120, 36)) as pilot:
        await library_ready(pilot)
        library = app.screen.query_one("#library")
        ids = [o.id for o in library.options]  # type: ignore[attr-defined]
        library.highlighted = ids.index("scenario-0")  # type: ignore[attr-defined]
        await pilot.press("e")
        await settle(pilot)
        screen = editor(app)
        assert screen.session.origin == "copy"
        assert screen.session.data["based_on"] == "bankje@1"
        new_id = screen.session.doc_id
        assert new_id == "bankje-noor"

        await type_into(
            pilot,
            field(app, "nodes", "begin", "choices", 1, "text"),
            "Ik repareer het zelf, met lijm.",
        )
        await pilot.press("ctrl+s")
        await settle(pilot)
        await pilot.press("enter")  # no change note
        await settle(pilot)
        # In the students' folder, not in the teacher's library.
        assert not (home / "library" / f"{new_id}@1.yaml").exists()
        own = stored(home, f"eigen/{new_id}@1.yaml")
        assert own.based_on == "bankje@1"
        assert own.nodes["begin"].choices[1].text == "Ik repareer het zelf, met lijm."  # type: ignore[union-attr]

        # F9: the own version as one file, for the teacher (who runs burgerschap import).
        await pilot.press("f9")
        await settle(pilot)
        assert isinstance(app.screen, AskDialog)
        assert app.screen.query_one(Input).value == str(Path.home() / f"{new_id}.yaml")
        handed_in = home.parent / f"{new_id}.yaml"
        app.screen.query_one(Input).value = str(handed_in)
        await pilot.press("enter")
        await settle(pilot)
        sent = load_file(handed_in).document
        assert sent.saved is not None  # when it was handed in
        assert sent == own.model_copy(update={"saved": sent.saved})
        await pilot.press("f9")
        await settle(pilot)
        app.screen.query_one(Input).value = str(handed_in)
        await pilot.press("enter")  # never over an existing file: the dialog says so
        await settle(pilot)
        assert isinstance(app.screen, AskDialog)
        assert "bestaat al" in str(app.screen.query_one("#ask-error", Static).content)
        await pilot.press("escape")
        await settle(pilot)

        # Close the editor and play the own version from the home screen.
        await pilot.press("escape")
        await settle(pilot)
        await library_ready(pilot)
        entry = app.workspace.find(new_id)
        assert entry is not None and entry.source == "student"
        app.open_entry(entry)
        await settle(pilot)
        assert isinstance(app.screen, PlayScreen)
        values = app.screen.query_one(ChoiceList).values
        await pilot.press(str(values.index(1) + 1))  # the edited choice
        await settle(pilot)
        assert app.screen.play.state.node == "zelf"  # type: ignore[attr-defined]

        # "Eigen versie" on one's own copy edits it on instead of copying again.
        app.go_home()
        await settle(pilot)
        library = app.screen.query_one("#library")
        own_option = next(
            o.id
            for o in library.options  # type: ignore[attr-defined]
            if o.id and app.screen._items.get(o.id) is entry  # type: ignore[attr-defined]
        )
        library.highlighted = [o.id for o in library.options].index(own_option)  # type: ignore[attr-defined]
        await pilot.press("e")
        await settle(pilot)
        assert editor(app).session.doc_id == new_id


async def test_closing_with_unsaved_work_asks_first(_isolated_home: Path) -> None:
    app = build(_isolated_home)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_in_editor(pilot)
        await pilot.press("escape")  # nothing changed: closes at once
        await settle(pilot)
        assert not isinstance(app.screen, EditorScreen)

        screen = await open_in_editor(pilot)
        await type_into(pilot, field(app, "nodes", "begin", "title"), "Het bankje!")
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, ChoiceDialog)
        await pilot.press("escape")  # cancel
        await settle(pilot)
        assert app.screen is screen
        await pilot.press("escape")
        await settle(pilot)
        app.screen.query_one("#answer-save", Button).press()
        await settle(pilot)
        assert isinstance(app.screen, AskDialog)  # the version's note first
        await pilot.press("enter")
        await settle(pilot)
        assert not isinstance(app.screen, EditorScreen)
        assert (_isolated_home / "library" / "bankje@2.yaml").is_file()


async def test_the_ending_of_a_real_game_is_unchanged_by_the_editor(_isolated_home: Path) -> None:
    """The student's play screen still ends on the student's results screen."""
    app = build(_isolated_home)
    async with app.run_test(size=(120, 36)) as pilot:
        await library_ready(pilot)
        entry = app.workspace.find("bankje")
        assert entry is not None
        app.open_entry(entry)
        await settle(pilot)
        values = app.screen.query_one(ChoiceList).values
        await pilot.press(str(values.index(1) + 1))
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        values = app.screen.query_one(ChoiceList).values
        await pilot.press(str(values.index(1) + 1))  # Gewoon doorgaan.
        await settle(pilot)
        for _ in range(3):
            if isinstance(app.screen, EndingScreen):
                break
            await pilot.press("enter")
            await settle(pilot)
        assert type(app.screen) is EndingScreen


async def test_a_problem_opens_the_field_it_is_about(_isolated_home: Path) -> None:
    app = build(_isolated_home)
    async with app.run_test(size=(120, 36)) as pilot:
        screen, area = await yaml_tab_of_bankje(pilot)
        area.text = area.text.replace("goto: buren\n", "goto: nergens\n", 1)
        await settle(pilot)
        screen.query_one("#yaml-apply", Button).press()
        await settle(pilot)
        (problem,) = [p for p in screen.result.errors if p.node == "begin"]
        path = ("nodes", "begin", "choices", 0, "goto")
        assert screen.result.path_of(problem) == path

        await screen.jump_to(problem)
        await settle(pilot)
        focused = app.focused
        assert isinstance(focused, Select)
        assert getattr(focused, "path", None) == path
        assert focused.region.height > 0  # opened and on screen, not in a closed fold
