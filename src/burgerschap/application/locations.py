"""Where a game reads and writes: the data folder, the database, the settings and the library.

Every way in (the terminal, a served browser tab, the command line) finds its
places here, so they agree on them; ``BURGERSCHAP_HOME`` and the database URL
move them all at once (:mod:`burgerschap.paths`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from burgerschap import paths

if TYPE_CHECKING:
    from burgerschap.scenario.library import Source


@dataclass(frozen=True)
class Locations:
    """Where this game reads and writes."""

    home: Path
    database: Path | str
    """The SQLite file in the data folder, or the database URL the server was given."""
    settings: Path
    folders: tuple[tuple[Path, Source], ...]
    files: tuple[Path, ...] = ()
    """Single files to add to the library (``burgerschap play PATH``); they win over the folders."""
    glossary_folders: tuple[tuple[Path, Source], ...] | None = None
    """Where the glossary comes from when not from the library (the browser's game has no
    library, but its students look words up too); None: the library's glossaries."""

    @classmethod
    def create(
        cls,
        home: Path | None = None,
        folders: Sequence[tuple[Path, Source]] | None = None,
        files: Sequence[Path] = (),
        glossary_folders: Sequence[tuple[Path, Source]] | None = None,
    ) -> Locations:
        """The default places, or the same places under ``home`` (tests, USB sticks).

        Students' own versions are in a folder of their own inside the teacher's
        library folder; it is added when ``folders`` names a library without one.
        """
        default_home = paths.data_dir()
        base = home or default_home

        def moved(default: Path) -> Path:
            return base / default.relative_to(default_home)

        if folders is None:
            folders = [(paths.builtin_dir(), "builtin"), (moved(paths.user_library_dir()), "user")]
        folders = list(folders)
        own = paths.student_library_dir().relative_to(paths.user_library_dir())
        if not any(source == "student" for _, source in folders):
            folders += [(folder / own, "student") for folder, source in folders if source == "user"]
        return cls(
            home=base,
            database=paths.database_url() or moved(paths.database_path()),
            settings=moved(paths.settings_path()),
            folders=tuple(folders),
            files=tuple(files),
            glossary_folders=None if glossary_folders is None else tuple(glossary_folders),
        )
