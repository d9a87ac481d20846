"""The home screen's list as it was last shown, kept in the data folder for the next start.

Scanning and validating the library takes a few hundred milliseconds, so a
returning student saw the banner at once but the list of scenarios only after
2.5 times the start-up of a bare Textual app. The home screen now writes what
its list showed (each item's plain text, the ids, titles, minutes and tags of
the files, and the files' stamps) to ``home-index.json``, and draws the list
from it in the first frame; the real scan follows in the background and
replaces the list. Nothing here is markup: a file edited by hand can change
what the first frame says for half a second, never what it does.

Pure JSON, no Textual: it runs before the first frame.
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path
from typing import Any, Literal, NamedTuple

INDEX_FILE = "home-index.json"
INDEX_VERSION = 1
MAX_BYTES = 256 * 1024

Kind = Literal["heading", "item", "note"]


# Named tuples, not dataclasses: this module is imported before the first frame, and a
# dataclass writes and compiles its methods at import (about half a millisecond each).


class Row(NamedTuple):
    """One line of the list: a heading, an item that can be opened, or a disabled note."""

    kind: Kind
    text: str
    id: str | None = None


class FileStamp(NamedTuple):
    """A library file as it was when the list was drawn: what, where, and its stamp."""

    path: str
    mtime_ns: int
    size: int
    ref: str = ""
    title: str = ""
    minutes: int = 0
    tags: tuple[str, ...] = ()


class HomeIndex(NamedTuple):
    lang: str
    rows: list[Row]
    files: list[FileStamp]

    def to_json(self) -> str:
        data = {
            "version": INDEX_VERSION,
            "lang": self.lang,
            "rows": [row._asdict() for row in self.rows],
            "files": [file._asdict() for file in self.files],
        }
        return json.dumps(data, ensure_ascii=False, sort_keys=True)


def read_index(folder: Path, lang: str) -> HomeIndex | None:
    """The index in ``folder`` for ``lang``; None when missing, damaged or in another language."""
    try:
        raw = (folder / INDEX_FILE).read_bytes()
        if len(raw) > MAX_BYTES:
            return None
        data: Any = json.loads(raw)
        if data.get("version") != INDEX_VERSION or data.get("lang") != lang:
            return None
        rows = [_row(item) for item in data["rows"]]
        files = [_stamp(item) for item in data["files"]]
    except (OSError, ValueError, RecursionError, TypeError, KeyError, AttributeError):
        return None
    return HomeIndex(lang, rows, files)


def _row(item: Any) -> Row:
    kind, text, ident = item["kind"], item["text"], item.get("id")
    if kind not in ("heading", "item", "note") or not isinstance(text, str):
        raise ValueError("not a row")
    if ident is not None and not isinstance(ident, str):
        raise ValueError("not an id")
    return Row(kind, text, ident)


def _stamp(item: Any) -> FileStamp:
    return FileStamp(
        path=str(item["path"]),
        mtime_ns=int(item["mtime_ns"]),
        size=int(item["size"]),
        ref=str(item.get("ref", "")),
        title=str(item.get("title", "")),
        minutes=int(item.get("minutes", 0)),
        tags=tuple(str(t) for t in item.get("tags", [])),
    )


def stamp(
    path: Path, ref: str = "", title: str = "", minutes: int = 0, tags: Any = ()
) -> FileStamp:
    """``path``'s stamp now (zeros when it cannot be read)."""
    try:
        info = path.stat()
        mtime, size = info.st_mtime_ns, info.st_size
    except OSError:
        mtime, size = 0, 0
    return FileStamp(str(path), mtime, size, ref, title, minutes, tuple(str(t) for t in tags))


def write_index(folder: Path, index: HomeIndex) -> None:
    """Keep ``index`` for the next start; a full disk or a read-only folder only costs speed."""
    from burgerschap.scenario.atomic import atomic_write

    with contextlib.suppress(OSError):
        atomic_write(folder / INDEX_FILE, index.to_json().encode("utf-8"))
