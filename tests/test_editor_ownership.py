"""Whose version is it: a student's own version never becomes the teacher's, nor a lesson's.

A student's "Eigen versie" is saved under the id of the original and the
student (``bankje-noor``) in the students' folder, whatever its YAML says; an
id of a built-in or teacher's scenario is refused. A lesson uses only the
teacher's versions: built in, saved in teacher mode, or imported.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.widgets import Button, SelectionList

from burgerschap.scenario.library import Library
from burgerschap.scenario.loader import load_file
from burgerschap.scenario.models import Scenario
from burgerschap.scenario.versions import own_version_id, save_version
from burgerschap.tui.app import BurgerschapApp
from burgerschap.tui.screens.editor import EditorScreen
from burgerschap.tui.screens.lesson_new import NewLessonScreen
from editor_support import LIBRARY, build, editor, library_ready, settle, unlock

BANKJE = LIBRARY / "bankje.yaml"


def bankje() -> Scenario:
    doc = load_file(BANKJE).document
    assert isinstance(doc, Scenario)
    return doc


async def own_version_of_bankje(pilot: Any) -> EditorScreen:
    """Noor, without the PIN, makes her own version of "bankje" ("Eigen versie", key e)."""
    app = pilot.app
    await library_ready(pilot)
    listing = app.screen.query_one("#library")
    listing.highlighted = [o.id for o in listing.options].index("scenario-0")
    await pilot.press("e")
    await settle(pilot)
    return editor(app)


async def save_with_id(pilot: Any, screen: EditorScreen, doc_id: str) -> None:
    """Change ``id:`` in the YAML tab, apply it and save (Ctrl+S)."""
    screen.show_tab("tab-yaml", "#yaml-text")
    await settle(pilot)
    area = screen.query_one("#yaml-pane").area  # type: ignore[attr-defined]
    lines = area.text.splitlines(keepends=True)
    area.text = "".join(f"id: {doc_id}\n" if line.startswith("id:") else line for line in lines)
    await settle(pilot)
    screen.query_one("#yaml-apply", Button).press()
    await settle(pilot)
    assert screen.session.data["id"] == doc_id
    await pilot.press("ctrl+s")
    await settle(pilot)
    await no_note(pilot)


async def no_note(pilot: Any) -> None:
    """Saving a version asks what changed; leave the note empty (Enter) when it asks."""
    from burgerschap.tui.screens.ask import AskDialog

    if isinstance(pilot.app.screen, AskDialog):
        await pilot.press("enter")
        await settle(pilot)


def messages(app: BurgerschapApp) -> list[str]:
    return [n.message for n in app._notifications]


def files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def yaml_files(folder: Path) -> list[str]:
    """Every scenario file in ``folder`` and below it, as paths inside it."""
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*.yaml"))


def test_an_own_version_id_is_the_original_and_the_student() -> None:
    assert own_version_id("speeltuin", "Sam") == "speeltuin-sam"
    assert own_version_id("speeltuin", "Sam de Vries") == "speeltuin-sam-de-vries"
    assert own_version_id("speeltuin", "Ђорђе") == "speeltuin-eigen"  # nothing left in a-z
    assert own_version_id("speeltuin", "Sam", {"speeltuin-sam"}) == "speeltuin-sam-2"
    long = "a" * 64
    assert own_version_id(long, "Sam").endswith("-sam") and len(own_version_id(long, "Sam")) <= 64


async def test_a_student_cannot_save_an_own_version_as_the_built_in_one(
    _isolated_home: Path,
) -> None:
    home = _isolated_home
    app = build(home, pin=None, nickname="Noor")
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await own_version_of_bankje(pilot)
        assert screen.session.owner == "student" and screen.session.own_id == "bankje-noor"
        await save_with_id(pilot, screen, "bankje")
        assert any("'bankje' is een verhaal van je docent" in m for m in messages(app))
        assert yaml_files(home / "library") == []
        assert [e.ref for e in app.workspace.library.versions("bankje")] == ["bankje@1"]  # type: ignore[union-attr]

        # Any other id: saved all the same, as her own version.
        await save_with_id(pilot, screen, "mijn-bankje")
        assert files(home / "library" / "eigen") == ["bankje-noor@1.yaml"]
        assert any("altijd 'bankje-noor'" in m for m in messages(app))
        assert screen.session.data["id"] == "bankje-noor"
        saved = load_file(home / "library" / "eigen" / "bankje-noor@1.yaml").document
        assert saved is not None and saved.id == "bankje-noor" and saved.based_on == "bankje@1"


async def test_a_student_cannot_save_under_a_teachers_id(_isolated_home: Path) -> None:
    home = _isolated_home
    (home / "library").mkdir(parents=True)
    teachers = bankje().model_copy(update={"id": "plein-van-juf"})
    save_version(teachers, home / "library")
    app = build(home, pin=None, nickname="Noor")
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await own_version_of_bankje(pilot)
        await save_with_id(pilot, screen, "plein-van-juf")
        assert any("'plein-van-juf' is een verhaal" in m for m in messages(app))
        assert yaml_files(home / "library") == ["plein-van-juf@1.yaml"]


async def test_a_lesson_offers_only_the_teachers_versions(_isolated_home: Path) -> None:
    home = _isolated_home
    own = home / "library" / "eigen"
    own.mkdir(parents=True)
    # What the old game let a student write: "bankje@2" of their own, and an own version.
    imposter = bankje().model_copy(update={"version": 2, "title": "Niet van de juf"})
    save_version(imposter, own, Library.scan([(LIBRARY, "builtin")]))
    save_version(bankje().model_copy(update={"id": "bankje-noor"}), own)
    assert files(own) == ["bankje-noor@1.yaml", "bankje@2.yaml"]
    app = build(home)
    async with app.run_test(size=(120, 36)) as pilot:
        await library_ready(pilot)
        assert app.workspace.find("bankje") is not None
        app.open_teacher()
        await settle(pilot)
        await unlock(pilot)
        await pilot.press("l")
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, NewLessonScreen)
        assert [s.ref for s in screen.scenarios] == ["bankje@1"]
        assert screen.query_one("#new-scenarios", SelectionList).option_count == 1


async def test_a_teacher_who_saves_a_students_version_makes_it_the_teachers(
    _isolated_home: Path,
) -> None:
    """The way to use a student's work in a lesson: open it in teacher mode and save it there."""
    from burgerschap.tui import authoring

    home = _isolated_home
    own = home / "library" / "eigen"
    own.mkdir(parents=True)
    save_version(bankje().model_copy(update={"id": "bankje-noor", "based_on": "bankje@1"}), own)
    app = build(home)
    async with app.run_test(size=(120, 36)) as pilot:
        await library_ready(pilot)
        app.open_teacher()
        await settle(pilot)
        await unlock(pilot)
        entry = app.workspace.find("bankje-noor")
        assert entry is not None and entry.source == "student"
        authoring.open_editor(app, authoring.entry_session(app, entry))
        await settle(pilot)
        screen = editor(app)
        assert screen.session.owner == "teacher" and screen.session.origin == "student"
        await pilot.press("ctrl+s")  # unchanged: still a new version, now the teacher's
        await settle(pilot)
        await no_note(pilot)
        assert (home / "library" / "bankje-noor@2.yaml").is_file()
        teachers = app.workspace.library.teachers()  # type: ignore[union-attr]
        found = teachers.find("bankje-noor")
        assert found is not None and found.ref == "bankje-noor@2"


def test_the_command_line_scans_the_students_folder_as_students() -> None:
    from burgerschap.commands.common import library_folders
    from burgerschap.paths import student_library_dir, user_library_dir

    folders = dict(library_folders())
    assert folders[student_library_dir()] == "student"
    assert folders[user_library_dir()] == "user"
    assert student_library_dir().parent == user_library_dir()
