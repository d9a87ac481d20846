"""Where a store is, and how that may be shown: a SQLite file or a database URL.

A :class:`~pathlib.Path` is a SQLite file; a string ``postgresql://...`` (or
``postgres://...``) is a PostgreSQL database, and ``sqlite:///path/to/file``
names a SQLite file as a URL. A PostgreSQL URL may hold a password:
:func:`mask` is all of a location any message or console line may show.

Apart from :mod:`burgerschap.classroom.engines` (which re-exports all of it)
so that the PostgreSQL engine, which that package opens, can use it without
importing its own parent package back (an import cycle).
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlsplit

Location = Path | str
"""A SQLite file, or a database URL."""

POSTGRES_SCHEMES = ("postgresql", "postgres")
SECRET_PARAMETERS = frozenset({"password", "sslpassword"})
"""libpq parameters in a URL's query that are secrets."""
MASK = "***"


def scheme(location: Location) -> str | None:
    """The URL scheme of ``location`` in lower case; None for a file path."""
    if isinstance(location, Path):
        return None
    head, sep, _ = location.partition(":")
    return head.lower() if sep and head.isalpha() and len(head) > 1 else None


def is_postgres(location: Location) -> bool:
    return scheme(location) in POSTGRES_SCHEMES


def is_url(text: str) -> bool:
    """Whether ``text`` is a database URL this program opens (PostgreSQL or SQLite)."""
    return scheme(text) in (*POSTGRES_SCHEMES, "sqlite")


def sqlite_path(location: Location) -> Path:
    """The file of a SQLite location: a path, or ``sqlite:///abs/path`` / ``sqlite:rel/path``."""
    if isinstance(location, Path) or scheme(location) != "sqlite":
        return Path(location)
    rest = location.partition(":")[2]
    if rest.startswith("///"):
        rest = rest[2:]  # sqlite:///tmp/x -> /tmp/x
    elif rest.startswith("//"):
        rest = rest[2:]
    return Path(unquote(rest)).expanduser()


def password(location: Location) -> str | None:
    """The password as written in a PostgreSQL URL (``user:pw@`` or ``?password=``), if any."""
    if not is_postgres(location):
        return None
    assert isinstance(location, str)
    parts = urlsplit(location)
    userinfo, at, _hosts = parts.netloc.rpartition("@")
    if at and ":" in userinfo:
        return userinfo.partition(":")[2]
    for item in parts.query.split("&"):
        key, _, value = item.partition("=")
        if key.lower() == "password":
            return value
    return None


def mask(location: Location) -> str:
    """``location`` as it may be shown: a PostgreSQL URL without its password."""
    if not is_postgres(location):
        return str(sqlite_path(location)) if scheme(location) == "sqlite" else str(location)
    assert isinstance(location, str)
    parts = urlsplit(location)
    userinfo, at, hosts = parts.netloc.rpartition("@")
    netloc = parts.netloc
    if at and ":" in userinfo:
        netloc = f"{userinfo.partition(':')[0]}:{MASK}@{hosts}"
    query = "&".join(
        f"{key}={MASK}" if key.lower() in SECRET_PARAMETERS else f"{key}={value}"
        for key, value in (item.partition("=")[::2] for item in parts.query.split("&") if item)
    )
    shown = f"{parts.scheme}://{netloc}{parts.path}"
    return f"{shown}?{query}" if query else shown


def scrub(text: str, location: Location) -> str:
    """``text`` (a driver's error message, say) with the location's password masked."""
    secret = password(location)
    if secret:
        # As written in the URL (percent-encoded, perhaps) and as the server got it.
        forms = {secret, unquote(secret), unquote(secret.replace("+", " "))}
        for form in sorted(forms, key=len, reverse=True):  # the longest first
            text = text.replace(form, MASK) if form else text
    return text
