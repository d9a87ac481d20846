"""The teacher's library screen through the pilot: every version listed, keys that work."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from textual.widgets import Static, Tree

from burgerschap.scenario.loader import load_file
from burgerschap.scenario.models import Scenario
from burgerschap.scenario.versions import save_version
from burgerschap.tui.screens.editor import EditorScreen
from burgerschap.tui.screens.library import LibraryScreen
from burgerschap.tui.screens.teacher_hub import TeacherHubScreen
from burgerschap.tui.widgets.footer import GameFooter
from editor_support import LIBRARY, build, library_ready, settle, unlock

MOMENT = datetime(2026, 12, 3, 14, 5)


async def test_the_hub_opens_the_library_and_a_version_opens_in_the_editor(
    _isolated_home: Path,
) -> None:
    app = build(_isolated_home, teacher=True)
    async with app.run_test(size=(100, 30)) as pilot:
        await library_ready(pilot)
        await unlock(pilot)
        assert isinstance(app.screen, TeacherHubScreen)
        await pilot.press("b")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        tree = screen.query_one("#library-tree", Tree)
        labels = [str(node.label) for node in tree.root.children]
        assert any("bankje" in label for label in labels), labels
        versions = [str(leaf.label) for leaf in tree.root.children[0].children]
        assert any("@1" in version for version in versions), versions

        line = screen.query_one(GameFooter).render().plain
        for shown in ("e Bewerken", "v Vergelijk", "k Kopie", "t Test", "esc"):
            assert shown in line, line

        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, EditorScreen)
        assert app.screen.session.data["id"] == "bankje"


async def test_versions_show_when_they_were_saved_and_their_note(_isolated_home: Path) -> None:
    library = _isolated_home / "library"
    bankje = load_file(LIBRARY / "bankje.yaml").document
    assert isinstance(bankje, Scenario)
    changed = bankje.model_copy(update={"title": "Het bankje, herzien", "version": 2})
    save_version(changed, library, note="Een titel die zegt wat er speelt.", now=MOMENT)
    app = build(_isolated_home, teacher=True)
    async with app.run_test(size=(120, 30)) as pilot:
        await library_ready(pilot)
        await unlock(pilot)
        await pilot.press("b")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        tree = screen.query_one("#library-tree", Tree)
        versions = [str(leaf.label) for leaf in tree.root.children[0].children]
        assert versions == ["bankje@1 · ingebouwd", "bankje@2 · eigen · 3 december 2026, 14:05"]
        details = str(screen.query_one("#lineage", Static).content)
        assert "bankje@2  Het bankje, herzien  (eigen)\n" in details
        assert "      3 december 2026, 14:05 · «Een titel die zegt wat er speelt.»" in details
