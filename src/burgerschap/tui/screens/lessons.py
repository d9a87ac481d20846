"""The teacher's lessons: every lesson with its code and counts; open, make, close or delete one.

Reached from the teacher hub ("Lessen", behind the PIN). Enter opens a
lesson's live dashboard; ``n`` makes a new lesson; closing stops new
students and new games; deleting removes the lesson and everything recorded
in it, after a question.
"""

from __future__ import annotations

import time
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.widgets import DataTable, Static

from burgerschap.classroom.lessons import LessonSummary, close_lesson, delete_lesson, list_lessons
from burgerschap.i18n import N_
from burgerschap.i18n.names import LESSON_STATUS
from burgerschap.tui.messages import CheckSaving
from burgerschap.tui.screens.base import GameScreen
from burgerschap.tui.screens.dashboard import DashboardScreen
from burgerschap.tui.screens.lesson_cells import cell, show_code
from burgerschap.tui.widgets.footer import GameFooter

COLUMNS = {
    "code": N_("tui.lessons.col.code"),
    "title": N_("tui.lessons.col.title"),
    "status": N_("tui.lessons.col.status"),
    "students": N_("tui.lessons.col.students"),
    "finished": N_("tui.lessons.col.finished"),
    "created": N_("tui.lessons.col.created"),
}


class LessonsScreen(GameScreen[None]):
    """All lessons, newest first."""

    CSS_PATH = "lessons.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "new", "tui.key.new_lesson", id="new-lesson"),
        Binding("enter", "open", "tui.key.open_lesson", id="open-lesson", priority=True),
        Binding("s", "close_lesson", "tui.key.close_lesson", id="close-lesson"),
        Binding("delete", "delete", "tui.key.delete_lesson", key_display="Del", id="delete"),
        Binding("escape", "back", "tui.key.leave", id="back"),
    ]
    """New lesson, open its dashboard, close it, delete it, back to the hub."""

    def __init__(self) -> None:
        super().__init__(id="lessons")
        self.summaries: list[LessonSummary] = []

    def compose(self) -> ComposeResult:
        yield Static(id="lessons-title")
        yield DataTable(id="lessons-table", cursor_type="row", zebra_stripes=True)
        yield Static(id="lessons-empty", classes="hint")
        yield GameFooter()

    def on_mount(self) -> None:
        self.retranslate()
        self.query_one("#lessons-table", DataTable).focus()

    def on_screen_resume(self) -> None:
        self.show_lessons()

    def retranslate(self) -> None:
        self.query_one("#lessons-title", Static).update(
            Content.assemble(
                (self.t("tui.lessons.title"), "bold $accent"),
                ("   " + self.t("tui.lessons.about"), "$text-muted"),
            )
        )
        table = self.query_one("#lessons-table", DataTable)
        table.clear(columns=True)
        for key in ("code", "title", "status", "students", "finished", "created"):
            table.add_column(self.t(COLUMNS[key]), key=key)
        self.show_lessons()

    def show_lessons(self) -> None:
        """Read the lessons again (a few small queries) and show them."""
        none: list[LessonSummary] = []
        self.summaries = self.host.workspace.read(list_lessons, none)
        table = self.query_one("#lessons-table", DataTable)
        current = table.cursor_row
        table.clear()
        for summary in self.summaries:
            lesson = summary.lesson
            status = self.t(LESSON_STATUS[lesson.status])
            table.add_row(
                cell(self, show_code(lesson.code), "bold"),
                cell(self, lesson.title),
                cell(self, status, "$success" if lesson.is_open else "$text-muted"),
                cell(self, str(summary.students)),
                cell(self, str(summary.finished)),
                cell(self, time.strftime("%d-%m-%Y %H:%M", time.localtime(lesson.created_at))),
                key=lesson.code,
            )
        if self.summaries:
            table.move_cursor(row=min(current, len(self.summaries) - 1))
        empty = self.query_one("#lessons-empty", Static)
        empty.display = not self.summaries
        empty.update(self.t("tui.lessons.none"))
        self.refresh_bindings()

    @property
    def selected(self) -> LessonSummary | None:
        table = self.query_one("#lessons-table", DataTable)
        if not self.summaries or table.cursor_row < 0:
            return None
        return self.summaries[min(table.cursor_row, len(self.summaries) - 1)]

    # Actions ----------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("open", "delete"):
            return self.selected is not None
        if action == "close_lesson":
            selected = self.selected
            return selected is not None and selected.lesson.is_open
        return True

    @on(DataTable.RowHighlighted, "#lessons-table")
    def _highlighted(self) -> None:
        self.refresh_bindings()

    def action_new(self) -> None:
        from burgerschap.tui.screens.lesson_new import NewLessonScreen

        self.app.push_screen(NewLessonScreen())

    def action_open(self) -> None:
        selected = self.selected
        if selected is not None:
            self.app.push_screen(DashboardScreen(selected.lesson.code))

    def action_close_lesson(self) -> None:
        from burgerschap.tui.screens.ask import ChoiceDialog

        selected = self.selected
        if selected is None:
            return
        code = selected.lesson.code

        def answered(answer: str | None) -> None:
            if answer == "close":
                self.host.workspace.write(lambda s: close_lesson(s, code))
                self.post_message(CheckSaving())
                self.show_lessons()

        self.app.push_screen(
            ChoiceDialog(
                self.t("tui.dash.close.title", code=show_code(code)),
                self.t("tui.dash.close.text"),
                [("keep", self.t("tui.dash.close.keep")), ("close", self.t("tui.dash.close.yes"))],
            ),
            answered,
        )

    def action_delete(self) -> None:
        from burgerschap.tui.screens.ask import ChoiceDialog

        selected = self.selected
        if selected is None:
            return
        lesson = selected.lesson

        def answered(answer: str | None) -> None:
            if answer != "delete":
                return
            deleted = self.host.workspace.write(lambda s: delete_lesson(s, lesson.code))
            self.post_message(CheckSaving())
            if deleted is not None:
                self.notify(
                    self.t(
                        "tui.lessons.deleted",
                        code=show_code(lesson.code),
                        students=self.tn("count.students", deleted.students),
                        games=self.tn("count.games", deleted.games),
                    )
                )
            self.show_lessons()

        self.app.push_screen(
            ChoiceDialog(
                self.t("tui.lessons.delete.title", code=show_code(lesson.code)),
                self.t(
                    "tui.lessons.delete.text",
                    title=lesson.title,
                    students=self.tn("count.students", selected.students),
                    games=self.tn("count.games", selected.games),
                ),
                [
                    ("keep", self.t("tui.lessons.delete.keep")),
                    ("delete", self.t("tui.lessons.delete.yes")),
                ],
            ),
            answered,
        )

    def action_back(self) -> None:
        self.dismiss(None)
