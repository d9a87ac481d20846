"""Which questions a quiz round may draw: levels and exclusions.

A question ``excludes`` others when one would give the other's answer away;
the relation holds both ways, and two such questions never share a round.
A round of a level (``basis``) draws only questions at or below it.

:func:`draw` picks ``count`` questions at random that exclude each other
nowhere, and always finds that many when the quiz allows it: it takes a
question only when a full round can still be completed afterwards, which it
knows from :func:`largest_round`, the size of the largest set of questions
without an excluded pair (exact, by branching on the question with most
exclusions; small and sparse in practice). A search that grows past
:data:`SEARCH_LIMIT` steps gives up (:class:`Tangled`); the validator says so,
and the draw then falls back to taking questions greedily.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping, Sequence

from burgerschap.scenario.models import NIVEAUS, Niveau, Quiz, QuizQuestion

SEARCH_LIMIT = 20_000
"""How many steps :func:`largest_round` may take before it gives up."""

Graph = Mapping[str, frozenset[str]]
"""Question id to the ids it excludes (both ways, known ids only)."""


class Tangled(Exception):
    """The exclusions are too entangled to find the largest round in time."""


def rank(niveau: Niveau | None) -> int:
    """A level's height; a question without a level counts as the highest."""
    return NIVEAUS.index(niveau) if niveau is not None else len(NIVEAUS) - 1


def pool(quiz: Quiz, niveau: Niveau | None = None) -> list[QuizQuestion]:
    """The questions a round of ``niveau`` may draw from (all of them for None)."""
    if niveau is None:
        return list(quiz.questions)
    top = rank(niveau)
    return [q for q in quiz.questions if q.niveau is not None and rank(q.niveau) <= top]


def levels(quiz: Quiz) -> list[Niveau]:
    """The levels a student can choose besides "all questions": those whose round
    is not empty, not the whole quiz, and not the same as the level below."""
    total = len(quiz.questions)
    found: list[Niveau] = []
    below = 0
    for niveau in NIVEAUS:
        size = len(pool(quiz, niveau))
        if below < size < total:
            found.append(niveau)
        below = max(below, size)
    return found


def exclusions(questions: Iterable[QuizQuestion]) -> dict[str, frozenset[str]]:
    """The exclusion graph of ``questions``, made symmetric; unknown ids are left out."""
    found = list(questions)
    known = {q.id for q in found}
    graph: dict[str, set[str]] = {q.id: set() for q in found}
    for question in found:
        for other in question.excludes:
            if other in known and other != question.id:
                graph[question.id].add(other)
                graph[other].add(question.id)
    return {qid: frozenset(others) for qid, others in graph.items()}


def largest_round(ids: Iterable[str], graph: Graph, limit: int | None = None) -> int:
    """How many of ``ids`` fit in one round: the largest set without an excluded pair.

    Raises:
        Tangled: when finding it takes more than ``limit`` steps (:data:`SEARCH_LIMIT`).
    """
    return _Search(graph, SEARCH_LIMIT if limit is None else limit).largest(frozenset(ids))


def draw(
    questions: Sequence[QuizQuestion], count: int, rng: random.Random, graph: Graph
) -> list[QuizQuestion]:
    """``count`` questions (fewer only when the exclusions allow no more), in random order.

    Without exclusions among ``questions`` this is ``rng.sample(questions, count)``.
    """
    order = rng.sample(list(questions), len(questions))
    ids = frozenset(q.id for q in questions)
    if not any(graph.get(qid, frozenset()) & ids for qid in ids):
        return order[:count]
    search = _Search(graph, SEARCH_LIMIT)
    try:
        target = min(count, search.largest(ids))
        exact = True
    except Tangled:
        target, exact = count, False
    allowed = set(ids)
    chosen: list[QuizQuestion] = []
    for question in order:
        if len(chosen) == target:
            break
        if question.id not in allowed:
            continue
        after = allowed - graph.get(question.id, frozenset()) - {question.id}
        if exact:
            # Taking it must leave room to complete the round; otherwise some full
            # round without it exists, so leaving it out loses nothing.
            try:
                fits = len(chosen) + 1 + search.largest(frozenset(after)) >= target
            except Tangled:
                exact, fits = False, True
        else:
            fits = True
        if fits:
            chosen.append(question)
            allowed = after
        else:
            allowed.discard(question.id)
    return chosen


class _Search:
    """Largest sets without an excluded pair, remembered per set of questions."""

    def __init__(self, graph: Graph, limit: int) -> None:
        self.graph = graph
        self.steps = limit
        self.memo: dict[frozenset[str], int] = {}

    def largest(self, ids: frozenset[str]) -> int:
        return sum(self._connected(part) for part in self._parts(ids))

    def _near(self, qid: str, within: frozenset[str] | set[str]) -> frozenset[str]:
        return self.graph.get(qid, frozenset()) & within

    def _parts(self, ids: frozenset[str]) -> list[frozenset[str]]:
        """``ids`` split into groups that no exclusion links."""
        left = set(ids)
        parts = []
        while left:
            start = left.pop()
            part, todo = {start}, [start]
            while todo:
                for other in self._near(todo.pop(), left):
                    left.discard(other)
                    part.add(other)
                    todo.append(other)
            parts.append(frozenset(part))
        return parts

    def _connected(self, ids: frozenset[str]) -> int:
        if len(ids) <= 1:
            return len(ids)
        if ids in self.memo:
            return self.memo[ids]
        self.steps -= 1
        if self.steps < 0:
            raise Tangled
        rest = set(ids)
        taken = 0
        # A question with at most one exclusion left belongs to some largest set.
        changed = True
        while changed:
            changed = False
            for qid in sorted(rest):
                if qid in rest and len(self._near(qid, rest)) <= 1:
                    rest -= self._near(qid, rest) | {qid}
                    taken += 1
                    changed = True
        if rest:
            pivot = max(sorted(rest), key=lambda q: len(self._near(q, rest)))
            without = self.largest(frozenset(rest - {pivot}))
            with_it = 1 + self.largest(frozenset(rest - self._near(pivot, rest) - {pivot}))
            taken += max(without, with_it)
        self.memo[ids] = taken
        return taken
