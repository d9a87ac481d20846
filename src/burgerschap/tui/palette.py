"""What the command palette (ctrl+p) offers, in the game's language.

:func:`student_commands` are the main actions of the game (home, resume,
every scenario and quiz by name, the glossary, lessons, settings, nickname);
:func:`display_commands` are offered everywhere, in the browser too:
contrast, language, the keys panel and quit. The app decides which apply
(:meth:`burgerschap.tui.app.BurgerschapApp.get_system_commands`).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial
from typing import TYPE_CHECKING, Any

from textual.app import SystemCommand
from textual.screen import Screen

if TYPE_CHECKING:
    from burgerschap.i18n import Language
    from burgerschap.tui.app import BurgerschapApp


def student_commands(app: BurgerschapApp) -> Iterable[SystemCommand]:
    """Home, resume, each scenario and quiz, the glossary, joining a lesson, settings, nickname."""
    from burgerschap.scenario.models import Scenario

    tt = app.t
    yield SystemCommand(tt("tui.cmd.home"), tt("tui.cmd.home.help"), app.go_home)
    if app.workspace.resumable() is not None:
        yield SystemCommand(tt("tui.cmd.resume"), tt("tui.cmd.resume.help"), app.resume)
    for entry in app.workspace.scenarios():
        doc = entry.document
        assert isinstance(doc, Scenario)
        yield SystemCommand(
            tt("tui.cmd.play", title=doc.title),
            doc.summary or tt("tui.cmd.play.help"),
            partial(app.open_entry, entry),
        )
    for entry in app.workspace.quizzes():
        assert entry.document is not None
        yield SystemCommand(
            tt("tui.cmd.quiz", title=entry.document.title),
            tt("tui.cmd.quiz.help"),
            partial(app.start_quiz, entry),
        )
    yield glossary_command(app)
    yield SystemCommand(tt("tui.cmd.lesson"), tt("tui.cmd.lesson.help"), app.join_lesson)
    yield SystemCommand(tt("tui.cmd.settings"), tt("tui.cmd.settings.help"), app.open_settings)
    yield SystemCommand(tt("tui.cmd.nickname"), tt("tui.cmd.nickname.help"), app.ask_nickname)


def glossary_command(app: BurgerschapApp) -> SystemCommand:
    """Open the glossary: the hard words of the stories and the quiz, explained."""
    return SystemCommand(
        app.t("tui.cmd.glossary"), app.t("tui.cmd.glossary.help"), app.open_glossary
    )


def display_commands(app: BurgerschapApp, screen: Screen[Any]) -> Iterable[SystemCommand]:
    """Contrast, language, the keys panel and quit."""
    tt = app.t
    yield SystemCommand(tt("tui.cmd.contrast"), tt("tui.cmd.contrast.help"), app.toggle_contrast)
    other: Language = "en" if app.lang == "nl" else "nl"
    yield SystemCommand(
        tt("tui.cmd.language"),
        tt("tui.cmd.language.help"),
        partial(app.switch_language, other),
    )
    if screen.query("HelpPanel"):
        yield SystemCommand(
            tt("tui.cmd.keys.hide"), tt("tui.cmd.keys.help"), app.action_hide_help_panel
        )
    else:
        yield SystemCommand(tt("tui.cmd.keys"), tt("tui.cmd.keys.help"), app.action_show_help_panel)
    yield SystemCommand(tt("tui.cmd.quit"), tt("tui.cmd.quit.help"), app.exit)
