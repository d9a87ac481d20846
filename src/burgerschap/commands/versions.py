"""``burgerschap versions ID``: every version of a scenario, to tell them apart.

One line per version, oldest first: ``id@N``, when it was saved, whether it
is built in or your own, and its change note. Then damaged version files,
the draft, what it was based on, the copies made of it, and the folder where
your own versions are. Exit 0, or 2 when the library has nothing of that id.
"""

from __future__ import annotations

import argparse
import re

from burgerschap.commands.common import fail_usage, load_library
from burgerschap.commands.output import say
from burgerschap.i18n import Language, moment_text, t
from burgerschap.i18n.names import VERSION_SOURCE
from burgerschap.paths import user_library_dir
from burgerschap.scenario.models import SLUG
from burgerschap.scenario.versions import draft_filename, lineage, parse_version_filename


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser], lang: Language
) -> None:
    parser = subparsers.add_parser("versions", help=t("cli.versions.help", lang))
    parser.add_argument("ref", metavar="ID", help=t("cli.versions.id.help", lang))


def run(args: argparse.Namespace, lang: Language) -> int:
    doc_id = args.ref.partition("@")[0]
    if not re.match(SLUG, doc_id):
        return fail_usage(t("cli.not_found", lang, ref=args.ref))
    library = load_library()
    found = lineage(library, doc_id)
    damaged = [
        entry.path
        for entry in library.broken()
        if (parse_version_filename(entry.path.name) or ("", 0))[0] == doc_id
    ]
    draft = user_library_dir() / draft_filename(doc_id)
    if not found.versions and not damaged and not draft.is_file():
        return fail_usage(t("cli.not_found", lang, ref=args.ref))
    title = found.versions[-1].title if found.versions else doc_id
    say(t("cli.versions.title", lang, id=doc_id, title=title))
    rows = [
        (
            version.ref,
            moment_text(version.saved, lang) if version.saved else "-",
            t(VERSION_SOURCE[version.source], lang),
            version.note or "",
        )
        for version in found.versions
    ]
    widths = [max((len(row[i]) for row in rows), default=0) for i in range(3)]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        say("  " + "  ".join([*cells, row[3]]).rstrip())
    for path in damaged:
        say(t("cli.versions.damaged", lang, path=path))
    if draft.is_file():
        say(t("cli.versions.draft", lang, path=draft))
    if found.ancestors:
        say(t("cli.versions.based_on", lang, chain=" ← ".join(found.ancestors)))
    if found.copies:
        say(t("cli.versions.copies", lang, refs=", ".join(c.ref for c in found.copies)))
    say(t("cli.versions.folder", lang, path=user_library_dir()))
    return 0
