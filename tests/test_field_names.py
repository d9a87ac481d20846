"""The editor's form and its problem list name fields as the form does; the YAML tab and
the command line by their keys."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.widget import Widget
from textual.widgets import Checkbox, Label

from burgerschap.i18n import t
from burgerschap.i18n.problem_words import problem_line, problem_text
from burgerschap.scenario import inspect_text
from burgerschap.scenario.problems import FieldKey, Problem
from burgerschap.tui.field_names import FORM_FIELDS, form_name
from burgerschap.tui.widgets.node_form import NodeForm
from burgerschap.tui.widgets.problem_list import ProblemList
from burgerschap.tui.widgets.settings_form import SettingsForm
from editor_support import build, field, open_in_editor, settle, type_into

VALID = Path(__file__).parent / "data" / "valid"


@pytest.mark.parametrize(
    ("path", "kind", "nl", "en"),
    [
        (("nodes", "b", "choices", 1, "goto"), "story", "Keuze 2 › Naar", "Choice 2 › Goes to"),
        (("nodes", "b", "goto"), "question", "Verder naar", "Goes on to"),
        (("nodes", "b", "goto_correct"), "question", "Goed → naar", "Right → to"),
        (("nodes", "b", "goto_wrong"), "question", "Fout → naar", "Wrong → to"),
        (("nodes", "b", "text"), "story", "Tekst", "Text"),
        (("nodes", "b", "text"), "question", "Tekst boven de vraag", "Text above the question"),
        (
            ("nodes", "b", "choices", 0, "effects", "participatie"),
            "story",
            "Keuze 1 › Effecten › participatie",
            "Choice 1 › Effects › participatie",
        ),
        (
            ("nodes", "b", "choices", 2, "if", "flags", 0),
            "story",
            "Keuze 3 › Voorwaarde › Vlaggen aan",
            "Choice 3 › Condition › Flags set",
        ),
        (
            ("nodes", "b", "choices", 0, "if"),
            "story",
            "Keuze 1 › Voorwaarde",
            "Choice 1 › Condition",
        ),
        (
            ("nodes", "v", "options", 1, "text"),
            "question",
            "Antwoord 2 › Antwoord",
            "Answer 2 › Answer",
        ),
        (("nodes", "v", "effects"), "question", "Bij goed", "If right"),
        (("nodes", "e", "ending", "title"), "ending", "Titel einde", "Ending title"),
        (("start",), None, "Begint bij", "Starts at"),
        (("dimensions",), None, "Dimensies", "Dimensions"),
        (
            ("dimensions", "participatie", "feedback", "low"),
            None,
            "participatie › Feedback laag",
            "participatie › Feedback low",
        ),
    ],
)
def test_a_field_is_named_as_the_form_names_it(
    path: tuple[str | int, ...], kind: str | None, nl: str, en: str
) -> None:
    key = FieldKey(path, kind)
    assert (form_name(key, "nl"), form_name(key, "en")) == (nl, en)


@pytest.mark.parametrize(
    "path",
    [
        ("nodes", "b", "choices", 0, "efects"),  # an unknown key: the form has no such field
        ("nodes", "b"),
        ("nodes", "b", "choices", 0, "ladder"),  # only in the YAML
        ("questions", 0, "question"),  # a quiz: no form
    ],
)
def test_a_key_the_form_does_not_show_keeps_its_key(path: tuple[str | int, ...]) -> None:
    assert form_name(FieldKey(path, "story"), "nl") is None


def test_every_label_key_is_an_interface_string() -> None:
    for key in FORM_FIELDS.values():
        assert t(key, "nl") != key and t(key, "en") != key


def test_messages_name_the_fields_as_the_form_does() -> None:
    text = (VALID / "mini.yaml").read_text("utf-8")
    text = text.replace("    goto_correct: einde_samen\n", "")
    (problem,) = [p for p in inspect_text(text).errors if p.code == "question_goto"]
    assert problem_text(problem, "nl") == (
        "vraag 'vraag' heeft 'goto' nodig, of 'goto_correct' en 'goto_wrong' samen"
    )
    assert problem_text(problem, "nl", form_name) == (
        "vraag 'vraag' heeft 'Verder naar' nodig, of 'Goed → naar' en 'Fout → naar' samen"
    )
    assert problem_text(problem, "en", form_name) == (
        "question 'vraag' needs 'Goes on to', or both 'Right → to' and 'Wrong → to'"
    )
    text = (VALID / "mini.yaml").read_text("utf-8").replace("{participatie: 1}", "{p: 1}", 1)
    (unknown,) = [p for p in inspect_text(text).errors if p.code == "dimension_unknown"]
    assert problem_text(unknown, "nl", form_name) == (
        "dimensie 'p' staat niet onder 'Dimensies' (in node 'buren')"
    )
    missing = Problem("missing", params={"field": FieldKey(("nodes", "a", "choices", 0, "goto"))})
    assert problem_text(missing, "nl") == "'goto' ontbreekt"
    assert problem_text(missing, "nl", form_name) == "'Keuze 1 › Naar' ontbreekt"
    assert (
        problem_line(missing, "en", form_name) == "<tekst>: error: 'Choice 1 › Goes to' is missing"
    )


def test_a_field_key_is_its_key_as_text() -> None:
    import pickle

    key = FieldKey(("nodes", "begin", "choices", 0, "goto", 1), "story")
    assert key == "goto" and f"'{key}'" == "'goto'"
    assert {"goto": 1}[key] == 1
    again = pickle.loads(pickle.dumps(key))
    assert (again, again.path, again.kind) == ("goto", key.path, "story")


# The forms themselves ---------------------------------------------------


def _label_of(widget: Widget) -> str:
    """The label the form shows for a field: in its row, above its text area, or its
    checkbox's own; a score's row label and its dimension."""
    if isinstance(widget, Checkbox):
        return str(widget.label)
    parent = widget.parent
    assert parent is not None
    siblings = list(parent.children)
    index = siblings.index(widget)
    labels = [w for w in siblings[:index] if isinstance(w, Label)]
    if "scores-row" in parent.classes:
        row_label = str(labels[0].content)
        if not row_label:  # a later line of a block of scores: the block's first label
            block = parent.parent
            assert block is not None
            first = next(iter(block.children))
            row_label = str(next(iter(first.children)).content)  # type: ignore[attr-defined]
        return f"{row_label} › {labels[-1].content}"
    if labels:
        return str(labels[0].content)
    return str(siblings[index - 1].content)  # type: ignore[attr-defined]


def _fields(container: Widget) -> list[Any]:
    return [
        w
        for w in container.query("*")
        if isinstance(getattr(w, "path", None), tuple) and hasattr(w, "parsed")
    ]


def _strip(label: str) -> str:
    return label.split(" (")[0]


@pytest.mark.parametrize("lang", ["nl", "en"])
async def test_every_field_the_form_shows_has_its_name(_isolated_home: Path, lang: str) -> None:
    app = build(_isolated_home, lang=lang)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_in_editor(pilot)
        data = screen.session.data
        kinds = {"begin": "story", "vraag_raad": "question", "einde_samen": "ending"}
        seen = 0
        for node, kind in kinds.items():
            form = screen.query_one(NodeForm)
            await form.show(data, node, screen.tr)
            await settle(pilot)
            for widget in _fields(form):
                name = form_name(FieldKey(widget.path, kind), lang)  # type: ignore[arg-type]
                assert name is not None, widget.path
                assert name.endswith(_strip(_label_of(widget))), (widget.path, name)
                seen += 1
        settings = screen.query_one(SettingsForm)
        for widget in _fields(settings):
            name = form_name(FieldKey(widget.path), lang)  # type: ignore[arg-type]
            assert name is not None, widget.path
            assert name.endswith(_strip(_label_of(widget))), (widget.path, name)
            seen += 1
        assert seen > 40


async def test_the_problem_list_uses_the_forms_names_and_the_yaml_tab_the_keys(
    _isolated_home: Path,
) -> None:
    app = build(_isolated_home)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_in_editor(pilot)
        await type_into(pilot, field(app, "nodes", "begin", "choices", 1, "text"), "…")
        (problem,) = [p for p in screen.result.errors if p.code == "placeholder_text"]
        form_list = screen.query_one("#problems", ProblemList)
        yaml_list = screen.query_one("#yaml-problems", ProblemList)
        assert (form_list.fields, yaml_list.fields) == ("form", "yaml")
        index = form_list.problems.index(problem)
        shown = str(form_list.get_option_at_index(index).prompt)
        assert "'Keuze 2 › Tekst' is nog niet ingevuld: er staat alleen '…'" in shown
        index = yaml_list.problems.index(problem)
        shown = str(yaml_list.get_option_at_index(index).prompt)
        assert "'text' is nog niet ingevuld: er staat alleen '…'" in shown
        assert not screen.result.valid
