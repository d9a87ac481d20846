"""Expected faults of the command line, as one line in the user's language.

A corrupt or locked database, a read-only folder, a full disk, a missing file
or a closed pipe are the user's situation, not a bug: :func:`fault_message`
words them, and :func:`burgerschap.cli.main` prints that line and exits with 1
instead of a traceback. Anything else is a bug and still raises.
"""

from __future__ import annotations

import errno
import sqlite3

from burgerschap.i18n import t
from burgerschap.settings import Language

_OS_KEYS = {
    errno.ENOSPC: "cli.fault.disk_full",
    errno.EDQUOT: "cli.fault.disk_full",
    errno.EACCES: "cli.fault.no_permission",
    errno.EPERM: "cli.fault.no_permission",
    errno.EROFS: "cli.fault.read_only",
    errno.ENOENT: "cli.fault.missing",
    errno.EISDIR: "cli.fault.is_folder",
    errno.EEXIST: "cli.fault.exists",
    errno.ENOTDIR: "cli.fault.missing",
}


def fault_message(error: BaseException, lang: Language, database: str) -> str | None:
    """One line for an expected fault, or None when ``error`` is a bug."""
    if isinstance(error, sqlite3.Error):
        return t(_database_key(str(error)), lang, path=database)
    if isinstance(error, OSError):
        where = error.filename if error.filename is not None else database
        key = _OS_KEYS.get(error.errno or 0, "cli.fault.os")
        return t(key, lang, path=where, reason=error.strerror or type(error).__name__)
    return None


def _database_key(text: str) -> str:
    text = text.lower()
    if "locked" in text or "busy" in text:
        return "cli.fault.db_locked"
    if "readonly" in text or "read-only" in text:
        return "cli.fault.db_read_only"
    if "disk is full" in text or "database or disk is full" in text:
        return "cli.fault.disk_full"
    if "unable to open" in text:
        return "cli.fault.db_open"
    return "cli.fault.db_corrupt"
