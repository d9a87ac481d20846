"""``burgerschap teacher``: teacher mode straight away (the PIN first, set on first use).

A launcher (see :mod:`burgerschap.launch`). Textual is imported only when the
app starts, so the other commands stay fast.
"""

from __future__ import annotations

import argparse
import os

from burgerschap.commands.common import UsageError, add_database, fail_usage, use_database
from burgerschap.i18n import Language, t


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser], lang: Language
) -> None:
    parser = subparsers.add_parser("teacher", help=t("cli.teacher.help", lang))
    parser.add_argument(
        "--lang", choices=["nl", "en"], default=argparse.SUPPRESS, help=t("cli.lang.help", lang)
    )
    add_database(parser, lang)


def run(args: argparse.Namespace, lang: Language) -> int:
    # A browser session is student mode only; never open teacher mode there,
    # even if the command were reached somehow.
    if os.environ.get("BURGERSCHAP_SERVED"):
        return fail_usage(t("cli.teacher.served", lang))
    try:
        use_database(args, lang)
    except UsageError as exc:
        return fail_usage(str(exc))
    asked = getattr(args, "lang", None) or os.environ.get("BURGERSCHAP_LANG")
    explicit: Language | None = lang if asked in ("nl", "en") else None

    from burgerschap.tui.app import make_app

    make_app(lang=explicit, teacher=True).run()
    return 0
