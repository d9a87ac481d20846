"""A line indented wrongly gets advice about that line, not "put text in quotes".

A corpus of the mistakes teachers make (spaces before a key, a key moved left, a
list item out of line, a line of text out of line, a tab, a missing space after
':') with the exact advice for each; a value with ': ' still gets the advice to
use quotes. Then every shift of every line of two small files: each gets advice,
and following it mends the file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from burgerschap.i18n.problem_words import message_codes, problem_line, problem_text
from burgerschap.scenario import inspect_text
from burgerschap.scenario.problems import Problem, ScenarioError
from burgerschap.scenario.yamlsafe import parse

DATA = Path(__file__).parent / "data"

BASE = """\
format: 1
id: bankje
title: Het bankje
dimensions:
  participatie: {label: Participatie}
start: begin
nodes:
  begin:
    title: Op het plein
    text: |
      Het bankje is kapot.
      Wat doe je?
    choices:
      - text: Ik vraag de buren.
        goto: einde
        effects: {participatie: 1}
      - text: Ik doe niets.
        goto: einde
  einde:
    ending:
      title: Klaar
      text: Het bankje is weer heel.
"""


def test_the_corpus_starts_from_a_valid_file() -> None:
    assert inspect_text(BASE).ok


def error(text: str) -> Problem:
    problems = inspect_text(text, "b.yaml").errors
    assert problems, "the mistake should be an error"
    return problems[0]


# (name, old, new, code, line, col, Dutch advice)
CORPUS = [
    (
        "two spaces before a key",
        "        goto: einde\n        effects",
        "          goto: einde\n        effects",
        "yaml_indent_right",
        15,
        11,
        "'goto' staat 2 spaties te ver naar rechts; zet het recht onder 'text' (regel 14)",
    ),
    (
        "two spaces before the first key of a node",
        "    title: Op het plein",
        "      title: Op het plein",
        "yaml_indent_right",
        9,
        7,
        "'title' staat 2 spaties te ver naar rechts; zet het recht onder 'text' (regel 10)",
    ),
    (
        "one space before a key of a choice",
        "        effects:",
        "         effects:",
        "yaml_indent_right",
        16,
        10,
        "'effects' staat 1 spatie te ver naar rechts; zet het recht onder 'goto' (regel 15)",
    ),
    (
        "a key one space to the left",
        "    choices:",
        "   choices:",
        "yaml_indent_left",
        13,
        4,
        "'choices' staat 1 spatie te ver naar links; zet het recht onder 'text' (regel 10)",
    ),
    (
        "a key of a choice at the level of the node",
        "        goto: einde\n        effects",
        "    goto: einde\n        effects",
        "yaml_indent_left",
        15,
        5,
        "'goto' staat 4 spaties te ver naar links; zet het recht onder 'text' (regel 14)",
    ),
    (
        "a key of a choice two spaces to the left",
        "      - text: Ik doe niets.\n        goto",
        "      - text: Ik doe niets.\n      goto",
        "yaml_indent_left",
        18,
        7,
        "'goto' staat 2 spaties te ver naar links; zet het recht onder 'text' (regel 17)",
    ),
    (
        "a list item one space to the right",
        "      - text: Ik doe niets.",
        "       - text: Ik doe niets.",
        "yaml_item_right",
        17,
        8,
        "deze '-' staat 1 spatie te ver naar rechts; zet hem recht onder de '-' op regel 14",
    ),
    (
        "a list item two spaces to the left",
        "      - text: Ik doe niets.",
        "    - text: Ik doe niets.",
        "yaml_item_left",
        17,
        5,
        "deze '-' staat 2 spaties te ver naar links; zet hem recht onder de '-' op regel 14",
    ),
    (
        "a new list item without its dash",
        "      - text: Ik doe niets.",
        "      text: Ik doe niets.",
        "yaml_dash_missing",
        17,
        7,
        "hier mist een '-': zet '- ' voor 'text', recht onder de '-' op regel 14",
    ),
    (
        "a line of text one space to the left",
        "      Wat doe je?",
        "     Wat doe je?",
        "yaml_text_left",
        12,
        6,
        "deze regel van de tekst bij 'text' staat 1 spatie te ver naar links; laat alle regels"
        " van de tekst even ver inspringen (zoals regel 11)",
    ),
    (
        "a line of text at the key",
        "      Wat doe je?",
        "    Wat doe je?",
        "yaml_text_left",
        12,
        5,
        "deze regel van de tekst bij 'text' staat 2 spaties te ver naar links; laat alle regels"
        " van de tekst even ver inspringen (zoals regel 11)",
    ),
    (
        "the first line of a text too far to the right",
        "      Het bankje is kapot.",
        "         Het bankje is kapot.",
        "yaml_text_right",
        11,
        10,
        "deze regel van de tekst bij 'text' staat 3 spaties te ver naar rechts; laat alle"
        " regels van de tekst even ver inspringen (zoals regel 12)",
    ),
    (
        "the first key of an ending too far to the right",
        "      title: Klaar",
        "        title: Klaar",
        "yaml_indent_right",
        21,
        9,
        "'title' staat 2 spaties te ver naar rechts; zet het recht onder 'text' (regel 22)",
    ),
    (
        "a key at the top of the file moved right",
        "title: Het bankje",
        "  title: Het bankje",
        "yaml_indent_right",
        3,
        3,
        "'title' staat 2 spaties te ver naar rechts; zet het recht onder 'id' (regel 2)",
    ),
    (
        "the first line of the file moved right",
        "format: 1",
        " format: 1",
        "yaml_indent_top",
        1,
        2,
        "'format' staat 1 spatie te ver naar rechts; de sleutels bovenaan het bestand beginnen"
        " helemaal links",
    ),
    (
        "no space after the colon",
        "    title: Op het plein",
        "    title:Op het plein",
        "yaml_colon_space",
        9,
        11,
        "na 'title:' moet een spatie staan",
    ),
    (
        "a tab before a key",
        "    choices:",
        "\tchoices:",
        "yaml_tab",
        13,
        1,
        "tab gevonden; gebruik spaties om in te springen",
    ),
    (
        "a value with ': ' in it",
        "title: Op het plein",
        "title: Let op: het plein",
        "yaml_colon",
        9,
        18,
        "YAML-fout: hier mag geen ':' staan; zet tekst met een dubbele punt tussen"
        " aanhalingstekens",
    ),
    (
        "a value with ': ' in a list item",
        "- text: Ik vraag de buren.",
        "- text: Ik vraag: de buren.",
        "yaml_colon",
        14,
        23,
        "YAML-fout: hier mag geen ':' staan; zet tekst met een dubbele punt tussen"
        " aanhalingstekens",
    ),
]


@pytest.mark.parametrize(
    ("old", "new", "code", "line", "col", "advice"),
    [case[1:] for case in CORPUS],
    ids=[case[0] for case in CORPUS],
)
def test_an_indentation_mistake_gets_advice_about_its_line(
    old: str, new: str, code: str, line: int, col: int, advice: str
) -> None:
    text = BASE.replace(old, new, 1)
    assert text != BASE
    problem = error(text)
    assert (problem.code, problem.line, problem.col) == (code, line, col)
    assert problem_text(problem, "nl") == advice


@pytest.mark.parametrize(
    ("old", "new", "english"),
    [
        (
            "    title: Op het plein",
            "      title: Op het plein",
            "'title' is 2 spaces too far to the right; line it up with 'text' (line 10)",
        ),
        (
            "    choices:",
            "   choices:",
            "'choices' is 1 space too far to the left; line it up with 'text' (line 10)",
        ),
        (
            "      - text: Ik doe niets.",
            "       - text: Ik doe niets.",
            "this '-' is 1 space too far to the right; line it up with the '-' on line 14",
        ),
        (
            "      - text: Ik doe niets.",
            "    - text: Ik doe niets.",
            "this '-' is 2 spaces too far to the left; line it up with the '-' on line 14",
        ),
        (
            "      - text: Ik doe niets.",
            "      text: Ik doe niets.",
            "a '-' is missing here: put '- ' before 'text', lined up with the '-' on line 14",
        ),
        (
            "      Wat doe je?",
            "     Wat doe je?",
            "this line of the text of 'text' is 1 space too far to the left; indent every line"
            " of the text the same (as line 11)",
        ),
        (
            "      Het bankje is kapot.",
            "         Het bankje is kapot.",
            "this line of the text of 'text' is 3 spaces too far to the right; indent every line"
            " of the text the same (as line 12)",
        ),
        (
            "format: 1",
            " format: 1",
            "'format' is 1 space too far to the right; the keys at the top of the file start at"
            " the very left",
        ),
        (
            "    title: Op het plein",
            "    title:Op het plein",
            "'title:' needs a space after the ':'",
        ),
    ],
)
def test_the_advice_in_english(old: str, new: str, english: str) -> None:
    assert problem_text(error(BASE.replace(old, new, 1)), "en") == english


def test_a_key_indented_as_far_as_the_text_above_it_is_taken_in() -> None:
    # Valid YAML: 'choices' and everything under it became lines of the text.
    text = BASE.replace("    choices:", "      choices:", 1)
    problem = error(text)
    assert (problem.code, problem.path) == ("missing", ("nodes", "begin", "choices"))
    assert problem_text(problem, "nl") == (
        "'choices' ontbreekt; staat 'choices' te ver naar rechts? Nu hoort het bij de tekst"
        " van 'text'"
    )
    assert problem_text(problem, "en") == (
        "'choices' is missing; is 'choices' too far to the right? Now it is part of the text"
        " of 'text'"
    )


def _shifted(text: str) -> list[tuple[int, str]]:
    """Every line of ``text`` moved 1 to 4 spaces left or right: (line number, text)."""
    lines = text.split("\n")
    out = []
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        indent = len(line) - len(line.lstrip(" "))
        for shift in (-4, -3, -2, -1, 1, 2, 3, 4):
            if indent + shift < 0:
                continue
            moved = line[-shift:] if shift < 0 else " " * shift + line
            out.append((i + 1, "\n".join([*lines[:i], moved, *lines[i + 1 :]])))
    return out


def _follow(text: str, problem: Problem) -> str:
    """``text`` after doing what ``problem`` advises."""
    lines = text.split("\n")
    i = (problem.line or 0) - 1
    line = lines[i]
    spaces = problem.params.get("spaces", 0)
    if problem.code.endswith("_right") or problem.code == "yaml_indent_top":
        assert line[:spaces] == " " * spaces, "the advice moves a line left over spaces"
        lines[i] = line[spaces:]
    elif problem.code.endswith("_left"):
        lines[i] = " " * spaces + line
    elif problem.code == "yaml_dash_missing":
        col = (problem.col or 1) - 1
        lines[i] = line[:col] + "- " + line[col:]
    return "\n".join(lines)


ADVICE = {
    "yaml_indent_right",
    "yaml_indent_left",
    "yaml_item_right",
    "yaml_item_left",
    "yaml_text_right",
    "yaml_text_left",
    "yaml_dash_missing",
    "yaml_indent_top",
}


@pytest.mark.parametrize("name", ["valid/mini.yaml", "editor/bankje.yaml"])
def test_every_shifted_line_gets_advice_that_mends_the_file(name: str) -> None:
    text = (DATA / name).read_text("utf-8")
    advised = mended = 0
    for _number, shifted in _shifted(text):
        try:
            parse(shifted)
            continue  # still YAML (the model will say what is wrong)
        except ScenarioError as exc:
            problem = exc.problems[0]
        # Never libyaml's English, never "quotes" for a line out of place.
        assert problem.code in ADVICE | {"yaml_duplicate_key"}, (problem_line(problem), shifted)
        assert problem.code in message_codes()
        if problem.code not in ADVICE:
            continue
        advised += 1
        assert problem.line is not None and problem.col is not None
        line = shifted.split("\n")[problem.line - 1]
        assert line[: problem.col - 1].strip(" ") == "", "the advice points at a line's start"
        try:
            parse(_follow(shifted, problem))
            mended += 1
        except ScenarioError:
            pass  # another line was named: fixing that first leaves more to fix
    assert advised > 300
    assert mended >= 0.9 * advised
