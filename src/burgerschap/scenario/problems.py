"""Problems found in a scenario file, as data.

A :class:`Problem` is data (file, position, severity, a message code and its
parameters, the path of the value it is about); it becomes text only when
shown, in the language the user chose, at the edge
(:mod:`burgerschap.i18n.problem_words`). A field a message names is a
:class:`FieldKey`: the command line and the editor's YAML tab show it as the
key the file has (``goto``), the editor's form as the form names it ("Naar").
:class:`ScenarioError` is the one exception type the loader raises for bad
input.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

from burgerschap.scenario.plaintext import plain_line

__all__ = [
    "FieldKey",
    "Problem",
    "ScenarioError",
    "Severity",
    "SortsProblems",
]

Severity = Literal["error", "warning"]
DataPath = tuple[str | int, ...]
"""Where a value stands in the document: keys and list positions from the top."""


class FieldKey(str):
    """A key of the file as YAML writes it (``goto``), that knows where it stands.

    As a string it is the key, which is what a message about a YAML file says.
    :attr:`path` (the whole path of the value) and :attr:`kind` (the kind of
    node it is in: ``story``, ``question`` or ``ending``) let an editor name the
    field as its form does.
    """

    path: DataPath
    kind: str | None

    def __new__(cls, path: Iterable[str | int], kind: str | None = None) -> FieldKey:
        path = tuple(path)
        key = next((part for part in reversed(path) if isinstance(part, str)), "?")
        self = super().__new__(cls, key)
        self.path = path
        self.kind = kind
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (FieldKey, (self.path, self.kind))


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
    path: DataPath = ()
    """The value the problem is about, when it is about one."""

    def location(self) -> str:
        where = plain_line(self.file) or "<tekst>"
        if self.line is not None:
            where += f":{self.line}"
            if self.col is not None:
                where += f":{self.col}"
        return where

    def to_json(self) -> dict[str, Any]:
        """Where the problem is and its code (the edge adds the message, in a language)."""
        return {
            "file": self.file,
            "line": self.line,
            "col": self.col,
            "severity": self.severity,
            "code": self.code,
            "node": self.node,
        }


class ScenarioError(Exception):
    """A file could not be loaded; ``problems`` holds every error found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        first = problems[0] if problems else None
        # Not for the user (who reads the problems in words): for a log or a traceback.
        super().__init__(
            f"{first.location()}: {first.severity}: {first.code}" if first else "invalid scenario"
        )

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
