"""The editor's saving: a new version when the work validates, else a draft.

A version is saved after asking what changed (its note); a student's own
version keeps the id that belongs to the original and the student; a save
that fails keeps the work as a draft and says why. Split from
:mod:`burgerschap.tui.screens.editor_ops`, whose :class:`EditorOps` builds on
:class:`EditorSaving`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from burgerschap.application.editing import Check
from burgerschap.i18n.problem_words import error_text, problem_text
from burgerschap.scenario.problems import Problem, ScenarioError
from burgerschap.tui import teaching
from burgerschap.tui.messages import LibraryChanged
from burgerschap.tui.screens.ask import AskDialog
from burgerschap.tui.screens.editor_base import EditorBase, guarded

if TYPE_CHECKING:
    from burgerschap.application.editing import Owner
    from burgerschap.scenario.library import Library
    from burgerschap.scenario.models import Scenario

Data = dict[str, Any]


class EditorSaving(EditorBase):
    """Saving the editor's work as a version, a draft or a file of the user's choosing."""

    result: Check
    opened: Data

    def after_edit(self) -> None:
        raise NotImplementedError

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
            f"{p.node} · {problem_text(p, self.lang)}" if p.node else problem_text(p, self.lang)
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
        folder = self.session.library_dir or teaching.user_library_dir(workspace)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            # Saved now, with this note: not a moment or note the work carried along.
            fresh = doc.model_copy(update={"saved": None})
            path = save_version(fresh, folder, workspace.library, note=note)
        except (OSError, ScenarioError) as exc:
            reason = error_text(exc, self.lang) if isinstance(exc, ScenarioError) else str(exc)
            self.notify(self.t("tui.editor.save.failed", reason=reason), severity="error")
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
        folder = self.session.library_dir or teaching.user_library_dir(workspace)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            # A student's draft is named after their own version, whatever its YAML says.
            path = save_draft(self.session.data, folder, name=self.session.own_id)
        except OSError as exc:
            self.notify(self.t("tui.editor.save.failed", reason=str(exc)), severity="error")
            return
        self.session.saved_draft()
        self.notify(
            self.tn("tui.editor.saved.draft", errors, file=path.name),
            severity="warning",
            timeout=10,
        )
        self.after_edit()

    def action_save_file(self) -> None:
        """Write the work as a file of the user's choosing (see editor_share)."""
        from burgerschap.tui.screens import editor_share

        editor_share.ask_and_write(self)


def _of_owner(library: Library, owner: Owner) -> Library:
    """The versions saved by the same hand as ``owner``: the teacher's, or students'."""
    from burgerschap.scenario.library import Library

    if owner == "teacher":
        return library.teachers()
    return Library([e for e in library.entries if e.source == "student"])
