"""The Burgerschap app: the student game in the terminal.

:func:`make_app` builds the app from a data folder, library folders and a
seed, so the command line, the tests and the snapshots all build the same
thing. The app itself only navigates between screens and owns the
:class:`~burgerschap.application.workspace.Workspace`; the screens do the showing and the
domain (:mod:`burgerschap.scenario`) does the playing.

Startup stays light: the library is scanned in a worker thread after the
home screen is up, and screens other than home are imported when first used.
"""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterable, Sequence
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any, ClassVar

from textual import events, work
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.command import CommandPalette
from textual.notifications import SeverityLevel
from textual.screen import Screen

from burgerschap.application.workspace import Locations, Workspace
from burgerschap.i18n import Language, t
from burgerschap.scenario.plaintext import plain_text
from burgerschap.tui.screens.home import HomeScreen
from burgerschap.tui.text import localize_bindings
from burgerschap.tui.themes import THEMES

if TYPE_CHECKING:
    from burgerschap.application.game import Game
    from burgerschap.classroom.store import GameRecord
    from burgerschap.scenario.library import Entry, Source
    from burgerschap.tui.screens.editor_base import EditorBase


class BurgerschapApp(App[None]):
    """Home, play, results, quiz and settings, over one workspace."""

    CSS_PATH: ClassVar[list[str | PurePath]] = ["app.tcss", "screens/home.tcss"]
    """The first screen's styles load with the app's: it is built as Textual's default
    screen (see :meth:`get_default_screen`), whose own CSS_PATH Textual never loads."""
    TITLE = "Burgerschap"
    served: ClassVar[bool] = False
    """True in the browser (``play --served``): student mode only, see ``tui.served``."""
    DEFAULT_MODE = "student"
    """The student's screens stack on the home screen (teacher modes can sit beside it)."""
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+q", "quit", "tui.key.quit", priority=True, id="quit"),
    ]
    """Quit from anywhere; progress is already saved."""

    def __init__(
        self,
        workspace: Workspace,
        *,
        open_ref: str | None = None,
        blink: bool = True,
        teacher: bool = False,
    ):
        super().__init__()
        self.teacher = teacher
        """Start in teacher mode (``burgerschap teacher``): the PIN first, no nickname."""
        self.workspace = workspace
        self.open_ref = open_ref
        """A scenario or quiz to open as soon as the library is loaded."""
        self.blink = blink
        """Whether text cursors blink (off in tests, for stable screenshots)."""
        self.library_ready = False
        self.show_scores = True
        """Whether the play screen shows the score bars (toggled with a key)."""
        self.editors: weakref.WeakSet[EditorBase] = weakref.WeakSet()
        """The open editors (in any mode), whose work is kept if the app stops on an error."""
        for theme in THEMES.values():
            self.register_theme(theme)
        # Not ``self.theme = ...``: its watcher re-parses every stylesheet twice, which
        # before the first frame only costs start-up time. Nothing is styled yet, so
        # handing the stylesheet the theme's variables is all the switch needs.
        name = THEMES[workspace.settings.theme].name
        self.set_reactive(BurgerschapApp.theme, name)
        self.set_class(True, f"-theme-{name}", update=False)  # as the watcher would
        self.stylesheet.set_variables(self.get_css_variables())
        localize_bindings(self, self.lang)

    def get_default_screen(self) -> Screen[Any]:
        """The student's first screen.

        Built as Textual's default screen rather than declared in ``MODES``: a
        mode's first screen makes Textual re-parse every stylesheet before the
        first frame. Teacher mode names the student's mode when it needs to
        switch back (:func:`burgerschap.tui.authoring.enter_teacher`).
        """
        return HomeScreen()

    # Text from outside --------------------------------------------------

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = False,
    ) -> None:
        """A notification, always as plain text: messages quote reflections, file names
        and errors, and Textual would read ``[...]`` in them as markup (``markup`` is
        ignored; see ``docs/plain-text.md``)."""
        super().notify(
            plain_text(message),
            title=plain_text(title),
            severity=severity,
            timeout=timeout,
            markup=False,
        )

    def _handle_exception(self, error: Exception) -> None:
        """An error nothing else caught ends the app (Textual's way); first every open
        editor keeps its unsaved work on disk, to be offered back at the next start."""
        for editor in list(self.editors):
            try:
                editor.keep_recovery()
            except Exception as also:  # reported with the error that ends the app
                error.add_note(f"keeping the editor's work failed too: {also!r}")
        super()._handle_exception(error)

    async def on_event(self, event: events.Event) -> None:
        # Pasted text goes into fields (nickname, reflection, the editor's texts):
        # without control characters, whatever the clipboard held.
        if isinstance(event, events.Paste):
            event.text = plain_text(event.text)
        await super().on_event(event)

    # Language ---------------------------------------------------------

    @property
    def lang(self) -> Language:
        return self.workspace.lang

    def t(self, key: str, **params: Any) -> str:
        """``key`` in the game's language."""
        return t(key, self.lang, **params)

    def set_language(self, lang: Language) -> None:
        """Speak ``lang`` from now on: bindings, screens and commands."""
        self.workspace.lang = lang
        localize_bindings(self, lang)
        for screen in self.screen_stack:
            relocalize = getattr(screen, "relocalize", None)
            if relocalize is not None:
                relocalize()
        self.refresh_bindings()

    def set_theme_setting(self, name: str) -> None:
        theme = THEMES.get(name)  # type: ignore[call-overload]
        if theme is not None:
            self.theme = theme.name

    # Startup ----------------------------------------------------------

    def on_mount(self) -> None:
        if self.teacher:
            self.open_teacher(exit_on_cancel=True)
        elif not self.workspace.nickname:
            self.ask_nickname(first=True)

    def keep_claims(self) -> None:
        """Tell the lesson store now and then that this game still runs, so that no other
        window takes over the student or the game it plays (classroom.claims)."""
        from burgerschap.classroom.claims import HEARTBEAT_SECONDS

        self.set_interval(HEARTBEAT_SECONDS, self.workspace.heartbeat, name="claims")

    def on_ready(self) -> None:
        # After the first frame: the scan would otherwise compete with it for the GIL.
        if not gc.isenabled():
            # Paused for the start-up (launch/play.py). What the start made (modules,
            # classes, this screen) stays for good: frozen, later collections (during
            # the scan, in play) need not scan it again. The start's few garbage cycles
            # (some 900 objects) stay too; collecting them would cost some 11 ms.
            gc.freeze()
            gc.enable()
        # Its first beat is due in 20 s; importing classroom.claims (hashlib, secrets)
        # before the first frame only cost start-up time.
        self.keep_claims()
        self.load_library()

    @work(thread=True, exclusive=True, group="library")
    def load_library(self) -> None:
        """Scan the library away from the event loop; the home screen fills in after."""
        self.workspace.load_library()
        self.call_from_thread(self._library_loaded)
        # Then, still away from the event loop, the score ranges the home
        # screen's stars and the play screen's bars will ask for.
        self.workspace.warm_ranges()

    def _library_loaded(self) -> None:
        self.library_ready = True
        home = self.home
        if home is not None:
            home.show_library()
        if self.open_ref and self.workspace.nickname:
            self._open_requested()
        self.check_saving()

    def _open_requested(self) -> None:
        ref, self.open_ref = self.open_ref, None
        entry = self.workspace.find(ref) if ref else None
        if entry is None:
            self.notify(self.t("tui.open.unknown", ref=ref), severity="error")
            return
        self.open_entry(entry)

    @property
    def home(self) -> HomeScreen | None:
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

    # Command palette --------------------------------------------------

    def action_command_palette(self) -> None:
        open_already = any(isinstance(s, CommandPalette) for s in self.screen_stack)
        if self.use_command_palette and not open_already:
            self.push_screen(
                CommandPalette(
                    placeholder=self.t("tui.palette.placeholder"), id="--command-palette"
                )
            )

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """The main actions, in the game's language (see :mod:`burgerschap.tui.palette`)."""
        from burgerschap.tui.palette import display_commands, student_commands

        yield from student_commands(self)
        yield from display_commands(self, screen)

    def toggle_contrast(self) -> None:
        settings = self.workspace.settings
        settings.theme = "default" if settings.theme == "high-contrast" else "high-contrast"
        self.set_theme_setting(settings.theme)
        self.workspace.save_settings()
        self.check_saving()

    def switch_language(self, lang: Language) -> None:
        self.workspace.settings.language = lang
        self.workspace.save_settings()
        self.set_language(lang)
        self.check_saving()

    def on_unmount(self) -> None:
        self.workspace.close()


def _lessons_screen() -> Screen[Any]:
    """The teacher hub's "Lessen" (imported when the teacher opens it)."""
    from burgerschap.tui.screens.lessons import LessonsScreen

    return LessonsScreen()


def make_app(
    home: Path | None = None,
    *,
    folders: Sequence[tuple[Path, Source]] | None = None,
    seed: int | None = None,
    open_ref: str | None = None,
    files: Sequence[Path] = (),
    lang: Language | None = None,
    blink: bool = True,
    teacher: bool = False,
) -> BurgerschapApp:
    """Build the game.

    Args:
        home: The data folder (default: ``BURGERSCHAP_HOME`` or the user data folder).
        folders: Library folders (default: the built-in scenarios and the user's own).
        seed: Fix every random draw (option order, quiz questions) for tests.
        open_ref: A scenario or quiz id (or ``id@version``) to open straight away.
        files: Files to add to the library for this run (``burgerschap play PATH``).
        lang: Speak this language for this run, whatever the settings say.
        blink: Let text cursors blink (switch off for screenshots).
        teacher: Open teacher mode (after the PIN) instead of the student's home.

    Returns:
        The app, ready for ``run()`` or ``run_test()``.
    """
    workspace = Workspace(Locations.create(home, folders, files), lang=lang, seed=seed)
    return BurgerschapApp(workspace, open_ref=open_ref, blink=blink, teacher=teacher)
