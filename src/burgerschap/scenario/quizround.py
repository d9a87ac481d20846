"""One round of a quiz: which questions, in which order, and how it went.

Pure data and rules, no interface: a round draws ``quiz.draw`` questions at
random (fixed by the seed), never two that exclude each other and, for a
level, none above it (see :mod:`burgerschap.scenario.quizdraw`); it shows
each question's options shuffled and keeps every answer for the review.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from burgerschap.scenario.models import Niveau, Quiz, QuizQuestion
from burgerschap.scenario.quizdraw import draw, exclusions, pool


@dataclass(frozen=True)
class Answer:
    """What the student answered to one question."""

    question: QuizQuestion
    option: int
    """The option's index in the file."""

    @property
    def correct(self) -> bool:
        return self.question.options[self.option].correct

    @property
    def chosen_text(self) -> str:
        return self.question.options[self.option].text

    @property
    def right_text(self) -> str:
        return next((o.text for o in self.question.options if o.correct), "")


@dataclass
class QuizRound:
    """A round in progress; :meth:`answer` moves it on."""

    quiz: Quiz
    seed: int
    niveau: Niveau | None = None
    """Draw only questions at or below this level (None: all questions)."""
    questions: list[QuizQuestion] = field(init=False)
    answers: list[Answer] = field(default_factory=list)

    def __post_init__(self) -> None:
        rng = random.Random(f"quiz:{self.seed}:{self.quiz.id}")
        graph = exclusions(self.quiz.questions)
        self.questions = draw(pool(self.quiz, self.niveau), self.quiz.draw, rng, graph)

    @property
    def total(self) -> int:
        return len(self.questions)

    @property
    def number(self) -> int:
        """The current question's number, from 1."""
        return len(self.answers) + 1

    @property
    def finished(self) -> bool:
        return len(self.answers) >= self.total

    @property
    def current(self) -> QuizQuestion:
        return self.questions[len(self.answers)]

    def option_order(self) -> list[int]:
        """The current question's options in the order shown (fixed by the seed)."""
        order = list(range(len(self.current.options)))
        random.Random(f"quiz:{self.seed}:{self.current.id}").shuffle(order)
        return order

    def answer(self, option: int) -> Answer:
        """Answer the current question with option ``option`` (its index in the file)."""
        if self.finished:
            raise ValueError("the round is over")
        if not 0 <= option < len(self.current.options):
            raise ValueError(f"no option {option}")
        given = Answer(self.current, option)
        self.answers.append(given)
        return given

    @property
    def score(self) -> int:
        return sum(1 for a in self.answers if a.correct)

    @property
    def missed(self) -> list[Answer]:
        return [a for a in self.answers if not a.correct]
