"""The footer of the game's screens: the keys that work here, on one line.

Textual's footer mounts a widget per key and mounts them all again whenever
the keys change (in the game: after nearly every move), which costs an extra
frame each time; and at 80 columns it cuts the last key off. This footer is
one widget that draws its line for the width it has: roomy when there is
space, compact when not, and the command palette's key (every action, by
name) always at the right edge. Keys can be clicked, as in Textual's footer.
"""

from __future__ import annotations

import contextlib
from typing import Any, NamedTuple

from textual import events
from textual.content import Content
from textual.css.query import NoMatches
from textual.screen import Screen
from textual.widget import Widget

from burgerschap.tui.text import lang_of, shown_binding

KEY_STYLE = "bold $footer-key-foreground"
TEXT_STYLE = "$footer-description-foreground"
HOVER_STYLE = "on $block-hover-background"


class Key(NamedTuple):
    """One key as the footer shows it.

    Named tuples here, not dataclasses: a dataclass writes and compiles its methods
    when its module is imported, about half a millisecond each on the way to the
    first frame.
    """

    key: str
    """What pressing it sends (``ctrl+q``)."""
    display: str
    """How it is written (``^q``)."""
    description: str
    enabled: bool = True
    tooltip: str = ""

    def piece(self, roomy: bool) -> Content:
        """`` ^q Stoppen `` (roomy) or ``^q Stoppen`` (compact)."""
        pad = " " if roomy else ""
        style = "" if self.enabled else " dim"
        key = Content.styled(f"{pad}{self.display}{pad}", KEY_STYLE + style)
        if not self.description:
            return key
        text = f"{self.description} " if roomy else f" {self.description}"
        return key + Content.styled(text, TEXT_STYLE + style)


class Line(NamedTuple):
    """The footer's line for one width, and where each key stands on it."""

    content: Content
    spans: tuple[tuple[int, int, Key], ...]

    def key_at(self, x: int) -> Key | None:
        for start, end, key in self.spans:
            if start <= x < end:
                return key
        return None


def layout(keys: list[Key], palette: Key | None, width: int) -> Line:
    """The keys on one line of ``width`` cells, the palette's key at the right.

    Tried in turn until one fits: roomy; compact; compact with the palette
    key alone (its actions stay one key away); compact with the keys that
    do not fit left off.
    """
    attempts: list[tuple[bool, Key | None]] = [(True, palette), (False, palette)]
    if palette is not None:
        attempts.append((False, Key(palette.key, palette.display, "", palette.enabled)))
    for number, (roomy, right) in enumerate(attempts):
        line = _line(keys, right, roomy, width)
        if line.content.cell_length <= width or number == len(attempts) - 1:
            break
    while line.content.cell_length > width and keys:
        keys = keys[:-1]
        line = _line(keys, right, roomy, width)
    return line


def _line(keys: list[Key], right: Key | None, roomy: bool, width: int) -> Line:
    pieces: list[Content] = []
    spans: list[tuple[int, int, Key]] = []
    at = 0 if roomy else 1  # compact pieces have no padding of their own
    for key in keys:
        piece = key.piece(roomy)
        spans.append((at, at + piece.cell_length, key))
        pieces.append(piece)
        at += piece.cell_length + (0 if roomy else 1)
    left = Content("" if roomy else " ").join(pieces)
    if pieces and not roomy:
        left = Content(" ") + left
    if right is None:
        return Line(left, tuple(spans))
    tail = Content.styled("▏", "$foreground 20%") + right.piece(False) + (" " if roomy else "")
    fill = max(width - left.cell_length - tail.cell_length, 1)
    start = left.cell_length + fill + 1
    spans.append((start, start + tail.cell_length - 1, right))
    return Line(left + Content(" " * fill) + tail, tuple(spans))


def screen_keys(screen: Screen[Any]) -> tuple[list[Key], Key | None]:
    """The keys ``screen`` shows (one per action, as Textual's footer) and the palette's."""
    app = screen.app
    lang = lang_of(screen)
    keys: list[Key] = []
    actions: set[str] = set()
    # Read once: each reading asks every binding's check_action again.
    active = screen.active_bindings
    for _node, shown, enabled, _tooltip in active.values():
        if not shown.show or shown.action in actions:
            continue
        # Bindings keep their message ids (and Textual's own, such as a choice
        # list's "Dismiss menu", their English): they are translated here.
        binding = shown_binding(shown, lang)
        actions.add(binding.action)
        display = app.get_key_display(binding)
        keys.append(Key(binding.key, display, binding.description, enabled, binding.tooltip))
    palette: Key | None = None
    found = active.get(app.COMMAND_PALETTE_BINDING)
    if app.ENABLE_COMMAND_PALETTE and found is not None:
        _node, binding, enabled, _tooltip = found
        binding = shown_binding(binding, lang)
        display = app.get_key_display(binding)
        palette = Key(binding.key, display, binding.description, enabled, binding.tooltip)
    return keys, palette


class GameFooter(Widget):
    """The keys of the screen it stands on, redrawn (not rebuilt) when they change."""

    DEFAULT_CSS = """
    GameFooter {
        dock: bottom;
        height: 1;
        color: $footer-foreground;
        background: $footer-background;
    }
    """

    ALLOW_SELECT = False

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._keys: tuple[list[Key], Key | None] = ([], None)
        self._line: Line | None = None
        self._hover: Key | None = None

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen[Any]) -> None:
        # The keys are read when the line is drawn, not here: a signal can come
        # while the screen is still being built, and a screen's check_action may
        # look for widgets it does not have yet.
        if self.is_attached and screen is self.screen:
            self.refresh()

    @property
    def keys(self) -> list[Key]:
        """The keys shown (or left off for lack of room), left to right, without the palette."""
        return list(self._keys[0])

    def render(self) -> Content:
        # While the screen rebuilds part of itself a check_action may not find its
        # widgets: the last keys stay until the next frame.
        with contextlib.suppress(NoMatches):
            self._keys = screen_keys(self.screen)
        keys, palette = self._keys
        self._line = layout(keys, palette, self.size.width)
        content = self._line.content
        for start, end, key in self._line.spans:
            if key == self._hover:
                content = content.stylize(HOVER_STYLE, start, end)
        return content

    def _key_under(self, event: events.MouseEvent) -> Key | None:
        return self._line.key_at(event.x) if self._line is not None else None

    def on_mouse_move(self, event: events.MouseMove) -> None:
        key = self._key_under(event)
        if key != self._hover:
            self._hover = key
            self.tooltip = (key.tooltip or key.description) if key else None
            self.refresh()

    def on_leave(self) -> None:
        if self._hover is not None:
            self._hover = None
            self.refresh()

    def on_click(self, event: events.Click) -> None:
        key = self._key_under(event)
        if key is None:
            return
        if key.enabled:
            self.app.simulate_key(key.key)
        else:
            self.app.bell()
