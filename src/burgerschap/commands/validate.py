"""``burgerschap validate [PATH|ID ...]``: check files and print every problem.

A name is a file, a folder (its scenario files) or a library ref (``id``,
``id@N``, or the draft of an id that has no version yet); without names the
whole library is checked.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from burgerschap.commands.common import UsageError, fail_usage
from burgerschap.commands.documents import inspect_named
from burgerschap.commands.output import say
from burgerschap.i18n import Language, t, tn
from burgerschap.i18n.problem_words import problem_line
from burgerschap.scenario.loader import Inspection
from burgerschap.scenario.playable import playable


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser], lang: Language
) -> None:
    parser = subparsers.add_parser("validate", help=t("cli.validate.help", lang))
    parser.add_argument("paths", nargs="*", metavar="PATH|ID", help=t("cli.paths.help", lang))


def inspections(paths: list[str], lang: Language) -> list[Inspection]:
    """The files, folders and library refs named, or the whole library when none are.

    Raises:
        UsageError: when a name is not found.
    """
    return inspect_named(paths, lang)


def run(args: argparse.Namespace, lang: Language) -> int:
    try:
        found = [playable(i) for i in inspections(args.paths, lang)]
    except UsageError as exc:
        return fail_usage(str(exc))
    errors = warnings = 0
    for inspection in found:
        for problem in inspection.problems:
            say(problem_line(problem, lang))
        errors += len(inspection.errors)
        warnings += len(inspection.warnings)
        if not inspection.problems:
            say(t("cli.ok", lang, path=_short(inspection.file)))
    say(
        t(
            "cli.summary",
            lang,
            files=tn("count.files", len(found), lang),
            errors=tn("count.errors", errors, lang),
            warnings=tn("count.warnings", warnings, lang),
        )
    )
    return 1 if errors else 0


def _short(name: str) -> str:
    try:
        return str(Path(name).resolve().relative_to(Path.cwd()))
    except ValueError:
        return name
