"""How the game gets into teacher mode and into the editor.

- :func:`open_teacher` asks for the PIN (set on first use) and then switches
  the app to the ``teacher`` mode, a screen stack of its own beside the
  student's, whose base is the teacher hub. :func:`leave_teacher` closes that
  stack again, so the next visit asks for the PIN again.
- :func:`make_own_version` ("Maak je eigen versie") copies a scenario and
  opens the editor on the copy. Without the PIN it is a student's own
  version: its id is the original's and the student's (``speeltuin-sam``),
  whatever its YAML says, and it is saved in the students' folder, whose
  versions a lesson never uses. In teacher mode it is the teacher's copy.
- :func:`register_lessons` is the hook for the lessons screen: the hub shows
  "Lessen" only once a factory is registered (it lives in
  :mod:`burgerschap.tui.teaching` with the rest that screens use, so that
  no screen imports this module, which imports screens).
- :func:`offer_recovery` offers editor work that was never saved (the app
  stopped on an error, or was killed) when teacher mode or the editor starts.

The modules are imported when first used, so the home screen stays quick.
"""

from __future__ import annotations

import contextlib
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual.app import App, InvalidModeError

from burgerschap.i18n import t
from burgerschap.tui.host import host_of
from burgerschap.tui.teaching import (
    LessonsFactory,
    _lessons,
    _throttles,
    draft_session,
    entry_session,
    lessons_factory,
    new_session,
    own_draft,
    record_try,
    register_lessons,
    student_library_dir,
    throttle,
    user_library_dir,
)

if TYPE_CHECKING:
    from burgerschap.application.editing import EditSession
    from burgerschap.application.recovery import Recovery
    from burgerschap.scenario.library import Entry

__all__ = [  # with what the teacher's screens share (tui.teaching), offered here too
    "STUDENT_MODE",
    "TEACHER_MODE",
    "LessonsFactory",
    "_lessons",
    "_throttles",
    "draft_session",
    "enter_teacher",
    "entry_session",
    "leave_teacher",
    "lessons_factory",
    "make_own_version",
    "new_session",
    "offer_recovery",
    "open_editor",
    "open_teacher",
    "own_draft",
    "record_try",
    "register_lessons",
    "student_library_dir",
    "throttle",
    "user_library_dir",
]

TEACHER_MODE = "teacher"
STUDENT_MODE = "student"

_later: weakref.WeakKeyDictionary[App[Any], set[Path]] = weakref.WeakKeyDictionary()
"""Recovery drafts the user chose to deal with later: not offered again in this run."""


# Teacher mode -----------------------------------------------------------


def open_teacher(app: App[Any], *, exit_on_cancel: bool = False) -> None:
    """Ask for the PIN (or set one) and go to teacher mode when it is right."""
    from burgerschap.tui.screens.pin import PinDialog

    if app.current_mode == TEACHER_MODE:
        return

    def unlocked(ok: bool | None) -> None:
        if ok:
            enter_teacher(app)
        elif exit_on_cancel:
            app.exit()

    setting = not host_of(app).workspace.settings.pin_hash
    app.push_screen(PinDialog(setting=setting), unlocked)


def enter_teacher(app: App[Any]) -> None:
    """Switch to teacher mode (call only after the PIN was checked)."""
    from burgerschap.tui.screens.teacher_hub import TeacherHubScreen

    with contextlib.suppress(InvalidModeError):  # still there from before
        app.add_mode(TEACHER_MODE, TeacherHubScreen)
    # Textual switches only to modes it knows by name; the student's began as the
    # app's default screen, so it is named here, before the switch away from it.
    with contextlib.suppress(InvalidModeError):
        app.add_mode(STUDENT_MODE, app.get_default_screen)
    app.switch_mode(TEACHER_MODE)
    app.call_later(offer_recovery, app)


def leave_teacher(app: App[Any]) -> None:
    """Back to the student's screens; teacher mode is closed and needs the PIN again."""
    app.switch_mode(STUDENT_MODE)
    app.remove_mode(TEACHER_MODE)


# The library ------------------------------------------------------------


# The editor -------------------------------------------------------------


def open_editor(
    app: App[Any],
    session: EditSession,
    *,
    recovery_path: Path | None = None,
    ask: bool = True,
) -> None:
    """The editor on ``session``; first, work left unsaved last time is offered back.

    Args:
        recovery_path: the recovery draft ``session`` was restored from.
        ask: offer recovery drafts first (not when one was just restored).
    """
    from burgerschap.tui.screens.editor import EditorScreen

    if ask:
        offer_recovery(app, lambda: open_editor(app, session, ask=False), opening=session)
        return
    app.push_screen(EditorScreen(session, recovery_path=recovery_path))


def offer_recovery(
    app: App[Any],
    otherwise: Callable[[], object] | None = None,
    *,
    opening: EditSession | None = None,
) -> None:
    """Offer back editor work that was never saved, one draft at a time; then ``otherwise``.

    Only work that belongs to whoever is opening the editor is offered: in teacher mode
    (``opening`` None or the teacher's session) the teacher's, and to a student only
    the work on the own version they open (see ``Recovery.belongs_to``).

    "Terughalen" opens the editor on it (instead of ``otherwise``), "Weggooien"
    removes it, "Later" (or Escape) keeps it for the next start.
    """
    from burgerschap.application import recovery
    from burgerschap.tui.screens.ask import ChoiceDialog

    later = _later.setdefault(app, set())
    busy = {editor.recovery_path for editor in host_of(app).editors}
    found = next(
        (
            r
            for r in recovery.waiting(host_of(app).workspace.locations.home)
            if r.path not in later and r.path not in busy and r.belongs_to(opening)
        ),
        None,
    )
    if found is None:
        if otherwise is not None:
            otherwise()
        return

    def answered(answer: str | None) -> None:
        assert found is not None
        if answer == "restore":
            open_editor(app, found.session(), recovery_path=found.path, ask=False)
            app.notify(t("tui.recovery.restored", host_of(app).lang))
            return
        if answer == "discard":
            recovery.remove(found.path)
            app.notify(t("tui.recovery.discarded", host_of(app).lang))
        else:
            later.add(found.path)
        offer_recovery(app, otherwise, opening=opening)

    app.push_screen(
        ChoiceDialog(
            t("tui.recovery.title", host_of(app).lang),
            t(
                "tui.recovery.text",
                host_of(app).lang,
                title=found.title,
                id=found.doc_id,
                when=_when(app, found),
            ),
            [
                ("restore", t("tui.recovery.restore", host_of(app).lang)),
                ("discard", t("tui.recovery.discard", host_of(app).lang)),
                ("later", t("tui.recovery.later", host_of(app).lang)),
            ],
        ),
        answered,
    )


def _when(app: App[Any], found: Recovery) -> str:
    from burgerschap.i18n import long_date

    saved = found.saved
    if saved is None:
        return t("tui.recovery.when.unknown", host_of(app).lang)
    day = long_date(saved.date(), host_of(app).lang)
    return t("tui.recovery.when", host_of(app).lang, date=day, time=f"{saved:%H:%M}")


def make_own_version(app: App[Any], entry: Entry) -> None:
    """ "Maak je eigen versie": a copy based on this one, in the editor.

    In teacher mode the teacher's copy; otherwise the student's own version.
    """
    from burgerschap.scenario.models import Scenario

    if not isinstance(entry.document, Scenario):
        return
    if app.current_mode == TEACHER_MODE:
        _teacher_copy(app, entry)
    else:
        _student_copy(app, entry)


def _student_copy(app: App[Any], entry: Entry) -> None:
    """The student's own version of ``entry``: edited on when there is one, else a new copy.

    One own version per original and student: ``own_version_id`` of the two.
    """
    from burgerschap.application.editing import EditSession
    from burgerschap.scenario.library import Library
    from burgerschap.scenario.models import Scenario
    from burgerschap.scenario.serialize import to_data
    from burgerschap.scenario.versions import draft_filename, fork, own_version_id

    doc = entry.document
    assert isinstance(doc, Scenario)
    workspace = host_of(app).workspace
    library = workspace.library or Library([])
    folder = student_library_dir(workspace)
    name = workspace.nickname or t("tui.own.suffix", host_of(app).lang)
    teachers = library.teachers().ids()
    own = own_version_id(doc.id, name, teachers)
    if entry.source == "student" and doc.based_on:
        parent = doc.based_on.partition("@")[0]
        if own_version_id(parent, name, teachers) == doc.id:
            own = doc.id  # the student's own version already: edit it on
    draft = folder / draft_filename(own)
    mine = [e for e in library.versions(own) if e.source == "student"]
    session: EditSession | None
    if draft.is_file():
        session = draft_session(app, draft)
        notice = t("tui.own.reopened", host_of(app).lang, file=draft.name)
    elif mine:
        session = entry_session(app, mine[-1])
        notice = t("tui.own.again", host_of(app).lang, id=own)
    else:
        copy = fork(doc, own, title=t("tui.own.title", host_of(app).lang, title=doc.title))
        session = EditSession(to_data(copy), origin="copy", saved=False)
        notice = t("tui.own.made", host_of(app).lang, id=own, ref=doc.ref)
    if session is None:
        return
    session.library_dir, session.owner, session.own_id = folder, "student", own
    open_editor(app, session)
    app.notify(notice, timeout=8)


def _teacher_copy(app: App[Any], entry: Entry) -> None:
    """The teacher's copy of ``entry`` under a free id, in the teacher's library."""
    from burgerschap.application.editing import EditSession
    from burgerschap.scenario.library import Library
    from burgerschap.scenario.models import Scenario
    from burgerschap.scenario.serialize import to_data
    from burgerschap.scenario.versions import draft_filename, fork, free_id

    doc = entry.document
    assert isinstance(doc, Scenario)
    workspace = host_of(app).workspace
    folder = user_library_dir(workspace)
    if entry.source == "user" and doc.based_on:
        # Already someone's own version: edit it on (its draft first, if any).
        mine = folder / draft_filename(doc.id)
        session = draft_session(app, mine) if mine.is_file() else entry_session(app, entry)
        if session is not None:
            open_editor(app, session)
        return
    draft = own_draft(folder, doc.id)
    if draft is not None:
        session = draft_session(app, draft)
        if session is not None:
            open_editor(app, session)
            app.notify(t("tui.own.reopened", host_of(app).lang, file=draft.name))
            return
    name = workspace.nickname or t("tui.own.suffix", host_of(app).lang)
    new_id = free_id(f"{doc.id}-{name}", workspace.library or Library([]), folder)
    copy = fork(doc, new_id, title=t("tui.own.title", host_of(app).lang, title=doc.title))
    session = EditSession(to_data(copy), origin="copy", library_dir=folder, saved=False)
    open_editor(app, session)
    app.notify(t("tui.own.made", host_of(app).lang, id=new_id, ref=doc.ref), timeout=8)
