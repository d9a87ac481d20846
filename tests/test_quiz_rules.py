"""Quiz fields a teacher can trust: level, kind of question, exclusions, checked dates.

Each rule of issue 14 (parts 3 and 4) as an author meets it: the file loads or
is refused with file:line:col, ``check --json`` counts what it promises.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from burgerschap.cli import main
from burgerschap.i18n.problem_words import problem_line
from burgerschap.scenario import inspect_text
from burgerschap.scenario.models import QuestionNode, Quiz
from burgerschap.scenario.problems import Problem
from burgerschap.scenario.validate import correct_is_longest

HEAD = "format: 1\nkind: quiz\nid: q\ntitle: Q\ndraw: {draw}\nquestions:\n"


def question(
    qid: str,
    *,
    right: str = "ja",
    wrong: tuple[str, ...] = ("nee", "soms"),
    extra: str = "",
) -> str:
    options = ", ".join([f"{{text: {right}, correct: true}}", *(f"{{text: {w}}}" for w in wrong)])
    line = f"  - {{id: {qid}, question: {qid}?, options: [{options}], explanation: e, source: s"
    return line + (f", {extra}" if extra else "") + "}\n"


def quiz_text(*questions: str, draw: int = 1) -> str:
    return HEAD.format(draw=draw) + "".join(questions)


def problems(text: str) -> list[Problem]:
    return inspect_text(text, "q.yaml").problems


def codes(text: str) -> list[str]:
    return [p.code for p in problems(text)]


def load_quiz(text: str) -> Quiz:
    inspection = inspect_text(text, "q.yaml")
    assert inspection.ok, [problem_line(p) for p in inspection.problems]
    assert isinstance(inspection.document, Quiz)
    return inspection.document


# Backwards compatible ------------------------------------------------------


def test_an_old_quiz_still_loads_with_the_defaults() -> None:
    quiz = load_quiz(quiz_text(question("a"), question("b")))
    first = quiz.questions[0]
    assert (first.niveau, first.soort, first.excludes, first.checked) == (None, "kennis", [], None)


def test_new_fields_load() -> None:
    text = quiz_text(
        question("a", extra="niveau: basis, soort: toepassing, checked: 2026-12-03"),
        question("b", extra="niveau: verdieping, excludes: [a]"),
    )
    first, second = load_quiz(text).questions
    assert (first.niveau, first.soort, first.checked) == ("basis", "toepassing", date(2026, 12, 3))
    assert (second.niveau, second.excludes) == ("verdieping", ["a"])


@pytest.mark.parametrize(
    ("extra", "field"),
    [("niveau: makkelijk", "niveau"), ("soort: weten", "soort")],
)
def test_unknown_values_are_refused_at_their_place(extra: str, field: str) -> None:
    [problem] = problems(quiz_text(question("a", extra=extra)))
    assert (problem.code, problem.params["field"], problem.line) == ("literal", field, 7)


# checked: a real date --------------------------------------------------------


@pytest.mark.parametrize("value", ["2026-02-30", "2026-13-01", "3-12-2026", "gisteren", "20261203"])
def test_checked_must_be_a_real_date(value: str) -> None:
    text = quiz_text(question("a", extra=f"checked: {value}"))
    [problem] = problems(text)
    assert problem.code == "type_date"
    assert (problem.line, problem.col) == (7, text.splitlines()[6].index("checked") + 1)
    assert "JJJJ-MM-DD" in problem_line(problem, "nl")
    assert "YYYY-MM-DD" in problem_line(problem, "en")


def test_checked_may_be_quoted() -> None:
    quiz = load_quiz(quiz_text(question("a", extra="checked: '2024-02-29'")))
    assert quiz.questions[0].checked == date(2024, 2, 29)


def test_a_story_question_carries_checked_too() -> None:
    text = """format: 1
id: s
title: S
dimensions: {p: {label: P}}
start: vraag
nodes:
  vraag:
    question: Hoeveel zetels?
    options: [{text: "150", correct: true}, {text: "75"}]
    source: Grondwet artikel 51
    checked: 2026-12-03
    goto: einde
  einde:
    ending: {title: Klaar}
"""
    inspection = inspect_text(text, "s.yaml")
    assert inspection.ok, [problem_line(p) for p in inspection.problems]
    node = inspection.document.nodes["vraag"]
    assert isinstance(node, QuestionNode)
    assert node.checked == date(2026, 12, 3)
    [problem] = problems(text.replace("2026-12-03", "2026-12-32"))
    assert (problem.code, problem.line) == ("type_date", 11)


def test_a_date_where_text_belongs_is_text() -> None:
    """A plain date in a text field no longer turns into a date value."""
    quiz = load_quiz(quiz_text(question("a", right="2024-02-01")))
    assert quiz.questions[0].options[0].text == "2024-02-01"


# excludes --------------------------------------------------------------------


def test_an_unknown_excluded_id_is_an_error_at_its_place() -> None:
    text = quiz_text(question("a"), question("b", extra="excludes: [a, zz]"))
    [problem] = problems(text)
    assert problem.code == "excludes_unknown"
    assert (problem.line, problem.col) == (8, text.splitlines()[7].index("zz") + 1)
    assert "'zz'" in problem_line(problem, "nl") and "'b'" in problem_line(problem, "en")


def test_a_question_cannot_exclude_itself() -> None:
    assert codes(quiz_text(question("a"), question("b", extra="excludes: [b]"))) == [
        "excludes_self"
    ]


def test_exclusions_that_make_draw_impossible_are_an_error() -> None:
    # a, b and c all exclude each other: a round holds at most 2 of the 4.
    text = quiz_text(
        question("a", extra="excludes: [b, c]"),
        question("b", extra="excludes: [c]"),
        question("c"),
        question("d"),
        draw=3,
    )
    [problem] = problems(text)
    assert problem.code == "draw_excluded"
    assert problem.params == {"most": 2, "draw": 3}
    assert problem.line == 5  # at 'draw'
    assert codes(text.replace("draw: 3", "draw: 2")) == []


def test_a_level_round_that_cannot_be_full_is_a_warning() -> None:
    text = quiz_text(
        question("a", extra="niveau: basis"),
        question("b", extra="niveau: basis, excludes: [a]"),
        question("c", extra="niveau: verdieping"),
        draw=2,
    )
    [problem] = problems(text)
    assert (problem.code, problem.severity, problem.line) == ("draw_level_short", "warning", 5)
    assert problem.params == {"niveau": "basis", "most": 1, "draw": 2}


def test_too_tangled_exclusions_are_said_not_guessed(monkeypatch: pytest.MonkeyPatch) -> None:
    from burgerschap.scenario import quizdraw

    monkeypatch.setattr(quizdraw, "SEARCH_LIMIT", 0)
    text = quiz_text(
        question("a", extra="excludes: [b]"),
        question("b", extra="excludes: [c]"),
        question("c", extra="excludes: [a]"),
        question("d"),
        draw=2,
    )
    assert codes(text) == ["excludes_tangled"]
    # The round still never holds an excluded pair; it takes what a greedy draw finds.
    from burgerschap.scenario.quizround import QuizRound

    for seed in range(20):
        ids = {q.id for q in QuizRound(load_quiz(text), seed).questions}
        assert len(ids & {"a", "b", "c"}) <= 1


# The right answer as the longest option -----------------------------------------


def test_correct_is_longest_means_strictly_longest() -> None:
    quiz = load_quiz(
        quiz_text(
            question("a", right="lang antwoord", wrong=("kort",)),
            question("b", right="even", wrong=("lang",)),
            question("c", right="x", wrong=("yy",)),
        )
    )
    assert [correct_is_longest(q) for q in quiz.questions] == [True, False, False]


def test_warning_when_the_longest_option_is_right_in_over_a_third() -> None:
    def quiz(longest: int, total: int) -> str:
        return quiz_text(
            *(
                question(f"q{i}", right="een lang goed antwoord" if i < longest else "kort")
                for i in range(total)
            )
        )

    assert codes(quiz(2, 6)) == []  # exactly a third: not more
    assert codes(quiz(3, 9)) == []
    [problem] = problems(quiz(4, 9))
    assert (problem.code, problem.severity) == ("correct_longest", "warning")
    assert (problem.line, problem.col) == (6, 1)  # the questions list
    assert problem.params == {"count": 4, "total": 9}
    assert "4 van de 9" in problem_line(problem, "nl") and "4 of the 9" in problem_line(
        problem, "en"
    )


# check --json counts ----------------------------------------------------------


def test_check_json_counts_questions_application_and_levels(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "q.yaml"
    path.write_text(
        quiz_text(
            question("a", extra="niveau: basis, soort: toepassing"),
            question("b", extra="niveau: basis"),
            question("c", extra="niveau: verdieping, soort: toepassing"),
            question("d"),
        ),
        "utf-8",
    )
    assert main(["check", "--json", str(path)]) == 0
    [entry] = json.loads(capsys.readouterr().out)["scenarios"]
    assert entry["questions"] == 4
    assert entry["application_questions"] == 2
    assert entry["niveau"] == {"basis": 2, "verdieping": 1, "none": 1}
    assert main(["check", str(path)]) == 0
    out = capsys.readouterr().out
    assert "toepassingsvragen: 2; per niveau: basis 2, verdieping 1, zonder niveau 1" in out


# Versions: the new fields survive saving and show in a diff ---------------------------


def test_new_fields_round_trip_and_show_in_a_diff() -> None:
    from burgerschap.scenario.diff import diff
    from burgerschap.scenario.serialize import dump

    before = load_quiz(quiz_text(question("a"), question("b")))
    after = load_quiz(
        quiz_text(
            question("a", extra="niveau: basis, checked: 2026-12-03"),
            question("b", extra="soort: toepassing, excludes: [a]"),
        )
    )
    assert load_quiz(dump(after)) == after
    changed = [(c.node, c.field, c.old, c.new) for c in diff(before, after).changes]
    assert sorted(changed, key=str) == sorted(
        [
            ("a", "niveau", None, "basis"),
            ("a", "checked", None, "2026-12-03"),
            ("b", "soort", "kennis", "toepassing"),
            ("b", "excludes", [], ["a"]),
        ],
        key=str,
    )
