"""Plain advice for YAML that cannot be read because a line is indented wrongly.

libyaml says "mapping values are not allowed here" both for a value with
``: `` in it (which needs quotes) and for a key indented too far (which the
value above swallows); and "did not find expected key" for any line that
lines up with nothing. :func:`advice` looks at the lines around the error,
the keys, list items and lines of text above it and how far each is
indented, and says which line is off, by how many spaces, and what to line it
up with. Where a key could line up with more than one key above, it prefers
the one whose place in the format allows that key.

It reads lines, not YAML: it is only asked once libyaml has given up, and it
gives no advice (None) when the lines do not show a clear cause.
"""

from __future__ import annotations

from typing import Any

from burgerschap.scenario.yamllines import NO_SPACE, Level, Line, Lines, TextLine, owner_col

Advice = tuple[str, tuple[int, int], dict[str, Any]]
"""A message code, the position (line, column; 1-based) and the message's parameters."""


def advice(text: str, detail: str, where: tuple[int, int]) -> Advice | None:
    """Which line is indented wrongly and how to fix it, for libyaml's error ``detail``
    at ``where``; None when the lines around it show no clear cause."""
    lines = Lines(text)
    number, col = where
    if not 0 < number <= len(lines):
        return None
    stray = lines.stray_before(number)
    if stray is not None:
        return _stray(lines, stray)
    if number in lines.texts:
        return _text(lines, lines.texts[number])
    if "mapping values are not allowed" in detail:
        return _swallowed(lines, number, col)
    if "<document start>" in detail:
        return _top(lines)
    return _misaligned(lines, number, detail)


def _swallowed(lines: Lines, number: int, col: int) -> Advice | None:
    """A key that the value on the lines above took in: it stands too far to the right,
    or the key above it too far to the left. Not a ``: `` inside a value."""
    line = lines.get(number)
    if line is None or line.key is None or line.colon != col - 1:
        return None  # the ':' stands inside a value: that needs quotes
    above = lines.above(number)
    if not above:
        return None
    previous = above[0]
    if previous.key is None and not previous.item:
        missing = NO_SPACE.match(previous.content)
        if missing is not None:
            at = (previous.number, previous.key_col + missing.end() + 1)
            return "yaml_colon_space", at, {"key": missing.group("key")}
    if line.item:
        return _previous_off(lines, line) or _item(lines, line, lines.open_levels(number))
    owner = next((x for x in above if x.key is not None), None)
    if owner is None or line.indent <= owner.key_col:
        return None
    # The owner may be the first key under a key that ends in ':', not indented
    # further than that key, while this line is: then the owner is the one that is off.
    parent = next(iter(lines.above(owner.number)), None)
    if parent is not None and parent.opens and owner.key_col <= parent.key_col < line.indent:
        params = _key_params(owner, Level("key", line.indent, line), owner.key_col - line.indent)
        return "yaml_indent_left", (owner.number, owner.key_col + 1), params
    # The line may fit the keys above the owner: then the owner is the one that is off.
    for level in lines.open_levels(owner.number):
        if level.kind == "key" and level.col == line.indent:
            params = _key_params(owner, level, owner.key_col - level.col)
            return "yaml_indent_left", (owner.number, owner.key_col + 1), params
    levels = lines.open_levels(number)
    candidates = [x for x in levels if x.kind == "key" and x.col < line.indent]
    best = _nearest(line, _best_fits(lines, line, candidates, levels))
    if best is None:
        return None
    first = _first_off(lines, line, best)
    if first is not None:
        return first
    params = _key_params(line, best, line.indent - best.col)
    return "yaml_indent_right", (number, line.indent + 1), params


def _key_params(line: Line, sibling: Level, spaces: int) -> dict[str, Any]:
    return {
        "key": line.key,
        "spaces": abs(spaces),
        "sibling": sibling.line.key,
        "line": sibling.line.number,
    }


def _misaligned(lines: Lines, number: int, detail: str) -> Advice | None:
    """A key or a ``-`` that lines up with no key or ``-`` above it."""
    line = lines.get(number)
    if line is None or (line.key is None and not line.item):
        return None
    off = _previous_off(lines, line)
    if off is not None:
        return off
    levels = lines.open_levels(number)
    at = (number, line.indent + 1)
    if not line.item and "'-' indicator" in detail:
        found = _dash_missing(lines, line, levels)
        if found is not None:
            return found
    if line.item:
        return _item(lines, line, levels)
    child = _first_child(lines, line)
    if child is not None:
        return child
    candidates = [level for level in levels if level.kind == "key"]
    best = _nearest(line, _best_fits(lines, line, candidates, levels))
    if best is None or best.col == line.indent:
        return None
    first = _first_off(lines, line, best)
    if first is not None:
        return first
    spaces = line.indent - best.col
    code = "yaml_indent_right" if spaces > 0 else "yaml_indent_left"
    return code, at, _key_params(line, best, spaces)


def _previous_off(lines: Lines, line: Line) -> Advice | None:
    """The key above ``line`` stands too far to the left when ``line`` lines up with
    what was open before that key, deeper than it: that key closed it."""
    previous = next(iter(lines.above(line.number)), None)
    if previous is None or previous.key is None or previous.item:
        return None
    kind = "item" if line.item else "key"
    levels = lines.open_levels(previous.number)
    if line.indent <= previous.indent or not any(
        level.kind == kind and level.col == line.indent for level in levels
    ):
        return None
    deeper = [x for x in levels if x.kind == "key" and x.col > previous.indent]
    best = _nearest(previous, _best_fits(lines, previous, deeper, levels))
    if best is None:
        return None
    params = _key_params(previous, best, previous.indent - best.col)
    return "yaml_indent_left", (previous.number, previous.indent + 1), params


def _first_child(lines: Lines, line: Line) -> Advice | None:
    """The first key under a key that ends in ':' (``ending:``), not indented further
    than that key: it lines up with the keys after it."""
    above = lines.above(line.number)
    if not above or not above[0].opens or line.indent > above[0].key_col:
        return None
    parent = above[0]
    after = next(iter(lines.below(line.number)), None)
    if after is None or after.key is None or after.item:
        return None
    if after.key_col <= parent.key_col:
        return _parent_off(lines, line, parent)
    sibling = Level("key", after.key_col, after)
    params = _key_params(line, sibling, line.indent - after.key_col)
    return "yaml_indent_left", (line.number, line.indent + 1), params


def _parent_off(lines: Lines, line: Line, parent: Line) -> Advice | None:
    """``parent`` ends in ':' and ``line`` (its first key) is not indented further:
    when a key further down stands between them, lined up where ``parent``'s own
    mapping is, ``parent`` stands too far to the right."""
    outer = next((x for x in lines.open_levels(parent.number) if x.kind == "key"), None)
    floor = outer.col if outer is not None else -1
    for later in lines.below(line.number):
        if later.indent <= floor:
            return None
        if later.key is not None and not later.item and later.key_col < line.indent:
            params = _key_params(
                parent, Level("key", later.key_col, later), parent.key_col - later.key_col
            )
            return "yaml_indent_right", (parent.number, parent.key_col + 1), params
    return None


def _first_off(lines: Lines, line: Line, best: Level) -> Advice | None:
    """``best`` (where ``line`` should line up) is the first key under a key that ends
    in ':', and the keys after ``line`` line up with ``line``: then that first key
    is the one that is off."""
    first = best.line
    above = lines.above(first.number)
    if first.item:
        if not _agreed(lines, line):
            return None
        return _item_off(lines, first, first.key_col - line.indent)
    if not above or not above[0].opens or above[0].key_col >= first.key_col:
        return None
    usual = above[0].key_col + 2  # how far a key under a key usually stands
    if not _agreed(lines, line) and not (line.indent == usual != first.key_col):
        return None
    params = _key_params(first, Level("key", line.indent, line), first.key_col - line.indent)
    code = "yaml_indent_right" if first.key_col > line.indent else "yaml_indent_left"
    return code, (first.number, first.key_col + 1), params


def _agreed(lines: Lines, line: Line) -> bool:
    """A key further down lines up with ``line`` (before anything less indented)."""
    for later in lines.below(line.number):
        if later.indent < line.indent:
            return False
        if later.indent == line.indent and later.key is not None and not later.item:
            return True
    return False


def _item_off(lines: Lines, item: Line, spaces: int) -> Advice | None:
    """The ``-`` of ``item`` is ``spaces`` too far right (or left, below 0), when another
    ``-`` of its list stands where it should."""
    want = item.indent - spaces
    for other in [*lines.above(item.number), *lines.below(item.number)]:
        if other.item and other.indent == want:
            code = "yaml_item_right" if spaces > 0 else "yaml_item_left"
            params = {"spaces": abs(spaces), "line": other.number}
            return code, (item.number, item.indent + 1), params
    return None


def _best_fits(
    lines: Lines, line: Line, candidates: list[Level], levels: list[Level]
) -> list[Level]:
    """The candidates where ``line``'s key fits best (all of them when it fits nowhere)."""
    scores = [_fit(lines, line, level, levels) for level in candidates]
    top = max(scores, default=0)
    return [level for level, score in zip(candidates, scores, strict=True) if score == top]


def _nearest(line: Line, levels: list[Level]) -> Level | None:
    """The level nearest to where ``line`` stands; of two as near, the deeper one."""
    if not levels:
        return None
    return min(levels, key=lambda level: (abs(line.indent - level.col), -level.col))


def _fit(lines: Lines, line: Line, level: Level, levels: list[Level]) -> int:
    """How well the format allows ``line``'s key beside ``level``'s key and the other
    keys of its mapping (the keys tell a story node from an ending): see
    :func:`~burgerschap.scenario.suggest.fits`."""
    from burgerschap.scenario.suggest import fits

    path: list[str | int] = []
    start = 1
    for outer in reversed(levels):
        if outer.col >= level.col:
            continue
        start = outer.line.number
        if outer.kind == "item":
            path.append(0)
        elif outer.line.key is not None:
            path.append(outer.line.key)
    siblings = {
        x.key
        for x in lines.lines[start - 1 : line.number - 1]
        if x is not None and x.key is not None and x.key_col == level.col
    }
    if line.key in siblings:
        return 0  # it would stand there twice
    return fits(tuple(path), {*siblings, line.key or ""})


def _item(lines: Lines, line: Line, levels: list[Level]) -> Advice | None:
    """A ``-`` that lines up with no ``-`` of its list: line it up with the one above,
    or (for the first item) with the next one."""
    parent = next((x for x in levels if x.kind == "key" and x.line.opens), None)
    floor = parent.col if parent is not None else 0
    items = [x for x in levels if x.kind == "item" and x.col >= floor]
    best = _nearest(line, items)
    if best is None:
        best = next(
            (Level("item", x.indent, x) for x in lines.below(line.number) if x.item),
            None,
        )
        if best is None or best.col < floor:
            return None
    spaces = line.indent - best.col
    if spaces == 0:
        return None
    code = "yaml_item_right" if spaces > 0 else "yaml_item_left"
    at = (line.number, line.indent + 1)
    return code, at, {"spaces": abs(spaces), "line": best.line.number}


def _dash_missing(lines: Lines, line: Line, levels: list[Level]) -> Advice | None:
    """A key where a list's ``-`` stands: a new item without its ``-`` when the item
    above has this key already, else a key of that item two spaces too far left."""
    item = next((x for x in levels if x.kind == "item" and x.col == line.indent), None)
    if item is None:
        return None
    first = item.line
    keys = {first.key} | {
        x.key
        for x in lines.lines[first.number : line.number - 1]
        if x is not None and x.indent == first.key_col
    }
    at = (line.number, line.indent + 1)
    if line.key in keys:
        return "yaml_dash_missing", at, {"key": line.key, "line": first.number}
    if first.key is None:
        return None
    sibling = Level("key", first.key_col, first)
    if not _fit(lines, line, sibling, levels):
        return None  # it belongs somewhere else altogether
    return "yaml_indent_left", at, _key_params(line, sibling, line.indent - first.key_col)


def _text(lines: Lines, text: TextLine) -> Advice | None:
    """A line of a block of text that is indented less than the block's first line:
    that first line stands too far to the right when the lines after it agree with
    each other, else this line too far to the left. Text two spaces right of its
    key is as it should be."""
    line, first = text.line, text.first
    if line.indent >= first.indent:
        return None
    rest = [t.line.indent for t in lines.texts.values() if t.first is first and t.line is not first]
    key = text.owner.key or "-"
    usual = owner_col(text.owner) + 2
    if first.indent != usual and (
        line.indent == usual or all(indent == line.indent for indent in rest)
    ):
        params = {"key": key, "spaces": first.indent - line.indent, "line": line.number}
        return "yaml_text_right", (first.number, first.indent + 1), params
    params = {"key": key, "spaces": first.indent - line.indent, "line": first.number}
    return "yaml_text_left", (line.number, line.indent + 1), params


def _stray(lines: Lines, number: int) -> Advice:
    """A line of text at or left of its key: it goes as far right as the block's
    other lines, or two spaces right of the key when it has none."""
    stray = lines.strays[number]
    owner = stray.owner
    block = [t.line for t in lines.texts.values() if t.owner is owner]
    model = next((x for x in block if x.number > number), None) or (block[0] if block else None)
    indent = model.indent if model is not None else owner_col(owner) + 2
    params = {
        "key": owner.key or "-",
        "spaces": indent - stray.line.indent,
        "line": model.number if model is not None else owner.number,
    }
    return "yaml_text_left", (number, stray.line.indent + 1), params


def _top(lines: Lines) -> Advice | None:
    """The first line of the file is indented: the keys at the top start at the left."""
    first = next((x for x in lines.lines if x is not None), None)
    if first is None or first.indent == 0 or first.key is None:
        return None
    params = {"key": first.key, "spaces": first.indent}
    return "yaml_indent_top", (first.number, first.indent + 1), params
