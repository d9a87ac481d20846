"""A library: every scenario, quiz and glossary file in a set of folders, valid or not.

The library never fails as a whole because one file is broken: a broken file
is kept as an entry with its problems, so screens can show it as broken and
still offer everything else.

Each folder has a source, and the source says whose versions are in it: the
built-in ones and the teacher's library (saved in teacher mode, or imported)
are the teacher's; students' own versions ("Eigen versie", saved without
the PIN) live in a folder of their own. What a file says about itself does
not count: only the teacher's versions can be used in a lesson
(:meth:`Library.teachers`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from burgerschap.scenario.loader import MAX_BYTES, Inspection, content_hash, inspect_file
from burgerschap.scenario.models import AnyDocument, Glossary, Quiz, Scenario

Source = Literal["builtin", "user", "student"]
"""Built in, the teacher's library ("user"), or students' own versions."""
TEACHER_SOURCES: frozenset[Source] = frozenset({"builtin", "user"})
"""The sources of versions a lesson may use."""
SUFFIXES = (".yaml", ".yml")
DRAFT_SUFFIX = ".draft.yaml"
"""Drafts (unfinished documents kept by the editor) end in this and are never loaded as playable."""


@dataclass
class Entry:
    """One file of the library."""

    path: Path
    source: Source
    inspection: Inspection

    @property
    def ok(self) -> bool:
        return self.inspection.ok

    @property
    def document(self) -> AnyDocument | None:
        return self.inspection.document if self.ok else None

    @property
    def ref(self) -> str | None:
        doc = self.inspection.document
        return doc.ref if doc is not None else None

    @property
    def content_hash(self) -> str:
        doc = self.inspection.document
        return content_hash(doc) if doc is not None else ""


def scenario_files(folder: Path) -> list[Path]:
    """The scenario files directly in ``folder`` (sorted), none if it does not exist.

    Drafts (``*.draft.yaml``) are not scenario files: they need not validate.
    """
    if not folder.is_dir():
        return []
    return sorted(
        p for p in folder.iterdir() if p.suffix in SUFFIXES and not is_draft(p) and p.is_file()
    )


_GLOSSARY_KIND = re.compile(r"""^kind:[ \t]*(["']?)glossary\1[ \t]*(#.*)?$""", re.MULTILINE)


def says_glossary(path: Path) -> bool:
    """Whether the file says ``kind: glossary`` on a line of its own: a cheap look that
    spares loading every scenario when only the glossary is wanted (the browser's game)."""
    try:
        with path.open("rb") as handle:
            text = handle.read(MAX_BYTES + 1).decode("utf-8", errors="replace")
    except OSError:
        return False
    return _GLOSSARY_KIND.search(text) is not None


def is_draft(path: Path) -> bool:
    """Whether ``path`` names a draft rather than a version."""
    return path.name.endswith((DRAFT_SUFFIX, ".draft.yml"))


class Library:
    """Every document found in the given folders."""

    def __init__(self, entries: list[Entry]) -> None:
        self.entries = entries

    @classmethod
    def scan(
        cls, folders: Iterable[tuple[Path, Source]], only: Callable[[Path], bool] | None = None
    ) -> Library:
        """Every file of ``folders`` (or those ``only`` keeps), valid or not."""
        entries = [
            Entry(path, source, inspect_file(path))
            for folder, source in folders
            for path in scenario_files(folder)
            if only is None or only(path)
        ]
        return cls(entries)

    def valid(self) -> list[Entry]:
        return [e for e in self.entries if e.ok]

    def teachers(self) -> Library:
        """Only the teacher's versions (built in, saved in teacher mode, imported)."""
        return Library([e for e in self.entries if e.source in TEACHER_SOURCES])

    def ids(self) -> set[str]:
        """Every document id in the library, also of broken files that name one."""
        return {e.inspection.document.id for e in self.entries if e.inspection.document}

    def broken(self) -> list[Entry]:
        return [e for e in self.entries if not e.ok]

    def scenarios(self) -> list[Entry]:
        """The newest valid version of each scenario id, in file order."""
        return self._newest(Scenario)

    def quizzes(self) -> list[Entry]:
        return self._newest(Quiz)

    def glossaries(self) -> list[Entry]:
        """The newest valid version of each glossary: looked up while playing, never played."""
        return self._newest(Glossary)

    def _newest(self, kind: type[AnyDocument]) -> list[Entry]:
        newest: dict[str, Entry] = {}
        for entry in self.valid():
            doc = entry.document
            if not isinstance(doc, kind):
                continue
            current = newest.get(doc.id)
            if current is None or _version(current) < doc.version:
                newest[doc.id] = entry
        return list(newest.values())

    def versions(self, doc_id: str) -> list[Entry]:
        """Every valid version of ``doc_id``, oldest first."""
        found = [e for e in self.valid() if e.document is not None and e.document.id == doc_id]
        return sorted(found, key=_version)

    def find(self, ref: str) -> Entry | None:
        """``id`` (newest version) or ``id@version``."""
        doc_id, _, version = ref.partition("@")
        versions = self.versions(doc_id)
        if not versions:
            return None
        if not version:
            return versions[-1]
        for entry in versions:
            if str(_version(entry)) == version:
                return entry
        return None


def _version(entry: Entry) -> int:
    doc = entry.inspection.document
    return doc.version if doc is not None else 0
