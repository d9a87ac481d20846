"""Twee 3 import (links, tags, StoryData, macros as warnings) and export, with round trips."""

from __future__ import annotations

import json
import re
import uuid
from pathlib import Path

import pytest

from authoring_docs import plein
from burgerschap.i18n.problem_words import problem_line, problem_text
from burgerschap.paths import builtin_dir
from burgerschap.scenario.library import scenario_files
from burgerschap.scenario.loader import inspect_file, load_file
from burgerschap.scenario.models import EndingNode, QuestionNode, Scenario, StoryNode
from burgerschap.scenario.twee import import_twee, parse_passages
from burgerschap.scenario.twee_export import export_twee

TWEE = Path(__file__).parent / "data" / "twee"
BUILTIN = [
    p
    for p in scenario_files(builtin_dir())
    if isinstance(inspect_file(p).document, Scenario) and inspect_file(p).ok
]


def load(name: str) -> tuple[str, str]:
    path = TWEE / name
    return path.read_text(encoding="utf-8"), str(path)


def warnings_of(result: object) -> list[tuple[str, str, str]]:
    return [
        (w.code, w.params["passage"], w.params.get("what", ""))
        for w in result.warnings  # type: ignore[attr-defined]
    ]


def test_harlowe_story_becomes_a_valid_draft() -> None:
    result = import_twee(*load("speeltuin.twee"))
    doc = result.document
    assert doc is not None, [problem_line(p, "en") for p in result.inspection.problems]  # type: ignore[union-attr]
    assert (doc.id, doc.title, doc.version) == (
        "de-speeltuin-gaat-dicht",
        "De speeltuin gaat dicht",
        1,
    )
    assert list(doc.dimensions) == ["participatie", "samenwerking"]
    assert result.names == {
        "Het nieuws": "het-nieuws",
        "De Gemeente": "de-gemeente",
        "Buren": "Buren",
        "Niets doen": "niets-doen",
        "Brief": "Brief",
        "Raad": "Raad",
        "Zelf": "Zelf",
    }
    assert doc.start == "het-nieuws"  # from StoryData, not the first passage by chance
    nieuws = doc.nodes["het-nieuws"]
    assert isinstance(nieuws, StoryNode)
    # [[text->target]], [[target<-text]] and [[text|target]]
    assert [(c.text, c.goto) for c in nieuws.choices] == [
        ("Ik bel de gemeente", "de-gemeente"),
        ("Ik praat met de buren", "Buren"),
        ("Ik doe niets", "niets-doen"),
    ]
    assert all(c.effects == {} for c in nieuws.choices)
    assert nieuws.title == "De brief"  # the first-line heading
    assert "[[" not in nieuws.text and "Ik bel" not in nieuws.text  # link lines left out
    gemeente = doc.nodes["de-gemeente"]
    assert isinstance(gemeente, StoryNode)
    assert [(c.text, c.goto) for c in gemeente.choices] == [
        ("Ik schrijf een brief", "Brief"),
        ("Buren", "Buren"),  # the simple [[target]] form
    ]
    assert (
        gemeente.text == "Een ambtenaar neemt op. Ze zegt dat je een *inspraakreactie* kunt sturen."
    )
    buren = doc.nodes["Buren"]
    assert isinstance(buren, StoryNode)
    # Links inside a sentence keep their words in the text.
    assert "Jullie kunnen samen naar de raad of het zelf opknappen." in buren.text


def test_passages_without_links_become_endings() -> None:
    doc = import_twee(*load("speeltuin.twee")).document
    assert doc is not None
    endings = {k: v.ending for k, v in doc.nodes.items() if isinstance(v, EndingNode)}
    assert set(endings) == {"niets-doen", "Brief", "Raad", "Zelf"}
    assert endings["niets-doen"].title == "Weg is de speeltuin"  # from "# heading"
    assert endings["niets-doen"].text == "Een half jaar later staat er een parkeerplaats."
    assert endings["Brief"].title == "Brief"  # no heading: the passage name


def test_macros_are_taken_out_of_the_text_and_reported_with_their_passage() -> None:
    result = import_twee(*load("speeltuin.twee"))
    # (set: $boos to 0) in the start passage is a start value: nothing to report.
    assert warnings_of(result) == [("twine_condition", "Buren", "(if: $boos > 0)")]
    assert result.warnings[0].line == 38  # the passage's header line
    message = problem_line(result.warnings[0], "en")
    assert message.endswith(
        "warning: passage 'Buren': condition (if: $boos > 0) cannot be carried over "
        "(only one flag on or off can); what it holds is now always there"
    )
    nodes = result.data["nodes"]
    assert "(set:" not in nodes["het-nieuws"]["text"]
    assert nodes["Buren"]["text"] == (
        "Je buurvrouw Fatima wil ook dat de speeltuin blijft. Ze is boos.\n"
        "Jullie kunnen samen naar de raad of het zelf opknappen."
    )


def test_sugarcube_story_with_scripts_setters_html_and_a_broken_link() -> None:
    result = import_twee(*load("sugarcube.twee"))
    assert warnings_of(result) == [
        ("twee_skipped", "StoryInit", ""),
        ("twee_skipped", "Story JavaScript", ""),
        ("twee_skipped", "Story Stylesheet", ""),
        ("twine_condition", "Start", "<<if $score gt 1>>"),
        ("twine_html", "Start", '<span class="hint">'),
        ("twee_broken_link", "Start", "Wijkagent"),
    ]
    assert result.names["Repareer {zelf}"] == "repareer-zelf"  # escaped name in the header
    start = result.data["nodes"]["Start"]
    assert [c["goto"] for c in start["choices"]] == [
        "repareer-zelf",
        "melding-bij-de-gemeente",
        "Wijkagent",
    ]
    # The setter link [[Repareren|...][$score to $score + 1]] scores on a dimension 'score'.
    assert start["choices"][0]["effects"] == {"score": 1}
    assert result.data["dimensions"]["score"] == {"label": "score"}
    # The broken link stays, so the draft does not validate until it is fixed.
    assert result.document is None
    assert [p.code for p in result.inspection.errors] == ["goto_missing"]  # type: ignore[union-attr]
    assert "Story JavaScript" not in result.names


def test_without_story_data_start_is_the_passage_named_start() -> None:
    result = import_twee(*load("minimal.twee"))
    doc = result.document
    assert doc is not None
    assert (doc.id, doc.title, doc.start) == ("minimal", "minimal", "Start")
    assert result.warnings == []


def test_headers_tags_metadata_and_escapes() -> None:
    text = (
        ':: Een \\[vreemde\\] naam [tag1 tag2] {"position":"10,20","size":"100,200"}\n'
        "Tekst\n"
        "\\:: geen kop\n"
        ":: Kapot {niet json}\n"
        "x\n"
    )
    passages, problems = parse_passages(text, "t.twee")
    first = passages[0]
    assert (first.name, first.tags, first.metadata) == (
        "Een [vreemde] naam",
        ["tag1", "tag2"],
        {"position": "10,20", "size": "100,200"},
    )
    assert first.text == "Tekst\n:: geen kop"
    assert [(p.code, p.params["passage"], p.line) for p in problems] == [
        ("twee_bad_metadata", "Kapot", 4)
    ]


def test_duplicate_passages_and_a_missing_start_are_reported() -> None:
    text = ':: StoryData\n{"start": "Nergens"}\n:: A\n[[B]]\n:: B\nEinde.\n:: B\nNog een B.\n'
    result = import_twee(text, "dubbel.twee")
    assert [w.code for w in result.warnings] == ["twee_duplicate_passage", "twee_start_missing"]
    assert result.data["start"] == "A"


def test_no_passages_at_all() -> None:
    result = import_twee("Dit is gewoon tekst.\n", "leeg.twee")
    assert [w.code for w in result.warnings] == ["twee_no_passages"]
    assert result.data["nodes"] == {}


def test_external_links_stay_links_in_the_text() -> None:
    result = import_twee(":: Start\nLees [[meer->https://prodemos.nl]] hier.\n", "x.twee")
    node = result.data["nodes"]["Start"]
    assert node == {"ending": {"title": "Start", "text": "Lees [meer](https://prodemos.nl) hier."}}


# Export


def test_export_is_twee_3_that_twine_opens() -> None:
    text, _ = export_twee(plein())
    passages, problems = parse_passages(text)
    assert problems == []
    names = [p.name for p in passages]
    assert names == ["StoryTitle", "StoryData", "begin", "buren", "vraag", "goed", "fout"]
    data = json.loads(passages[1].text)
    assert data["start"] == "begin" and data["format"] == "Harlowe"
    assert uuid.UUID(data["ifid"]).version == 4 and data["ifid"] == data["ifid"].upper()
    assert export_twee(plein())[0] == text  # stable: same scenario, same file
    for passage in passages[2:]:
        assert re.fullmatch(r"\d+,\d+", passage.metadata["position"])


def test_export_warns_once_about_what_twine_itself_would_drop() -> None:
    _, warnings = export_twee(plein())
    # begin (effects, set), buren (if) and vraag (a question); the endings have no outcome.
    assert [(w.code, w.params) for w in warnings] == [
        ("twee_twine_drops", {"count": 3, "total": 5})
    ]
    assert "(bij 3 van de 5 nodes)" in problem_text(warnings[0])


def _graph(doc: Scenario) -> dict[str, list[tuple[str, str]]]:
    graph = {}
    for name, node in doc.nodes.items():
        if isinstance(node, StoryNode):
            graph[name] = [(c.text, c.goto) for c in node.choices]
        elif isinstance(node, QuestionNode):
            graph[name] = [(o.text, node.target(o.correct)) for o in node.options]
        else:
            graph[name] = []
    return graph


def _texts(doc: Scenario, like: Scenario | None = None) -> dict[str, tuple[str | None, str]]:
    """Titles and texts; a question (which Twee turns into a story) by its question."""
    texts = {}
    for name, node in doc.nodes.items():
        if isinstance(node, EndingNode):
            texts[name] = (node.ending.title, node.ending.text.strip())
        elif isinstance(node, QuestionNode):
            texts[name] = (node.title, node.question.strip())
        elif like is not None and isinstance(like.nodes.get(name), QuestionNode):
            texts[name] = (node.title, node.text.strip().split("\n\n")[-1])
        else:
            texts[name] = (node.title, node.text.strip())
    return texts


def strip_meta(text: str) -> str:
    """A Twee export without Burgerschap's metadata: what Twine keeps when it saves."""
    out: list[str] = []
    for line in text.split("\n"):
        if line.startswith("::") and " {" in line:
            head, _, meta = line.partition(" {")
            data = json.loads("{" + meta)
            data.pop("burgerschap", None)
            line = f"{head} {json.dumps(data)}"
        elif line.startswith('  "burgerschap": '):
            out[-1] = out[-1].rstrip(",")
            continue
        out.append(line)
    return "\n".join(out)


def _round_trip(doc: Scenario, warnings: int = 0) -> Scenario:
    """Export and import the visible story only (links and texts, as Twine keeps them)."""
    text = strip_meta(export_twee(doc)[0])
    assert '"burgerschap":' not in text
    result = import_twee(text, "export.twee")
    assert not result.from_meta
    assert len(result.warnings) == warnings
    again = result.document
    assert again is not None, [problem_line(p, "en") for p in result.inspection.problems]  # type: ignore[union-attr]
    return again


def test_round_trip_keeps_graph_texts_and_titles() -> None:
    doc = plein()
    again = _round_trip(doc)
    assert (again.title, again.start) == (doc.title, doc.start)
    assert list(again.nodes) == list(doc.nodes)
    assert _graph(again) == _graph(doc)
    assert _texts(again, like=doc) == _texts(doc)


@pytest.mark.parametrize("path", BUILTIN, ids=lambda p: p.name)
def test_builtin_scenarios_round_trip(path: Path) -> None:
    doc = load_file(path).document
    assert isinstance(doc, Scenario)
    again = _round_trip(doc)
    assert _graph(again) == _graph(doc)
    assert _texts(again, like=doc) == _texts(doc)


def test_round_trip_of_an_imported_story_is_stable() -> None:
    first = import_twee(*load("speeltuin.twee")).document
    assert first is not None
    again = _round_trip(first)  # the macros were taken out: nothing left to report
    assert _graph(again) == _graph(first)
    assert _texts(again) == _texts(first)


def test_awkward_texts_survive_export() -> None:
    doc = plein()
    data = doc.model_dump(by_alias=True)
    data["nodes"]["begin"]["text"] = ":: geen kop\nregel twee"
    data["nodes"]["begin"]["choices"][0]["text"] = "Ja -> nee | misschien"
    again = _round_trip(Scenario.model_validate(data))
    begin = again.nodes["begin"]
    assert isinstance(begin, StoryNode)
    assert begin.text == ":: geen kop\nregel twee"
    assert begin.choices[0].text == "Ja -> nee | misschien"
