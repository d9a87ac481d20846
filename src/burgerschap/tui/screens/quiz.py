"""A quiz round: one question at a time, right or wrong with explanation and source.

The feedback scrolls inside its panel when it is long; the hint to continue
stays in view below it. Escape asks before it drops a round already begun
(a round is saved only when it is finished).
"""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.events import Resize
from textual.widgets import Static

from burgerschap.i18n import N_
from burgerschap.scenario.quizround import Answer, QuizRound
from burgerschap.tui.messages import CheckSaving, GoHome, OpenGlossary, QuizFinished
from burgerschap.tui.screens.base import GameScreen
from burgerschap.tui.text import source_text
from burgerschap.tui.widgets.choice_list import ChoiceList
from burgerschap.tui.widgets.feedback_panel import FeedbackPanel, answer_review
from burgerschap.tui.widgets.footer import GameFooter
from burgerschap.tui.widgets.hanging import Line, Stack

LEVEL_NAME = {
    "basis": N_("tui.quiz.level.name.basis"),
    "verdieping": N_("tui.quiz.level.name.verdieping"),
}


class QuizScreen(GameScreen[None]):
    """Asks the round's questions; at the end shows the results screen."""

    CSS_PATH = "quiz.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "menu", "tui.key.stop_quiz", id="menu"),
        Binding("w", "glossary", "tui.key.glossary", id="glossary"),
    ]
    """Escape stops the round (it is not saved): after asking, once a question is answered."""

    def __init__(self, round: QuizRound) -> None:
        super().__init__(id="quiz")
        self.round = round
        self.reading = False
        self._last: Answer | None = None
        self._order: list[int] = []
        """The current question's options in the order shown."""

    def compose(self) -> ComposeResult:
        with Horizontal(id="quiz-header"):
            yield Static(id="quiz-title")
            yield Static(id="quiz-progress")
        with VerticalScroll(id="quiz-body", can_focus=False):
            yield Static(id="question-number", classes="panel-title")
            yield Static(id="question")
            yield ChoiceList(id="options")
            yield FeedbackPanel(id="quiz-feedback-panel", body_id="quiz-feedback")
            yield Static(id="quiz-continue")
        yield GameFooter()

    def on_mount(self) -> None:
        self.show_question()

    def retranslate(self) -> None:
        if self.reading and self._last is not None:
            self.show_answer(self._last)
        else:
            self.show_question()

    def _header(self) -> None:
        """The question number, and a mark per question: right, wrong, now, to come."""
        rnd = self.round
        self.query_one("#quiz-title", Static).update(quiz_title(self, rnd))
        number = len(rnd.answers) if self.reading else rnd.number
        marks: list[Content] = []
        for n in range(rnd.total):
            if n < len(rnd.answers):
                right = rnd.answers[n].correct
                marks.append(
                    Content.styled("✓", "bold $success")
                    if right
                    else Content.styled("✗", "bold $error")
                )
            elif n == len(rnd.answers) and not self.reading:
                marks.append(Content.styled("●", "bold $accent"))
            else:
                marks.append(Content.styled("·", "$text-muted"))
        self.query_one("#quiz-progress", Static).update(Content(" ").join(marks))
        self.query_one("#question-number", Static).update(
            self.t("tui.quiz.number", number=number, total=rnd.total)
        )

    def show_question(self) -> None:
        self.reading = False
        self._last = None
        rnd = self.round
        question = rnd.current
        self._header()
        self.query_one("#question", Static).update(Content.styled(question.question, "bold"))
        options = self.query_one(ChoiceList)
        self._order = rnd.option_order()
        options.set_choices([(i, question.options[i].text) for i in self._order])
        options.display = True
        self.query_one(FeedbackPanel).display = False
        self.query_one("#quiz-continue").display = False
        options.focus()
        self.refresh_bindings()

    def show_answer(self, answer: Answer) -> None:
        self.reading = True
        self._last = answer
        self._header()
        lines: list[Line] = []
        if answer.correct:
            lines.append(Content.styled("✓ " + self.t("tui.play.right"), "bold $success"))
        else:
            lines.append(Content.styled("✗ " + self.t("tui.play.wrong"), "bold $error"))
        options = answer.question.options
        lines.extend(
            answer_review(
                [(options[i].text, options[i].correct) for i in self._order],
                self._order.index(answer.option),
                self.t("tui.play.yours"),
            )
        )
        lines.append(Content(""))
        feedback = options[answer.option].feedback
        if feedback:
            lines.append(Content(feedback))
        lines.append(Content(answer.question.explanation))
        question = answer.question
        source = source_text(question.source, question.checked, self.lang)
        lines.append(Content.styled(source, "italic $text-muted"))
        last = self.round.finished
        hint = self.query_one("#quiz-continue", Static)
        hint.update(
            Content.styled(
                self.t(N_("tui.quiz.to_results") if last else N_("tui.play.continue")),
                "italic $text-muted",
            )
        )
        panel = self.query_one(FeedbackPanel)
        panel.update(Stack(lines))
        self.query_one(ChoiceList).display = False
        panel.display = True
        hint.display = True
        panel.focus()
        self.call_after_refresh(self._fit_feedback)

    def on_resize(self, event: Resize) -> None:
        self.call_after_refresh(self._fit_feedback)

    def _fit_feedback(self) -> None:
        """The feedback gets the room between the question and the hint; it scrolls inside."""
        body = self.query_one("#quiz-body", VerticalScroll)
        used = sum(
            self.query_one(f"#{name}").outer_size.height
            for name in ("question-number", "question", "quiz-continue")
        )
        room = body.scrollable_content_region.height - used
        if room > 0:
            self.query_one(FeedbackPanel).styles.max_height = max(room, 3)

    @on(ChoiceList.Chosen, "#options")
    def _chosen(self, event: ChoiceList.Chosen) -> None:
        if self.reading:
            return
        self.show_answer(self.round.answer(event.value))

    @on(FeedbackPanel.Continue)
    def _continue(self) -> None:
        if not self.round.finished:
            self.show_question()
            return
        rnd = self.round
        self.host.workspace.record_quiz(
            rnd.quiz, rnd.score, rnd.total, [a.question.id for a in rnd.missed]
        )
        self.post_message(CheckSaving())
        self.post_message(QuizFinished(rnd))

    def action_menu(self) -> None:
        if not self.round.answers:
            self.post_message(GoHome())  # nothing to lose yet
            return
        from burgerschap.tui.screens.ask import ChoiceDialog

        def answered(choice: str | None) -> None:
            if choice == "stop":
                self.post_message(GoHome())

        self.app.push_screen(
            ChoiceDialog(
                self.t("tui.quiz.stop.title"),
                self.t("tui.quiz.stop.text"),
                [("stop", self.t("tui.quiz.stop.yes")), ("keep", self.t("tui.quiz.stop.no"))],
            ),
            answered,
        )

    def action_glossary(self) -> None:
        """The glossary over this screen; Escape comes back to exactly here."""
        self.post_message(OpenGlossary())


def quiz_title(screen: GameScreen[None], rnd: QuizRound) -> Content:
    """The quiz's title, and the level when the round keeps to one."""
    title = Content(rnd.quiz.title)
    if rnd.niveau is None:
        return title
    name = screen.t(LEVEL_NAME[rnd.niveau])
    badge = screen.t("tui.quiz.level.badge", niveau=name)
    return Content.assemble(title, ("  ·  " + badge, "$text-muted"))
