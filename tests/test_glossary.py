"""Glossary files: loading, the rules that name file:line:col, merging and search."""

from __future__ import annotations

from pathlib import Path

import pytest

from burgerschap.cli import main
from burgerschap.i18n.problem_words import problem_line
from burgerschap.scenario import inspect_text
from burgerschap.scenario.glossary import explanation, find, merge, search, term_key
from burgerschap.scenario.library import Library, says_glossary
from burgerschap.scenario.models import Glossary, Term
from burgerschap.scenario.serialize import dump

VALID = """\
format: 1
kind: glossary
id: woorden
title: Woorden
terms:
  - term: motie
    term_en: motion
    text: Met een motie vraagt de raad het college iets te doen.
    text_en: With a motion the council asks the executive to do something.
    see: [amendement]
  - term: amendement
    text: Met een amendement verander je een voorstel.
    text_en: With an amendment you change a proposal.
    see: [Motie]
    source: Grondwet, artikel 84
"""


def glossary(text: str = VALID) -> Glossary:
    inspection = inspect_text(text, "woorden.yaml")
    assert inspection.ok, [problem_line(p) for p in inspection.problems]
    assert inspection.problems == []
    assert isinstance(inspection.document, Glossary)
    return inspection.document


def problems(text: str) -> list[tuple[str, int | None, int | None]]:
    inspection = inspect_text(text, "woorden.yaml")
    return [(p.code, p.line, p.col) for p in inspection.problems]


def test_a_valid_glossary_loads_with_all_its_fields() -> None:
    doc = glossary()
    assert (doc.kind, doc.id, doc.ref, doc.language) == ("glossary", "woorden", "woorden@1", "nl")
    motie, amendement = doc.terms
    assert motie.term_en == "motion" and motie.see == ["amendement"]
    assert amendement.term_en is None and amendement.source == "Grondwet, artikel 84"


def test_a_glossary_has_no_minutes_and_no_unknown_keys() -> None:
    found = problems(VALID.replace("title: Woorden\n", "title: Woorden\nminutes: 5\n"))
    assert found == [("extra", 5, 1)]
    found = problems(VALID.replace("    source: Grondwet", "    bron: Grondwet"))
    assert found == [("extra", 15, 5)]


def test_duplicate_terms_are_an_error_whatever_their_case_or_accents() -> None:
    text = VALID + (
        "  - term: '  Motie '\n"
        "    text: Nog een keer.\n"
        "    text_en: Once more.\n"
        "  - term: Coöperatie\n"
        "    text: Een vereniging.\n"
        "    text_en: An association.\n"
        "  - term: cooperatie\n"
        "    text: Zonder trema.\n"
        "    text_en: Without the diaeresis.\n"
    )
    inspection = inspect_text(text, "woorden.yaml")
    dupes = [p for p in inspection.errors if p.code == "duplicate_term"]
    assert [(p.line, p.col) for p in dupes] == [(16, 5), (22, 5)]
    assert problem_line(dupes[0]) == (
        "woorden.yaml:16:5: fout: begrip '  Motie ' staat al in de lijst (als 'motie');"
        " hoofdletters en accenten tellen niet mee"
    )
    assert "term 'cooperatie' is already in the list (as 'Coöperatie')" in problem_line(
        dupes[1], "en"
    )
    assert inspection.document is not None and not inspection.ok


def test_see_must_name_another_term_of_the_list() -> None:
    text = VALID.replace("see: [amendement]", "see: [amendement, kiesdeler, MOTIE]")
    inspection = inspect_text(text, "woorden.yaml")
    assert [(p.code, p.line, p.col) for p in inspection.problems] == [
        ("see_unknown", 10, 23),
        ("see_self", 10, 34),
    ]
    assert problem_line(inspection.problems[0]) == (
        "woorden.yaml:10:23: fout: begrip 'motie' verwijst naar 'kiesdeler', maar dat begrip"
        " staat niet in de lijst"
    )
    assert problem_line(inspection.problems[1], "en") == (
        "woorden.yaml:10:34: error: term 'motie' refers to itself"
    )


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("    text_en: With an amendment you change a proposal.\n", "", [("missing", 11, 5)]),
        ("see: [amendement]", "see: amendement", [("type_list", 10, 5)]),
        ("see: [amendement]", "see: [[amendement]]", [("type_str", 10, 11)]),
        ("  - term: amendement", "  - term: ''", [("too_short", 11, 5)]),
        ("    term_en: motion", "    term_en: [motion]", [("type_str", 7, 5)]),
        (
            "    text: Met een amendement",
            "    text: ''\n    x: Met een amendement",
            [("too_short", 12, 5), ("extra", 13, 5)],
        ),
        ("id: woorden", "id: Woorden!", [("pattern", 3, 1)]),
    ],
)
def test_wrong_types_are_named_at_their_place(
    old: str, new: str, expected: list[tuple[str, int, int]]
) -> None:
    text = VALID.replace(old, new)
    assert text != VALID
    assert problems(text) == expected


def test_an_empty_list_of_terms_is_an_error() -> None:
    text = "format: 1\nkind: glossary\nid: leeg\ntitle: Leeg\nterms: []\n"
    assert problems(text) == [("no_terms", 5, 1)]
    assert problems(text.replace("[]", "motie")) == [("type_list", 5, 1)]


def test_kind_glossary_requires_terms() -> None:
    assert problems("format: 1\nkind: glossary\nid: leeg\ntitle: Leeg\n") == [("missing", 1, 1)]


def test_a_glossary_survives_writing_and_reading_back() -> None:
    doc = glossary()
    again = glossary(dump(doc))
    assert again == doc
    assert dump(doc).startswith("format: 1\nkind: glossary\nid: woorden\nversion: 1\n")


def test_term_key_ignores_case_accents_and_spaces() -> None:
    assert term_key("  Coöperatie ") == term_key("cooperatie") == "cooperatie"
    assert term_key("College  van B en W") == "college van b en w"
    assert term_key("Zelfbeheer") != term_key("zelf beheer")


def _term(name: str, text: str = "Uitleg.", text_en: str = "Meaning.", **kw: str) -> Term:
    return Term(term=name, text=text, text_en=text_en, **kw)


def _glossary(doc_id: str, *terms: Term) -> Glossary:
    return Glossary(kind="glossary", id=doc_id, title=doc_id, terms=list(terms))


def test_merge_sorts_and_a_later_glossary_rewords_a_term() -> None:
    builtin = _glossary("a", _term("motie", "Oud."), _term("Amendement"), _term("zetel"))
    own = _glossary("b", _term("Motie", "Nieuw."), _term("coalitie"))
    merged = merge([builtin, own])
    assert [t.term for t in merged] == ["Amendement", "coalitie", "Motie", "zetel"]
    motie = find(merged, "MOTIE")
    assert motie is not None and motie.text == "Nieuw." and motie.term == "Motie"
    assert find(merged, "kiesdeler") is None


def test_search_puts_names_first_then_explanations_in_the_language_shown() -> None:
    terms = merge(
        [
            _glossary(
                "a",
                _term("raadslid", "Lid van de gemeenteraad.", "Member of the council."),
                _term(
                    "gemeenteraad",
                    "De raad van de gemeente.",
                    "The municipal council.",
                    term_en="municipal council",
                ),
                _term("wethouder", "Bestuurt de gemeente.", "Runs the municipality."),
                _term("coöperatie", "Een vereniging.", "An association."),
            )
        ]
    )
    assert [t.term for t in search(terms, "", "nl")] == [t.term for t in terms]
    assert [t.term for t in search(terms, "raad", "nl")] == ["raadslid", "gemeenteraad"]
    assert [t.term for t in search(terms, "gemeente", "nl")] == [
        "gemeenteraad",
        "raadslid",
        "wethouder",
    ]
    assert [t.term for t in search(terms, "municipal", "en")] == ["gemeenteraad", "wethouder"]
    assert [t.term for t in search(terms, "municipal", "nl")] == ["gemeenteraad"]
    assert [t.term for t in search(terms, "COOPERATIE", "nl")] == ["coöperatie"]
    assert search(terms, "xyz", "nl") == []
    assert explanation(terms[0], "en") == terms[0].text_en
    assert explanation(terms[0], "nl") == terms[0].text


def test_the_library_keeps_glossaries_apart_from_what_is_played(tmp_path: Path) -> None:
    (tmp_path / "woorden.yaml").write_text(VALID, "utf-8")
    (tmp_path / "woorden@2.yaml").write_text(
        VALID.replace("id: woorden", "id: woorden\nversion: 2")
    )
    library = Library.scan([(tmp_path, "user")])
    assert library.scenarios() == [] and library.quizzes() == []
    [newest] = library.glossaries()
    assert newest.ref == "woorden@2"


def test_validate_and_check_accept_a_glossary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "woorden.yaml").write_text(VALID, "utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["validate", "woorden.yaml"]) == 0
    assert "woorden.yaml: in orde" in capsys.readouterr().out
    assert main(["check", "woorden.yaml"]) == 0
    assert "woorden.yaml: woordenlijst woorden@1: 2 begrippen" in capsys.readouterr().out
    assert main(["--lang", "en", "check", "woorden.yaml"]) == 0
    assert "woorden.yaml: glossary woorden@1: 2 terms" in capsys.readouterr().out


def test_validate_names_a_bad_see_also_and_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "woorden.yaml").write_text(VALID.replace("[Motie]", "[motie, zetel]"), "utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["validate", "woorden.yaml"]) == 1
    out = capsys.readouterr().out
    assert "woorden.yaml:14:18: fout: begrip 'amendement' verwijst naar 'zetel'" in out


def test_a_glossary_cannot_be_exported_as_a_story(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "woorden.yaml").write_text(VALID, "utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["export", "--format", "twee", "woorden.yaml"]) == 2
    assert "woorden.yaml is een woordenlijst" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("kind: glossary", True),
        ("kind: 'glossary'  # de woordenlijst", True),
        ('kind: "glossary"', True),
        ("kind: quiz", False),
        ("  kind: glossary", False),
        ("kind: glossary-achtig", False),
        ("title: kind: glossary", False),
    ],
)
def test_a_cheap_look_tells_a_glossary_file(tmp_path: Path, line: str, expected: bool) -> None:
    path = tmp_path / "x.yaml"
    path.write_text(f"format: 1\n{line}\nid: x\n", "utf-8")
    assert says_glossary(path) is expected
    assert not says_glossary(tmp_path / "missing.yaml")
