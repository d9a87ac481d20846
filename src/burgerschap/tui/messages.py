"""What screens and widgets ask the app to do: messages up.

A screen never calls the app to navigate or to change what the whole app
shows; it posts one of these messages (``self.post_message(GoHome())``),
which bubbles up to :class:`~burgerschap.tui.app.BurgerschapApp`, where one
handler each does the work. The app's handlers are its navigation methods,
so the served game changes what a message does by overriding the method.
Tests can watch these messages with ``run_test(message_hook=...)``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from burgerschap.application.editing import EditSession
    from burgerschap.application.game import Game
    from burgerschap.classroom.store import GameRecord
    from burgerschap.i18n import Language
    from burgerschap.scenario.library import Entry
    from burgerschap.scenario.quizround import QuizRound

__all__ = [
    "AskNickname",
    "CheckSaving",
    "GoHome",
    "JoinLesson",
    "LeaveTeacher",
    "LibraryChanged",
    "MakeOwnVersion",
    "NewScenario",
    "OpenEditor",
    "OpenEntry",
    "OpenGlossary",
    "OpenSettings",
    "OpenTeacher",
    "PlayAgain",
    "QuizFinished",
    "Resume",
    "ScoresShown",
    "ShowEnding",
    "ShowGame",
    "StartQuiz",
    "SwitchLanguage",
    "ToggleContrast",
]


class GoHome(Message):
    """Back to where games start (the home screen, or a lesson's), closing all above it."""


class OpenEntry(Message):
    """Open a library entry: play a scenario (resuming it), start a quiz, show the glossary."""

    def __init__(self, entry: Entry) -> None:
        super().__init__()
        self.entry = entry


class StartQuiz(Message):
    """A round of a quiz, after a choice of level when it has easier questions."""

    def __init__(self, entry: Entry) -> None:
        super().__init__()
        self.entry = entry


class Resume(Message):
    """Continue ``record``, or else the most recent unfinished game."""

    def __init__(self, record: GameRecord | None = None) -> None:
        super().__init__()
        self.record = record


class ShowGame(Message):
    """Play ``game`` (a lesson's, say) from its current move, or show its ending."""

    def __init__(self, game: Game) -> None:
        super().__init__()
        self.game = game


class ShowEnding(Message):
    """``game`` reached an ending: its results screen replaces the play screen."""

    def __init__(self, game: Game) -> None:
        super().__init__()
        self.game = game


class PlayAgain(Message):
    """Another game of the same scenario, in the same place."""

    def __init__(self, game: Game) -> None:
        super().__init__()
        self.game = game


class QuizFinished(Message):
    """The last question of ``round`` is answered: its results replace the quiz."""

    def __init__(self, round: QuizRound) -> None:
        super().__init__()
        self.round = round


class OpenGlossary(Message):
    """The glossary over the current screen."""


class JoinLesson(Message):
    """Join a lesson: a code and a nickname, then its scenarios."""


class OpenSettings(Message):
    """The settings screen."""


class AskNickname(Message):
    """Ask for the player's nickname (``first``: before anything else)."""

    def __init__(self, first: bool = False) -> None:
        super().__init__()
        self.first = first


class OpenTeacher(Message):
    """Teacher mode, after the PIN."""


class LeaveTeacher(Message):
    """Back to the student's screens; teacher mode needs the PIN again."""


class NewScenario(Message):
    """The editor on a new scenario from the template."""


class OpenEditor(Message):
    """The editor on ``session`` (after offering back work left unsaved last time)."""

    def __init__(self, session: EditSession) -> None:
        super().__init__()
        self.session = session


class MakeOwnVersion(Message):
    """Copy ``entry`` and open the editor on the copy."""

    def __init__(self, entry: Entry) -> None:
        super().__init__()
        self.entry = entry


class SwitchLanguage(Message):
    """Speak ``lang`` from now on, and keep it in the settings."""

    def __init__(self, lang: Language) -> None:
        super().__init__()
        self.lang = lang


class ToggleContrast(Message):
    """Switch between the default theme and high contrast, and keep it in the settings."""


class ScoresShown(Message):
    """The student showed or hid the score bars: later games start the same way."""

    def __init__(self, shown: bool) -> None:
        super().__init__()
        self.shown = shown


class CheckSaving(Message):
    """Something was just saved (or tried to be): say once when progress cannot be saved."""


class LibraryChanged(Message):
    """A scenario was saved into the library: scan it again, so every screen offers it."""
