"""Versions, drafts, copies and lineage of scenarios in the user's library.

A saved edit becomes a new version ``id@N`` in its own file ``<id>@<N>.yaml``.
Files are written atomically and exclusively (:func:`atomic_write` with
``exclusive=True``): an existing version is never changed or overwritten,
not even by two saves racing for the same number; the loser takes the next.

A draft is an unfinished document that need not validate. It lives in
``<name>.draft.yaml`` next to the versions; the library skips drafts, so a
draft is never offered for play. Drafts may be overwritten (they are a
working copy, not a version).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from burgerschap.scenario import yamlsafe
from burgerschap.scenario.atomic import atomic_write
from burgerschap.scenario.library import DRAFT_SUFFIX, Entry, Library, Source, is_draft
from burgerschap.scenario.loader import content_hash, inspect_bytes
from burgerschap.scenario.models import MAX_VERSION, SLUG, AnyDocument, Scenario
from burgerschap.scenario.playable import playable
from burgerschap.scenario.problems import Problem, ScenarioError
from burgerschap.scenario.serialize import dump, dump_data

MAX_ATTEMPTS = 1000
"""How many version numbers :func:`save_version` tries before giving up."""

_VERSION_FILE = re.compile(r"^(?P<id>[a-z0-9][a-z0-9-]*)@(?P<version>[1-9][0-9]{0,8})\.ya?ml$")


def version_filename(doc_id: str, version: int) -> str:
    """``<id>@<version>.yaml``: the file name of one version."""
    return f"{doc_id}@{version}.yaml"


def parse_version_filename(name: str) -> tuple[str, int] | None:
    """``("id", N)`` for a version file name, None for any other name."""
    match = _VERSION_FILE.match(name)
    if match is None:
        return None
    return match["id"], int(match["version"])


def taken_versions(doc_id: str, library_dir: Path, library: Library | None = None) -> set[int]:
    """Every version number of ``doc_id`` already in use.

    A number is in use when a file of that name exists in ``library_dir``
    (valid or not), or when any library entry (built-in or user, under any
    file name) holds that version of ``doc_id``.
    """
    taken: set[int] = set()
    if library_dir.is_dir():
        for path in library_dir.iterdir():
            parsed = parse_version_filename(path.name)
            if parsed is not None and parsed[0] == doc_id:
                taken.add(parsed[1])
    if library is not None:
        for entry in library.entries:
            doc = entry.inspection.document
            if doc is not None and doc.id == doc_id:
                taken.add(doc.version)
    return taken


def save_version(
    document: AnyDocument,
    library_dir: Path,
    library: Library | None = None,
    *,
    note: str | None = None,
    now: datetime | None = None,
) -> Path:
    """Store ``document`` as a new version in ``library_dir`` and return its file.

    The version is the document's own number when that is higher than every
    version in use (see :func:`taken_versions`), otherwise the next number
    after the highest: the newest save is always the newest version. The file
    says the version it was stored under, when it was saved (``saved``: the
    document's own moment when it has one, as a file someone sent does,
    otherwise ``now``) and its change note.

    Args:
        library: the library to check for versions in use besides the files in
            ``library_dir`` (pass it so built-in versions count); when None,
            ``library_dir`` is scanned.
        note: what changed, one line; replaces the document's own note (an empty
            note removes it). None keeps the document's note.
        now: the moment of saving (default: the clock, local time).

    Raises:
        ScenarioError: when the document does not validate (nothing is written).
        FileExistsError: when no free number was found in :data:`MAX_ATTEMPTS` tries.
    """
    moment = document.saved or now or datetime.now()
    update: dict[str, Any] = {"saved": moment.replace(second=0, microsecond=0)}
    if note is not None:
        update["note"] = note.strip() or None
    document = document.model_copy(update=update)
    check_saveable(document)  # also checks the note, as the file will hold it
    if library is None:
        library = Library.scan([(library_dir, "user")])
    taken = taken_versions(document.id, library_dir, library)
    version = max(document.version, max(taken, default=0) + 1)
    if version > MAX_VERSION:  # every number is used: say so rather than write a bad file
        raise ScenarioError(
            [
                Problem(
                    "at_most",
                    params={"field": "version", "limit": f"{MAX_VERSION:,}".replace(",", ".")},
                )
            ]
        )
    for _ in range(MAX_ATTEMPTS):
        stored = document.model_copy(update={"version": version})
        path = library_dir / version_filename(document.id, version)
        try:
            atomic_write(path, dump(stored).encode("utf-8"), exclusive=True)
        except FileExistsError:
            version += 1  # someone saved this number first: take the next
            continue
        return path
    raise FileExistsError(str(library_dir / version_filename(document.id, version)))


def check_saveable(document: AnyDocument) -> list[Problem]:
    """The document's warnings when it may be saved as a version.

    Raises:
        ScenarioError: with every problem when it has errors. The check runs on
            the YAML that would be written, so what is saved will load.
    """
    data = dump(document).encode("utf-8")
    # As bytes, like the library reads files: a version over the size limit is refused
    # here, not saved and then found unreadable.
    inspection = playable(inspect_bytes(data, version_filename(document.id, document.version)))
    if inspection.document is None or inspection.errors:
        raise ScenarioError(inspection.problems)
    return inspection.warnings


def identical_version(document: AnyDocument, library: Library) -> str | None:
    """The ref of a stored version with the same content apart from its number."""
    wanted = _hash_without_version(document)
    for entry in library.entries:
        doc = entry.inspection.document
        same_id = entry.ok and doc is not None and doc.id == document.id
        if same_id and doc is not None and _hash_without_version(doc) == wanted:
            return doc.ref
    return None


def _hash_without_version(document: AnyDocument) -> str:
    """The content's hash: the number, the moment of saving and the note left out."""
    return content_hash(document.model_copy(update={"version": 1, "saved": None, "note": None}))


# Drafts


def draft_filename(name: str) -> str:
    return f"{name}{DRAFT_SUFFIX}"


def save_draft(
    draft: AnyDocument | Mapping[str, Any] | str,
    library_dir: Path,
    name: str | None = None,
    *,
    overwrite: bool = True,
) -> Path:
    """Keep a draft that need not validate; returns its file.

    Args:
        draft: a document, plain data (see :mod:`burgerschap.scenario.serialize`)
            or YAML text, kept exactly as given.
        name: the draft's file name without suffix; by default the draft's id,
            made safe.
        overwrite: when False an existing draft is kept and the new one gets a
            free name ``<name>-2``, ``<name>-3``, ...
    """
    if isinstance(draft, str):
        text = draft
    elif isinstance(draft, AnyDocument):
        text = dump(draft)
    else:
        text = dump_data(draft)
    base = slugify(name or _draft_id(draft))
    data = text.encode("utf-8")
    if overwrite:
        path = library_dir / draft_filename(base)
        atomic_write(path, data)
        return path
    for n in range(1, MAX_ATTEMPTS + 1):
        path = library_dir / draft_filename(base if n == 1 else f"{base}-{n}")
        try:
            atomic_write(path, data, exclusive=True)
        except FileExistsError:
            continue
        return path
    raise FileExistsError(str(library_dir / draft_filename(base)))


def drafts(library_dir: Path) -> list[Path]:
    """The drafts in ``library_dir``, sorted by name."""
    if not library_dir.is_dir():
        return []
    return sorted(p for p in library_dir.iterdir() if is_draft(p))


def _draft_id(draft: AnyDocument | Mapping[str, Any] | str) -> str:
    if isinstance(draft, AnyDocument):
        return draft.id
    if isinstance(draft, str):
        try:
            draft = yamlsafe.parse(draft)[0]
        except ScenarioError:
            return "concept"
    if isinstance(draft, Mapping):
        value = draft.get("id")
        return value if isinstance(value, str) and value else "concept"
    return "concept"


def slugify(text: str, fallback: str = "concept") -> str:
    """``text`` as a document id: lower-case ``a-z``, ``0-9`` and ``-``, at most 64 long."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:64].rstrip("-")
    return slug or fallback


# Copies


def fork(document: AnyDocument, new_id: str, title: str | None = None) -> AnyDocument:
    """A copy under ``new_id``: version 1, ``based_on`` the original's ``id@N``.

    Raises:
        ScenarioError: when ``new_id`` is not a valid id.
    """
    if not re.match(SLUG, new_id) or len(new_id) > 64:
        raise ScenarioError(
            [Problem("pattern", params={"field": "id", "value": new_id, "hint": "slug"})]
        )
    update: dict[str, Any] = {"id": new_id, "version": 1, "based_on": document.ref}
    update.update(saved=None, note=None)  # the copy is new work, not that version
    if isinstance(document, Scenario):
        update["source_ifid"] = None  # a copy is another story: a re-import must not find it
    if title:
        update["title"] = title
    data = document.model_dump(by_alias=True) | update
    try:
        return type(document).model_validate(data)
    except ValidationError as exc:  # a title that is empty, for instance
        raise ScenarioError(
            [Problem("invalid", params={"field": "title", "detail": str(exc)})]
        ) from None


def own_version_id(
    original: str, student: str, taken: set[str] | frozenset[str] = frozenset()
) -> str:
    """The id of a student's own version of ``original``: ``<original>-<student>``.

    Derived from the original and the student only, never from what the
    student's YAML says; the student's part is kept whole when the original
    is long. ``taken`` are ids that may not be used (the teacher's and the
    built-in ones): then ``-2``, ``-3``, ... is added.
    """
    who = slugify(student, fallback="eigen")[:24].rstrip("-")
    base = f"{slugify(original)[: 63 - len(who)].rstrip('-')}-{who}"
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        suffix = f"-{n}"
        candidate = base[: 64 - len(suffix)].rstrip("-") + suffix
    return candidate


def free_id(wanted: str, library: Library, drafts_dir: Path | None = None) -> str:
    """``wanted`` made into an id that no document (or draft) uses yet: ``-2``, ``-3``, ..."""
    base = slugify(wanted)
    used = {e.inspection.document.id for e in library.entries if e.inspection.document}
    for entry in library.entries:
        parsed = parse_version_filename(entry.path.name)
        if parsed is not None:
            used.add(parsed[0])
    if drafts_dir is not None:
        used.update(p.name.split(".draft.")[0] for p in drafts(drafts_dir))
    candidate, n = base, 1
    while candidate in used:
        n += 1
        suffix = f"-{n}"
        candidate = base[: 64 - len(suffix)] + suffix
    return candidate


# Lineage


@dataclass(frozen=True)
class VersionInfo:
    """One stored version, as a library screen lists it."""

    ref: str
    id: str
    version: int
    title: str
    based_on: str | None
    source: Source
    path: Path
    saved: datetime | None = None
    """When the version was saved (built-in versions say nothing)."""
    note: str | None = None
    """What changed in it, as its author said."""


@dataclass(frozen=True)
class Lineage:
    """Where a scenario comes from and what was made from it."""

    id: str
    versions: list[VersionInfo]
    """Every valid version, oldest first."""
    ancestors: list[str]
    """The ``based_on`` chain, nearest first: ``["b@2", "a@1"]`` for a copy of a
    copy. A ref not in the library ends the chain (it is still listed)."""
    copies: list[VersionInfo]
    """Versions of other documents based on any version of this one."""


def lineage(library: Library, doc_id: str) -> Lineage:
    """The versions of ``doc_id``, its ``based_on`` chain and the copies made of it."""
    infos = [_info(e) for e in library.valid()]
    versions = sorted((i for i in infos if i.id == doc_id), key=lambda i: i.version)
    by_ref = {i.ref: i for i in infos}
    ancestors: list[str] = []
    current = _newest_based_on(versions)
    while current is not None and current not in ancestors and not current.startswith(doc_id + "@"):
        ancestors.append(current)
        found = by_ref.get(current)
        current = found.based_on if found else None
    copies = [
        i for i in infos if i.id != doc_id and i.based_on and i.based_on.startswith(doc_id + "@")
    ]
    return Lineage(doc_id, versions, ancestors, sorted(copies, key=lambda i: (i.id, i.version)))


def _newest_based_on(versions: Iterable[VersionInfo]) -> str | None:
    found = [v.based_on for v in versions if v.based_on]
    return found[-1] if found else None


def _info(entry: Entry) -> VersionInfo:
    doc = entry.inspection.document
    assert doc is not None  # only valid entries are passed
    return VersionInfo(
        doc.ref,
        doc.id,
        doc.version,
        doc.title,
        doc.based_on,
        entry.source,
        entry.path,
        doc.saved,
        doc.note,
    )
