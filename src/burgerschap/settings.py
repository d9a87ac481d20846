"""The user's settings: language, theme, nickname and the teacher PIN hash.

Stored as JSON in the data folder and written atomically. A missing or
damaged file gives the defaults, so a broken settings file never stops a
student from playing. This module is on the start-up path of every command,
so it is plain Python: no pydantic, no scenario code (but for the tiny
:mod:`burgerschap.scenario.plaintext`, the rule for text from outside).
"""

from __future__ import annotations

import json
import math
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Literal, get_args

from burgerschap.i18n import Language
from burgerschap.paths import settings_path
from burgerschap.scenario.plaintext import plain_line

Theme = Literal["default", "high-contrast"]


@dataclass
class Settings:
    """Everything the game remembers about its user between runs."""

    language: Language = "nl"
    theme: Theme = "default"
    nickname: str | None = None
    pin_hash: str | None = None
    """``scrypt$salt$hash`` in hex, never the PIN itself."""
    pin_failures: int = 0
    """Wrong PINs in a row (see :class:`burgerschap.pin.Throttle`)."""
    pin_blocked_until: float = 0.0
    """No PIN is checked before this time (seconds since the epoch)."""

    @classmethod
    def from_json(cls, data: Any) -> Settings:
        """Settings from parsed JSON; unknown keys and wrong values fall back to defaults."""
        if not isinstance(data, dict):
            return cls()
        settings = cls()
        if data.get("language") in get_args(Language):
            settings.language = data["language"]
        if data.get("theme") in get_args(Theme):
            settings.theme = data["theme"]
        if isinstance(data.get("nickname"), str):
            # Hand-edited files too: the nickname is shown, so never a control character.
            settings.nickname = plain_line(data["nickname"]).strip() or None
        if isinstance(data.get("pin_hash"), str):
            settings.pin_hash = data["pin_hash"]
        failures = data.get("pin_failures")
        if isinstance(failures, int) and not isinstance(failures, bool) and failures >= 0:
            settings.pin_failures = failures
        until = _time(data.get("pin_blocked_until"))
        if until is not None:
            settings.pin_blocked_until = until
        return settings

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2, ensure_ascii=False)


def _time(value: Any) -> float | None:
    """``value`` as a time in seconds, or None unless a finite number >= 0.

    Infinity would lock teacher mode for good.
    """
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if math.isfinite(value) and value >= 0 else None


def load_settings(path: Path | None = None) -> Settings:
    """The saved settings, or the defaults when there are none or they are damaged."""
    path = path or settings_path()
    try:
        return Settings.from_json(json.loads(path.read_text("utf-8")))
    except (OSError, ValueError, RecursionError):  # missing, damaged, or nested too deep
        return Settings()


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write settings atomically. Raises OSError when the folder cannot be written."""
    from burgerschap.scenario.atomic import atomic_write

    path = path or settings_path()
    atomic_write(path, settings.to_json().encode("utf-8"))


def preferred_language(explicit: str | None = None) -> Language:
    """``explicit`` if given, else ``BURGERSCHAP_LANG``, else the saved setting."""
    for candidate in (explicit, os.environ.get("BURGERSCHAP_LANG")):
        if candidate == "nl":
            return "nl"
        if candidate == "en":
            return "en"
    return load_settings().language
