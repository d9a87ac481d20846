"""Keeping an imported Twine story as a draft, and finding the draft of an earlier import.

Importing the same story again (the same Twine IFID, or, for a story without
one, the same title) updates the draft made the first time instead of adding
a copy: the previous draft is first kept in ``backups/`` next to the drafts
(``backups/<name>.<n>.draft.yaml``, never overwritten), so changes made to it
by hand are not lost. When no draft is left but the library holds a version
made from the story, the new draft takes that version's id, so that saving it
gives the next version of the same scenario.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from burgerschap.scenario import yamlsafe
from burgerschap.scenario.atomic import atomic_write
from burgerschap.scenario.library import DRAFT_SUFFIX, Library
from burgerschap.scenario.models import Scenario
from burgerschap.scenario.problems import ScenarioError
from burgerschap.scenario.serialize import Data, dump_data
from burgerschap.scenario.versions import MAX_ATTEMPTS, drafts, free_id, save_draft

BACKUP_DIR = "backups"


@dataclass(frozen=True)
class SavedDraft:
    """Where an imported story went, and what happened to an earlier import."""

    path: Path
    action: Literal["new", "updated", "unchanged"]
    doc_id: str
    backup: Path | None = None
    """The previous draft of this story, kept before it was replaced."""
    version_of: str | None = None
    """``id@N`` of the newest library version made from this story (for a new draft)."""


def save_import_draft(data: Data, library_dir: Path, library: Library | None = None) -> SavedDraft:
    """Store ``data`` (an imported story) as a draft; see the module documentation."""
    ifid = data.get("source_ifid") if isinstance(data.get("source_ifid"), str) else None
    found = find_import_draft(library_dir, ifid, str(data.get("title", "")))
    if found is not None:
        path, previous = found
        doc_id = previous.get("id")
        data = {**data, "id": doc_id} if isinstance(doc_id, str) and doc_id else data
        text = dump_data(data)
        if path.read_text("utf-8") == text:
            return SavedDraft(path, "unchanged", str(data["id"]))
        backup = _keep(path, library_dir / BACKUP_DIR)
        atomic_write(path, text.encode("utf-8"))
        return SavedDraft(path, "updated", str(data["id"]), backup=backup)
    version = _version_from(library, ifid) if library is not None else None
    if version is not None:
        doc_id = version.id
    else:
        wanted = str(data.get("id") or "twine-verhaal")
        doc_id = free_id(wanted, library, library_dir) if library is not None else wanted
    data = {**data, "id": doc_id}
    path = save_draft(data, library_dir, name=doc_id, overwrite=False)
    return SavedDraft(path, "new", doc_id, version_of=version.ref if version else None)


def find_import_draft(
    library_dir: Path, ifid: str | None, title: str
) -> tuple[Path, dict[str, Any]] | None:
    """The draft of an earlier import of the story with ``ifid`` (or, without, ``title``)."""
    for path in drafts(library_dir):
        try:
            parsed = yamlsafe.parse(path.read_text("utf-8"), str(path))[0]
        except (OSError, UnicodeDecodeError, ScenarioError):
            continue  # a draft that cannot be read is not this story's
        if not isinstance(parsed, dict):
            continue
        theirs = parsed.get("source_ifid")
        if (ifid and theirs == ifid) or (not ifid and not theirs and parsed.get("title") == title):
            return path, parsed
    return None


def _version_from(library: Library, ifid: str | None) -> Scenario | None:
    if not ifid:
        return None
    found = [
        doc
        for entry in library.entries
        if isinstance(doc := entry.document, Scenario) and doc.source_ifid == ifid
    ]
    return max(found, key=lambda doc: doc.version) if found else None


def _keep(path: Path, folder: Path) -> Path:
    """A copy of ``path`` in ``folder`` under a number not yet used."""
    stem = path.name.removesuffix(DRAFT_SUFFIX).removesuffix(".draft.yml")
    data = path.read_bytes()
    for n in range(1, MAX_ATTEMPTS + 1):
        backup = folder / f"{stem}.{n}{DRAFT_SUFFIX}"
        try:
            atomic_write(backup, data, exclusive=True)
        except FileExistsError:
            continue
        return backup
    raise FileExistsError(str(folder / f"{stem}{DRAFT_SUFFIX}"))
