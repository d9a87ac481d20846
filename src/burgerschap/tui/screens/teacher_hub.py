"""The teacher hub: the base of teacher mode.

A menu: a new scenario, the library with every version (edit, compare, copy,
try out), lessons (only when a lessons screen is registered, see
:func:`burgerschap.tui.authoring.register_lessons`), a new PIN, and back to
the game.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from burgerschap.i18n import N_
from burgerschap.tui import teaching
from burgerschap.tui.messages import LeaveTeacher, NewScenario
from burgerschap.tui.screens.base import GameScreen
from burgerschap.tui.widgets.footer import GameFooter

ITEMS = {
    "new": (N_("tui.hub.new"), N_("tui.hub.new.help")),
    "library": (N_("tui.hub.library"), N_("tui.hub.library.help")),
    "lessons": (N_("tui.hub.lessons"), N_("tui.hub.lessons.help")),
    "pin": (N_("tui.hub.pin"), N_("tui.hub.pin.help")),
    "game": (N_("tui.hub.game"), N_("tui.hub.game.help")),
}
"""The menu's items, in order: their title and their line of help."""


class TeacherHubScreen(GameScreen[None]):
    """Where teacher mode starts."""

    CSS_PATH = "teacher.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "new", "tui.key.new_scenario", id="new"),
        Binding("b", "library", "tui.key.library", id="library"),
        Binding("l", "lessons", "tui.key.lessons", id="lessons"),
        Binding("escape", "game", "tui.key.to_game", id="game"),
    ]
    """New scenario, library, lessons (when there are), back to the game."""

    def __init__(self) -> None:
        super().__init__(id="teacher-hub")

    def compose(self) -> ComposeResult:
        with Horizontal(id="hub-banner"):
            yield Static(id="hub-title")
        with Horizontal(id="hub-body"):
            yield OptionList(id="hub-menu", markup=False)
            with Vertical(id="hub-about"):
                yield Static(id="hub-text")
        yield GameFooter()

    def on_mount(self) -> None:
        self.retranslate()
        self.query_one("#hub-menu", OptionList).focus()

    def retranslate(self) -> None:
        self.query_one("#hub-title", Static).update(
            Content.styled(self.t("tui.hub.title"), "bold $accent")
        )
        menu = self.query_one("#hub-menu", OptionList)
        highlighted = menu.highlighted
        options = []
        for item in ITEMS:
            if item == "lessons" and teaching.lessons_factory() is None:
                continue
            options.append(
                Option(
                    Content.assemble(
                        (self.t(ITEMS[item][0]), "bold"),
                        "\n",
                        (self.t(ITEMS[item][1]), "$text-muted"),
                    ),
                    id=item,
                )
            )
        menu.set_options(options)
        menu.highlighted = highlighted if highlighted is not None else 0
        self.query_one("#hub-text", Static).update(Content(self.t("tui.hub.about")))

    @on(OptionList.OptionSelected, "#hub-menu")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        action = getattr(self, f"action_{event.option.id}", None)
        if action is not None:
            action()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "lessons":
            return teaching.lessons_factory() is not None
        return True

    def action_new(self) -> None:
        self.post_message(NewScenario())

    def action_library(self) -> None:
        from burgerschap.tui.screens.library import LibraryScreen

        self.app.push_screen(LibraryScreen())

    def action_lessons(self) -> None:
        factory = teaching.lessons_factory()
        if factory is not None:
            self.app.push_screen(factory())

    def action_pin(self) -> None:
        from burgerschap.tui.screens.pin import PinDialog

        self.app.push_screen(PinDialog(setting=True))

    def action_game(self) -> None:
        self.post_message(LeaveTeacher())
