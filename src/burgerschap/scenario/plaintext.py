"""Text from outside the code, made safe to keep and to show.

Scenario files, Twine stories, nicknames, reflections, hand-in files and
``settings.json`` are written by people, not by this program. Such text must
never steer a terminal: an escape character (however it was written) starts a
sequence that can write the clipboard (OSC 52), ask the terminal to type
bytes back (device-attribute queries) or move the cursor over other text. And
bidirectional overrides make text read differently from what it holds.

What counts as unsafe (:data:`UNSAFE`):

- C0 control characters except newline and tab (so also ESC, BEL, CR, NUL);
- DEL and the C1 control characters U+0080-U+009F (U+009B is a one-character
  CSI in some terminals);
- the bidirectional embeddings, overrides and isolates U+202A-U+202E and
  U+2066-U+2069.

The loader refuses them in a scenario (a teacher's file should not hold them);
every other way in drops them with :func:`plain_text` (or :func:`plain_line`
for one-line values such as a nickname). Showing text is the other half: see
``docs/plain-text.md``. Pure Python and tiny: the settings, the classroom and
the command line import it on their start-up path.
"""

from __future__ import annotations

import re

_CONTROL = "\x00-\x08\x0b-\x1f\x7f-\x9f"
_BIDI = "\u202a-\u202e\u2066-\u2069"
UNSAFE = re.compile(f"[{_CONTROL}{_BIDI}]")
"""One unsafe character: control (not newline or tab), DEL, C1, or a bidi override."""
UNSAFE_IN_FILE = re.compile(f"(?!\r)[{_CONTROL}{_BIDI}]")
"""As :data:`UNSAFE`, but a carriage return may stand in a file: it ends a line there."""

_BREAKS = re.compile("\r\n?")
_LINE_BREAKS = re.compile("[\n\t\u2028\u2029]+")


def is_bidi(char: str) -> bool:
    """True for the bidirectional overrides and isolates among :data:`UNSAFE`."""
    return "\u202a" <= char <= "\u202e" or "\u2066" <= char <= "\u2069"


def find_unsafe(text: str) -> int:
    """The index of the first unsafe character in ``text``, or -1 when there is none."""
    found = UNSAFE.search(text)
    return -1 if found is None else found.start()


def plain_text(text: str) -> str:
    """``text`` without unsafe characters; Windows and old Mac line ends become newlines."""
    if not UNSAFE.search(text):
        return text  # the usual case, and no copy
    return UNSAFE.sub("", _BREAKS.sub("\n", text))


def plain_line(text: str) -> str:
    """As :func:`plain_text`, on one line: line breaks and tabs become one space."""
    return _LINE_BREAKS.sub(" ", plain_text(text))


def escape_unsafe(text: str) -> str:
    """Unsafe characters written as ``\\uXXXX``: for JSON, where the data must stay whole.

    In JSON text (``json.dumps``) this is valid: an unsafe character can only
    stand inside a string there, and ``\\u`` escapes are what JSON uses.
    """
    return UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def unicode_name(char: str) -> str:
    """``U+001B``: how a message names a character that cannot be shown."""
    return f"U+{ord(char):04X}"
