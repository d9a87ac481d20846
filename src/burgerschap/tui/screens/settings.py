"""Settings: the interface language, the theme, the nickname. Changes apply at once."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, RadioButton, RadioSet, Static

from burgerschap.i18n import N_, Language
from burgerschap.settings import Theme as ThemeSetting
from burgerschap.tui.messages import AskNickname, SwitchLanguage, ToggleContrast
from burgerschap.tui.screens.base import GameModal
from burgerschap.tui.text import plain
from burgerschap.tui.widgets.footer import GameFooter

LANGUAGES: list[tuple[Language, str]] = [("nl", "Nederlands"), ("en", "English")]
"""Each language named in itself, so anyone can find their own."""
THEMES: list[tuple[ThemeSetting, str]] = [
    ("default", N_("tui.settings.theme.default")),
    ("high-contrast", N_("tui.settings.theme.contrast")),
]


class SettingsScreen(GameModal[None]):
    """A dialog over the home screen."""

    CSS_PATH = "dialogs.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "tui.key.close", id="close"),
    ]
    """Escape closes; every change is already saved."""

    def __init__(self) -> None:
        super().__init__(id="settings")

    def compose(self) -> ComposeResult:
        settings = self.host.workspace.settings
        with Vertical(classes="dialog"):
            yield Static(id="settings-title", classes="panel-title")
            yield Static(id="language-label", classes="setting-label")
            with RadioSet(id="language"):
                for code, name in LANGUAGES:
                    yield RadioButton(name, value=self.lang == code, id=f"lang-{code}")
            yield Static(id="theme-label", classes="setting-label")
            with RadioSet(id="theme"):
                for theme, _key in THEMES:
                    yield RadioButton("", value=settings.theme == theme, id=f"theme-{theme}")
            yield Static(id="folder", classes="hint")
            with Horizontal(id="settings-buttons"):
                yield Button(id="nickname-button", compact=True)
                yield Button(variant="primary", id="close-button", compact=True)
        yield GameFooter()

    def on_mount(self) -> None:
        self.retranslate()
        self.query_one("#language", RadioSet).focus()
        # A RadioSet highlights its first button; start on the one in use instead.
        self.call_after_refresh(self._highlight_active)

    def _highlight_active(self) -> None:
        for radio_set in self.query(RadioSet):
            if radio_set.pressed_index >= 0:
                radio_set._selected = radio_set.pressed_index  # Textual is pinned

    def retranslate(self) -> None:
        workspace = self.host.workspace
        self.query_one("#settings-title", Static).update(self.t("tui.settings.title"))
        self.query_one("#language-label", Static).update(self.t("tui.settings.language"))
        self.query_one("#theme-label", Static).update(self.t("tui.settings.theme"))
        for theme, key in THEMES:
            self.query_one(f"#theme-{theme}", RadioButton).label = self.t(key)
        folder = str(workspace.locations.home)
        self.query_one("#folder", Static).update(
            plain(  # a folder's name may hold "[...]"
                self.t("tui.settings.folder", folder=folder)
                if workspace.saving
                else self.t("tui.settings.not_saving", folder=folder)
            )
        )
        self.query_one("#nickname-button", Button).label = self.t("tui.settings.nickname")
        self.query_one("#close-button", Button).label = self.t("tui.settings.close")

    @on(RadioSet.Changed, "#language")
    def _language(self, event: RadioSet.Changed) -> None:
        code = (event.pressed.id or "").removeprefix("lang-")
        if code in ("nl", "en") and code != self.lang:
            lang: Language = "en" if code == "en" else "nl"
            self.post_message(SwitchLanguage(lang))

    @on(RadioSet.Changed, "#theme")
    def _theme(self, event: RadioSet.Changed) -> None:
        theme = (event.pressed.id or "").removeprefix("theme-")
        settings = self.host.workspace.settings
        if theme in ("default", "high-contrast") and theme != settings.theme:
            self.post_message(ToggleContrast())

    @on(Button.Pressed, "#nickname-button")
    def _nickname(self) -> None:
        self.post_message(AskNickname())

    @on(Button.Pressed, "#close-button")
    def action_close(self) -> None:
        self.dismiss(None)
