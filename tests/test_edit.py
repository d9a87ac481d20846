"""Editor operations: pure, references follow a rename, deletes refused while referenced."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from authoring_docs import plein, plein_data
from burgerschap.i18n.problem_words import problem_text
from burgerschap.scenario import edit
from burgerschap.scenario.models import EndingNode, QuestionNode, Scenario
from burgerschap.scenario.problems import ScenarioError
from burgerschap.scenario.serialize import inspect_data, to_data


def codes(caught: pytest.ExceptionInfo[ScenarioError]) -> list[str]:
    return [p.code for p in caught.value.problems]


def test_references_lists_every_kind_in_file_order() -> None:
    refs = edit.references(plein(), "begin")
    assert [(r.node, r.field) for r in refs] == [(None, "start"), ("buren", "goto")]
    refs = edit.references(plein(), "vraag")
    assert [(r.node, r.field, r.path[-1]) for r in refs] == [
        ("begin", "goto", "goto"),
        ("buren", "goto", "goto"),
        ("buren", "not_visited", 0),
    ]
    assert edit.referrers(plein(), "goed") == ["vraag"]


@pytest.mark.parametrize("as_model", [True, False])
def test_rename_makes_every_reference_follow(as_model: bool) -> None:
    doc: Any = plein() if as_model else plein_data()
    renamed = edit.rename_node(edit.rename_node(doc, "begin", "start_hier"), "vraag", "quiz")
    renamed = edit.rename_node(renamed, "goed", "gelukt")
    result = renamed if as_model else Scenario.model_validate(renamed)
    assert isinstance(result, Scenario)
    assert list(result.nodes) == ["start_hier", "buren", "quiz", "gelukt", "fout"]
    assert result.start == "start_hier"
    buren = result.nodes["buren"]
    assert [c.goto for c in buren.choices] == ["quiz", "start_hier"]  # type: ignore[union-attr]
    assert buren.choices[1].condition.not_visited == ["quiz"]  # type: ignore[union-attr]
    quiz = result.nodes["quiz"]
    assert isinstance(quiz, QuestionNode)
    assert (quiz.goto_correct, quiz.goto_wrong) == ("gelukt", "fout")
    assert inspect_data(to_data(result)).errors == []


def test_rename_never_changes_its_input() -> None:
    data = plein_data()
    before = copy.deepcopy(data)
    model = plein()
    edit.rename_node(data, "begin", "nieuw")
    edit.rename_node(model, "begin", "nieuw")
    assert data == before
    assert model == plein()


def test_rename_refusals() -> None:
    with pytest.raises(ScenarioError) as caught:
        edit.rename_node(plein(), "buren", "vraag")
    assert codes(caught) == ["node_exists"]
    with pytest.raises(ScenarioError) as caught:
        edit.rename_node(plein(), "niemand", "x")
    assert codes(caught) == ["node_missing"]
    with pytest.raises(ScenarioError) as caught:
        edit.rename_node(plein(), "buren", "de buren")
    assert codes(caught) == ["pattern"]
    assert problem_text(caught.value.problems[0], "en").startswith("'de buren' is not a valid name")
    assert edit.rename_node(plein(), "buren", "buren") == plein()


def test_delete_is_refused_while_referenced_with_every_referrer() -> None:
    with pytest.raises(ScenarioError) as caught:
        edit.delete_node(plein(), "vraag")
    problems = caught.value.problems
    assert [(p.code, p.node, p.params["field"]) for p in problems] == [
        ("node_referenced", "begin", "goto"),
        ("node_referenced", "buren", "goto"),
        ("node_referenced", "buren", "not_visited"),
    ]
    assert problem_text(problems[0]) == "node 'vraag' kan niet weg: 'begin' verwijst ernaar (goto)"
    with pytest.raises(ScenarioError) as caught:
        edit.delete_node(plein(), "begin")
    assert [p.params["referrer"] for p in caught.value.problems] == ["start", "buren"]


def test_delete_after_unlinking_and_self_links_do_not_block() -> None:
    doc = edit.add_node(plein(), "lus", {"text": "Nog een keer?", "choices": []})
    doc = edit.add_choice(doc, "lus", "Ja", "lus")
    doc = edit.add_choice(doc, "lus", "Nee", "fout")
    assert edit.referrers(doc, "lus") == []
    doc = edit.delete_node(doc, "lus")
    assert "lus" not in doc.nodes
    # Unlink "goed" (only the question leads there), then it can go.
    doc = edit.set_field(doc, ("nodes", "vraag", "goto_correct"), "fout")
    doc = edit.delete_node(doc, "goed")
    assert list(doc.nodes) == ["begin", "buren", "vraag", "fout"]


def test_add_node_of_each_kind_to_unfinished_data() -> None:
    data = plein_data()
    for kind in ("story", "question", "ending"):
        data = edit.add_node(data, edit.free_node_id(data, kind), edit.new_node(kind))
    assert list(data["nodes"])[-3:] == ["story", "question", "ending"]
    found = {p.code for p in inspect_data(data).problems}
    # A new node is incomplete in ways the validator names.
    assert {"no_choices", "too_few_options", "question_goto"} <= found
    assert edit.free_node_id(data, "story") == "story-2"
    assert edit.free_node_id(data, "Het einde!") == "Het-einde"


def test_add_node_accepts_a_model_and_refuses_a_taken_id() -> None:
    doc = edit.add_node(plein(), "extra", EndingNode.model_validate({"ending": {"title": "Extra"}}))
    assert isinstance(doc.nodes["extra"], EndingNode)
    with pytest.raises(ScenarioError) as caught:
        edit.add_node(doc, "extra")
    assert codes(caught) == ["node_exists"]


def test_set_field_sets_and_removes() -> None:
    doc = edit.set_field(plein(), ("title",), "Nieuw plein")
    doc = edit.set_field(doc, ("nodes", "begin", "choices", 1, "effects", "participatie"), 2)
    doc = edit.set_field(doc, ("nodes", "begin", "title"), None)
    assert doc.title == "Nieuw plein"
    begin = doc.nodes["begin"]
    assert begin.title is None  # type: ignore[union-attr]
    assert begin.choices[1].effects == {"participatie": 2}  # type: ignore[union-attr]


def test_set_field_on_a_model_checks_the_value() -> None:
    with pytest.raises(ScenarioError) as caught:
        edit.set_field(plein(), ("nodes", "begin", "text"), "")
    [problem] = caught.value.problems
    assert problem.node == "begin"
    assert problem.params["field"] == "nodes.begin.text"
    # The same edit on plain data is kept: the editor shows the error instead.
    data = edit.set_field(plein_data(), ("nodes", "begin", "text"), "")
    assert data["nodes"]["begin"]["text"] == ""


def test_bad_paths_are_refused() -> None:
    with pytest.raises(ScenarioError) as caught:
        edit.set_field(plein(), ("nodes", "begin", "choices", 9, "text"), "x")
    assert codes(caught) == ["path_invalid"]
    with pytest.raises(ScenarioError):
        edit.remove_item(plein(), ("nodes", "begin", "choices"), 5)


def test_list_operations() -> None:
    path = ("nodes", "begin", "choices")
    doc = edit.insert_item(plein(), path, {"text": "Eerst", "goto": "fout"}, index=0)
    assert doc.nodes["begin"].choices[0].text == "Eerst"  # type: ignore[union-attr]
    doc = edit.move_item(doc, path, 0, 2)
    texts = [c.text for c in doc.nodes["begin"].choices]  # type: ignore[union-attr]
    assert texts == ["Ik praat met de buren.", "Ik ga naar de gemeente.", "Eerst"]
    doc = edit.remove_item(doc, path, 0)
    assert len(doc.nodes["begin"].choices) == 2  # type: ignore[union-attr]
    doc = edit.insert_item(doc, ("tags",), "buurt")
    assert doc.tags == ["buurt"]


def test_add_choice_with_condition_and_effects() -> None:
    doc = edit.add_choice(
        plein(),
        "buren",
        "Alleen als je gepraat hebt",
        "fout",
        effects={"samenwerking": -1},
        condition={"flags": ["gepraat"]},
    )
    choice = doc.nodes["buren"].choices[-1]  # type: ignore[union-attr]
    assert choice.condition is not None and choice.condition.flags == ["gepraat"]
    assert choice.effects == {"samenwerking": -1}


def test_move_node_changes_file_order_only() -> None:
    doc = edit.move_node(plein(), "fout", 0)
    assert list(doc.nodes) == ["fout", "begin", "buren", "vraag", "goed"]
    assert doc.start == "begin"


def test_rename_dimension_follows_effects_and_conditions() -> None:
    doc = edit.rename_dimension(plein(), "samenwerking", "samen")
    assert list(doc.dimensions) == ["participatie", "samen"]
    begin, buren = doc.nodes["begin"], doc.nodes["buren"]
    assert begin.choices[0].effects == {"samen": 2}  # type: ignore[union-attr]
    assert buren.choices[1].condition.min == {"samen": 1}  # type: ignore[union-attr]
    assert inspect_data(to_data(doc)).errors == []
    with pytest.raises(ScenarioError) as caught:
        edit.rename_dimension(doc, "samen", "participatie")
    assert codes(caught) == ["dimension_exists"]


def test_delete_dimension_refused_while_used() -> None:
    assert edit.dimension_uses(plein(), "samenwerking") == ["begin", "buren"]
    with pytest.raises(ScenarioError) as caught:
        edit.delete_dimension(plein(), "samenwerking")
    assert [p.node for p in caught.value.problems] == ["begin", "buren"]
    doc = edit.add_node(plein_data(), "x")
    doc["dimensions"]["extra"] = {"label": "Extra"}
    assert "extra" not in edit.delete_dimension(doc, "extra")["dimensions"]
