"""Start-up to the home screen, against a bare Textual app that shows one line.

Each start is a fresh process in a pseudo-terminal of 80x24 with a real
terminal driver (see ``tui_harness.py`` for what "shown" means exactly). The
clock runs from just before the process is spawned until the harness reports
the first frame, so it includes the interpreter, every import and the first
render, as a student waiting at the terminal sees it. Starts of the game and
of the bare app alternate, several of each, and the medians are compared:
goal at most 1.3x.

Also reported: the time until the home screen lists the library for a
returning student (drawn from the index the previous start left; goal at
most 1.3x), the time until the scan that runs in a worker after the first
frame has replaced that list, and the peak resident memory (``VmHWM``) of the
game then, beside the bare app's.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import pty
import select
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from pathlib import Path

HARNESS = Path(__file__).with_name("tui_harness.py")
REPEATS = int(os.environ.get("BURGERSCHAP_BENCH_REPEATS", "15"))
SIZE = (24, 80)


def start_once(mode: str, home: Path, timeout: float = 60.0) -> tuple[float, int]:
    """Seconds until ``mode`` showed its first frame, and its peak RSS in KiB then."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", *SIZE, 0, 0))
    read_end, write_end = os.pipe()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TEXTUAL", "BURGERSCHAP"))}
    env.update(
        TERM="xterm-256color",
        COLORTERM="truecolor",
        BURGERSCHAP_HOME=str(home),
        BENCH_FD=str(write_end),
    )
    env.pop("NO_COLOR", None)
    # An installed game has its bytecode compiled by pip, as Textual's is; an editable
    # checkout only has it if Python may write it. Without this the game alone would
    # pay for compiling its modules on every start (this machine sets the variable).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, str(HARNESS), mode],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        pass_fds=(write_end,),
        env=env,
        start_new_session=True,
    )
    os.close(slave)
    os.close(write_end)
    line = b""
    try:
        while not line.endswith(b"\n"):
            ready, _, _ = select.select([master, read_end], [], [], timeout)
            if not ready:
                raise TimeoutError(f"{mode} did not start within {timeout} s")
            if read_end in ready:
                chunk = os.read(read_end, 100)
                if not chunk:
                    raise RuntimeError(f"{mode} exited before it was shown")
                line += chunk
            if master in ready:
                with contextlib.suppress(OSError):  # the terminal must be read, or the app blocks
                    os.read(master, 65536)
        elapsed = time.perf_counter() - start
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        os.close(master)
        os.close(read_end)
    word, rss, screen = line.decode().split()
    assert word == "shown"
    expected = "Screen" if mode == "bare" else "HomeScreen"
    assert screen == expected, f"{mode} showed {screen}, not {expected}"
    return elapsed, int(rss)


def _home() -> Path:
    """A data folder of a returning student: a nickname, no games yet."""
    from burgerschap.settings import Settings, save_settings

    home = Path(tempfile.mkdtemp(prefix="burgerschap-bench-"))
    save_settings(Settings(nickname="Bench"), home / "settings.json")
    return home


def main() -> list[dict[str, object]]:
    home = _home()
    modes = ("bare", "game", "game-library", "game-scanned")
    times: dict[str, list[float]] = {m: [] for m in modes}
    rss: dict[str, list[int]] = {m: [] for m in modes}
    for mode in modes:  # warm the file cache and .pyc files; not counted
        start_once(mode, home)
    for _ in range(5):  # a returning student: the index the last start left (not counted)
        if (home / "home-index.json").is_file():
            break
        start_once("game-scanned", home)
    for _ in range(REPEATS):
        for mode in modes:
            seconds, peak = start_once(mode, home)
            times[mode].append(seconds)
            rss[mode].append(peak)
    med = {m: statistics.median(v) for m, v in times.items()}
    mem = {m: statistics.median(v) / 1024 for m, v in rss.items()}
    return [
        {
            "name": "bare Textual app, one line",
            "value": round(med["bare"] * 1000),
            "unit": "ms",
            "goal": "",
            "note": f"median of {REPEATS}",
        },
        {
            "name": "game, home screen shown",
            "value": round(med["game"] * 1000),
            "unit": "ms",
            "goal": "",
        },
        {
            "name": "  vs bare app",
            "value": round(med["game"] / med["bare"], 2),
            "unit": "x",
            "goal": "<= 1.3x",
        },
        {
            "name": "game, home screen with the library listed",
            "value": round(med["game-library"] * 1000),
            "unit": "ms",
            "goal": "",
            "note": "a returning student: the list from the last start's index",
        },
        {
            "name": "  vs bare app",
            "value": round(med["game-library"] / med["bare"], 2),
            "unit": "x",
            "goal": "<= 1.3x",
        },
        {
            "name": "game, library scanned and listed",
            "value": round(med["game-scanned"] * 1000),
            "unit": "ms",
            "goal": "",
            "note": f"{med['game-scanned'] / med['bare']:.2f}x the bare app",
        },
        {
            "name": "peak memory, bare app",
            "value": round(mem["bare"], 1),
            "unit": "MiB",
            "goal": "",
        },
        {
            "name": "peak memory, game with library",
            "value": round(mem["game-scanned"], 1),
            "unit": "MiB",
            "goal": "",
            "note": "peak RSS (VmHWM)",
        },
        {
            "name": "  vs bare app",
            "value": round(mem["game-scanned"] / mem["bare"], 2),
            "unit": "x",
            "goal": "",
        },
    ]


if __name__ == "__main__":
    for row in main():
        print(f"{row['name']:<36} {row['value']:>8} {row['unit']:<3} {row['goal']}")
