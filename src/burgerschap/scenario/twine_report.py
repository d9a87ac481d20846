"""What a Twine import brought in, and whether the draft still needs work.

:func:`import_stats` counts passages, nodes, choices, endings and the nodes
reachable from the start (following every choice, whatever its condition:
what Twine's story map shows). :func:`needs_work` names what makes a draft
unfit to play even when it validates: a start that is an ending, or fewer
than half of the nodes reachable. :func:`group_problems` folds warnings of
one kind together, so a story with hundreds of macros gives a short report.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from typing import Any

from burgerschap.scenario.problems import Problem
from burgerschap.scenario.serialize import Data


@dataclass(frozen=True)
class ImportStats:
    """Counts of one imported story."""

    passages: int
    """Passages in the file (special and duplicate ones included)."""
    nodes: int
    choices: int
    endings: int
    reachable: int
    """Nodes reachable from the start, the start included."""
    start: str
    start_is_ending: bool


def import_stats(data: Data, passages: int) -> ImportStats:
    """The counts of a draft made from a story of ``passages`` passages."""
    nodes = data.get("nodes") or {}
    start = str(data.get("start", ""))
    choices = sum(len(node.get("choices") or []) for node in nodes.values())
    endings = sum(1 for node in nodes.values() if "ending" in node)
    seen = {start} if start in nodes else set()
    queue = deque(seen)
    while queue:
        for choice in nodes[queue.popleft()].get("choices") or []:
            target = choice.get("goto")
            if target in nodes and target not in seen:
                seen.add(target)
                queue.append(target)
    start_is_ending = start in nodes and "ending" in nodes[start]
    return ImportStats(passages, len(nodes), choices, endings, len(seen), start, start_is_ending)


def needs_work(stats: ImportStats) -> list[tuple[str, dict[str, Any]]]:
    """Why the draft is not ready to play, as ``(reason, params)``; empty when it is."""
    reasons: list[tuple[str, dict[str, Any]]] = []
    if stats.start_is_ending:
        reasons.append(("start_is_ending", {"start": stats.start}))
    if stats.nodes and stats.reachable * 2 < stats.nodes:
        reasons.append(("few_reachable", {"reachable": stats.reachable, "nodes": stats.nodes}))
    return reasons


def group_problems(problems: list[Problem]) -> list[tuple[Problem, int]]:
    """``(first problem, count)`` per kind, in the order kinds first appear.

    The kind is the problem's code and its ``kind`` parameter (``(set:)``,
    ``<span>``, ...) when it has one; errors and warnings never share a group.
    """
    groups: dict[tuple[str, str, str], list[Problem]] = {}
    for problem in problems:
        key = (problem.severity, problem.code, str(problem.params.get("kind", "")))
        groups.setdefault(key, []).append(problem)
    return [(found[0], len(found)) for found in groups.values()]
