"""Message catalogues: gettext ``.mo`` files read lazily, one per domain and language.

The words live in ``locale/<lang>/LC_MESSAGES/<domain>.po`` (the source of
truth, edited with Poedit or Weblate; see ``docs/translating.md``). The build
compiles them to ``.mo`` files (``hatch_build.py``); :func:`catalog` reads the
``.mo`` of a domain and language the first time it is asked for, with a small
reader of its own (the standard ``gettext`` module reads the locale's
environment and knows nothing of our missing-message rule).

Running from a checkout (``PYTHONPATH=src``), a ``.mo`` can be missing or older
than its ``.po``: then the ``.po`` is compiled with Babel (a test and build
dependency, never imported by an installed package) and the fresh ``.mo`` is
written next to it when the folder allows, so the next start reads it directly.

A message id with no text is an error (:class:`MissingMessage`), never the raw
id on screen: a test checks that every id the code uses is in both languages.

Another domain (``problems``, ``diff``, ...) uses the same machinery: put its
``<domain>.po`` beside ``interface.po`` in each language (the build compiles
every ``.po``) and word a message with
``catalog("problems", lang).format(key, **params)`` or ``.format_plural(key, n, ...)``.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

Language = Literal["nl", "en"]
"""The languages of the interface."""

LANGUAGES: tuple[Language, ...] = ("nl", "en")

LOCALE_DIR = Path(__file__).parent / "locale"

PSEUDO_ENV = "BURGERSCHAP_PSEUDO"
"""Set to 1 for the pseudo-locale (tests only): English, accented and stretched."""


class MissingMessage(LookupError):
    """A message id that the catalogue does not have."""


class Catalog:
    """The messages of one domain in one language."""

    # A plain class: @dataclass costs a few tenths of a millisecond at start-up.
    __slots__ = ("domain", "lang", "messages", "plural")

    def __init__(
        self,
        domain: str,
        lang: str,
        messages: dict[str, str | tuple[str, ...]],
        plural: Callable[[int], int],
    ) -> None:
        self.domain = domain
        self.lang = lang
        self.messages = messages
        """A message id and its text, or the tuple of its plural forms."""
        self.plural = plural
        """The index of the plural form for a number."""

    def text(self, key: str) -> str:
        found = self.messages.get(key)
        if found is None:
            raise MissingMessage(f"no message {key!r} in {self.lang}/{self.domain}")
        if not isinstance(found, str):
            raise MissingMessage(f"message {key!r} in {self.lang}/{self.domain} needs a number")
        return found

    def plural_text(self, key: str, n: int) -> str:
        found = self.messages.get(key)
        if found is None:
            raise MissingMessage(f"no message {key!r} in {self.lang}/{self.domain}")
        if isinstance(found, str):
            raise MissingMessage(f"message {key!r} in {self.lang}/{self.domain} has no plural")
        index = self.plural(n)
        return found[min(index, len(found) - 1)]

    def format(self, key: str, **params: Any) -> str:
        """The message ``key`` with ``params`` filled in (what :func:`burgerschap.i18n.t` does)."""
        text = self.text(key)
        return text.format(**params) if params else text

    def format_plural(self, key: str, n: int, **params: Any) -> str:
        """The form of ``key`` for ``n``, with ``{n}`` and ``params`` filled in."""
        return self.plural_text(key, n).format(n=n, **params)


_CACHE: dict[tuple[str, str], Catalog] = {}


def _pseudo_wanted() -> bool:
    return os.environ.get(PSEUDO_ENV, "") not in ("", "0")


_pseudo = _pseudo_wanted()


def catalog(domain: str, lang: str) -> Catalog:
    """The catalogue of ``domain`` in ``lang``, read on first use."""
    cache_key = (domain, lang)
    found = _CACHE.get(cache_key)
    if found is None:
        if _pseudo and _exists(domain, "en"):  # argparse's has Dutch only: left as it is
            from burgerschap.i18n.pseudo import pseudo_messages

            english = _load(domain, "en")
            found = Catalog(domain, "pseudo", pseudo_messages(english.messages), english.plural)
        else:
            found = _load(domain, lang)
        _CACHE[cache_key] = found
    return found


def forget() -> None:
    """Drop the catalogues read so far and read the pseudo-locale switch again (tests)."""
    global _pseudo
    _CACHE.clear()
    _pseudo = _pseudo_wanted()


def _exists(domain: str, lang: str) -> bool:
    folder = LOCALE_DIR / lang / "LC_MESSAGES"
    return (folder / f"{domain}.mo").exists() or (folder / f"{domain}.po").exists()


def _load(domain: str, lang: str) -> Catalog:
    folder = LOCALE_DIR / lang / "LC_MESSAGES"
    po, mo = folder / f"{domain}.po", folder / f"{domain}.mo"
    if po.exists() and (not mo.exists() or mo.stat().st_mtime_ns < po.stat().st_mtime_ns):
        try:
            data = compile_po(po)
        except ImportError:  # no Babel: a .mo built earlier is better than nothing
            if not mo.exists():
                raise
            data = mo.read_bytes()
        else:
            _write_quietly(mo, data)
    else:
        data = mo.read_bytes()
    messages, plural_forms = read_mo(data)
    return Catalog(domain, lang, messages, plural_function(plural_forms))


def compile_po(po: Path) -> bytes:
    """The ``.mo`` bytes of ``po``, compiled with Babel (checkouts and builds only)."""
    from io import BytesIO

    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po.open("rb") as f:
        parsed = read_po(f)
    out = BytesIO()
    write_mo(out, parsed, use_fuzzy=False)
    return out.getvalue()


def _write_quietly(mo: Path, data: bytes) -> None:
    # A cache for the next start; a read-only folder only costs the compile again.
    temporary = mo.with_name(f".{mo.name}.{os.getpid()}.tmp")
    try:
        temporary.write_bytes(data)
        os.replace(temporary, mo)
    except OSError:
        temporary.unlink(missing_ok=True)


def read_mo(data: bytes) -> tuple[dict[str, str | tuple[str, ...]], str]:
    """The messages of a GNU ``.mo`` file and its Plural-Forms header.

    A plural message maps its (singular) id to the tuple of its forms.
    """
    magic = struct.unpack("<I", data[:4])[0]
    order = "<" if magic == 0x950412DE else ">"
    _, count, ids_at, strs_at = struct.unpack(f"{order}4I", data[4:20])
    ids = struct.iter_unpack(f"{order}2I", data[ids_at : ids_at + 8 * count])
    strs = struct.iter_unpack(f"{order}2I", data[strs_at : strs_at + 8 * count])
    messages: dict[str, str | tuple[str, ...]] = {}
    plural_forms = ""
    for (id_len, id_at), (str_len, str_at) in zip(ids, strs, strict=True):
        msgid = data[id_at : id_at + id_len].decode()
        msgstr = data[str_at : str_at + str_len].decode()
        if not msgid:
            for line in msgstr.splitlines():
                name, _, value = line.partition(":")
                if name.strip().lower() == "plural-forms":
                    plural_forms = value.strip()
        elif "\x00" in msgid:
            messages[msgid.partition("\x00")[0]] = tuple(msgstr.split("\x00"))
        else:
            messages[msgid] = msgstr
    return messages, plural_forms


def _one_or_other(n: int) -> int:
    return int(n != 1)


def plural_function(plural_forms: str) -> Callable[[int], int]:
    """The form index for ``n`` from a Plural-Forms header (``nplurals=2; plural=(n != 1);``)."""
    expression = plural_forms.partition("plural=")[2].strip().rstrip(";").strip()
    if expression.replace(" ", "") in ("", "(n!=1)", "n!=1"):
        return _one_or_other  # Dutch and English: no need for gettext's parser
    import gettext  # other languages' rules, parsed safely by the standard library

    return gettext.c2py(expression)
