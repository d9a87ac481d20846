"""How many students this machine can serve: the default of ``serve --max-students``.

A forked game costs about 20 MiB of memory (PSS) once thirty are running;
40 fresh processes used to push a 4 GB school laptop into swap. The default
class size is what fits in the memory that is free now, with room to spare,
and at most :data:`CAP`.
"""

from __future__ import annotations

from pathlib import Path

CAP = 40
STUDENT_MEMORY = 32 * 1024 * 1024
"""Bytes to count per student: a session's PSS with margin for what it does later."""
SHARE = 0.75
"""Of the free memory, what the class may use; the rest stays for the teacher's machine."""


def available_memory(meminfo: Path = Path("/proc/meminfo")) -> int | None:
    """Bytes of memory available now (Linux's MemAvailable), or None where unknown."""
    try:
        for line in meminfo.read_text().splitlines():
            if line.startswith("MemAvailable:"):
                return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        return None
    return None


def default_class_size(available: int | None = None) -> int:
    """Students that fit in ``available`` bytes (default: what is free now), 1 to :data:`CAP`."""
    free = available_memory() if available is None else available
    if free is None:
        return CAP
    return max(1, min(CAP, int(free * SHARE) // STUDENT_MEMORY))
