"""Join codes: six characters a class can read off the board without mistakes.

The alphabet leaves out every character that looks like another (0/O/Q/D,
1/I/L, 2/Z, 5/S, 6/G, 8/B, U/V) and all vowels, so that no code spells a
word. 17 characters to the power 6 is 24 million codes; uniqueness is
guaranteed by the database, which refuses a code already in use.
"""

from __future__ import annotations

import secrets

ALPHABET = "CFHJKMNPRTWXY3479"
LENGTH = 6


def new_code() -> str:
    """A random code (not yet checked against the lessons in the store)."""
    return "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


def normalise_code(text: str) -> str:
    """What a student typed, as stored: upper case, without spaces or dashes."""
    return "".join(c for c in text.upper() if not c.isspace() and c != "-")
