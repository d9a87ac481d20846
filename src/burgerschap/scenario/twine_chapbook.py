"""Chapbook 2 in a passage: the vars section, modifiers and inserts.

A passage may start with a vars section (``name: value`` lines ended by a
line ``--``): simple changes become the passage's own changes, the rest is
reported. A modifier line (``[if x]``, ``[unless x]``, ``[else]``,
``[continue]``, ``[after 1s]``, ``[note]``, ...) starts a block; conditions
guard the links in their block, notes and code blocks are left out, other
modifiers are reported and their text kept. Inserts: ``{link to: 'target',
label: 'text'}`` and ``{back link}`` become links, a variable insert
(``{name}``) stays in the text and is reported, other inserts are removed and
reported. A ``{...}`` that is no insert is text, as Chapbook shows it.
"""

from __future__ import annotations

import re

from burgerschap.scenario import twine_vars as tv
from burgerschap.scenario.twine_markup import (
    EXTERNAL,
    GONE,
    Context,
    Link,
    Scanning,
    branch_guard,
    string_args,
)
from burgerschap.scenario.twine_vars import Guard

_VARS_LINE = re.compile(r"\s*[A-Za-z_][\w.]*\s*(?:\([^)]*\))?\s*:.*")
_MODIFIER = re.compile(r"\s*\[([^\[\]]+)\]\s*")
_INSERT = re.compile(r"\{([^{}\n]*)\}")
_NOTES = ("note", "note to myself", "n.b.", "fixme", "todo")
_CODE = ("javascript", "css")
_CONTINUE = ("continue", "cont", "cont'd", "")
INSERTS = (
    *("ambient sound", "back link", "cycling link", "dropdown menu", "embed flickr"),
    *("embed image", "embed passage", "embed unsplash", "embed youtube", "link to"),
    *("restart link", "reveal link", "sound effect", "text input", "checkbox"),
)
"""Chapbook's own inserts (their names start with these words)."""


def chapbook_passage(text: str, scanner: Scanning) -> str:
    """The passage scanned block by block under its modifiers, after its vars section."""
    lines = text.split("\n")
    if "--" in (line.strip() for line in lines):
        cut = [line.strip() for line in lines].index("--")
        head = lines[:cut]
        if any(s.strip() for s in head) and all(
            not s.strip() or _VARS_LINE.fullmatch(s) for s in head
        ):
            for line in filter(str.strip, head):
                found = tv.chapbook_assignment(line)
                if found is None:
                    scanner.note("twine_set", "vars", line)
                else:
                    scanner.assignments.append(found)
            lines = lines[cut + 1 :]
    pieces: list[str] = []
    block: list[str] = []
    modifier: str | None = None
    chain: list[Guard | None] = []
    for each in [*lines, None]:
        match = _MODIFIER.fullmatch(each) if each is not None else None
        if each is not None and match is None:
            block.append(each)
            continue
        pieces.append(_block("\n".join(block), modifier, scanner, chain))
        block, modifier = [], (match.group(1) if match else None)
    return "\n".join(pieces)


def _block(text: str, modifier: str | None, scanner: Scanning, chain: list[Guard | None]) -> str:
    """One block of text under its modifier line (``None`` for the first block)."""
    if modifier is None:
        return scanner.scan(text, Context())
    kinds = [part.strip() for part in modifier.split(";")]
    whole = f"[{modifier}]"
    for part in kinds:
        lower = part.lower()
        if lower in _NOTES:
            scanner.note("twine_macro", "[note]", whole)
            return GONE
        if lower in _CODE:
            scanner.note("twine_code", f"[{part}]", text)
            return GONE
    condition = next(
        (p for p in kinds if p.lower().split(" ")[0] in ("if", "unless", "else")), None
    )
    for part in kinds:
        if part is not condition and part.lower() not in _CONTINUE:
            scanner.note("twine_macro", f"[{part.split(' ')[0].lower()}]", whole)
    if condition is None:
        chain.clear()
        return GONE + "\n" + scanner.scan(text, Context())
    word, _, rest = condition.partition(" ")
    key = word.lower()
    own = None if key == "else" else tv.condition(rest, sigil="")
    if key == "unless":
        own = own.negated() if own else None
    guard = branch_guard(key, own, chain)
    return GONE + "\n" + scanner.guarded(text, guard, Context(), f"[{key}]", whole)


def chapbook_insert(scanner: Scanning, text: str, i: int, ctx: Context) -> tuple[int, str] | None:
    """The insert at ``i``, or None when the braces hold no insert (they are text)."""
    match = _INSERT.match(text, i)
    if match is None:
        return None
    content, end, whole = match.group(1), match.end(), match.group(0)
    parts = [p.strip() for p in _split(content)]
    head, _, value = parts[0].partition(":") if parts else ("", "", "")
    name = " ".join(head.lower().split())
    params = dict(_param(p) for p in parts[1:])
    if re.fullmatch(r"[A-Za-z_$][\w.$]*", name) and not value:
        scanner.note("twine_variable", "{}", whole)
        return end, whole  # Chapbook shows the variable's value here: keep the name
    insert = next((known for known in INSERTS if name.startswith(known)), None)
    if insert is None:
        return None
    label = params.get("label", "")
    if insert == "link to":
        targets = string_args(value, ",")
        if not targets or len(targets) != 1:
            scanner.note("twine_dynamic_link", "{link to}", whole)
            return end, GONE
        if EXTERNAL.match(targets[0]):
            return end, f"[{label or targets[0]}]({targets[0]})"
        link = Link(label or targets[0], targets[0], "{link to}", guard=ctx.guard)
        return end, scanner.add_link(link)
    if insert == "back link":
        return end, scanner.add_link(Link(label, None, "{back link}", guard=ctx.guard))
    scanner.note("twine_macro", f"{{{insert}}}", whole)
    return end, GONE


def _split(content: str) -> list[str]:
    return tv.split_top(content, ",")


def _param(part: str) -> tuple[str, str]:
    key, _, value = part.partition(":")
    strings = string_args(value, ",")
    return key.strip().lower(), (strings[0] if strings and len(strings) == 1 else value.strip())
