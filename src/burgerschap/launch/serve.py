"""``burgerschap serve``: the student game in the browser, for a class on the school network.

A launcher (see :mod:`burgerschap.launch`): it starts the server and names the
zygote that puts the game in (:mod:`burgerschap.launch.zygote`).
"""

from __future__ import annotations

import argparse
import errno

from burgerschap.commands.common import UsageError, add_database, fail_usage, use_database
from burgerschap.i18n import Language, t

ZYGOTE = "burgerschap.launch.zygote"
"""The module the server runs as its zygote: the game's factory, put into web/zygote.py."""


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser], lang: Language
) -> None:
    parser = subparsers.add_parser("serve", help=t("cli.serve.help", lang))
    parser.add_argument("--host", default="127.0.0.1", help=t("cli.serve.host", lang))
    parser.add_argument("--lan", action="store_true", help=t("cli.serve.lan", lang))
    parser.add_argument("--port", type=int, default=8000, help=t("cli.serve.port", lang))
    parser.add_argument(
        "--max-students", type=int, default=None, dest="max_students", help=t("cli.serve.max", lang)
    )
    parser.add_argument(
        "--allow-host",
        action="append",
        default=[],
        dest="allow_hosts",
        metavar="HOST",
        help=t("cli.serve.allow_host", lang),
    )
    # Each tab's game as a fresh process, as before the zygote: the serve benchmark's
    # baseline, and a way out should forking ever misbehave on a machine.
    parser.add_argument("--cold", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--max-per-device",
        type=int,
        default=3,
        dest="per_address",
        help=t("cli.serve.per_address", lang),
    )
    parser.add_argument(
        "--proxy",
        action="append",
        default=[],
        dest="proxies",
        metavar="ADDRESS",
        help=t("cli.serve.proxy", lang),
    )
    add_database(parser, lang)


def run(args: argparse.Namespace, lang: Language) -> int:
    if (args.max_students is not None and args.max_students < 1) or args.per_address < 1:
        return fail_usage(t("cli.serve.bad_max", lang))
    try:
        use_database(args, lang)
    except UsageError as exc:
        return fail_usage(str(exc))
    _check_database()
    # Imported here: aiohttp and textual-serve are only needed when serving.
    from burgerschap.web.server import ClassroomServer

    host = "0.0.0.0" if args.lan else args.host
    server = ClassroomServer(
        host=host,
        port=args.port,
        max_students=args.max_students,
        lang=lang,
        per_address=args.per_address,
        allow_hosts=tuple(args.allow_hosts),
        proxies=tuple(args.proxies),
        zygote=None if args.cold else ZYGOTE,
    )
    try:
        server.serve()
    except OSError as exc:
        if exc.errno in (errno.EADDRINUSE, errno.EACCES, errno.EADDRNOTAVAIL):
            reason = exc.strerror or str(exc)
            return fail_usage(
                t("cli.serve.port_busy", lang, host=host, port=args.port, reason=reason)
            )
        raise
    return 0


def _check_database() -> None:
    """Open the database once before any student comes: creates or migrates it, and a
    database that cannot be reached is one line on the console now (``cli._fault``),
    not an error in every student's game later."""
    from burgerschap.paths import database_url

    url = database_url()
    if url is None:
        return  # the SQLite file is made by the first game that saves, as it always was
    from burgerschap.classroom.store import Store

    Store(url).close()
