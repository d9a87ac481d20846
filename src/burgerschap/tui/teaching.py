"""What the teacher's screens share without moving between screens.

The wrong-PIN counter (:func:`throttle`, :func:`record_try`), the hook for
the lessons screen (:func:`register_lessons`), the library folders the
editor saves into, and editing sessions made from the library. Screens
import this module; :mod:`burgerschap.tui.authoring`, which opens screens,
builds on it and offers the same names.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual.app import App
from textual.screen import Screen

from burgerschap.i18n import t
from burgerschap.pin import Throttle
from burgerschap.tui.host import host_of

if TYPE_CHECKING:
    from burgerschap.application.editing import EditSession
    from burgerschap.application.workspace import Workspace
    from burgerschap.scenario.library import Entry

LessonsFactory = Callable[[], Screen[Any]]
_lessons: list[LessonsFactory] = []
_throttles: weakref.WeakKeyDictionary[App[Any], Throttle] = weakref.WeakKeyDictionary()


def register_lessons(factory: LessonsFactory) -> None:
    """Give the teacher hub its "Lessen" entry: ``factory()`` builds the lessons screen."""
    _lessons[:] = [factory]


def lessons_factory() -> LessonsFactory | None:
    """The registered lessons screen factory, or None (then the hub shows no "Lessen")."""
    return _lessons[0] if _lessons else None


def throttle(app: App[Any]) -> Throttle:
    """The wrong-PIN counter of this app, as the settings last saved it."""
    found = _throttles.get(app)
    if found is None:
        settings = host_of(app).workspace.settings
        found = _throttles[app] = Throttle(
            failures=settings.pin_failures, blocked_until=settings.pin_blocked_until
        )
    return found


def record_try(app: App[Any], ok: bool) -> None:
    """Count a PIN try and save the count, so a restart does not reset the wait."""
    guard = throttle(app)
    if ok:
        guard.succeeded()
    else:
        guard.failed()
    settings = host_of(app).workspace.settings
    if (settings.pin_failures, settings.pin_blocked_until) != (
        guard.failures,
        guard.blocked_until,
    ):
        settings.pin_failures = guard.failures
        settings.pin_blocked_until = guard.blocked_until
        host_of(app).workspace.save_settings()


# The library ------------------------------------------------------------


def user_library_dir(workspace: Workspace) -> Path:
    """Where the teacher's versions and drafts go: the user's library folder."""
    for folder, source in workspace.locations.folders:
        if source == "user":
            return folder
    return workspace.locations.home / "library"


def student_library_dir(workspace: Workspace) -> Path:
    """Where students' own versions and their drafts go."""
    for folder, source in workspace.locations.folders:
        if source == "student":
            return folder
    return user_library_dir(workspace) / "eigen"


# Editing sessions -------------------------------------------------------


def new_session(app: App[Any]) -> EditSession:
    """A new scenario from the template, under an id nobody uses yet."""
    from burgerschap.application.editing import EditSession, new_scenario
    from burgerschap.scenario.library import Library
    from burgerschap.scenario.versions import free_id

    workspace = host_of(app).workspace
    folder = user_library_dir(workspace)
    library = workspace.library or Library([])
    doc_id = free_id(t("tui.editor.template.id", workspace.lang), library, folder)
    data = new_scenario(doc_id, workspace.lang, lambda key: t(key, workspace.lang))
    return EditSession(data, origin="new", library_dir=folder, saved=False)


def entry_session(app: App[Any], entry: Entry) -> EditSession:
    """An editor session on a stored version (a save becomes its next version)."""
    from burgerschap.application.editing import EditSession
    from burgerschap.scenario.serialize import to_data

    doc = entry.document
    assert doc is not None
    # When that version was saved, and its note, belong to it, not to the next one.
    data = {k: v for k, v in to_data(doc).items() if k not in ("saved", "note")}
    return EditSession(
        data, origin=entry.source, library_dir=user_library_dir(host_of(app).workspace)
    )


def draft_session(app: App[Any], path: Path) -> EditSession | None:
    """An editor session on a draft file; None (and a notice) when it cannot be read."""
    from burgerschap.application.editing import EditSession
    from burgerschap.i18n.problem_words import error_text
    from burgerschap.scenario import yamlsafe
    from burgerschap.scenario.problems import ScenarioError

    try:
        data = yamlsafe.parse(path.read_text("utf-8"), path.name)[0]
    except (OSError, UnicodeDecodeError, ScenarioError) as exc:
        lang = host_of(app).lang
        reason = error_text(exc, lang) if isinstance(exc, ScenarioError) else str(exc)
        app.notify(
            t("tui.library.draft_unreadable", host_of(app).lang, file=path.name, reason=reason),
            severity="error",
        )
        return None
    if not isinstance(data, dict):
        data = {}
    return EditSession(data, origin="draft", library_dir=path.parent)


def own_draft(folder: Path, doc_id: str) -> Path | None:
    """A draft in ``folder`` of a copy of ``doc_id`` (unfinished own work), if there is one."""
    from burgerschap.scenario import yamlsafe
    from burgerschap.scenario.problems import ScenarioError
    from burgerschap.scenario.versions import drafts

    for path in reversed(drafts(folder)):
        try:
            data = yamlsafe.parse(path.read_text("utf-8"), path.name)[0]
        except (OSError, UnicodeDecodeError, ScenarioError):
            continue
        based_on = data.get("based_on") if isinstance(data, dict) else None
        if isinstance(based_on, str) and based_on.partition("@")[0] == doc_id:
            return path
    return None
