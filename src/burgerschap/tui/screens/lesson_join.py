"""Joining a class lesson: a join code and a nickname, then the lesson's scenarios.

Two steps on one screen. First the form: the code from the board and a
nickname (checked by the classroom's own rules). A new student then sees
their return code once, to write down; a nickname that joined before needs
this browser or that code, and the form asks for the code when it is needed.
Then the lesson: its title, the student's nickname and each scenario of the
lesson with how far the student got. A lesson of one scenario starts (or
continues) it at once.

Games are played from here (:attr:`game_base`), so the menu key of the play
and results screens comes back to this list, not to the home screen. In the
browser (:mod:`burgerschap.tui.served`) this screen is where everything starts.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Center, Vertical
from textual.content import Content
from textual.widgets import Button, Input, OptionList, Static
from textual.widgets.option_list import Option

from burgerschap.application.lessongame import (
    LessonGame,
    LessonUnavailable,
    ScenarioStatus,
    join_lesson,
    leave_lesson,
    resume_lesson_game,
    scenario_statuses,
    start_lesson_game,
)
from burgerschap.classroom.lessons import Membership
from burgerschap.classroom.nicknames import MAX_LENGTH
from burgerschap.scenario.plaintext import plain_text
from burgerschap.tui.messages import CheckSaving, ShowGame
from burgerschap.tui.screens.base import GameScreen
from burgerschap.tui.text import plain
from burgerschap.tui.widgets.footer import GameFooter
from burgerschap.tui.widgets.library_list import LibraryList

CODE_MAX = 12
"""Room for a six-character code typed with spaces or a dash."""
RETURN_CODE_MAX = 8
"""Room for a four-character return code typed with spaces or a dash."""


class LessonJoinScreen(GameScreen[None]):
    """The join form, and after joining the lesson's scenarios."""

    CSS_PATH = "lessons.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "leave", "tui.key.leave", id="leave"),
        # A priority binding runs while the app routes the key, before the next key is
        # routed: keys typed right after Enter (fast, or on a busy server) reach the
        # nickname field, not the code field (Input.Submitted would come too late).
        Binding("enter", "code_entered", show=False, priority=True),
    ]
    """Escape: back to the home screen, or (in the browser) from the lesson to the form."""

    game_base = True
    """Games started here come back here (see ``BurgerschapApp.go_home``)."""

    def __init__(self, code: str = "") -> None:
        super().__init__(id="lesson-join")
        self.code = code
        self.membership: Membership | None = None
        self._statuses: dict[str, ScenarioStatus] = {}

    def compose(self) -> ComposeResult:
        yield Static(id="join-banner")
        with Center(id="join-center"), Vertical(id="join-form", classes="dialog"):
            yield Static(id="join-title", classes="panel-title")
            yield Static(id="join-explain", classes="dialog-text")
            yield Static(id="code-label", classes="field-label")
            yield Input(self.code, max_length=CODE_MAX, compact=True, id="code-input")
            yield Static(id="nickname-label", classes="field-label")
            yield Input(
                self.host.workspace.nickname[:MAX_LENGTH],
                max_length=MAX_LENGTH,
                compact=True,
                id="nickname-input",
            )
            yield Static(id="return-code-label", classes="field-label")
            yield Input(max_length=RETURN_CODE_MAX, compact=True, id="return-code-input")
            yield Static("", id="join-error", classes="dialog-error")
            yield Button(variant="primary", id="join-button", compact=True)
            yield Static(id="join-privacy", classes="hint")
        with Vertical(id="lesson-view"):
            yield Static(id="lesson-heading")
            yield LibraryList(id="lesson-scenarios")
            yield Static(id="lesson-hint", classes="hint")
        yield GameFooter()

    def on_mount(self) -> None:
        for field in self.query(Input):
            field.cursor_blink = self.host.blink
        self.query_one("#lesson-view").display = False
        self._ask_return_code(False)
        self.retranslate()
        # With the code filled in from the page's address, the nickname is what is left to type.
        first = "#nickname-input" if self.code else "#code-input"
        self.query_one(first, Input).focus()

    def on_screen_resume(self) -> None:
        if self.membership is not None:
            self.show_lesson()

    def retranslate(self) -> None:
        self.query_one("#join-banner", Static).update(
            Content.assemble(
                ("B U R G E R S C H A P", "bold $accent"),
                ("   " + self.t("tui.home.question"), "italic"),
            )
        )
        self.query_one("#join-title", Static).update(self.t("tui.lesson.join.title"))
        self.query_one("#join-explain", Static).update(self.t("tui.lesson.join.explain"))
        self.query_one("#code-label", Static).update(self.t("tui.lesson.join.code"))
        self.query_one("#nickname-label", Static).update(self.t("tui.lesson.join.nickname"))
        self.query_one("#return-code-label", Static).update(self.t("tui.lesson.join.return_code"))
        self.query_one("#return-code-input", Input).placeholder = self.t(
            "tui.lesson.join.return_code.example"
        )
        self.query_one("#code-input", Input).placeholder = self.t("tui.lesson.join.code.example")
        self.query_one("#nickname-input", Input).placeholder = self.t(
            "tui.lesson.join.nickname.example"
        )
        self.query_one("#join-button", Button).label = self.t("tui.lesson.join.button")
        self.query_one("#join-privacy", Static).update(
            self.t("tui.lesson.join.privacy", max=MAX_LENGTH)
        )
        self.query_one("#lesson-scenarios", LibraryList).border_title = self.t(
            "tui.lesson.scenarios"
        )
        if self.membership is not None:
            self.show_lesson()

    # The form ---------------------------------------------------------

    def action_code_entered(self) -> None:
        self.set_focus(self.query_one("#nickname-input", Input))

    def _ask_return_code(self, ask: bool) -> None:
        """Show the return code field (a nickname that joined before), or hide and empty it."""
        field = self.query_one("#return-code-input", Input)
        self.query_one("#return-code-label").display = ask
        field.display = ask
        if not ask:
            field.value = ""

    @on(Input.Submitted, "#nickname-input")
    @on(Input.Submitted, "#return-code-input")
    @on(Button.Pressed, "#join-button")
    def _join(self) -> None:
        code = self.query_one("#code-input", Input).value
        nickname = self.query_one("#nickname-input", Input).value
        return_code = self.query_one("#return-code-input", Input).value
        error = self.query_one("#join-error", Static)
        if not code.strip():
            error.update(self.t("tui.lesson.join.no_code"))
            self.query_one("#code-input", Input).focus()
            return
        try:
            membership = join_lesson(self.host.workspace, code, nickname, return_code)
        except LessonUnavailable as exc:
            error.update(plain(str(exc)))  # quotes what was typed
            if exc.needs_code:
                self._ask_return_code(True)
                self.query_one("#return-code-input", Input).focus()
            return
        error.update("")
        self._ask_return_code(False)
        self.membership = membership
        workspace = self.host.workspace
        if not workspace.remember_settings or not workspace.nickname:
            # In the browser the lesson's nickname is the only one (never written to disk).
            workspace.settings.nickname = membership.nickname
        if membership.return_code is not None:
            self._show_return_code(membership)
            return
        if membership.rejoined:
            self.notify(self.t("tui.lesson.rejoined", nickname=membership.nickname))
        self._enter_lesson()

    def _show_return_code(self, membership: Membership) -> None:
        """A new student's return code, once, before anything else: to write down."""
        from burgerschap.tui.screens.ask import ChoiceDialog

        self.app.push_screen(
            ChoiceDialog(
                self.t("tui.lesson.code.title"),
                self.t(
                    "tui.lesson.code.text",
                    code=membership.return_code,
                    nickname=membership.nickname,
                ),
                [("ok", self.t("tui.lesson.code.ok"))],
            ),
            lambda _answer: self._enter_lesson(),
        )

    def _enter_lesson(self) -> None:
        """From the form to the lesson's scenarios; a lesson of one starts it at once."""
        if self.membership is None:
            return
        self.query_one("#join-center").display = False
        self.query_one("#lesson-view").display = True
        self.show_lesson()
        self.query_one("#lesson-scenarios", LibraryList).focus()
        self.refresh_bindings()
        statuses = list(self._statuses.values())
        if len(statuses) == 1 and (statuses[0].playing is not None or not statuses[0].finished):
            self.play(statuses[0])

    # The lesson -------------------------------------------------------

    def show_lesson(self) -> None:
        membership = self.membership
        if membership is None:
            return
        lesson = membership.lesson
        heading = Content.assemble(
            (plain_text(lesson.title), "bold $accent"),
            "\n",
            Content.from_markup(
                self.t("tui.lesson.playing_as"), nickname=membership.nickname, code=lesson.code
            ),
        )
        if membership.return_code is not None:  # this window only: the code is not stored
            reminder = self.t("tui.lesson.code.reminder", code=membership.return_code)
            heading = Content.assemble(heading, "\n", (reminder, "$text-muted"))
        self.query_one("#lesson-heading", Static).update(heading)
        listing = self.query_one("#lesson-scenarios", LibraryList)
        previous = listing.highlighted
        statuses = scenario_statuses(self.host.workspace, membership)
        self._statuses = {f"lesson-scenario-{n}": s for n, s in enumerate(statuses)}
        listing.set_options(
            Option(self._prompt(status), id=option_id)
            for option_id, status in self._statuses.items()
        )
        listing.highlighted = previous if previous is not None and statuses else 0
        self.query_one("#lesson-hint", Static).update(self.t("tui.lesson.hint"))

    def _prompt(self, status: ScenarioStatus) -> Content:
        scenario = status.entry.scenario
        title = status.entry.title
        if status.playing is not None:
            steps = len(status.playing.state.get("history", []))
            state = ("● " + self.t("tui.lesson.status.playing", step=steps + 1), "bold $warning")
        elif status.finished:
            ending = status.last_ending or "?"
            state = ("✓ " + self.t("tui.lesson.status.finished", ending=ending), "bold $success")
        else:
            state = (self.t("tui.lesson.status.new"), "$success")
        summary = scenario.summary if scenario is not None and scenario.summary else ""
        return Content.assemble(
            (title, "bold"), "  ", state, "\n", (summary or status.entry.ref, "$text-muted")
        )

    @on(OptionList.OptionSelected, "#lesson-scenarios")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        status = self._statuses.get(event.option.id or "")
        if status is not None:
            self.play(status)

    def play(self, status: ScenarioStatus) -> None:
        """Continue the student's unfinished game of this scenario, or start one."""
        membership = self.membership
        if membership is None:
            return
        workspace = self.host.workspace
        game: LessonGame | None = None
        try:
            # Resuming may be refused too (another window, a newer program): then nothing
            # new is started, since that would give up the game that is kept.
            if status.playing is not None:
                game = resume_lesson_game(workspace, status.playing)
            if game is None:
                game = start_lesson_game(workspace, membership, status.entry.ref)
        except LessonUnavailable as exc:
            self.notify(str(exc), severity="warning")
            self.show_lesson()
            return
        self.post_message(CheckSaving())
        self.post_message(ShowGame(game))

    # Leaving ----------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "leave" and self.host.served:
            return self.membership is not None  # the form is the start: nothing to go back to
        if action == "code_entered":  # False passes Enter on to whatever else has the focus
            return self.focused is not None and self.focused.id == "code-input"
        return True

    def action_leave(self) -> None:
        if self.membership is not None:
            leave_lesson(self.host.workspace, self.membership)
        if self.host.served:
            # Back to the form: another code, or another nickname.
            self.membership = None
            self.query_one("#lesson-view").display = False
            self.query_one("#join-center").display = True
            self.query_one("#code-input", Input).focus()
            self.refresh_bindings()
            return
        self.dismiss(None)
