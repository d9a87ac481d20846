"""What every screen of the game shares: the state handed down, the language, its bindings.

A screen reads the app's state through :attr:`host` (see
:mod:`burgerschap.tui.host`) and posts messages to have things done (see
:mod:`burgerschap.tui.messages`); it never imports the app. It watches the
app's ``lang`` reactive: on a switch it redraws its keys and calls
:meth:`retranslate`, which screens override to replace their text.
Bindings keep their message ids; :attr:`active_bindings` gives them in the
game's language, for the footer and the keys panel.
"""

from __future__ import annotations

from typing import Any, TypeVar, cast

from textual import events
from textual.binding import ActiveBinding
from textual.screen import ModalScreen, Screen

from burgerschap.i18n import Language, t, tn
from burgerschap.tui.host import Host, host_of
from burgerschap.tui.text import shown_bindings

ResultType = TypeVar("ResultType")


class _Localized:
    """Mixin: the host, and text in the game's language."""

    @property
    def host(self) -> Host:
        """The app's state, as far as screens may read it."""
        return host_of(cast(Screen[Any], self).app)

    @property
    def lang(self) -> Language:
        return self.host.lang

    def t(self, key: str, **params: Any) -> str:
        return t(key, self.lang, **params)

    def tn(self, key: str, n: int, **params: Any) -> str:
        return tn(key, n, self.lang, **params)

    def _on_mount(self, event: events.Mount) -> None:
        screen = cast(Screen[Any], self)
        screen.watch(screen.app, "lang", self._language_changed, init=False)

    def _language_changed(self) -> None:
        cast(Screen[Any], self).refresh_bindings()
        self.retranslate()

    def retranslate(self) -> None:
        """Replace visible text after a language switch; screens override this."""


class GameScreen(_Localized, Screen[ResultType]):
    """A full screen of the game."""

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        """Textual's active bindings, with descriptions and tooltips in the game's language."""
        return shown_bindings(super().active_bindings, self.lang)


class GameModal(_Localized, ModalScreen[ResultType]):
    """A dialog over the current screen."""

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        """Textual's active bindings, with descriptions and tooltips in the game's language."""
        return shown_bindings(super().active_bindings, self.lang)
