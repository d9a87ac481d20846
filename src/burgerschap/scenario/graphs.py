"""Graph algorithms for the analyzer: components, longest paths with loops.

Everything works on integer-numbered vertices and plain adjacency lists, so
the same code serves the node graph (for the clamp bounds of
:mod:`burgerschap.scenario.statespace`) and the explored state graph (for the
score ranges). Longest paths are settled per strongly connected component in
topological order: one pass where there is no loop, Bellman-Ford inside a
loop, and a positive cycle (a gain that can be repeated) makes the result
unbounded (``INF``). Nothing here lists paths.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

INF = float("inf")

SPFA_BUDGET = 5_000_000
"""Relaxations allowed inside one loop before its answer is given up (as unbounded)."""


class Weighted(Protocol):
    """A move: anything with an effect per dimension."""

    @property
    def effects(self) -> tuple[int, ...]: ...


def strong_components(graph: Sequence[Sequence[int]]) -> list[list[int]]:
    """Tarjan's strongly connected components, iteratively; sinks come first."""
    n = len(graph)
    order = [-1] * n
    low = [0] * n
    on_stack = [False] * n
    stack: list[int] = []
    comps: list[list[int]] = []
    counter = 0
    for root in range(n):
        if order[root] != -1:
            continue
        work = [(root, 0)]
        order[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack[root] = True
        while work:
            v, i = work[-1]
            succ = graph[v]
            if i < len(succ):
                work[-1] = (v, i + 1)
                w = succ[i]
                if order[w] == -1:
                    order[w] = low[w] = counter
                    counter += 1
                    stack.append(w)
                    on_stack[w] = True
                    work.append((w, 0))
                elif on_stack[w] and order[w] < low[v]:
                    low[v] = order[w]
                continue
            work.pop()
            if work and low[v] < low[work[-1][0]]:
                low[work[-1][0]] = low[v]
            if low[v] == order[v]:
                comp = []
                while True:
                    w = stack.pop()
                    on_stack[w] = False
                    comp.append(w)
                    if w == v:
                        break
                comps.append(comp)
    return comps


def longest_onward(
    graph: Sequence[Sequence[tuple[int, int]]], comps: list[list[int]]
) -> list[float]:
    """For every vertex ``v``, the largest total weight of any path from ``v`` (at least 0).

    ``graph[v]`` lists ``(target, weight)``; ``comps`` are the strongly connected
    components, sinks first (as :func:`strong_components` returns them). Paths
    may stop anywhere, so this is ``max(0, max over moves (w + best(target)))``:
    a longest path, unbounded (``INF``) where a cycle of positive weight can be
    reached, or where a loop does not settle within :data:`SPFA_BUDGET`.
    """
    comp_of = [0] * len(graph)
    for c, members in enumerate(comps):
        for v in members:
            comp_of[v] = c
    best = [0.0] * len(graph)
    for c, members in enumerate(comps):  # sinks first
        inner: list[tuple[int, int, int]] = []
        for v in members:
            for target, w in graph[v]:
                if comp_of[target] == c:
                    inner.append((v, target, w))
                else:
                    best[v] = max(best[v], w + best[target])
        if not inner:
            continue
        # best(v) >= w + best(u) for every inner move v -> u: relax backwards,
        # queue-based; a chain of len(members) improvements means a positive cycle.
        back: dict[int, list[tuple[int, int]]] = {v: [] for v in members}
        for v, u, w in inner:
            back[u].append((v, w))
        length = dict.fromkeys(members, 0)
        queue = deque(members)
        queued = set(members)
        budget = SPFA_BUDGET
        while queue:
            u = queue.popleft()
            queued.discard(u)
            for v, w in back[u]:
                budget -= 1
                if w + best[u] > best[v]:
                    best[v] = w + best[u]
                    length[v] = length[u] + 1
                    if length[v] >= len(members) or budget < 0:
                        queue.clear()
                        for x in members:
                            best[x] = INF
                        break
                    if v not in queued:
                        queued.add(v)
                        queue.append(v)
    return best


@dataclass
class Extremes:
    """The largest total of one dimension on any path from the start to each state."""

    best: list[float]
    """-inf: not on a path to an ending; +inf: unbounded."""
    loops: list[list[int]] = field(default_factory=list)
    """Components (state lists) in which a repeatable gain was found."""
    inexact: bool = False
    """True when a loop was too large to settle within :data:`SPFA_BUDGET`."""


@dataclass
class Condensation:
    """The useful part of a state graph, cut into strongly connected components.

    Built once and shared by every :func:`extremes` pass.
    """

    comps: list[list[int]]
    """In topological order (the start's component first)."""
    inner: list[list[tuple[int, int, Weighted]]]
    """Per component, the moves that stay inside it."""
    outer: list[list[tuple[int, int, Weighted]]]
    """Per component, the moves that leave it for a useful vertex."""


def condense(
    edges: Sequence[Sequence[tuple[int, Weighted]]], useful: Sequence[bool]
) -> Condensation:
    """The components of the useful part of a graph (``edges[v]``: ``(target, move)``)."""
    graph = [[j for j, _ in out if useful[j]] if useful[i] else [] for i, out in enumerate(edges)]
    comps = [comp for comp in reversed(strong_components(graph)) if useful[comp[0]]]
    comp_id = [-1] * len(edges)
    for c, members in enumerate(comps):
        for v in members:
            comp_id[v] = c
    inner: list[list[tuple[int, int, Weighted]]] = []
    outer: list[list[tuple[int, int, Weighted]]] = []
    for c, members in enumerate(comps):
        ins: list[tuple[int, int, Weighted]] = []
        outs: list[tuple[int, int, Weighted]] = []
        for v in members:
            for j, m in edges[v]:
                if comp_id[j] == c:
                    ins.append((v, j, m))
                elif comp_id[j] != -1:
                    outs.append((v, j, m))
        inner.append(ins)
        outer.append(outs)
    return Condensation(comps, inner, outer)


def extremes(plan: Condensation, vertices: int, dim: int, sign: int) -> Extremes:
    """Longest paths from vertex 0 for ``sign * effects[dim]``, loops included.

    Components are settled in topological order. A component whose inner moves
    all carry 0 shares one value; one with a positive inner move and no negative
    one holds a repeatable gain (unbounded); otherwise a queue-based
    Bellman-Ford finds the longest paths or a positive cycle.
    """
    best = [-INF] * vertices
    result = Extremes(best)
    if not plan.comps or 0 not in plan.comps[0]:
        return result
    best[0] = 0
    for members, inner, outer in zip(plan.comps, plan.inner, plan.outer, strict=True):
        if all(best[v] == -INF for v in members):
            continue  # not reachable from vertex 0 (only in graphs that were not explored)
        if inner:
            weighted = [(v, j, sign * m.effects[dim]) for v, j, m in inner]
            weights = {w for _, _, w in weighted}
            if weights == {0}:
                top = max(best[v] for v in members)
                for v in members:
                    best[v] = top
            elif min(weights) >= 0 or not _settle(best, members, weighted, result):
                result.loops.append(members)
                for v in members:
                    best[v] = INF
        for v, j, m in outer:
            value = best[v] + sign * m.effects[dim]
            if value > best[j]:
                best[j] = value
    return result


def _settle(
    best: list[float], members: list[int], inner: list[tuple[int, int, int]], result: Extremes
) -> bool:
    """Bellman-Ford inside one component; False when a positive cycle exists."""
    out: dict[int, list[tuple[int, int]]] = {v: [] for v in members}
    for v, j, w in inner:
        out[v].append((j, w))
    length = dict.fromkeys(members, 0)
    queue = deque(v for v in members if best[v] > -INF)
    queued = set(queue)
    budget = SPFA_BUDGET
    while queue:
        v = queue.popleft()
        queued.discard(v)
        for j, w in out[v]:
            budget -= 1
            if best[v] + w > best[j]:
                best[j] = best[v] + w
                length[j] = length[v] + 1
                if length[j] >= len(members):
                    return False
                if j not in queued:
                    queued.add(j)
                    queue.append(j)
        if budget < 0:
            result.inexact = True
            return False
    return True
