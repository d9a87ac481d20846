"""Where the class plays: the served address as text and as a QR code, for the board.

A QR code on the board gets thirty phones and laptops to the right page
without anyone typing an address. The code is drawn with half-block
characters, two modules per character cell, black on white whatever the
terminal's colours, with the quiet zone the standard asks for. Pure text, so
the dashboard can show the same code full-screen, and a test can read it back.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path

import segno

QUIET_ZONE = 4
"""Light modules around the code (the QR standard's quiet zone)."""

_CELLS = {(False, False): " ", (True, False): "▀", (False, True): "▄", (True, True): "█"}
"""(top dark, bottom dark) -> the character drawn in black ink on a white cell."""


def qr_lines(text: str) -> list[str]:
    """``text`` as a QR code: one string per two rows of modules; ink is dark."""
    matrix = segno.make(text, error="m", micro=False).matrix
    size = len(matrix)
    side = size + 2 * QUIET_ZONE

    def dark(row: int, col: int) -> bool:
        r, c = row - QUIET_ZONE, col - QUIET_ZONE
        return 0 <= r < size and 0 <= c < size and bool(matrix[r][c])

    return [
        "".join(_CELLS[dark(row, col), dark(row + 1, col)] for col in range(side))
        for row in range(0, side, 2)
    ]


def modules(lines: Sequence[str]) -> list[list[bool]]:
    """The modules :func:`qr_lines` drew, read back from its characters (for tests)."""
    top = {char: pair[0] for pair, char in _CELLS.items()}
    bottom = {char: pair[1] for pair, char in _CELLS.items()}
    grid: list[list[bool]] = []
    for line in lines:
        grid.append([top[c] for c in line])
        grid.append([bottom[c] for c in line])
    return grid


def join_url(address: str, code: str | None = None) -> str:
    """The page students open; with ``code``, the join screen has it filled in."""
    return f"{address}?code={code}" if code else address


BOARD_FILE = "serve.json"
"""In the data folder while ``serve`` runs: its addresses, for the teacher's dashboard."""


def write_board(folder: Path, addresses: Sequence[str]) -> Path:
    """Tell the dashboard where the class can play; removed by :func:`clear_board`."""
    from burgerschap.scenario.atomic import atomic_write

    path = folder / BOARD_FILE
    data = {"addresses": list(addresses), "pid": os.getpid()}
    atomic_write(path, json.dumps(data).encode("utf-8"))
    return path


def clear_board(folder: Path) -> None:
    path = folder / BOARD_FILE
    try:
        if json.loads(path.read_text("utf-8")).get("pid") == os.getpid():
            path.unlink()
    except (OSError, ValueError, AttributeError):
        pass


def read_board(folder: Path) -> list[str]:
    """The addresses of a ``serve`` that runs now on this computer, or none."""
    try:
        data = json.loads((folder / BOARD_FILE).read_text("utf-8"))
        pid = int(data["pid"])
        os.kill(pid, 0)  # still running?
    except (OSError, ValueError, KeyError, TypeError):
        return []
    found = data.get("addresses")
    return [a for a in found if isinstance(a, str)] if isinstance(found, list) else []
