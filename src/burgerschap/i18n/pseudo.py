"""The pseudo-locale: English made longer and accented, to find words left untranslated.

A test language only (``BURGERSCHAP_PSEUDO=1``), never offered to users.
"Quit" becomes "«Qûíţ··»": every letter is accented, so a plain ASCII word
on a screen did not come from a catalogue; the text is about 40% longer (as
Dutch and German often are), so a label that is cut off shows where a screen
has no room to spare; the guillemets show where each message starts and ends.
``{params}`` and markup tags stay as they are.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "áƀçđéƒĝĥíĵķļɱñóþǫŕšţûṽŵẋýžÁƁÇĐÉƑĜĤÍĴĶĻṀÑÓÞǪŔŠŢÛṼŴẊÝŽ",
)

KEEP = re.compile(r"\{[^{}]*\}|\[/?[a-z$@#][^\]]*\]|\\n|\n")
"""Parts left as they are: format fields, markup tags, line breaks."""

GROWTH = 0.4


def pseudo_text(text: str) -> str:
    """``text`` accented and about 40% longer, between guillemets."""
    if not text:
        return text
    out: list[str] = []
    visible = 0
    at = 0
    for match in KEEP.finditer(text):
        part = text[at : match.start()]
        out.append(part.translate(ACCENTED))
        visible += len(part)
        out.append(match.group())
        at = match.end()
    tail = text[at:]
    out.append(tail.translate(ACCENTED))
    visible += len(tail)
    padding = "·" * max(1, round(visible * GROWTH))
    return f"«{''.join(out)}{padding}»"


def pseudo_messages(
    english: Mapping[str, str | tuple[str, ...]],
) -> dict[str, str | tuple[str, ...]]:
    """The pseudo-locale's messages, made from the English ones (plural forms each)."""
    return {
        key: pseudo_text(value) if isinstance(value, str) else tuple(map(pseudo_text, value))
        for key, value in english.items()
    }
