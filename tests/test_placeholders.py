"""A required text that only holds a place ("…") cannot be saved: it is still to be written."""

from __future__ import annotations

from pathlib import Path

import pytest

from burgerschap.cli import main
from burgerschap.i18n.problem_words import problem_text
from burgerschap.scenario import inspect_text
from burgerschap.scenario.problems import Problem
from burgerschap.scenario.validate import PLACEHOLDERS
from burgerschap.tui.field_names import form_name

VALID = Path(__file__).parent / "data" / "valid"
MINI = (VALID / "mini.yaml").read_text("utf-8")
QUIZ = (VALID / "quiz.yaml").read_text("utf-8")


def placeholders(text: str) -> list[Problem]:
    return [p for p in inspect_text(text, "p.yaml").problems if p.code == "placeholder_text"]


@pytest.mark.parametrize(
    ("old", "new", "path"),
    [
        ("title: Het bankje op het plein", "title: …", ("title",)),
        ("    text: De buren willen helpen.", "    text: '...'", ("nodes", "buren", "text")),
        (
            "      - text: Doorgaan.",
            "      - text: '-'",
            ("nodes", "zelf", "choices", 1, "text"),
        ),
        (
            "question: Wie is voorzitter van de gemeenteraad?",
            "question: ' — '",
            ("nodes", "vraag", "question"),
        ),
        ("{text: De griffier}", "{text: …}", ("nodes", "vraag", "options", 2, "text")),
        ("{title: Samen gelukt,", "{title: '...',", ("nodes", "einde_samen", "ending", "title")),
    ],
)
def test_a_placeholder_in_a_required_text_is_an_error(
    old: str, new: str, path: tuple[str | int, ...]
) -> None:
    text = MINI.replace(old, new, 1)
    assert text != MINI
    (problem,) = placeholders(text)
    assert problem.severity == "error"
    assert problem.path == path
    assert problem.line is not None
    assert not inspect_text(text).ok


def test_the_message_says_what_is_still_there() -> None:
    text = MINI.replace("      - text: Doorgaan.", "      - text: …", 1)
    (problem,) = placeholders(text)
    assert problem_text(problem, "nl") == "'text' is nog niet ingevuld: er staat alleen '…'"
    assert problem_text(problem, "en") == "'text' is not filled in yet: it only says '…'"
    assert problem_text(problem, "nl", form_name) == (
        "'Keuze 2 › Tekst' is nog niet ingevuld: er staat alleen '…'"
    )
    assert problem_text(problem, "en", form_name) == (
        "'Choice 2 › Text' is not filled in yet: it only says '…'"
    )


def test_validate_refuses_a_placeholder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "concept.yaml"
    path.write_text(MINI.replace("    text: De buren willen helpen.", "    text: …", 1), "utf-8")
    assert main(["validate", str(path)]) == 1
    out = capsys.readouterr().out
    assert f"{path}:32:5: fout: 'text' is nog niet ingevuld: er staat alleen '…'" in out


def test_a_quiz_question_and_its_answers_are_checked_too() -> None:
    text = QUIZ.replace("question: Hoeveel zetels heeft de Tweede Kamer?", "question: ...", 1)
    text = text.replace('{text: "50"}', '{text: "…"}', 1)
    assert text.count("…") == 1 and "question: ...\n" in text
    problem, answer = placeholders(text)
    assert problem.path == ("questions", 0, "question")
    assert answer.path == ("questions", 1, "options", 1, "text")


@pytest.mark.parametrize("text", ["Wacht…", "- niet doen", "...en toen?", "Ja -"])
def test_text_with_a_placeholder_in_it_is_fine(text: str) -> None:
    assert not placeholders(MINI.replace("Doorgaan.", f"'{text}'", 1))


def test_optional_texts_may_hold_a_dash() -> None:
    text = MINI.replace("feedback: Snel, maar alleen.", "feedback: '-'", 1)
    assert not placeholders(text)
    assert inspect_text(text).ok


def test_the_placeholders_are_the_documented_four() -> None:
    assert frozenset({"…", "...", "—", "-"}) == PLACEHOLDERS
