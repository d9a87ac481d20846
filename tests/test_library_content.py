"""The built-in library: every scenario is a real, playable dilemma; the quiz is sound.

These are the promises issue 5 makes to teachers, checked on the shipped files.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from burgerschap.i18n.problem_words import problem_line
from burgerschap.paths import builtin_dir
from burgerschap.scenario import EndingNode, QuestionNode, Quiz, Scenario, load_file
from burgerschap.scenario.analyzer import analyze, analyze_quiz

SCENARIOS = [
    "speeltuin",
    "buurvrouw",
    "dorpshuis",
    "azc",
    "buslijn",
    "zonnepark",
    "fietspad",
    "hangplek",
    "online",
    "bezwaar",
    "verkiezingen",
    "leerlingenraad",
]
MBO_DIMENSIONS = {"politiek-juridisch", "economisch", "sociaal-maatschappelijk", "vitaal"}
BASIC_VALUES = {"vrijheid", "gelijkwaardigheid", "solidariteit"}


def _scenario(name: str) -> tuple[Scenario, Path]:
    path = builtin_dir() / f"{name}.yaml"
    loaded = load_file(path)
    assert loaded.warnings == [], [problem_line(w) for w in loaded.warnings]
    assert isinstance(loaded.document, Scenario)
    return loaded.document, path


def test_library_holds_exactly_the_promised_files() -> None:
    names = {p.stem for p in builtin_dir().glob("*.yaml")}
    assert names == {*SCENARIOS, "democratie", "begrippen"}


@pytest.mark.parametrize("name", SCENARIOS)
def test_scenario_size_and_shape(name: str) -> None:
    scenario, _ = _scenario(name)
    assert scenario.id == name
    assert scenario.language == "nl"
    nodes = scenario.nodes.values()
    assert len(scenario.nodes) >= 15
    assert sum(isinstance(n, EndingNode) for n in nodes) >= 3
    questions = [n for n in nodes if isinstance(n, QuestionNode)]
    assert len(questions) >= 2
    assert all(q.source for q in questions), "every question names its source"
    assert {"participatie", "samenwerking"} <= set(scenario.dimensions)
    assert scenario.reflection, "a reflection question for after the ending"


@pytest.mark.parametrize("name", SCENARIOS)
def test_scenario_carries_curriculum_tags(name: str) -> None:
    scenario, _ = _scenario(name)
    tags = set(scenario.tags)
    assert tags & MBO_DIMENSIONS, tags
    assert tags & BASIC_VALUES, tags


@pytest.mark.parametrize("name", SCENARIOS)
def test_scenario_checks_clean(name: str) -> None:
    scenario, path = _scenario(name)
    analysis = analyze(scenario, str(path))
    assert analysis.complete
    assert analysis.errors == [], [problem_line(p) for p in analysis.errors]
    assert analysis.warnings == [], [problem_line(p) for p in analysis.warnings]
    assert analysis.unreachable_nodes == []
    assert analysis.stuck_nodes == []
    endings = [k for k, n in scenario.nodes.items() if isinstance(n, EndingNode)]
    assert sorted(analysis.reachable_endings) == sorted(endings)
    assert len(analysis.reachable_endings) >= 3


@pytest.mark.parametrize("name", SCENARIOS)
def test_what_a_student_chooses_matters(name: str) -> None:
    scenario, path = _scenario(name)
    ranges = analyze(scenario, str(path)).ranges
    for dimension in ("participatie", "samenwerking"):
        low, high = ranges[dimension].low, ranges[dimension].high
        assert low is not None and high is not None
        assert high - low >= 4, f"{dimension} spans only {low}..{high}"


@pytest.mark.parametrize("name", SCENARIOS)
def test_choices_explain_themselves(name: str) -> None:
    scenario, _ = _scenario(name)
    choices = [c for n in scenario.nodes.values() for c in getattr(n, "choices", [])]
    with_feedback = [c for c in choices if c.feedback]
    assert len(with_feedback) >= 0.8 * len(choices)


@pytest.mark.parametrize("name", SCENARIOS)
def test_story_questions_say_when_their_facts_were_checked(name: str) -> None:
    """A fact can change: its check date is a field the game shows ("gecontroleerd op ..."),
    not words hidden in the source, as the quiz already does."""
    scenario, _ = _scenario(name)
    questions = [n for n in scenario.nodes.values() if isinstance(n, QuestionNode)]
    for node in questions:
        assert node.source, node.question
        assert node.checked is not None, node.source
        assert "geraadpleegd" not in node.source, node.source


def test_quiz_is_sound() -> None:
    path = builtin_dir() / "democratie.yaml"
    quiz = load_file(path).document
    assert isinstance(quiz, Quiz)
    assert len(quiz.questions) >= 40
    assert quiz.draw <= len(quiz.questions)
    for question in quiz.questions:
        assert 3 <= len(question.options) <= 4, question.id
        assert sum(o.correct for o in question.options) == 1, question.id
        assert question.source.strip(), question.id
        assert question.explanation.strip(), question.id
    assert analyze_quiz(quiz, str(path)).errors == []


def test_quiz_leaves_out_unconfirmed_facts() -> None:
    quiz = load_file(builtin_dir() / "democratie.yaml").document
    assert isinstance(quiz, Quiz)
    text = " ".join(q.question + " " + q.explanation for q in quiz.questions).lower()
    assert "kiesdrempel" not in text


def test_the_teachers_guide_lists_every_built_in_story() -> None:
    """docs/docenten.md's table of stories: themes, domain and level of each one."""
    guide = (Path(__file__).parents[1] / "docs" / "docenten.md").read_text("utf-8")
    table = guide.split("## De verhalen", 1)[1].split("### Waar de feiten", 1)[0]
    for name in [*SCENARIOS, "democratie"]:
        assert f"| `{name}` |" in table, name
