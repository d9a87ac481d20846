"""The path a student took, and the paths not taken, for the results screen.

Pure data built by replaying a finished game with the engine: for every
move, what was chosen and what it did, and for every decision what the
other offered choices would have done. :func:`reach` reads the scoring
model's keys along the path: the highest rung of the participation ladder
the student's choices reached and whom they involved.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from burgerschap.scenario.engine import Engine, GameState, Step
from burgerschap.scenario.models import (
    PARTIES,
    RUNGS,
    Party,
    QuestionNode,
    Rung,
    Scenario,
    StoryNode,
)


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
    """For an answer: whether it was right (the first answer given there: it counts)."""
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


@dataclass(frozen=True)
class Reach:
    """How far up the participation ladder a path went, and whom it involved."""

    rung: Rung | None
    """The highest rung of the choices taken; None when none of them names one."""
    parties: tuple[Party, ...]
    """Everyone the choices taken involved, in the order of :data:`PARTIES`, without
    ``niemand``; empty when no choice taken names anyone (see :attr:`alone`)."""
    alone: bool
    """True when choices taken say whom they involve, and every one says ``niemand``."""


def reach(scenario: Scenario, history: list[Step]) -> Reach:
    """The rung and the parties of the choices in ``history`` (keys ``ladder`` and ``involves``).

    A harmful choice (``harm: true``) is never participation nor collaboration,
    so its rung and its parties do not count. Choices without the keys say
    nothing; a scenario without them gives no rung and no parties.
    """
    highest = -1
    involved: set[Party] = set()
    said_whom = False
    for step in history:
        node = scenario.nodes.get(step.node)
        if step.kind != "choice" or not isinstance(node, StoryNode):
            continue
        if not 0 <= step.index < len(node.choices):
            continue
        choice = node.choices[step.index]
        if choice.harm:
            continue
        if choice.ladder is not None:
            highest = max(highest, RUNGS.index(choice.ladder))
        if choice.involves:
            said_whom = True
            involved.update(choice.involves)
    parties = tuple(p for p in PARTIES if p in involved and p != "niemand")
    return Reach(
        rung=RUNGS[highest] if highest >= 0 else None,
        parties=parties,
        alone=said_whom and not parties,
    )
