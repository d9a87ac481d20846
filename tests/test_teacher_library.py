"""The teacher's library screen through the pilot: every version listed, keys that work."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Tree

from burgerschap.tui.screens.editor import EditorScreen
from burgerschap.tui.screens.library import LibraryScreen
from burgerschap.tui.screens.teacher_hub import TeacherHubScreen
from burgerschap.tui.widgets.footer import GameFooter
from editor_support import build, library_ready, settle, unlock


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
