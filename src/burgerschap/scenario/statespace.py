"""The state space of a scenario, explored once with memoisation.

A real game state is (node, scores, flags, visits). Two real states that no
condition can tell apart, now or later, behave the same, so the explorer
keeps only an *abstract* state that holds what conditions read:

- the flags that some condition tests (``flags``/``not_flags``), as a bit mask;
- for each node named in ``visited``/``not_visited``, whether it was visited
  (conditions only ask "visited or not", never how often), as a bit mask;
- for each dimension that appears in a ``min``/``max`` condition, the score,
  clamped per node to ``[floor(v), cap(v)]`` (other dimensions are not kept).

The clamp is exact, not an approximation. Let ``C`` be the cut points of a
dimension (every ``min`` value ``a``, tested as ``s >= a``, and every ``max``
value ``b``, tested as ``s >= b + 1`` negated). Scores at or above ``max(C)``
pass the same tests. Let ``down(v)`` be the most a score can still fall on any
path from ``v``: the largest net decrease of any path prefix, over the node
graph ignoring conditions (unbounded only when a loop with a net negative
effect is reachable). A score at or above ``cap(v) = max(C) + down(v)`` stays
at or above ``max(C)`` for the rest of the game, so every such score behaves
alike, and because ``down(v) >= down(w) - effect`` for every move ``v -> w``,
clamping after every move commutes with adding effects. When no effect on a
dimension is negative, ``cap`` is simply the largest threshold. ``floor`` is
the mirror image. When both sides are unbounded (loops that can drive a score
up and down without limit) the score is kept exactly, and
the bound on the number of states is what stops the exploration.

Because the abstraction is exact, the explored state graph has exactly the
paths of the real game, each move carrying its real effects; score ranges are
longest and shortest paths in it (:func:`burgerschap.scenario.graphs.extremes`), computed by dynamic
programming over its strongly connected components, never by listing paths.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, NamedTuple

from burgerschap.scenario.graphs import INF, longest_onward, strong_components
from burgerschap.scenario.models import Condition, EndingNode, QuestionNode, Scenario, StoryNode

MAX_STATES = 200_000
"""How many abstract states :func:`explore` visits before it stops (see docs/analyzer.md)."""

State = tuple[int, int, int, tuple[int, ...]]
"""(node index, flag mask, visit mask, clamped tracked scores)."""

MoveKind = Literal["choice", "correct", "wrong"]


class Guard(NamedTuple):
    """A compiled condition over an abstract state."""

    flags_on: int
    flags_off: int
    visited: int
    not_visited: int
    low: tuple[tuple[int, int], ...]
    """(tracked dimension, minimum) pairs."""
    high: tuple[tuple[int, int], ...]
    """(tracked dimension, maximum) pairs."""

    def holds(self, flags: int, visits: int, scores: tuple[int, ...]) -> bool:
        if flags & self.flags_on != self.flags_on or flags & self.flags_off:
            return False
        if visits & self.visited != self.visited or visits & self.not_visited:
            return False
        for k, a in self.low:
            if scores[k] < a:
                return False
        return all(scores[k] <= b for k, b in self.high)


class Move(NamedTuple):
    """One way to leave a node: a choice, or a right or wrong answer to a question."""

    source: int
    target: int
    kind: MoveKind
    choice: int
    """The choice's index in the file (-1 for answers)."""
    effects: tuple[int, ...]
    """The effect on every declared dimension, in declaration order."""
    deltas: tuple[int, ...]
    """The effect on every tracked dimension."""
    set_mask: int = 0
    unset_mask: int = 0
    guard: Guard | None = None


@dataclass
class Compiled:
    """A scenario turned into integers, plus the clamp bounds per node."""

    names: list[str]
    dimensions: list[str]
    tracked: list[str]
    """Dimensions some condition reads."""
    flags: list[str]
    """Flags some condition reads."""
    watched: list[str]
    """Nodes some condition asks about."""
    moves: list[list[Move]]
    endings: list[bool]
    start: int
    visit_bit: list[int]
    floor: list[list[float]]
    """``floor[v][k]``: the lowest score of tracked dimension ``k`` kept at node ``v``."""
    cap: list[list[float]]


@dataclass
class Space:
    """The explored abstract state graph."""

    compiled: Compiled
    states: list[State]
    edges: list[list[tuple[int, Move]]]
    expanded: int
    """States ``0 .. expanded-1`` were expanded; the rest were found but not followed."""

    @property
    def complete(self) -> bool:
        return self.expanded == len(self.states)


def _names(conditions: Sequence[Condition]) -> tuple[list[str], list[str], list[str]]:
    dims: dict[str, None] = {}
    flags: dict[str, None] = {}
    nodes: dict[str, None] = {}
    for c in conditions:
        dims.update(dict.fromkeys([*c.min, *c.max]))
        flags.update(dict.fromkeys([*c.flags, *c.not_flags]))
        nodes.update(dict.fromkeys([*c.visited, *c.not_visited]))
    return list(dims), list(flags), list(nodes)


def _mask(names: Sequence[str], bits: dict[str, int]) -> int:
    mask = 0
    for name in names:
        mask |= bits.get(name, 0)
    return mask


def compile_scenario(scenario: Scenario) -> Compiled:
    """Number the nodes, compile every move and condition, and work out the clamp bounds."""
    names = list(scenario.nodes)
    index = {name: i for i, name in enumerate(names)}
    dimensions = list(scenario.dimensions)
    conditions = [
        c.condition
        for node in scenario.nodes.values()
        if isinstance(node, StoryNode)
        for c in node.choices
        if c.condition is not None
    ]
    tracked, flags, watched = _names(conditions)
    flag_bit = {f: 1 << i for i, f in enumerate(flags)}
    node_bit = {n: 1 << i for i, n in enumerate(watched)}
    dim_pos = {d: k for k, d in enumerate(tracked)}

    def guard(c: Condition | None) -> Guard | None:
        if c is None or c.is_empty():
            return None
        return Guard(
            flags_on=_mask(c.flags, flag_bit),
            flags_off=_mask(c.not_flags, flag_bit),
            visited=_mask(c.visited, node_bit),
            not_visited=_mask(c.not_visited, node_bit),
            low=tuple((dim_pos[d], a) for d, a in c.min.items()),
            high=tuple((dim_pos[d], b) for d, b in c.max.items()),
        )

    def vectors(effects: dict[str, int]) -> tuple[tuple[int, ...], tuple[int, ...]]:
        return (
            tuple(effects.get(d, 0) for d in dimensions),
            tuple(effects.get(d, 0) for d in tracked),
        )

    moves: list[list[Move]] = []
    for i, name in enumerate(names):
        node = scenario.nodes[name]
        out: list[Move] = []
        if isinstance(node, StoryNode):
            for j, choice in enumerate(node.choices):
                if choice.goto not in index:
                    continue
                full, deltas = vectors(choice.effects)
                out.append(
                    Move(
                        i,
                        index[choice.goto],
                        "choice",
                        j,
                        full,
                        deltas,
                        _mask(choice.set, flag_bit),
                        _mask(choice.unset, flag_bit),
                        guard(choice.condition),
                    )
                )
        elif isinstance(node, QuestionNode):
            nothing = vectors({})
            answers: tuple[tuple[MoveKind, bool], ...] = (("correct", True), ("wrong", False))
            for kind, correct in answers:
                target = node.goto or (node.goto_correct if correct else node.goto_wrong)
                if target not in index or not any(o.correct == correct for o in node.options):
                    continue
                full, deltas = vectors(node.effects) if correct else nothing
                out.append(Move(i, index[target], kind, -1, full, deltas))
        moves.append(out)

    endings = [isinstance(scenario.nodes[n], EndingNode) for n in names]
    compiled = Compiled(
        names=names,
        dimensions=dimensions,
        tracked=tracked,
        flags=flags,
        watched=watched,
        moves=moves,
        endings=endings,
        start=index.get(scenario.start, 0),
        visit_bit=[node_bit.get(n, 0) for n in names],
        floor=[[-INF] * len(tracked) for _ in names],
        cap=[[INF] * len(tracked) for _ in names],
    )
    _clamp_bounds(compiled, conditions)
    return compiled


def _clamp_bounds(compiled: Compiled, conditions: Sequence[Condition]) -> None:
    """Fill ``floor`` and ``cap`` as the module docstring explains."""
    comps = strong_components([[m.target for m in ms] for ms in compiled.moves])
    for k, dim in enumerate(compiled.tracked):
        cuts = [c.min[dim] for c in conditions if dim in c.min]
        cuts += [c.max[dim] + 1 for c in conditions if dim in c.max]
        falls = [[(m.target, -m.deltas[k]) for m in ms] for ms in compiled.moves]
        rises = [[(m.target, m.deltas[k]) for m in ms] for ms in compiled.moves]
        down = longest_onward(falls, comps)
        up = longest_onward(rises, comps)
        top, bottom = max(cuts), min(cuts) - 1
        for v in range(len(compiled.names)):
            compiled.cap[v][k] = top + down[v]
            compiled.floor[v][k] = bottom - up[v]


def _clamp(value: int, low: float, high: float) -> int:
    if value > high:
        return int(high)
    if value < low:
        return int(low)
    return value


def explore(compiled: Compiled, max_states: int = MAX_STATES) -> Space:
    """Every abstract state reachable from the start, breadth first, up to ``max_states``."""
    c = compiled
    start_scores = tuple(
        _clamp(0, c.floor[c.start][k], c.cap[c.start][k]) for k in range(len(c.tracked))
    )
    first: State = (c.start, 0, c.visit_bit[c.start], start_scores)
    states: list[State] = [first]
    seen: dict[State, int] = {first: 0}
    edges: list[list[tuple[int, Move]]] = []
    tracked = range(len(c.tracked))
    expanded = 0
    while expanded < len(states):
        if expanded >= max_states:
            break
        node, flags, visits, scores = states[expanded]
        out: list[tuple[int, Move]] = []
        for m in c.moves[node]:
            if m.guard is not None and not m.guard.holds(flags, visits, scores):
                continue
            w = m.target
            if tracked:
                floor, cap = c.floor[w], c.cap[w]
                new_scores = tuple(
                    _clamp(scores[k] + m.deltas[k], floor[k], cap[k]) for k in tracked
                )
            else:
                new_scores = scores
            nxt: State = (
                w,
                (flags | m.set_mask) & ~m.unset_mask,
                visits | c.visit_bit[w],
                new_scores,
            )
            j = seen.get(nxt)
            if j is None:
                j = seen[nxt] = len(states)
                states.append(nxt)
            out.append((j, m))
        edges.append(out)
        expanded += 1
    edges.extend([] for _ in range(len(states) - expanded))
    return Space(c, states, edges, expanded)


def node_space(compiled: Compiled) -> Space:
    """The node graph as a fully expanded space, conditions ignored, start first.

    Its ranges are outer bounds of the real ones: used when :func:`explore`
    stopped at its bound.
    """
    c = compiled
    order = [c.start, *(v for v in range(len(c.names)) if v != c.start)]
    position = {v: i for i, v in enumerate(order)}
    states: list[State] = [(v, 0, 0, ()) for v in order]
    edges = [[(position[m.target], m) for m in c.moves[v]] for v in order]
    return Space(c, states, edges, len(states))


def reachable(space: Space) -> list[bool]:
    """Which states can be reached from state 0 (all of them, in an explored space)."""
    seen = [False] * len(space.states)
    if not seen:
        return seen
    seen[0] = True
    todo = [0]
    while todo:
        for j, _ in space.edges[todo.pop()]:
            if not seen[j]:
                seen[j] = True
                todo.append(j)
    return seen


def co_reachable(space: Space, targets: Sequence[int]) -> list[bool]:
    """Which states can reach one of ``targets`` (states)."""
    back: list[list[int]] = [[] for _ in space.states]
    for i, out in enumerate(space.edges):
        for j, _ in out:
            back[j].append(i)
    good = [False] * len(space.states)
    queue = deque(targets)
    for t in targets:
        good[t] = True
    while queue:
        for i in back[queue.popleft()]:
            if not good[i]:
                good[i] = True
                queue.append(i)
    return good
