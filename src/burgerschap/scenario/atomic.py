"""Writing files so that a crash never leaves half a file behind.

The data goes to a temporary file in the same folder, is flushed to disk,
and then renamed over the target: a reader sees the old file or the new one,
never a mix. A process killed in between leaves its hidden temporary file;
:func:`remove_stale_temporaries` clears those once they are clearly abandoned.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
import time
from pathlib import Path

STALE_AFTER = 3600.0
"""Seconds after which a temporary file of :func:`atomic_write` is abandoned (a write takes
milliseconds)."""


def atomic_write(path: Path, data: bytes, *, exclusive: bool = False) -> None:
    """Write ``data`` to ``path`` atomically.

    Args:
        exclusive: refuse (``FileExistsError``) when ``path`` exists, and never
            replace it, even when another writer creates it at the same moment.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    if exclusive and path.exists():
        raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(path))
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if exclusive:
            # link() fails if the target exists, unlike rename(): no overwrite race.
            os.link(tmp, path)
            tmp.unlink()
        else:
            os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    _fsync_dir(path.parent)


def remove_stale_temporaries(folder: Path, *, now: float | None = None) -> list[Path]:
    """Delete temporary files :func:`atomic_write` left in ``folder`` over an hour ago.

    Only names this module makes (``.<name>.<random>.tmp``) are touched; a
    younger one may belong to a write still under way. Returns what was removed;
    a file that cannot be removed is left (and not listed).
    """
    now = time.time() if now is None else now
    removed: list[Path] = []
    try:
        candidates = list(folder.glob(".*.tmp"))
    except OSError:
        return removed
    for path in candidates:
        try:
            if path.is_file() and now - path.stat().st_mtime > STALE_AFTER:
                path.unlink()
                removed.append(path)
        except OSError:
            continue
    return removed


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
