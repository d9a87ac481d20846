"""The Burgerschap app: the student game in the terminal.

:func:`make_app` builds the app from a data folder, library folders and a
seed, so the command line, the tests and the snapshots all build the same
thing. The app owns the :class:`~burgerschap.application.workspace.Workspace`
and moves between screens when they ask (:mod:`burgerschap.tui.navigation`);
the screens do the showing and the domain (:mod:`burgerschap.scenario`) does
the playing. This module adds start-up, the themes and the command palette.

Startup stays light: the library is scanned in a worker thread after the
home screen is up, and screens other than home are imported when first used.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Sequence
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any, ClassVar

from textual import events, work
from textual.app import SystemCommand
from textual.binding import Binding, BindingType
from textual.command import CommandPalette
from textual.notifications import SeverityLevel
from textual.screen import Screen

from burgerschap.application.workspace import Locations, Workspace
from burgerschap.i18n import Language
from burgerschap.scenario.plaintext import plain_text
from burgerschap.tui import messages
from burgerschap.tui.navigation import NavigatingApp
from burgerschap.tui.screens.home import HomeScreen
from burgerschap.tui.themes import THEMES

if TYPE_CHECKING:
    from burgerschap.scenario.library import Source


class BurgerschapApp(NavigatingApp):
    """Home, play, results, quiz and settings, over one workspace."""

    CSS_PATH: ClassVar[list[str | PurePath]] = ["app.tcss", "screens/home.tcss"]
    """The first screen's styles load with the app's: it is built as Textual's default
    screen (see :meth:`get_default_screen`), whose own CSS_PATH Textual never loads."""
    TITLE = "Burgerschap"
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
        super().__init__(workspace, open_ref=open_ref, blink=blink)
        self.teacher = teacher
        """Start in teacher mode (``burgerschap teacher``): the PIN first, no nickname."""
        for theme in THEMES.values():
            self.register_theme(theme)
        # Not ``self.theme = ...``: its watcher re-parses every stylesheet twice, which
        # before the first frame only costs start-up time. Nothing is styled yet, so
        # handing the stylesheet the theme's variables is all the switch needs.
        name = THEMES[workspace.settings.theme].name
        self.set_reactive(BurgerschapApp.theme, name)
        self.set_class(True, f"-theme-{name}", update=False)  # as the watcher would
        self.stylesheet.set_variables(self.get_css_variables())

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

    # Theme ------------------------------------------------------------

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

    def on_toggle_contrast(self, _: messages.ToggleContrast) -> None:
        self.toggle_contrast()

    def on_library_changed(self, _: messages.LibraryChanged) -> None:
        self.load_library()

    def on_unmount(self) -> None:
        self.workspace.close()


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
