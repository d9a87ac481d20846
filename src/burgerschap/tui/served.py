"""The game in the browser (``burgerschap play --served``): student mode only.

``burgerschap serve`` starts one of these per browser tab, on the teacher's
computer. What a student can do there is exactly: join a lesson, play its
scenarios (looking words up in the glossary), write the reflection. So the
served app:

- starts on the join screen, not the home screen: no library (only the
  built-in glossary is read), no quiz, no "eigen versie", no teacher mode or
  editor (nothing opens the PIN dialog);
- shows no file or folder paths (the settings dialog, which names the data
  folder, is not offered; a saving problem is told without the path);
- keeps language and contrast for this tab only: the settings file on the
  teacher's computer is never read nor written, so one student's choice is
  not the next one's, and the teacher's nickname and PIN hash stay out of it.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path, PurePath
from typing import Any, ClassVar

from textual.app import SystemCommand
from textual.screen import Screen

from burgerschap.application.workspace import Locations, Workspace
from burgerschap.i18n import Language
from burgerschap.paths import builtin_dir
from burgerschap.settings import Settings
from burgerschap.tui.app import BurgerschapApp

JOIN_CODE_ENV = "BURGERSCHAP_JOIN_CODE"
"""Set by ``burgerschap serve`` for a page opened as ``/?code=KMN-P47``."""
BROWSER_TOKEN_ENV = "BURGERSCHAP_BROWSER_TOKEN"
"""Set by ``burgerschap serve``: the token the student's browser keeps (see
:mod:`burgerschap.classroom.identity`)."""


class ServedApp(BurgerschapApp):
    """The student's game for one browser tab."""

    served: ClassVar[bool] = True
    CSS_PATH: ClassVar[list[str | PurePath]] = [*BurgerschapApp.CSS_PATH, "screens/lessons.tcss"]
    """The join screen is the first screen, built as Textual's default screen, whose own
    CSS_PATH Textual does not load: its styles come with the app's."""

    join_code: str = ""
    """A lesson code from the page's address (``/?code=...``), filled in on the join screen."""

    def get_default_screen(self) -> Screen[Any]:
        """One mode: the join screen and the games played from it."""
        from burgerschap.tui.screens.lesson_join import LessonJoinScreen

        return LessonJoinScreen(code=self.join_code)

    def on_mount(self) -> None:
        """No nickname dialog and no teacher mode: the join screen asks for what it needs."""
        self.keep_claims()

    def on_ready(self) -> None:
        """No library scan: a lesson carries its own copy of each scenario."""

    def check_saving(self) -> None:
        workspace = self.workspace
        if workspace.problem is not None and not workspace.problem_shown:
            workspace.problem_shown = True
            if workspace.problem_in_use:
                self.notify(workspace.problem, severity="warning", timeout=12)
                return
            self.notify(
                self.t("tui.served.not_saved"),
                title=self.t("tui.save.failed.title"),
                severity="warning",
                timeout=12,
            )

    def open_settings(self) -> None:
        """Not in the browser: the dialog shows the teacher's data folder."""

    def ask_nickname(self, first: bool = False) -> None:
        """Not in the browser: the nickname is the one given when joining."""

    def open_teacher(self, *, exit_on_cancel: bool = False) -> None:
        """Never in the browser: a student's tab has no teacher mode."""

    def join_lesson(self) -> None:
        """Already there: the join screen is the base of the served game."""
        self.go_home()

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """What a student in the browser may do: the lesson, the glossary, language, contrast,
        keys, quit."""
        tt = self.t
        yield SystemCommand(
            tt("tui.served.cmd.lesson"), tt("tui.served.cmd.lesson.help"), self.go_home
        )
        from burgerschap.tui.palette import display_commands, glossary_command

        yield glossary_command(self)
        yield from display_commands(self, screen)


def make_served_app(
    home: Path | None = None,
    *,
    lang: Language = "nl",
    seed: int | None = None,
    blink: bool = False,
    browser_token: str | None = None,
) -> ServedApp:
    """Build the game for one browser tab.

    Args:
        home: The data folder (default: ``BURGERSCHAP_HOME`` or the user data folder);
            only its database is used.
        lang: The language the server was started with.
        seed: Fix every random draw, for tests.
        blink: Let text cursors blink. Off by default: in the browser every blink is a
            frame sent over the network, twice a second for each student.
        browser_token: The token the browser keeps (by default from ``BROWSER_TOKEN_ENV``): a
            student who joined a lesson from this browser comes back without their return code.
    """
    # No library, but the built-in glossary: students in the browser look words up too.
    locations = Locations.create(home, folders=[], glossary_folders=[(builtin_dir(), "builtin")])
    workspace = Workspace(
        locations,
        lang=lang,
        seed=seed,
        settings=Settings(language=lang),
        browser_token=browser_token or os.environ.get(BROWSER_TOKEN_ENV) or None,
    )
    app = ServedApp(workspace, blink=blink)
    app.join_code = os.environ.get(JOIN_CODE_ENV, "")[:20]
    return app
