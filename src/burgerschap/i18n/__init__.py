"""Interface strings in Dutch (default) and English.

Every string the command line or the game shows comes from :data:`STRINGS`,
merged from one table per part of the program (the modules of this package);
a test proves that each key has both languages. Messages about scenario
files live with the domain, in :mod:`burgerschap.scenario.messages`.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from burgerschap.i18n.authoring import AUTHORING_STRINGS
from burgerschap.i18n.classroom import CLASSROOM_STRINGS
from burgerschap.i18n.cli import CLI_STRINGS
from burgerschap.i18n.database import DATABASE_STRINGS
from burgerschap.i18n.editor import EDITOR_STRINGS
from burgerschap.i18n.editor_form import EDITOR_FORM_STRINGS
from burgerschap.i18n.editor_work import EDITOR_WORK_STRINGS
from burgerschap.i18n.game import GAME_STRINGS
from burgerschap.i18n.glossary import GLOSSARY_STRINGS
from burgerschap.i18n.lessons import LESSON_STRINGS
from burgerschap.i18n.results import RESULTS_STRINGS
from burgerschap.i18n.teacher import TEACHER_STRINGS
from burgerschap.settings import Language

__all__ = ["STRINGS", "long_date", "moment_text", "t"]

_TABLES = (
    CLI_STRINGS,
    CLASSROOM_STRINGS,
    DATABASE_STRINGS,
    AUTHORING_STRINGS,
    LESSON_STRINGS,
    GAME_STRINGS,
    RESULTS_STRINGS,
    GLOSSARY_STRINGS,
    TEACHER_STRINGS,
    EDITOR_STRINGS,
    EDITOR_FORM_STRINGS,
    EDITOR_WORK_STRINGS,
)

STRINGS: dict[str, dict[str, str]] = {}
for _table in _TABLES:
    _clash = STRINGS.keys() & _table.keys()
    if _clash:  # a key in two tables would silently lose one text
        raise RuntimeError(f"interface strings defined twice: {sorted(_clash)}")
    STRINGS.update(_table)


def t(key: str, lang: Language = "nl", **params: Any) -> str:
    """The string ``key`` in ``lang``, with ``params`` filled in."""
    entry = STRINGS.get(key)
    if entry is None:
        return key
    text = entry.get(lang) or entry["nl"]
    return text.format(**params) if params else text


def long_date(day: date, lang: Language = "nl") -> str:
    """``day`` written out: "3 december 2026"."""
    month = t(f"tui.month.{day.month}", lang)
    return t("tui.date", lang, day=day.day, month=month, year=day.year)


def moment_text(moment: datetime, lang: Language = "nl") -> str:
    """A moment written out: "3 december 2026, 14:05"."""
    return t("date.moment", lang, date=long_date(moment, lang), time=f"{moment:%H:%M}")
