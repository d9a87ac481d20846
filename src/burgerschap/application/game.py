"""One scenario being played: the engine's state, saved after every move.

No interface code here: the play and results screens drive a :class:`Game`.
It saves through a :class:`GameSaver`, the four writes a game makes and
nothing more; it does not know what made it (a workspace, a lesson, the
editor's try-out, which saves nothing), so it never calls back into it.
A new game of the same scenario is its maker's to start
(:func:`burgerschap.application.playing.play_again`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from burgerschap.scenario.engine import GameState, Outcome, Step
    from burgerschap.scenario.library import Entry
    from burgerschap.scenario.scores import Range


class GameSaver(Protocol):
    """Where a game's moves go (:class:`burgerschap.application.saving.StoreSaver`).

    A saver that cannot save keeps quiet: the game goes on, and its maker tells
    the student once (``Workspace.problem``).
    """

    def record_move(self, game_id: str, state: GameState, step: Step) -> None:
        """The state after a move, and the move."""

    def record_back(self, game_id: str, state: GameState) -> None:
        """The state after going back one move."""

    def finish_game(self, game_id: str, state: GameState) -> None:
        """The game reached an ending (``state`` names it and holds the scores)."""

    def save_reflection(self, game_id: str, text: str) -> bool:
        """The answer to the reflection question; False when it was not saved."""


class Game:
    """One scenario being played: the engine's state, saved after every move."""

    def __init__(
        self, saver: GameSaver | None, entry: Entry, state: GameState, game_id: str | None
    ) -> None:
        """``saver`` and ``game_id`` None: a game that is never saved (the editor's try-out)."""
        from burgerschap.scenario.engine import Engine
        from burgerschap.scenario.models import Scenario

        scenario = entry.document
        assert isinstance(scenario, Scenario)
        self.saver = saver
        self.entry = entry
        self.scenario = scenario
        self.engine = Engine(scenario)
        self.state = state
        self.game_id = game_id
        self.reflection: str | None = None
        self.scores_visible = True
        """Whether the scores may be shown while playing (a lesson can hide them)."""

    @property
    def content_hash(self) -> str:
        """The hash of the scenario played (what its score ranges are kept under)."""
        return self.entry.content_hash

    @property
    def ranges(self) -> dict[str, Range]:
        from burgerschap.application.ranges import dimension_ranges

        return dimension_ranges(self.scenario, self.content_hash)

    @property
    def most(self) -> dict[str, int]:
        """The most points each dimension allows: the top of the student's bars."""
        from burgerschap.application.ranges import most_points

        ranges = self.ranges
        return {
            dim: most_points(self.scenario, dim, ranges.get(dim))
            for dim in self.scenario.dimensions
        }

    @property
    def finished(self) -> bool:
        return self.engine.is_finished(self.state)

    @property
    def can_go_back(self) -> bool:
        return self.engine.can_go_back(self.state)

    def choose(self, index: int) -> Outcome:
        outcome = self.engine.choose(self.state, index)
        self.state = outcome.state
        self.save_move(outcome)
        return outcome

    def answer(self, option: int) -> Outcome:
        outcome = self.engine.answer(self.state, option)
        self.state = outcome.state
        self.save_move(outcome)
        return outcome

    def back(self) -> None:
        self.state = self.engine.back(self.state)
        if self.saver is not None and self.game_id is not None:
            self.saver.record_back(self.game_id, self.state)

    def save_move(self, outcome: Outcome) -> None:
        """Save the state after a move; mark the game finished when it ended."""
        if self.saver is None or self.game_id is None:
            return
        self.saver.record_move(self.game_id, outcome.state, outcome.step)
        self.finish_if_ended()

    def finish_if_ended(self) -> None:
        if self.saver is None or self.game_id is None or not self.finished:
            return
        self.saver.finish_game(self.game_id, self.state)

    def save_reflection(self, text: str) -> bool:
        """Keep the answer to the reflection question; False when it could not be saved."""
        self.reflection = text
        if self.saver is None or self.game_id is None:
            return False
        return self.saver.save_reflection(self.game_id, text)
