"""What the editor does besides showing: operations on nodes, lists and dimensions,
undo and redo, saving, testing, comparing and closing.

Every operation goes through the domain's editor operations
(:mod:`burgerschap.scenario.edit`); a refusal (a name in use, a node still
referenced) is shown with its reasons and changes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from textual import on
from textual.widgets import Button

from burgerschap.application.editing import Check, get
from burgerschap.scenario import edit
from burgerschap.scenario.models import NODE_ID, SLUG
from burgerschap.scenario.problems import Problem, ScenarioError
from burgerschap.tui import authoring
from burgerschap.tui.messages import LibraryChanged
from burgerschap.tui.screens.ask import AskDialog, ChoiceDialog
from burgerschap.tui.screens.editor_base import EditorBase, fields_in, guarded
from burgerschap.tui.widgets.fields import ItemButton

if TYPE_CHECKING:
    from burgerschap.application.editing import Owner
    from burgerschap.scenario.library import Library
    from burgerschap.scenario.models import Scenario

Data = dict[str, Any]
KINDS = ("story", "question", "ending")


class EditorOps(EditorBase):
    """The editor's actions; :class:`~burgerschap.tui.screens.editor.EditorScreen` shows."""

    current: str | None
    result: Check
    opened: Data

    def after_edit(self) -> None:
        raise NotImplementedError

    def write(self, path: tuple[str | int, ...], value: object) -> None:
        raise NotImplementedError

    @guarded
    def _change(self, operation: Callable[[Data], Data], done: str | None = None) -> bool:
        """Apply an operation; show why when it refuses. Rebuilds the forms."""
        self.flush_fields()
        try:
            changed = self.session.edit(operation)
        except ScenarioError as exc:
            self.refused(exc.problems)
            return False
        if changed:
            self.request_rebuild()
            if done:
                self.notify(done)
        return changed

    def refused(self, problems: list[Problem]) -> None:
        lines = [p.message(self.lang) for p in problems]
        self.notify(
            "\n".join(lines), title=self.t("tui.editor.refused"), severity="error", timeout=10
        )

    # Undo -------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        focused = self.focused
        if action in ("undo", "redo") and focused is not None and focused.id == "yaml-text":
            return False  # the YAML text has its own undo until it is applied
        if action == "undo":
            # Typing whose change message is still on its way counts: undo takes it first.
            return self.session.can_undo or self._typing_pending() or None
        if action == "redo":
            return self.session.can_redo or None
        if action in ("rename_node", "delete_node", "try_out"):
            return self.current is not None or None
        return True

    def _typing_pending(self) -> bool:
        return any(field.fresh() for field in fields_in(self))

    @guarded
    def action_undo(self) -> None:
        self.flush_fields()
        if self.session.undo():
            self.request_rebuild()

    @guarded
    def action_redo(self) -> None:
        self.flush_fields()
        if self.session.redo():
            self.request_rebuild()

    # Nodes ------------------------------------------------------------

    def _node_name_problem(self, name: str, old: str | None = None) -> str | None:
        if not re.match(NODE_ID, name) or len(name) > 64:
            return self.t("tui.editor.name.invalid")
        if name != old and name in self.session.nodes:
            return self.t("tui.editor.name.taken", name=name)
        return None

    @guarded
    def action_add_node(self) -> None:
        kinds = [(self.t(f"tui.editor.kind.{k}"), k) for k in KINDS]
        suggestion = edit.free_node_id(self.session.data, self.t("tui.editor.new_node_name"))

        def added(answer: tuple[str, str] | None) -> None:
            if answer is None:
                return
            name, kind = answer
            node = edit.new_node(kind if kind in KINDS else "story", "…")  # type: ignore[arg-type]
            if self._change(lambda d: edit.add_node(d, name, node)):
                self.current = name

        self.app.push_screen(
            AskDialog(
                self.t("tui.editor.add.title"),
                self.t("tui.editor.add.explain"),
                value=suggestion,
                check=self._node_name_problem,
                kinds=kinds,
            ),
            added,
        )

    @guarded
    def action_rename_node(self) -> None:
        old = self.current
        if old is None:
            return

        def renamed(answer: tuple[str, str] | None) -> None:
            if answer is None or answer[0] == old:
                return
            new = answer[0]
            if self._change(lambda d: edit.rename_node(d, old, new)):
                self.current = new
                count = len(edit.references(self.session.data, new))
                self.notify(self.t("tui.editor.renamed", old=old, new=new, count=count))

        self.app.push_screen(
            AskDialog(
                self.t("tui.editor.rename.title", node=old),
                self.t("tui.editor.rename.explain"),
                value=old,
                check=lambda name: self._node_name_problem(name, old),
            ),
            renamed,
        )

    @guarded
    def action_delete_node(self) -> None:
        node = self.current
        if node is None:
            return
        referrers = edit.referrers(self.session.data, node)
        if referrers:
            names = ", ".join(referrers)
            self.notify(
                self.t("tui.editor.delete.refused", node=node, referrers=names),
                title=self.t("tui.editor.refused"),
                severity="error",
                timeout=12,
            )
            return
        self._change(lambda d: edit.delete_node(d, node), self.t("tui.editor.deleted", node=node))

    # Lists and dimensions ---------------------------------------------

    @on(Button.Pressed, ".item-button")
    @guarded
    def _item(self, event: Button.Pressed) -> None:
        button = event.button
        if not isinstance(button, ItemButton):
            return
        path, i = button.path, button.index
        op = button.op
        if op == "add_choice":
            node = str(path[-1])
            goto = next((n for n in self.session.nodes if n != node), node)
            self._change(lambda d: edit.add_choice(d, node, "…", goto))
        elif op == "add_option":
            self._change(lambda d: edit.insert_item(d, (*path, "options"), {"text": "…"}))
        elif op == "remove":
            self._change(lambda d: edit.remove_item(d, path, i))
        elif op in ("up", "down"):
            to = i - 1 if op == "up" else i + 1
            if 0 <= to < len(get(self.session.data, path, [])):
                self._change(lambda d: edit.move_item(d, path, i, to))
        elif op == "add_dimension":
            self._ask_dimension(None)
        elif op == "rename_dimension":
            self._ask_dimension(str(path[-1]))
        elif op == "remove_dimension":
            dim = str(path[-1])
            self._change(lambda d: edit.delete_dimension(d, dim))

    @guarded
    def _ask_dimension(self, old: str | None) -> None:
        def problem(name: str) -> str | None:
            if not re.match(SLUG, name):
                return self.t("tui.editor.dimension.invalid")
            if name != old and name in self.session.dimensions:
                return self.t("tui.editor.name.taken", name=name)
            return None

        def answered(answer: tuple[str, str] | None) -> None:
            if answer is None or answer[0] == old:
                return
            name = answer[0]
            if old is None:
                self._change(lambda d: edit.set_field(d, ("dimensions", name), {"label": name}))
            else:
                self._change(lambda d: edit.rename_dimension(d, old, name))

        title = "tui.editor.dimension.add" if old is None else "tui.editor.dimension.rename"
        self.app.push_screen(
            AskDialog(
                self.t(title),
                self.t("tui.editor.dimension.explain"),
                value=old or "",
                check=problem,
            ),
            answered,
        )

    @guarded
    def mark_correct(self, path: tuple[str | int, ...]) -> None:
        """Make the option at ``path`` (``.../options/i/correct``) the one right answer."""
        options_path, index = path[:-2], path[-2]

        def one_right(data: Data) -> Data:
            options = get(data, options_path, [])
            for n in range(len(options)):
                data = edit.set_field(
                    data, (*options_path, n, "correct"), True if n == index else None
                )
            return data

        self._change(one_right)

    # Saving -----------------------------------------------------------

    @guarded
    def action_save(self, then: Callable[[], None] | None = None) -> None:
        """A new version when the work validates (after asking what changed),
        otherwise a draft. ``then`` runs once the work is saved."""
        from burgerschap.scenario.models import Scenario
        from burgerschap.scenario.serialize import inspect_data

        self.flush_fields()
        inspection = inspect_data(self.session.data)
        doc = inspection.document
        if isinstance(doc, Scenario) and not inspection.errors:
            self.ask_note(doc, then)
        else:
            self.save_draft(len(inspection.errors))
            placeholders = [p for p in inspection.errors if p.code == "placeholder_text"]
            if placeholders:
                self._refuse_placeholders(placeholders)
            if then is not None and not self.session.dirty:
                then()
        self.keep_recovery()

    def _refuse_placeholders(self, problems: list[Problem]) -> None:
        """Say which fields still hold "…" or "—": the work is a draft until they are written."""
        fields = "; ".join(
            f"{p.node} · {p.message(self.lang)}" if p.node else p.message(self.lang)
            for p in problems[:5]
        )
        self.notify(
            self.t("tui.editor.placeholder.refused", fields=fields), severity="error", timeout=15
        )

    @guarded
    def ask_note(self, doc: Scenario, then: Callable[[], None] | None = None) -> None:
        """Ask for the version's change note (it may stay empty), then save it."""
        from burgerschap.scenario.library import Library
        from burgerschap.scenario.models import MAX_NOTE
        from burgerschap.scenario.versions import identical_version

        library = self.host.workspace.library
        if self.session.owner == "student":
            own = self.own_version(doc, library or Library([]))
            if own is None:
                return
            doc = own
        # The same content is only "already saved" when it is saved by the same hand:
        # a teacher who saves a student's version unchanged makes it the teacher's.
        pool = _of_owner(library, self.session.owner) if library is not None else None
        same = identical_version(doc, pool) if pool is not None else None
        if same is not None:
            self.notify(self.t("tui.editor.saved.same", ref=same))
            self.session.saved_draft()
            self.after_edit()
            if then is not None:
                then()
            return

        def too_long(note: str) -> str | None:
            if len(note) > MAX_NOTE:
                return self.t("tui.editor.note.too_long", limit=MAX_NOTE)
            return None

        def answered(answer: tuple[str, str] | None) -> None:
            if answer is None:
                self.notify(self.t("tui.editor.note.cancelled"))
            elif self.save_version(doc, answer[0]) and then is not None:
                then()

        self.app.push_screen(
            AskDialog(
                self.t("tui.editor.note.title"),
                self.t("tui.editor.note.explain"),
                check=too_long,
            ),
            answered,
        )

    @guarded
    def save_version(self, doc: Scenario, note: str = "") -> bool:
        """Store the work as the next version with its note; False when that failed."""
        from burgerschap.scenario.versions import (
            draft_filename,
            parse_version_filename,
            save_version,
        )

        workspace = self.host.workspace
        folder = self.session.library_dir or authoring.user_library_dir(workspace)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            # Saved now, with this note: not a moment or note the work carried along.
            fresh = doc.model_copy(update={"saved": None})
            path = save_version(fresh, folder, workspace.library, note=note)
        except (OSError, ScenarioError) as exc:
            self.notify(self.t("tui.editor.save.failed", reason=str(exc)), severity="error")
            return False
        parsed = parse_version_filename(path.name)
        version = parsed[1] if parsed else doc.version
        ref = f"{doc.id}@{version}"
        self.session.saved_version(ref, version)
        (folder / draft_filename(doc.id)).unlink(missing_ok=True)
        self.post_message(LibraryChanged())
        self.notify(self.t("tui.editor.saved", ref=ref, file=path.name))
        self.after_edit()
        return True

    def own_version(self, doc: Scenario, library: Library) -> Scenario | None:
        """A student's work as their own version: under its own id; None (and why) when refused.

        A student may not save under the id of a built-in or teacher's scenario: that
        would look like the teacher's. Any other id is replaced by the student's own.
        """
        own = self.session.own_id or doc.id
        if doc.id in library.teachers().ids() or own in library.teachers().ids():
            self.notify(
                self.t("tui.own.id_refused", id=doc.id, own=own),
                title=self.t("tui.editor.refused"),
                severity="error",
                timeout=15,
            )
            return None
        if doc.id != own:
            self.notify(self.t("tui.own.id_kept", id=doc.id, own=own), timeout=10)
            doc = doc.model_copy(update={"id": own})
        return doc

    @guarded
    def save_draft(self, errors: int) -> None:
        from burgerschap.scenario.versions import save_draft

        workspace = self.host.workspace
        folder = self.session.library_dir or authoring.user_library_dir(workspace)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            # A student's draft is named after their own version, whatever its YAML says.
            path = save_draft(self.session.data, folder, name=self.session.own_id)
        except OSError as exc:
            self.notify(self.t("tui.editor.save.failed", reason=str(exc)), severity="error")
            return
        self.session.saved_draft()
        self.notify(
            self.t("tui.editor.saved.draft", file=path.name, count=errors),
            severity="warning",
            timeout=10,
        )
        self.after_edit()

    def action_save_file(self) -> None:
        """Write the work as a file of the user's choosing (see editor_share)."""
        from burgerschap.tui.screens import editor_share

        editor_share.ask_and_write(self)

    # Testing and comparing --------------------------------------------

    @guarded
    def action_try_out(self) -> None:
        from burgerschap.scenario.models import Scenario
        from burgerschap.scenario.serialize import inspect_data
        from burgerschap.tui.screens.tryout import TryoutDialog

        inspection = inspect_data(self.session.data)
        doc = inspection.document
        if not isinstance(doc, Scenario) or inspection.errors:
            self.notify(self.t("tui.editor.try.invalid"), severity="error")
            return
        self.app.push_screen(TryoutDialog(doc, self.current or doc.start))

    @guarded
    def action_show_diff(self) -> None:
        from burgerschap.tui.screens.diff import DiffScreen

        self.app.push_screen(DiffScreen.of_data(self.opened, self.session.data))

    # Closing ----------------------------------------------------------

    def _dismiss(self) -> None:
        self.dismiss(None)

    @guarded
    def action_close(self) -> None:
        self.flush_fields()
        if not self.session.dirty:
            self.keep_recovery()
            self.dismiss(None)
            return

        def answered(answer: str | None) -> None:
            if answer == "save":
                self.action_save(then=self._dismiss)
            elif answer == "discard":
                self.discarded = True
                self.keep_recovery()
                self.dismiss(None)

        self.app.push_screen(
            ChoiceDialog(
                self.t("tui.editor.close.title"),
                self.t("tui.editor.close.text"),
                [
                    ("save", self.t("tui.editor.close.save")),
                    ("discard", self.t("tui.editor.close.discard")),
                    ("cancel", self.t("tui.editor.close.cancel")),
                ],
            ),
            answered,
        )


def _of_owner(library: Library, owner: Owner) -> Library:
    """The versions saved by the same hand as ``owner``: the teacher's, or students'."""
    from burgerschap.scenario.library import Library

    if owner == "teacher":
        return library.teachers()
    return Library([e for e in library.entries if e.source == "student"])
