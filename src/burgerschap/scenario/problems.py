"""Problems found in a scenario file, and their messages in Dutch and English.

A :class:`Problem` is data (file, position, severity, a message code and its
parameters); it becomes text only when shown, in the language the user chose.
:class:`ScenarioError` is the one exception type the loader raises for bad
input.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from burgerschap.scenario.messages import MESSAGES
from burgerschap.scenario.plaintext import plain_line, plain_text

__all__ = ["MESSAGES", "Lang", "Problem", "ScenarioError", "Severity", "SortsProblems"]

Severity = Literal["error", "warning"]
Lang = Literal["nl", "en"]


@dataclass(frozen=True)
class Problem:
    """One finding in one file."""

    code: str
    severity: Severity = "error"
    file: str = ""
    line: int | None = None
    """1-based, or None when the problem concerns the whole file."""
    col: int | None = None
    """1-based."""
    params: dict[str, Any] = field(default_factory=dict)
    node: str | None = None
    """The node the problem belongs to, when there is one (editors jump there)."""

    def message(self, lang: Lang = "nl") -> str:
        """The message in ``lang``; parameters quote the file, so it is made plain text."""
        templates = MESSAGES.get(self.code)
        if templates is None:
            return plain_text(self.code)
        template = templates[1] if lang == "en" else templates[0]
        try:
            return plain_text(template.format(**self.params))
        except (KeyError, IndexError):
            return template

    def location(self) -> str:
        where = plain_line(self.file) or "<tekst>"
        if self.line is not None:
            where += f":{self.line}"
            if self.col is not None:
                where += f":{self.col}"
        return where

    def format(self, lang: Lang = "nl") -> str:
        """``file:line:col: error: message``, the form compilers use."""
        label: str = self.severity
        if lang == "nl":
            label = "fout" if self.severity == "error" else "waarschuwing"
        return f"{self.location()}: {label}: {self.message(lang)}"

    def to_json(self, lang: Lang = "nl") -> dict[str, Any]:
        return {
            "file": self.file,
            "line": self.line,
            "col": self.col,
            "severity": self.severity,
            "code": self.code,
            "node": self.node,
            "message": self.message(lang),
        }


class ScenarioError(Exception):
    """A file could not be loaded; ``problems`` holds every error found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        first = problems[0].format("en") if problems else "invalid scenario"
        super().__init__(first)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]


class SortsProblems:
    """Mixin for results that hold ``problems``: the errors and the warnings among them."""

    problems: list[Problem]

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]
