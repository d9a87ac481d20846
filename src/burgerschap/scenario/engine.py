"""The play engine: a pure, deterministic state machine over a scenario.

The state is plain data (:class:`GameState`) that serializes to JSON, so a
game can be saved after every choice and resumed anywhere. The engine never
mutates a state; every move returns a new one. ``back`` replays the history
from the recorded start, so it restores scores, flags and visits exactly.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, ConfigDict

from burgerschap.scenario.models import (
    Choice,
    Condition,
    EndingNode,
    Node,
    QuestionNode,
    Scenario,
    StoryNode,
)


class EngineError(Exception):
    """A move that the current state does not allow (a bug in the caller)."""


class _State(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Step(_State):
    """One move: a choice in a story node, or an answer to a question."""

    node: str
    kind: Literal["choice", "answer"]
    index: int
    """The choice's or option's index in the file (not its shuffled place)."""
    target: str
    effects: dict[str, int] = {}
    correct: bool | None = None


class Start(_State):
    """Where a game began; ``back`` replays from here."""

    node: str
    scores: dict[str, int]
    flags: list[str] = []


class GameState(_State):
    """Everything about a game in progress, as JSON-ready data."""

    scenario: str
    """``id@version`` of the scenario being played."""
    seed: int = 0
    node: str
    scores: dict[str, int]
    flags: list[str] = []
    """Sorted, without duplicates."""
    visits: dict[str, int] = {}
    history: list[Step] = []
    start: Start


@dataclass(frozen=True)
class Outcome:
    """What a move did, for the screen to show."""

    state: GameState
    step: Step
    feedback: str | None = None
    explanation: str | None = None


def condition_holds(
    condition: Condition | None,
    scores: Mapping[str, int],
    flags: frozenset[str] | set[str] | list[str],
    visits: Mapping[str, int],
) -> bool:
    """Whether a choice with this condition is offered in this situation."""
    if condition is None:
        return True
    for dim, low in condition.min.items():
        if scores.get(dim, 0) < low:
            return False
    for dim, high in condition.max.items():
        if scores.get(dim, 0) > high:
            return False
    if any(f not in flags for f in condition.flags):
        return False
    if any(f in flags for f in condition.not_flags):
        return False
    if any(not visits.get(n) for n in condition.visited):
        return False
    return not any(visits.get(n) for n in condition.not_visited)


def _add(scores: Mapping[str, int], effects: Mapping[str, int]) -> dict[str, int]:
    result = dict(scores)
    for dim, delta in effects.items():
        result[dim] = result.get(dim, 0) + delta
    return result


class Engine:
    """Plays one scenario. Create one per scenario; it holds no game state."""

    def __init__(self, scenario: Scenario) -> None:
        self.scenario = scenario

    def new_game(
        self,
        seed: int = 0,
        node: str | None = None,
        scores: Mapping[str, int] | None = None,
        flags: list[str] | None = None,
    ) -> GameState:
        """A fresh game at the start node, or anywhere with chosen scores and flags."""
        start_node = node or self.scenario.start
        if start_node not in self.scenario.nodes:
            raise EngineError(f"unknown node {start_node!r}")
        start_scores = {dim: 0 for dim in self.scenario.dimensions}
        start_scores.update(scores or {})
        start_flags = sorted(set(flags or []))
        return GameState(
            scenario=self.scenario.ref,
            seed=seed,
            node=start_node,
            scores=start_scores,
            flags=start_flags,
            visits={start_node: 1},
            start=Start(node=start_node, scores=start_scores, flags=start_flags),
        )

    def node(self, state: GameState) -> Node:
        return self.scenario.nodes[state.node]

    def is_finished(self, state: GameState) -> bool:
        return isinstance(self.node(state), EndingNode)

    def offered(self, state: GameState) -> list[tuple[int, Choice]]:
        """The choices shown now, with their index in the file."""
        node = self.node(state)
        if not isinstance(node, StoryNode):
            return []
        flags = set(state.flags)
        return [
            (i, c)
            for i, c in enumerate(node.choices)
            if condition_holds(c.condition, state.scores, flags, state.visits)
        ]

    def option_order(self, state: GameState) -> list[int]:
        """The order in which a question's options are shown: shuffled, but fixed by the seed."""
        node = self.node(state)
        if not isinstance(node, QuestionNode):
            return []
        order = list(range(len(node.options)))
        visit = state.visits.get(state.node, 0)
        random.Random(f"{state.seed}:{state.node}:{visit}").shuffle(order)
        return order

    def _enter(
        self, state: GameState, step: Step, scores: dict[str, int], flags: list[str]
    ) -> GameState:
        visits = dict(state.visits)
        visits[step.target] = visits.get(step.target, 0) + 1
        return state.model_copy(
            update={
                "node": step.target,
                "scores": scores,
                "flags": flags,
                "visits": visits,
                "history": [*state.history, step],
            }
        )

    def choose(self, state: GameState, index: int) -> Outcome:
        """Take choice ``index`` (its index in the file) of the current story node."""
        node = self.node(state)
        if not isinstance(node, StoryNode):
            raise EngineError(f"node {state.node!r} is not a story node")
        if index not in {i for i, _ in self.offered(state)}:
            raise EngineError(f"choice {index} is not offered at {state.node!r}")
        choice = node.choices[index]
        flags = set(state.flags)
        flags.update(choice.set)
        flags.difference_update(choice.unset)
        step = Step(
            node=state.node,
            kind="choice",
            index=index,
            target=choice.goto,
            effects=dict(choice.effects),
        )
        new = self._enter(state, step, _add(state.scores, choice.effects), sorted(flags))
        return Outcome(new, step, feedback=choice.feedback)

    def answer(self, state: GameState, option: int) -> Outcome:
        """Answer the current question with option ``option`` (its index in the file)."""
        node = self.node(state)
        if not isinstance(node, QuestionNode):
            raise EngineError(f"node {state.node!r} is not a question")
        if not 0 <= option < len(node.options):
            raise EngineError(f"no option {option} at {state.node!r}")
        chosen = node.options[option]
        effects = dict(node.effects) if chosen.correct else {}
        step = Step(
            node=state.node,
            kind="answer",
            index=option,
            target=node.target(chosen.correct),
            effects=effects,
            correct=chosen.correct,
        )
        new = self._enter(state, step, _add(state.scores, effects), list(state.flags))
        return Outcome(new, step, feedback=chosen.feedback, explanation=node.explanation or None)

    def can_go_back(self, state: GameState) -> bool:
        return self.scenario.allow_back and bool(state.history)

    def back(self, state: GameState) -> GameState:
        """The state before the last move, exactly as it was."""
        if not state.history:
            raise EngineError("nothing to undo")
        return self.replay(state, state.history[:-1])

    def replay(self, state: GameState, steps: list[Step]) -> GameState:
        """Play ``steps`` again from ``state``'s recorded start."""
        start = state.start
        current = self.new_game(state.seed, start.node, start.scores, start.flags)
        for step in steps:
            if step.kind == "choice":
                current = self.choose(current, step.index).state
            else:
                current = self.answer(current, step.index).state
        return current
