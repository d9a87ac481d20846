"""The teacher's lesson screens through Textual's pilot, over lessons filled by the real engine.

- the hub's "Lessen" (behind the PIN), a new lesson from the library, its code;
- the live dashboard: who joined, where each student is, who finished, the
  class's results as bars, following new moves by polling; export and close;
- the debrief: per node the class's shares, the endings, and no names.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import DataTable, Input, SelectionList

from burgerschap.classroom.lessons import get_lesson, join, list_lessons
from burgerschap.classroom.progress import class_results, debrief, students
from burgerschap.classroom.simulate import play
from burgerschap.pin import hash_pin
from burgerschap.settings import Settings, save_settings
from burgerschap.tui.app import BurgerschapApp, make_app
from burgerschap.tui.screens.ask import ChoiceDialog
from burgerschap.tui.screens.dashboard import DashboardScreen, show_code
from burgerschap.tui.screens.debrief import DebriefScreen
from burgerschap.tui.screens.lesson_new import NewLessonScreen
from burgerschap.tui.screens.lessons import LessonsScreen
from burgerschap.tui.themes import HIGH_CONTRAST, VILLAGE
from burgerschap.tui.widgets.big_text import BigText
from burgerschap.tui.widgets.dimension_bars import DimensionBars
from burgerschap.tui.widgets.share_bars import ShareBars
from lesson_support import CLASSROOM, make_lesson, open_store, screen_text, text_of, wait_for

PIN = "2468"
REF = "proeftuin@1"

FINISHED = [f"Leerling{n}" for n in range(8)]
PLAYING = ["Bezig0", "Bezig1"]


def build(home: Path) -> BurgerschapApp:
    save_settings(Settings(nickname="Juf", pin_hash=hash_pin(PIN)), home / "settings.json")
    return make_app(
        home,
        folders=[(CLASSROOM, "builtin"), (home / "library", "user")],
        seed=3,
        blink=False,
    )


def fill(home: Path, code: str) -> None:
    """Eight finished games (random moves, fixed seeds), two in progress, one who only joined."""
    store = open_store(home)
    try:
        for n, name in enumerate(FINISHED):
            reflection = "Samen is beter" if n == 0 else None
            play(store, code, name, REF, seed=n, reflection=reflection)
        for n, name in enumerate(PLAYING):
            # The first choice 0 or 1 never ends the game; then stop.
            play(store, code, name, REF, picks=[n], steps=1)
        join(store, code, "Laatkomer")
    finally:
        store.close()


def dashboard(app: BurgerschapApp) -> DashboardScreen:
    assert isinstance(app.screen, DashboardScreen), app.screen
    return app.screen


async def test_the_hub_makes_a_lesson_and_shows_its_code(_isolated_home: Path) -> None:
    app = build(_isolated_home)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: app.library_ready, what="the library")
        app.open_teacher()  # what the home screen's "Docent" does
        await pilot.pause()
        await pilot.press(*PIN, "enter")
        await pilot.pause()
        await pilot.press("l")
        await pilot.pause()
        assert isinstance(app.screen, LessonsScreen)
        assert "nog geen lessen" in screen_text(pilot)
        await pilot.press("n")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, NewLessonScreen)
        await pilot.press("ctrl+s")  # nothing chosen yet
        assert "Kies minstens" in text_of(screen.query_one("#new-error"))
        screen.query_one("#new-title-input", Input).value = "3A woensdag"
        titles = [s.title for s in screen.scenarios]
        listing = screen.query_one("#new-scenarios", SelectionList)
        listing.select(titles.index("Het buurthuis"))
        listing.select(titles.index("De speeltuin gaat dicht"))
        await pilot.click("#new-show-scores")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, DashboardScreen), what="dashboard")
        board = dashboard(app)
        await wait_for(pilot, lambda: board.snapshot is not None, what="the first read")
        code = board.code
        assert board.query_one("#dash-code", BigText).text == show_code(code)
        assert f"Zet de code {show_code(code)} op het bord" in screen_text(pilot)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LessonsScreen)
        assert show_code(code) in screen_text(pilot)

    store = open_store(_isolated_home)
    try:
        [summary] = list_lessons(store)
        lesson = summary.lesson
        assert lesson.title == "3A woensdag" and lesson.is_open
        assert (lesson.allow_back, lesson.show_scores) == (True, True)
        assert [s.ref for s in lesson.scenarios] == ["proeftuin@1", "proefhuis@2"]
    finally:
        store.close()


async def test_dashboard_shows_the_lesson_and_follows_it_live(_isolated_home: Path) -> None:
    lesson = make_lesson(_isolated_home)
    fill(_isolated_home, lesson.code)
    app = build(_isolated_home)
    async with app.run_test(size=(100, 30)) as pilot:
        app.push_screen(DashboardScreen(lesson.code))
        board = dashboard(app)
        await wait_for(pilot, lambda: board.snapshot is not None, what="the first read")
        table = board.query_one("#dash-students", DataTable)
        rows = {str(key.value): [str(c) for c in table.get_row(key)] for key in table.rows}
        assert sorted(rows) == sorted([*FINISHED, *PLAYING, "Laatkomer"])
        assert rows["Laatkomer"][1:] == ["", "wacht"]
        for name in PLAYING:
            assert rows[name][1] == "2 · De inspraakavond" or rows[name][1] == "2 · De buren"
            assert rows[name][2] == "● bezig"
        store = open_store(_isolated_home)
        try:
            progress = {s.nickname: s for s in students(store, lesson.code)}
            for name in FINISHED:
                game = progress[name].latest
                assert game is not None
                assert rows[name][1:] == [game.ending_title, "✓ klaar"]
            # The bars are the class's mean on 0-100 per dimension.
            [result] = class_results(store, lesson.code)
            expected = [(d.label, round(d.mean_100 or 0)) for d in result.dimensions]
        finally:
            store.close()
        [bars] = board.query(DimensionBars)
        assert [(b.label, b.percent) for b in bars.bars] == expected
        assert "11 meegedaan · 2 bezig · 8 klaar" in screen_text(pilot)

        # Live: a student joins and finishes in another process (here: another connection).
        store = open_store(_isolated_home)
        try:
            play(store, lesson.code, "Nieuwkomer", REF, picks=[2])
        finally:
            store.close()
        await wait_for(
            pilot, lambda: "Nieuwkomer" in [str(k.value) for k in table.rows], what="the newcomer"
        )
        assert "12 meegedaan · 2 bezig · 9 klaar" in screen_text(pilot)

        # Enter on a student shows the reflection (the teacher's screen, not the board's).
        table.move_cursor(row=[str(k.value) for k in table.rows].index("Leerling0"))
        await pilot.press("enter")
        await pilot.pause()
        assert any(n.message == "Samen is beter" for n in app._notifications)

        # Export: three files in the data folder, the path shown.
        await pilot.press("x")
        await wait_for(pilot, lambda: bool(board.exported), what="the export")
        folder = _isolated_home / "exports"
        assert [p.parent for p in board.exported] == [folder] * 3
        assert str(folder) in text_of(board.query_one("#dash-status"))
        students_csv = board.exported[0].read_bytes()
        assert students_csv.startswith(b"\xef\xbb\xbf")
        reader = csv.DictReader(io.StringIO(students_csv.decode("utf-8-sig")), delimiter=";")
        by_name = {row["Bijnaam"]: row for row in reader}
        assert by_name["Nieuwkomer"]["Einde"] == "einde_stil"
        assert by_name["Leerling0"]["Reflectie"] == "Samen is beter"
        assert board.exported[2].suffix == ".json"

        # Closing asks first, then closes; the dashboard shows it.
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceDialog)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("s")
        await pilot.pause()
        await pilot.click("#answer-close")
        await wait_for(pilot, lambda: "[gesloten]" in screen_text(pilot), what="the closed lesson")
    store = open_store(_isolated_home)
    try:
        found = get_lesson(store, lesson.code)
        assert found is not None and not found.is_open
    finally:
        store.close()


async def test_a_teacher_gives_a_student_a_new_return_code(_isolated_home: Path) -> None:
    """Jip lost the code: the teacher picks Jip, confirms, and passes the new code on."""
    import re

    from burgerschap.classroom.errors import NicknameTaken

    lesson = make_lesson(_isolated_home)
    store = open_store(_isolated_home)
    try:
        join(store, lesson.code, "Noor")
        old = join(store, lesson.code, "Jip").return_code
    finally:
        store.close()
    app = build(_isolated_home)
    async with app.run_test(size=(100, 30)) as pilot:
        app.push_screen(DashboardScreen(lesson.code))
        board = dashboard(app)
        await wait_for(pilot, lambda: board.snapshot is not None, what="the first read")
        table = board.query_one("#dash-students", DataTable)
        table.move_cursor(row=[str(k.value) for k in table.rows].index("Jip"))
        await pilot.pause()
        # It asks first; Escape changes nothing.
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceDialog) and "Jip" in app.screen.title_text
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is board
        await pilot.press("c")
        await pilot.pause()
        await pilot.click("#answer-new")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ChoiceDialog) and "Jip" in dialog.text
        found = re.search(r"^\s+([A-Z0-9]{4})$", dialog.text, re.MULTILINE)
        assert found is not None
        new = found.group(1)
        await pilot.press("enter")
    store = open_store(_isolated_home)
    try:
        with pytest.raises(NicknameTaken):
            join(store, lesson.code, "Jip", return_code=old)
        assert join(store, lesson.code, "jip", return_code=new).rejoined
    finally:
        store.close()


async def test_debrief_steps_through_the_class_choices_without_names(
    _isolated_home: Path,
) -> None:
    lesson = make_lesson(_isolated_home)
    fill(_isolated_home, lesson.code)
    store = open_store(_isolated_home)
    try:
        expected = debrief(store, lesson.code, REF)
    finally:
        store.close()
    app = build(_isolated_home)
    async with app.run_test(size=(100, 30)) as pilot:
        app.push_screen(DashboardScreen(lesson.code))
        await wait_for(pilot, lambda: dashboard(app).snapshot is not None, what="dashboard")
        assert app.theme == VILLAGE.name
        await pilot.press("d")
        screen = app.screen
        assert isinstance(screen, DebriefScreen)
        await wait_for(pilot, lambda: screen.data is not None, what="the debrief")
        assert app.theme == HIGH_CONTRAST.name
        bars = screen.query_one("#debrief-bars", ShareBars)
        for page, node in enumerate(expected.nodes):
            assert screen.page == page
            shown = [(s.text, s.count, s.share) for s in bars.shares]
            assert shown == [(o.text, o.count, o.share) for o in node.options]
            text = screen_text(pilot)
            assert f"{page + 1} / {len(expected.nodes) + 1}" in text
            assert node.title is not None and node.title in text
            for name in [*FINISHED, *PLAYING, "Laatkomer"]:
                assert name not in text
            await pilot.press("right")
        # The last page: the spread of endings over the finished games.
        assert screen.page == len(expected.nodes)
        assert [(s.text, s.count) for s in bars.shares] == [
            (e.title, e.count) for e in expected.endings
        ]
        assert sum(s.count for s in bars.shares) == len(FINISHED)
        assert "8 spellen uitgespeeld." in screen_text(pilot)
        await pilot.press("right")  # no page after the last
        assert screen.page == len(expected.nodes)
        await pilot.press("left", "home")
        assert screen.page == 0
        # The question's right answer is marked.
        question = next(n for n in expected.nodes if n.kind == "question")
        await pilot.press(*["right"] * expected.nodes.index(question))
        assert [s.mark for s in bars.shares] == ["✓", "", ""]
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, DashboardScreen)
        assert app.theme == VILLAGE.name


async def test_debrief_switches_between_the_lessons_scenarios(_isolated_home: Path) -> None:
    lesson = make_lesson(_isolated_home, "proeftuin", "proefhuis")
    store = open_store(_isolated_home)
    try:
        play(store, lesson.code, "Ada", "proefhuis@2", picks=[0])
        play(store, lesson.code, "Bo", "proefhuis@2", picks=[1])
        play(store, lesson.code, "Cas", "proefhuis@2", picks=[0])
    finally:
        store.close()
    app = build(_isolated_home)
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(DebriefScreen(lesson.code))
        screen = app.screen
        assert isinstance(screen, DebriefScreen)
        await wait_for(pilot, lambda: screen.data is not None, what="the debrief")
        assert screen.data is not None and screen.data.ref == REF
        assert "Hier is (nog) niemand langs gekomen." in screen_text(pilot)
        await pilot.press("v")
        await wait_for(
            pilot,
            lambda: screen.data is not None and screen.data.ref == "proefhuis@2",
            what="the other scenario",
        )
        bars = screen.query_one("#debrief-bars", ShareBars)
        assert [(s.count, round(s.share * 100)) for s in bars.shares] == [(2, 67), (1, 33)]
        assert screen.query_one("#debrief-big", BigText).text == "67%"


async def test_lessons_list_deletes_after_asking(_isolated_home: Path) -> None:
    lesson = make_lesson(_isolated_home)
    fill(_isolated_home, lesson.code)
    app = build(_isolated_home)
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(LessonsScreen())
        await pilot.pause()
        assert show_code(lesson.code) in screen_text(pilot)
        await pilot.press("delete")
        await pilot.pause()
        dialog: Any = app.screen
        assert isinstance(dialog, ChoiceDialog)
        assert "11 leerlingen" in dialog.text
        await pilot.press("enter")  # the first, safe answer: keep it
        await pilot.pause()
        assert show_code(lesson.code) in screen_text(pilot)
        await pilot.press("delete")
        await pilot.pause()
        await pilot.click("#answer-delete")
        await pilot.pause()
        assert "nog geen lessen" in screen_text(pilot)
    store = open_store(_isolated_home)
    try:
        assert get_lesson(store, lesson.code) is None
        assert store.games(lesson_code=lesson.code) == []
    finally:
        store.close()
