"""Problems and findings as a list; choosing one asks to jump to its node (or line).

Beside the form, a problem names fields as the form does ("Naar"); beside the
YAML text, by their keys (``goto``): see :mod:`burgerschap.tui.field_names`.
"""

from __future__ import annotations

from typing import ClassVar, Literal

from textual import on
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from burgerschap.i18n import Language
from burgerschap.i18n.problem_words import problem_text
from burgerschap.scenario.problems import Problem
from burgerschap.tui.field_names import form_name
from burgerschap.tui.text import lang_of

FieldWords = Literal["form", "yaml"]
"""How a problem list names fields: as the form does, or by their YAML keys."""


def problem_prompt(
    problem: Problem, lang: Language, line_label: str, fields: FieldWords = "form"
) -> Content:
    """``✗ r.12 · begin`` and the message under it, coloured by severity."""
    error = problem.severity == "error"
    mark, style = ("✗ ", "bold $error") if error else ("⚠ ", "bold $warning")
    where = [line_label.format(line=problem.line)] if problem.line else []
    if problem.node:
        where.append(problem.node)
    return Content.assemble(
        (mark, style),
        (" · ".join(where), "bold") if where else "",
        "\n  " if where else "",
        (problem_text(problem, lang, form_name if fields == "form" else None), ""),
    )


class ProblemList(OptionList):
    """The problems of the work; Enter on one posts :class:`ProblemList.Jump`."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "tui.key.jump", id="jump"),
    ]
    """Enter jumps to the problem's node."""

    class Jump(Message):
        """Go to where a problem is."""

        def __init__(self, problem_list: ProblemList, problem: Problem) -> None:
            super().__init__()
            self.problem_list = problem_list
            self.problem = problem

        @property
        def control(self) -> ProblemList:
            return self.problem_list

    def __init__(self, *, id: str | None = None, fields: FieldWords = "form") -> None:
        super().__init__(id=id, markup=False)
        self.problems: list[Problem] = []
        self.fields: FieldWords = fields
        """Whether messages name fields as the form does, or by their YAML keys."""

    def show(self, problems: list[Problem], empty: str, line_label: str) -> None:
        lang = lang_of(self)
        self.problems = list(problems)
        highlighted = self.highlighted
        if not problems:
            self.set_options([Option(Content.styled("✓ " + empty, "$success"), disabled=True)])
            return
        self.set_options(
            [
                Option(problem_prompt(p, lang, line_label, self.fields), id=str(i))
                for i, p in enumerate(problems)
            ]
        )
        if highlighted is not None:
            self.highlighted = min(highlighted, len(problems) - 1)

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        index = int(event.option.id or -1)
        if 0 <= index < len(self.problems):
            self.post_message(self.Jump(self, self.problems[index]))
