"""The command line: ``burgerschap [COMMAND] ...``, a thin layer over the domain.

Each command lives in its own module under :mod:`burgerschap.commands` (or,
for the commands that start the app or the server, :mod:`burgerschap.launch`)
with ``register(subparsers, lang)`` and ``run(args, lang)``; this module only
builds the parser and dispatches. Without a command the game starts.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol, cast

from burgerschap import __version__
from burgerschap.i18n import Language, t
from burgerschap.settings import preferred_language

if TYPE_CHECKING:
    import argparse

COMMANDS = (
    "play",
    "validate",
    "check",
    "schema",
    "serve",
    "lesson",
    "import",  # module commands/import_file.py: a module may not be named after a keyword
    "export",
    "diff",
    "versions",
    "teacher",
)
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


def _wanted(argv: Sequence[str]) -> tuple[str, ...]:
    """The command modules this call needs: just its own, unless help lists them all.

    Importing every command costs start-up time (the game's own start is
    measured against a bare Textual app), so only the one used is loaded.
    """
    skip_next = False
    for arg in argv:
        if skip_next:
            skip_next = False
        elif arg == "--lang":
            skip_next = True
        elif arg in ("-h", "--help"):
            return COMMANDS
        elif not arg.startswith("-"):
            return (arg,) if arg in COMMANDS else COMMANDS
    return ("play",)


LAUNCHERS = frozenset({"play", "teacher", "serve"})
"""Commands that start the Textual app or the server: in :mod:`burgerschap.launch`,
since :mod:`burgerschap.commands` may not import the app (pyproject's contracts)."""


def _module(command: str) -> str:
    """The module of ``command``: in :mod:`burgerschap.launch` or :mod:`burgerschap.commands`."""
    if command in LAUNCHERS:
        return f"burgerschap.launch.{command}"
    return f"burgerschap.commands.{'import_file' if command == 'import' else command}"


def build_parser(
    lang: Language, names: Sequence[str] = COMMANDS
) -> tuple[argparse.ArgumentParser, dict[str, Command]]:
    import argparse

    from burgerschap.i18n.argparse_nl import speak
    from burgerschap.scenario.plaintext import plain_text

    class Parser(argparse.ArgumentParser):
        """Usage errors quote what was typed (a file name, say): made plain text too."""

        def _print_message(self, message: str, file: Any = None) -> None:
            super()._print_message(plain_text(message), file)

    speak(lang)  # before any parser is made: argparse names its groups when it makes one
    from burgerschap.paths import ENV_HOME, data_dir

    parser: argparse.ArgumentParser = Parser(
        prog="burgerschap",
        description=t("cli.description", lang),
        epilog=t("cli.epilog", lang, path=data_dir(), env=ENV_HOME),
        # As written: the folder on a line of its own, never broken at a hyphen.
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"burgerschap {__version__}",
        help=t("cli.version.help", lang),
    )
    parser.add_argument("--lang", choices=["nl", "en"], help=t("cli.lang.help", lang))
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    modules: dict[str, Command] = {}
    for name in names:
        module = cast(Command, importlib.import_module(_module(name)))
        module.register(subparsers, lang)
        modules[name] = module
    return parser, modules


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 fine, 1 problems found, 2 usage)."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    lang = _language(args_list)
    if not args_list:
        # Most starts: the game itself, with nothing to parse. Skipping argparse
        # (importing it and building the parser) is a few ms of the start-up
        # the benchmark measures against a bare Textual app.
        from burgerschap.launch.play import start

        try:
            return start(lang)
        except KeyboardInterrupt:
            return 130
    try:
        parser, modules = build_parser(lang, _wanted(args_list))
        args = parser.parse_args(args_list)
        command = args.command or "play"
        if command not in modules:
            parser.print_help()
            return 2
        return modules[command].run(args, lang)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return _pipe_closed(lang)
    except Exception as exc:
        code = _fault(exc, lang)
        if code is None:
            raise
        return code


def _fault(error: Exception, lang: Language) -> int | None:
    """One line for a fault of the machine (full disk, locked database...), exit 1;
    None for anything else, which is a bug and keeps its traceback."""
    # Imported only now: sqlite3 stays off the start-up path (tests/test_layering.py).
    from burgerschap.classroom.engines import mask
    from burgerschap.commands.faults import fault_message
    from burgerschap.commands.output import say
    from burgerschap.paths import database_location

    message = fault_message(error, lang, mask(database_location()))
    if message is None:
        return None
    say(f"burgerschap: {message}", err=True)  # quotes a file name: plain text
    return 1


def _pipe_closed(lang: Language) -> int:
    """``burgerschap check --json | head``: stop quietly, and let Python not complain either."""
    with contextlib.suppress(OSError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    with contextlib.suppress(OSError):
        print("burgerschap: " + t("cli.fault.pipe", lang), file=sys.stderr)
    return 1
