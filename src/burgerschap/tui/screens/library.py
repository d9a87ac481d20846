"""The teacher's library: every scenario with all its versions, drafts and lineage.

A tree: each scenario, under it each version (built in or your own, with
when it was saved) and its drafts. Beside it the versions of the highlighted
scenario with their change notes, and its lineage (what it was based on,
which copies were made of it). From here a version or draft opens in the
editor, two versions are compared, a copy is made, or a version is tried out.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.widgets import Static, Tree

from burgerschap.i18n import moment_text
from burgerschap.i18n.names import SOURCE
from burgerschap.scenario.library import Entry, Library
from burgerschap.scenario.models import Scenario
from burgerschap.scenario.plaintext import plain_line
from burgerschap.scenario.versions import VersionInfo, drafts, lineage
from burgerschap.tui import teaching
from burgerschap.tui.messages import MakeOwnVersion, OpenEditor
from burgerschap.tui.screens.base import GameScreen
from burgerschap.tui.widgets.footer import GameFooter


@dataclass(frozen=True)
class Item:
    """What a line of the tree stands for."""

    doc_id: str
    entry: Entry | None = None
    draft: Path | None = None


class LibraryScreen(GameScreen[None]):
    """All versions; Enter edits the highlighted version or draft."""

    CSS_PATH = "teacher.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("e", "edit", "tui.key.edit", id="edit"),
        Binding("v", "compare", "tui.key.compare", id="compare"),
        Binding("k", "copy", "tui.key.copy", id="copy"),
        Binding("t", "try_out", "tui.key.try_out", id="try-out"),
        Binding("escape", "close", "tui.key.close", id="close"),
    ]
    """Edit, compare with the version before, copy under a new id, try out, close."""

    def __init__(self) -> None:
        super().__init__()

    def compose(self) -> ComposeResult:
        yield Static(id="library-title")
        with Horizontal(id="library-body"):
            yield Tree("", id="library-tree")
            with VerticalScroll(id="library-details", can_focus=False):
                yield Static(id="lineage")
        yield GameFooter()

    def on_mount(self) -> None:
        self.query_one("#library-title", Static).update(
            Content.styled(self.t("tui.library.title"), "bold $accent")
        )
        self.fill()
        self.query_one(Tree).focus()

    def on_screen_resume(self) -> None:
        if self.is_mounted:
            self.fill()

    @property
    def library(self) -> Library:
        return self.host.workspace.library or Library([])

    def fill(self) -> None:
        """Build the tree from the library and the drafts on disk."""
        tree: Tree[Item] = self.query_one("#library-tree", Tree)
        tree.clear()
        tree.show_root = False
        library = self.library
        folder = teaching.user_library_dir(self.host.workspace)
        ids: dict[str, list[Entry]] = {}
        for entry in library.valid():
            doc = entry.document
            if isinstance(doc, Scenario):
                ids.setdefault(doc.id, []).append(entry)
        # Drafts are named by their files, which anyone may name: plain text only.
        loose = {plain_line(p.name.split(".draft.")[0]): p for p in drafts(folder)}
        for doc_id in sorted(set(ids) | set(loose)):
            versions = library.versions(doc_id)
            newest = versions[-1].document if versions else None
            title = newest.title if newest is not None else doc_id
            branch = tree.root.add(
                Text.assemble((title, "bold"), (f" · {doc_id}", "dim")),
                Item(doc_id, versions[-1] if versions else None),
                expand=True,
            )
            for entry in versions:
                doc = entry.document
                assert doc is not None
                source = self.t(SOURCE[entry.source])
                saved = f" · {moment_text(doc.saved, self.lang)}" if doc.saved else ""
                branch.add_leaf(
                    Text.assemble(doc.ref, (f" · {source}{saved}", "dim")),
                    Item(doc_id, entry),
                )
            if doc_id in loose:
                branch.add_leaf(
                    Text(
                        self.t("tui.library.draft", file=plain_line(loose[doc_id].name)),
                        "italic yellow",
                    ),
                    Item(doc_id, None, loose[doc_id]),
                )
        if tree.cursor_line < 0 and tree.root.children:
            tree.cursor_line = 0
        self.show_lineage()

    @property
    def item(self) -> Item | None:
        node = self.query_one("#library-tree", Tree).cursor_node
        data = node.data if node is not None else None
        return data if isinstance(data, Item) else None

    @on(Tree.NodeHighlighted)
    def _highlighted(self) -> None:
        self.show_lineage()
        self.refresh_bindings()

    @on(Tree.NodeSelected)
    def _selected(self, event: Tree.NodeSelected[Item]) -> None:
        if event.node.allow_expand:
            return  # Enter on a scenario folds it; edit with e
        self.action_edit()

    def show_lineage(self) -> None:
        item = self.item
        out = self.query_one("#lineage", Static)
        if item is None:
            out.update(Content(self.t("tui.library.empty")))
            return
        found = lineage(self.library, item.doc_id)
        parts: list[Content] = [Content.styled(item.doc_id, "bold $accent")]
        versions = [self._version_lines(v) for v in found.versions]
        parts.append(
            Content(self.t("tui.library.versions") + "\n" + "\n".join(versions or ["  —"]))
        )
        if found.ancestors:
            parts.append(Content(self.t("tui.library.based_on", chain=" ← ".join(found.ancestors))))
        if found.copies:
            copies = [f"  {c.ref}  {c.title}" for c in found.copies]
            parts.append(Content(self.t("tui.library.copies") + "\n" + "\n".join(copies)))
        if item.draft is not None:
            parts.append(Content.styled(self.t("tui.library.draft.hint"), "$warning"))
        parts.append(Content.styled(self.t("tui.library.hint"), "italic $text-muted"))
        out.update(Content("\n\n").join(parts))

    def _version_lines(self, version: VersionInfo) -> str:
        """A version, its source, and (on a line below) when it was saved and its note."""
        source = self.t(SOURCE[version.source])
        lines = [f"  {version.ref}  {version.title}  ({source})"]
        about = [moment_text(version.saved, self.lang)] if version.saved else []
        if version.note:
            about.append(f"«{version.note}»")
        if about:
            lines.append("      " + " · ".join(about))
        return "\n".join(lines)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        item = self.item
        if action in ("copy", "try_out", "compare"):
            if item is None or item.entry is None:
                return None
            if action == "compare":
                return len(self.library.versions(item.doc_id)) > 1 or None
        if action == "edit":
            return item is not None or None
        return True

    # Actions ------------------------------------------------------------

    def action_edit(self) -> None:
        item = self.item
        if item is None:
            return
        app = self.app
        if item.draft is not None:
            session = teaching.draft_session(app, item.draft)
        elif item.entry is not None:
            session = teaching.entry_session(app, item.entry)
        else:
            return
        if session is not None:
            self.post_message(OpenEditor(session))

    def action_compare(self) -> None:
        from burgerschap.scenario.serialize import to_data
        from burgerschap.tui.screens.diff import DiffScreen

        item = self.item
        if item is None or item.entry is None:
            return
        versions = self.library.versions(item.doc_id)
        choices = [(e.ref or "?", to_data(e.document)) for e in versions if e.document]
        refs = [ref for ref, _ in choices]
        new = refs.index(item.entry.ref) if item.entry.ref in refs else len(refs) - 1
        old = max(0, new - 1) if new > 0 else min(1, len(refs) - 1)
        self.app.push_screen(DiffScreen(choices, old, new))

    def action_copy(self) -> None:
        item = self.item
        if item is not None and item.entry is not None:
            self.post_message(MakeOwnVersion(item.entry))

    def action_try_out(self) -> None:
        from burgerschap.tui.screens.tryout import TryoutDialog

        item = self.item
        doc = item.entry.document if item is not None and item.entry is not None else None
        if isinstance(doc, Scenario):
            self.app.push_screen(TryoutDialog(doc, doc.start))

    def action_close(self) -> None:
        self.dismiss(None)
