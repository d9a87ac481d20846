"""What keeps the editor's work safe: one rebuild at a time, a recovery draft, a guard.

- **One rebuild at a time.** Undo, redo and every change of structure rebuild
  the forms, which takes a few frames (widgets are removed, then mounted).
  :meth:`EditorBase.request_rebuild` never starts a second rebuild beside a
  running one, and never cancels one half-way: a request during a rebuild is
  served after it, and requests made meanwhile are served once. Typing the
  editor has not taken yet is taken before anything changes the work
  (:meth:`EditorBase.flush_fields`), and a change message still on its way
  from a field (Textual posts them a moment later) only counts when the
  field shows something new, so it cannot write old text over undone work.
  A form is only rebuilt when what it shows has changed.
- **A recovery draft.** Within :data:`RECOVERY_DELAY` seconds of a change the
  work is on disk (:mod:`burgerschap.application.recovery`), and again when the
  screen goes or the app stops on an error. Saving or throwing the work away
  removes it.
- **A guard.** Every editor operation (an action, a field's change, a button,
  a dialog's answer, a timer) runs under :func:`guarded`: an unexpected error
  is shown in plain words, the work is kept on disk, and the editor stays
  open with the work as it was before the operation. Errors elsewhere (in
  Textual's drawing, say) still end the app, after the work is kept.
"""

from __future__ import annotations

import functools
import traceback
from collections.abc import Awaitable, Callable, Coroutine
from pathlib import Path
from typing import Any, Concatenate, ParamSpec, TypeVar

from textual import events, on
from textual.timer import Timer
from textual.widget import Widget
from textual.worker import Worker

from burgerschap.application import recovery
from burgerschap.application.editing import EditSession
from burgerschap.tui.screens.base import GameScreen
from burgerschap.tui.widgets.fields import FieldMixin

RECOVERY_DELAY = 0.5
"""Seconds from a change to its recovery draft on disk (at most; typing does not delay it)."""

P = ParamSpec("P")
R = TypeVar("R")
S = TypeVar("S", bound="EditorBase")


def guarded(method: Callable[Concatenate[S, P], R]) -> Callable[Concatenate[S, P], R | None]:
    """Run an editor operation; an unexpected error is shown and the work kept."""

    @functools.wraps(method)
    def run(screen: S, /, *args: P.args, **kwargs: P.kwargs) -> R | None:
        try:
            return method(screen, *args, **kwargs)
        except Exception as error:  # shown by failed(), never silent
            screen.failed(error)
            return None

    return run


def guarded_async(
    method: Callable[Concatenate[S, P], Awaitable[R]],
) -> Callable[Concatenate[S, P], Coroutine[Any, Any, R | None]]:
    """:func:`guarded` for an ``async`` operation."""

    @functools.wraps(method)
    async def run(screen: S, /, *args: P.args, **kwargs: P.kwargs) -> R | None:
        try:
            return await method(screen, *args, **kwargs)
        except Exception as error:  # shown by failed(), never silent
            screen.failed(error)
            return None

    return run


def fields_in(container: Widget) -> list[FieldMixin]:
    """The form fields inside ``container``."""
    return [w for w in container.query("*") if isinstance(w, FieldMixin)]


class EditorBase(GameScreen[None]):
    """The editor's safety: serial rebuilds, the recovery draft and the guard."""

    def __init__(self, session: EditSession, *, recovery_path: Path | None = None) -> None:
        super().__init__()
        self.session = session
        self.recovery_path = recovery_path
        """Where the work is kept until it is saved (chosen when the screen opens)."""
        self._rebuild_wanted: bool | None = None
        """None: no rebuild wanted; False: the node's form; True: everything."""
        self._rebuilding = False
        self._rebuilder: Worker[None] | None = None
        self._after_rebuild: list[Callable[[], object]] = []
        self._recovery_timer: Timer | None = None
        self._kept_revision = -1
        self._recovery_warned = False
        self.discarded = False
        """The work was thrown away on purpose: nothing to keep."""

    # Rebuilding, one at a time -------------------------------------------

    async def rebuild(self, full: bool = True) -> None:
        """Show the work again: everything, or (``full=False``) the node's form."""
        raise NotImplementedError

    def field_changed(self, field: FieldMixin) -> None:
        """Take a field's new value into the work."""
        raise NotImplementedError

    def request_rebuild(
        self, *, full: bool = True, then: Callable[[], object] | None = None
    ) -> Worker[None]:
        """Rebuild after whatever rebuild is under way, then call ``then``.

        Returns the worker that serves the request (await ``wait()`` on it to
        know the forms are shown).
        """
        self.flush_fields()
        self._rebuild_wanted = full or bool(self._rebuild_wanted)
        if then is not None:
            self._after_rebuild.append(then)
        if not self._rebuilding or self._rebuilder is None:
            self._rebuilding = True
            # The coroutine function, not a coroutine: a worker that never starts
            # (the screen closed first) then leaves no coroutine un-awaited.
            self._rebuilder = self.run_worker(self._rebuild_loop, group="editor-rebuild")
        return self._rebuilder

    @property
    def rebuilding(self) -> bool:
        """A rebuild is asked for or under way: the forms may not show the work yet."""
        return self._rebuilding

    async def rebuild_now(self, *, full: bool = True) -> None:
        """Request a rebuild and wait until the forms show the work."""
        await self.request_rebuild(full=full).wait()

    async def _rebuild_loop(self) -> None:
        try:
            while self.is_attached:
                if self._rebuild_wanted is not None:
                    full, self._rebuild_wanted = self._rebuild_wanted, None
                    await self._guarded_rebuild(full)
                elif self._after_rebuild:
                    callback = self._after_rebuild.pop(0)
                    self._guarded_call(callback)
                else:
                    break
        finally:
            self._rebuilding = False

    @guarded_async
    async def _guarded_rebuild(self, full: bool) -> None:
        await self.rebuild(full)

    @guarded
    def _guarded_call(self, callback: Callable[[], object]) -> None:
        callback()

    def flush_fields(self) -> None:
        """Take typing the editor has not taken yet (its change message is still on its way)."""
        for field in fields_in(self):
            if field.fresh():
                self.field_changed(field)

    # The recovery draft ---------------------------------------------------

    @property
    def recovery_due(self) -> bool:
        """A change is waiting for its recovery draft to be written."""
        return self._recovery_timer is not None

    def schedule_recovery(self) -> None:
        """Keep the work on disk soon; a timer already running is not pushed back."""
        if self._recovery_timer is None:
            self._recovery_timer = self.set_timer(RECOVERY_DELAY, self._recovery_due)

    @guarded
    def _recovery_due(self) -> None:
        self._recovery_timer = None
        self.keep_recovery()

    def keep_recovery(self) -> None:
        """Bring the recovery draft up to date now: written while the work is unsaved
        and changed, removed once it is saved or thrown away."""
        path = self.recovery_path
        session = self.session
        if path is None:
            return
        if self.discarded or not session.dirty:
            recovery.remove(path)
            self._kept_revision = session.revision
            return
        if session.revision == self._kept_revision or session.revision == 0:
            return  # nothing new (a restored draft is on disk already)
        try:
            recovery.write(path, session)
        except OSError as error:
            if not self._recovery_warned:
                self._recovery_warned = True
                self.notify(
                    self.t("tui.editor.recovery.failed", reason=str(error)),
                    severity="warning",
                    timeout=12,
                )
            return
        self._kept_revision = session.revision

    @on(events.Mount)
    def _register(self) -> None:
        self.host.editors.add(self)

    @on(events.Unmount)
    def _keep_on_unmount(self) -> None:
        # Closing the app (Ctrl+Q) with unsaved work: keep it for the next start.
        self.host.editors.discard(self)
        if self._recovery_timer is not None:
            self._recovery_timer.stop()
        self.keep_recovery()

    # The guard ------------------------------------------------------------

    def failed(self, error: Exception) -> None:
        """An operation went wrong: keep the work, say so, stay open."""
        self.log.error("".join(traceback.format_exception(error)))
        try:
            self.keep_recovery()
        except Exception as also:  # the first error is the one to report
            error.add_note(f"and keeping the work failed too: {also!r}")
        self.notify(
            self.t("tui.editor.failed", error=f"{type(error).__name__}: {error}"),
            title=self.t("tui.editor.failed.title"),
            severity="error",
            timeout=20,
        )
