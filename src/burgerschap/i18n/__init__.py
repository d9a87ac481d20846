"""Interface words in Dutch (default) and English, from gettext catalogues.

Every word the command line or the game shows comes from the ``interface``
catalogue, ``locale/<lang>/LC_MESSAGES/interface.po``: message ids are symbolic
keys (``tui.key.quit``), and both languages are full translations. A test
extracts every id the code uses (:func:`t`, :func:`tn`, :func:`N_`) and fails
on one missing or unused. Messages about scenario files (the domain's problem
codes) and about diffs have catalogues of their own, ``problems`` and ``diff``,
worded by :mod:`burgerschap.i18n.problem_words` and
:mod:`burgerschap.i18n.diff_words`.

- :func:`t` gives a message with its ``{params}`` filled in;
- :func:`tn` gives the form for a number (``{n}`` is filled in too);
- :func:`N_` marks an id chosen from data, so that extraction finds it:
  ``OUTCOME = {"goed": N_("tui.outcome.goed")}``, then ``t(OUTCOME[x], lang)``.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from burgerschap.i18n.catalog import LANGUAGES, Language, MissingMessage
from burgerschap.i18n.catalog import catalog as _catalog  # keeps i18n.catalog the module

__all__ = [
    "DOMAIN",
    "LANGUAGES",
    "N_",
    "Language",
    "MissingMessage",
    "has_message",
    "long_date",
    "moment_text",
    "t",
    "tn",
]

DOMAIN = "interface"


def t(key: str, lang: Language = "nl", **params: Any) -> str:
    """The message ``key`` in ``lang``, with ``params`` filled in."""
    catalogue = _catalog(DOMAIN, lang)
    text = catalogue.messages.get(key)
    if type(text) is not str:  # missing, or a plural: the catalogue says which
        return catalogue.format(key, **params)
    return text.format(**params) if params else text


def tn(key: str, n: int, lang: Language = "nl", **params: Any) -> str:
    """The form of the plural message ``key`` for ``n`` in ``lang``; ``{n}`` is ``n``."""
    return _catalog(DOMAIN, lang).format_plural(key, n, **params)


def N_(key: str) -> str:
    """``key`` itself: marks a message id kept in data, for extraction."""
    return key


def has_message(key: str, lang: Language = "nl") -> bool:
    """Whether the interface catalogue has ``key`` (optional texts such as tooltips)."""
    return key in _catalog(DOMAIN, lang).messages


MONTHS = (
    N_("tui.month.1"),
    N_("tui.month.2"),
    N_("tui.month.3"),
    N_("tui.month.4"),
    N_("tui.month.5"),
    N_("tui.month.6"),
    N_("tui.month.7"),
    N_("tui.month.8"),
    N_("tui.month.9"),
    N_("tui.month.10"),
    N_("tui.month.11"),
    N_("tui.month.12"),
)


def long_date(day: date, lang: Language = "nl") -> str:
    """``day`` written out: "3 december 2026"."""
    month = t(MONTHS[day.month - 1], lang)
    return t("tui.date", lang, day=day.day, month=month, year=day.year)


def moment_text(moment: datetime, lang: Language = "nl") -> str:
    """A moment written out: "3 december 2026, 14:05"."""
    return t("date.moment", lang, date=long_date(moment, lang), time=f"{moment:%H:%M}")
