"""What the editor does besides showing: operations on nodes, lists and dimensions,
undo and redo, testing, comparing and closing (saving: :mod:`.editor_saving`).

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
from burgerschap.i18n import N_
from burgerschap.i18n.names import NODE_KIND
from burgerschap.i18n.problem_words import problem_text
from burgerschap.scenario import edit
from burgerschap.scenario.models import NODE_ID, SLUG
from burgerschap.scenario.problems import Problem, ScenarioError
from burgerschap.tui.screens.ask import AskDialog, ChoiceDialog
from burgerschap.tui.screens.editor_base import fields_in, guarded
from burgerschap.tui.screens.editor_saving import EditorSaving
from burgerschap.tui.widgets.fields import ItemButton

if TYPE_CHECKING:
    pass

Data = dict[str, Any]
KINDS = ("story", "question", "ending")


class EditorOps(EditorSaving):
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
        lines = [problem_text(p, self.lang) for p in problems]
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
        kinds = [(self.t(key), kind) for kind, key in NODE_KIND.items()]
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
                self.notify(self.tn("tui.editor.renamed", count, old=old, new=new))

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

        title = N_("tui.editor.dimension.add") if old is None else N_("tui.editor.dimension.rename")
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
