"""The analyzer's findings: stuck situations, weak dilemmas, unused dimensions.

Each function reads the explored state graph and adds :class:`Problem` objects
with message codes (worded by :mod:`burgerschap.i18n.problem_words`) to a
:class:`~burgerschap.scenario.validate.Findings`, which gives them a file, a
line and a column. No language and no UI here.
"""

from __future__ import annotations

from collections.abc import Iterable

from burgerschap.scenario.graphs import INF, strong_components
from burgerschap.scenario.models import Condition, QuestionNode, Scenario, StoryNode
from burgerschap.scenario.statespace import Move, Space
from burgerschap.scenario.validate import Findings
from burgerschap.scenario.yamlsafe import Path

MAX_LISTED = 8
"""How many node names a message lists before it says "..."."""


def listing(names: Iterable[str]) -> str:
    items = sorted(set(names))
    shown = ", ".join(items[:MAX_LISTED])
    return shown + (", ..." if len(items) > MAX_LISTED else "")


def short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def situation(space: Space, state: int) -> dict[str, str]:
    """A reachable situation in words that need no translation."""
    c = space.compiled
    node, flags, visits, scores = space.states[state]
    parts = []
    for k, dim in enumerate(c.tracked):
        value = scores[k]
        if value >= c.cap[node][k] != INF:
            parts.append(f"{dim} ≥ {value}")
        elif value <= c.floor[node][k] != -INF:
            parts.append(f"{dim} ≤ {value}")
        else:
            parts.append(f"{dim} = {value}")
    flags_on = [f for i, f in enumerate(c.flags) if flags >> i & 1]
    visited = [n for i, n in enumerate(c.watched) if visits >> i & 1]
    return {
        "scores": ", ".join(parts) or "-",
        "flags": ", ".join(flags_on) or "-",
        "visited": ", ".join(visited) or "-",
    }


def move_path(names: list[str], move: Move) -> Path:
    base: Path = ("nodes", names[move.source])
    return (*base, "choices", move.choice) if move.kind == "choice" else base


def report_stuck(scenario: Scenario, space: Space, alive: list[bool], out: Findings) -> list[str]:
    """Report where players get stuck; return the nodes with a stuck situation."""
    names = space.compiled.names
    states = space.states
    stuck = [i for i in range(len(states)) if not alive[i]]
    if not stuck:
        return []
    if not alive[0]:
        out.add("start_stuck", ("start",), "error")
    # Root causes: situations with no choice, and loops that cannot be left.
    graph = [[j for j, _ in space.edges[i]] if not alive[i] else [] for i in range(len(states))]
    reported: set[str] = set()
    for comp in strong_components(graph):
        if alive[comp[0]]:
            continue
        members = set(comp)
        leaves = any(j not in members for v in comp for j in graph[v])
        if leaves:
            continue
        if len(comp) == 1 and not graph[comp[0]]:
            node = names[states[comp[0]][0]]
            if node not in reported:
                reported.add(node)
                out.add(
                    "no_choice_offered",
                    ("nodes", node),
                    "error",
                    node=node,
                    **situation(space, comp[0]),
                )
        else:
            loop = sorted({names[states[v][0]] for v in comp})
            name = "loop:" + ",".join(loop)
            if name not in reported:
                reported.add(name)
                out.add(
                    "loop_no_exit", ("nodes", loop[0]), "error", node=loop[0], loop=listing(loop)
                )
    # Entries: the choice or answer that leads from a good situation into a stuck one.
    entered: set[tuple[int, str, int]] = set()
    for i in range(len(states)):
        if not alive[i]:
            continue
        for j, move in space.edges[i]:
            key = (move.source, move.kind, move.choice)
            if alive[j] or key in entered:
                continue
            entered.add(key)
            node = names[move.source]
            where = names[states[j][0]]
            story = scenario.nodes[node]
            if move.kind == "choice" and isinstance(story, StoryNode):
                out.add(
                    "choice_leads_to_stuck",
                    move_path(names, move),
                    "error",
                    node=node,
                    choice=move.choice + 1,
                    text=short(story.choices[move.choice].text),
                    target=where,
                )
            else:
                code = "answer_right_stuck" if move.kind == "correct" else "answer_wrong_stuck"
                out.add(code, move_path(names, move), "error", node=node, target=where)
    return [names[v] for v in sorted({states[i][0] for i in stuck})]


def report_choices(scenario: Scenario, space: Space, out: Findings) -> None:
    """Choices that are never offered, and choices dominated by a sibling offered with them."""
    c = space.compiled
    names = c.names
    guarded = {v for v, moves in enumerate(c.moves) if any(m.guard for m in moves)}
    offered_sets: dict[int, set[tuple[int, ...]]] = {}
    for i in range(space.expanded):
        node = space.states[i][0]
        if node in guarded:
            offered_sets.setdefault(node, set()).add(tuple(m.choice for _, m in space.edges[i]))
        elif node not in offered_sets:  # every choice is offered, always
            offered_sets[node] = {tuple(m.choice for m in c.moves[node])}
    for v in sorted(offered_sets):
        story = scenario.nodes[names[v]]
        if not isinstance(story, StoryNode):
            continue
        ever = set().union(*offered_sets[v])
        for move in c.moves[v] if v in guarded else ():
            condition = story.choices[move.choice].condition
            if move.guard is None or condition is None or move.choice in ever:
                continue
            if space.complete or _impossible(condition):
                out.add(
                    "choice_never_offered",
                    (*move_path(names, move), "if"),
                    "warning",
                    node=names[v],
                    choice=move.choice + 1,
                    text=short(story.choices[move.choice].text),
                )
        effects = {m.choice: m.effects for m in c.moves[v]}
        # A choice tagged as harmful or passive scores low on purpose (docs/scenario-format.md,
        # "What the scores mean"): it is a real temptation in the story, not a weak dilemma.
        flagged: set[int] = {
            i for i, choice in enumerate(story.choices) if choice.harm or choice.ladder == "geen"
        }
        for together in sorted(offered_sets[v]):
            for a in together:
                if a in flagged:
                    continue
                for b in together:
                    if b != a and _dominates(effects[b], effects[a]):
                        flagged.add(a)
                        out.add(
                            "choice_dominated",
                            ("nodes", names[v], "choices", a),
                            "warning",
                            node=names[v],
                            choice=a + 1,
                            text=short(story.choices[a].text),
                            other=b + 1,
                            other_text=short(story.choices[b].text),
                        )
                        break


def _impossible(condition: Condition) -> bool:
    """A condition that contradicts itself, whatever the situation."""
    return (
        any(low > condition.max[d] for d, low in condition.min.items() if d in condition.max)
        or bool(set(condition.flags) & set(condition.not_flags))
        or bool(set(condition.visited) & set(condition.not_visited))
    )


def _dominates(better: tuple[int, ...], worse: tuple[int, ...]) -> bool:
    """At least as good on every dimension and better on one (missing effects are 0)."""
    return all(b >= w for b, w in zip(better, worse, strict=True)) and better != worse


def report_dimensions(scenario: Scenario, constant: dict[str, int], out: Findings) -> None:
    """Dimensions no choice or question changes, and those everyone ends with alike.

    ``constant`` maps a dimension to the total every player ends with, when
    that is known to be the same for all.
    """
    changed: set[str] = set()
    for node in scenario.nodes.values():
        if isinstance(node, StoryNode):
            for choice in node.choices:
                changed.update(d for d, v in choice.effects.items() if v)
        elif isinstance(node, QuestionNode):
            changed.update(d for d, v in node.effects.items() if v)
    for dim in scenario.dimensions:
        if dim not in changed:
            out.add("dimension_unused", ("dimensions", dim), "warning", dimension=dim)
        elif dim in constant:
            out.add(
                "dimension_constant",
                ("dimensions", dim),
                "warning",
                dimension=dim,
                value=constant[dim],
            )
