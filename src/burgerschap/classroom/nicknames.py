"""Nicknames: the only thing the game stores about who a student is.

No accounts and no e-mail addresses: a nickname is short, trimmed, made of
letters, digits, spaces and ``- _ . '``, and starts with a letter or digit
(so a spreadsheet never reads it as a formula).

A nickname is shown as the student typed it, but compared by its key
(:func:`nickname_key`): "Sam", "SAM", full-width "Ｓａｍ" and "Ѕаm" with
Cyrillic letters all name one student in a lesson.
"""

from __future__ import annotations

import unicodedata

from burgerschap.classroom.errors import NicknameError

MAX_LENGTH = 20
_EXTRA = frozenset(" -_.'")


def clean_nickname(raw: str) -> str:
    """The nickname as it will be stored: NFC, trimmed, inner spaces collapsed.

    Raises:
        NicknameError: when it may not be used; ``key`` says why.
    """
    text = " ".join(unicodedata.normalize("NFC", raw).split())
    if not text:
        raise NicknameError("nickname_empty")
    if "@" in text:
        raise NicknameError("nickname_email")
    if len(text) > MAX_LENGTH:
        raise NicknameError("nickname_too_long", max=MAX_LENGTH)
    if not _word_char(text[0]) or not all(_word_char(c) or c in _EXTRA for c in text):
        raise NicknameError("nickname_chars")
    if not nickname_key(text):  # letters that show nothing (a Hangul filler, say)
        raise NicknameError("nickname_chars")
    return text


def nickname_key(nickname: str) -> str:
    """What every spelling of one nickname shares: the key a lesson compares names by.

    NFKC (full-width and other compatibility forms become plain letters), then
    case folding, then the confusable skeleton of Unicode TS #39 (letters that
    look alike, such as Latin "a" and Cyrillic "а", become one): "Sam", "SAM"
    and "Ѕаm" give the same key. Case is folded before the skeleton, so that
    "KIM3" and "Kim3" agree; the price is that capital "I" and small "l" are
    not taken for each other (after folding there is no capital left).

    The skeleton comes from the ``disarm`` package (its bundled copy of
    Unicode's ``confusables.txt``), imported here and not at the top: only
    lessons need it, and it would slow down the start of the game.
    """
    from disarm import skeleton_key

    folded = unicodedata.normalize("NFKC", nickname).casefold()
    # "tr39": digits are in the skeleton too (1 and l, 0 and o look alike in a name).
    return skeleton_key(folded, digit_policy="tr39")


def _word_char(char: str) -> bool:
    return unicodedata.category(char)[0] in "LN"
