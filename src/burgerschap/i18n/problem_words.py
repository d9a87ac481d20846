"""Problems in scenario files put into words: where a domain problem becomes text.

The domain (:mod:`burgerschap.scenario`) reports a
:class:`~burgerschap.scenario.problems.Problem` as data: a code, its
parameters and where it is. It is worded here, when shown, in the language the
user chose, from the ``problems`` catalogue
(``locale/<lang>/LC_MESSAGES/problems.po``, message id = the code):
:func:`problem_text` (the message), :func:`problem_line` (the
``file:line:col: fout: ...`` form compilers use) and :func:`problem_json`
(the machine-readable form of ``check --json``). Parameters quote the file,
so every text that leaves here is plain text.

A field a message names (a :class:`~burgerschap.scenario.problems.FieldKey`)
is said as its YAML key, or as a form names it, through the ``names`` given:
the editor's form says "Keuze 1 › Naar" where the YAML says ``goto``. A
message with plural forms is chosen by its ``{count}``; a count in
:data:`UNITS` is said with its unit, in the singular or the plural.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from burgerschap.i18n import Language
from burgerschap.i18n.catalog import catalog
from burgerschap.scenario.plaintext import plain_text
from burgerschap.scenario.problems import FieldKey, Problem, ScenarioError, Severity

__all__ = [
    "DOMAIN",
    "HINTS",
    "PATTERN_HINTS",
    "SEVERITIES",
    "UNITS",
    "FieldNames",
    "error_text",
    "message_codes",
    "problem_json",
    "problem_line",
    "problem_place",
    "problem_text",
    "templates",
]

DOMAIN = "problems"

FieldNames = Callable[[FieldKey, Language], str | None]
"""How a form names a field (None: it has no name for it, so the key is shown)."""

HINTS: dict[str, str] = {
    "suggestion": "did_you_mean",
    "inside": "key_inside",
    "outside": "key_outside",
    "node_key": "key_as_node",
    "in_text": "key_in_text",
}
"""A parameter that, when a problem has it, adds a hint after its message (in this order)."""

UNITS: dict[str, str] = {"spaces": "unit.spaces"}
"""A count parameter said with its unit (a plural message): ``{spaces}`` is "1 spatie"."""

SEVERITIES: dict[Severity, str] = {"error": "severity.error", "warning": "severity.warning"}
"""How a line names its severity ("fout", "waarschuwing")."""

PATTERN_HINTS: dict[str, str] = {
    "slug": "hint.slug",
    "ref": "hint.ref",
    "ifid": "hint.ifid",
    "name": "hint.name",
}
"""The ``{hint}`` of a name that is not valid: what such a name may be made of."""

COUNT = "count"
"""The parameter that chooses the form of a message with plural forms."""


def problem_text(problem: Problem, lang: Language = "nl", names: FieldNames | None = None) -> str:
    """The message of ``problem`` in ``lang``, as plain text.

    Fields are named by their YAML key, or by ``names`` where it has a name
    for them. A ``suggestion`` ("bedoel je ...?") and the other hints of
    :data:`HINTS` follow the message.
    """
    message = _message(problem.code, lang, problem.params.get(COUNT))
    if message is None:
        return plain_text(problem.code)
    params = {key: _word(key, value, lang, names) for key, value in problem.params.items()}
    try:
        text = message.format(**params)
        for param, code in HINTS.items():
            if problem.params.get(param) is not None:
                text += "; " + (_message(code, lang) or code).format(**params)
    except (KeyError, IndexError):  # a parameter the message names is missing
        return message
    return plain_text(text)


def problem_line(problem: Problem, lang: Language = "nl", names: FieldNames | None = None) -> str:
    """``file:line:col: fout: message``, the form compilers use."""
    return problem_place(problem, lang) + problem_text(problem, lang, names)


def problem_place(problem: Problem, lang: Language = "nl") -> str:
    """``file:line:col: fout: ``, what a line says before the message."""
    label = catalog(DOMAIN, lang).text(SEVERITIES[problem.severity])
    return f"{problem.location()}: {label}: "


def problem_json(problem: Problem, lang: Language = "nl") -> dict[str, Any]:
    """The problem as ``check --json`` gives it: its data and its message in ``lang``."""
    return {**problem.to_json(), "message": problem_text(problem, lang)}


def error_text(error: ScenarioError, lang: Language = "nl") -> str:
    """What a refused file is told as in one line: its first problem."""
    return problem_line(error.problems[0], lang) if error.problems else plain_text(str(error))


def message_codes() -> frozenset[str]:
    """Every code that has a message (problems and the hints after them)."""
    return frozenset(key for key in catalog(DOMAIN, "nl").messages if "." not in key)


def templates(code: str, lang: Language) -> tuple[str, ...]:
    """The ``str.format`` templates of ``code`` in ``lang``: one, or its plural forms."""
    found = catalog(DOMAIN, lang).messages.get(code, ())
    return (found,) if isinstance(found, str) else found


def _message(code: str, lang: Language, count: Any = None) -> str | None:
    """The template of ``code``; of a plural message, the form for ``count`` (none: many)."""
    found = catalog(DOMAIN, lang).messages.get(code)
    if found is None or isinstance(found, str):
        return found
    return catalog(DOMAIN, lang).plural_text(code, count if isinstance(count, int) else 2)


def _word(key: str, value: Any, lang: Language, names: FieldNames | None) -> Any:
    """A parameter as the message says it: a field by its name, a count with its unit,
    a kind of name by what it may hold."""
    if isinstance(value, FieldKey) and names is not None:
        return names(value, lang) or value
    if key == "hint" and isinstance(value, str) and value in PATTERN_HINTS:
        return catalog(DOMAIN, lang).text(PATTERN_HINTS[value])
    unit = UNITS.get(key)
    if unit is not None and isinstance(value, int):
        return catalog(DOMAIN, lang).format_plural(unit, value)
    return value
