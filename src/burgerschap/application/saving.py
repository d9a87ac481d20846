"""Saving a game's moves in the store: the :class:`~burgerschap.application.game.GameSaver`
that a workspace hands to the games it starts.

Every write goes through the workspace's :meth:`~burgerschap.application.workspace.Workspace.write`,
which stops saving for the rest of the run on the first failure and keeps the
reason for the student to read once. A state is stored as the engine's JSON,
which carries its :attr:`~burgerschap.scenario.engine.GameState.save_version`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, TypeVar

if TYPE_CHECKING:
    from burgerschap.classroom.store import Store
    from burgerschap.scenario.engine import GameState, Step

T = TypeVar("T")


class Writes(Protocol):
    """What writes to the store for a saver (a workspace)."""

    def write(self, action: Callable[[Store], T]) -> T | None: ...


class StoreSaver:
    """Saves games in the store through ``place`` (a :class:`GameSaver`)."""

    def __init__(self, place: Writes) -> None:
        self.place = place

    def record_move(self, game_id: str, state: GameState, step: Step) -> None:
        saved, move = state.model_dump(mode="json"), step.model_dump(mode="json")
        self.place.write(lambda s: s.record_move(game_id, saved, move))

    def record_back(self, game_id: str, state: GameState) -> None:
        saved = state.model_dump(mode="json")
        self.place.write(lambda s: s.record_back(game_id, saved))

    def finish_game(self, game_id: str, state: GameState) -> None:
        saved, ending, scores = state.model_dump(mode="json"), state.node, dict(state.scores)
        self.place.write(lambda s: s.finish_game(game_id, saved, ending, scores))

    def save_reflection(self, game_id: str, text: str) -> bool:
        def save(store: Store) -> bool:
            store.save_reflection(game_id, text)
            return True

        return bool(self.place.write(save))
