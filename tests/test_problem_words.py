"""Every problem the domain can report has words, in Dutch and in English, and no word is idle.

The domain (``burgerschap.scenario``) reports problems by code; the words live
at the edge (``burgerschap.i18n.problem_words``). The codes are read from the
source, so a new problem without a message fails here before a user sees its
bare code.
"""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from burgerschap.i18n import LANGUAGES, Language
from burgerschap.i18n.catalog import LOCALE_DIR, catalog
from burgerschap.i18n.problem_words import (
    DOMAIN,
    HINTS,
    PATTERN_HINTS,
    SEVERITIES,
    UNITS,
    message_codes,
    problem_line,
    problem_text,
    templates,
)
from burgerschap.scenario.problems import FieldKey, Problem

SRC = Path(__file__).resolve().parents[1] / "src" / "burgerschap"
SOURCES = sorted((SRC / "scenario").glob("*.py"))
# Problems made outside the domain from the domain's codes (a library reference that fails).
ALSO = [SRC / "commands" / "documents.py"]
TABLES = {"_TYPE_CODES", "_KNOWN_PROBLEMS"}
"""Tables of the loader and the YAML reader whose values are problem codes."""


def _strings(node: ast.AST | None) -> set[str]:
    """The string constants an expression can give (both sides of an ``if``-``else``)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value}
    if isinstance(node, ast.IfExp):
        return _strings(node.body) | _strings(node.orelse)
    return set()


def _takes_code(tree: ast.Module) -> set[str]:
    """Functions and records whose first parameter or field is ``code``."""
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            args = [a.arg for a in node.args.args if a.arg not in ("self", "cls")]
            if args[:1] == ["code"]:
                names.add(node.name)
        elif isinstance(node, ast.ClassDef):
            fields = [s.target.id for s in node.body if isinstance(s, ast.AnnAssign)]
            if fields[:1] == ["code"] and isinstance(fields[0], str):
                names.add(node.name)
    return names


def _callee(call: ast.Call) -> str | None:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def raised_codes() -> dict[str, str]:
    """Every problem code written in the domain's source, with where it is written.

    A code stands as the first argument of something that takes a ``code``
    (``Problem``, ``Findings.add``, a module's own ``_warn``) or first in a
    record given to an ``add``, is assigned to ``code``, is the first of what
    the YAML advice returns, or is a value in the loader's tables.
    """
    trees = {path: ast.parse(path.read_text("utf-8")) for path in [*SOURCES, *ALSO]}
    # A diff's Change has a code too, of another kind (test_diff.py checks those).
    takes = {"Problem", "add"}.union(*(_takes_code(tree) for tree in trees.values()))
    takes.discard("Change")
    found: dict[str, str] = {}

    def note(values: set[str], path: Path, node: ast.AST) -> None:
        for value in values:
            found.setdefault(value, f"{path.name}:{getattr(node, 'lineno', 0)}")

    for path, tree in trees.items():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _callee(node) in takes:
                first = node.args[0] if node.args else None
                code = next((k.value for k in node.keywords if k.arg == "code"), first)
                note(_strings(code), path, node)
                if isinstance(first, ast.Tuple) and first.elts:  # a (code, kind, what) record
                    note(_strings(first.elts[0]), path, node)
            elif isinstance(node, ast.Assign | ast.AnnAssign):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                named = {t.id for t in targets if isinstance(t, ast.Name)}
                if "code" in named:
                    note(_strings(node.value), path, node)
                if named & TABLES and node.value is not None:
                    inner = node.value
                    values = inner.values if isinstance(inner, ast.Dict) else []
                    if isinstance(inner, ast.Tuple | ast.List):
                        values = [e.elts[-1] if isinstance(e, ast.Tuple) else e for e in inner.elts]
                    for value in values:
                        note(_strings(value), path, node)
            elif (
                path.name == "yamlhints.py"
                and isinstance(node, ast.Return)
                and isinstance(node.value, ast.Tuple)
            ):
                note(_strings(node.value.elts[0]), path, node)
    return found


def test_the_scan_finds_the_codes() -> None:
    """The scan below is only worth something while it finds codes of every kind."""
    found = raised_codes()
    assert len(found) > 120
    assert {"missing", "invalid", "yaml_indent_left", "yaml_item_right"} <= found.keys()
    assert {"file_binary", "twine_macro", "twee_meta_changed", "ref_unreadable"} <= found.keys()


def test_every_problem_the_domain_raises_has_a_message() -> None:
    found = raised_codes()
    bare = {code: where for code, where in found.items() if code not in message_codes()}
    assert bare == {}


def written_strings() -> set[str]:
    """Every string the domain's source writes (a code may stand in a table of its own)."""
    return {
        node.value
        for path in [*SOURCES, *ALSO]
        for node in ast.walk(ast.parse(path.read_text("utf-8")))
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    }


def test_every_message_is_used() -> None:
    written = written_strings() | set(HINTS.values())
    assert sorted(message_codes() - written) == []


def test_the_other_messages_are_the_severities_and_units() -> None:
    others = {key for key in catalog(DOMAIN, "nl").messages if key not in message_codes()}
    assert others == {*SEVERITIES.values(), *UNITS.values(), *PATTERN_HINTS.values()}


def po_messages(domain: str, lang: Language) -> dict[str, str | tuple[str, ...]]:
    """The messages of a ``.po`` file, read with Babel (the source the game's ``.mo`` is built
    from)."""
    with (LOCALE_DIR / lang / "LC_MESSAGES" / f"{domain}.po").open("rb") as f:
        parsed = read_po(f)
    return {
        (m.id[0] if isinstance(m.id, tuple) else m.id): (
            tuple(m.string) if isinstance(m.string, tuple) else m.string
        )
        for m in parsed
        if m.id
    }


@pytest.mark.parametrize("domain", [DOMAIN, "diff"])
def test_both_languages_have_every_message_with_the_same_plurals(domain: str) -> None:
    nl, en = po_messages(domain, "nl"), po_messages(domain, "en")
    assert nl.keys() == en.keys()
    for key in nl:
        assert isinstance(nl[key], str) == isinstance(en[key], str), key
        for found in (nl[key], en[key]):
            forms = (found,) if isinstance(found, str) else found
            assert forms and all(forms), f"{key} has no text"
    for lang in LANGUAGES:  # what the game reads is what the .po says
        assert catalog(domain, lang).messages == po_messages(domain, lang)


@pytest.mark.parametrize("code", sorted(message_codes()))
def test_both_languages_name_the_same_parameters(code: str) -> None:
    def names(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    nl, en = templates(code, "nl"), templates(code, "en")
    assert nl and en and code not in nl + en
    assert {frozenset(names(t)) for t in nl + en} == {frozenset(names(nl[0]))}


def test_a_count_is_said_with_its_unit_singular_or_plural() -> None:
    def advice(spaces: int) -> Problem:
        params = {"key": "goto", "sibling": "text", "spaces": spaces, "line": 4}
        return Problem("yaml_indent_right", file="a.yaml", line=5, col=7, params=params)

    assert "'goto' staat 1 spatie te ver naar rechts" in problem_text(advice(1), "nl")
    assert "'goto' staat 3 spaties te ver naar rechts" in problem_text(advice(3), "nl")
    assert "'goto' is 1 space too far to the right" in problem_text(advice(1), "en")
    assert "'goto' is 2 spaces too far to the right" in problem_text(advice(2), "en")


def test_an_unknown_code_is_shown_as_itself_and_a_missing_parameter_as_the_template() -> None:
    assert problem_text(Problem("no_such_code\x1b[31m")) == "no_such_code[31m"
    assert problem_text(Problem("node_missing"), "en") == "node '{node}' does not exist"


def test_the_line_names_place_severity_and_message_in_the_language() -> None:
    problem = Problem(
        "missing",
        "warning",
        file="a.yaml",
        line=3,
        col=5,
        params={"field": FieldKey(("nodes", "b", "text"))},
    )
    assert problem_line(problem, "nl") == "a.yaml:3:5: waarschuwing: 'text' ontbreekt"
    assert problem_line(problem, "en") == "a.yaml:3:5: warning: 'text' is missing"


def test_a_message_with_plural_forms_is_chosen_by_its_count() -> None:
    def unreadable(count: int) -> Problem:
        return Problem("ref_unreadable", params={"ref": "plein@3", "count": count})

    assert problem_text(unreadable(1), "nl").endswith("het bestand heeft 1 fout")
    assert problem_text(unreadable(2), "nl").endswith("het bestand heeft 2 fouten")
    assert problem_text(unreadable(1), "en").endswith("its file has 1 error")
    assert problem_text(unreadable(0), "en").endswith("its file has 0 errors")


def test_what_a_name_may_hold_is_said_in_the_language() -> None:
    from burgerschap.scenario.loader import _PATTERN_HINTS

    assert {*_PATTERN_HINTS.values(), "name"} == PATTERN_HINTS.keys()
    problem = Problem("pattern", params={"field": "id", "value": "Plein!", "hint": "slug"})
    assert problem_text(problem, "nl") == "'Plein!' is geen geldige naam voor 'id' (a-z, 0-9 en -)"
    assert problem_text(problem, "en") == "'Plein!' is not a valid name for 'id' (a-z, 0-9 and -)"
