"""Playing a lesson game the way a student does, without a screen.

:func:`play` joins, starts, makes every move through the engine and records
it in the store, exactly as the game screens do; :func:`play_solo` does the
same outside a lesson, as on a student's own computer. Tests, the dashboard and
debrief pilots and load checks use it to fill a lesson with real games
instead of invented rows.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from burgerschap.classroom.lessons import join, start_game
from burgerschap.classroom.store import Store
from burgerschap.scenario.engine import Engine, GameState
from burgerschap.scenario.loader import content_hash
from burgerschap.scenario.models import QuestionNode, Scenario


def play(
    store: Store,
    code: str,
    nickname: str,
    ref: str,
    picks: Sequence[int] = (),
    *,
    seed: int = 0,
    steps: int | None = None,
    reflection: str | None = None,
) -> str:
    """Join lesson ``code`` as ``nickname`` and play version ``ref``; returns the game id.

    Args:
        picks: the index (in the file) of the choice or answer to take at each
            step; once they run out, moves are drawn at random from ``seed``.
        steps: stop after this many moves, leaving the game in progress;
            ``None`` plays to an ending and finishes the game.
        reflection: saved after the ending when given.
    """
    join(store, code, nickname)
    game_id, state, engine = start_game(store, code, nickname, ref, seed)
    play_moves(store, game_id, engine, state, picks, seed=seed, steps=steps, reflection=reflection)
    return game_id


def play_solo(
    store: Store,
    scenario: Scenario,
    nickname: str,
    picks: Sequence[int] = (),
    *,
    seed: int = 0,
    reflection: str | None = None,
) -> str:
    """Play ``scenario`` outside any lesson (as on a student's own computer); the game id."""
    engine = Engine(scenario)
    state = engine.new_game(seed)
    game_id = store.start_game(
        nickname,
        scenario.id,
        scenario.version,
        content_hash(scenario),
        state.model_dump(mode="json"),
    )
    play_moves(store, game_id, engine, state, picks, seed=seed, reflection=reflection)
    return game_id


def play_moves(
    store: Store,
    game_id: str,
    engine: Engine,
    state: GameState,
    picks: Sequence[int] = (),
    *,
    seed: int = 0,
    steps: int | None = None,
    reflection: str | None = None,
) -> GameState:
    """Make moves in a started game, recording each; finish it when it reaches an ending."""
    rng = random.Random(seed)
    made = 0
    while not engine.is_finished(state) and (steps is None or made < steps):
        index = picks[made] if made < len(picks) else _random_move(engine, state, rng)
        outcome = engine.move(state, index)
        state = outcome.state
        store.record_move(game_id, state.model_dump(mode="json"), outcome.step.model_dump())
        made += 1
    if engine.is_finished(state):
        store.finish_game(game_id, state.model_dump(mode="json"), state.node, state.scores)
        if reflection is not None:
            store.save_reflection(game_id, reflection)
    return state


def _random_move(engine: Engine, state: GameState, rng: random.Random) -> int:
    node = engine.node(state)
    if isinstance(node, QuestionNode):
        return rng.randrange(len(node.options))
    return rng.choice([i for i, _ in engine.offered(state)])
