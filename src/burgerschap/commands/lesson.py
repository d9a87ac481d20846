"""``burgerschap lesson ...``: make, list, show, close and delete class lessons.

- ``lesson new --scenario ID[@N] [--scenario ...] --title T [--no-back] [--show-scores]``
  prints the join code (alone on standard output, so scripts can use it).
- ``lesson list``, ``lesson show CODE``, ``lesson close CODE``.
- ``lesson reset CODE NICKNAME`` gives a student a new return code (printed
  alone on standard output).
- ``lesson delete CODE [--yes]`` asks first, unless ``--yes``.

Export, import and hand-in files live in :mod:`burgerschap.commands.lesson_files`.
Exit codes: 0 done, 1 refused (unknown code, closed lesson, bad file), 2 usage.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import datetime

from burgerschap.classroom.errors import ClassroomError
from burgerschap.classroom.lessons import (
    close_lesson,
    create_lesson,
    delete_lesson,
    list_lessons,
    require_lesson,
    reset_student,
)
from burgerschap.classroom.progress import class_results, students
from burgerschap.classroom.store import Store
from burgerschap.commands import lesson_files
from burgerschap.commands.common import (
    UsageError,
    add_database,
    fail_usage,
    load_library,
    use_database,
)
from burgerschap.commands.output import say
from burgerschap.commands.teacher_pin import refusal
from burgerschap.i18n import N_, Language, t, tn
from burgerschap.i18n.names import LESSON_STATUS
from burgerschap.paths import database_location
from burgerschap.scenario.models import Scenario
from burgerschap.scenario.plaintext import plain_text

Handler = Callable[[argparse.Namespace, Store, Language], int]


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser], lang: Language
) -> None:
    parser = subparsers.add_parser("lesson", help=t("cli.lesson.help", lang))
    sub = parser.add_subparsers(dest="lesson_command", metavar="ACTION", required=True)

    new = sub.add_parser("new", help=t("cli.lesson.new.help", lang))
    new.add_argument(
        "--scenario",
        action="append",
        required=True,
        metavar="ID[@N]",
        help=t("cli.lesson.scenario.help", lang),
    )
    new.add_argument("--title", required=True, help=t("cli.lesson.title.help", lang))
    new.add_argument("--no-back", action="store_true", help=t("cli.lesson.no_back.help", lang))
    new.add_argument(
        "--show-scores", action="store_true", help=t("cli.lesson.show_scores.help", lang)
    )

    sub.add_parser("list", help=t("cli.lesson.list.help", lang))
    for name, key in (("show", N_("cli.lesson.show.help")), ("close", N_("cli.lesson.close.help"))):
        action = sub.add_parser(name, help=t(key, lang))
        action.add_argument("code", metavar="CODE")
    reset = sub.add_parser("reset", help=t("cli.lesson.reset.help", lang))
    reset.add_argument("code", metavar="CODE")
    reset.add_argument(
        "nickname", metavar="NICKNAME", help=t("cli.lesson.reset.nickname.help", lang)
    )
    delete = sub.add_parser("delete", help=t("cli.lesson.delete.help", lang))
    delete.add_argument("code", metavar="CODE")
    delete.add_argument("--yes", action="store_true", help=t("cli.lesson.yes.help", lang))
    lesson_files.register(sub, lang)
    for action in sub.choices.values():
        add_database(action, lang)


TEACHER_ONLY = frozenset({"new", "close", "reset", "delete", "export", "import"})
"""Subcommands that ask for the teacher PIN when one is set (see commands/teacher_pin.py)."""


def run(args: argparse.Namespace, lang: Language) -> int:
    handlers: dict[str, Handler] = {
        "new": _new,
        "list": _list,
        "show": _show,
        "close": _close,
        "reset": _reset,
        "delete": _delete,
        **lesson_files.HANDLERS,
    }
    if args.lesson_command in TEACHER_ONLY:
        refused = refusal(lang)
        if refused is not None:
            say(f"burgerschap: {refused}", err=True)
            return 1
    try:
        use_database(args, lang)
    except UsageError as exc:
        return fail_usage(str(exc))
    store = Store(database_location())
    try:
        return handlers[args.lesson_command](args, store, lang)
    except UsageError as exc:
        return fail_usage(str(exc))
    except ClassroomError as exc:
        say(f"burgerschap: {exc.message(lang)}", err=True)
        return 1
    finally:
        store.close()


def resolve_scenarios(refs: list[str], lang: Language) -> list[Scenario]:
    """The teacher's scenarios for ``ID`` (newest) or ``ID@N``. Raises UsageError.

    Only built-in versions and the teacher's own (saved in teacher mode, imported) can be
    in a lesson, never a student's own version, whatever id it has.
    """
    everything = load_library()
    library = everything.teachers()
    found = []
    for ref in refs:
        entry = library.find(ref)
        document = entry.document if entry else None
        if not isinstance(document, Scenario):
            if everything.find(ref) is not None:
                raise UsageError(t("cli.lesson.student_version", lang, ref=ref))
            raise UsageError(t("cli.lesson.unknown_scenario", lang, ref=ref))
        found.append(document)
    return found


def when(stamp: float | None) -> str:
    return datetime.fromtimestamp(stamp).strftime("%Y-%m-%d %H:%M") if stamp else "-"


def _new(args: argparse.Namespace, store: Store, lang: Language) -> int:
    scenarios = resolve_scenarios(args.scenario, lang)
    lesson = create_lesson(
        store, args.title, scenarios, allow_back=not args.no_back, show_scores=args.show_scores
    )
    refs = ", ".join(s.ref for s in lesson.scenarios)
    say(t("cli.lesson.created", lang, title=lesson.title, refs=refs), err=True)
    say(lesson.code)
    return 0


def _list(args: argparse.Namespace, store: Store, lang: Language) -> int:
    found = list_lessons(store)
    if not found:
        say(t("cli.lesson.none", lang))
        return 0
    for item in found:
        lesson = item.lesson
        say(
            t(
                "cli.lesson.line",
                lang,
                code=lesson.code,
                status=t(LESSON_STATUS[lesson.status], lang),
                created=when(lesson.created_at),
                students=tn("count.students", item.students, lang),
                finished=item.finished,
                games=item.games,
                title=lesson.title,
                refs=", ".join(s.ref for s in lesson.scenarios) or "-",
            )
        )
    return 0


def _show(args: argparse.Namespace, store: Store, lang: Language) -> int:
    lesson = require_lesson(store, args.code)
    status = t(LESSON_STATUS[lesson.status], lang)
    say(f"{lesson.code}  {lesson.title}  ({status})")
    for student in students(store, lesson.code):
        game = student.latest
        if game is None:
            where = t("cli.lesson.waiting", lang)
        elif game.finished:
            where = t("cli.lesson.finished_at", lang, ending=game.ending_title or game.ending)
        else:
            where = f"{game.ref} - {game.node_title or game.node} ({game.steps})"
        say(f"  {student.nickname:<20} {where}")
    for result in class_results(store, lesson.code):
        say(t("cli.lesson.results", lang, ref=result.ref, finished=result.finished))
        for dim in result.dimensions:
            if dim.mean is None or dim.mean_100 is None:
                continue
            bar = "#" * round(dim.mean_100 / 10)
            say(f"  {dim.label:<20} {bar:<10} {dim.mean_100:5.1f}  ({dim.mean:+.1f})")
    return 0


def _close(args: argparse.Namespace, store: Store, lang: Language) -> int:
    lesson = close_lesson(store, args.code)
    say(t("cli.lesson.closed", lang, code=lesson.code))
    return 0


def _reset(args: argparse.Namespace, store: Store, lang: Language) -> int:
    new = reset_student(store, args.code, args.nickname)
    lesson = require_lesson(store, args.code)
    say(t("cli.lesson.reset.done", lang, nickname=args.nickname, code=lesson.code), err=True)
    say(new)
    return 0


def _delete(args: argparse.Namespace, store: Store, lang: Language) -> int:
    lesson = require_lesson(store, args.code)
    if not args.yes:
        counts = {s.nickname for s in students(store, lesson.code)}
        question = tn(
            "cli.lesson.confirm_delete", len(counts), lang, code=lesson.code, title=lesson.title
        )
        try:
            answer = input(plain_text(question) + " ")
        except EOFError:
            answer = ""
        if answer.strip().lower() not in {"j", "ja", "y", "yes"}:
            say(t("cli.lesson.not_deleted", lang), err=True)
            return 1
    deleted = delete_lesson(store, lesson.code)
    say(
        t(
            "cli.lesson.deleted",
            lang,
            code=lesson.code,
            students=tn("count.students", deleted.students, lang),
            games=tn("count.games", deleted.games, lang),
            choices=tn("count.choices", deleted.choices, lang),
        )
    )
    return 0
