"""``burgerschap diff A B``: what changed between two versions, by meaning.

``A`` and ``B`` are ``id@N`` (or ``id``, the newest) from the library, or
files. Prints nodes added, removed and renamed, texts changed, and choices
with their effects, conditions and targets; ``--json`` prints the same as
data. Like ``diff(1)``: exit 0 when there is no difference, 1 when there is,
2 for usage errors.
"""

from __future__ import annotations

import argparse

from burgerschap.commands.common import UsageError, fail_usage, load_library
from burgerschap.commands.documents import resolve
from burgerschap.commands.output import say, say_json
from burgerschap.i18n import Language, t
from burgerschap.i18n.diff_words import render
from burgerschap.i18n.problem_words import problem_line
from burgerschap.scenario.diff import diff
from burgerschap.scenario.problems import ScenarioError


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser], lang: Language
) -> None:
    parser = subparsers.add_parser("diff", help=t("cli.diff.help", lang))
    parser.add_argument("old", metavar="A", help=t("cli.diff.ref.help", lang))
    parser.add_argument("new", metavar="B", help=t("cli.diff.ref.help", lang))
    parser.add_argument("--json", action="store_true", help=t("cli.diff.json.help", lang))


def run(args: argparse.Namespace, lang: Language) -> int:
    library = load_library()
    try:
        old = resolve(args.old, lang, library)
        new = resolve(args.new, lang, library)
    except UsageError as exc:
        return fail_usage(str(exc))
    except ScenarioError as exc:
        for problem in exc.problems:
            say(problem_line(problem, lang))
        return 2
    result = diff(old, new)
    if args.json:
        say_json(result.to_json())
    else:
        say("\n".join(render(result, lang)))
    return 1 if result else 0
