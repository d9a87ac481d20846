"""'Bedoel je ...?': a name that does not exist gets the closest name that does.

Unknown targets (goto, goto_correct, goto_wrong, visited, not_visited, start),
dimensions (in effects and conditions), keys and flags; ignoring case; and
nothing when no name is close.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from burgerschap.i18n.problem_words import problem_text
from burgerschap.scenario import inspect_text
from burgerschap.scenario.problems import Problem
from burgerschap.scenario.suggest import closest

VALID = Path(__file__).parent / "data" / "valid"
MINI = (VALID / "mini.yaml").read_text("utf-8")


def problems(text: str) -> list[Problem]:
    return inspect_text(text, "s.yaml").problems


def only(text: str, code: str) -> Problem:
    (problem,) = [p for p in problems(text) if p.code == code]
    return problem


def test_the_suggestion_is_worded_in_both_languages() -> None:
    problem = only(MINI.replace("goto: zelf", "goto: zelv", 1), "goto_missing")
    assert problem.params["suggestion"] == "zelf"
    assert problem_text(problem, "nl") == "'zelv' bestaat niet (in node 'begin'); bedoel je 'zelf'?"
    assert problem_text(problem, "en") == (
        "'zelv' does not exist (in node 'begin'); did you mean 'zelf'?"
    )


@pytest.mark.parametrize(
    ("old", "new", "code", "meant"),
    [
        ("goto: einde_samen", "goto: einde_samn", "goto_missing", "einde_samen"),
        ("goto_correct: einde_samen", "goto_correct: Einde_Samen", "goto_missing", "einde_samen"),
        ("goto_wrong: einde_alleen", "goto_wrong: einde_allen", "goto_missing", "einde_alleen"),
        ("not_visited: [buren]", "not_visited: [buuren]", "visited_unknown", "buren"),
        ("not_visited: [buren]", "visited: [BUREN]", "visited_unknown", "buren"),
        ("start: begin", "start: begn", "start_missing", "begin"),
    ],
)
def test_an_unknown_target_suggests_the_closest_node(
    old: str, new: str, code: str, meant: str
) -> None:
    text = MINI.replace(old, new, 1)
    assert text != MINI
    assert only(text, code).params.get("suggestion") == meant


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("effects: {participatie: 1, samenwerking: 2}", "effects: {particpatie: 1}"),
        ("effects: {participatie: 2, samenwerking: -1}", "effects: {samenwerkin: -1}"),
        ("if: {flags: [buren_gevraagd]}", "if: {min: {partcipatie: 1}}"),
        ("if: {flags: [buren_gevraagd]}", "if: {max: {samenwerkng: 1}}"),
    ],
)
def test_an_unknown_dimension_suggests_a_declared_one(old: str, new: str) -> None:
    text = MINI.replace(old, new, 1)
    assert text != MINI
    problem = only(text, "dimension_unknown")
    assert problem.params["suggestion"] in ("participatie", "samenwerking")
    assert problem_text(problem, "nl").endswith(f"; bedoel je '{problem.params['suggestion']}'?")


def test_an_unknown_dimension_is_worded_in_both_languages() -> None:
    text = MINI.replace("effects: {participatie: 2, samen", "effects: {participate: 2, samen", 1)
    problem = only(text, "dimension_unknown")
    assert problem_text(problem, "nl") == (
        "dimensie 'participate' staat niet onder 'dimensions' (in node 'begin');"
        " bedoel je 'participatie'?"
    )
    assert problem_text(problem, "en") == (
        "dimension 'participate' is not declared under 'dimensions' (in node 'begin');"
        " did you mean 'participatie'?"
    )


def test_a_dimension_in_a_question_is_checked_and_suggested() -> None:
    text = MINI.replace(
        "effects: {participatie: 1}\n    goto_correct",
        "effects: {participatei: 1}\n    goto_correct",
        1,
    )
    problem = only(text, "dimension_unknown")
    assert problem.node == "vraag"
    assert problem.params["suggestion"] == "participatie"


@pytest.mark.parametrize(
    ("old", "new", "key", "meant"),
    [
        (
            "effects: {participatie: 1, samen",
            "efects: {participatie: 1, samen",
            "efects",
            "effects",
        ),
        ("feedback: Snel, maar alleen.", "feedbak: Snel, maar alleen.", "feedbak", "feedback"),
        ("summary: Een klein", "sumary: Een klein", "sumary", "summary"),
        ("if: {flags: [buren_gevraagd]}", "iff: {flags: [buren_gevraagd]}", "iff", "if"),
        ("if: {flags: [buren_gevraagd]}", "if: {flag: [buren_gevraagd]}", "flag", "flags"),
        ("    title: Het bankje", "    titel: Het bankje", "titel", "title"),
        ("{text: De griffier}", "{text: De griffier, corect: true}", "corect", "correct"),
    ],
)
def test_an_unknown_key_suggests_the_closest_key_of_its_place(
    old: str, new: str, key: str, meant: str
) -> None:
    text = MINI.replace(old, new, 1)
    assert text != MINI
    problem = only(text, "extra")
    assert problem.params["suggestion"] == meant
    assert problem_text(problem, "nl") == f"onbekende sleutel '{key}'; bedoel je '{meant}'?"
    assert problem_text(problem, "en") == f"unknown key '{key}'; did you mean '{meant}'?"


def test_a_key_of_the_level_below_asks_whether_it_is_too_far_left() -> None:
    # A choice's goto written at the level of the node.
    text = MINI.replace("        feedback: Snel, maar alleen.\n", "    goto: zelf\n", 1)
    problem = only(text, "extra")
    assert problem.params["inside"] == "choices"
    assert problem_text(problem, "nl") == (
        "onbekende sleutel 'goto'; hoort het bij 'choices'? Dan staat het te ver naar links"
    )
    assert problem_text(problem, "en") == (
        "unknown key 'goto'; does it belong under 'choices'? Then it is too far to the left"
    )


def test_a_key_of_the_level_above_asks_whether_it_is_too_far_right() -> None:
    # A choice's goto written inside its condition.
    text = MINI.replace("if: {flags: [buren_gevraagd]}", "if: {flags: [buren_gevraagd], goto: x}")
    problem = only(text, "extra")
    assert problem.params["outside"] == "goto"
    assert problem_text(problem, "nl") == (
        "onbekende sleutel 'goto'; hoort het een niveau hoger? Dan staat het te ver naar rechts"
    )
    assert problem_text(problem, "en") == (
        "unknown key 'goto'; does it belong one level up? Then it is too far to the right"
    )


def test_a_node_named_like_a_node_key_asks_whether_it_is_too_far_left() -> None:
    text = MINI.replace("    choices:", "  choices:", 1)
    (problem,) = [p for p in problems(text) if p.path == ("nodes", "choices")]
    assert problem.params["node_key"] == "choices"
    assert problem_text(problem, "nl") == (
        "'choices' moet sleutels met waarden bevatten; staat 'choices' te ver naar links?"
        " Zo is het een eigen node"
    )
    assert problem_text(problem, "en") == (
        "'choices' must hold keys with values; is 'choices' too far to the left?"
        " As it stands it is a node of its own"
    )


def test_a_flag_never_set_suggests_a_flag_that_is_set() -> None:
    text = MINI.replace("if: {flags: [buren_gevraagd]}", "if: {flags: [buren_gevraag]}", 1)
    problem = only(text, "flag_never_set")
    assert problem.params["suggestion"] == "buren_gevraagd"
    assert problem_text(problem, "en") == (
        "flag 'buren_gevraag' is tested but never set (in node 'buren');"
        " did you mean 'buren_gevraagd'?"
    )


def test_a_quiz_exclusion_suggests_another_question() -> None:
    text = """format: 1
kind: quiz
id: q
title: Q
draw: 1
questions:
  - {id: kamer, question: A?, options: [{text: x, correct: true}, {text: y}],
     explanation: e, source: s, excludes: [zetel]}
  - {id: zetels, question: B?, options: [{text: x, correct: true}, {text: yy}],
     explanation: e, source: s}
"""
    assert only(text, "excludes_unknown").params == {
        "node": "kamer",
        "target": "zetel",
        "suggestion": "zetels",
    }


def test_a_glossary_reference_suggests_a_term() -> None:
    text = """format: 1
kind: glossary
id: woorden
title: Woorden
terms:
  - term: motie
    text: Met een motie vraagt de raad het college iets te doen.
    text_en: With a motion the council asks the executive to do something.
    see: [amendment]
  - term: amendement
    text: Met een amendement verander je een voorstel.
    text_en: With an amendment you change a proposal.
"""
    problem = only(text, "see_unknown")
    assert problem_text(problem, "nl") == (
        "begrip 'motie' verwijst naar 'amendment', maar dat begrip staat niet in de lijst;"
        " bedoel je 'amendement'?"
    )
    assert problem_text(problem, "en") == (
        "term 'motie' refers to 'amendment', but that term is not in the list;"
        " did you mean 'amendement'?"
    )


@pytest.mark.parametrize(
    ("old", "new", "code"),
    [
        ("goto: zelf", "goto: gemeentehuis", "goto_missing"),
        (
            "effects: {participatie: 1}\n    goto_c",
            "effects: {geluk: 1}\n    goto_c",
            "dimension_unknown",
        ),
        ("summary: Een klein", "kleur: Een klein", "extra"),
        ("if: {flags: [buren_gevraagd]}", "if: {flags: [fiets]}", "flag_never_set"),
    ],
)
def test_nothing_is_suggested_when_no_name_is_close(old: str, new: str, code: str) -> None:
    problem = only(MINI.replace(old, new, 1), code)
    assert "suggestion" not in problem.params
    assert "bedoel je" not in problem_text(problem, "nl")
    assert "did you mean" not in problem_text(problem, "en")


def test_a_dimension_name_that_is_no_name_says_so_for_its_field() -> None:
    text = MINI.replace("effects: {participatie: 2, samen", "effects: {Participatie: 2, samen", 1)
    problem = only(text, "pattern")
    assert problem.path == ("nodes", "begin", "choices", 1, "effects", "Participatie")
    assert problem_text(problem, "nl") == (
        "'Participatie' is geen geldige naam voor 'effects' (a-z, 0-9 en -)"
    )


def test_closest_ignores_case_and_needs_a_close_name() -> None:
    assert closest("Begin", ["begin", "buren"]) == "begin"
    assert closest("gota", ["goto", "text"]) == "goto"
    assert closest("einde", ["einde_samen", "einde_alleen"]) is None
    assert closest("x", []) is None
    assert closest("begin", ["begin"]) is None  # a name is no suggestion for itself
