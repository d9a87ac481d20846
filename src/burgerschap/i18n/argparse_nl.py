"""The command line's own words in Dutch: argparse's headings and usage errors.

argparse looks its texts up through ``gettext`` when it prints them, and
Python ships no Dutch catalogue, so ``burgerschap --lang nl`` printed
"usage:", "options" and "error: the following arguments are required" in
English. :func:`speak` puts a lookup in this table in argparse's place for
Dutch, and the standard one back for English.
"""

from __future__ import annotations

import argparse
import gettext

from burgerschap.i18n import Language

DUTCH = {
    "usage: ": "gebruik: ",
    "positional arguments": "argumenten",
    "options": "opties",
    "show this help message and exit": "toon deze hulp en stop",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "bij %(argument_name)s: %(message)s",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "the following arguments are required: %s": "deze argumenten ontbreken: %s",
    "one of the arguments %s is required": "een van deze argumenten is nodig: %s",
    "not allowed with argument %s": "niet samen met %s",
    "expected one argument": "hier hoort één waarde bij",
    "expected at most one argument": "hier hoort hoogstens één waarde bij",
    "expected at least one argument": "hier hoort minstens één waarde bij",
    "expected %s argument": "hier hoort %s waarde bij",
    "expected %s arguments": "hier horen %s waarden bij",
    "invalid %(type)s value: %(value)r": "ongeldige waarde (%(type)s): %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "onbekende keuze: %(value)r (kies uit %(choices)s)"
    ),
    "ambiguous option: %(option)s could match %(matches)s": (
        "optie %(option)s is niet eenduidig: %(matches)s"
    ),
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "onbekende opdracht %(parser_name)r (kies uit: %(choices)s)"
    ),
    "can't open '%(filename)s': %(error)s": "kan '%(filename)s' niet openen: %(error)s",
    "ignored explicit argument %r": "waarde %r hoort hier niet bij",
    "unexpected option string: %s": "onverwachte optie: %s",
}
"""argparse's English text (exactly as in its source) and the Dutch shown instead."""


def _dutch(message: str) -> str:
    return DUTCH.get(message, message)


def _dutch_plural(singular: str, plural: str, n: int) -> str:
    return _dutch(singular if n == 1 else plural)


def speak(lang: Language) -> None:
    """Let argparse print its headings and errors in ``lang`` from now on."""
    if lang == "nl":
        argparse._ = _dutch  # type: ignore[attr-defined]
        argparse.ngettext = _dutch_plural  # type: ignore[attr-defined]
    else:
        argparse._ = gettext.gettext  # type: ignore[attr-defined]
        argparse.ngettext = gettext.ngettext  # type: ignore[attr-defined]
