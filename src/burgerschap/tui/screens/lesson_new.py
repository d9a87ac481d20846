"""Making a lesson: a title, one or more scenario versions from the library, two options.

The options are the lesson's rules for students: whether they may go a step
back (only where the scenario allows it too) and whether they see their
scores while they play. Making the lesson stores a copy of each chosen
version and draws a join code; the lesson's dashboard then opens with the
code large at the top, ready for the board.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, Checkbox, Input, SelectionList, Static
from textual.widgets.selection_list import Selection

from burgerschap.classroom.errors import ClassroomError
from burgerschap.classroom.lessons import TITLE_MAX, create_lesson
from burgerschap.scenario.models import Scenario
from burgerschap.tui.messages import CheckSaving
from burgerschap.tui.screens.base import GameScreen
from burgerschap.tui.screens.dashboard import DashboardScreen
from burgerschap.tui.text import plain
from burgerschap.tui.widgets.footer import GameFooter


class NewLessonScreen(GameScreen[None]):
    """The form for a new lesson."""

    CSS_PATH = "lessons.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "create", "tui.key.create_lesson", id="create"),
        Binding("escape", "cancel", "tui.key.cancel", id="cancel"),
    ]
    """Make the lesson (also the button), or go back without one."""

    def __init__(self) -> None:
        super().__init__(id="lesson-new")
        self.scenarios: list[Scenario] = []

    def compose(self) -> ComposeResult:
        yield Static(id="new-title")
        with VerticalScroll(id="new-form"):
            yield Static(id="new-title-label", classes="field-label")
            yield Input(max_length=TITLE_MAX, compact=True, id="new-title-input")
            yield Static(id="new-scenarios-label", classes="field-label")
            yield SelectionList[int](id="new-scenarios")
            yield Static(id="new-options-label", classes="field-label")
            with Vertical(id="new-options"):
                yield Checkbox(value=True, compact=True, id="new-allow-back")
                yield Checkbox(value=False, compact=True, id="new-show-scores")
            yield Static("", id="new-error", classes="dialog-error")
            with Horizontal(id="new-buttons"):
                yield Button(variant="primary", id="new-create", compact=True)
        yield GameFooter()

    def on_mount(self) -> None:
        self.query_one("#new-title-input", Input).cursor_blink = self.host.blink
        self.retranslate()
        self.fill_scenarios()
        self.query_one("#new-title-input", Input).focus()

    def retranslate(self) -> None:
        self.query_one("#new-title", Static).update(self.t("tui.lesson_new.title"))
        self.query_one("#new-title-label", Static).update(self.t("tui.lesson_new.name"))
        self.query_one("#new-title-input", Input).placeholder = self.t(
            "tui.lesson_new.name.placeholder"
        )
        self.query_one("#new-scenarios-label", Static).update(self.t("tui.lesson_new.scenarios"))
        self.query_one("#new-options-label", Static).update(self.t("tui.lesson_new.options"))
        self.query_one("#new-allow-back", Checkbox).label = self.t("tui.lesson_new.allow_back")
        self.query_one("#new-show-scores", Checkbox).label = self.t("tui.lesson_new.show_scores")
        self.query_one("#new-create", Button).label = self.t("tui.lesson_new.create")

    def fill_scenarios(self) -> None:
        """The newest version of each of the teacher's scenarios, the built-in ones first.

        Students' own versions are not offered: a lesson uses the teacher's versions only.
        """
        library = self.host.workspace.library
        if not self.host.library_ready or library is None:
            self.set_timer(0.2, self.fill_scenarios)  # the library is still being read
            return
        entries = [e for e in library.teachers().scenarios() if isinstance(e.document, Scenario)]
        entries.sort(key=lambda e: (e.source != "builtin", e.document.title if e.document else ""))
        self.scenarios = [e.document for e in entries if isinstance(e.document, Scenario)]
        listing = self.query_one("#new-scenarios", SelectionList)
        listing.clear_options()
        listing.add_options(
            Selection(plain(f"{doc.title}  ({doc.ref})"), n, n == 0 and len(self.scenarios) == 1)
            for n, doc in enumerate(self.scenarios)
        )
        if not self.scenarios:
            self.query_one("#new-error", Static).update(self.t("tui.lesson_new.no_scenarios"))

    @on(Input.Submitted, "#new-title-input")
    def _title_entered(self) -> None:
        self.query_one("#new-scenarios", SelectionList).focus()

    @on(Button.Pressed, "#new-create")
    def action_create(self) -> None:
        chosen_ids: list[int] = list(self.query_one("#new-scenarios", SelectionList).selected)
        chosen = [self.scenarios[n] for n in sorted(chosen_ids)]
        error = self.query_one("#new-error", Static)
        if not chosen:
            error.update(self.t("tui.lesson_new.pick"))
            self.query_one("#new-scenarios", SelectionList).focus()
            return
        title = self.query_one("#new-title-input", Input).value.strip()
        if not title:
            title = " + ".join(s.title for s in chosen)[:TITLE_MAX]
        allow_back = self.query_one("#new-allow-back", Checkbox).value
        show_scores = self.query_one("#new-show-scores", Checkbox).value
        try:
            lesson = self.host.workspace.write(
                lambda s: create_lesson(
                    s, title, chosen, allow_back=allow_back, show_scores=show_scores
                )
            )
        except ClassroomError as exc:
            error.update(plain(exc.message(self.lang)))
            return
        self.post_message(CheckSaving())
        if lesson is None:
            error.update(self.t("tui.lesson.no_store"))
            return
        self.app.switch_screen(DashboardScreen(lesson.code))

    def action_cancel(self) -> None:
        self.dismiss(None)
