"""What the command palette (ctrl+p) offers, in the game's language.

:func:`student_commands` are the main actions of the game (home, resume,
every scenario and quiz by name, the glossary, lessons, settings, nickname);
:func:`display_commands` are offered everywhere, in the browser too:
contrast, language, the keys panel and quit. The app decides which apply
(its ``get_system_commands``). A command posts the same message to the app
as the screen's key or menu item would (:mod:`burgerschap.tui.messages`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from textual.app import App, SystemCommand
from textual.message import Message
from textual.screen import Screen

from burgerschap.i18n import t
from burgerschap.tui import messages
from burgerschap.tui.host import host_of

if TYPE_CHECKING:
    from burgerschap.i18n import Language


def _post(app: App[Any], message: Message) -> Callable[[], object]:
    return lambda: app.post_message(message)


def student_commands(app: App[Any]) -> Iterable[SystemCommand]:
    """Home, resume, each scenario and quiz, the glossary, joining a lesson, settings, nickname."""
    from burgerschap.scenario.models import Scenario

    host = host_of(app)

    def tt(key: str, **params: Any) -> str:
        return t(key, host.lang, **params)

    yield SystemCommand(tt("tui.cmd.home"), tt("tui.cmd.home.help"), _post(app, messages.GoHome()))
    if host.workspace.resumable() is not None:
        yield SystemCommand(
            tt("tui.cmd.resume"), tt("tui.cmd.resume.help"), _post(app, messages.Resume())
        )
    for entry in host.workspace.scenarios():
        doc = entry.document
        assert isinstance(doc, Scenario)
        yield SystemCommand(
            tt("tui.cmd.play", title=doc.title),
            doc.summary or tt("tui.cmd.play.help"),
            _post(app, messages.OpenEntry(entry)),
        )
    for entry in host.workspace.quizzes():
        assert entry.document is not None
        yield SystemCommand(
            tt("tui.cmd.quiz", title=entry.document.title),
            tt("tui.cmd.quiz.help"),
            _post(app, messages.StartQuiz(entry)),
        )
    yield glossary_command(app)
    yield SystemCommand(
        tt("tui.cmd.lesson"), tt("tui.cmd.lesson.help"), _post(app, messages.JoinLesson())
    )
    yield SystemCommand(
        tt("tui.cmd.settings"), tt("tui.cmd.settings.help"), _post(app, messages.OpenSettings())
    )
    yield SystemCommand(
        tt("tui.cmd.nickname"), tt("tui.cmd.nickname.help"), _post(app, messages.AskNickname())
    )


def glossary_command(app: App[Any]) -> SystemCommand:
    """Open the glossary: the hard words of the stories and the quiz, explained."""
    lang = host_of(app).lang
    return SystemCommand(
        t("tui.cmd.glossary", lang),
        t("tui.cmd.glossary.help", lang),
        _post(app, messages.OpenGlossary()),
    )


def display_commands(app: App[Any], screen: Screen[Any]) -> Iterable[SystemCommand]:
    """Contrast, language, the keys panel and quit."""
    lang = host_of(app).lang

    def tt(key: str) -> str:
        return t(key, lang)

    yield SystemCommand(
        tt("tui.cmd.contrast"), tt("tui.cmd.contrast.help"), _post(app, messages.ToggleContrast())
    )
    other: Language = "en" if lang == "nl" else "nl"
    yield SystemCommand(
        tt("tui.cmd.language"),
        tt("tui.cmd.language.help"),
        _post(app, messages.SwitchLanguage(other)),
    )
    if screen.query("HelpPanel"):
        yield SystemCommand(
            tt("tui.cmd.keys.hide"), tt("tui.cmd.keys.help"), app.action_hide_help_panel
        )
    else:
        yield SystemCommand(tt("tui.cmd.keys"), tt("tui.cmd.keys.help"), app.action_show_help_panel)
    yield SystemCommand(tt("tui.cmd.quit"), tt("tui.cmd.quit.help"), app.exit)
