"""Export to Twine: a scenario as a Twee 3 story that Twine 2 opens (Harlowe).

Every thing Twee cannot hold (effects, conditions, flags, feedback, which
answer is correct) gives a warning naming the node. Exporting and importing
again with :func:`burgerschap.scenario.twee.import_twee` gives the same
nodes, links and texts.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from collections import deque
from typing import Any

from burgerschap.scenario.models import EndingNode, QuestionNode, Scenario, StoryNode
from burgerschap.scenario.problems import Problem
from burgerschap.scenario.validate import successors

STORY_FORMAT = ("Harlowe", "3.3.9")


def export_twee(scenario: Scenario) -> tuple[str, list[Problem]]:
    """The scenario as a Twee 3 story, and a warning for each thing it cannot hold."""
    warnings: list[Problem] = []
    story_data = {
        "ifid": ifid(scenario.id),
        "format": STORY_FORMAT[0],
        "format-version": STORY_FORMAT[1],
        "start": scenario.start,
        "zoom": 1,
    }
    parts = [
        f":: StoryTitle\n{scenario.title}",
        f":: StoryData\n{json.dumps(story_data, indent=2, ensure_ascii=False)}",
    ]
    positions = _layout(scenario)
    for name, node in scenario.nodes.items():
        lost: list[str] = []
        body = _passage_body(node, lost)
        for what in dict.fromkeys(lost):
            params = {"node": name, "what": what}
            warnings.append(Problem("twee_lost", "warning", node=name, params=params))
        meta = json.dumps({"position": positions[name], "size": "100,100"})
        parts.append(f":: {_escape_name(name)} {meta}\n{_escape_body(body)}")
    return "\n\n\n".join(parts) + "\n", warnings


def _passage_body(node: Any, lost: list[str]) -> str:
    if isinstance(node, EndingNode):
        heading = f"# {node.ending.title}"
        return f"{heading}\n\n{node.ending.text.strip()}" if node.ending.text.strip() else heading
    sections = [f"# {node.title}"] if node.title else []
    links: list[str] = []
    if isinstance(node, StoryNode):
        sections.append(node.text.strip())
        for choice in node.choices:
            links.append(_link_markup(choice.text, choice.goto))
            if choice.effects:
                lost.append("effects")
            if choice.condition is not None:
                lost.append("if")
            if choice.set or choice.unset:
                lost.append("set")
            if choice.feedback:
                lost.append("feedback")
    elif isinstance(node, QuestionNode):
        lost.append("question")
        if node.text:
            sections.append(node.text.strip())
        sections.append(node.question.strip())
        for option in node.options:
            links.append(_link_markup(option.text, node.target(option.correct)))
    return "\n\n".join([*sections, "\n".join(links)])


def _link_markup(text: str, target: str) -> str:
    text = " ".join(text.replace("]]", "] ]").replace("][", "] [").split())
    return f"[[{target}]]" if text == target else f"[[{text}->{target}]]"


def _escape_name(name: str) -> str:
    return re.sub(r"([\\\[\]{}])", r"\\\1", name)


def _escape_body(body: str) -> str:
    return "\n".join("\\" + ln if ln.startswith("::") else ln for ln in body.split("\n"))


def ifid(doc_id: str) -> str:
    """A stable Twine story id (a version-4 UUID) derived from the scenario id."""
    digest = hashlib.sha256(f"burgerschap:{doc_id}".encode()).digest()[:16]
    return str(uuid.UUID(bytes=digest, version=4)).upper()


def _layout(scenario: Scenario) -> dict[str, str]:
    """Passage positions for Twine's map: one row per step from the start."""
    depth = {scenario.start: 0} if scenario.start in scenario.nodes else {}
    queue = deque(depth)
    while queue:
        name = queue.popleft()
        for target in successors(scenario.nodes[name]):
            if target in scenario.nodes and target not in depth:
                depth[target] = depth[name] + 1
                queue.append(target)
    last = max(depth.values(), default=-1) + 1
    columns: dict[int, int] = {}
    positions = {}
    for name in scenario.nodes:
        row = depth.get(name, last)
        column = columns.get(row, 0)
        columns[row] = column + 1
        positions[name] = f"{100 + 150 * column},{100 + 150 * row}"
    return positions
