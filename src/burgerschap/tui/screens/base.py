"""What every screen of the game shares: the app, the language, and re-translating."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar, cast

from textual.screen import ModalScreen, Screen

from burgerschap.i18n import Language, t, tn
from burgerschap.tui.text import lang_of, localize_bindings

if TYPE_CHECKING:
    from burgerschap.tui.app import BurgerschapApp

ResultType = TypeVar("ResultType")


class _Localized:
    """Mixin: bindings and text in the game's language."""

    @property
    def game_app(self) -> BurgerschapApp:
        """The app, typed."""
        return cast("BurgerschapApp", cast(Screen[Any], self).app)

    @property
    def lang(self) -> Language:
        return self.game_app.lang

    def t(self, key: str, **params: Any) -> str:
        return t(key, self.lang, **params)

    def tn(self, key: str, n: int, **params: Any) -> str:
        return tn(key, n, self.lang, **params)

    def relocalize(self) -> None:
        """Show this screen in the game's (new) language."""
        screen = cast(Screen[Any], self)
        localize_bindings(screen, self.lang)
        for widget in screen.walk_children():
            localize_bindings(widget, self.lang)
        screen.refresh_bindings()
        self.retranslate()

    def retranslate(self) -> None:
        """Replace visible text after a language switch; screens override this."""


class GameScreen(_Localized, Screen[ResultType]):
    """A full screen of the game."""

    def __init__(self, name: str | None = None, id: str | None = None) -> None:
        super().__init__(name=name, id=id)
        localize_bindings(self, lang_of(self))


class GameModal(_Localized, ModalScreen[ResultType]):
    """A dialog over the current screen."""

    def __init__(self, name: str | None = None, id: str | None = None) -> None:
        super().__init__(name=name, id=id)
        localize_bindings(self, lang_of(self))
