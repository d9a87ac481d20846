"""Before a quiz round: all questions, or only the easier ones (``niveau: basis``)."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Static

from burgerschap.scenario.models import NIVEAUS, Niveau, Quiz
from burgerschap.scenario.quizdraw import levels, pool
from burgerschap.tui.screens.base import GameModal
from burgerschap.tui.widgets.choice_list import ChoiceList
from burgerschap.tui.widgets.footer import GameFooter

ALL = "all"
"""The answer for a round that draws from every question."""


class QuizLevelDialog(GameModal[str | None]):
    """Returns a level (``basis``), :data:`ALL`, or None when cancelled with Escape."""

    CSS_PATH = "dialogs.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "tui.key.cancel", id="cancel"),
    ]
    """Escape: no round."""

    def __init__(self, quiz: Quiz) -> None:
        super().__init__(id="quiz-level")
        self.quiz = quiz
        self.answers: list[str] = [*levels(quiz), ALL]

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(self.quiz.title, classes="panel-title", markup=False)
            yield Static(self.t("tui.quiz.level.ask"), classes="dialog-text")
            yield ChoiceList(id="levels")
            yield Static(self.t("tui.quiz.level.hint"), classes="hint")
        yield GameFooter()

    def on_mount(self) -> None:
        self.retranslate()
        self.query_one(ChoiceList).focus()

    def retranslate(self) -> None:
        choices = []
        for n, answer in enumerate(self.answers):
            if answer == ALL:
                text = self.tn("tui.quiz.level.all", len(self.quiz.questions))
            else:
                count = len(pool(self.quiz, level_of(answer)))
                if answer == "basis":
                    text = self.tn("tui.quiz.level.basis", count)
                else:
                    text = self.tn("tui.quiz.level.verdieping", count)
            choices.append((n, text))
        self.query_one(ChoiceList).set_choices(choices)

    @on(ChoiceList.Chosen, "#levels")
    def _chosen(self, event: ChoiceList.Chosen) -> None:
        self.dismiss(self.answers[event.value])

    def action_cancel(self) -> None:
        self.dismiss(None)


def level_of(answer: str) -> Niveau | None:
    """The level an answer of the dialog stands for (None: all questions)."""
    return next((n for n in NIVEAUS if n == answer), None)
