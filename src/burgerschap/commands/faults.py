"""Expected faults of the command line, as one line in the user's language.

A corrupt or locked database, a read-only folder, a full disk, a missing file
or a closed pipe are the user's situation, not a bug: :func:`fault_message`
words them, and :func:`burgerschap.cli.main` prints that line and exits with 1
instead of a traceback. Anything else is a bug and still raises.
"""

from __future__ import annotations

import errno
import sqlite3

from burgerschap.classroom.engines.base import DatabaseError, FaultKind
from burgerschap.classroom.engines.sqlite import fault_kind
from burgerschap.i18n import N_, Language, t

_OS_KEYS = {
    errno.ENOSPC: N_("cli.fault.disk_full"),
    errno.EDQUOT: N_("cli.fault.disk_full"),
    errno.EACCES: N_("cli.fault.no_permission"),
    errno.EPERM: N_("cli.fault.no_permission"),
    errno.EROFS: N_("cli.fault.read_only"),
    errno.ENOENT: N_("cli.fault.missing"),
    errno.EISDIR: N_("cli.fault.is_folder"),
    errno.EEXIST: N_("cli.fault.exists"),
    errno.ENOTDIR: N_("cli.fault.missing"),
}


_DATABASE_KEYS: dict[FaultKind, str] = {
    "locked": N_("cli.fault.db_locked"),
    "read_only": N_("cli.fault.db_read_only"),
    "disk_full": N_("cli.fault.disk_full"),
    "open": N_("cli.fault.db_open"),
    "corrupt": N_("cli.fault.db_corrupt"),
    "unreachable": N_("cli.fault.db_unreachable"),
    "other": N_("cli.fault.db_other"),
}


def fault_message(error: BaseException, lang: Language, database: str) -> str | None:
    """One line for an expected fault, or None when ``error`` is a bug.

    ``database`` names the store as it may be shown (a URL's password masked).
    """
    if isinstance(error, DatabaseError | sqlite3.Error):
        kind = error.kind if isinstance(error, DatabaseError) else fault_kind(str(error))
        return t(_DATABASE_KEYS[kind], lang, path=database, reason=str(error))
    if isinstance(error, OSError):
        where = error.filename if error.filename is not None else database
        key = _OS_KEYS.get(error.errno or 0, N_("cli.fault.os"))
        return t(key, lang, path=where, reason=error.strerror or type(error).__name__)
    return None
