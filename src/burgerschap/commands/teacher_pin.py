"""The teacher PIN on the command line: teacher commands ask for it when one is set.

The PIN guards the app's teacher mode; without this, anyone at the keyboard
could delete or export a lesson with ``burgerschap lesson delete --yes``.
When a PIN is set, :func:`refusal` asks for it before a teacher command runs:
from ``BURGERSCHAP_PIN`` or the file named by ``BURGERSCHAP_PIN_FILE`` (for
scripts), else typed at a terminal without echo. Wrong tries count towards the
same growing wait as in the app, saved with the settings.
"""

from __future__ import annotations

import math
import os
import sys
from pathlib import Path

from burgerschap.i18n import Language, t
from burgerschap.pin import Throttle, verify_pin
from burgerschap.settings import Settings, load_settings, save_settings

PIN_ENV = "BURGERSCHAP_PIN"
PIN_FILE_ENV = "BURGERSCHAP_PIN_FILE"


def pin_is_set(settings: Settings | None = None) -> bool:
    return bool((settings or load_settings()).pin_hash)


def refusal(lang: Language) -> str | None:
    """None when the caller may run a teacher command, else the line that says why not."""
    settings = load_settings()
    if not settings.pin_hash:
        return None
    guard = Throttle(failures=settings.pin_failures, blocked_until=settings.pin_blocked_until)
    wait = guard.wait()
    if wait > 0:
        return t("cli.pin.wait", lang, seconds=math.ceil(wait))
    pin = _supplied(lang)
    if pin is None:
        return t("cli.pin.needed", lang, env=PIN_ENV, file_env=PIN_FILE_ENV)
    ok = verify_pin(pin, settings.pin_hash)
    if ok:
        guard.succeeded()
    else:
        guard.failed()
    if (guard.failures, guard.blocked_until) != (settings.pin_failures, settings.pin_blocked_until):
        settings.pin_failures, settings.pin_blocked_until = guard.failures, guard.blocked_until
        save_settings(settings)
    return None if ok else t("cli.pin.wrong", lang)


def _supplied(lang: Language) -> str | None:
    """The PIN from the environment, a file, or the terminal; None when there is none."""
    if os.environ.get(PIN_ENV):
        return os.environ[PIN_ENV].strip()
    if os.environ.get(PIN_FILE_ENV):
        try:
            return Path(os.environ[PIN_FILE_ENV]).read_text("utf-8").strip()
        except (OSError, UnicodeDecodeError):
            return None
    if sys.stdin is not None and sys.stdin.isatty():
        import getpass

        try:
            return getpass.getpass(t("cli.pin.prompt", lang))
        except (EOFError, KeyboardInterrupt):
            return None
    return None
