"""A lesson's exports as files in one folder, for the teacher's "Exporteren" in the game.

The same tables as ``burgerschap lesson export`` (:mod:`burgerschap.classroom.export`):
the students CSV and the choices CSV for Excel with Dutch settings, and the
whole lesson as JSON. The file names carry the code and the time, so a second
export never overwrites the first; each file is written atomically.
"""

from __future__ import annotations

import time
from pathlib import Path

from burgerschap.classroom.export import choice_table, lesson_json, student_table, to_csv, to_json
from burgerschap.classroom.lessons import require_lesson
from burgerschap.classroom.store import Store
from burgerschap.i18n import Language, t
from burgerschap.scenario.atomic import atomic_write


def export_lesson(
    store: Store, code: str, folder: Path, lang: Language = "nl", *, now: float | None = None
) -> list[Path]:
    """Write the students CSV, the choices CSV and the JSON of lesson ``code`` into ``folder``.

    Returns:
        The files written, in that order.

    Raises:
        LessonNotFound: no lesson has this code.
        OSError: the folder cannot be written.
    """
    lesson = require_lesson(store, code)
    stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(time.time() if now is None else now))
    base = "-".join((t("export.file.lesson", lang), lesson.code, stamp))
    students, choices = t("export.file.students", lang), t("export.file.choices", lang)
    files = [
        (
            folder / f"{base}-{students}.csv",
            to_csv(*student_table(store, lesson.code, lang), lang=lang),
        ),
        (
            folder / f"{base}-{choices}.csv",
            to_csv(*choice_table(store, lesson.code, lang), lang=lang),
        ),
        (folder / f"{base}.json", to_json(lesson_json(store, lesson.code))),
    ]
    folder.mkdir(parents=True, exist_ok=True)
    for path, data in files:
        atomic_write(path, data)
    return [path for path, _data in files]
