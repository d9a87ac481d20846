"""The path a student took, and the paths not taken, for the results screen.

Pure data built by replaying a finished game with the engine: for every
move, what was chosen and what it did, and for every decision what the
other offered choices would have done.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from burgerschap.scenario.engine import Engine, GameState
from burgerschap.scenario.models import QuestionNode, StoryNode


@dataclass(frozen=True)
class Alternative:
    """A choice that was offered but not taken."""

    text: str
    effects: dict[str, int]
    feedback: str | None


@dataclass(frozen=True)
class RecapStep:
    """One move of a game, with the alternatives at that moment."""

    node: str
    title: str | None
    kind: str
    """``choice`` or ``answer``."""
    text: str
    """The chosen choice's text, or the question's chosen answer."""
    effects: dict[str, int]
    feedback: str | None
    correct: bool | None = None
    question: str | None = None
    right_answer: str | None = None
    alternatives: list[Alternative] = field(default_factory=list)


def recap(engine: Engine, state: GameState) -> list[RecapStep]:
    """Every move of ``state``'s history, in order."""
    steps: list[RecapStep] = []
    for i, step in enumerate(state.history):
        before = engine.replay(state, state.history[:i])
        node = engine.node(before)
        if isinstance(node, StoryNode):
            chosen = node.choices[step.index]
            alternatives = [
                Alternative(c.text, dict(c.effects), c.feedback)
                for index, c in engine.offered(before)
                if index != step.index
            ]
            steps.append(
                RecapStep(
                    node=step.node,
                    title=node.title,
                    kind="choice",
                    text=chosen.text,
                    effects=dict(step.effects),
                    feedback=chosen.feedback,
                    alternatives=alternatives,
                )
            )
        elif isinstance(node, QuestionNode):
            option = node.options[step.index]
            right = next((o.text for o in node.options if o.correct), None)
            steps.append(
                RecapStep(
                    node=step.node,
                    title=node.title,
                    kind="answer",
                    text=option.text,
                    effects=dict(step.effects),
                    feedback=option.feedback,
                    correct=step.correct,
                    question=node.question,
                    right_answer=right,
                )
            )
    return steps
