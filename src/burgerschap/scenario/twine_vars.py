"""Variables in Twine stories: the assignments and conditions a scenario can hold.

A scenario has flags (set or unset by a choice, tested by a condition) and
scores (dimensions that choices add to). Twine stories use variables for
both. This module reads the simple cases in the syntax of each story format:

- a flag switched on or off: Harlowe ``(set: $x to true)``, SugarCube
  ``<<set $x to false>>`` or ``[[..][$x = true]]``, Chapbook ``x: true``;
- a score raised or lowered by a whole number: ``(set: $score to it + 1)``,
  ``(set: $score to $score - 2)``, ``(put: $score + 1 into $score)``,
  ``<<set $score += 1>>``, ``<<set $score++>>``, Chapbook ``score: score + 1``;
- a reset to a number (``to 0``): kept so the conversion can tell a start
  value (harmless) from a reset in the middle of a story (reported);
- a condition on one flag: ``(if: $x)``, ``(if: $x is false)``,
  ``(unless: $x)``, ``<<if not $x>>``, Chapbook ``[if !x]``.

Anything else (arithmetic on other variables, strings, random numbers,
comparisons of scores) is not understood: the parsers return None, and the
caller reports it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Op = Literal["on", "off", "add", "reset"]


@dataclass(frozen=True)
class Assignment:
    """One variable change: a flag on or off, a score added to, or a reset."""

    variable: str
    """The name as written, without ``$``."""
    op: Op
    amount: int = 0
    source: str = ""
    """The macro or line it came from, for reports."""


@dataclass(frozen=True)
class Guard:
    """A condition on flags: every one of ``flags`` set, none of ``not_flags``."""

    flags: tuple[str, ...] = ()
    not_flags: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.flags or self.not_flags)

    def both(self, other: Guard) -> Guard:
        return Guard(
            tuple(dict.fromkeys(self.flags + other.flags)),
            tuple(dict.fromkeys(self.not_flags + other.not_flags)),
        )

    def negated(self) -> Guard | None:
        """The opposite, when it is a condition too (a single flag); else None."""
        if len(self.flags) + len(self.not_flags) != 1:
            return None
        return Guard(self.not_flags, self.flags)


_NUMBER = re.compile(r"[+-]?\d{1,6}")
_NAME = r"[A-Za-z_][\w]*"


def _value(variable: str, expr: str, self_words: tuple[str, ...]) -> tuple[Op, int] | None:
    """What assigning ``expr`` to ``variable`` does, or None when not understood."""
    expr = expr.strip()
    if expr in ("true", "false"):
        return ("on", 0) if expr == "true" else ("off", 0)
    if _NUMBER.fullmatch(expr):
        return "reset", int(expr)
    for word in self_words:
        match = re.fullmatch(rf"{re.escape(word)}\s*([+-])\s*(\d{{1,6}})", expr)
        if match is None:
            match = re.fullmatch(rf"(\d{{1,6}})\s*(\+)\s*{re.escape(word)}", expr)
            if match is not None:
                return "add", int(match.group(1))
            continue
        amount = int(match.group(2))
        return "add", amount if match.group(1) == "+" else -amount
    return None


def split_top(text: str, separators: str) -> list[str]:
    """``text`` split at ``separators`` outside quotes and brackets."""
    parts: list[str] = []
    depth, quote, start = 0, "", 0
    for i, char in enumerate(text):
        if quote:
            if char == quote and text[i - 1] != "\\":
                quote = ""
        elif char in "\"'`":
            quote = char
        elif char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
        elif char in separators and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return [p.strip() for p in parts if p.strip()]


def harlowe_assignments(macro: str, args: str, source: str) -> list[Assignment] | None:
    """The changes of ``(set: ...)`` or ``(put: ...)`` (``macro`` is set or put)."""
    found: list[Assignment] = []
    for part in split_top(args, ","):
        if macro == "set":
            match = re.fullmatch(rf"\$({_NAME})\s+to\s+(.+)", part, flags=re.S)
            variable, expr = (match.group(1), match.group(2)) if match else ("", "")
        else:
            match = re.fullmatch(rf"(.+?)\s+into\s+\$({_NAME})", part, flags=re.S)
            variable, expr = (match.group(2), match.group(1)) if match else ("", "")
        value = _value(variable, expr, ("it", f"${variable}")) if match else None
        if value is None:
            return None
        found.append(Assignment(variable, value[0], value[1], source))
    return found or None


def sugarcube_assignments(args: str, source: str) -> list[Assignment] | None:
    """The changes of ``<<set ...>>`` or of a link's setter (``[[..][$x to 1]]``)."""
    found: list[Assignment] = []
    for part in split_top(args, ";,"):
        step = re.fullmatch(rf"\$({_NAME})\s*(\+\+|--)", part)
        compound = re.fullmatch(rf"\$({_NAME})\s*([+-])=\s*(\d{{1,6}})", part)
        plain = re.fullmatch(rf"\$({_NAME})\s*(?:to\b|=(?!=))\s*(.+)", part, flags=re.S)
        if step is not None:
            amount = 1 if step.group(2) == "++" else -1
            found.append(Assignment(step.group(1), "add", amount, source))
        elif compound is not None:
            amount = int(compound.group(3)) * (1 if compound.group(2) == "+" else -1)
            found.append(Assignment(compound.group(1), "add", amount, source))
        elif plain is not None:
            variable = plain.group(1)
            value = _value(variable, plain.group(2), (f"${variable}",))
            if value is None:
                return None
            found.append(Assignment(variable, value[0], value[1], source))
        else:
            return None
    return found or None


def sugarcube_unset(args: str, source: str) -> list[Assignment] | None:
    """``<<unset $x, $y>>``: the flags switched off."""
    names = [re.fullmatch(rf"\$({_NAME})", part) for part in split_top(args, ",")]
    if not names or any(match is None for match in names):
        return None
    return [Assignment(match.group(1), "off", 0, source) for match in names if match]


def chapbook_assignment(line: str) -> Assignment | None:
    """One line of a Chapbook vars section (``name: value``), when it is simple."""
    match = re.fullmatch(rf"\s*({_NAME})\s*:\s*(.+?)\s*", line)
    if match is None:
        return None
    variable = match.group(1)
    value = _value(variable, match.group(2), (variable,))
    return Assignment(variable, value[0], value[1], line.strip()) if value else None


def condition(text: str, sigil: str = "$") -> Guard | None:
    """A condition on one flag, in any format's words, or None.

    Understood: ``$x``, ``not $x``, ``!$x``, and ``$x`` compared with ``true``
    or ``false`` by ``is``, ``is not``, ``eq``, ``neq``, ``==``, ``===``,
    ``!=`` or ``!==`` (with ``sigil=""`` for Chapbook, whose variables have none).
    """
    text = text.strip()
    positive = True
    negation = re.match(r"(?:not\s+|!\s*)", text)
    if negation:
        positive = False
        text = text[negation.end() :]
    name = rf"{re.escape(sigil)}({_NAME})"
    match = re.fullmatch(name, text)
    if match is None:
        compared = re.fullmatch(
            rf"{name}\s*(is\s+not|is|eq|neq|===|!==|==|!=)\s*(true|false)", text
        )
        if compared is None:
            return None
        match = compared
        if compared.group(2) in ("is not", "neq", "!==", "!=") or " not" in compared.group(2):
            positive = not positive
        if compared.group(3) == "false":
            positive = not positive
    variable = match.group(1)
    return Guard(flags=(variable,)) if positive else Guard(not_flags=(variable,))
