"""The built-in quiz is one a teacher can trust, at B1 (issue 14, parts 3 and 4).

Checked on scenarios/democratie.yaml: enough questions and application
questions, few year questions, a level on every question, short sentences,
hard words explained, primary sources with the day they were checked, the
corrected facts, no guessable longest answer, and full rounds without a
pair of questions that gives an answer away.
"""

from __future__ import annotations

import itertools
import os
import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from burgerschap.i18n.problem_words import problem_line
from burgerschap.paths import builtin_dir
from burgerschap.scenario import inspect_file, inspect_text, load_file
from burgerschap.scenario.models import Quiz, QuizQuestion
from burgerschap.scenario.quizdraw import exclusions, largest_round, levels, pool
from burgerschap.scenario.quizround import QuizRound
from quiz_text import (
    MAX_AVERAGE,
    asks_for_year,
    average_words,
    question_sentences,
    unexplained,
    word_count,
)

EXAMPLES = int(os.environ.get("BURGERSCHAP_HYPOTHESIS_EXAMPLES", "200"))
SETTINGS = settings(
    max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
PATH = builtin_dir() / "democratie.yaml"
CHECKED = date(2026, 12, 3)

PRIMARY = (
    "wetten.overheid.nl",
    "kiesraad.nl",
    "rijksoverheid.nl",
    "tweedekamer.nl",
    "denederlandsegrondwet.nl",
    # The institutions' own sites, for facts about themselves and their documents:
    "raadvanstate.nl",
    "mensenrechten.nl",
    "echr.coe.int",
    "un.org",
)
"""Primary sources: the law itself, or the body that decides or publishes the fact."""

NOT_PRIMARY = (
    "ed.nl",
    "gemeente.nu",
    "rd.nl",
    "brabant.nl",
    "amnesty",
    "prodemos",
    "vng.nl",
    "kind-in-azc",
    "zelfregietool",
    "dienstterugkeerenvertrek",
    "permanentevertegenwoordigingen",
    "nederlandrechtsstaat",
    "montesquieu",
)
"""News sites and secondary sources the old quiz cited."""

CHANGING = (
    "Grondwet artikel",
    "Kieswet",
    "Gemeentewet",
    "Provinciewet",
    "Vreemdelingenwet",
    "Wet openbare manifestaties",
    "asielopvang",
    "kiesraad.nl",
)
"""Sources of rules in force: a question resting on one says when it was checked."""


def quiz() -> Quiz:
    document = load_file(PATH).document
    assert isinstance(document, Quiz)
    return document


def by_id(qid: str) -> QuizQuestion:
    return next(q for q in quiz().questions if q.id == qid)


def right(question: QuizQuestion) -> str:
    return next(o.text for o in question.options if o.correct)


def text_of(question: QuizQuestion) -> str:
    return " ".join([question.question, *(o.text for o in question.options), question.explanation])


# Size and shape ---------------------------------------------------------------


def test_enough_questions_application_questions_and_few_years() -> None:
    questions = quiz().questions
    assert len(questions) >= 45
    assert sum(q.soort == "toepassing" for q in questions) >= 15
    years = [q.id for q in questions if asks_for_year(q)]
    assert len(years) <= 5, years


def test_every_question_has_a_level_and_both_levels_can_fill_a_round() -> None:
    found = quiz()
    assert all(q.niveau is not None for q in found.questions)
    assert levels(found) == ["basis"]
    graph = exclusions(found.questions)
    for niveau in (None, "basis"):
        ids = [q.id for q in pool(found, niveau)]
        assert largest_round(ids, graph) >= found.draw


def test_validate_and_check_are_silent() -> None:
    inspection = inspect_file(PATH)
    assert inspection.ok
    assert inspection.problems == [], [problem_line(p) for p in inspection.problems]


# B1 --------------------------------------------------------------------------------


def test_sentences_are_short_on_average() -> None:
    assert average_words(quiz()) <= MAX_AVERAGE


def test_no_sentence_is_very_long() -> None:
    long = [
        (q.id, s) for q in quiz().questions for s in question_sentences(q) if word_count(s) > 20
    ]
    assert long == []


def test_hard_words_are_explained_where_first_used() -> None:
    missing = {q.id: unexplained(q) for q in quiz().questions if unexplained(q)}
    assert missing == {}


def test_the_hard_word_check_can_fail() -> None:
    text = """format: 1
kind: quiz
id: q
title: Q
questions:
  - id: a
    question: Wat gebeurt er na een motie?
    options: [{text: ja, correct: true}, {text: nee}]
    explanation: Dan stopt de minister.
    source: s
"""
    document = inspect_text(text).document
    assert isinstance(document, Quiz)
    assert unexplained(document.questions[0]) == ["motie"]
    explained = text.replace("Wat gebeurt", "Een motie is een uitspraak van de Kamer. Wat gebeurt")
    document = inspect_text(explained).document
    assert isinstance(document, Quiz)
    assert unexplained(document.questions[0]) == []


# Sources and dates --------------------------------------------------------------


def test_every_source_is_primary() -> None:
    for question in quiz().questions:
        source = question.source.lower()
        assert any(site in source for site in PRIMARY), (question.id, question.source)
        assert not any(site in source for site in NOT_PRIMARY), (question.id, question.source)


def test_facts_that_can_change_carry_the_day_they_were_checked() -> None:
    for question in quiz().questions:
        if any(word.lower() in question.source.lower() for word in CHANGING):
            assert question.checked == CHECKED, question.id


# The corrected facts ------------------------------------------------------------


def test_kiescolleges_three_since_2019_and_abroad_since_2023() -> None:
    for qid in ("ek-gekozen-door", "ek-kiescolleges"):
        text = text_of(by_id(qid))
        assert "2019" in text and "2023" in text and "buitenland" in text, qid
    assert right(by_id("ek-kiescolleges")) == "Bonaire, Sint Eustatius en Saba"
    assert "drie kiescolleges" in by_id("ek-gekozen-door").explanation


def test_preference_votes_ask_about_the_tweede_kamer_without_the_council_rule() -> None:
    question = by_id("voorkeurstemmen")
    assert "Tweede Kamer" in question.question
    assert right(question) == "25% van de kiesdeler"
    assert not any("50" in o.text for o in question.options)


def test_the_quota_counts_only_valid_votes_for_lists() -> None:
    question = by_id("kiesdeler")
    assert right(question).startswith("Geldige stemmen op partijen")
    assert "Blanco en ongeldige stemmen tellen niet mee" in question.explanation


def test_a_motion_of_no_confidence_is_the_tweede_kamers() -> None:
    assert "de Tweede Kamer" in by_id("motie-van-wantrouwen").question


def test_people_fleeing_war_are_never_called_not_refugees() -> None:
    explanation = by_id("wie-is-vluchteling").explanation
    assert "oorlog" in explanation and "subsidiaire bescherming" in explanation
    for question in quiz().questions:
        for option in question.options:
            if "oorlog" in option.text.lower():
                assert not option.correct or not re.search(r"\bgeen\b|\bniet\b", option.text)


def test_the_spreidingswet_is_dated_and_called_contested() -> None:
    question = by_id("spreidingswet")
    assert "stand 2025" in question.question.lower()
    assert "niet eens" in question.explanation
    assert question.checked == CHECKED


# Rounds ----------------------------------------------------------------------------


def test_questions_that_give_each_other_away_are_excluded() -> None:
    graph = exclusions(quiz().questions)
    for a, b in [
        ("ek-gekozen-door", "ek-kiescolleges"),
        ("burgerinitiatief", "burgerinitiatief-doen"),
        ("artikel-120", "toetsen-aan-verdragen"),
        ("coa", "ind"),
        ("wie-is-vluchteling", "oorlog-vluchten"),
        ("uitdaagrecht", "uitdaagrecht-doen"),
        ("vrouwen-stemrecht", "eerste-vrouw-kamer"),
        ("kinderrechten-artikel-12", "kinderrechten-speeltuin"),
    ]:
        assert b in graph[a] and a in graph[b], (a, b)


@SETTINGS
@given(seed=st.integers(min_value=0, max_value=2**32), niveau=st.sampled_from([None, "basis"]))
def test_rounds_are_full_without_excluded_pairs(seed: int, niveau: str | None) -> None:
    found = quiz()
    graph = exclusions(found.questions)
    rnd = QuizRound(found, seed, niveau)
    assert len(rnd.questions) == found.draw
    assert len({q.id for q in rnd.questions}) == found.draw
    pairs = [
        (a.id, b.id) for a, b in itertools.combinations(rnd.questions, 2) if b.id in graph[a.id]
    ]
    assert pairs == []
    if niveau == "basis":
        assert {q.niveau for q in rnd.questions} == {"basis"}


@pytest.mark.parametrize("niveau", [None, "basis"])
def test_every_question_of_a_level_can_come_up(niveau: str | None) -> None:
    found = quiz()
    seen = set()
    for seed in range(300):
        seen |= {q.id for q in QuizRound(found, seed, niveau).questions}
    assert seen == {q.id for q in pool(found, niveau)}


def test_the_teachers_guide_counts_what_the_quiz_holds() -> None:
    text = (Path(__file__).parents[1] / "docs" / "docenten.md").read_text("utf-8")
    guide = " ".join(text.split())
    questions = quiz().questions
    basis = sum(q.niveau == "basis" for q in questions)
    application = sum(q.soort == "toepassing" for q in questions)
    years = sum(asks_for_year(q) for q in questions)
    assert f"De quiz heeft {len(questions)} vragen: {basis} op basisniveau" in guide
    assert f"en {len(questions) - basis} verdieping" in guide
    assert f"{application} daarvan zijn" in guide
    assert f"Slechts {years} vragen vragen naar een jaartal" in guide
