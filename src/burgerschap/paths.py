"""Every path the game uses, in one place.

The data folder is the platformdirs user data dir, or ``BURGERSCHAP_HOME``
when set (tests, and teachers who carry the game on a USB stick). Nothing is
created at import time; callers create folders when they write.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

ENV_HOME = "BURGERSCHAP_HOME"
ENV_DATABASE_URL = "BURGERSCHAP_DATABASE_URL"
"""A database URL (``postgresql://...``) to use instead of the SQLite file in the data folder."""


def data_dir() -> Path:
    """The folder for the user's library, progress and settings."""
    override = os.environ.get(ENV_HOME)
    if override:
        return Path(override).expanduser()
    return user_data_path("burgerschap", appauthor=False)


def builtin_dir() -> Path:
    """The built-in scenarios: inside the installed package, or the repository's folder."""
    packaged = Path(__file__).parent / "scenarios"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "scenarios"


def user_library_dir() -> Path:
    """Scenarios the user wrote, imported or forked, one file per version."""
    return data_dir() / "library"


def student_library_dir() -> Path:
    """Students' own versions ("Eigen versie"): never the teacher's, never in a lesson."""
    return user_library_dir() / "eigen"


def database_path() -> Path:
    """The SQLite database with progress, results and lessons."""
    return data_dir() / "burgerschap.sqlite3"


def database_url() -> str | None:
    """The database URL from ``BURGERSCHAP_DATABASE_URL``, if set (it may hold a password)."""
    return os.environ.get(ENV_DATABASE_URL, "").strip() or None


def database_location() -> Path | str:
    """Where progress, results and lessons are: the URL when one is set, else the SQLite file."""
    return database_url() or database_path()


def settings_path() -> Path:
    """The settings file (language, theme, nickname, teacher PIN hash)."""
    return data_dir() / "settings.json"
