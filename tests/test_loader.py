"""The loader and validator: every broken file gets the project's own error with a position."""

from __future__ import annotations

from pathlib import Path

import pytest

from burgerschap.i18n.problem_words import message_codes, problem_line, problem_text
from burgerschap.scenario import (
    EndingNode,
    QuestionNode,
    Quiz,
    Scenario,
    ScenarioError,
    StoryNode,
    inspect_bytes,
    inspect_file,
    inspect_text,
    load_file,
    load_text,
)
from burgerschap.scenario.loader import MAX_BYTES
from burgerschap.scenario.problems import Problem

BROKEN = Path(__file__).parent / "data" / "broken"
VALID = Path(__file__).parent / "data" / "valid"

# file -> the (code, line) pairs of its errors, in order; line None: whole file.
EXPECTED_ERRORS: dict[str, list[tuple[str, int | None]]] = {
    "malformed.yaml": [("yaml_missing_comma_bracket", 4)],
    "tabs.yaml": [("yaml_tab", 5)],
    "duplicate_key.yaml": [("yaml_duplicate_key", 12)],
    "alias_bomb.yaml": [("yaml_alias_bomb", 6)],
    "python_tag.yaml": [("yaml_tag", 3)],
    "binary.yaml": [("file_binary", None)],
    "latin1.yaml": [("not_utf8", 3)],
    "too_deep.yaml": [("yaml_too_deep", 1)],
    "empty.yaml": [("file_empty", None)],
    "comments_only.yaml": [("file_empty", None)],
    "top_list.yaml": [("not_mapping", 1)],
    "wrong_types.yaml": [("type_int", 3), ("type_bool", 5), ("positive", 6), ("type_int", 15)],
    "unknown_keys.yaml": [("extra", 6), ("extra", 13)],
    "missing_target.yaml": [("goto_missing", 11)],
    "dead_end.yaml": [("dead_end", 14)],
    "missing_start.yaml": [("start_missing", 5)],
    "bad_question.yaml": [("question_goto", 7), ("correct_count", 9)],
    "undeclared_dimension.yaml": [
        ("dimension_unknown", 12),
        ("dimension_unknown", 13),
        ("visited_unknown", 13),
    ],
    "no_choices.yaml": [("no_choices", 7)],
}


def test_corpus_is_covered() -> None:
    files = {p.name for p in BROKEN.glob("*.yaml")}
    assert files - {"unreachable_and_flag.yaml"} == set(EXPECTED_ERRORS)


@pytest.mark.parametrize("name", sorted(EXPECTED_ERRORS))
def test_broken_file_reports_code_and_line(name: str) -> None:
    inspection = inspect_file(BROKEN / name)
    assert inspection.document is None or inspection.errors
    got = [(p.code, p.line) for p in inspection.errors]
    assert got == EXPECTED_ERRORS[name]
    for problem in inspection.errors:
        assert problem.file.endswith(name)
        assert problem.code in message_codes()
        # Every message reads as a sentence in both languages, no template left.
        for lang in ("nl", "en"):
            text = problem_text(problem, lang)
            assert text and "{" not in text, text


@pytest.mark.parametrize("name", sorted(EXPECTED_ERRORS))
def test_load_file_raises_own_error(name: str) -> None:
    with pytest.raises(ScenarioError) as info:
        load_file(BROKEN / name)
    assert info.value.problems


def test_warnings_do_not_block_loading() -> None:
    loaded = load_file(BROKEN / "unreachable_and_flag.yaml")
    codes = sorted(p.code for p in loaded.warnings)
    assert codes == ["flag_never_set", "unreachable"]
    assert {p.node for p in loaded.warnings} == {"begin", "eiland"}
    assert all(p.severity == "warning" for p in loaded.warnings)


def test_duplicate_key_names_both_lines() -> None:
    (problem,) = inspect_file(BROKEN / "duplicate_key.yaml").problems
    assert problem.params == {"key": "begin", "first_line": 7}
    assert "regel 7" in problem_text(problem, "nl")
    assert "line 7" in problem_text(problem, "en")


def test_error_columns_point_at_the_value() -> None:
    (problem,) = inspect_file(BROKEN / "missing_target.yaml").errors
    line = (BROKEN / "missing_target.yaml").read_text().splitlines()[problem.line - 1]
    assert line[problem.col - 1 :].startswith("goto: nergens")


def test_format_is_compiler_style_in_both_languages() -> None:
    problem = Problem(
        "goto_missing", file="a.yaml", line=3, col=7, params={"target": "x", "node": "b"}
    )
    assert problem_line(problem, "nl") == "a.yaml:3:7: fout: 'x' bestaat niet (in node 'b')"
    assert problem_line(problem, "en") == "a.yaml:3:7: error: 'x' does not exist (in node 'b')"


def test_file_too_large(tmp_path: Path) -> None:
    path = tmp_path / "groot.yaml"
    path.write_bytes(b"# " + b"x" * MAX_BYTES + b"\n")
    (problem,) = inspect_file(path).problems
    assert problem.code == "file_too_large"


def test_missing_file_is_a_problem_not_an_exception(tmp_path: Path) -> None:
    (problem,) = inspect_file(tmp_path / "weg.yaml").problems
    assert problem.code == "file_missing"


def test_utf8_bom_is_accepted() -> None:
    data = (VALID / "mini.yaml").read_bytes()
    assert inspect_bytes(b"\xef\xbb\xbf" + data, "bom.yaml").ok


def test_numbers_as_option_text_become_text() -> None:
    quiz = load_file(VALID / "quiz.yaml").document
    assert isinstance(quiz, Quiz)
    assert quiz.questions[0].options[0].text == "150"


def test_valid_scenario_loads_with_all_node_kinds() -> None:
    loaded = load_file(VALID / "mini.yaml")
    scenario = loaded.document
    assert isinstance(scenario, Scenario)
    assert loaded.warnings == []
    assert isinstance(scenario.nodes["begin"], StoryNode)
    assert isinstance(scenario.nodes["vraag"], QuestionNode)
    assert isinstance(scenario.nodes["einde_samen"], EndingNode)
    assert scenario.nodes["buren"].choices[0].condition.flags == ["buren_gevraagd"]  # type: ignore[union-attr]
    assert scenario.ref == "mini@1"


def test_content_hash_ignores_formatting() -> None:
    text = (VALID / "mini.yaml").read_text()
    reformatted = text.replace("summary: Een klein", "summary:   Een klein") + "\n# opmerking\n"
    assert load_text(text).content_hash == load_text(reformatted).content_hash
    changed = text.replace("Het bankje op het plein is kapot.", "Het bankje is stuk.")
    assert load_text(text).content_hash != load_text(changed).content_hash


def test_all_errors_of_a_file_are_reported_together() -> None:
    text = """
format: 1
id: Fout Id
title: ''
dimensions: {p: {label: P}}
start: a
nodes:
  a:
    text: x
    choices: [{text: y, goto: b, effects: {q: 1}}]
"""
    inspection = inspect_text(text, "veel.yaml")
    codes = sorted(p.code for p in inspection.errors)
    assert codes == ["pattern", "too_short"]
    # Field errors come first; graph errors follow once the fields are right.
    fixed = text.replace("Fout Id", "goed").replace("title: ''", "title: T")
    codes = sorted(p.code for p in inspect_text(fixed, "veel.yaml").errors)
    assert codes == ["dimension_unknown", "goto_missing", "no_endings"]


def test_quiz_rules() -> None:
    text = """
format: 1
kind: quiz
id: q
title: Q
draw: 5
questions:
  - {id: a, question: A?, options: [{text: x, correct: true}, {text: y}], explanation: e, source: s}
  - {id: a, question: B?, options: [{text: x}, {text: y}], explanation: e, source: s}
"""
    codes = [p.code for p in inspect_text(text, "q.yaml").errors]
    assert codes == ["draw_too_large", "duplicate_question_id", "correct_count"]


def test_kind_quiz_requires_quiz_fields() -> None:
    text = "format: 1\nkind: quiz\nid: q\ntitle: Q\n"
    (problem,) = inspect_text(text, "q.yaml").errors
    assert (problem.code, problem.params["field"]) == ("missing", "questions")


def test_format_version_is_checked() -> None:
    text = (VALID / "mini.yaml").read_text().replace("format: 1", "format: 2")
    (problem,) = inspect_text(text).errors
    assert problem.code == "literal"
    assert problem.line == 1


def test_deep_documents_are_not_mistaken_for_alias_bombs() -> None:
    # 150,000 values nine levels deep: each must be counted once, not once per level.
    leaves = "[" + ", ".join("1" for _ in range(150_000)) + "]"
    text = "a: " + "[" * 8 + leaves + "]" * 8 + "\n"
    problems = inspect_text(text, "diep.yaml").problems
    assert "yaml_alias_bomb" not in [p.code for p in problems]
