"""What several commands share: the library, usage errors, ``--force``."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from burgerschap.application.locations import Locations
from burgerschap.commands.output import say
from burgerschap.i18n import Language, t
from burgerschap.paths import ENV_DATABASE_URL
from burgerschap.scenario.library import Library, Source


def library_folders() -> list[tuple[Path, Source]]:
    """The built-in scenarios, the teacher's library, and students' own versions.

    The game's own folders (:class:`~burgerschap.application.locations.Locations`),
    so the command line and the game agree on what the library is.
    """
    return list(Locations.create().folders)


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


def add_database(parser: argparse.ArgumentParser, lang: Language) -> None:
    """``--database URL``: the store to use instead of the data folder's SQLite file."""
    parser.add_argument(
        "--database", metavar="URL", default=None, help=t("cli.database.help", lang)
    )


def use_database(args: argparse.Namespace, lang: Language) -> None:
    """Make ``--database`` hold for this command and every process it starts (served games).

    Raises:
        UsageError: the value is not a database URL (the message masks any password).
    """
    from burgerschap.classroom.engines import is_url

    url = getattr(args, "database", None)
    if not url:
        return
    if not is_url(url):  # not echoed: a mistyped value may hold a password
        raise UsageError(t("cli.database.bad", lang))
    os.environ[ENV_DATABASE_URL] = url
