"""A process that saves scenario versions, for the crash-safety tests to kill.

Usage: ``python save_worker.py LIBRARY_DIR MODE [SEED]``

- ``MODE=loop``: save new versions of a generated scenario again and again.
- ``MODE=<point>``: save once and SIGKILL itself at that point inside
  :func:`atomic_write` (see :data:`POINTS`), by wrapping the ``os`` call that
  happens there. Only this process's ``os`` module is wrapped.

After every completed save it prints ``saved <file name> <sha256>`` and
flushes, so the parent knows which versions a crash must not touch. It prints
``ready`` once everything is imported.
"""

from __future__ import annotations

import hashlib
import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from generate import layered_scenario

from burgerschap.scenario import Scenario, load_text
from burgerschap.scenario.versions import save_version

POINTS = {
    "mid-write": "write",  # half the bytes written to the temporary file
    "before-fsync": "fsync",  # all bytes written, not yet flushed to disk
    "before-link": "link",  # temporary file complete, not yet linked as the version
    "after-link": "unlink",  # version linked, temporary file not yet removed
}


def _die(*_: Any, **__: Any) -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def _arm(point: str) -> None:
    """SIGKILL this process when ``atomic_write`` reaches ``point``."""
    call = POINTS[point]
    if call == "write":
        real_fdopen = os.fdopen

        class HalfThenDie:
            def __init__(self, handle: Any) -> None:
                self.handle = handle

            def __enter__(self) -> HalfThenDie:
                return self

            def __exit__(self, *exc: object) -> None:
                self.handle.close()

            def write(self, data: bytes) -> int:
                self.handle.write(data[: len(data) // 2])
                self.handle.flush()
                _die()
                return 0

        def fdopen(fd: int, *args: Any, **kwargs: Any) -> Any:
            return HalfThenDie(real_fdopen(fd, *args, **kwargs))

        os.fdopen = fdopen  # type: ignore[assignment]
    elif call == "unlink":
        real_link: Callable[..., None] = os.link

        def link(*args: Any, **kwargs: Any) -> None:
            real_link(*args, **kwargs)
            _die()

        os.link = link
    else:
        setattr(os, call, _die)


def main() -> None:
    library = Path(sys.argv[1])
    mode = sys.argv[2]
    doc = load_text(layered_scenario(60), "gen.yaml").document
    assert isinstance(doc, Scenario)
    doc = doc.model_copy(update={"id": "opslaan"})
    print("ready", flush=True)
    if mode != "loop":
        _arm(mode)
    while True:
        path = save_version(doc, library)
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        print(f"saved {path.name} {digest}", flush=True)
        if mode != "loop":
            return


if __name__ == "__main__":
    main()
