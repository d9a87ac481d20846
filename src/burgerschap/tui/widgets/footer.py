"""The footer of every screen: Textual's, redrawn only when the keys it shows change.

Textual's footer rebuilds itself on every bindings signal, and one key press
can send several (focus leaves one widget, enters another, a screen asks for
a refresh). Each rebuild mounts new widgets and costs a frame; here they are
folded into one check after the next refresh, and skipped when the keys,
their texts and their enabled state are what is already shown.
"""

from __future__ import annotations

from typing import Any

from textual.screen import Screen
from textual.widgets import Footer


class GameFooter(Footer):
    """A :class:`Footer` that rebuilds at most once per refresh, and only for a change."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._pending = False
        self._shown: tuple[tuple[str, str, str | None, bool, str], ...] | None = None

    def bindings_changed(self, screen: Screen[Any]) -> None:
        # Same checks as Footer.bindings_changed; _bindings_ready is what
        # Footer.compose waits for (Textual is pinned, see pyproject.toml).
        self._bindings_ready = True
        if not screen.app.app_focus:
            return
        if self.is_attached and screen is self.screen and not self._pending:
            self._pending = True
            self.call_after_refresh(self._rebuild_if_changed)

    def on_mount(self) -> None:
        # Footer.on_mount (also called) only subscribes to the next change of
        # keys; a footer mounted after its screen's first frame (the home
        # screen's is) would stay empty until then.
        self.bindings_changed(self.screen)

    def _signature(self) -> tuple[tuple[str, str, str | None, bool, str], ...]:
        return tuple(
            (key, binding.description, binding.key_display, enabled, tooltip)
            for key, (_node, binding, enabled, tooltip) in self.screen.active_bindings.items()
            if binding.show
        )

    async def _rebuild_if_changed(self) -> None:
        self._pending = False
        if not self.is_attached or not self.is_mounted:
            return  # the screen went away before this refresh
        signature = self._signature()
        if signature != self._shown:
            self._shown = signature
            await self.recompose()
