"""One scenario being played: the engine's state, saved after every move.

No interface code here: the play and results screens drive a :class:`Game`,
and it asks its :class:`~burgerschap.application.workspace.Workspace` to save.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from burgerschap.application.ranges import Range
    from burgerschap.application.workspace import Workspace
    from burgerschap.classroom.store import Store
    from burgerschap.scenario.engine import GameState, Outcome
    from burgerschap.scenario.library import Entry


class Game:
    """One scenario being played: the engine's state, saved after every move."""

    def __init__(
        self, workspace: Workspace, entry: Entry, state: GameState, game_id: str | None
    ) -> None:
        from burgerschap.scenario.engine import Engine
        from burgerschap.scenario.models import Scenario

        scenario = entry.document
        assert isinstance(scenario, Scenario)
        self.workspace = workspace
        self.entry = entry
        self.scenario = scenario
        self.engine = Engine(scenario)
        self.state = state
        self.game_id = game_id
        self.reflection: str | None = None
        self.scores_visible = True
        """Whether the scores may be shown while playing (a lesson can hide them)."""

    @property
    def ranges(self) -> dict[str, Range]:
        return self.workspace.ranges(self.scenario, self.entry.content_hash)

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

    def again(self) -> Game:
        """A new game of the same scenario (the next one in the same place)."""
        return self.workspace.new_game(self.entry)

    def back(self) -> None:
        self.state = self.engine.back(self.state)
        game_id = self.game_id
        if game_id is not None:
            state = self.state.model_dump(mode="json")
            self.workspace.write(lambda s: s.record_back(game_id, state))

    def save_move(self, outcome: Outcome) -> None:
        """Save the state after a move; mark the game finished when it ended."""
        game_id = self.game_id
        if game_id is None:
            return
        state = outcome.state.model_dump(mode="json")
        step = outcome.step.model_dump(mode="json")
        self.workspace.write(lambda s: s.record_move(game_id, state, step))
        self.finish_if_ended()

    def finish_if_ended(self) -> None:
        game_id = self.game_id
        if game_id is None or not self.finished:
            return
        state = self.state.model_dump(mode="json")
        scores = dict(self.state.scores)
        ending = self.state.node
        self.workspace.write(lambda s: s.finish_game(game_id, state, ending, scores))

    def save_reflection(self, text: str) -> bool:
        """Keep the answer to the reflection question; False when it could not be saved."""
        self.reflection = text
        game_id = self.game_id
        if game_id is None:
            return False

        def save(store: Store) -> bool:
            store.save_reflection(game_id, text)
            return True

        return bool(self.workspace.write(save))
