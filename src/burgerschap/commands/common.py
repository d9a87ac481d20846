"""What several commands share: the library, usage errors, ``--force``."""

from __future__ import annotations

import argparse
from pathlib import Path

from burgerschap.commands.output import say
from burgerschap.i18n import t
from burgerschap.paths import builtin_dir, student_library_dir, user_library_dir
from burgerschap.scenario.library import Library, Source
from burgerschap.settings import Language


def library_folders() -> list[tuple[Path, Source]]:
    """The built-in scenarios, the teacher's library, and students' own versions."""
    return [
        (builtin_dir(), "builtin"),
        (user_library_dir(), "user"),
        (student_library_dir(), "student"),
    ]


def load_library() -> Library:
    return Library.scan(library_folders())


class UsageError(Exception):
    """A command was called wrongly (exit code 2)."""


def fail_usage(message: str) -> int:
    say(f"burgerschap: {message}", err=True)
    return 2


def add_force(parser: argparse.ArgumentParser, lang: Language) -> None:
    """``--force``: let ``-o`` replace a file that exists (without it, that is refused)."""
    parser.add_argument("--force", action="store_true", help=t("cli.force.help", lang))
