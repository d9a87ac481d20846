"""The app's half that moves between screens: it handles the messages screens post.

Screens ask (:mod:`burgerschap.tui.messages`); :class:`NavigatingApp`
answers with one handler per message, each calling the navigation method of
the same name (which the served game overrides where a browser tab differs).
The state screens read (:class:`~burgerschap.tui.host.Host`) lives here too:
the workspace, the language as a reactive, whether the library is loaded.
:class:`~burgerschap.tui.app.BurgerschapApp` adds start-up, themes and the
command palette.
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING, Any, ClassVar

from textual.app import App
from textual.reactive import reactive

from burgerschap.i18n import Language, t
from burgerschap.tui import messages
from burgerschap.tui.host import Host, Recoverable

if TYPE_CHECKING:
    from burgerschap.application.game import Game
    from burgerschap.application.workspace import Workspace
    from burgerschap.classroom.store import GameRecord
    from burgerschap.scenario.library import Entry
    from burgerschap.scenario.quizround import QuizRound
    from burgerschap.tui.screens.home import HomeScreen


class NavigatingApp(App[None]):
    """The state screens read, and the answers to the messages they post."""

    served: ClassVar[bool] = False
    """True in the browser (``play --served``): student mode only, see ``tui.served``."""

    lang: reactive[Language] = reactive[Language]("nl", init=False)
    """The language the game speaks. Screens watch it and retranslate themselves."""

    def __init__(self, workspace: Workspace, *, open_ref: str | None, blink: bool) -> None:
        super().__init__()
        self.workspace = workspace
        self.open_ref = open_ref
        """A scenario or quiz to open as soon as the library is loaded."""
        self.blink = blink
        """Whether text cursors blink (off in tests, for stable screenshots)."""
        self.library_ready = False
        self.show_scores = True
        """Whether the play screen shows the score bars (toggled with a key)."""
        self.editors: weakref.WeakSet[Recoverable] = weakref.WeakSet()
        """The open editors (in any mode), whose work is kept if the app stops on an error."""
        self.set_reactive(NavigatingApp.lang, workspace.lang)

    def watch_lang(self, lang: Language) -> None:
        self.workspace.lang = lang  # before the screens' watchers: they may ask it

    def t(self, key: str, **params: Any) -> str:
        """``key`` in the game's language."""
        return t(key, self.lang, **params)

    @property
    def home(self) -> HomeScreen | None:
        from burgerschap.tui.screens.home import HomeScreen

        for screen in self.screen_stack:
            if isinstance(screen, HomeScreen):
                return screen
        return None

    # Saving -----------------------------------------------------------

    def check_saving(self) -> None:
        """Say once that progress cannot be saved, when that became so."""
        workspace = self.workspace
        if workspace.problem is not None and not workspace.problem_shown:
            workspace.problem_shown = True
            if workspace.problem_in_use:  # another window plays this game on: say just that
                self.notify(workspace.problem, severity="warning", timeout=12)
                return
            self.notify(
                self.t("tui.save.failed", folder=str(workspace.locations.home)),
                title=self.t("tui.save.failed.title"),
                severity="warning",
                timeout=12,
            )

    def switch_language(self, lang: Language) -> None:
        """Speak ``lang`` from now on, and keep it in the settings."""
        self.workspace.settings.language = lang
        self.workspace.save_settings()
        self.lang = lang
        self.check_saving()

    # Navigation -------------------------------------------------------

    def go_home(self) -> None:
        """Back to where games start (the home screen, or a lesson's), closing all above it."""
        while len(self.screen_stack) > 1 and not getattr(self.screen, "game_base", False):
            self.pop_screen()

    def open_entry(self, entry: Entry) -> None:
        """Play a scenario (resuming an unfinished game of it), start a quiz, show the glossary."""
        from burgerschap.scenario.models import Glossary, Quiz, Scenario

        doc = entry.document
        if isinstance(doc, Quiz):
            self.start_quiz(entry)
        elif isinstance(doc, Glossary):
            self.open_glossary()
        elif isinstance(doc, Scenario):
            playing = self.workspace.progress(entry).playing
            if playing is not None:
                self.resume(playing)
            else:
                self.play_new(entry)

    def _open_requested(self) -> None:
        ref, self.open_ref = self.open_ref, None
        entry = self.workspace.find(ref) if ref else None
        if entry is None:
            self.notify(self.t("tui.open.unknown", ref=ref), severity="error")
            return
        self.open_entry(entry)

    def play_new(self, entry: Entry) -> None:
        from burgerschap.application.playing import new_game

        game = new_game(self.workspace, entry)
        self.check_saving()
        self.show_game(game)

    def play_again(self, game: Game) -> None:
        """Another game of the same scenario, in the same place (a lesson's game stays in it)."""
        from burgerschap.application.lessongame import LessonUnavailable
        from burgerschap.application.playing import play_again

        try:
            again = play_again(self.workspace, game)
        except LessonUnavailable as exc:
            self.notify(str(exc), severity="warning")
            return
        self.check_saving()
        self.show_game(again)

    def resume(self, record: GameRecord | None = None) -> None:
        """Continue the most recent unfinished game (or ``record``)."""
        record = record or self.workspace.resumable()
        if record is None:
            self.notify(self.t("tui.resume.none"))
            return
        from burgerschap.application.playing import resume

        game, notice = resume(self.workspace, record)
        if notice is not None:
            self.notify(self.t(notice), severity="warning" if game is None else "information")
        self.check_saving()
        if game is not None:
            self.show_game(game)
        elif self.home is not None:
            self.home.show_library()

    def show_game(self, game: Game) -> None:
        self.go_home()
        if game.finished:
            game.finish_if_ended()
            self.show_ending(game, replace=False)
            return
        from burgerschap.tui.screens.play import PlayScreen

        self.push_screen(PlayScreen(game))

    def show_ending(self, game: Game, *, replace: bool = True) -> None:
        from burgerschap.tui.screens.ending import EndingScreen

        if replace:
            self.switch_screen(EndingScreen(game))
        else:
            self.push_screen(EndingScreen(game))

    def start_quiz(self, entry: Entry) -> None:
        """A round of the quiz; first a choice of level when the quiz has easier questions."""
        from burgerschap.scenario.models import Quiz
        from burgerschap.scenario.quizdraw import levels
        from burgerschap.scenario.quizround import QuizRound
        from burgerschap.tui.screens.quiz import QuizScreen
        from burgerschap.tui.screens.quiz_level import ALL, QuizLevelDialog, level_of

        quiz = entry.document
        assert isinstance(quiz, Quiz)
        self.go_home()

        def start(answer: str | None) -> None:
            if answer is not None:
                niveau = level_of(answer)
                self.push_screen(QuizScreen(QuizRound(quiz, self.workspace.new_seed(), niveau)))

        if levels(quiz):
            self.push_screen(QuizLevelDialog(quiz), start)
        else:
            start(ALL)

    def show_quiz_results(self, round: QuizRound) -> None:
        from burgerschap.tui.screens.quiz_results import QuizResultsScreen

        self.switch_screen(QuizResultsScreen(round))

    def open_glossary(self) -> None:
        """The glossary over the current screen; Escape returns to exactly where the student was."""
        from burgerschap.tui.screens.glossary import GlossaryScreen

        if not isinstance(self.screen, GlossaryScreen):
            self.push_screen(GlossaryScreen(self.workspace.glossary()))

    def join_lesson(self) -> None:
        """Join a lesson ("Meedoen met een les"): a code and a nickname, then its scenarios."""
        from burgerschap.tui.screens.lesson_join import LessonJoinScreen

        self.push_screen(LessonJoinScreen())

    def open_teacher(self, *, exit_on_cancel: bool = False) -> None:
        """Teacher mode, after the PIN; its hub offers "Lessen"."""
        from burgerschap.tui.authoring import open_teacher, register_lessons

        register_lessons(_lessons_screen)
        open_teacher(self, exit_on_cancel=exit_on_cancel)

    def leave_teacher(self) -> None:
        """Back to the student's screens; teacher mode needs the PIN again."""
        from burgerschap.tui.authoring import leave_teacher

        leave_teacher(self)
        if self.home is not None and self.library_ready:
            self.home.show_library()
        if not self.workspace.nickname:
            self.ask_nickname(first=True)

    def open_settings(self) -> None:
        from burgerschap.tui.screens.settings import SettingsScreen

        self.push_screen(SettingsScreen())

    def ask_nickname(self, first: bool = False) -> None:
        from burgerschap.tui.screens.nickname import NicknameDialog

        def chosen(name: str | None) -> None:
            if name:
                self.workspace.set_nickname(name)
                self.check_saving()
            if self.home is not None:
                self.home.show_player()
                self.home.show_library()
            if self.open_ref and self.library_ready and self.workspace.nickname:
                self._open_requested()

        self.push_screen(NicknameDialog(self.workspace.nickname, first=first), chosen)

    # The messages screens post ----------------------------------------

    def on_go_home(self, _: messages.GoHome) -> None:
        self.go_home()

    def on_open_entry(self, message: messages.OpenEntry) -> None:
        self.open_entry(message.entry)

    def on_start_quiz(self, message: messages.StartQuiz) -> None:
        self.start_quiz(message.entry)

    def on_resume(self, message: messages.Resume) -> None:
        self.resume(message.record)

    def on_show_game(self, message: messages.ShowGame) -> None:
        self.show_game(message.game)

    def on_show_ending(self, message: messages.ShowEnding) -> None:
        self.show_ending(message.game)

    def on_play_again(self, message: messages.PlayAgain) -> None:
        self.play_again(message.game)

    def on_quiz_finished(self, message: messages.QuizFinished) -> None:
        self.show_quiz_results(message.round)

    def on_open_glossary(self, _: messages.OpenGlossary) -> None:
        self.open_glossary()

    def on_join_lesson(self, _: messages.JoinLesson) -> None:
        self.join_lesson()

    def on_open_settings(self, _: messages.OpenSettings) -> None:
        self.open_settings()

    def on_ask_nickname(self, message: messages.AskNickname) -> None:
        self.ask_nickname(first=message.first)

    def on_open_teacher(self, _: messages.OpenTeacher) -> None:
        self.open_teacher()

    def on_leave_teacher(self, _: messages.LeaveTeacher) -> None:
        self.leave_teacher()

    def on_new_scenario(self, _: messages.NewScenario) -> None:
        from burgerschap.tui.authoring import new_session, open_editor

        open_editor(self, new_session(self))

    def on_open_editor(self, message: messages.OpenEditor) -> None:
        from burgerschap.tui.authoring import open_editor

        open_editor(self, message.session)

    def on_make_own_version(self, message: messages.MakeOwnVersion) -> None:
        from burgerschap.tui.authoring import make_own_version

        make_own_version(self, message.entry)

    def on_switch_language(self, message: messages.SwitchLanguage) -> None:
        self.switch_language(message.lang)

    def on_scores_shown(self, message: messages.ScoresShown) -> None:
        self.show_scores = message.shown

    def on_check_saving(self, _: messages.CheckSaving) -> None:
        self.check_saving()


def _lessons_screen() -> Any:
    """The teacher hub's "Lessen" (imported when the teacher opens it)."""
    from burgerschap.tui.screens.lessons import LessonsScreen

    return LessonsScreen()


def _satisfies_host(app: NavigatingApp) -> Host:
    """Checked by mypy: the app hands down everything :class:`Host` promises."""
    return app
