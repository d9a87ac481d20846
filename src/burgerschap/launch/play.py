"""``burgerschap [play [ID|PATH]]``: the student game; with a target, open it straight away.

``play --served`` (or ``BURGERSCHAP_SERVED=1``, which ``burgerschap serve``
sets) is the browser's game: student mode only, see :mod:`burgerschap.tui.served`.

A launcher (see :mod:`burgerschap.launch`). Textual is imported only when the
game starts, so ``burgerschap`` reaches the home screen with little imported
and the other commands stay fast and free of UI code.
"""

from __future__ import annotations

import gc
import os
from pathlib import Path
from typing import TYPE_CHECKING

from burgerschap.commands.output import say
from burgerschap.i18n import Language, t

if TYPE_CHECKING:
    import argparse

SERVED_ENV = "BURGERSCHAP_SERVED"
"""Set by ``burgerschap serve`` (:data:`burgerschap.web.server.SERVED_ENV`) for each session."""


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser], lang: Language
) -> None:
    import argparse

    parser = subparsers.add_parser("play", help=t("cli.play.help", lang))
    parser.add_argument(
        "target", nargs="?", metavar="ID|PATH", help=t("cli.play.target.help", lang)
    )
    # Also after the command (``burgerschap play --lang en``); SUPPRESS keeps
    # this parser from overwriting a --lang given before the command.
    parser.add_argument(
        "--lang", choices=["nl", "en"], default=argparse.SUPPRESS, help=t("cli.lang.help", lang)
    )
    parser.add_argument("--served", action="store_true", help=t("cli.play.served.help", lang))


def run(args: argparse.Namespace, lang: Language) -> int:
    return start(
        lang,
        target=getattr(args, "target", None),
        served=getattr(args, "served", False),
        asked=getattr(args, "lang", None),
    )


def start(
    lang: Language, *, target: str | None = None, served: bool = False, asked: str | None = None
) -> int:
    """Start the game; ``burgerschap`` without arguments comes here without argparse.

    Args:
        target: A scenario or quiz (id or file) to open at once.
        served: The browser's game (also when ``BURGERSCHAP_SERVED`` is set).
        asked: The language this run asked for with ``--lang``, if any.
    """
    if served or os.environ.get(SERVED_ENV, "") not in ("", "0"):
        # In the browser: student mode only, whatever else was asked (no file paths).
        from burgerschap.tui.served import make_served_app

        make_served_app(lang=lang).run()
        return 0
    # The game follows its saved setting unless this run asks otherwise.
    asked = asked or os.environ.get("BURGERSCHAP_LANG")
    explicit: Language | None = lang if asked in ("nl", "en") else None
    files: list[Path] = []
    open_ref: str | None = None
    if target:
        resolved = _resolve(target, lang)
        if isinstance(resolved, int):
            return resolved
        open_ref, files = resolved

    # Until the first frame is up (BurgerschapApp.on_ready), Python's cyclic collector
    # would only rescan the many objects that importing Textual and building the home
    # screen make, none of them garbage yet: 4-8 ms of the start-up the benchmark
    # measures. It runs again from the first frame on.
    gc.disable()
    try:
        from burgerschap.tui.app import make_app

        make_app(open_ref=open_ref, files=files, lang=explicit).run()
    finally:
        gc.enable()
    return 0


def _resolve(target: str, lang: Language) -> tuple[str, list[Path]] | int:
    """The ref to open and the files to add, or an exit code after printing why not."""
    from burgerschap.commands.common import load_library
    from burgerschap.i18n.problem_words import problem_line
    from burgerschap.scenario.loader import inspect_file

    path = Path(target)
    if not path.exists() and _looks_like_a_path(target):
        # An id has no slash and no file extension: this was meant as a file.
        # t() outside the f-string: the catalogue's extractor does not look inside one.
        missing = t("cli.play.missing", lang, path=target)
        say(f"burgerschap: {missing}", err=True)
        return 2
    if path.is_file():
        inspection = inspect_file(path)
        if not inspection.ok or inspection.document is None:
            say(t("cli.play.invalid", lang, path=target), err=True)
            for problem in inspection.errors:
                say(problem_line(problem, lang), err=True)
            return 1
        return inspection.document.ref, [path]
    library = load_library()
    if library.find(target) is None:
        known = ", ".join(
            sorted(e.document.id for e in library.scenarios() + library.quizzes() if e.document)
        )
        unknown = t("cli.play.unknown", lang, ref=target, known=known)
        say(f"burgerschap: {unknown}", err=True)
        return 2
    return target, []


FILE_SUFFIXES = (".yaml", ".yml", ".twee", ".tw", ".json")


def _looks_like_a_path(target: str) -> bool:
    """True for ``./nope.yaml``, ``dir/x`` or ``x.yaml``; False for an id such as ``speeltuin``."""
    return "/" in target or "\\" in target or target.lower().endswith(FILE_SUFFIXES)
