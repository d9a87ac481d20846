"""Writing documents as YAML: readable, in documentation order, and loading back equal."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from authoring_docs import plein
from burgerschap.paths import builtin_dir
from burgerschap.scenario.library import scenario_files
from burgerschap.scenario.loader import inspect_file, load_file, load_text
from burgerschap.scenario.models import Scenario
from burgerschap.scenario.plaintext import UNSAFE
from burgerschap.scenario.serialize import dump, dump_data, inspect_data, to_data
from burgerschap.scenario.validate import PLACEHOLDERS

BUILTIN = [p for p in scenario_files(builtin_dir()) if inspect_file(p).ok]


def test_keys_in_documentation_order_and_defaults_left_out() -> None:
    text = dump(plein(based_on="ander@3"))
    keys = [line.split(":")[0] for line in text.splitlines() if line and line[0] != " "]
    assert keys == [
        "format",
        "kind",
        "id",
        "version",
        "based_on",
        "title",
        "dimensions",
        "start",
        "nodes",
    ]
    # Defaults (language nl, allow_back true, minutes 15, empty lists) are not written.
    for default in ("language:", "allow_back:", "minutes:", "unset:", "feedback:"):
        assert default not in text


def test_block_style_literal_text_and_if_alias() -> None:
    text = dump(plein())
    assert "text: |\n      Het plein is leeg.\n      Wat doe je?\n" in text
    assert "        if:\n          min:\n            samenwerking: 1\n" in text
    assert "condition" not in text
    assert "{" not in text and "[" not in text  # no flow style anywhere


def test_version_and_format_written_even_when_default() -> None:
    data = to_data(plein())
    assert (data["format"], data["kind"], data["version"]) == (1, "scenario", 1)


@pytest.mark.parametrize("path", BUILTIN, ids=lambda p: p.name)
def test_builtin_scenarios_round_trip(path: Path) -> None:
    loaded = load_file(path)
    again = load_text(dump(loaded.document))
    assert again.document == loaded.document
    assert again.content_hash == loaded.content_hash


def test_there_are_builtin_scenarios_to_round_trip() -> None:
    assert BUILTIN, "the built-in scenarios are the round trip's main test"


def test_test_data_round_trips(data_dir: Path) -> None:
    for name in ("mini.yaml", "quiz.yaml"):
        loaded = load_file(data_dir / "valid" / name)
        assert load_text(dump(loaded.document)).document == loaded.document


def test_inspect_data_reports_lines_of_the_dumped_text() -> None:
    data = to_data(plein())
    data["nodes"]["buren"]["choices"][0]["goto"] = "nergens"
    inspection = inspect_data(data, "concept")
    [problem] = inspection.errors
    assert problem.code == "goto_missing"
    assert problem.line is not None
    line = dump_data(data).splitlines()[problem.line - 1]
    assert "goto: nergens" in line


# Control characters and bidi overrides are refused (tests/test_hostile_text.py), and so
# is a text that only holds a place ("-", "…": not written yet): any other text must
# survive the round trip.
awkward = (
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40)
    .map(lambda s: UNSAFE.sub("", s))
    .filter(lambda s: s.strip() != "" and s.strip() not in PLACEHOLDERS)
)
tricky = st.sampled_from(
    [
        "yes",
        "null",
        "123",
        "1.5",
        "- item",
        "key: value",
        "# not a comment",
        "  leading spaces\nand lines",
        "trailing spaces   \nx",
        "ends with newline\n",
        "two newlines\n\n",
        "'quotes' and \"quotes\"",
        "tab\there",
        "\u2028line separator",
        "café ☕ 👍",
        "|",
        ">",
        "@at",
        "`tick",
        "%percent",
        "!bang",
        "*star",
        "&amp",
    ]
)


@settings(max_examples=150, deadline=None)
@given(title=awkward | tricky, text=awkward | tricky, choice=awkward | tricky)
def test_any_text_round_trips(title: str, text: str, choice: str) -> None:
    doc = plein(title=title)
    data = to_data(doc)
    data["nodes"]["begin"]["text"] = text
    data["nodes"]["begin"]["choices"][0]["text"] = choice
    doc = Scenario.model_validate(data)
    assert load_text(dump(doc)).document == doc
