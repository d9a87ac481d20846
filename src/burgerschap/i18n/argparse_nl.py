"""The command line's own words in Dutch: argparse's headings and usage errors.

argparse looks its texts up through ``gettext`` when it prints them, and
Python ships no Dutch catalogue, so ``burgerschap --lang nl`` printed
"usage:", "options" and "error: the following arguments are required" in
English. The ``argparse`` catalogue (``locale/nl/LC_MESSAGES/argparse.po``,
msgids in argparse's English exactly as in its source) has the Dutch;
:func:`speak` puts a lookup in it in argparse's place for Dutch, and the
standard one back for English. A text argparse has that the catalogue lacks
stays English (a newer Python may add one): better than no message at all.
"""

from __future__ import annotations

import argparse
import gettext

from burgerschap.i18n.catalog import Catalog, Language, catalog


def _dutch() -> Catalog:
    return catalog("argparse", "nl")


def _gettext(message: str) -> str:
    found = _dutch().messages.get(message)
    return found if isinstance(found, str) else message


def _ngettext(singular: str, plural: str, n: int) -> str:
    dutch = _dutch()
    found = dutch.messages.get(singular)
    if isinstance(found, tuple):
        return found[min(dutch.plural(n), len(found) - 1)]
    return singular if n == 1 else plural


def speak(lang: Language) -> None:
    """Let argparse print its headings and errors in ``lang`` from now on."""
    if lang == "nl":
        argparse._ = _gettext  # type: ignore[attr-defined]
        argparse.ngettext = _ngettext  # type: ignore[attr-defined]
    else:
        argparse._ = gettext.gettext  # type: ignore[attr-defined]
        argparse.ngettext = gettext.ngettext  # type: ignore[attr-defined]
