"""Styles stay where they belong: a screen's stylesheet styles that screen only.

Textual applies a screen's CSS to the whole app once the screen has been
shown. An unscoped ``.field-label`` rule in the lessons' stylesheet put every
label of the editor one row below its field after a visit to "Lessen"
(issue 16). So every rule in a screen's ``.tcss`` starts with the type of a
screen that loads it; shared rules live once in ``tui/app.tcss``; a widget's
own rules in its ``DEFAULT_CSS``.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.screen import Screen

import burgerschap.tui.screens as screens_package
from burgerschap.application.playing import new_game
from burgerschap.scenario.models import QuestionNode, Quiz, Scenario
from burgerschap.scenario.quizround import QuizRound
from burgerschap.scenario.serialize import to_data
from burgerschap.tui.app import BurgerschapApp
from burgerschap.tui.widgets.fields import FieldLabel, FieldMixin
from burgerschap.tui.widgets.node_list import NodeList
from conftest import TUI_LIBRARY
from editor_support import LIBRARY, build, library_ready, open_in_editor, settle
from lesson_support import make_lesson

SCREENS = Path(screens_package.__file__).parent
LOADED_BY_APP = {"home.tcss": {"HomeScreen"}}
"""Stylesheets the app loads for a screen (the first screen's CSS loads with the app's)."""


def screens_by_stylesheet() -> dict[str, set[str]]:
    """Each stylesheet in ``tui/screens`` and the names of the screens that load it."""
    found: dict[str, set[str]] = {name: set(names) for name, names in LOADED_BY_APP.items()}
    for module_info in pkgutil.iter_modules([str(SCREENS)]):
        module = importlib.import_module(f"burgerschap.tui.screens.{module_info.name}")
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if not issubclass(cls, Screen) or cls.__module__ != module.__name__:
                continue
            paths = cls.__dict__.get("CSS_PATH")
            for path in [paths] if isinstance(paths, str | Path) else paths or []:
                found.setdefault(Path(path).name, set()).add(cls.__name__)
    return found


def rules(text: str) -> list[tuple[int, str]]:
    """Every selector of every rule in a stylesheet, with its line (no nested rules)."""
    text = re.sub(r"/\*.*?\*/", lambda m: "\n" * m.group().count("\n"), text, flags=re.S)
    blocks = list(re.finditer(r"([^{}]+)\{[^{}]*\}", text))
    assert text.count("{") == len(blocks), "nested rules: teach this test to read them"
    out: list[tuple[int, str]] = []
    for block in blocks:
        line = text.count("\n", 0, block.start(1) + len(block.group(1)) - 1) + 1
        out += [(line, s.strip()) for s in block.group(1).split(",") if s.strip()]
    return out


def screen_of(selector: str) -> str:
    """The type a selector starts with, after an ``App`` with a state (``App:nocolor``)."""
    parts = selector.replace(">", " ").split()
    types = [re.match(r"[A-Za-z_][\w-]*", part) for part in parts]
    names = [m.group() if m else "" for m in types]
    if names and names[0] == "App" and len(names) > 1:
        return names[1]
    return names[0] if names else ""


@pytest.mark.parametrize("sheet", sorted(p.name for p in SCREENS.glob("*.tcss")))
def test_every_rule_of_a_screen_stylesheet_is_scoped_to_its_screens(sheet: str) -> None:
    owners = screens_by_stylesheet().get(sheet)
    assert owners, f"{sheet}: no screen loads it"
    loose = [
        f"{sheet}:{line}: {selector}"
        for line, selector in rules((SCREENS / sheet).read_text("utf-8"))
        if screen_of(selector) not in owners
    ]
    assert not loose, f"not scoped under {sorted(owners)}:\n" + "\n".join(loose)


TUI = SCREENS.parent


def test_every_stylesheet_is_the_apps_or_a_screens() -> None:
    """A stylesheet elsewhere (beside a widget, say) would escape the scoping test above."""
    sheets = {p.relative_to(TUI).as_posix() for p in TUI.rglob("*.tcss")}
    assert sheets == {"app.tcss"} | {f"screens/{p.name}" for p in SCREENS.glob("*.tcss")}
    assert "app.tcss" in [str(p) for p in BurgerschapApp.CSS_PATH]


def tui_classes() -> list[type[Any]]:
    """Every class defined in a module of ``burgerschap.tui``."""
    import burgerschap.tui as tui_package

    found: list[type[Any]] = []
    for info in pkgutil.walk_packages(tui_package.__path__, "burgerschap.tui."):
        module = importlib.import_module(info.name)
        found += [
            cls
            for _, cls in inspect.getmembers(module, inspect.isclass)
            if cls.__module__ == module.__name__
        ]
    return found


def test_inline_styles_are_scoped_to_their_widget_or_screen() -> None:
    """``DEFAULT_CSS`` (and a screen's ``CSS``) apply under the class's own type, as
    Textual scopes them, unless a class turns that off: none may."""
    from textual.app import App
    from textual.dom import DOMNode

    classes = [c for c in tui_classes() if issubclass(c, DOMNode)]
    assert any("DEFAULT_CSS" in c.__dict__ for c in classes)  # the widgets were found
    unscoped = [c.__name__ for c in classes if c.__dict__.get("SCOPED_CSS", True) is not True]
    assert unscoped == []
    # The app's own rules are in app.tcss, where the test below reads them.
    inline = [c.__name__ for c in classes if issubclass(c, App) and c.__dict__.get("CSS")]
    assert inline == []


def test_the_shared_stylesheet_holds_no_screens_rules() -> None:
    """A rule for one screen goes in that screen's stylesheet, not in app.tcss."""
    screen_names = {name for names in screens_by_stylesheet().values() for name in names}
    screen_names |= {c.__name__ for c in tui_classes() if issubclass(c, Screen)}
    app_sheet = TUI / "app.tcss"
    misplaced = [
        f"app.tcss:{line}: {selector}"
        for line, selector in rules(app_sheet.read_text("utf-8"))
        if set(re.findall(r"(?<![.#\w-])[A-Za-z_]\w*", selector)) & screen_names
    ]
    assert misplaced == []


def test_the_shared_stylesheet_says_each_rule_once() -> None:
    app_sheet = Path(screens_package.__file__).parent.parent / "app.tcss"
    selectors = [s for _, s in rules(app_sheet.read_text("utf-8"))]
    assert len(selectors) == len(set(selectors))
    assert ".dialog-error" in selectors  # shared by the dialogs of every part


# The editor looks the same after every other screen was shown -------------------------


def editor_layout(app: BurgerschapApp) -> list[tuple[str, str, tuple[int, int, int, int]]]:
    """Where each label and field of the node's form stands."""
    form = app.screen.query_one("#node-form")
    out = []
    for widget in form.query("*"):
        if isinstance(widget, FieldLabel | FieldMixin):
            name = str(getattr(widget, "path", "")) or str(widget.render())
            out.append((type(widget).__name__, name, tuple(widget.region)))
    return out


async def look_at_editor(pilot: Pilot[Any]) -> list[tuple[str, str, tuple[int, int, int, int]]]:
    screen = await open_in_editor(pilot)
    screen.query_one(NodeList).select_node("vraag_raad")  # a question: labels of every kind
    await settle(pilot)
    layout = editor_layout(screen.app)
    await pilot.press("escape")
    await settle(pilot)
    return layout


async def visit(pilot: Pilot[Any], screen: Screen[Any]) -> None:
    """Show ``screen`` (which loads its styles into the app) and close it again."""
    pilot.app.push_screen(screen)
    for _ in range(3):  # not settle(): the dashboard watches its lesson until it closes
        await pilot.pause()
    assert pilot.app.screen is screen
    pilot.app.pop_screen()
    for _ in range(3):
        await pilot.pause()


async def test_the_editor_looks_the_same_after_every_other_screen(_isolated_home: Path) -> None:
    from burgerschap.tui.screens.ask import AskDialog, ChoiceDialog
    from burgerschap.tui.screens.dashboard import DashboardScreen
    from burgerschap.tui.screens.debrief import DebriefScreen
    from burgerschap.tui.screens.diff import DiffScreen
    from burgerschap.tui.screens.ending import EndingScreen
    from burgerschap.tui.screens.glossary import GlossaryScreen
    from burgerschap.tui.screens.lesson_join import LessonJoinScreen
    from burgerschap.tui.screens.lesson_new import NewLessonScreen
    from burgerschap.tui.screens.lessons import LessonsScreen
    from burgerschap.tui.screens.library import LibraryScreen
    from burgerschap.tui.screens.nickname import NicknameDialog
    from burgerschap.tui.screens.pin import PinDialog
    from burgerschap.tui.screens.play import PlayScreen
    from burgerschap.tui.screens.quiz import QuizScreen
    from burgerschap.tui.screens.quiz_level import QuizLevelDialog
    from burgerschap.tui.screens.quiz_results import QuizResultsScreen
    from burgerschap.tui.screens.settings import SettingsScreen
    from burgerschap.tui.screens.teacher_hub import TeacherHubScreen
    from burgerschap.tui.screens.tryout import TryoutDialog

    lesson = make_lesson(_isolated_home)
    folders = [(LIBRARY, "builtin"), (TUI_LIBRARY, "builtin"), (_isolated_home / "library", "user")]
    app = build(_isolated_home, folders=folders)
    async with app.run_test(size=(120, 36)) as pilot:
        await library_ready(pilot)
        before = await look_at_editor(pilot)
        assert before

        bankje = app.workspace.find("bankje")
        quiz_entry = next(e for e in app.workspace.library.valid() if isinstance(e.document, Quiz))  # type: ignore[union-attr]
        assert bankje is not None and isinstance(bankje.document, Scenario)
        quiz = quiz_entry.document
        assert isinstance(quiz, Quiz)
        data = to_data(bankje.document)
        playing = new_game(app.workspace, bankje)
        game = new_game(app.workspace, bankje)
        for _ in range(20):  # played to an ending, for the ending screen
            if game.finished:
                break
            if isinstance(game.engine.node(game.state), QuestionNode):
                game.answer(0)
            else:
                game.choose(0)
        assert game.finished
        shown: list[Screen[Any]] = [
            TeacherHubScreen(),
            LibraryScreen(),
            PinDialog(setting=False),
            DiffScreen([("bankje@1", data), ("bankje@1", data)], 0, 1),
            TryoutDialog(bankje.document, "begin"),
            AskDialog("?", "?"),
            ChoiceDialog("?", "?", [("ok", "OK")]),
            LessonsScreen(),
            NewLessonScreen(),
            LessonJoinScreen(),
            DashboardScreen(lesson.code),
            DebriefScreen(lesson.code),
            SettingsScreen(),
            NicknameDialog("Sam"),
            QuizLevelDialog(quiz),
            QuizScreen(QuizRound(quiz, 7)),
            QuizResultsScreen(QuizRound(quiz, 7)),
            PlayScreen(playing),
            EndingScreen(game),
            GlossaryScreen(app.workspace.glossary()),
        ]
        for screen in shown:
            await visit(pilot, screen)
        assert {type(s).__name__ for s in shown} | {"HomeScreen", "EditorScreen"} >= {
            name for names in screens_by_stylesheet().values() for name in names
        } - {"TryoutPlayScreen", "TryoutEndingScreen"}

        after = await look_at_editor(pilot)
        assert after == before
