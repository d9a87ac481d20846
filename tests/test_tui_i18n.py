"""The interface catalogue: both languages complete, every message used, none missing.

Message ids are found in the code the way a translator's tools find them: with
Babel's extractor, keywords ``t``, ``tn``, ``N_`` (also as ``self.t``,
``app.t``: Babel matches the last name before the parenthesis) and the
description of a ``Binding``.
"""

from __future__ import annotations

import ast
import contextlib
import copy
import io
import re
import string
from functools import cache
from pathlib import Path
from typing import get_args

import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import extract, extract_python
from babel.messages.pofile import read_po

from burgerschap.application.editing import Origin
from burgerschap.classroom.lessons import Status
from burgerschap.i18n import LANGUAGES, MissingMessage, names, t, tn
from burgerschap.i18n.catalog import LOCALE_DIR, catalog, read_mo
from burgerschap.scenario.library import Source
from burgerschap.scenario.models import PARTIES, RUNGS
from burgerschap.scenario.scores import Band

SRC = Path(__file__).parents[1] / "src" / "burgerschap"

KEYWORDS: dict[str, tuple[int, ...] | None] = {
    "t": None,  # t(key, lang, ...) and self.t(key, ...): the first argument
    "tn": (1, 1),  # tn(key, n, ...): a plural message whose msgid_plural is its key too
    "N_": None,
    "tr": None,  # a widget's self.tr(key)
    "Binding": (3,),  # Binding(key, action, description)
    # Wrappers that take a message id first: the palette's and the served app's
    # tt(key), the web server's _say(key, ...), the editor template's strings(key),
    # the home list's _heading(key, count).
    "tt": None,
    "_say": None,
    "strings": None,
    "_heading": None,
}


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@cache
def po(lang: str) -> Catalog:
    with (LOCALE_DIR / lang / "LC_MESSAGES" / "interface.po").open("rb") as f:
        return read_po(f, locale=lang)


def ids(lang: str) -> set[str]:
    return {m.id if isinstance(m.id, str) else m.id[0] for m in po(lang) if m.id}


@cache
def uses() -> list[tuple[str, str, str]]:
    """Every use of a message id in the code: (id, function, place)."""
    found: list[tuple[str, str, str]] = []
    for path in sorted(SRC.rglob("*.py")):
        # Babel writes a line to stderr for each f-string among a call's arguments
        # (a parameter such as time=f"..."); an id itself is never one (tested below).
        with path.open("rb") as f, contextlib.redirect_stderr(io.StringIO()):
            for lineno, funcname, args, _comments in extract_python(f, KEYWORDS, [], {}):
                spec = KEYWORDS[funcname]
                at = spec[0] - 1 if spec else 0
                if isinstance(args, str) or args is None:
                    args = (args,)
                key = args[at] if len(args) > at else None
                if key:
                    found.append((key, funcname, f"{path.relative_to(SRC)}:{lineno}"))
    return found


def used_ids() -> dict[str, str]:
    """Every message id in the code, with one place it is used."""
    found: dict[str, str] = {}
    for key, _, where in uses():
        found.setdefault(key, where)
    return found


def texts(lang: str, key: str) -> list[str]:
    message = po(lang)[key]
    assert message is not None, key
    return list(message.string) if message.pluralizable else [message.string]


def test_both_languages_have_the_same_messages() -> None:
    assert ids("nl") - ids("en") == set()
    assert ids("en") - ids("nl") == set()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_is_translated(lang: str) -> None:
    empty = sorted(key for key in ids(lang) if not all(s.strip() for s in texts(lang, key)))
    fuzzy = sorted(m.id for m in po(lang) if m.id and m.fuzzy)
    assert (empty, fuzzy) == ([], [])


def test_every_message_has_the_same_params_in_both_languages() -> None:
    differ = [
        key
        for key in sorted(ids("nl"))
        if {frozenset(fields(s)) for s in texts("nl", key) + texts("en", key)}
        != {frozenset(fields(texts("nl", key)[0]))}
        and not po("nl")[key].pluralizable  # type: ignore[union-attr]
    ]
    assert differ == []


def test_plural_forms_name_the_same_params() -> None:
    # The singular may leave {n} out ("one game"); every other field is in every form.
    differ = []
    for key in sorted(ids("nl")):
        if not po("nl")[key].pluralizable:  # type: ignore[union-attr]
            continue
        forms = texts("nl", key) + texts("en", key)
        if {frozenset(fields(s) - {"n"}) for s in forms} != {frozenset(fields(forms[0]) - {"n"})}:
            differ.append(key)
    assert differ == []


def test_the_code_uses_no_missing_message() -> None:
    used = used_ids()
    assert "tui.key.quit" in used, "extraction found nothing: the keywords are wrong"
    missing = {key: where for key, where in used.items() if key not in ids("nl")}
    assert missing == {}


def test_the_catalogue_has_no_unused_message() -> None:
    used = set(used_ids())
    assert sorted(ids("nl") - used) == []


def test_plural_messages_are_asked_for_with_a_number() -> None:
    # tn(key, n) names a plural message, in place: pybabel then extracts it as a
    # plural (tn:1,1); an id in N_() or a wrapper would come out singular.
    plural = {key for key in ids("nl") if po("nl")[key].pluralizable}  # type: ignore[union-attr]
    wrong = sorted(
        f"{where} {func}({key!r})"
        for key, func, where in uses()
        if (func == "tn") != (key in plural)
    )
    assert wrong == []


def test_extracting_and_updating_with_pybabel_keeps_every_message() -> None:
    # What docs/translating.md tells a translator to run, with Babel's own API:
    # the template from the code, then each catalogue updated from it.
    template = Catalog()
    for path in sorted(SRC.rglob("*.py")):
        with path.open("rb") as f, contextlib.redirect_stderr(io.StringIO()):
            for _, message, _, _ in extract("python", f, KEYWORDS):  # type: ignore[arg-type]
                template.add(message)
    for lang in LANGUAGES:
        catalogue = po(lang)
        before = {m.id: m.string for m in catalogue if m.id}
        updated = copy.deepcopy(catalogue)
        updated.update(template, no_fuzzy_matching=True)
        assert dict(updated.obsolete) == {}, lang
        assert {m.id: m.string for m in updated if m.id} == before, lang


def test_a_missing_message_raises_rather_than_showing_its_id() -> None:
    with pytest.raises(MissingMessage):
        t("tui.no.such.message", "en")
    with pytest.raises(MissingMessage):
        tn("tui.no.such.message", 2, "nl")


def test_the_compiled_catalogue_matches_its_source() -> None:
    # What the game reads (.mo, compiled here or by the build) says what the .po says.
    for lang in LANGUAGES:
        messages, plural_forms = read_mo(
            (LOCALE_DIR / lang / "LC_MESSAGES" / "interface.mo").read_bytes()
        )
        assert plural_forms.startswith("nplurals=2;")
        assert set(messages) == ids(lang)
        assert catalog("interface", lang).messages == messages


def test_english_differs_from_dutch_where_it_should() -> None:
    assert t("tui.home.question", "en") != t("tui.home.question", "nl")
    assert t("tui.key.back", "en") == "Step back"


@pytest.mark.parametrize("prefix", ["tui.ending.band.", "tui.quiz.band."])
def test_every_band_has_a_sentence(prefix: str) -> None:
    for band in ("low", "middle", "high"):
        assert prefix + band in ids("nl")


def test_no_message_id_is_built_at_run_time() -> None:
    # t(f"tui.outcome.{x}") or t("cli.check.outcome." + x) hides its ids from every tool:
    # use a dict of N_() ids. Read from the syntax tree, so no way of writing it slips by.
    built = []
    for path in sorted(SRC.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            if name in {"t", "tn", "tr", "tt", "N_"} and isinstance(
                node.args[0], (ast.JoinedStr, ast.BinOp)
            ):
                built.append(f"{path.relative_to(SRC)}:{node.lineno}")
    assert built == []


@pytest.mark.parametrize(
    ("names", "values"),
    [
        (names.OUTCOME, ("goed", "gemengd", "slecht")),
        (names.RUNG, RUNGS),
        (names.PARTY, tuple(p for p in PARTIES if p != "niemand")),
        (names.LESSON_STATUS, get_args(Status)),
        (names.SOURCE, get_args(Source)),
        (names.ORIGIN, get_args(Origin)),
        (names.BAND, get_args(Band)),
        (names.QUIZ_BAND, get_args(Band)),
    ],
)
def test_every_value_has_its_message(names: dict[str, str], values: tuple[str, ...]) -> None:
    assert set(names) == set(values)


def test_the_translators_guide_extracts_with_the_same_keywords() -> None:
    guide = (Path(__file__).parents[1] / "docs" / "translating.md").read_text("utf-8")
    command = guide[guide.index("pybabel extract --") :].split("```")[0]
    given = set(re.findall(r"-k (\S+)", command))
    wanted = {
        name if spec is None else f"{name}:{','.join(map(str, spec))}"
        for name, spec in KEYWORDS.items()
    }
    assert given == wanted


@pytest.mark.parametrize(
    "path",
    sorted(LOCALE_DIR.glob("*/LC_MESSAGES/*.po")),
    ids=lambda p: p.parent.parent.name + "/" + p.stem,
)
def test_every_catalogue_passes_babels_checks(path: Path) -> None:
    # The build (hatch_build.py) refuses a catalogue that fails them: a %(name)s
    # placeholder lost in translation, a plural with the wrong number of forms.
    with path.open("rb") as f:
        parsed = read_po(f)
    assert [(m.id, errors) for m, errors in parsed.check()] == []
    assert parsed.plural_forms == "nplurals=2; plural=(n != 1);"
