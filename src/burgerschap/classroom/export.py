"""Exports of a lesson: one row per student game and one row per choice, as CSV or JSON.

CSV is made for Excel. With the default ``;`` delimiter it opens correctly
in Excel with Dutch settings: UTF-8 with a byte order mark (so accents
survive), and a decimal comma in numbers that have decimals. With another
delimiter (``--delimiter ,`` for English settings) numbers use a decimal
point. Text a student typed is never read as a formula: a cell that starts
with ``=``, ``+``, ``-``, ``@`` or a tab gets a leading apostrophe. Control
characters never reach a file (:mod:`burgerschap.scenario.plaintext`): CSV
cells drop them, JSON writes them as ``\\u`` escapes.

JSON holds the same data with English keys and real numbers, the choices
nested in their game, for other tools. It also holds everything needed to
rebuild the lesson in another store (``lesson import``,
:mod:`burgerschap.classroom.transfer`): the lesson's copy of each scenario
version, each game's saved state, each move's target, the quiz rounds, and
times to the microsecond. Return codes and browser tokens are not in it:
they are secrets (a four-character code is found from its hash at once).

Headers of the CSV are in the user's language; the JSON keys are fixed.
"""

from __future__ import annotations

import csv
import io
import json
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from burgerschap.classroom.lessons import Lesson, require_lesson
from burgerschap.classroom.progress import GameProgress, games, students
from burgerschap.classroom.scoring import cached_ranges
from burgerschap.classroom.store import ChoiceRecord, Store
from burgerschap.i18n import N_, Language, t
from burgerschap.i18n.names import EXPORT_COLUMN, GAME_STATUS, MOVE_KIND
from burgerschap.scenario.models import QuestionNode, Scenario, StoryNode
from burgerschap.scenario.plaintext import escape_unsafe, plain_text

Table = Literal["students", "choices"]
EXPORT_FORMAT = "burgerschap-lesson-export"
EXPORT_VERSION = 2
"""2 added what ``lesson import`` needs: documents, states, targets, quiz rounds, exact times."""
BOM = "\ufeff"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

Cell = str | int | float | bool | None


@dataclass(frozen=True)
class Column:
    key: str
    header: str


def student_table(
    store: Store, code: str, lang: Language = "nl"
) -> tuple[list[Column], list[list[Cell]]]:
    """One row per game: nickname, version, ending, raw and 0-100 scores, duration, reflection.

    A student who joined but did not start a game gets a row with only the
    nickname and the status, so the table doubles as the list of who was there.
    """
    lesson = require_lesson(store, code)
    played = sorted(games(store, lesson), key=lambda g: (g.nickname.casefold(), g.started_at))
    dims = _dimensions(lesson)
    columns = [
        Column(key, t(EXPORT_COLUMN[key], lang))
        for key in (
            "nickname",
            "scenario",
            "content_hash",
            "status",
            "ending",
            "ending_title",
            "started",
            "finished",
            "duration_min",
        )
    ]
    for dim, label in dims.items():
        columns.append(Column(f"score.{dim}", label))
        columns.append(Column(f"score_100.{dim}", t("export.col.score_100", lang, label=label)))
    columns += [
        Column(key, t(EXPORT_COLUMN[key], lang))
        for key in ("reflection", "steps", "handed_in", "game")
    ]
    rows = []
    for g in played:
        row: list[Cell] = [
            g.nickname,
            g.ref,
            g.content_hash,
            t(GAME_STATUS[g.status], lang),
            g.ending,
            g.ending_title,
            _time(g.started_at),
            _time(g.finished_at),
            round(g.duration / 60, 1),
        ]
        for dim in dims:
            row += [g.scores.get(dim), g.scores_100.get(dim)]
        row += [g.reflection, g.steps, g.imported, g.id]
        rows.append(row)
    # Who joined but has no game yet gets a row too: the export is the class list.
    for student in students(store, lesson.code):
        if not student.games:
            row = [student.nickname, None, None, t("export.status.joined", lang)]
            rows.append(row + [None] * (len(columns) - len(row)))
    rows.sort(key=lambda r: (str(r[0]).casefold(), str(r[6] or "")))
    return columns, rows


def choice_table(
    store: Store, code: str, lang: Language = "nl"
) -> tuple[list[Column], list[list[Cell]]]:
    """One row per move: who, in which game, at which node, what they chose and its effects."""
    lesson = require_lesson(store, code)
    played = sorted(games(store, lesson), key=lambda g: (g.nickname.casefold(), g.started_at))
    dims = _dimensions(lesson)
    columns = [
        Column(key, t(EXPORT_COLUMN[key], lang))
        for key in (
            "nickname",
            "scenario",
            "step",
            "node",
            "node_title",
            "kind",
            "option",
            "option_text",
            "correct",
        )
    ]
    columns += [
        Column(f"effect.{d}", t("export.col.effect", lang, label=lab)) for d, lab in dims.items()
    ]
    columns += [Column(key, t(EXPORT_COLUMN[key], lang)) for key in ("at", "game")]
    rows = []
    for g in played:
        scenario = _scenario(lesson, g.ref)
        for c in store.choices(g.id):
            title, text = _choice_texts(scenario, c)
            row: list[Cell] = [
                g.nickname,
                g.ref,
                c.seq,
                c.node,
                title,
                t(MOVE_KIND[c.kind], lang),
                c.idx + 1,
                text,
                c.correct,
            ]
            row += [c.effects.get(d, 0) for d in dims]
            row += [_time(c.at), g.id]
            rows.append(row)
    return columns, rows


def to_csv(
    columns: list[Column], rows: list[list[Cell]], delimiter: str = ";", lang: Language = "nl"
) -> bytes:
    """CSV bytes for Excel: UTF-8 with BOM, CRLF line ends, a decimal mark fitting the delimiter."""
    decimal = "," if delimiter == ";" else "."
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow([_text(c.header) for c in columns])
    for row in rows:
        writer.writerow([_cell(v, decimal, lang) for v in row])
    return (BOM + out.getvalue()).encode("utf-8")


def lesson_json(store: Store, code: str) -> dict[str, Any]:
    """The whole lesson: its settings and versions, every game with its moves nested."""
    lesson = require_lesson(store, code)
    played = sorted(games(store, lesson), key=lambda g: (g.nickname.casefold(), g.started_at))
    return {
        "format": EXPORT_FORMAT,
        "format_version": EXPORT_VERSION,
        "exported_at": _iso(time.time()),
        "lesson": {
            "code": lesson.code,
            "title": lesson.title,
            "status": lesson.status,
            "allow_back": lesson.allow_back,
            "show_scores": lesson.show_scores,
            "created_at": _iso(lesson.created_at),
            "closed_at": _iso(lesson.closed_at),
            "scenarios": [_scenario_json(lesson, s.ref) for s in lesson.scenarios],
        },
        "students": [
            {
                "nickname": s.nickname,
                "key": s.key,
                "joined_at": _iso(s.joined_at),
                "games": len(s.games),
            }
            for s in students(store, lesson.code)
        ],
        "games": [_game_json(store, lesson, g) for g in played],
        "quiz_rounds": [
            {
                "id": r["id"],
                "nickname": r["nickname"],
                "quiz": r["quiz_id"],
                "version": r["version"],
                "score": r["score"],
                "total": r["total"],
                "missed": json.loads(r["missed"]),
                "finished_at": _iso(r["finished_at"]),
            }
            for r in store.conn.execute(
                "SELECT * FROM quiz_rounds WHERE lesson_code = ? ORDER BY finished_at, id",
                (lesson.code,),
            ).fetchall()
        ],
    }


def to_json(data: dict[str, Any]) -> bytes:
    """JSON bytes; unsafe characters (plaintext) only ever as ``\\u`` escapes."""
    return (escape_unsafe(json.dumps(data, ensure_ascii=False, indent=2)) + "\n").encode("utf-8")


def _scenario_json(lesson: Lesson, ref: str) -> dict[str, Any]:
    entry = lesson.scenario(ref)
    assert entry is not None
    scenario = entry.scenario
    ranges = cached_ranges(entry.content_hash, scenario) if scenario else {}
    return {
        "ref": entry.ref,
        "title": entry.title,
        "content_hash": entry.content_hash,
        "document": json.loads(entry.document) if entry.document else None,
        "dimensions": {
            d: {
                "label": dim.label,
                "min": ranges[d].low if d in ranges else None,
                "max": ranges[d].high if d in ranges else None,
            }
            for d, dim in (scenario.dimensions.items() if scenario else [])
        },
    }


def _game_json(store: Store, lesson: Lesson, g: GameProgress) -> dict[str, Any]:
    scenario = _scenario(lesson, g.ref)
    moves = []
    for c in store.choices(g.id):
        title, text = _choice_texts(scenario, c)
        moves.append(
            {
                "step": c.seq,
                "node": c.node,
                "node_title": title,
                "kind": c.kind,
                "option": c.idx + 1,
                "option_text": text,
                "correct": c.correct,
                "effects": c.effects,
                "target": c.target,
                "at": _iso(c.at),
            }
        )
    record = store.game(g.id)
    assert record is not None
    return {
        "game": g.id,
        "nickname": g.nickname,
        "scenario": g.ref,
        "content_hash": g.content_hash,
        "status": g.status,
        "ending": g.ending,
        "ending_title": g.ending_title,
        "started_at": _iso(g.started_at),
        "finished_at": _iso(g.finished_at),
        "duration_seconds": round(g.duration),
        "scores": g.scores,
        "scores_100": g.scores_100,
        "reflection": g.reflection,
        "handed_in": g.imported,
        "updated_at": _iso(record.updated_at),
        "imported_at": _iso(record.imported_at),
        "state": record.state,
        "choices": moves,
    }


def _dimensions(lesson: Lesson) -> dict[str, str]:
    """Every dimension of the lesson's versions, in order, with its label."""
    found: dict[str, str] = {}
    for entry in lesson.scenarios:
        if entry.scenario:
            for dim, value in entry.scenario.dimensions.items():
                found.setdefault(dim, value.label)
    return found


def _scenario(lesson: Lesson, ref: str) -> Scenario | None:
    entry = lesson.scenario(ref)
    return entry.scenario if entry else None


def _choice_texts(scenario: Scenario | None, choice: ChoiceRecord) -> tuple[str | None, str | None]:
    node = scenario.nodes.get(choice.node) if scenario else None
    if isinstance(node, StoryNode) and choice.idx < len(node.choices):
        return node.title, node.choices[choice.idx].text
    if isinstance(node, QuestionNode) and choice.idx < len(node.options):
        return node.title, node.options[choice.idx].text
    return None, None


def _moment(stamp: float | None) -> datetime | None:
    """The local time of a stored stamp; None for a stamp no calendar holds.

    Hand-ins are range-checked on import, but a database written before that
    rule may hold 1e300 or inf: one such row must not break a lesson's export.
    """
    if stamp is None:
        return None
    try:
        return datetime.fromtimestamp(stamp)
    except (OverflowError, OSError, ValueError):
        return None


def _time(stamp: float | None) -> str | None:
    """Local time as Excel reads it: ``2026-11-28 10:15:03``."""
    moment = _moment(stamp)
    return None if moment is None else moment.strftime("%Y-%m-%d %H:%M:%S")


def _iso(stamp: float | None) -> str | None:
    """Local time with its offset; to the microsecond when the stamp has a fraction.

    Made from UTC, not from the local clock time: in the hour that is there twice
    when summer time ends, a local time alone does not say which offset it had.
    """
    if stamp is None or _moment(stamp) is None:
        return None
    moment = datetime.fromtimestamp(stamp, UTC).astimezone()
    return moment.isoformat(timespec="auto")


def _cell(value: Cell, decimal: str, lang: Language) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return t(N_("export.yes") if value else N_("export.no"), lang)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        text = str(int(value)) if value.is_integer() else repr(value)
        return text.replace(".", decimal)
    return _text(value)


def _text(value: str) -> str:
    value = plain_text(value)
    return "'" + value if value.startswith(_FORMULA_START) else value
