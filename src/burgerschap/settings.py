"""The user's settings: language, theme, nickname and the teacher PIN hash.

Stored as JSON in the data folder and written atomically. A missing or
damaged file gives the defaults, so a broken settings file never stops a
student from playing.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from burgerschap.paths import settings_path
from burgerschap.scenario.atomic import atomic_write

Language = Literal["nl", "en"]
Theme = Literal["default", "high-contrast"]


class Settings(BaseModel):
    """Everything the game remembers about its user between runs."""

    model_config = ConfigDict(extra="ignore")

    language: Language = "nl"
    theme: Theme = "default"
    nickname: str | None = None
    pin_hash: str | None = None
    """``scrypt$salt$hash`` in hex, never the PIN itself."""


def load_settings(path: Path | None = None) -> Settings:
    """The saved settings, or the defaults when there are none or they are damaged."""
    path = path or settings_path()
    try:
        return Settings.model_validate(json.loads(path.read_text("utf-8")))
    except (OSError, ValueError, ValidationError):
        return Settings()


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write settings atomically. Raises OSError when the folder cannot be written."""
    path = path or settings_path()
    atomic_write(path, settings.model_dump_json(indent=2).encode("utf-8"))


def preferred_language(explicit: str | None = None) -> Language:
    """``explicit`` if given, else ``BURGERSCHAP_LANG``, else the saved setting."""
    for candidate in (explicit, os.environ.get("BURGERSCHAP_LANG")):
        if candidate in ("nl", "en"):
            return candidate  # type: ignore[return-value]
    return load_settings().language
