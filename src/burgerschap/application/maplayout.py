"""The scenario map drawn with box characters, as rows of styled runs.

Pure layout, no interface code: :func:`draw` turns a
:class:`~burgerschap.scenario.diagram.ScenarioMap` into lines, each a list of
``(text, style)`` runs with semantic style names (``story``, ``question``,
``ending``, ``start``, ``dead``, ``unreachable``, ``edge``, ``missing``) that
the map widget turns into colours.

Nodes stand in columns by their distance from the start (unreachable ones in
a last column). A link to the next column is drawn as a line with its own
track, so links do not merge; a link that goes back, skips columns or leads
to a missing node is written inside the box as ``↪ name``.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

from burgerschap.scenario.diagram import MapNode, ScenarioMap

BOX_WIDTH = 22
ROW_GAP = 1
N, E, S, W = 1, 2, 4, 8
LINES = {
    N | S: "│",
    E | W: "─",
    S | E: "┌",
    S | W: "┐",
    N | E: "└",
    N | W: "┘",
    N | S | E: "├",
    N | S | W: "┤",
    E | W | S: "┬",
    E | W | N: "┴",
    N | E | S | W: "┼",
    N: "│",
    S: "│",
    E: "─",
    W: "─",
}
BORDERS = {
    "story": "┌┐└┘─│",
    "question": "╔╗╚╝═║",
    "ending": "╭╮╰╯─│",
}
DASHED = "┌┐└┘┄┆"

Run = tuple[str, str]


@dataclass
class _Box:
    node: MapNode
    col: int
    x: int = 0
    y: int = 0
    notes: list[str] = field(default_factory=list)

    @property
    def height(self) -> int:
        return 3 + len(self.notes)


def columns(graph: ScenarioMap) -> dict[str, int]:
    """Each node's column: its distance from the start; unreachable ones after the last."""
    succ: dict[str, list[str]] = {n.id: [] for n in graph.nodes}
    for edge in graph.edges:
        if edge.target in succ:
            succ[edge.source].append(edge.target)
    start = next((n.id for n in graph.nodes if n.start), None)
    depth: dict[str, int] = {}
    if start is not None:
        depth[start] = 0
        queue = deque([start])
        while queue:
            current = queue.popleft()
            for target in succ[current]:
                if target not in depth:
                    depth[target] = depth[current] + 1
                    queue.append(target)
    last = max(depth.values(), default=-1) + 1
    return {n.id: depth.get(n.id, last) for n in graph.nodes}


def draw(graph: ScenarioMap, width: int = BOX_WIDTH) -> list[list[Run]]:
    """The map as lines of styled runs."""
    if not graph.nodes:
        return []
    col_of = columns(graph)
    boxes = {n.id: _Box(n, col_of[n.id]) for n in graph.nodes}
    count = max(col_of.values()) + 1
    tracks: list[list[tuple[str, str]]] = [[] for _ in range(count)]
    for edge in graph.edges:
        box = boxes[edge.source]
        target = boxes.get(edge.target)
        if target is not None and target.col == box.col + 1:
            pair = (edge.source, edge.target)
            if pair not in tracks[box.col]:
                tracks[box.col].append(pair)
        elif f"↪ {edge.target}" not in box.notes:
            box.notes.append(f"↪ {edge.target}")
    # Place the boxes.
    x = 0
    col_x: list[int] = []
    for col in range(count):
        col_x.append(x)
        x += width + 3 + 2 * len(tracks[col])
    heights = [0] * count
    for box in boxes.values():
        box.x, box.y = col_x[box.col], heights[box.col]
        heights[box.col] += box.height + ROW_GAP
    total_w, total_h = x, max(heights)
    grid = [[" "] * total_w for _ in range(total_h)]
    style = [[""] * total_w for _ in range(total_h)]
    masks = [[0] * total_w for _ in range(total_h)]
    # Links to the next column, each on its own vertical track.
    for col, pairs in enumerate(tracks):
        for k, (source_id, target_id) in enumerate(pairs):
            a, b = boxes[source_id], boxes[target_id]
            y1, y2 = a.y + 1, b.y + 1
            track = col_x[col] + width + 1 + 2 * k
            _hline(masks, y1, col_x[col] + width, track)
            _vline(masks, track, y1, y2)
            _hline(masks, y2, track, b.x - 1)
            grid[y2][b.x - 1] = "▶"
            style[y2][b.x - 1] = "edge"
    for y, row in enumerate(masks):
        for x2, mask in enumerate(row):
            if mask and grid[y][x2] == " ":
                grid[y][x2] = LINES.get(mask, "┼")
                style[y][x2] = "edge"
    for box in boxes.values():
        _box(grid, style, box, width)
    return [_runs(line, styles) for line, styles in zip(grid, style, strict=True)]


def _hline(masks: list[list[int]], y: int, x1: int, x2: int) -> None:
    lo, hi = sorted((x1, x2))
    for x in range(lo, hi + 1):
        if x > lo:
            masks[y][x] |= W
        if x < hi:
            masks[y][x] |= E


def _vline(masks: list[list[int]], x: int, y1: int, y2: int) -> None:
    lo, hi = sorted((y1, y2))
    for y in range(lo, hi + 1):
        if y > lo:
            masks[y][x] |= N
        if y < hi:
            masks[y][x] |= S


def _fit(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _box(grid: list[list[str]], style: list[list[str]], box: _Box, width: int) -> None:
    node = box.node
    chars = DASHED if node.unreachable else BORDERS[node.kind]
    tl, tr, bl, br, h, v = list(chars)
    if node.kind == "ending" and node.unreachable:
        tl, tr, bl, br = list("╭╮╰╯")
    name = _fit(("★ " if node.start else "") + node.id, width - 4)
    top = tl + h + name + h * (width - 3 - len(name)) + tr
    lines = [top, v + " " + _fit(node.label, width - 4).ljust(width - 3) + v]
    lines += [v + " " + _fit(note, width - 4).ljust(width - 3) + v for note in box.notes]
    lines.append(bl + h * (width - 2) + br)
    kind = "unreachable" if node.unreachable else "dead" if node.dead_end else node.kind
    for dy, line in enumerate(lines):
        for dx, char in enumerate(line):
            grid[box.y + dy][box.x + dx] = char
            style[box.y + dy][box.x + dx] = kind
    if node.start:
        for dx in range(2, 2 + len(name)):
            style[box.y][box.x + dx] = "start"
    for dy in range(len(box.notes)):
        for dx in range(2, width - 1):
            style[box.y + 2 + dy][box.x + dx] = "note"


def _runs(chars: list[str], styles: list[str]) -> list[Run]:
    runs: list[Run] = []
    for char, name in zip(chars, styles, strict=True):
        if runs and runs[-1][1] == name:
            runs[-1] = (runs[-1][0] + char, name)
        else:
            runs.append((char, name))
    if runs and runs[-1][1] == "" and not runs[-1][0].strip():
        runs.pop()
    return runs
