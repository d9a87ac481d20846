"""A student in a class lesson: joining with a code, and games of the lesson's own copy.

No interface code here (nothing imports textual), like :mod:`burgerschap.application.workspace`.

- :func:`join_lesson` checks the code and the nickname (the classroom's own
  rules, :func:`burgerschap.classroom.nicknames.clean_nickname`) and joins,
  with this browser's token and, for a student who comes back on another
  computer, their return code; :func:`leave_lesson` lets the student go.
- :class:`LessonGame` is a :class:`~burgerschap.application.game.Game` of the
  scenario version the lesson stored, recorded under the lesson, with the
  lesson's options enforced: going back only when the lesson and the scenario
  allow it, scores while playing only when the teacher chose so.
- :func:`start_lesson_game` starts one; :func:`resume_lesson_game` picks up an
  unfinished one (after a closed browser tab or a crash).

A lesson game saves through the workspace's :class:`~burgerschap.application.game.GameSaver`
and does not hold the workspace; another game of the same lesson is started
by :func:`start_lesson_game` (:func:`burgerschap.application.playing.play_again`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from burgerschap.application.game import Game
from burgerschap.application.workspace import Workspace
from burgerschap.i18n import N_

if TYPE_CHECKING:
    from burgerschap.application.game import GameSaver
    from burgerschap.classroom.lessons import Lesson, LessonScenario, Membership
    from burgerschap.classroom.store import GameRecord
    from burgerschap.scenario.engine import GameState


class LessonUnavailable(Exception):
    """Why a lesson cannot be joined or played, already in the student's language."""

    def __init__(self, message: str, *, needs_code: bool = False, key: str | None = None) -> None:
        super().__init__(message)
        self.needs_code = needs_code
        """The nickname joined before: the student who comes back types their return code."""
        self.key = key
        """The message's key, when a caller words it itself (a notice on the home screen)."""


@dataclass(frozen=True)
class ScenarioStatus:
    """One scenario of the lesson as the student sees it in the lesson's list."""

    entry: LessonScenario
    playing: GameRecord | None
    """The student's unfinished game of it, if any."""
    finished: int
    last_ending: str | None
    """The title of the ending of the student's latest finished game."""


def join_lesson(
    workspace: Workspace, code: str, nickname: str, return_code: str | None = None
) -> Membership:
    """Join lesson ``code`` as ``nickname`` (from this browser, with ``return_code`` if typed).

    Raises:
        LessonUnavailable: with the reason in the game's language (unknown
            code, closed lesson, a nickname that may not be used or is taken,
            no database).
    """
    from burgerschap.classroom.errors import ClassroomError, NicknameTaken
    from burgerschap.classroom.lessons import join

    store = workspace.store
    if store is None:
        raise LessonUnavailable(_no_store(workspace))
    token = workspace.browser_token
    try:
        membership = workspace.write(
            lambda s: join(s, code, nickname, token=token, return_code=return_code)
        )
    except ClassroomError as exc:
        needs_code = isinstance(exc, NicknameTaken)
        raise LessonUnavailable(exc.message(workspace.lang), needs_code=needs_code) from exc
    if membership is None:
        raise LessonUnavailable(_no_store(workspace))
    return membership


def leave_lesson(workspace: Workspace, membership: Membership) -> None:
    """The student leaves the lesson in this window: another window may join as them now."""
    from burgerschap.classroom.lessons import leave

    if workspace.saving:
        workspace.write(lambda s: leave(s, membership.lesson.code, membership.nickname))


def scenario_statuses(workspace: Workspace, membership: Membership) -> list[ScenarioStatus]:
    """Each scenario of the lesson with this student's progress in it."""
    lesson = membership.lesson
    none: list[GameRecord] = []
    games = workspace.read(
        lambda s: s.games(nickname=membership.nickname, lesson_code=lesson.code), none
    )
    found = []
    for entry in lesson.scenarios:
        mine = [g for g in games if g.ref == entry.ref]
        playing = next((g for g in mine if g.status == "playing"), None)
        finished = [g for g in mine if g.status == "finished"]
        last = finished[0].ending if finished else None
        found.append(
            ScenarioStatus(entry, playing, len(finished), _ending_title(entry, last) or last)
        )
    return found


def start_lesson_game(workspace: Workspace, membership: Membership, ref: str) -> LessonGame:
    """A new game of the lesson's version ``ref``; an unfinished one of it is given up.

    Raises:
        LessonUnavailable: the lesson closed, or the store cannot be written.
    """
    from burgerschap.classroom.errors import ClassroomError
    from burgerschap.classroom.lessons import require_lesson, start_game

    code = membership.lesson.code
    none: list[GameRecord] = []
    playing = workspace.read(
        lambda s: s.games(nickname=membership.nickname, lesson_code=code, status="playing"), none
    )
    for old in playing:
        if old.ref == ref or old.scenario_id == ref:
            workspace.abandon(old.id)
    try:
        started = workspace.write(
            lambda s: (
                require_lesson(s, code),
                start_game(s, code, membership.nickname, ref, workspace.new_seed()),
            )
        )
    except ClassroomError as exc:
        raise LessonUnavailable(exc.message(workspace.lang)) from exc
    if started is None:
        raise LessonUnavailable(_no_store(workspace))
    lesson, (game_id, state, _engine) = started
    entry = lesson.scenario(ref)
    assert entry is not None
    return LessonGame(workspace.saver, lesson, entry, membership.nickname, state, game_id)


def resume_lesson_game(workspace: Workspace, record: GameRecord) -> LessonGame | None:
    """The unfinished lesson game ``record``, exactly where it was; None when it cannot be.

    A game whose lesson was deleted, or whose saved state no longer fits the
    lesson's copy, is given up (it cannot be played on any other version).

    Raises:
        LessonUnavailable: another window plays this game now, or a newer
            program saved it (it stays as it is, for that program to open).
    """
    from burgerschap.classroom.lessons import get_lesson
    from burgerschap.i18n import t
    from burgerschap.scenario.engine import GameState, StateTooNew

    if workspace.write(lambda s: s.claim_game(record.id)) is False:
        key = N_("tui.resume.in_use")
        raise LessonUnavailable(t(key, workspace.lang), key=key)
    code = record.lesson_code
    lesson = workspace.read(lambda s: get_lesson(s, code), None) if code else None
    entry = lesson.scenario(record.ref) if lesson is not None else None
    scenario = entry.scenario if entry is not None else None
    if lesson is None or entry is None or scenario is None:
        workspace.abandon(record.id)
        return None
    try:
        state = GameState.model_validate(record.state)
    except StateTooNew as exc:
        key = N_("tui.resume.newer")
        raise LessonUnavailable(t(key, workspace.lang), key=key) from exc
    except ValueError:
        workspace.abandon(record.id)
        return None
    if state.scenario != scenario.ref or state.node not in scenario.nodes:
        workspace.abandon(record.id)
        return None
    return LessonGame(workspace.saver, lesson, entry, record.nickname, state, record.id)


class LessonGame(Game):
    """A game of a lesson: the lesson's stored copy of the scenario, under its options."""

    def __init__(
        self,
        saver: GameSaver | None,
        lesson: Lesson,
        entry: LessonScenario,
        nickname: str,
        state: GameState,
        game_id: str | None,
    ) -> None:
        from burgerschap.scenario.library import Entry
        from burgerschap.scenario.loader import Inspection

        scenario = entry.scenario
        assert scenario is not None
        # The copy lives in the database, not in a file; the path only names it.
        library_entry = Entry(
            Path(f"lesson-{lesson.code}"), "builtin", Inspection(entry.ref, scenario)
        )
        super().__init__(saver, library_entry, state, game_id)
        self.lesson = lesson
        self.lesson_entry = entry
        self.nickname = nickname
        self.scores_visible = lesson.show_scores

    @property
    def content_hash(self) -> str:
        # The hash stored with the lesson: the copy is the lesson's, whatever the library holds.
        return self.lesson_entry.content_hash

    @property
    def can_go_back(self) -> bool:
        return self.lesson.allows_back(self.scenario) and bool(self.state.history)

    def back(self) -> None:
        if self.can_go_back:
            super().back()

    @property
    def membership(self) -> Membership:
        """The student in the lesson, as when they joined (to start another game of it)."""
        from burgerschap.classroom.lessons import Membership

        return Membership(self.lesson, self.nickname, rejoined=True)


def _ending_title(entry: LessonScenario, node_id: str | None) -> str | None:
    from burgerschap.scenario.models import EndingNode

    scenario = entry.scenario
    node = scenario.nodes.get(node_id or "") if scenario is not None else None
    return node.ending.title if isinstance(node, EndingNode) else None


def _no_store(workspace: Workspace) -> str:
    from burgerschap.i18n import t

    return t("tui.lesson.no_store", workspace.lang)
