"""``burgerschap import FILE``: add a scenario someone sent to the user's library.

A YAML file is validated and stored as a new version (``id@N``); it is
refused, with every error, when it does not validate, and it never replaces a
version that exists (it takes the next free number; an identical copy is not
stored twice). A Twee 3 file (``.twee``, ``.tw``) becomes a draft scenario,
saved next to the versions, with a warning for everything Twee holds that a
scenario cannot; a Twee file that ``burgerschap export`` wrote, unchanged,
carries the whole scenario and is stored as a version like a YAML file.
Exit 0 when stored, 1 when refused, 2 for usage errors.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from burgerschap.commands.common import fail_usage, load_library
from burgerschap.commands.output import say
from burgerschap.commands.teacher_pin import refusal
from burgerschap.i18n import t
from burgerschap.paths import user_library_dir
from burgerschap.scenario.loader import inspect_file
from burgerschap.scenario.models import AnyDocument
from burgerschap.scenario.playable import playable
from burgerschap.scenario.problems import Problem, ScenarioError
from burgerschap.scenario.twee import import_twee
from burgerschap.scenario.versions import (
    identical_version,
    parse_version_filename,
    save_draft,
    save_version,
)
from burgerschap.settings import Language

TWEE_SUFFIXES = (".twee", ".tw", ".tw3")
YAML_SUFFIXES = (".yaml", ".yml")


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser], lang: Language
) -> None:
    parser = subparsers.add_parser("import", help=t("cli.import.help", lang))
    parser.add_argument("file", metavar="FILE", help=t("cli.import.file.help", lang))


def run(args: argparse.Namespace, lang: Language) -> int:
    refused = refusal(lang)
    if refused is not None:
        say(f"burgerschap: {refused}", err=True)
        return 1
    path = Path(args.file)
    if not path.is_file():
        return fail_usage(t("cli.missing_path", lang, path=args.file))
    suffix = path.suffix.lower()
    if suffix in TWEE_SUFFIXES:
        return _import_twee(path, lang)
    if suffix in YAML_SUFFIXES:
        return _import_yaml(path, lang)
    return fail_usage(t("cli.import.unknown_format", lang, path=args.file))


def _import_yaml(path: Path, lang: Language) -> int:
    inspection = playable(inspect_file(path))
    _print(inspection.problems, lang)
    document = inspection.document
    if document is None or inspection.errors:
        say(t("cli.import.refused", lang, path=path))
        return 1
    return _store(document, lang)


def _store(document: AnyDocument, lang: Language) -> int:
    """Store a valid document as a version (once: an identical one is not stored again)."""
    library = load_library()
    same = identical_version(document, library)
    if same is not None:
        say(t("cli.import.identical", lang, ref=same))
        return 0
    try:
        saved = save_version(document, user_library_dir(), library)
    except ScenarioError as exc:  # pragma: no cover - validated above
        _print(exc.problems, lang)
        return 1
    parsed = parse_version_filename(saved.name)
    version = parsed[1] if parsed else document.version
    say(t("cli.import.saved", lang, ref=f"{document.id}@{version}", path=saved))
    if version != document.version:
        say(t("cli.import.renumbered", lang, wanted=document.version, version=version))
    return 0


def _import_twee(path: Path, lang: Language) -> int:
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        _print([Problem("not_utf8", file=str(path))], lang)
        return 1
    result = import_twee(text, str(path))
    _print(result.warnings, lang)
    if not result.data.get("nodes"):
        return 1
    if result.from_meta and result.document is not None:
        # Burgerschap's own export, unchanged: the scenario itself, so a version.
        say(t("cli.import.from_burgerschap", lang, ref=result.document.ref))
        return _store(result.document, lang)
    draft = save_draft(result.data, user_library_dir(), overwrite=False)
    say(t("cli.import.draft_saved", lang, path=draft))
    # Validate the saved file, so that line numbers point into the draft.
    inspection = inspect_file(draft)
    _print(inspection.problems, lang)
    if inspection.errors:
        say(t("cli.import.draft_errors", lang, errors=len(inspection.errors), path=draft))
    else:
        say(t("cli.import.draft_ok", lang, path=draft))
    return 0


def _print(problems: list[Problem], lang: Language) -> None:
    for problem in problems:
        say(problem.format(lang))
