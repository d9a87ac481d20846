"""Starting, resuming and starting again: where the games of a workspace come from.

The factory of :class:`~burgerschap.application.game.Game` and
:class:`~burgerschap.application.lessongame.LessonGame`; the games themselves
only save (through the workspace's saver) and never call back here.

- :func:`new_game`: a fresh game of a library entry.
- :func:`resume`: a saved game, exactly where it was. When its scenario
  changed since, its moves are made again on the new version
  (:meth:`~burgerschap.scenario.engine.Engine.play`); a game saved by a newer
  program is left as it is, never given up.
- :func:`play_again`: another game of the same scenario in the same place (a
  lesson's game stays in its lesson).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from burgerschap.application.game import Game
from burgerschap.application.lessongame import (
    LessonGame,
    LessonUnavailable,
    resume_lesson_game,
    start_lesson_game,
)
from burgerschap.i18n import N_

if TYPE_CHECKING:
    from burgerschap.application.workspace import Workspace
    from burgerschap.classroom.store import GameRecord
    from burgerschap.scenario.engine import GameState
    from burgerschap.scenario.library import Entry
    from burgerschap.scenario.models import Scenario

__all__ = ["new_game", "play_again", "resume"]


def _started(
    workspace: Workspace, nickname: str, entry: Entry, scenario: Scenario, state: GameState
) -> Game:
    """A game of ``scenario`` from ``state``, recorded in the store (when it can be written)."""
    game_id = workspace.write(
        lambda s: s.start_game(
            nickname,
            scenario.id,
            scenario.version,
            entry.content_hash,
            state.model_dump(mode="json"),
        )
    )
    return Game(workspace.saver, entry, state, game_id)


def new_game(workspace: Workspace, entry: Entry) -> Game:
    """A fresh game of ``entry``; an unfinished game of the same scenario is given up."""
    from burgerschap.scenario.engine import Engine
    from burgerschap.scenario.models import Scenario

    scenario = entry.document
    assert isinstance(scenario, Scenario)
    state = Engine(scenario).new_game(seed=workspace.new_seed())
    for old in workspace.games(status="playing", scenario_id=scenario.id):
        workspace.abandon(old.id)
    return _started(workspace, workspace.nickname, entry, scenario, state)


def play_again(workspace: Workspace, game: Game) -> Game:
    """A new game of the same scenario, in the same place.

    Raises:
        LessonUnavailable: the game is a lesson's and that lesson closed (or the store failed).
    """
    if isinstance(game, LessonGame):
        return start_lesson_game(workspace, game.membership, game.lesson_entry.ref)
    return new_game(workspace, game.entry)


def resume(workspace: Workspace, record: GameRecord) -> tuple[Game | None, str | None]:
    """Pick up a saved game: the game, and a notice key when something changed.

    The same content hash resumes exactly. When the scenario changed since,
    the saved moves are replayed on the new version; when that is not
    possible the old game is given up and None is returned. A game saved by a
    newer program is neither played nor given up (``tui.resume.newer``).
    """
    from burgerschap.scenario.engine import Engine, GameState, ReplayError, StateTooNew
    from burgerschap.scenario.models import Scenario

    if record.lesson_code is not None:
        # A lesson's game goes on in the lesson's own copy, under its options.
        try:
            lesson_game = resume_lesson_game(workspace, record)
        except LessonUnavailable as exc:
            return None, exc.key or N_("tui.resume.in_use")
        return lesson_game, None if lesson_game is not None else N_("tui.resume.missing")
    if workspace.write(lambda s: s.claim_game(record.id)) is False:
        return None, N_("tui.resume.in_use")  # another window plays it now
    try:
        saved = GameState.model_validate(record.state)
    except StateTooNew:
        return None, N_("tui.resume.newer")
    except ValueError:
        saved = None
    entry = workspace.find(record.ref) or workspace.find(record.scenario_id)
    scenario = entry.document if entry is not None else None
    if entry is None or not isinstance(scenario, Scenario):
        workspace.abandon(record.id)
        return None, N_("tui.resume.missing")
    if saved is None:
        workspace.abandon(record.id)
        return None, N_("tui.resume.changed")
    if entry.content_hash == record.content_hash and saved.scenario == scenario.ref:
        return Game(workspace.saver, entry, saved, record.id), None
    engine = Engine(scenario)
    # The first answers stay, also those taken back: no second try on a new version.
    first = engine.new_game(seed=saved.seed).model_copy(update={"answers": saved.answers})
    try:
        outcomes = engine.play(first, saved.history)
    except ReplayError:
        workspace.abandon(record.id)
        return None, N_("tui.resume.changed")
    workspace.abandon(record.id)
    game = _started(workspace, record.nickname, entry, scenario, first)
    for outcome in outcomes:
        game.state = outcome.state
        game.save_move(outcome)
    return game, N_("tui.resume.updated")
