"""The map of a scenario: its nodes and links as data, Mermaid or Graphviz.

:func:`scenario_map` gives plain data (each node's kind, label and whether it
is the start, unreachable or a dead end; each link's label) for any screen
that draws the map. :func:`to_mermaid` and :func:`to_dot` write the map for
documents and slides: stories as boxes, questions as diamonds, endings as
rounded boxes, unreachable nodes dashed and dead ends marked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from burgerschap.scenario.models import EndingNode, QuestionNode, Scenario, StoryNode
from burgerschap.scenario.validate import can_reach_ending, reachable_from

MAX_LABEL = 40
ANSWERS = {"nl": ("goed", "fout"), "en": ("correct", "wrong")}
"""Labels of a question's two links, in the scenario's language."""
Kind = Literal["story", "question", "ending"]


@dataclass(frozen=True)
class MapNode:
    id: str
    kind: Kind
    label: str
    """The node's title (the ending's title), or its id."""
    start: bool = False
    unreachable: bool = False
    dead_end: bool = False
    """No ending can be reached from here."""


@dataclass(frozen=True)
class MapEdge:
    source: str
    target: str
    label: str
    """The choice's text, or for a question :data:`ANSWERS` in the scenario's language."""
    kind: Literal["choice", "always", "correct", "wrong"] = "choice"
    conditional: bool = False
    """The choice is only offered under a condition."""
    missing: bool = False
    """The target does not exist."""


@dataclass
class ScenarioMap:
    nodes: list[MapNode] = field(default_factory=list)
    edges: list[MapEdge] = field(default_factory=list)


def scenario_map(scenario: Scenario) -> ScenarioMap:
    """The nodes and links of ``scenario``, in file order."""
    reached = reachable_from(scenario, scenario.start)
    good = can_reach_ending(scenario)
    result = ScenarioMap()
    for name, node in scenario.nodes.items():
        kind: Kind
        if isinstance(node, EndingNode):
            kind, label = "ending", node.ending.title
        elif isinstance(node, QuestionNode):
            kind, label = "question", node.title or name
        else:
            kind, label = "story", node.title or name
        result.nodes.append(
            MapNode(
                name, kind, label, name == scenario.start, name not in reached, name not in good
            )
        )
        for edge in _edges(name, node, ANSWERS.get(scenario.language, ANSWERS["en"])):
            missing = edge.target not in scenario.nodes
            result.edges.append(edge if not missing else _with_missing(edge))
    return result


def _edges(
    name: str, node: StoryNode | QuestionNode | EndingNode, answers: tuple[str, str]
) -> list[MapEdge]:
    if isinstance(node, StoryNode):
        return [
            MapEdge(name, c.goto, c.text, conditional=c.condition is not None) for c in node.choices
        ]
    if isinstance(node, QuestionNode):
        if node.goto is not None:
            return [MapEdge(name, node.goto, "", "always")]
        edges = []
        if node.goto_correct is not None:
            edges.append(MapEdge(name, node.goto_correct, answers[0], "correct"))
        if node.goto_wrong is not None:
            edges.append(MapEdge(name, node.goto_wrong, answers[1], "wrong"))
        return edges
    return []


def _with_missing(edge: MapEdge) -> MapEdge:
    return MapEdge(edge.source, edge.target, edge.label, edge.kind, edge.conditional, True)


def short(text: str, limit: int = MAX_LABEL) -> str:
    """``text`` on one line, cut to ``limit`` characters."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# Mermaid


def to_mermaid(scenario: Scenario, labels: bool = True) -> str:
    """A Mermaid ``flowchart`` of the scenario (for Markdown documents)."""
    graph = scenario_map(scenario)
    ids = {n.id: f"n{i}" for i, n in enumerate(graph.nodes)}
    lines = ["flowchart TD"]
    for node in graph.nodes:
        text = _mermaid_text(node.label)
        shape = {"story": '["{}"]', "question": '{{"{}"}}', "ending": '(["{}"])'}[node.kind]
        lines.append(f"    {ids[node.id]}{shape.format(text)}")
    for i, edge in enumerate(graph.edges):
        if edge.target not in ids:
            ids[edge.target] = f"missing{i}"
            lines.append(f'    {ids[edge.target]}["? {_mermaid_text(edge.target)}"]:::missing')
        arrow = "-.->" if edge.conditional else "-->"
        label = f'|"{_mermaid_text(short(edge.label))}"|' if labels and edge.label else ""
        lines.append(f"    {ids[edge.source]} {arrow}{label} {ids[edge.target]}")
    lines.extend(
        [
            "    classDef start stroke-width:3px",
            "    classDef unreachable stroke-dasharray:5 5,color:#777",
            "    classDef deadend fill:#fde2e2,stroke:#b00",
            "    classDef missing fill:#fff,stroke:#b00,stroke-dasharray:2 2",
        ]
    )
    for cls, members in (
        ("start", [n for n in graph.nodes if n.start]),
        ("unreachable", [n for n in graph.nodes if n.unreachable]),
        ("deadend", [n for n in graph.nodes if n.dead_end]),
    ):
        if members:
            lines.append(f"    class {','.join(ids[n.id] for n in members)} {cls}")
    return "\n".join(lines) + "\n"


def _mermaid_text(text: str) -> str:
    # Inside "..." Mermaid reads entity codes (#34;): quotes and markup are coded.
    return re.sub(r'[#&"<>|{}\[\]]', lambda m: f"#{ord(m.group(0))};", text)


# Graphviz


def to_dot(scenario: Scenario, labels: bool = True) -> str:
    """A Graphviz ``digraph`` of the scenario (``dot -Tsvg`` makes a picture)."""
    graph = scenario_map(scenario)
    known = {n.id for n in graph.nodes}
    lines = [
        f"digraph {_dot_id(scenario.id)} {{",
        f"    label={_dot_id(scenario.title)};",
        "    labelloc=t;",
        '    fontname="sans-serif";',
        "    rankdir=TB;",
        '    node [shape=box, style="rounded,filled", fillcolor=white, fontname="sans-serif"];',
        '    edge [fontname="sans-serif", fontsize=10];',
    ]
    for node in graph.nodes:
        attrs = {"label": _dot_id(short(node.label))}
        attrs["shape"] = {"story": "box", "question": "diamond", "ending": "ellipse"}[node.kind]
        styles = ["filled"]
        if node.kind != "question":
            styles.append("rounded")
        if node.unreachable:
            styles.append("dashed")
        attrs["style"] = _dot_id(",".join(styles))
        if node.start:
            attrs["penwidth"] = "3"
        if node.dead_end:
            attrs["fillcolor"] = '"#fde2e2"'
            attrs["color"] = '"#bb0000"'
        lines.append(f"    {_dot_id(node.id)} [{_attrs(attrs)}];")
    for edge in graph.edges:
        if edge.target not in known:
            known.add(edge.target)
            lines.append(f'    {_dot_id(edge.target)} [label="?", color="#bb0000", style=dotted];')
        attrs = {}
        if labels and edge.label:
            attrs["label"] = _dot_id(short(edge.label))
        if edge.conditional:
            attrs["style"] = "dashed"
        suffix = f" [{_attrs(attrs)}]" if attrs else ""
        lines.append(f"    {_dot_id(edge.source)} -> {_dot_id(edge.target)}{suffix};")
    lines.append("}")
    return "\n".join(lines) + "\n"


def _dot_id(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")
    return f'"{escaped}"'


def _attrs(attrs: dict[str, str]) -> str:
    return ", ".join(f"{k}={v}" for k, v in attrs.items())
