"""SugarCube 2 macros in a passage: links, go-tos, conditions and variable changes.

``<<link "text" "target">>`` and ``<<button ...>>`` (with or without a body,
whose ``<<goto>>`` and ``<<set>>`` count for the link), ``<<link [[...]]>>``,
``<<goto>>``, ``<<back>>`` and ``<<return>>`` become links; ``<<if>>`` /
``<<elseif>>`` / ``<<else>>`` guard the links inside; ``<<set>>`` and
``<<unset>>`` change flags and scores when simple; ``<<silently>>`` runs its
body without showing it. Every other macro is removed and reported.
"""

from __future__ import annotations

import re
from dataclasses import replace

from burgerschap.scenario import twine_vars as tv
from burgerschap.scenario.twine_markup import (
    GONE,
    Context,
    Link,
    LinkBody,
    Scanning,
    branch_guard,
    split_link,
    string_args,
)
from burgerschap.scenario.twine_vars import Guard

_MACRO = re.compile(r"<<\s*(/?)\s*([A-Za-z][\w-]*|=|-)")
_BRANCH = re.compile(r"<<\s*(/?)\s*(if|elseif|else)\b", re.IGNORECASE)
_LINK_ARG = re.compile(r"\[\[((?:[^\]]|\](?!\]))+)\]\]")


def sugarcube_macro(scanner: Scanning, text: str, i: int, ctx: Context) -> tuple[int, str] | None:
    """The macro at ``i``: where it ends (with its body) and what replaces it."""
    match = _MACRO.match(text, i)
    close = macro_end(scanner, text, match.end()) if match else -1
    if match is None or close < 0:
        return None
    end = close + 2
    if match.group(1):
        return end, GONE  # a closing tag: its macro was reported when it opened
    name, args = match.group(2), text[match.end() : close].strip()
    key, kind, whole = name.lower(), f"<<{name}>>", text[i:end]
    if key in ("link", "button"):
        return _link(scanner, text, (i, end), ctx, key, args)
    if key == "if":
        return _if(scanner, text, (i, end), ctx, args)
    if key == "goto":
        return end, scanner.go_to(_targets(args), ctx, kind, whole)
    if key in ("back", "return"):
        label = string_args(args, " ") or [""]
        return end, scanner.add_link(Link(label[0], None, kind, guard=ctx.guard))
    if key in ("set", "unset"):
        found = (
            tv.sugarcube_assignments(args, whole)
            if key == "set"
            else tv.sugarcube_unset(args, whole)
        )
        if found is None:
            scanner.note("twine_set", kind, whole)
        else:
            scanner.assign(found, ctx, kind, whole)
        return end, GONE
    if key in ("silently", "nobr", "script"):
        body, after = container(scanner, text, end, key)
        if key == "script":
            scanner.note("twine_code", kind, text[i:after])
            return after, GONE
        scanned = scanner.scan(body, ctx)
        return after, (GONE if key == "silently" else scanned.replace("\n", " "))
    scanner.note("twine_macro", "<<print>>" if key in ("=", "-") else kind, whole)
    return end, GONE


def _targets(args: str) -> list[str] | None:
    """The passage named by ``"target"`` or ``[[target]]``."""
    link = _LINK_ARG.fullmatch(args)
    if link is not None:
        return [split_link(link.group(1).split("][", 1)[0])[1]]
    return string_args(args, " ")


def _link(
    scanner: Scanning, text: str, tag: tuple[int, int], ctx: Context, key: str, args: str
) -> tuple[int, str]:
    """``<<link>>`` or ``<<button>>`` (``tag`` is where its opening tag starts and ends)."""
    kind, whole = f"<<{key}>>", text[tag[0] : tag[1]]
    body, after = container(scanner, text, tag[1], key)
    found = LinkBody()
    link_arg = _LINK_ARG.fullmatch(args)
    if link_arg is not None:
        inner = link_arg.group(1)
        if "][" in inner:
            inner, setter = inner.split("][", 1)
            found.assignments.extend(tv.sugarcube_assignments(setter, whole) or [])
        words, target = split_link(inner)
        strings: list[str] | None = [words, target]
    else:
        strings = string_args(args, " ")
    if not strings or len(strings) > 2:
        scanner.note("twine_dynamic_link", kind, whole)
        return after, GONE
    scanner.scan(body, replace(ctx, body=found))
    goes_to = strings[1] if len(strings) == 2 else found.target
    if goes_to is None:
        scanner.note("twine_macro", kind, text[tag[0] : after])
        return after, GONE
    link = Link(strings[0], goes_to, kind, found.assignments, ctx.guard)
    return after, scanner.add_link(link)


def _if(
    scanner: Scanning, text: str, tag: tuple[int, int], ctx: Context, args: str
) -> tuple[int, str]:
    """``<<if>> ... <<elseif>> ... <<else>> ... <</if>>``, each branch under its condition."""
    body, after = container(scanner, text, tag[1], "if")
    branches: list[tuple[str, str, str]] = []  # (key, condition, tag)
    starts: list[tuple[int, int]] = []  # (where a branch's tag starts, where its text starts)
    depth = 0
    for match in _BRANCH.finditer(body):
        word = match.group(2).lower()
        if word == "if":
            depth += -1 if match.group(1) else 1
            continue
        close = macro_end(scanner, body, match.end())
        if depth or close < 0:
            continue
        starts.append((match.start(), close + 2))
        branches.append((word, body[match.end() : close].strip(), body[match.start() : close + 2]))
    pieces: list[str] = []
    chain: list[Guard | None] = []
    edges = [(0, 0), *starts, (len(body), len(body))]
    first = ("if", args, text[tag[0] : tag[1]])
    for n, (this_key, this_cond, this_tag) in enumerate([first, *branches]):
        part = body[edges[n][1] : edges[n + 1][0]]
        own = None if this_key == "else" else tv.condition(this_cond)
        guard = branch_guard(this_key, own, chain)
        pieces.append(scanner.guarded(part, guard, ctx, f"<<{this_key}>>", this_tag))
    return after, "".join(pieces)


def macro_end(scanner: Scanning, text: str, start: int) -> int:
    """Where the ``>>`` that closes a macro starts (quotes followed), or -1."""
    end = scanner.look.end(text, start)
    found = _quoted_end(text, start, end)
    scanner.spent(start, found if found >= 0 else end, text)
    return found if found >= 0 else scanner.look.find(text, ">>", start)


def _quoted_end(text: str, start: int, end: int) -> int:
    quote = ""
    for j in range(start, min(end, len(text) - 1)):
        char = text[j]
        if quote:
            if char == quote and text[j - 1] != "\\":
                quote = ""
        elif char in "\"'`":
            quote = char
        elif char == ">" and text[j + 1] == ">":
            return j
    return -1


def container(scanner: Scanning, text: str, start: int, name: str) -> tuple[str, int]:
    """The body of a container macro opened before ``start``, and where its end tag ends.

    Without an end tag the macro has no body (``""``, ``start``).
    """
    end = scanner.look.end(text, start)
    depth = 1
    pattern = re.compile(rf"<<\s*(/?)\s*{name}\b", flags=re.IGNORECASE)
    for match in pattern.finditer(text, start, end):
        depth += -1 if match.group(1) else 1
        if depth == 0:
            scanner.spent(start, match.end(), text)
            close = macro_end(scanner, text, match.end())
            if close < 0:
                break
            return text[start : match.start()], close + 2
    else:
        scanner.spent(start, end, text)
    return "", start
