"""The play engine: a pure, deterministic state machine over a scenario.

The state is plain data (:class:`GameState`) that serializes to JSON, so a
game can be saved after every choice and resumed anywhere. The engine never
mutates a state; every move returns a new one. ``back`` replays the history
from the recorded start, so it restores scores, flags and visits exactly.

The first answer to a question counts: the state remembers it (per visit of
the question node, see :func:`answer_key`) across ``back`` and ``replay``, so
going back over a question and answering again gives the first answer once
more, never a second try for points. A later visit of the same question (a
loop in the story, such as a wrong answer that leads back to it) is a new
question and may be answered anew.

The state, its moves and the reading of older saved shapes are in
:mod:`burgerschap.scenario.gamestate`; their names are importable from here too.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from burgerschap.scenario.gamestate import (
    MIGRATIONS,
    SAVE_VERSION,
    EngineError,
    GameState,
    Move,
    MoveKind,
    ReplayError,
    Start,
    StateTooNew,
    Step,
    answer_key,
    migrate_state,
)
from burgerschap.scenario.models import (
    Choice,
    Condition,
    EndingNode,
    Node,
    QuestionNode,
    Scenario,
    StoryNode,
)

__all__ = [
    "MIGRATIONS",
    "SAVE_VERSION",
    "Engine",
    "EngineError",
    "GameState",
    "Move",
    "MoveKind",
    "Outcome",
    "ReplayError",
    "Start",
    "StateTooNew",
    "Step",
    "answer_key",
    "condition_holds",
    "migrate_state",
]


@dataclass(frozen=True)
class Outcome:
    """What a move did, for the screen to show."""

    state: GameState
    step: Step
    feedback: str | None = None
    explanation: str | None = None
    repeated: bool = False
    """True when the question had been answered before (before going back): the
    first answer was given again, whatever option was asked for."""


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

    def first_answer(self, state: GameState) -> int | None:
        """The option already given at this visit of the current question, if any.

        Only set after going back over the question: that first answer counts.
        """
        node = self.node(state)
        if not isinstance(node, QuestionNode):
            return None
        given = state.answers.get(answer_key(state.node, state.visits.get(state.node, 1)))
        # A state from another version of the scenario may name an option that is gone.
        return given if given is not None and 0 <= given < len(node.options) else None

    def _enter(
        self,
        state: GameState,
        step: Step,
        scores: dict[str, int],
        flags: list[str],
        answers: dict[str, int] | None = None,
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
                "answers": state.answers if answers is None else answers,
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
        """Answer the current question with option ``option`` (its index in the file).

        When this question was answered before at this visit (the student went
        back over it), the first answer is given again instead: it counts, with
        its points and its way on, and the outcome says ``repeated``.
        """
        node = self.node(state)
        if not isinstance(node, QuestionNode):
            raise EngineError(f"node {state.node!r} is not a question")
        if not 0 <= option < len(node.options):
            raise EngineError(f"no option {option} at {state.node!r}")
        first = self.first_answer(state)
        answers = state.answers
        if first is None:
            key = answer_key(state.node, state.visits.get(state.node, 1))
            answers = {**state.answers, key: option}
        else:
            option = first
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
        new = self._enter(state, step, _add(state.scores, effects), list(state.flags), answers)
        return Outcome(
            new,
            step,
            feedback=chosen.feedback,
            explanation=node.explanation or None,
            repeated=first is not None,
        )

    def move(self, state: GameState, index: int, kind: MoveKind | None = None) -> Outcome:
        """Choose or answer ``index`` (its index in the file): ``kind``, or what the node asks.

        A ``kind`` that does not fit the current node is an :class:`EngineError`.
        """
        if kind is None:
            kind = "answer" if isinstance(self.node(state), QuestionNode) else "choice"
        if kind == "choice":
            return self.choose(state, index)
        return self.answer(state, index)

    def play(self, state: GameState, moves: Iterable[Move]) -> list[Outcome]:
        """Make recorded ``moves`` one after the other from ``state``: what each did.

        This is the one replay of the game (going back, resuming a game of a
        changed scenario, checking a handed-in game). Each move must be made at
        the node it names, with a choice that is offered or an option that exists.

        Raises:
            ReplayError: naming the first move (from 1) that cannot be made.
        """
        outcomes: list[Outcome] = []
        current = state
        for number, step in enumerate(moves, start=1):
            if step.node != current.node:
                where = f"made at {step.node!r}, but the game is at {current.node!r}"
                raise ReplayError(number, where)
            try:
                outcome = self.move(current, step.index, step.kind)
            except EngineError as exc:
                raise ReplayError(number, str(exc)) from exc
            outcomes.append(outcome)
            current = outcome.state
        return outcomes

    def can_go_back(self, state: GameState) -> bool:
        return self.scenario.allow_back and bool(state.history)

    def back(self, state: GameState) -> GameState:
        """The state before the last move, exactly as it was."""
        if not state.history:
            raise EngineError("nothing to undo")
        return self.replay(state, state.history[:-1])

    def replay(self, state: GameState, steps: list[Step]) -> GameState:
        """Play ``steps`` again from ``state``'s recorded start, keeping its first answers."""
        start = state.start
        current = self.new_game(state.seed, start.node, start.scores, start.flags)
        current = current.model_copy(update={"answers": state.answers})
        outcomes = self.play(current, steps)
        return outcomes[-1].state if outcomes else current
