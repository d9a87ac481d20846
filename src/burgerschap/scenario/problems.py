"""Problems found in a scenario file, and their messages in Dutch and English.

A :class:`Problem` is data (file, position, severity, a message code and its
parameters, the path of the value it is about); it becomes text only when
shown, in the language the user chose. A field a message names is a
:class:`FieldKey`: the command line and the editor's YAML tab show it as the
key the file has (``goto``), the editor's form as the form names it ("Naar"),
through the ``names`` it gives :meth:`Problem.message`.
:class:`ScenarioError` is the one exception type the loader raises for bad
input.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

from burgerschap.scenario.messages import HINTS, MESSAGES, UNITS
from burgerschap.scenario.plaintext import plain_line, plain_text

__all__ = [
    "MESSAGES",
    "FieldKey",
    "FieldNames",
    "Lang",
    "Problem",
    "ScenarioError",
    "Severity",
    "SortsProblems",
]

Severity = Literal["error", "warning"]
Lang = Literal["nl", "en"]
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


FieldNames = Callable[[FieldKey, Lang], str | None]
"""How a form names a field (None: it has no name for it, so the key is shown)."""


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

    def message(self, lang: Lang = "nl", names: FieldNames | None = None) -> str:
        """The message in ``lang``; parameters quote the file, so it is made plain text.

        Fields are named by their YAML key, or by ``names`` (a form's names for
        them) where it has a name. A ``suggestion`` ("bedoel je ...?") and the
        other hints of :data:`~burgerschap.scenario.messages.HINTS` follow the
        message.
        """
        templates = MESSAGES.get(self.code)
        if templates is None:
            return plain_text(self.code)
        index = 1 if lang == "en" else 0
        params = {key: _word(key, value, index, names) for key, value in self.params.items()}
        try:
            text = templates[index].format(**params)
            for param, code in HINTS.items():
                if self.params.get(param) is not None:
                    text += "; " + MESSAGES[code][index].format(**params)
        except (KeyError, IndexError):
            return templates[index]
        return plain_text(text)

    def location(self) -> str:
        where = plain_line(self.file) or "<tekst>"
        if self.line is not None:
            where += f":{self.line}"
            if self.col is not None:
                where += f":{self.col}"
        return where

    def format(self, lang: Lang = "nl", names: FieldNames | None = None) -> str:
        """``file:line:col: error: message``, the form compilers use."""
        label: str = self.severity
        if lang == "nl":
            label = "fout" if self.severity == "error" else "waarschuwing"
        return f"{self.location()}: {label}: {self.message(lang, names)}"

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


def _word(key: str, value: Any, index: int, names: FieldNames | None) -> Any:
    """A parameter as the message says it: a field by its name, a count with its unit."""
    if isinstance(value, FieldKey) and names is not None:
        return names(value, "en" if index else "nl") or value
    unit = UNITS.get(key)
    if unit is not None and isinstance(value, int):
        singular, plural = unit[index]
        return f"{value} {singular if value == 1 else plural}"
    return value


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
