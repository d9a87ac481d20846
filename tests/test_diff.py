"""Semantic diff: what changed between two versions, and how it reads."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from authoring_docs import plein, plein_data
from burgerschap.i18n.catalog import catalog
from burgerschap.i18n.diff_words import COUNT, DOMAIN, KINDS, SAME, WHERE, render
from burgerschap.scenario import edit
from burgerschap.scenario.diff import diff
from burgerschap.scenario.diff_lines import SIGNS
from burgerschap.scenario.loader import load_file
from burgerschap.scenario.models import Quiz


def test_identical_documents_have_no_changes() -> None:
    result = diff(plein(), plein(version=2))
    assert not result
    assert render(result) == ["plein@1 en plein@2 zijn inhoudelijk gelijk"]
    assert render(result, "en") == ["plein@1 and plein@2 have the same content"]


def test_reformatting_or_spelling_out_defaults_is_no_change() -> None:
    spelled = plein_data(language="nl", allow_back=True, minutes=15)
    spelled["nodes"]["vraag"]["options"][1]["correct"] = False
    spelled["nodes"]["begin"]["choices"][1]["set"] = []
    assert not diff(plein(), spelled)


def test_trailing_whitespace_is_no_change() -> None:
    trailing = plein_data(title="Het plein  ")
    trailing["nodes"]["begin"]["text"] = "Het plein is leeg.\nWat doe je?\n\n"  # YAML's |+
    trailing["nodes"]["goed"]["ending"]["text"] = "Er komen bankjes.\n"
    trailing["nodes"]["begin"]["choices"][0]["text"] = "Ik praat met de buren. "
    assert diff(plein(), trailing).changes == []
    bare = plein_data()
    bare["nodes"]["begin"]["text"] = "Het plein is leeg.\nWat doe je?"  # YAML's |-
    assert diff(plein(), bare).changes == []
    # Whitespace inside a text is still a change.
    inside = plein_data()
    inside["nodes"]["begin"]["text"] = "Het plein is leeg.\n\nWat doe je?\n"
    assert diff(plein(), inside).codes() == ["node_field_changed"]


def test_pure_rename_is_one_change_and_links_that_follow_are_not_reported() -> None:
    new = edit.rename_node(edit.rename_node(plein(), "buren", "de_buren"), "begin", "start")
    result = diff(plein(), new)
    assert result.renamed == {"begin": "start", "buren": "de_buren"}
    assert result.codes() == ["node_renamed", "node_renamed"]
    assert "> node 'buren' heet nu 'de_buren'" in render(result)


def test_two_renamed_nodes_that_link_to_each_other() -> None:
    new = edit.rename_node(edit.rename_node(plein(), "goed", "gelukt"), "vraag", "kennis")
    result = diff(plein(), new)
    assert result.renamed == {"vraag": "kennis", "goed": "gelukt"}
    assert set(result.codes()) == {"node_renamed"}


def test_rename_with_other_changes_is_still_a_rename_when_the_text_is_the_same() -> None:
    new = edit.rename_node(plein(), "buren", "de_buren")
    new = edit.move_item(new, ("nodes", "de_buren", "choices"), 1, 0)
    result = diff(plein(), new)
    assert result.renamed == {"buren": "de_buren"}
    assert result.codes() == ["node_renamed", "choice_moved"]


def test_added_and_removed_nodes() -> None:
    new = edit.set_field(plein(), ("nodes", "vraag", "goto_wrong"), "goed")
    new = edit.delete_node(new, "fout")
    new = edit.add_node(new, "extra", {"ending": {"title": "Extra einde"}})
    new = edit.add_choice(new, "buren", "Naar het extra einde", "extra")
    result = diff(plein(), new)
    # Removed nodes first, then the new document's nodes in file order.
    assert result.codes() == [
        "node_removed",
        "choice_added",
        "node_field_changed",
        "node_added",
    ]
    lines = render(result)
    assert "- node 'fout' verwijderd (einde)" in lines
    assert "+ node 'extra' toegevoegd (einde)" in lines
    assert "~ node 'vraag': goto_wrong: 'fout' → 'goed'" in lines
    assert "+ node 'buren': keuze 3 «Naar het extra einde» toegevoegd" in lines


def test_text_change_shows_the_changed_lines() -> None:
    new = edit.set_field(plein(), ("nodes", "begin", "text"), "Het plein is vol.\nWat doe je?\n")
    result = diff(plein(), new)
    [change] = result.changes
    assert (change.code, change.node, change.field) == ("node_field_changed", "begin", "text")
    assert render(result)[1:] == [
        "~ node 'begin': text",
        "    @@ -1,2 +1,2 @@",
        "    -Het plein is leeg.",
        "    +Het plein is vol.",
        "     Wat doe je?",
    ]


def test_choice_effects_conditions_and_targets() -> None:
    path = ("nodes", "buren", "choices", 1)
    new = edit.set_field(plein(), (*path, "effects"), {"participatie": 1})
    new = edit.set_field(new, (*path, "if"), {"flags": ["gepraat"]})
    new = edit.set_field(new, (*path, "goto"), "fout")
    new = edit.set_field(new, ("nodes", "begin", "choices", 0, "effects", "samenwerking"), 3)
    result = diff(plein(), new)
    by_field = {(c.node, c.index, c.field): c for c in result.changes}
    assert by_field["buren", 1, "goto"].old == "begin"
    assert by_field["buren", 1, "goto"].new == "fout"
    assert by_field["buren", 1, "if"].new == {"flags": ["gepraat"]}
    assert by_field["buren", 1, "participatie"].code == "effect_changed"
    assert (by_field["begin", 0, "samenwerking"].old, by_field["begin", 0, "samenwerking"].new) == (
        2,
        3,
    )
    lines = render(result)
    assert (
        "~ node 'begin', keuze 1 «Ik praat met de buren.»: effect op samenwerking +2 → +3" in lines
    )
    assert (
        "~ node 'buren', keuze 2 «Nog eens praten.»: if: "
        "{min: {samenwerking: 1}, not_visited: [vraag]} → {flags: [gepraat]}"
    ) in lines
    english = render(result, "en")
    assert "~ node 'buren', choice 2 «Nog eens praten.»: goto: 'begin' → 'fout'" in english


def test_choice_text_change_is_matched_by_target() -> None:
    new = edit.set_field(plein(), ("nodes", "begin", "choices", 1, "text"), "Ik bel de gemeente.")
    new = edit.move_item(new, ("nodes", "begin", "choices"), 1, 0)
    result = diff(plein(), new)
    changes = [(c.code, c.field, c.old, c.new) for c in result.changes]
    assert changes == [
        ("choice_changed", "text", "Ik ga naar de gemeente.", "Ik bel de gemeente."),
    ]


def test_choice_removed() -> None:
    new = edit.remove_item(plein(), ("nodes", "buren", "choices"), 1)
    result = diff(plein(), new)
    [change] = result.changes
    assert (change.code, change.index, change.label) == ("choice_removed", 1, "Nog eens praten.")


def test_question_options_and_kind_change() -> None:
    options = ("nodes", "vraag", "options")
    new = edit.set_field(plein(), (*options, 0, "correct"), None)
    new = edit.set_field(new, (*options, 1, "correct"), True)
    new = edit.insert_item(new, options, {"text": "De burgemeester"})
    new = edit.set_field(new, ("nodes", "goed"), {"text": "Verder", "choices": []})
    result = diff(plein(), new)
    assert [(c.code, c.field) for c in result.changes] == [
        ("option_changed", "correct"),
        ("option_changed", "correct"),
        ("option_added", None),
        ("node_kind_changed", None),
        ("node_field_changed", "text"),
        ("ending_changed", "title"),
        ("ending_changed", "text"),
    ]
    assert "~ 'vraag', antwoord 1 «De gemeenteraad»: correct: true → false" in render(result)
    assert "~ node 'goed': soort einde → verhaal" in render(result)


def test_scenario_settings() -> None:
    new = plein_data(title="Nieuw", start="buren", minutes=20)
    new["dimensions"]["eerlijkheid"] = {"label": "Eerlijkheid"}
    new["dimensions"]["participatie"]["label"] = "Meedoen"
    result = diff(plein(), new)
    assert [(c.code, c.field) for c in result.changes] == [
        ("field_changed", "title"),
        ("field_changed", "minutes"),
        ("dimension_changed", "participatie"),
        ("dimension_added", "eerlijkheid"),
        ("field_changed", "start"),
    ]
    assert "~ minutes: 15 → 20" in render(result)  # a left-out default shows its value


def test_quiz_diff(data_dir: object) -> None:
    from pathlib import Path

    quiz = load_file(Path(str(data_dir)) / "valid" / "quiz.yaml").document
    assert isinstance(quiz, Quiz)
    data = quiz.model_dump(by_alias=True)
    data["questions"][0]["explanation"] = "Anders uitgelegd."
    data["questions"].pop()
    result = diff(quiz, Quiz.model_validate(data))
    assert [(c.code, c.node) for c in result.changes] == [
        ("question_removed", "ek"),
        ("node_field_changed", "tk"),
    ]


def test_diff_is_json_ready() -> None:
    new = edit.rename_node(plein(), "buren", "de_buren")
    data = json.loads(json.dumps(diff(plein(), new).to_json()))
    assert data["renamed"] == {"buren": "de_buren"}
    assert data["changes"] == [
        {"code": "node_renamed", "node": "de_buren", "old": "buren", "new": "de_buren"}
    ]


LIST_CODES = {"CHOICE", "OPTION"}
"""diff.py's tables of the codes of a list's changes, unpacked into these names:"""
FROM_A_LIST = {"added", "removed", "moved_code", "changed"}


def written_codes() -> set[str]:
    """The codes diff.py gives its changes: the first argument of ``Change``, and the
    codes of a list's changes."""
    source = Path(__file__).resolve().parents[1] / "src" / "burgerschap" / "scenario" / "diff.py"
    codes = set()
    for node in ast.walk(ast.parse(source.read_text("utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Change":
            first = node.args[0]
            if getattr(first, "id", None) not in FROM_A_LIST:
                assert isinstance(first, ast.Constant), "a code is written out"
                codes.add(first.value)
        elif (
            isinstance(node, ast.Assign)
            and {getattr(t, "id", "") for t in node.targets} & LIST_CODES
        ):
            codes.update(ast.literal_eval(node.value))
    return codes


def test_every_code_a_diff_can_give_has_a_sign() -> None:
    assert written_codes() == SIGNS.keys()


def test_every_change_has_a_message_and_every_message_a_change() -> None:
    words = catalog(DOMAIN, "nl").messages.keys()
    assert words == SIGNS.keys() | {SAME, COUNT, WHERE, *KINDS.values()}


@pytest.mark.parametrize("code", sorted(SIGNS))
def test_every_message_has_both_languages(code: str) -> None:
    sign = SIGNS[code]
    nl, en = catalog(DOMAIN, "nl").text(code), catalog(DOMAIN, "en").text(code)
    assert sign in "+-~>" and nl and en


def test_the_header_counts_its_changes_in_the_singular_or_plural() -> None:
    one = diff(plein(), edit.rename_node(plein(), "buren", "de_buren"))
    assert render(one)[0] == "plein@1 → plein@1: 1 wijziging"
    assert render(one, "en")[0] == "plein@1 → plein@1: 1 change"
