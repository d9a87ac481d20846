"""The scenario map as data, Mermaid and Graphviz."""

from __future__ import annotations

from authoring_docs import plein_data
from burgerschap.scenario.diagram import scenario_map, to_dot, to_mermaid
from burgerschap.scenario.models import Scenario


def awkward() -> Scenario:
    """A scenario with an unreachable node, a dead end and quotes in labels."""
    data = plein_data()
    data["nodes"]["begin"]["choices"][0]["text"] = 'Ik zeg "hallo" & <zwaai> [ja|nee]'
    data["nodes"]["los"] = {
        "text": "Niemand komt hier.",
        "choices": [{"text": "x", "goto": "fout"}],
    }
    data["nodes"]["rondje"] = {
        "title": "Rondje",
        "text": "Rond en rond.",
        "choices": [{"text": "Nog een rondje", "goto": "rondje"}],
    }
    data["nodes"]["buren"]["choices"].append({"text": "Rondje lopen", "goto": "rondje"})
    return Scenario.model_validate(data)


def test_map_marks_start_unreachable_and_dead_ends() -> None:
    graph = scenario_map(awkward())
    nodes = {n.id: n for n in graph.nodes}
    assert nodes["begin"].start and not nodes["buren"].start
    assert nodes["los"].unreachable and not nodes["begin"].unreachable
    assert nodes["rondje"].dead_end and not nodes["begin"].dead_end
    assert (nodes["vraag"].kind, nodes["goed"].kind, nodes["goed"].label) == (
        "question",
        "ending",
        "Gelukt",
    )
    edges = [(e.source, e.target, e.label, e.kind, e.conditional) for e in graph.edges]
    assert ("vraag", "goed", "goed", "correct", False) in edges
    assert ("vraag", "fout", "fout", "wrong", False) in edges
    assert ("buren", "begin", "Nog eens praten.", "choice", True) in edges


def test_mermaid() -> None:
    text = to_mermaid(awkward())
    lines = text.splitlines()
    assert lines[0] == "flowchart TD"
    assert '    n0["Op het plein"]' in lines
    assert '    n2{"vraag"}' in lines
    assert '    n3(["Gelukt"])' in lines
    # Quotes, brackets and pipes are entity codes, so the label cannot break the chart.
    assert '    n0 -->|"Ik zeg #34;hallo#34; #38; #60;zwaai#62; #91;ja#124;nee#93;"| n1' in lines
    assert '    n1 -.->|"Nog eens praten."| n0' in lines  # conditional: dotted
    assert "    class n0 start" in lines
    assert "    class n5 unreachable" in lines
    assert "    class n5,n6 deadend" not in lines
    assert "    class n6 deadend" in lines


def test_dot() -> None:
    text = to_dot(awkward())
    assert text.startswith('digraph "plein" {\n')
    assert text.rstrip().endswith("}")
    assert '"begin" [label="Op het plein", shape=box, style="filled,rounded", penwidth=3];' in text
    assert '"vraag" [label="vraag", shape=diamond, style="filled"];' in text
    assert '"los" [label="los", shape=box, style="filled,rounded,dashed"];' in text
    assert 'fillcolor="#fde2e2"' in text
    assert '"begin" -> "buren" [label="Ik zeg \\"hallo\\" & <zwaai> [ja|nee]"];' in text
    assert '"buren" -> "begin" [label="Nog eens praten.", style=dashed];' in text


def test_long_labels_are_shortened_and_labels_can_be_left_out() -> None:
    data = plein_data()
    data["nodes"]["begin"]["choices"][0]["text"] = "woord " * 30
    doc = Scenario.model_validate(data)
    assert "woord woord woord woord woord woord woo…" in to_dot(doc)
    assert "woord" not in to_mermaid(doc, labels=False)
    assert 'label="Ik ga' not in to_dot(doc, labels=False)
