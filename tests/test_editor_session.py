"""The editor's session without the screen: changes, one undo step per field, pruning."""

from __future__ import annotations

from burgerschap.application.editing import EditSession, check, split_list

DATA = {
    "id": "x",
    "title": "X",
    "dimensions": {"p": {"label": "P"}},
    "start": "a",
    "nodes": {
        "a": {"text": "A", "choices": [{"text": "go", "goto": "b"}]},
        "b": {"ending": {"title": "B"}},
    },
}


def test_typing_in_one_field_is_one_undo_step() -> None:
    session = EditSession(DATA)
    for text in ("H", "He", "Het"):
        assert session.set_value(("title",), text)
    session.set_value(("nodes", "a", "text"), "Aa")
    assert session.dirty and len(session.undo_stack) == 2
    session.undo()
    assert session.data["title"] == "Het" and session.data["nodes"]["a"]["text"] == "A"
    session.undo()
    assert session.data == DATA and not session.can_undo
    session.redo()
    assert session.data["title"] == "Het"
    assert DATA["title"] == "X"  # the input is never changed


def test_the_same_value_is_no_change() -> None:
    session = EditSession(DATA)
    assert not session.set_value(("title",), "X")
    assert not session.set_value(("summary",), None)
    assert not session.dirty


def test_emptied_effects_and_conditions_go_away() -> None:
    session = EditSession(DATA)
    path = ("nodes", "a", "choices", 0)
    session.set_value((*path, "effects", "p"), 2)
    session.set_value((*path, "if", "min", "p"), 1)
    assert session.data["nodes"]["a"]["choices"][0]["if"] == {"min": {"p": 1}}
    session.set_value((*path, "effects", "p"), None)
    session.set_value((*path, "if", "min", "p"), None)
    assert session.data["nodes"]["a"]["choices"][0] == {"text": "go", "goto": "b"}


def test_lists_split_on_commas_only() -> None:
    assert split_list("Mevrouw De Vries, Jan") == ["Mevrouw De Vries", "Jan"]
    assert split_list(" , ") is None


def test_check_validates_and_analyses() -> None:
    result = check(DATA)
    assert result.valid and result.analyzed
    broken = {**DATA, "start": "nergens"}
    result = check(broken)
    assert not result.valid and result.errors[0].line is not None


def test_undoing_back_to_the_stored_work_is_no_change() -> None:
    session = EditSession(DATA)
    session.set_value(("title",), "Y")
    assert session.dirty
    session.undo()
    assert not session.dirty
    session.redo()
    session.saved_draft()
    session.undo()
    assert session.dirty  # the draft on disk says "Y"
    new = EditSession(DATA, saved=False)
    new.set_value(("title",), "Y")
    new.undo()
    assert new.dirty  # nothing stored yet
