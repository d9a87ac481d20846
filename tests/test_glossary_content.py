"""The built-in glossary: valid, covering the hard words of the stories and the quiz, in B1.

A test here fails when a key term is missing, when a term rests on a law and
names no primary source, or when an explanation grows past a few short
sentences.
"""

from __future__ import annotations

import re

import pytest

from burgerschap.i18n.problem_words import problem_line
from burgerschap.paths import builtin_dir
from burgerschap.scenario import load_file
from burgerschap.scenario.glossary import find, term_key
from burgerschap.scenario.library import Library
from burgerschap.scenario.models import Glossary, Term

REQUIRED = [
    # the municipality, the province and the country
    "gemeenteraad",
    "raadslid",
    "college van B en W",
    "burgemeester",
    "wethouder",
    "raadscommissie",
    "griffier",
    "inspreken",
    "motie",
    "amendement",
    "begroting",
    "subsidie",
    "Provinciale Staten",
    "Gedeputeerde Staten",
    "Commissaris van de Koning",
    "Tweede Kamer",
    "Eerste Kamer",
    "motie van wantrouwen",
    "Raad van State",
    "trias politica",
    "Kroon",
    # elections and parties (the municipal elections story)
    "kiesdeler",
    "kiescollege",
    "voorkeurstem",
    "stempas",
    "stembureau",
    "kiesrecht",
    "lijsttrekker",
    "coalitie",
    "oppositie",
    "coalitieakkoord",
    "fractie",
    "referendum",
    "burgerinitiatief",
    "petitie",
    # taking part
    "participatieladder",
    "zelfbeheer",
    "uitdaagrecht",
    "klankbordgroep",
    "jongerenraad",
    "concessie",
    "Wmo",
    "boa",
    # school (the leerlingenraad story)
    "leerlingenraad",
    "medezeggenschapsraad",
    "leerlingenstatuut",
    # rights (and the online discrimination story)
    "Grondwet",
    "discriminatie",
    "vrijheid van meningsuiting",
    "demonstratie",
    "kennisgeving",
    "groepsbelediging",
    "haatzaaien",
    "doxing",
    "aangifte",
    "antidiscriminatievoorziening",
    "College voor de Rechten van de Mens",
    "EVRM",
    "UVRM",
    "Kinderrechtenverdrag",
    # refugees
    "vluchteling",
    "Vluchtelingenverdrag",
    "gegronde vrees",
    "subsidiaire bescherming",
    "asielzoeker",
    "COA",
    "IND",
    "azc",
    "Spreidingswet",
    # objection and appeal (the bezwaar story)
    "besluit",
    "bezwaar",
    "belanghebbende",
    "beroep",
    "hoger beroep",
    "bestuursrechter",
    "hoorzitting",
    "niet-ontvankelijk",
    "rechtsstaat",
]

LEGAL = [
    "Grondwet",
    "gemeenteraad",
    "burgemeester",
    "wethouder",
    "amendement",
    "petitie",
    "discriminatie",
    "vrijheid van meningsuiting",
    "demonstratie",
    "kennisgeving",
    "groepsbelediging",
    "haatzaaien",
    "doxing",
    "antidiscriminatievoorziening",
    "EVRM",
    "Kinderrechtenverdrag",
    "Vluchtelingenverdrag",
    "gegronde vrees",
    "subsidiaire bescherming",
    "COA",
    "Spreidingswet",
    "kiesdeler",
    "kiescollege",
    "kiesrecht",
    "stemgeheim",
    "burgerinitiatief",
    "bezwaar",
    "beroep",
    "hoger beroep",
    "belanghebbende",
    "besluit",
]
"""Terms whose meaning rests on a law or a rule: each names a primary source."""

PRIMARY = (
    "wetten.overheid.nl",
    "rijksoverheid.nl",
    "denederlandsegrondwet.nl",
    "kiesraad.nl",
    "tweedekamer.nl",
)


@pytest.fixture(scope="module")
def builtin() -> Glossary:
    loaded = load_file(builtin_dir() / "begrippen.yaml")
    assert loaded.warnings == [], [problem_line(w) for w in loaded.warnings]
    assert isinstance(loaded.document, Glossary)
    return loaded.document


def _term(glossary: Glossary, name: str) -> Term:
    found = find(glossary.terms, name)
    assert found is not None, f"the glossary has no term '{name}'"
    return found


def test_the_builtin_glossary_is_the_library_s_only_glossary() -> None:
    library = Library.scan([(builtin_dir(), "builtin")])
    assert [entry.ref for entry in library.glossaries()] == ["begrippen@1"]
    assert all(entry.ok for entry in library.entries), [
        problem_line(p) for e in library.broken() for p in e.inspection.errors
    ]


def test_the_builtin_glossary_is_big_enough(builtin: Glossary) -> None:
    assert builtin.id == "begrippen"
    assert builtin.language == "nl"
    assert len(builtin.terms) >= 40


@pytest.mark.parametrize("name", REQUIRED)
def test_a_key_term_is_explained_in_both_languages(builtin: Glossary, name: str) -> None:
    term = _term(builtin, name)
    assert term.text.strip() and term.text_en.strip()
    assert term.text != term.text_en


@pytest.mark.parametrize("name", LEGAL)
def test_a_legal_term_names_a_primary_source(builtin: Glossary, name: str) -> None:
    source = _term(builtin, name).source or ""
    assert any(site in source for site in PRIMARY), source


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.?!])\s+", text.strip()) if s]


def test_explanations_are_a_few_short_sentences(builtin: Glossary) -> None:
    lengths = []
    for term in builtin.terms:
        sentences = _sentences(term.text)
        assert len(sentences) <= 3, term.term
        for sentence in sentences:
            words = len(sentence.split())
            assert words <= 20, (term.term, sentence)
            lengths.append(words)
        assert len(_sentences(term.text_en)) <= 3, term.term
    assert sum(lengths) / len(lengths) <= 12


def test_terms_are_written_as_the_stories_write_them(builtin: Glossary) -> None:
    """Lower case unless a name or an abbreviation, and no full stop in a term."""
    for term in builtin.terms:
        assert not term.term.endswith("."), term.term
        assert term.term == term.term.strip()
    names = {term_key(t.term) for t in builtin.terms}
    assert len(names) == len(builtin.terms)
