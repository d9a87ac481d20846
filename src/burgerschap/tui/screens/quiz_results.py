"""The end of a quiz round: the score, and the missed questions to learn from."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.widgets import Button, Static

from burgerschap.application.ranges import band
from burgerschap.i18n.names import QUIZ_BAND
from burgerschap.scenario.quizround import QuizRound
from burgerschap.tui.messages import GoHome
from burgerschap.tui.screens.base import GameScreen
from burgerschap.tui.screens.quiz import quiz_title
from burgerschap.tui.text import source_text
from burgerschap.tui.widgets.dimension_bars import Bar, DimensionBars
from burgerschap.tui.widgets.footer import GameFooter
from burgerschap.tui.widgets.hanging import Hanging, Line, Stack, indented


class QuizResultsScreen(GameScreen[None]):
    """Score and review of one finished round."""

    CSS_PATH = "quiz.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "again", "tui.key.again", id="again"),
        Binding("escape", "menu", "tui.key.menu", id="menu"),
    ]
    """Another round, or back to the menu."""

    def __init__(self, round: QuizRound) -> None:
        super().__init__(id="quiz-results")
        self.round = round

    def compose(self) -> ComposeResult:
        with Horizontal(id="quiz-header"):
            yield Static(quiz_title(self, self.round), id="quiz-title")
            yield Static(id="quiz-progress")
        with VerticalScroll(id="quiz-review"):
            yield Static(id="quiz-score")
            yield DimensionBars(id="quiz-bar")
            yield Static(id="quiz-verdict")
            yield Static(id="missed-heading", classes="section")
            yield Static(id="missed")
            with Horizontal(id="quiz-buttons"):
                yield Button(variant="primary", id="again-button")
                yield Button(id="menu-button")
        yield GameFooter()

    def on_mount(self) -> None:
        self.retranslate()
        self.query_one("#quiz-review", VerticalScroll).focus()

    def retranslate(self) -> None:
        rnd = self.round
        percent = round(100 * rnd.score / rnd.total) if rnd.total else 0
        self.query_one("#quiz-progress", Static).update(self.t("tui.quiz.done"))
        self.query_one("#quiz-score", Static).update(
            Content.styled(
                self.t("tui.quiz.score", score=rnd.score, total=rnd.total), "bold $accent"
            )
        )
        self.query_one("#quiz-bar", DimensionBars).bars = (
            Bar(self.t("tui.quiz.correct"), percent),
        )
        self.query_one("#quiz-verdict", Static).update(self.t(QUIZ_BAND[band(percent)]))
        missed = rnd.missed
        self.query_one("#missed-heading", Static).update(
            self.t("tui.quiz.missed", count=len(missed)) if missed else self.t("tui.quiz.all_right")
        )
        lines: list[Line] = []
        for answer in missed:
            question = answer.question
            if lines:
                lines.append(Content(""))
            lines.append(Content.styled(question.question, "bold"))
            lines.append(
                Hanging(
                    Content.styled("  ✗ ", "bold $error"),
                    Content.assemble(
                        (self.t("tui.play.you_answered") + " ", "$text-muted"), answer.chosen_text
                    ),
                )
            )
            lines.append(
                Hanging(
                    Content.styled("  ✓ ", "bold $success"),
                    Content.assemble(
                        (self.t("tui.quiz.right_was") + " ", "$text-muted"), answer.right_text
                    ),
                )
            )
            lines.append(indented(4, question.explanation))
            source = source_text(question.source, question.checked, self.lang)
            lines.append(indented(4, Content.styled(source, "italic $text-muted")))
        self.query_one("#missed", Static).update(Stack(lines) if lines else "")
        self.query_one("#again-button", Button).label = self.t("tui.quiz.again")
        self.query_one("#menu-button", Button).label = self.t("tui.ending.menu")

    @on(Button.Pressed, "#again-button")
    def action_again(self) -> None:
        from burgerschap.scenario.quizround import QuizRound as Round
        from burgerschap.tui.screens.quiz import QuizScreen

        seed = self.host.workspace.new_seed()
        if seed == self.round.seed and self.host.workspace.fixed_seed is None:
            seed += 1
        rnd = self.round
        self.app.switch_screen(QuizScreen(Round(rnd.quiz, seed, rnd.niveau)))

    @on(Button.Pressed, "#menu-button")
    def action_menu(self) -> None:
        self.post_message(GoHome())
