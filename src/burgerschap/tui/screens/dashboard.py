"""The teacher's live view of a lesson: who joined, where each student is, the class's results.

At the top the join code, large enough to copy from the board, with the
lesson's title and counts. Below, a row per student (nickname, scenario,
where they are now, how many steps, finished with which ending) and beside
it the class's results per dimension as bars: the mean of the finished
games on 0-100. Everything follows the lesson live (:mod:`burgerschap.tui.lessonwatch`).

From here: the debrief for the projector, an export to the data folder, a
new return code for the selected student (one who lost theirs), and closing
the lesson.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import DataTable, Static

from burgerschap.classroom.lessons import Lesson, close_lesson, require_lesson, reset_student
from burgerschap.classroom.progress import (
    GameProgress,
    ScenarioResults,
    StudentProgress,
    class_results,
    students,
)
from burgerschap.classroom.store import Store
from burgerschap.i18n import N_
from burgerschap.i18n.names import LESSON_STATUS
from burgerschap.scenario.plaintext import plain_text
from burgerschap.tui.lessonwatch import Watch, watch_lesson
from burgerschap.tui.messages import CheckSaving
from burgerschap.tui.screens.base import GameScreen
from burgerschap.tui.screens.lesson_cells import cell, show_code
from burgerschap.tui.text import plain
from burgerschap.tui.widgets.big_text import BigText
from burgerschap.tui.widgets.dimension_bars import Bar, DimensionBars
from burgerschap.tui.widgets.footer import GameFooter

COLUMNS = {
    "nickname": N_("tui.dash.col.nickname"),
    "scenario": N_("tui.dash.col.scenario"),
    "where": N_("tui.dash.col.where"),
    "status": N_("tui.dash.col.status"),
}


@dataclass(frozen=True)
class Snapshot:
    """The lesson as last read."""

    lesson: Lesson
    students: list[StudentProgress]
    results: list[ScenarioResults]


def read_snapshot(store: Store, code: str) -> Snapshot:
    return Snapshot(require_lesson(store, code), students(store, code), class_results(store, code))


class DashboardScreen(GameScreen[None]):
    """One lesson, live."""

    CSS_PATH = "lessons.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("d", "debrief", "tui.key.debrief", id="debrief"),
        Binding("b", "board", "tui.key.board", id="board"),
        Binding("x", "export", "tui.key.export", id="export"),
        Binding("c", "new_code", "tui.key.new_code", id="new-code"),
        Binding("s", "close_lesson", "tui.key.close_lesson", id="close-lesson"),
        Binding("escape", "back", "tui.key.leave", id="back"),
    ]
    """Debrief on the projector, the join link and QR code on the board, export, a new
    return code, close the lesson, back to the lessons."""

    def __init__(self, code: str) -> None:
        super().__init__(id="dashboard")
        self.code = code
        self.snapshot: Snapshot | None = None
        self.exported: list[Path] = []
        self._watch: Watch | None = None
        self._columns: tuple[str, ...] = ()

    def compose(self) -> ComposeResult:
        with Horizontal(id="dash-banner"):
            with Vertical(id="dash-about"):
                yield Static(id="dash-title")
                yield Static(id="dash-counts")
                yield Static(id="dash-join", classes="hint")
            yield BigText(show_code(self.code), id="dash-code")
        with Horizontal(id="dash-body"):
            with Vertical(id="dash-students-pane"):
                yield DataTable(id="dash-students", cursor_type="row", zebra_stripes=True)
                yield Static(id="dash-empty", classes="hint")
            with VerticalScroll(id="dash-results", can_focus=False):
                yield Static(id="dash-results-title", classes="panel-title")
                yield Vertical(id="dash-results-list")
        yield Static(id="dash-status", classes="hint")
        yield GameFooter()

    def on_mount(self) -> None:
        self.retranslate()
        self.query_one("#dash-students", DataTable).focus()
        workspace = self.host.workspace
        self._watch, _worker = watch_lesson(
            self,
            workspace.locations.database,
            self.code,
            lambda store: read_snapshot(store, self.code),
            self.show_snapshot,
            self._failed,
        )

    def retranslate(self) -> None:
        self._columns = ()  # headers in the new language with the next rows
        self.query_one("#dash-results-title", Static).update(self.t("tui.dash.results"))
        self.query_one("#dash-join", Static).update(self.t("tui.dash.join_how"))
        if self.snapshot is not None:
            self.show_snapshot(self.snapshot)
        self._show_status()

    # Showing ----------------------------------------------------------

    def show_snapshot(self, snapshot: Snapshot) -> None:
        self.snapshot = snapshot
        lesson = snapshot.lesson
        playing = sum(1 for s in snapshot.students if s.latest and s.latest.status == "playing")
        finished = sum(1 for s in snapshot.students if s.finished)
        status = self.t(LESSON_STATUS[lesson.status])
        self.query_one("#dash-title", Static).update(
            Content.assemble(
                (plain_text(lesson.title), "bold $accent"),
                "  ",
                (f"[{status}]", "bold $success" if lesson.is_open else "bold $error"),
                ("  " + self.t("tui.dash.code", code=show_code(lesson.code)), "$text-muted"),
            )
        )
        self.query_one("#dash-counts", Static).update(
            self.t(
                "tui.dash.counts",
                joined=len(snapshot.students),
                playing=playing,
                finished=finished,
            )
        )
        self._show_students(snapshot)
        self._show_results(snapshot)
        self.refresh_bindings()

    def _show_students(self, snapshot: Snapshot) -> None:
        table = self.query_one("#dash-students", DataTable)
        current = table.cursor_row
        table.clear()
        several = len(snapshot.lesson.scenarios) > 1
        columns = ("nickname", *(("scenario",) if several else ()), "where", "status")
        if columns != self._columns:
            self._columns = columns
            table.clear(columns=True)
            for key in columns:
                table.add_column(self.t(COLUMNS[key]), key=key)
        for student in snapshot.students:
            game = student.latest
            table.add_row(
                *self._cells(snapshot, student, game),
                key=student.nickname,
            )
        if snapshot.students:
            table.move_cursor(row=min(current, len(snapshot.students) - 1))
        empty = self.query_one("#dash-empty", Static)
        empty.display = not snapshot.students
        empty.update(self.t("tui.dash.nobody", code=show_code(snapshot.lesson.code)))

    def _cells(
        self, snapshot: Snapshot, student: StudentProgress, game: GameProgress | None
    ) -> list[Text]:
        cells = [cell(self, student.nickname, "bold")]
        if "scenario" in self._columns:
            cells.append(cell(self, self._scenario_title(snapshot.lesson, game)))
        cells += [cell(self, self._where(game)), self._status(student, game)]
        return cells

    def _scenario_title(self, lesson: Lesson, game: GameProgress | None) -> str:
        if game is None:
            return ""
        entry = lesson.scenario(game.ref)
        return entry.title if entry is not None else game.ref

    def _where(self, game: GameProgress | None) -> str:
        """The ending reached, or the step and the node the student is at now."""
        if game is None:
            return ""
        if game.finished:
            return game.ending_title or game.node
        return f"{game.steps + 1} · {game.node_title or game.node}"

    def _status(self, student: StudentProgress, game: GameProgress | None) -> Text:
        if game is None:
            return cell(self, self.t("tui.dash.status.joined"), "$text-muted")
        if game.finished:
            done = sum(1 for g in student.games if g.finished)
            text = self.t("tui.dash.status.finished")
            if done > 1:
                text += f" ×{done}"
            return cell(self, "✓ " + text, "bold $success")
        if game.status == "playing":
            return cell(self, "● " + self.t("tui.dash.status.playing"), "bold $warning")
        return cell(self, self.t("tui.dash.status.stopped"), "$text-muted")

    def _show_results(self, snapshot: Snapshot) -> None:
        holder = self.query_one("#dash-results-list", Vertical)
        widgets: list[Static | DimensionBars] = []
        for result in snapshot.results:
            widgets.append(
                Static(
                    Content.assemble(
                        (plain_text(result.title), "bold"),
                        "\n",
                        (self.t("tui.dash.finished", count=result.finished), "$text-muted"),
                    ),
                    classes="dash-result-title",
                )
            )
            bars = tuple(
                Bar(d.label, round(d.mean_100)) for d in result.dimensions if d.mean_100 is not None
            )
            if bars:
                chart = DimensionBars(classes="dash-bars")
                chart.set_reactive(DimensionBars.bars, bars)
                widgets.append(chart)
            else:
                widgets.append(Static(self.t("tui.dash.no_results"), classes="hint"))
        holder.remove_children()
        holder.mount_all(widgets)

    def _show_status(self) -> None:
        status = self.query_one("#dash-status", Static)
        if self.exported:
            folder = self.exported[0].parent
            names = ", ".join(p.name for p in self.exported)
            status.update(plain(self.t("tui.dash.exported", folder=str(folder), files=names)))
        else:
            status.update("")
        status.display = bool(self.exported)

    def _failed(self, reason: str) -> None:
        self.notify(reason, severity="error", timeout=10)

    # Actions ----------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "close_lesson":
            return self.snapshot is not None and self.snapshot.lesson.is_open
        if action in ("debrief", "export"):
            return self.snapshot is not None
        if action == "new_code":
            return self.selected_student() is not None
        return True

    def action_debrief(self) -> None:
        from burgerschap.tui.screens.debrief import DebriefScreen

        self.app.push_screen(DebriefScreen(self.code))

    def action_board(self) -> None:
        from burgerschap.tui.screens.board import BoardScreen

        self.app.push_screen(BoardScreen(self.code))

    def action_export(self) -> None:
        self._export()

    @work(thread=True, exclusive=True, group="export", exit_on_error=False)
    def _export(self) -> None:
        from burgerschap.classroom.exportfiles import export_lesson

        workspace = self.host.workspace
        try:
            folder = workspace.locations.home / "exports"
            store = Store(workspace.locations.database)
            try:
                paths = export_lesson(store, self.code, folder, self.lang)
            finally:
                store.close()
        except Exception as exc:  # a full disk, a locked folder: tell, do not crash
            self.app.call_from_thread(self._export_failed, str(exc) or type(exc).__name__)
            return
        self.app.call_from_thread(self._exported, paths)

    def _exported(self, paths: list[Path]) -> None:
        self.exported = paths
        self._show_status()
        self.notify(
            self.t("tui.dash.exported.short", folder=str(paths[0].parent), count=len(paths)),
            timeout=5,
        )

    def _export_failed(self, reason: str) -> None:
        self.notify(self.t("tui.dash.export_failed", reason=reason), severity="error", timeout=10)

    def action_close_lesson(self) -> None:
        from burgerschap.tui.screens.ask import ChoiceDialog

        def answered(answer: str | None) -> None:
            if answer != "close":
                return
            self.host.workspace.write(lambda s: close_lesson(s, self.code))
            self.post_message(CheckSaving())
            if self._watch is not None:
                self._watch.refresh()

        self.app.push_screen(
            ChoiceDialog(
                self.t("tui.dash.close.title", code=show_code(self.code)),
                self.t("tui.dash.close.text"),
                [("keep", self.t("tui.dash.close.keep")), ("close", self.t("tui.dash.close.yes"))],
            ),
            answered,
        )

    def selected_student(self) -> str | None:
        """The nickname of the student on the table's highlighted row."""
        snapshot = self.snapshot
        table = self.query_one("#dash-students", DataTable)
        if snapshot is None or not snapshot.students or table.row_count == 0:
            return None
        row = table.coordinate_to_cell_key(table.cursor_coordinate).row_key
        return str(row.value) if row.value is not None else None

    def action_new_code(self) -> None:
        """A new return code for the selected student, after asking, for the teacher to pass on.

        The old code and the browsers the student used stop working, and a window still open
        with this student lets go of them.
        """
        from burgerschap.tui.screens.ask import ChoiceDialog

        nickname = self.selected_student()
        if nickname is None:
            return

        def answered(answer: str | None) -> None:
            if answer != "new":
                return
            new = self.host.workspace.write(lambda s: reset_student(s, self.code, nickname))
            self.post_message(CheckSaving())
            if new is None:
                return
            self.app.push_screen(
                ChoiceDialog(
                    self.t("tui.dash.new_code.done.title", nickname=nickname),
                    self.t("tui.dash.new_code.done", nickname=nickname, code=new),
                    [("ok", self.t("tui.dash.new_code.ok"))],
                )
            )

        self.app.push_screen(
            ChoiceDialog(
                self.t("tui.dash.new_code.title", nickname=nickname),
                self.t("tui.dash.new_code.text", nickname=nickname),
                [
                    ("keep", self.t("tui.dash.new_code.keep")),
                    ("new", self.t("tui.dash.new_code.yes")),
                ],
            ),
            answered,
        )

    def action_back(self) -> None:
        self.dismiss(None)

    @on(DataTable.RowSelected, "#dash-students")
    def _row(self, event: DataTable.RowSelected) -> None:
        """Enter on a student: what they wrote as their reflection, when there is one."""
        snapshot = self.snapshot
        if snapshot is None:
            return
        nickname = str(event.row_key.value)
        student = next((s for s in snapshot.students if s.nickname == nickname), None)
        game = student.latest if student else None
        if game is not None and game.reflection:
            # What a student typed: plain text, never markup (`[/]` crashed this once).
            self.notify(game.reflection, title=nickname, timeout=12, markup=False)
