"""The teacher PIN dialog: set a PIN (typed twice) on first use, or check it.

The PIN is hashed and checked in a worker thread (scrypt is slow on purpose).
After a wrong PIN the field stays locked for a growing number of seconds,
counted down with a timer, so the rest of the app keeps responding.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.timer import Timer
from textual.widgets import Input, Static

from burgerschap.i18n import N_
from burgerschap.pin import PIN_MAX, PIN_MIN, hash_pin, valid_pin, verify_pin
from burgerschap.tui.screens.base import GameModal
from burgerschap.tui.teaching import record_try, throttle
from burgerschap.tui.widgets.footer import GameFooter


class PinDialog(GameModal[bool]):
    """Returns True when the teacher may go on (the PIN was right, or was just set)."""

    CSS_PATH = "teacher.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "tui.key.cancel", id="cancel"),
    ]
    """Escape goes back without teacher mode."""

    def __init__(self, *, setting: bool) -> None:
        super().__init__()
        self.setting = setting
        """True: choose a new PIN (asked twice); False: check the PIN."""
        self.first: str | None = None
        """While setting: the PIN typed the first time."""
        self._countdown: Timer | None = None

    def compose(self) -> ComposeResult:
        title = N_("tui.pin.set.title") if self.setting else N_("tui.pin.title")
        explain = N_("tui.pin.set.explain") if self.setting else N_("tui.pin.explain")
        with Vertical(classes="dialog"):
            yield Static(self.t(title), classes="panel-title")
            yield Static(self.t(explain, min=PIN_MIN, max=PIN_MAX), classes="dialog-text")
            yield Static(self.t("tui.pin.prompt"), id="pin-prompt")
            yield Input(
                password=True,
                max_length=PIN_MAX,
                restrict=r"[0-9]*",
                placeholder="••••",
                id="pin-input",
            )
            yield Static("", id="pin-error", classes="dialog-error")
            yield Static(self.t("tui.pin.hint"), classes="hint")
        # Its own keys: otherwise the footer of the screen below shows keys that
        # type into the PIN field here.
        yield GameFooter()

    def on_mount(self) -> None:
        field = self.query_one(Input)
        field.cursor_blink = self.host.blink
        field.focus()
        self._tick()

    def _error(self, text: str) -> None:
        self.query_one("#pin-error", Static).update(text)

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        pin = event.value
        if self.setting:
            self._set(pin)
        elif throttle(self.app).wait() <= 0:
            event.input.disabled = True
            self._check(pin)

    # Setting ----------------------------------------------------------

    def _set(self, pin: str) -> None:
        field = self.query_one(Input)
        if not valid_pin(pin):
            self._error(self.t("tui.pin.invalid", min=PIN_MIN, max=PIN_MAX))
            return
        if self.first is None:
            self.first = pin
            field.value = ""
            self._error("")
            self.query_one("#pin-prompt", Static).update(self.t("tui.pin.again"))
            return
        if pin != self.first:
            self.first = None
            field.value = ""
            self.query_one("#pin-prompt", Static).update(self.t("tui.pin.prompt"))
            self._error(self.t("tui.pin.mismatch"))
            return
        field.disabled = True
        self._store(pin)

    @work(thread=True, exclusive=True, group="pin")
    def _store(self, pin: str) -> None:
        stored = hash_pin(pin)
        self.app.call_from_thread(self._stored, stored)

    def _stored(self, stored: str) -> None:
        workspace = self.host.workspace
        workspace.settings.pin_hash = stored
        if not workspace.save_settings():
            self.app.notify(self.t("tui.pin.not_saved"), severity="warning", timeout=10)
        self.app.notify(self.t("tui.pin.set.done"))
        self.dismiss(True)

    # Checking ---------------------------------------------------------

    @work(thread=True, exclusive=True, group="pin")
    def _check(self, pin: str) -> None:
        ok = verify_pin(pin, self.host.workspace.settings.pin_hash)
        self.app.call_from_thread(self._checked, ok)

    def _checked(self, ok: bool) -> None:
        record_try(self.app, ok)
        if ok:
            self.dismiss(True)
            return
        field = self.query_one(Input)
        field.value = ""
        self._tick()

    def _tick(self) -> None:
        """Lock the field while the delay after a wrong PIN runs, counting down."""
        if self.setting:
            return
        guard = throttle(self.app)
        left = guard.wait()
        field = self.query_one(Input)
        if left > 0:
            field.disabled = True
            self._error(self.t("tui.pin.wrong.wait", seconds=int(left + 0.999)))
            self._countdown = self.set_timer(min(1.0, left), self._tick)
            return
        field.disabled = False
        field.focus()
        self._error(self.t("tui.pin.wrong") if guard.failures else "")

    def action_cancel(self) -> None:
        self.dismiss(False)
