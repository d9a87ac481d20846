"""Recovery drafts: the editor's work on disk within a second of every change.

The editor keeps its unsaved work in ``recovery/<id>.yaml`` in the data
folder, written atomically, so a crash, a killed terminal or a closed laptop
loses at most the last second of typing. The file is removed when the work is
saved or deliberately thrown away; the next start of the editor or of teacher
mode offers to restore any that is left.

A recovery file is an ordinary scenario file (the work exactly as the YAML tab
shows it, valid or not) under one comment line that says where it came from,
so it can also be opened, checked or imported by hand. No interface code
here: the editor screen decides when to write, :mod:`burgerschap.tui.authoring`
when to offer.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, cast, get_args

from burgerschap.application.editing import EditSession, Origin, Owner
from burgerschap.scenario import yamlsafe
from burgerschap.scenario.atomic import atomic_write
from burgerschap.scenario.problems import ScenarioError
from burgerschap.scenario.serialize import dump_data
from burgerschap.scenario.versions import slugify

FOLDER = "recovery"
"""The folder in the data folder that holds recovery drafts."""
MARK = "# burgerschap-recovery: "
"""The start of the comment line that says where the work came from."""
HEADER = "# Werk uit de editor van Burgerschap dat nog niet bewaard is. / Unsaved editor work.\n"


def folder(home: Path) -> Path:
    """The recovery folder of the data folder ``home``."""
    return home / FOLDER


def free_path(home: Path, doc_id: str) -> Path:
    """A file for new work on ``doc_id``: ``<id>.yaml``, or ``<id>-2.yaml`` when that
    holds other work still waiting to be restored."""
    base = slugify(doc_id)
    here = folder(home)
    for n in range(1, 1000):
        path = here / (f"{base}.yaml" if n == 1 else f"{base}-{n}.yaml")
        if not path.exists():
            return path
    return here / f"{base}-{datetime.now():%Y%m%d%H%M%S%f}.yaml"


def write(path: Path, session: EditSession) -> None:
    """Keep ``session``'s work in ``path`` (atomically: the old file or the new, never half).

    Raises:
        OSError: when the data folder cannot be written.
    """
    about = {
        "origin": session.origin,
        "owner": session.owner,
        "own_id": session.own_id,
        "library": str(session.library_dir) if session.library_dir is not None else None,
        "saved": datetime.now().isoformat(timespec="seconds"),
    }
    text = HEADER + MARK + json.dumps(about, ensure_ascii=True) + "\n" + dump_data(session.data)
    atomic_write(path, text.encode("utf-8"))


def remove(path: Path) -> None:
    """The work was saved or thrown away: no recovery file any more."""
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


@dataclass(frozen=True)
class Recovery:
    """Work found in the recovery folder."""

    path: Path
    data: dict[str, Any]
    origin: Origin
    library_dir: Path | None
    saved: datetime | None
    owner: Owner = "teacher"
    """Who was editing: a draft from before owners were kept counts as the teacher's
    (it is then offered in teacher mode only, behind the PIN)."""
    own_id: str | None = None
    """The student's own version the work belongs to (``<original>-<nickname>``)."""

    def belongs_to(self, session: EditSession | None) -> bool:
        """Whether this work may be offered to whoever opens ``session`` (None: teacher mode).

        A student is offered only the work on the very version they open (which carries
        their nickname); the teacher only the teacher's. Without this, a student opening
        "Eigen versie" on a shared computer could restore the teacher's work, and save it
        with the teacher's rights.
        """
        if session is None or session.owner == "teacher":
            return self.owner == "teacher"
        return self.owner == "student" and self.own_id == session.own_id

    @property
    def doc_id(self) -> str:
        value = self.data.get("id")
        return value if isinstance(value, str) and value else self.path.stem

    @property
    def title(self) -> str:
        value = self.data.get("title")
        return value if isinstance(value, str) and value else self.doc_id

    def session(self) -> EditSession:
        """An editor session on the recovered work: unsaved, as it was."""
        return EditSession(
            self.data,
            origin=self.origin,
            library_dir=self.library_dir,
            saved=False,
            owner=self.owner,
            own_id=self.own_id,
        )


def read(path: Path) -> Recovery | None:
    """The work in ``path``; None when the file is gone or is not a recovery draft."""
    try:
        text = path.read_text("utf-8")
        data = yamlsafe.parse(text, path.name)[0]
    except (OSError, UnicodeDecodeError, ScenarioError):
        return None
    if not isinstance(data, dict):
        return None
    about: dict[str, Any] = {}
    for line in text.splitlines()[:3]:
        if line.startswith(MARK):
            with contextlib.suppress(ValueError):
                found = json.loads(line[len(MARK) :])
                about = found if isinstance(found, dict) else {}
    origin = about.get("origin")
    library = about.get("library")
    saved: datetime | None = None
    with contextlib.suppress(TypeError, ValueError):
        saved = datetime.fromisoformat(str(about.get("saved")))
    owner = about.get("owner")
    own_id = about.get("own_id")
    return Recovery(
        path,
        data,
        cast(Origin, origin) if origin in get_args(Origin) else "draft",
        Path(library) if isinstance(library, str) and library else None,
        saved,
        cast(Owner, owner) if owner in get_args(Owner) else "teacher",
        own_id if isinstance(own_id, str) and own_id else None,
    )


def waiting(home: Path) -> list[Recovery]:
    """Every recovery draft in the data folder ``home``, newest first."""
    here = folder(home)
    try:
        paths = [p for p in here.glob("*.yaml") if p.is_file()]
    except OSError:
        return []
    found = [r for r in map(read, paths) if r is not None]
    return sorted(found, key=lambda r: (r.saved or datetime.min, r.path.name), reverse=True)
