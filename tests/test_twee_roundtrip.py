"""A Twee export comes back whole: Burgerschap's data travels in metadata Twine ignores.

Every built-in scenario and generated scenarios with every optional field make
the trip export → import with no difference by :func:`diff` and the id kept.
The file stays Twee 3 that Twine opens (its header syntax, StoryData, IFID,
visible links), and a story without the data, or changed since the export,
is imported as a plain Twine story, as before.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from authoring_docs import plein
from burgerschap.i18n.problem_words import problem_line, problem_text
from burgerschap.scenario.diff import diff
from burgerschap.scenario.loader import load_file, load_text
from burgerschap.scenario.models import PARTIES, RUNGS, QuestionNode, Scenario, StoryNode
from burgerschap.scenario.serialize import dump_data
from burgerschap.scenario.twee import import_twee, parse_passages
from burgerschap.scenario.twee_export import export_twee
from burgerschap.scenario.twee_meta import fingerprint
from burgerschap.scenario.validate import PLACEHOLDERS
from test_properties_engine import SETTINGS, scenarios
from test_twee import BUILTIN, TWEE, strip_meta

TWINE_HEADER = re.compile(r"^::\s*(.*?(?:\\\s)?)\s*(\[.*?\])?\s*(\{.*?\})?\s*$")
"""Twine 2's own pattern for a passage header (src/util/twee.ts, passageFromTwee)."""
IFID = re.compile(r"^[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$")


def round_trip(doc: Scenario) -> Scenario:
    text, _ = export_twee(doc)
    result = import_twee(text, "export.twee")
    assert result.from_meta and result.warnings == []
    again = result.document
    assert again is not None, [problem_line(p, "en") for p in result.inspection.problems]  # type: ignore[union-attr]
    return again


@pytest.mark.parametrize("path", BUILTIN, ids=lambda p: p.name)
def test_every_builtin_scenario_comes_back_without_a_difference(path: Path) -> None:
    doc = load_file(path).document
    assert isinstance(doc, Scenario)
    again = round_trip(doc)
    assert diff(doc, again).changes == []
    assert again.ref == doc.ref
    assert again == doc  # also what diff leaves out: the format and the version


# Generated scenarios with every optional field, and awkward texts

AWKWARD = (
    st.lists(
        st.one_of(
            st.characters(codec="utf-8", categories=["L", "N", "P", "S", "Zs"]),
            st.sampled_from(["\n", "::", "[[", "]]", "->", "|", "{", "}", "\\", "\u2028", "# "]),
        ),
        min_size=1,
        max_size=12,
    )
    .map("".join)
    # Not empty, and not a placeholder ("-", "…"): the validator rightly refuses those.
    .filter(lambda s: s.strip() != "" and s.strip() not in PLACEHOLDERS)
)
"""Text that tries to break Twee: headers, links, braces, escapes, odd line breaks."""
ONE_LINE = AWKWARD.map(lambda s: " ".join(s.split()) or "x")


@st.composite
def rich_scenarios(draw: st.DrawFn) -> dict[str, Any]:
    """A generated scenario (tests/test_properties_engine.py) with every optional field."""
    data = draw(scenarios())
    maybe = st.booleans()
    data["id"] = draw(st.from_regex(r"[a-z0-9][a-z0-9-]{0,20}", fullmatch=True))
    data["version"] = draw(st.integers(1, 999))
    data["title"] = draw(AWKWARD)
    data["language"] = draw(st.sampled_from(["nl", "en"]))
    data["summary"] = draw(AWKWARD)
    data["authors"] = draw(st.lists(ONE_LINE, max_size=2))
    data["tags"] = draw(st.lists(ONE_LINE, max_size=2))
    data["minutes"] = draw(st.integers(1, 90))
    data["allow_back"] = draw(maybe)
    data["reflection"] = draw(st.none() | AWKWARD)
    if draw(maybe):
        data["based_on"] = "bankje@3"
    if draw(maybe):
        data["saved"] = "2026-12-03 14:05"
        data["note"] = draw(ONE_LINE)
    for dim in data["dimensions"].values():
        dim["description"] = draw(AWKWARD)
        dim["feedback"] = {"low": draw(AWKWARD), "high": draw(AWKWARD)}
        if draw(maybe):
            dim["measures"] = draw(st.sampled_from(["participatie", "samenwerking"]))
    for node in data["nodes"].values():
        if "ending" in node:
            node["ending"]["text"] = draw(AWKWARD)
            node["ending"]["outcome"] = draw(st.sampled_from(["goed", "gemengd", "slecht"]))
            node["ending"]["why"] = draw(ONE_LINE)
        elif "question" in node:
            node.update(title=draw(ONE_LINE), text=draw(AWKWARD), question=draw(AWKWARD))
            node.update(source=draw(ONE_LINE), checked="2026-12-03")
            node["options"][0]["feedback"] = draw(AWKWARD)
        else:
            node["text"] = draw(AWKWARD)
            if draw(maybe):
                node["title"] = draw(ONE_LINE)
            for choice in node["choices"]:
                choice["text"] = draw(AWKWARD)
                choice["ladder"] = draw(st.sampled_from(RUNGS))
                choice["involves"] = [draw(st.sampled_from(PARTIES))]
                choice["harm"] = draw(maybe)
                if draw(maybe):
                    choice["feedback"] = draw(AWKWARD)
    return data


@SETTINGS
@given(rich_scenarios())
def test_generated_scenarios_come_back_without_a_difference(raw: dict[str, Any]) -> None:
    loaded = load_text(yaml.safe_dump(raw, sort_keys=False, allow_unicode=True), "gen.yaml")
    doc = loaded.document
    assert isinstance(doc, Scenario)
    again = round_trip(doc)
    assert diff(doc, again).changes == []
    assert again == doc


# The file is Twee 3 that Twine opens


def test_the_export_is_twee_3_that_twine_reads() -> None:
    doc = load_file(BUILTIN[0]).document
    assert isinstance(doc, Scenario)
    text, _ = export_twee(doc)
    headers = [line for line in text.split("\n") if line.startswith("::")]
    passages, problems = parse_passages(text)
    assert problems == [] and len(headers) == len(passages) == len(doc.nodes) + 2
    for header, passage in zip(headers, passages, strict=True):
        match = TWINE_HEADER.match(header)
        assert match is not None, header
        assert match.group(1) == passage.name  # node ids need no escapes
        if passage.name not in ("StoryTitle", "StoryData"):
            meta = json.loads(match.group(3))  # the metadata is exactly Twine's group
            assert re.fullmatch(r"\d+,\d+", meta["position"]) and meta["size"] == "100,100"
            assert meta == passage.metadata
    story_data = json.loads(passages[1].text)
    assert IFID.match(story_data["ifid"])
    assert (story_data["format"], story_data["start"]) == ("Harlowe", doc.start)
    assert story_data["format-version"].count(".") == 2
    # The story map: every choice is a visible link to an existing passage.
    names = {p.name for p in passages}
    for passage in passages[2:]:
        node = doc.nodes[passage.name]
        targets = re.findall(r"\[\[(?:[^\]]*->)?([^\]]+)\]\]", passage.text)
        if isinstance(node, StoryNode):
            assert targets == [c.goto for c in node.choices]
        elif isinstance(node, QuestionNode):
            assert targets == [node.target(o.correct) for o in node.options]
        assert set(targets) <= names


def test_story_data_keeps_twines_keys_first_and_ours_on_one_line() -> None:
    text, _ = export_twee(plein())
    lines = parse_passages(text)[0][1].text.split("\n")
    assert [line.split(":")[0].strip() for line in lines[1:7]] == [
        '"ifid"',
        '"format"',
        '"format-version"',
        '"start"',
        '"zoom"',
        '"burgerschap"',
    ]


# Stories without the data, or changed since the export


def test_stories_without_the_data_import_as_before() -> None:
    for name in ("speeltuin.twee", "sugarcube.twee", "minimal.twee"):
        result = import_twee((TWEE / name).read_text("utf-8"), name)
        assert not result.from_meta
        assert not [w for w in result.warnings if w.code.startswith("twee_meta")]
    plain = import_twee(strip_meta(export_twee(plein())[0]), "plein.twee")
    assert not plain.from_meta and plain.warnings == []
    assert plain.data["id"] == "het-plein"  # from the title, as for any Twine story


@pytest.mark.parametrize("text", ["::", "\\::", "\\\\:: x", ":: a\n\\:: b", "a\\", "\\"])
def test_text_that_looks_like_a_passage_header_comes_back_exactly(text: str) -> None:
    """Hypothesis once found a title ``\\::`` that came back as ``::``: a line starting with
    backslashes and ``::`` gets one backslash more on the way out and loses one on the way in."""
    doc = load_file(BUILTIN[0]).document
    assert isinstance(doc, Scenario)
    changed = doc.model_copy(update={"title": text})
    assert round_trip(changed).title == text
    passages, _ = parse_passages(export_twee(changed)[0])
    assert passages[0].text == text  # the StoryTitle passage, as Twine shows it


def test_the_fingerprint_ignores_whitespace_and_the_twee_escape() -> None:
    assert fingerprint("a  b\n\n:: c ") == fingerprint("a b\n\\:: c") == fingerprint(" a b :: c")
    assert fingerprint("a b") != fingerprint("a  c")


def _changed(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1
    return text.replace(old, new)


def test_a_passage_changed_by_hand_makes_a_plain_import_with_a_warning() -> None:
    text, _ = export_twee(plein())
    edited = _changed(text, "Het plein is leeg.\n", "Het plein is vol.\n")
    result = import_twee(edited, "plein.twee")
    assert not result.from_meta
    [warning] = [w for w in result.warnings if w.code.startswith("twee_meta")]
    assert warning.code == "twee_meta_changed" and warning.params["passages"] == "'begin'"
    header = next(n for n, ln in enumerate(text.split("\n"), 1) if ln.startswith(":: begin "))
    assert warning.line == header
    assert "passage 'begin' was changed, added or removed since" in problem_text(warning, "en")
    assert result.data["nodes"]["begin"]["text"].startswith("Het plein is vol.")
    # Whitespace alone is no change.
    spaced = _changed(text, "Het plein is leeg.\n", "Het plein   is leeg.  \n\n")
    assert import_twee(spaced, "plein.twee").from_meta


def test_added_and_removed_passages_are_named() -> None:
    text, _ = export_twee(plein())
    added = text + "\n:: extra\nNog een passage.\n"
    warning = import_twee(added, "plein.twee").warnings[-1]
    assert (warning.code, warning.params["passages"]) == ("twee_meta_changed", "'extra'")
    start = text.index(":: fout ")
    removed = text[:start]
    warnings = import_twee(removed, "plein.twee").warnings
    assert ("twee_meta_changed", "'fout'") in [(w.code, w.params.get("passages")) for w in warnings]


def test_a_title_or_start_changed_by_hand_is_taken() -> None:
    text, _ = export_twee(plein())
    edited = _changed(text, ":: StoryTitle\nHet plein\n", ":: StoryTitle\nHet nieuwe plein\n")
    edited = _changed(edited, '"start": "begin"', '"start": "buren"')
    result = import_twee(edited, "plein.twee")
    assert result.from_meta and result.document is not None
    assert (result.document.title, result.document.start, result.document.id) == (
        "Het nieuwe plein",
        "buren",
        "plein",
    )


def test_unknown_or_damaged_data_is_a_plain_import_with_a_warning() -> None:
    text, _ = export_twee(plein())
    for old, new in (('{"meta":1,', '{"meta":2,'), ('"nodes":["begin"', '"nodes":[null,"begin"')):
        result = import_twee(text.replace(old, new, 1), "plein.twee")
        assert not result.from_meta
        assert "twee_meta_unknown" in [w.code for w in result.warnings]


def test_deeply_nested_node_data_is_not_taken() -> None:
    text, _ = export_twee(plein())
    deep: Any = "x"
    for _ in range(40):
        deep = [deep]
    header = next(ln for ln in text.split("\n") if ln.startswith(":: goed "))
    meta = json.loads(header.partition(" ")[2].partition(" ")[2])
    meta["burgerschap"]["node"]["ending"]["text"] = deep
    edited = text.replace(header, f":: goed {json.dumps(meta)}")
    result = import_twee(edited, "plein.twee")
    assert not result.from_meta
    assert [w.params["passages"] for w in result.warnings] == ["'goed'"]


def test_control_characters_in_the_data_are_not_taken() -> None:
    text, _ = export_twee(plein())
    for old, new in (
        ("Er komen bankjes.", "Er komen\\u001b[c bankjes."),
        ('"Het plein"', '"Het\\u009b plein"'),
    ):
        assert text.count(old) >= 1
        result = import_twee(text.replace(old, new, 1), "plein.twee")
        assert not result.from_meta
        assert "\x1b" not in dump_data(result.data) and "\x9b" not in dump_data(result.data)
