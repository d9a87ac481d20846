"""Export to Twine: a scenario as a Twee 3 story that Twine 2 opens (Harlowe).

Every node is a passage with its choices as visible links, so Twine's story
map shows the scenario. What Twee has no place for (effects, conditions,
flags, feedback, questions, outcomes, dimensions, the id) travels as
Burgerschap's own JSON in StoryData and in each passage's metadata, keys
Twine ignores (see :mod:`burgerschap.scenario.twee_meta`): importing the
export again with :func:`burgerschap.scenario.twee.import_twee` gives the
same scenario. Twine itself drops that data when it saves a story, so the
export warns once, naming the nodes that would lose something there.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from collections import deque
from typing import Any

from burgerschap.scenario.models import EndingNode, QuestionNode, Scenario, StoryNode
from burgerschap.scenario.problems import Problem
from burgerschap.scenario.twee_meta import (
    KEY,
    escape_line,
    json_text,
    passage_meta,
    scenario_data,
    story_meta,
)
from burgerschap.scenario.validate import successors

STORY_FORMAT = ("Harlowe", "3.3.9")


def export_twee(scenario: Scenario) -> tuple[str, list[Problem]]:
    """The scenario as a Twee 3 story, and a warning when Twine would lose something."""
    data = scenario_data(scenario)
    story_data = {
        "ifid": ifid(scenario.id),
        "format": STORY_FORMAT[0],
        "format-version": STORY_FORMAT[1],
        "start": scenario.start,
        "zoom": 1,
    }
    # Twine's keys pretty-printed, as the Twee spec recommends; Burgerschap's on one line.
    twine_json = json_text(story_data, indent=2).removesuffix("\n}")
    story_json = f'{twine_json},\n  "{KEY}": {json_text(story_meta(data))}\n}}'
    parts = [
        f":: StoryTitle\n{_escape_body(scenario.title)}",
        f":: StoryData\n{story_json}",
    ]
    positions = _layout(scenario)
    losing: dict[str, None] = {}
    for name, node in scenario.nodes.items():
        body = _passage_body(node)
        if _twine_loses(node):
            losing[name] = None
        meta = {
            "position": positions[name],
            "size": "100,100",
            KEY: passage_meta(data["nodes"][name], body),
        }
        parts.append(f":: {_escape_name(name)} {json_text(meta)}\n{_escape_body(body)}")
    warnings = []
    if losing:
        params = {"count": len(losing), "total": len(scenario.nodes)}
        warnings.append(Problem("twee_twine_drops", "warning", params=params))
    return "\n\n\n".join(parts) + "\n", warnings


def _passage_body(node: Any) -> str:
    if isinstance(node, EndingNode):
        heading = f"# {node.ending.title}"
        return f"{heading}\n\n{node.ending.text.strip()}" if node.ending.text.strip() else heading
    sections = [f"# {node.title}"] if node.title else []
    links: list[str] = []
    if isinstance(node, StoryNode):
        sections.append(node.text.strip())
        links = [_link_markup(choice.text, choice.goto) for choice in node.choices]
    elif isinstance(node, QuestionNode):
        if node.text:
            sections.append(node.text.strip())
        sections.append(node.question.strip())
        links = [_link_markup(o.text, node.target(o.correct)) for o in node.options]
    return "\n\n".join([*sections, "\n".join(links)])


def _twine_loses(node: Any) -> bool:
    """Whether Twine, saving the story, would drop something of this node: all but
    the passage text and links lives in Burgerschap's metadata only."""
    if isinstance(node, QuestionNode):
        return True
    if isinstance(node, EndingNode):
        return node.ending.outcome is not None or node.ending.why is not None
    plain = {"text", "goto"}
    return any(choice.model_dump(exclude_defaults=True).keys() - plain for choice in node.choices)


def _link_markup(text: str, target: str) -> str:
    text = " ".join(text.replace("]]", "] ]").replace("][", "] [").split())
    return f"[[{target}]]" if text == target else f"[[{text}->{target}]]"


def _escape_name(name: str) -> str:
    return re.sub(r"([\\\[\]{}])", r"\\\1", name)


def _escape_body(body: str) -> str:
    return "\n".join(escape_line(ln) for ln in body.split("\n"))


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
