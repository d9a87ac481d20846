"""``burgerschap export --format twee|mermaid|dot|yaml ID [-o FILE]``: a scenario as a file.

``twee`` writes a Twee 3 story that Twine opens, with the rest of the
scenario in metadata Twine ignores (``burgerschap import`` takes it back; a
warning on stderr says what Twine itself would drop); ``mermaid`` and ``dot``
write the scenario map for documents and slides; ``yaml`` writes the
scenario (or quiz) itself as one file, to hand to someone who adds it to
their library with ``burgerschap import`` (a student's own version reaching
the teacher). ``ID`` is ``id`` or ``id@N`` from the library, or a file; an
id without a version yet finds its draft when that validates. Output goes to
stdout unless ``-o`` names a file.
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path

from burgerschap.commands.common import UsageError, add_force, fail_usage
from burgerschap.commands.documents import locate
from burgerschap.commands.output import say, write
from burgerschap.i18n import N_, Language, t
from burgerschap.i18n.problem_words import problem_line
from burgerschap.scenario.atomic import atomic_write
from burgerschap.scenario.diagram import to_dot, to_mermaid
from burgerschap.scenario.library import is_draft
from burgerschap.scenario.models import Scenario
from burgerschap.scenario.plaintext import plain_text
from burgerschap.scenario.problems import Problem, ScenarioError
from burgerschap.scenario.serialize import dump
from burgerschap.scenario.twee_export import export_twee

FORMATS = ("twee", "mermaid", "dot", "yaml")


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser], lang: Language
) -> None:
    parser = subparsers.add_parser("export", help=t("cli.export.help", lang))
    parser.add_argument(
        "--format", "-f", choices=FORMATS, required=True, help=t("cli.export.format.help", lang)
    )
    parser.add_argument("-o", "--output", metavar="FILE", help=t("cli.export.output.help", lang))
    add_force(parser, lang)
    parser.add_argument("ref", metavar="ID", help=t("cli.export.id.help", lang))


def run(args: argparse.Namespace, lang: Language) -> int:
    try:
        document, source = locate(args.ref, lang, drafts=True)
    except UsageError as exc:
        return fail_usage(str(exc))
    except ScenarioError as exc:
        _print(exc.problems, lang)
        return 1
    if not isinstance(document, Scenario) and args.format != "yaml":
        key = (
            N_("cli.export.glossary")
            if document.kind == "glossary"
            else N_("cli.export.not_scenario")
        )
        return fail_usage(t(key, lang, ref=args.ref))
    if is_draft(Path(source)) and not Path(args.ref).is_file():
        say(t("cli.export.draft", lang, ref=args.ref, path=source), err=True)
    warnings: list[Problem] = []
    if args.format == "yaml":
        text = dump(document)
    elif not isinstance(document, Scenario):  # pragma: no cover - refused above
        return 2
    elif args.format == "twee":
        text, warnings = export_twee(document)
    elif args.format == "mermaid":
        text = to_mermaid(document)
    else:
        text = to_dot(document)
    _print([replace(w, file=w.file or args.ref) for w in warnings], lang)
    text = plain_text(text)  # from a valid scenario, so already plain; a file stays safe too
    if args.output:
        atomic_write(Path(args.output), text.encode("utf-8"), exclusive=not args.force)
        say(t("cli.export.written", lang, path=args.output), err=True)
    else:
        write(text)
    return 0


def _print(problems: list[Problem], lang: Language) -> None:
    for problem in problems:
        say(problem_line(problem, lang), err=True)
