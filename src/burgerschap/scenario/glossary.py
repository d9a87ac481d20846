"""The glossary a student looks words up in: terms merged from glossary files, and search.

A library may hold several glossaries (the built-in one, and a teacher's own
in the user library); the game shows them as one list. :func:`merge` joins
them, a later file's explanation of a term replacing an earlier one's (the
user library comes after the built-in folder, so a teacher can reword a
term). :func:`search` is the type-to-filter of the glossary screen.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from typing import Literal

from burgerschap.scenario.models import Glossary, Term

Lang = Literal["nl", "en"]


def term_key(text: str) -> str:
    """How terms are compared: case and accents ignored, spaces collapsed.

    ``Coöperatie`` and ``cooperatie`` are one term, and typing ``cooperatie``
    finds ``coöperatie``.
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.split())


def explanation(term: Term, lang: Lang) -> str:
    """What ``term`` means, in the student's language."""
    return term.text_en if lang == "en" else term.text


def merge(glossaries: Iterable[Glossary]) -> list[Term]:
    """Every term of ``glossaries``, alphabetically; of two with the same key, the later one."""
    found: dict[str, Term] = {}
    for glossary in glossaries:
        for term in glossary.terms:
            key = term_key(term.term)
            found.pop(key, None)  # a replaced term takes the new spelling too
            found[key] = term
    return sorted(found.values(), key=lambda term: term_key(term.term))


def search(terms: Iterable[Term], query: str, lang: Lang) -> list[Term]:
    """The terms that match ``query``, best first.

    Terms whose name starts with the query come first, then terms whose name
    (or English name) contains it, then terms whose explanation in ``lang``
    mentions it; alphabetical within each group. An empty query matches all.
    """
    wanted = term_key(query)
    terms = list(terms)
    if not wanted:
        return terms
    groups: tuple[list[Term], list[Term], list[Term]] = ([], [], [])
    for term in terms:
        names = [term_key(term.term)]
        if term.term_en:
            names.append(term_key(term.term_en))
        if any(name.startswith(wanted) for name in names):
            groups[0].append(term)
        elif any(wanted in name for name in names):
            groups[1].append(term)
        elif wanted in term_key(explanation(term, lang)):
            groups[2].append(term)
    return [*groups[0], *groups[1], *groups[2]]


def find(terms: Iterable[Term], name: str) -> Term | None:
    """The term called ``name`` (case and accents ignored), if there is one."""
    wanted = term_key(name)
    return next((term for term in terms if term_key(term.term) == wanted), None)
