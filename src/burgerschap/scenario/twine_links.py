"""The link forms and macros of Twine's story formats, read from one passage.

:func:`parse_passage` turns a passage's text into what a scenario can hold:
the text a student sees (markup removed), its links (choices, with the flags
and scores they change and the flag conditions that guard them), the
variable changes of the passage itself, and a :class:`Finding` for every
piece of markup that could not be carried over.

Links understood, per story format (a story without a known format gets all):

- every format: ``[[target]]``, ``[[text->target]]``, ``[[target<-text]]``,
  ``[[text|target]]``; SugarCube also ``[[text|target][$x to 1]]``;
- Harlowe: ``(link-goto: "text", "target")``, ``(link-goto: "target")``,
  ``(link: "text")[(go-to: "target")]``, ``(click-goto: "text", "target")``,
  ``(link-reveal-goto: "text", "target")[...]``, ``(link-undo: "text")``;
- SugarCube: ``<<link "text" "target">>``, ``<<link "text">><<goto "target">><</link>>``,
  ``<<button ...>>`` (the same), ``<<back>>``, ``<<return>>``;
- Chapbook: ``{link to: 'target', label: 'text'}``, ``{back link}``
  (a link back to the previous passage: :attr:`Link.target` is None).

A go-to on its own (Harlowe ``(go-to:)``, SugarCube ``<<goto>>``) jumps
without asking; it becomes a choice too, and is reported. Conditions
(``(if:)``, ``(unless:)``, ``(else:)``, ``<<if>>``/``<<elseif>>``/``<<else>>``,
Chapbook ``[if]``/``[unless]``/``[else]``) guard the links inside them; other
macros, HTML and code are removed from the text and reported, their visible
words kept. Chapbook's vars section and modifiers are read in
:mod:`burgerschap.scenario.twine_chapbook`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from burgerschap.scenario import twine_vars as tv
from burgerschap.scenario.twine_chapbook import chapbook_insert, chapbook_passage
from burgerschap.scenario.twine_markup import (
    EXTERNAL,
    GONE,
    LINK,
    Context,
    Finding,
    Link,
    LinkBody,
    Lookahead,
    ParsedPassage,
    branch_guard,
    closing,
    finish,
    shown,
    split_link,
    string_args,
)
from burgerschap.scenario.twine_sugarcube import sugarcube_macro
from burgerschap.scenario.twine_vars import Assignment, Guard

_LINK = re.compile(r"\[\[((?:[^\]]|\](?!\]))+)\]\]")
_HARLOWE_MACRO = re.compile(r"\(([A-Za-z][\w-]*):")
_TAG = re.compile(r"</?([A-Za-z][\w-]*)(?:\s[^<>]*)?/?>")
_VARIABLE = re.compile(r"\$[A-Za-z_]\w*")
_NAMED_HOOK = re.compile(r"\|[A-Za-z_]\w*>(?=\[)")
_HOOK_NAME_AFTER = re.compile(r"<[A-Za-z_]\w*\|")
_CHAINED = re.compile(r"[ \t]*\+[ \t]*(?=\([A-Za-z][\w-]*:)")
_GOTO_INSIDE = re.compile(r"\(go[-_]?to\s*:", re.IGNORECASE)
_SPECIAL = re.compile(r"[\[(<{}$|/]")
_CHANGERS = frozenset({"if", "unless", "elseif", "else", "link", "linkreveal", "linkrepeat"})
_CHANGERS |= {"linkrerun", "click", "linkrevealgoto", "hidden", "textstyle", "css", "align"}
_COMMANDS = frozenset({"set", "put", "move", "print", "display", "goto", "linkgoto", "clickgoto"})
_COMMANDS |= {"linkundo", "undo", "restart", "reload", "savegame", "loadgame", "stop"}
MAX_DEPTH = 40
"""Hooks and macro bodies nested deeper than this are kept as text: real stories nest a
few levels, and a file nested thousands deep must not exhaust the stack."""


def parse_passage(text: str, formats: frozenset[str]) -> ParsedPassage:
    """The passage's shown text, links, own variable changes and findings."""
    scanner = Scanner(formats)
    if "chapbook" in formats:
        raw = chapbook_passage(text, scanner)
    else:
        raw = scanner.scan(text, Context())
    text = finish(raw, scanner.links)
    if formats == {"harlowe"}:
        # Harlowe's ''bold'' and //italic// in the Markdown the game shows.
        text = re.sub(r"''(?=\S)(.+?)(?<=\S)''", r"**\1**", text)
        text = re.sub(r"(?<![:/])//(?=\S)(.+?)(?<=\S)//", r"*\1*", text)
    return ParsedPassage(text, scanner.links, scanner.assignments, scanner.findings)


class Scanner:
    """Reads passage text piece by piece, collecting links, changes and findings."""

    def __init__(self, formats: frozenset[str]) -> None:
        self.formats = formats
        self.links: list[Link] = []
        self.assignments: list[Assignment] = []
        self.findings: list[Finding] = []
        self.depth = 0
        self.look = Lookahead()
        self.too_complex = False

    def note(self, code: str, kind: str, example: str) -> None:
        self.findings.append(Finding(code, kind, " ".join(example.split())[:80]))

    def close(self, text: str, start: int, open_char: str, close_char: str) -> int:
        """Where a bracket closes (see :func:`closing`), within the lookahead budget."""
        end = self.look.end(text, start)
        found = closing(text, start, open_char, close_char, end)
        self.spent(start, found if found >= 0 else end, text)
        return found

    def spent(self, start: int, stop: int, text: str) -> None:
        self.look.spend(start, stop)
        if self.look.budget <= 0 and not self.too_complex:
            self.too_complex = True
            self.note("twine_too_complex", "lookahead", text[start : start + 80])

    def add_link(self, link: Link) -> str:
        self.links.append(link)
        return f"{LINK}{len(self.links) - 1}{LINK}"

    def assign(self, found: list[Assignment], ctx: Context, kind: str, source: str) -> None:
        if ctx.body is not None:
            ctx.body.assignments.extend(found)
        elif ctx.guard or ctx.conditional:
            self.note("twine_set_conditional", kind, source)
        else:
            self.assignments.extend(found)

    def scan(self, text: str, ctx: Context) -> str:
        """``text`` with links replaced by marks and markup removed."""
        if self.depth >= MAX_DEPTH:
            self.note("twine_too_deep", str(MAX_DEPTH), text)
            return text
        self.depth += 1
        try:
            return self._scan(text, ctx)
        finally:
            self.depth -= 1

    def _scan(self, text: str, ctx: Context) -> str:
        out: list[str] = []
        i = 0
        chain: list[Guard | None] = []
        while i < len(text):
            found = _SPECIAL.search(text, i)
            if found is None:
                out.append(text[i:])
                break
            out.append(text[i : found.start()])
            i = found.start()
            step = self.step(text, i, ctx, chain)
            if step is None:
                out.append(text[i])
                i += 1
            else:
                i, piece = step
                out.append(piece)
        return "".join(out)

    def step(
        self, text: str, i: int, ctx: Context, chain: list[Guard | None]
    ) -> tuple[int, str] | None:
        """The piece of markup at ``i``: where it ends and what replaces it."""
        char, f = text[i], self.formats
        if char == "[" and "harlowe" in f and (text.startswith("[[[", i) or text[i - 1 : i] == ">"):
            hook = self.bare_hook(text, i, ctx)  # a hook around a link: [[[A]]], |name>[[[A]]]
            if hook is not None:
                return hook
        if text.startswith("[[", i):
            return self.bracket_link(text, i, ctx)
        if char == "(" and "harlowe" in f:
            return self.harlowe(text, i, ctx, chain)
        if text.startswith("<<", i) and "sugarcube" in f:
            return sugarcube_macro(self, text, i, ctx)
        if text.startswith("<%", i) and "snowman" in f:
            end = self.look.find(text, "%>", i)
            if end >= 0:
                self.note("twine_code", "<% %>", text[i : end + 2])
                return end + 2, GONE
            return None
        if char == "<":
            return self.html(text, i)
        if char == "{" and "chapbook" in f:
            found = chapbook_insert(self, text, i, ctx)
            if found is not None:
                return found
        if char in "{}" and "harlowe" in f:
            return i + 1, ""  # Harlowe's whitespace-collapsing braces
        if char == "$" and f & {"harlowe", "sugarcube"}:
            match = _VARIABLE.match(text, i)
            if match and not (i and (text[i - 1].isalnum() or text[i - 1] in "_$")):
                self.note("twine_variable", "$", match.group(0))
                return match.end(), match.group(0)
            return None
        if char == "|" and "harlowe" in f:
            match = _NAMED_HOOK.match(text, i)
            if match:
                self.note("twine_hook", "|hook>", match.group(0))
                return match.end(), ""
            return None
        if char == "[" and "harlowe" in f:
            return self.bare_hook(text, i, ctx)
        if text.startswith(("/*", "/%"), i) and "sugarcube" in f:
            end = self.look.find(text, "*/" if text[i + 1] == "*" else "%/", i + 2)
            return (end + 2, GONE) if end >= 0 else None
        return None

    # Links and HTML, in every format

    def bracket_link(self, text: str, i: int, ctx: Context) -> tuple[int, str] | None:
        if self.look.find(text, "]]", i + 2) < 0:
            return None
        match = _LINK.match(text, i)
        if match is None:
            return None
        inner = match.group(1)
        assignments: list[Assignment] = []
        if "][" in inner:
            inner, setter = inner.split("][", 1)
            found = tv.sugarcube_assignments(setter, match.group(0))
            if found is None:
                self.note("twee_setter", "[[...][...]]", setter)
            assignments = found or []
        text_part, target = split_link(inner)
        if EXTERNAL.match(target):
            return match.end(), f"[{text_part}]({target})"
        link = Link(text_part or target, target, "[[...]]", assignments, ctx.guard)
        return match.end(), self.add_link(link)

    def html(self, text: str, i: int) -> tuple[int, str] | None:
        if text.startswith("<!--", i):
            end = self.look.find(text, "-->", i + 4)
            return (end + 3, GONE) if end >= 0 else None
        match = _TAG.match(text, i)
        if match is None:
            return None
        tag = match.group(1).lower()
        if tag == "br":
            return match.end(), "\n"
        if tag in ("script", "style") and not match.group(0).startswith("</"):
            close = self.look.search(text, rf"</{tag}\s*>", match.end())
            end = close[1] if close else len(text)
            self.note("twine_html", f"<{tag}>", text[i:end])
            return end, GONE
        if not match.group(0).startswith("</"):
            self.note("twine_html", f"<{tag}>", match.group(0))
        return match.end(), GONE

    # Harlowe

    def harlowe(
        self, text: str, i: int, ctx: Context, chain: list[Guard | None]
    ) -> tuple[int, str] | None:
        match = _HARLOWE_MACRO.match(text, i)
        close = self.close(text, match.end(), "(", ")") if match else -1
        if match is None or close < 0:
            return None
        name, args = match.group(1), text[match.end() : close]
        key = name.lower().replace("-", "").replace("_", "")
        end, hook = close + 1, None
        k = end
        while k < len(text) and text[k] in " \t":
            k += 1
        wants_hook = key in _CHANGERS or (key not in _COMMANDS and not text.startswith("[[", k))
        if k < len(text) and text[k] == "[" and wants_hook:
            hook_end = self.close(text, k + 1, "[", "]")
            if hook_end >= 0:
                hook, end = text[k + 1 : hook_end], hook_end + 1
        chained = _CHAINED.match(text, end) if hook is None and key not in _COMMANDS else None
        if chained:
            end = chained.end()  # (a:) + (b:)[...]: the changers are added up; the + goes too
        whole, kind = text[i:end], f"({name}:)"
        if key in ("if", "unless", "elseif", "else"):
            if hook is None:
                self.note("twine_macro", kind, whole)
                return end, GONE
            head = text[i : close + 1]  # the condition, without the hook's text
            return end, self.conditional(key, args, hook, ctx, chain, kind, head)
        chain.clear()
        strings = string_args(args, ",")
        if key in ("linkgoto", "clickgoto", "linkrevealgoto"):
            if strings is None or len(strings) not in (1, 2):
                self.note("twine_dynamic_link", kind, whole)
                return end, GONE
            body = LinkBody()
            if hook is not None:
                self.scan(hook, replace(ctx, body=body))
            link = Link(strings[0], strings[-1], kind, body.assignments, ctx.guard)
            mark = self.add_link(link)
            return end, (
                GONE if key == "clickgoto" else mark
            )  # click-goto's words stay in the text
        if key in ("link", "linkreveal", "linkrepeat", "linkrerun", "click") and hook is not None:
            if strings and _GOTO_INSIDE.search(hook):
                body = LinkBody()
                self.scan(hook, replace(ctx, body=body))
                if body.target is None:
                    return end, GONE  # its go-to names no passage: reported there
                form = f"{kind}[(go-to:)]"
                link = Link(strings[0], body.target, form, body.assignments, ctx.guard)
                return end, self.add_link(link)
            self.note("twine_macro", kind, whole)
            return end, self.scan(hook, replace(ctx, conditional=True))
        if key == "goto":
            return end, self.go_to(strings, ctx, kind, whole)
        if key == "linkundo":
            label = strings[0] if strings else ""
            return end, self.add_link(Link(label, None, kind, guard=ctx.guard))
        if key in ("set", "put"):
            found = tv.harlowe_assignments(key, args, whole)
            if found is None:
                self.note("twine_set", kind, whole)
            else:
                self.assign(found, ctx, kind, whole)
            return end, GONE
        self.note("twine_macro", kind, whole)
        return end, (self.scan(hook, ctx) if hook is not None else GONE)

    def conditional(
        self,
        key: str,
        args: str,
        hook: str,
        ctx: Context,
        chain: list[Guard | None],
        kind: str,
        whole: str,
    ) -> str:
        """An ``(if:)``-like hook: its links guarded by the condition, when it can be read."""
        own = None if key == "else" else tv.condition(args)
        if key == "unless":
            own = own.negated() if own else None
        guard = branch_guard(key, own, chain)
        return self.guarded(hook, guard, ctx, kind, whole)

    def guarded(self, body: str, guard: Guard | None, ctx: Context, kind: str, whole: str) -> str:
        """``body`` scanned under ``guard``; text that would show only sometimes is reported."""
        if guard is None:
            self.note("twine_condition", kind, whole)
            return self.scan(body, replace(ctx, conditional=True))
        scanned = self.scan(body, replace(ctx, guard=ctx.guard.both(guard)))
        if shown(scanned).strip():
            self.note("twine_conditional_text", kind, whole)
        return scanned

    def go_to(self, targets: list[str] | None, ctx: Context, kind: str, whole: str) -> str:
        """A go-to: the target of the link around it, or on its own a choice of its own."""
        if not targets or len(targets) != 1:
            self.note("twine_dynamic_link", kind, whole)
            return GONE
        if ctx.body is not None:
            ctx.body.target = targets[0]
            return ""
        self.note("twine_goto", kind, whole)
        return self.add_link(Link(targets[0], targets[0], kind, guard=ctx.guard))

    def bare_hook(self, text: str, i: int, ctx: Context) -> tuple[int, str] | None:
        """A Harlowe hook without a macro: its words stay, its brackets and name go.

        Read as a hook: one named after its end (``[text]<name|``), one whose name
        before it was just taken out (``|name>[text]``), and one around a link
        (``[[[A]]]``). Other square brackets are text.
        """
        end = self.close(text, i + 1, "[", "]")
        if end < 0:
            return None
        name = _HOOK_NAME_AFTER.match(text, end + 1)
        if name is None:
            if text[i - 1 : i] == ">" or text.startswith("[[[", i):
                return end + 1, self.scan(text[i + 1 : end], ctx)
            return None
        self.note("twine_hook", "|hook>", text[i : name.end()])
        return name.end(), self.scan(text[i + 1 : end], ctx)
