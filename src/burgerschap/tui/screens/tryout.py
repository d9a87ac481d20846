"""'Test vanaf hier': play the work from any node, with chosen scores and flags.

The dialog asks where to start and with what; the game is the student's own
play screen and results screen, but nothing is saved and Escape (or "Naar
het menu") goes back to the editor instead of the home screen.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, Input, Label, Select, Static

from burgerschap.application.editing import parse_int, split_list
from burgerschap.application.game import Game
from burgerschap.scenario.engine import Engine
from burgerschap.scenario.library import Entry
from burgerschap.scenario.loader import Inspection
from burgerschap.scenario.models import EndingNode, Scenario
from burgerschap.tui.screens.base import GameModal
from burgerschap.tui.screens.ending import EndingScreen
from burgerschap.tui.screens.play import PlayScreen
from burgerschap.tui.text import plain
from burgerschap.tui.widgets.node_form import KIND_MARK

TRYOUT_PATH = Path("<editor>")


class TryoutDialog(GameModal[None]):
    """Choose the node, the starting scores and the flags, then play."""

    CSS_PATH = "editor_dialogs.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "tui.key.cancel", id="cancel"),
    ]
    """Escape goes back to the editor."""

    def __init__(self, scenario: Scenario, node: str) -> None:
        super().__init__()
        self.scenario = scenario
        self.node = node if node in scenario.nodes else scenario.start

    def compose(self) -> ComposeResult:
        doc = self.scenario
        options = [
            (f"{KIND_MARK[_kind(n)]} {name}", name)
            for name, n in doc.nodes.items()
            if not isinstance(n, EndingNode)
        ]
        start = self.node if any(v == self.node for _, v in options) else doc.start
        with Vertical(classes="dialog"):
            yield Static(self.t("tui.try.title"), classes="panel-title")
            yield Static(self.t("tui.try.explain"), classes="dialog-text")
            with Horizontal(classes="field-row"):
                yield Label(self.t("tui.try.node"), classes="field-label")
                yield Select(options, value=start, allow_blank=False, id="try-node", compact=True)
            for dim, dimension in doc.dimensions.items():
                with Horizontal(classes="field-row"):
                    yield Label(plain(dimension.label), classes="field-label")
                    yield Input("0", type="integer", id=f"try-score-{dim}", compact=True)
            with Horizontal(classes="field-row"):
                yield Label(self.t("tui.try.flags"), classes="field-label")
                yield Input(placeholder="vlag, vlag", id="try-flags", compact=True)
            with Horizontal(classes="dialog-buttons"):
                yield Button(self.t("tui.try.start"), variant="primary", id="try-start")
                yield Button(self.t("tui.key.cancel"), id="try-cancel")

    def on_mount(self) -> None:
        for field in self.query(Input):
            field.cursor_blink = self.host.blink
        self.query_one("#try-start", Button).focus()

    @on(Input.Submitted)
    @on(Button.Pressed, "#try-start")
    def start(self) -> None:
        node = self.query_one("#try-node", Select).value
        scores = {
            dim: parse_int(self.query_one(f"#try-score-{dim}", Input).value) or 0
            for dim in self.scenario.dimensions
        }
        flags = split_list(self.query_one("#try-flags", Input).value) or []
        game = tryout_game(self.host.workspace, self.scenario, str(node), scores, flags)
        self.app.switch_screen(TryoutPlayScreen(game))

    @on(Button.Pressed, "#try-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)


def _kind(node: object) -> str:
    from burgerschap.scenario.edit import node_kind

    return node_kind(node)


def tryout_game(
    workspace: object, scenario: Scenario, node: str, scores: dict[str, int], flags: list[str]
) -> Game:
    """A game of ``scenario`` from ``node`` that is never saved (it has no saver)."""
    from burgerschap.application.workspace import Workspace

    assert isinstance(workspace, Workspace)
    state = Engine(scenario).new_game(
        seed=workspace.new_seed(), node=node, scores=scores, flags=flags
    )
    entry = Entry(TRYOUT_PATH, "user", Inspection(str(TRYOUT_PATH), scenario))
    return Game(None, entry, state, None)


class TryoutPlayScreen(PlayScreen):
    """The play screen, returning to the editor."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "menu", "tui.key.to_editor", id="menu"),
        Binding("w", "glossary", show=False),
    ]
    """Escape goes back to the editor. The glossary key works but is not listed: the
    footer needs the room for the longer Escape."""

    def on_mount(self) -> None:
        title = Content.assemble(
            (self.t("tui.try.badge"), "reverse bold $warning"), " ", self.play.scenario.title
        )
        self.query_one("#scenario-title", Static).update(title)

    def show_node(self) -> None:
        if isinstance(self.play.engine.node(self.play.state), EndingNode):
            self.app.switch_screen(TryoutEndingScreen(self.play))
            return
        super().show_node()

    def action_menu(self) -> None:
        self.app.pop_screen()


class TryoutEndingScreen(EndingScreen):
    """The results screen: again from the same start, or back to the editor."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "menu", "tui.key.to_editor", id="menu"),
    ]
    """Escape goes back to the editor."""

    @on(Button.Pressed, "#again-button")
    def _again_pressed(self, event: Button.Pressed) -> None:
        event.prevent_default()
        self.action_again()

    @on(Button.Pressed, "#menu-button")
    def _menu_pressed(self, event: Button.Pressed) -> None:
        event.prevent_default()
        self.action_menu()

    def action_again(self) -> None:
        game = self.play
        start = game.state.start
        again = tryout_game(
            self.host.workspace,
            game.scenario,
            start.node,
            dict(start.scores),
            list(start.flags),
        )
        self.app.switch_screen(TryoutPlayScreen(again))

    def action_menu(self) -> None:
        self.app.pop_screen()
