"""Nicknames: the only thing the game stores about who a student is.

No accounts and no e-mail addresses: a nickname is short, trimmed, made of
letters, digits, spaces and ``- _ . '``, and starts with a letter or digit
(so a spreadsheet never reads it as a formula). "Sam" and "sam" are the
same student in a lesson.
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
    return text


def nickname_key(nickname: str) -> str:
    """What two spellings of one nickname share: "Sam" and "sam" give the same key."""
    return unicodedata.normalize("NFC", nickname).casefold()


def _word_char(char: str) -> bool:
    return unicodedata.category(char)[0] in "LN"
