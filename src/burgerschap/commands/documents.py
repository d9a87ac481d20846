"""Finding the documents a command names: files, folders, or ``id``/``id@N`` in the library.

:func:`find` is the one place that turns a name into a file's inspection, for
every command: ``validate`` and ``check`` (through :func:`inspect_named`),
``export``, ``diff`` and ``versions`` (through :func:`resolve`). A name is a
file when one exists by that name, else a library ref: ``id`` is the newest
valid version, ``id@N`` that version, also when its file is damaged (then its
problems are reported, not "not found"). With ``drafts`` an id that has no
version yet finds its draft, ``<id>.draft.yaml`` in the user's library.
"""

from __future__ import annotations

import re
from pathlib import Path

from burgerschap.commands.common import UsageError, load_library
from burgerschap.i18n import Language, t
from burgerschap.paths import user_library_dir
from burgerschap.scenario.library import Entry, Library, is_draft, scenario_files
from burgerschap.scenario.loader import Inspection, inspect_file
from burgerschap.scenario.models import REF, SLUG, AnyDocument
from burgerschap.scenario.problems import Problem, ScenarioError
from burgerschap.scenario.versions import draft_filename, parse_version_filename


def is_ref(name: str) -> bool:
    """Whether ``name`` has the form of a library ref: ``id`` or ``id@N``."""
    return bool(re.match(SLUG, name) or re.match(REF, name))


def find(
    name: str, lang: Language, library: Library | None = None, *, drafts: bool = False
) -> Inspection:
    """The inspection of the file ``name`` stands for: an existing file, else a
    library version (valid or damaged), else (with ``drafts``) an id's draft.

    Raises:
        UsageError: when it is none of these.
    """
    path = Path(name)
    if path.is_file():
        return inspect_file(path)
    if not is_ref(name):
        raise UsageError(t("cli.missing_path", lang, path=name))
    library = load_library() if library is None else library
    entry = library.find(name) or _damaged(library, name)
    if entry is not None:
        return entry.inspection
    draft = user_library_dir() / draft_filename(name)
    if drafts and "@" not in name and draft.is_file():
        return inspect_file(draft)
    raise UsageError(t("cli.not_found", lang, ref=name))


def _damaged(library: Library, ref: str) -> Entry | None:
    """The library file named ``<id>@<N>.yaml`` for ``ref``, when it does not load."""
    doc_id, _, version = ref.partition("@")
    for entry in library.broken():
        if version and parse_version_filename(entry.path.name) == (doc_id, int(version)):
            return entry
    return None


def resolve(
    name: str, lang: Language, library: Library | None = None, *, drafts: bool = False
) -> AnyDocument:
    """The valid document ``name`` stands for (see :func:`find`).

    Raises:
        ScenarioError: when its file does not load; for a library version or a draft
            the first problem says which one cannot be read.
        UsageError: when there is no such file, version or draft.
    """
    return locate(name, lang, library, drafts=drafts)[0]


def locate(
    name: str, lang: Language, library: Library | None = None, *, drafts: bool = False
) -> tuple[AnyDocument, str]:
    """:func:`resolve`, and the file the document was read from."""
    inspection = find(name, lang, library, drafts=drafts)
    if inspection.ok and inspection.document is not None:
        return inspection.document, inspection.file
    problems = inspection.errors or inspection.problems
    if Path(name).is_file():
        raise ScenarioError(problems)
    code = "draft_unreadable" if is_draft(Path(inspection.file)) else "ref_unreadable"
    params = {"ref": name, "count": len(problems)}
    raise ScenarioError([Problem(code, file=inspection.file, params=params), *problems])


def inspect_named(names: list[str], lang: Language) -> list[Inspection]:
    """The files named: files, the scenario files in folders, and library refs
    (drafts included); the whole library when no name is given.

    Raises:
        UsageError: when a name is none of these, or a folder holds no scenario.
    """
    if not names:
        return [entry.inspection for entry in load_library().entries]
    library: Library | None = None  # scanned only when a name is not a file
    found: list[Inspection] = []
    for name in names:
        path = Path(name)
        if path.is_dir():
            files = scenario_files(path)
            if not files:
                raise UsageError(t("cli.no_files", lang, path=name))
            found.extend(inspect_file(file) for file in files)
        elif path.is_file():
            found.append(inspect_file(path))
        else:
            library = load_library() if library is None else library
            found.append(find(name, lang, library, drafts=True))
    return found
