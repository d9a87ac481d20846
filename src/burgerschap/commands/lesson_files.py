"""``burgerschap lesson export|import|handin``: lesson results in and out of files.

- ``lesson export CODE --format csv|json [--table students|choices] [--delimiter ,] [-o FILE]``
  writes to standard output, or atomically to ``FILE``.
- ``lesson import CODE FILE...`` reads students' result files into the lesson;
  exit code 1 when any file was refused (the others are still imported).
- ``lesson import LESSON.json... [--replace]`` rebuilds whole lessons from their
  JSON export, in this store (:mod:`burgerschap.classroom.transfer`): how a
  lesson moves from a laptop's SQLite to a school's PostgreSQL and back. Which
  form is meant is read from the first file: a lesson export starts by naming
  its format.
- ``lesson handin [--game ID | --nickname NAME] [--code CODE] [-o PATH]`` is for
  the student without a network: it saves a finished game from this computer
  as a result file to hand in. ``--list`` shows the finished games to choose from.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from burgerschap.classroom.errors import ClassroomError
from burgerschap.classroom.export import choice_table, lesson_json, student_table, to_csv, to_json
from burgerschap.classroom.handin import import_results, write_result
from burgerschap.classroom.nicknames import nickname_key
from burgerschap.classroom.progress import students
from burgerschap.classroom.store import GameRecord, Store
from burgerschap.classroom.transfer import import_lesson, is_lesson_file
from burgerschap.commands.common import UsageError, add_force
from burgerschap.commands.output import say
from burgerschap.commands.teacher_pin import pin_is_set, refusal
from burgerschap.i18n import N_, Language, t, tn
from burgerschap.scenario.atomic import atomic_write
from burgerschap.settings import load_settings

DELIMITERS = {";": ";", ",": ",", "tab": "\t", "\\t": "\t", "\t": "\t"}

Handler = Callable[[argparse.Namespace, Store, Language], int]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], lang: Language) -> None:
    export = sub.add_parser("export", help=t("cli.lesson.export.help", lang))
    export.add_argument("code", metavar="CODE")
    export.add_argument("--format", choices=["csv", "json"], default="csv")
    export.add_argument(
        "--table",
        choices=["students", "choices"],
        default="students",
        help=t("cli.lesson.table.help", lang),
    )
    export.add_argument(
        "--delimiter", default=";", metavar="CHAR", help=t("cli.lesson.delimiter.help", lang)
    )
    export.add_argument("-o", "--output", metavar="FILE", help=t("cli.lesson.output.help", lang))
    add_force(export, lang)

    imp = sub.add_parser(
        "import",
        help=t("cli.lesson.import.help", lang),
        usage="%(prog)s [-h] (CODE FILE [FILE ...] | LESSON.json [LESSON.json ...]) [--replace]",
    )
    imp.add_argument("items", nargs="+", metavar="CODE FILE | LESSON.json")
    imp.add_argument("--replace", action="store_true", help=t("cli.lesson.replace.help", lang))

    handin = sub.add_parser("handin", help=t("cli.lesson.handin.help", lang))
    handin.add_argument("--game", metavar="ID", help=t("cli.lesson.game.help", lang))
    handin.add_argument("--nickname", help=t("cli.lesson.nickname.help", lang))
    handin.add_argument("--code", metavar="CODE", help=t("cli.lesson.handin_code.help", lang))
    handin.add_argument(
        "-o", "--output", metavar="PATH", help=t("cli.lesson.handin_output.help", lang)
    )
    add_force(handin, lang)
    handin.add_argument("--list", action="store_true", help=t("cli.lesson.handin_list.help", lang))


def _export(args: argparse.Namespace, store: Store, lang: Language) -> int:
    delimiter = DELIMITERS.get(args.delimiter)
    if delimiter is None:
        raise UsageError(t("cli.lesson.bad_delimiter", lang, value=args.delimiter))
    if args.format == "json":
        data = to_json(lesson_json(store, args.code))
    else:
        table = student_table if args.table == "students" else choice_table
        columns, rows = table(store, args.code, lang)
        data = to_csv(columns, rows, delimiter, lang)
    if args.output:
        atomic_write(Path(args.output), data, exclusive=not args.force)
        say(t("cli.lesson.written", lang, path=args.output), err=True)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    return 0


def _import(args: argparse.Namespace, store: Store, lang: Language) -> int:
    first = Path(args.items[0])
    if first.is_file() and is_lesson_file(first):
        return _import_lessons(args, store, lang)
    if len(args.items) < 2:
        raise UsageError(t("cli.lesson.import_what", lang))
    outcomes = import_results(store, args.items[0], [Path(f) for f in args.items[1:]])
    failed = 0
    for outcome in outcomes:
        if outcome.status == "error":
            failed += 1
            assert outcome.error is not None
            say(outcome.error.message(lang), err=True)
            continue
        if outcome.warning is not None:
            say(outcome.warning.message(lang), err=True)
        key = (
            N_("cli.lesson.imported")
            if outcome.status == "imported"
            else N_("cli.lesson.duplicate")
        )
        say(t(key, lang, file=outcome.file, nickname=outcome.nickname))
    imported = sum(o.status == "imported" for o in outcomes)
    duplicates = sum(o.status == "duplicate" for o in outcomes)
    say(
        t(
            "cli.lesson.import_summary",
            lang,
            imported=imported,
            duplicates=tn("count.duplicates", duplicates, lang),
            failed=failed,
        )
    )
    return 1 if failed else 0


def _import_lessons(args: argparse.Namespace, store: Store, lang: Language) -> int:
    """Each file a whole lesson; a refused file does not stop the others (exit code 1)."""
    failed = 0
    for item in args.items:
        try:
            lesson = import_lesson(store, Path(item), replace=args.replace)
        except ClassroomError as exc:
            failed += 1
            say(exc.message(lang), err=True)
            continue
        found = students(store, lesson.code)
        say(
            t(
                "cli.lesson.lesson_imported",
                lang,
                file=item,
                code=lesson.code,
                title=lesson.title,
                students=tn("count.students", len(found), lang),
                games=tn("count.games", sum(len(s.games) for s in found), lang),
            )
        )
    return 1 if failed else 0


def _handin(args: argparse.Namespace, store: Store, lang: Language) -> int:
    settings = load_settings()
    nickname = args.nickname or settings.nickname
    finished = [
        g
        for g in store.games(status="finished")
        if args.game or nickname is None or nickname_key(g.nickname) == nickname_key(nickname)
    ]
    if pin_is_set(settings):
        # A shared computer with a teacher PIN: a student sees and hands in only the games
        # of the nickname this computer knows; anything else is the teacher's to do.
        own = settings.nickname
        if args.list:
            finished = [
                g for g in finished if own and nickname_key(g.nickname) == nickname_key(own)
            ]
        elif not own or any(
            nickname_key(g.nickname) != nickname_key(own) for g in _chosen(args, finished)
        ):
            refused = refusal(lang)
            if refused is not None:
                say(f"burgerschap: {refused}", err=True)
                return 1
    if args.list:
        for g in finished:
            say(f"{g.id[:8]}  {_when(g.finished_at)}  {g.nickname:<20} {g.ref}  {g.ending}")
        if not finished:
            say(t("cli.lesson.no_finished", lang))
        return 0
    if args.game:
        matches = [g for g in finished if g.id.startswith(args.game.lower())]
        if len(matches) != 1:
            raise ClassroomError("game_not_found", game=args.game)
        game: GameRecord = matches[0]
    elif nickname is None:
        raise UsageError(t("cli.lesson.handin_who", lang))
    elif not finished:
        raise ClassroomError("no_finished_game", nickname=nickname)
    else:
        game = finished[0]  # newest first
    target = Path(args.output) if args.output else Path.cwd()
    path = write_result(store, game.id, target, args.code, overwrite=args.force)
    say(t("cli.lesson.handin_saved", lang, path=path, ref=game.ref, nickname=game.nickname))
    return 0


def _chosen(args: argparse.Namespace, finished: list[GameRecord]) -> list[GameRecord]:
    """The games ``handin`` would write: the one ``--game`` names, else the newest."""
    if args.game:
        return [g for g in finished if g.id.startswith(args.game.lower())]
    return finished[:1]


def _when(stamp: float | None) -> str:
    return datetime.fromtimestamp(stamp).strftime("%Y-%m-%d %H:%M") if stamp else "-"


HANDLERS: dict[str, Handler] = {"export": _export, "import": _import, "handin": _handin}
