"""The command line: ``burgerschap [COMMAND] ...``, a thin layer over the domain.

Each command lives in its own module under :mod:`burgerschap.commands` with
``register(subparsers, lang)`` and ``run(args, lang)``; this module only builds
the parser and dispatches. Without a command the game starts.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from typing import Protocol, cast

from burgerschap import __version__
from burgerschap.i18n import t
from burgerschap.settings import Language, preferred_language

COMMANDS = ("play", "validate", "check", "schema", "lesson", "import", "export", "diff", "teacher")
"""Command modules, in the order ``--help`` lists them."""


class Command(Protocol):
    def register(
        self, subparsers: argparse._SubParsersAction[argparse.ArgumentParser], lang: Language
    ) -> None: ...

    def run(self, args: argparse.Namespace, lang: Language) -> int: ...


def _language(argv: Sequence[str]) -> Language:
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return preferred_language(argv[i + 1])
        if arg.startswith("--lang="):
            return preferred_language(arg.split("=", 1)[1])
    return preferred_language()


def build_parser(lang: Language) -> tuple[argparse.ArgumentParser, dict[str, Command]]:
    parser = argparse.ArgumentParser(prog="burgerschap", description=t("cli.description", lang))
    parser.add_argument("--version", action="version", version=f"burgerschap {__version__}")
    parser.add_argument("--lang", choices=["nl", "en"], help=t("cli.lang.help", lang))
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    modules: dict[str, Command] = {}
    for name in COMMANDS:
        module = cast(Command, importlib.import_module(f"burgerschap.commands.{name}"))
        module.register(subparsers, lang)
        modules[name] = module
    return parser, modules


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 fine, 1 problems found, 2 usage)."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    lang = _language(args_list)
    parser, modules = build_parser(lang)
    args = parser.parse_args(args_list)
    command = args.command or "play"
    if command not in modules:
        parser.print_help()
        return 2
    try:
        return modules[command].run(args, lang)
    except KeyboardInterrupt:
        return 130
