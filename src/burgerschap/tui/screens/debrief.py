"""The debrief, made for a projector: what the class chose, node by node, without names.

One page per story or question node, in story order, and a last page with
the spread of endings. Each page shows the node's title and text, and per
option the share of the class that chose it as a wide bar with its
percentage (the right answer of a question marked). The data carries no
nicknames (:func:`burgerschap.classroom.progress.debrief`), so the screen can
be shown to the class as it is.

While the debrief is open the high-contrast theme is on (white and yellow on
black reads best on a bright projector); the teacher's own theme comes back
when it closes. The numbers follow the lesson live, so a debrief can start
while the last students finish.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.widgets import Static

from burgerschap.classroom.lessons import Lesson, require_lesson
from burgerschap.classroom.progress import Debrief, debrief
from burgerschap.classroom.store import Store
from burgerschap.i18n import N_
from burgerschap.scenario.plaintext import plain_text
from burgerschap.tui.lessonwatch import Watch, watch_lesson
from burgerschap.tui.screens.base import GameScreen
from burgerschap.tui.themes import HIGH_CONTRAST
from burgerschap.tui.widgets.big_text import BigText
from burgerschap.tui.widgets.footer import GameFooter
from burgerschap.tui.widgets.share_bars import Share, ShareBars


class DebriefScreen(GameScreen[None]):
    """Step through a lesson's scenario version on the board."""

    CSS_PATH = "lessons.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("right", "step(1)", "tui.key.next", key_display="→", id="next"),
        Binding("left", "step(-1)", "tui.key.previous", key_display="←", id="previous"),
        Binding("space,pagedown,n", "step(1)", show=False),
        Binding("pageup,p", "step(-1)", show=False),
        Binding("home", "first", show=False),
        Binding("e,end", "endings", "tui.key.endings", id="endings"),
        Binding("v", "version", "tui.key.version", id="version"),
        Binding("escape", "back", "tui.key.leave", id="back"),
    ]
    """Next and previous node (also space, PgDn, PgUp), the endings, another
    scenario of the lesson, back to the dashboard."""

    def __init__(self, code: str, ref: str | None = None) -> None:
        super().__init__(id="debrief")
        self.code = code
        self.ref = ref
        self.lesson: Lesson | None = None
        self.data: Debrief | None = None
        self.page = 0
        """0..len(nodes): the last page is the endings."""
        self._watch: Watch | None = None
        self._theme_before: str | None = None

    def compose(self) -> ComposeResult:
        with Horizontal(id="debrief-banner"):
            yield Static(id="debrief-title")
            yield Static(id="debrief-step")
        with VerticalScroll(id="debrief-body", can_focus=False):
            with Horizontal(id="debrief-head"):
                yield BigText(id="debrief-big")
                yield Static(id="debrief-node-title")
            yield Static(id="debrief-text")
            yield ShareBars(id="debrief-bars")
            yield Static(id="debrief-total", classes="hint")
        yield GameFooter()

    def on_mount(self) -> None:
        self._theme_before = self.app.theme
        self.app.theme = HIGH_CONTRAST.name
        workspace = self.host.workspace
        self._watch, _worker = watch_lesson(
            self, workspace.locations.database, self.code, self._read, self._show, self._failed
        )

    def on_unmount(self) -> None:
        if self._theme_before is not None:
            self.app.theme = self._theme_before

    def retranslate(self) -> None:
        self._render_page()

    # Reading (in the watch thread) -----------------------------------

    def _read(self, store: Store) -> tuple[Lesson, Debrief | None]:
        lesson = require_lesson(store, self.code)
        ref = self.ref or (lesson.scenarios[0].ref if lesson.scenarios else None)
        if ref is None or lesson.scenario(ref) is None:
            return lesson, None
        return lesson, debrief(store, self.code, ref)

    def _show(self, found: tuple[Lesson, Debrief | None]) -> None:
        lesson, data = found
        self.lesson = lesson
        if data is not None and self.ref is None:
            self.ref = data.ref
        if data is not None and self.data is not None and data.ref != self.data.ref:
            self.page = 0
        self.data = data
        self.page = min(self.page, len(data.nodes)) if data is not None else 0
        self._render_page()
        self.refresh_bindings()

    def _failed(self, reason: str) -> None:
        self.notify(reason, severity="error", timeout=10)

    # Showing ----------------------------------------------------------

    def _render_page(self) -> None:
        data = self.data
        title = self.query_one("#debrief-title", Static)
        step = self.query_one("#debrief-step", Static)
        big = self.query_one("#debrief-big", BigText)
        node_title = self.query_one("#debrief-node-title", Static)
        text = self.query_one("#debrief-text", Static)
        bars = self.query_one("#debrief-bars", ShareBars)
        total = self.query_one("#debrief-total", Static)
        if data is None:
            title.update(self.t("tui.debrief.title", title=""))
            step.update("")
            big.text = ""
            node_title.update(self.t("tui.debrief.loading"))
            text.update("")
            bars.shares = ()
            total.update("")
            return
        title.update(
            Content.assemble(
                (self.t("tui.debrief.title", title=plain_text(data.title)), "bold"),
                ("   " + self.tn("tui.debrief.games", data.games), "$text-muted"),
            )
        )
        pages = len(data.nodes) + 1
        step.update(self.t("tui.debrief.step", page=self.page + 1, pages=pages))
        if self.page < len(data.nodes):
            node = data.nodes[self.page]
            top = max(node.options, key=lambda o: o.count, default=None)
            big.text = f"{top.percent}%" if top is not None and node.total else ""
            label = (
                N_("tui.debrief.question") if node.kind == "question" else N_("tui.debrief.story")
            )
            node_title.update(
                Content.assemble(
                    (self.t(label), "$text-muted"),
                    "\n",
                    (node.title or node.node, "bold $accent"),
                    "\n",
                    (self.t("tui.debrief.top") if big.text else "", "$text-muted"),
                )
            )
            text.update(Content(node.text))
            bars.shares = tuple(
                Share(o.text, o.count, o.share, o.percent, "✓" if o.correct else "")
                for o in node.options
            )
            total.update(
                self.tn("tui.debrief.total", node.total)
                if node.total
                else self.t("tui.debrief.nobody")
            )
        else:
            top_ending = max(data.endings, key=lambda e: e.count, default=None)
            big.text = f"{top_ending.percent}%" if top_ending is not None and data.finished else ""
            node_title.update(
                Content.assemble(
                    (self.t("tui.debrief.endings.label"), "$text-muted"),
                    "\n",
                    (self.t("tui.debrief.endings"), "bold $accent"),
                    "\n",
                    (self.t("tui.debrief.top.ending") if big.text else "", "$text-muted"),
                )
            )
            text.update(Content(self.t("tui.debrief.endings.text")))
            bars.shares = tuple(Share(e.title, e.count, e.share, e.percent) for e in data.endings)
            total.update(
                self.tn("tui.debrief.finished", data.finished)
                if data.finished
                else self.t("tui.debrief.none_finished")
            )
        self.query_one("#debrief-body", VerticalScroll).scroll_home(animate=False)

    # Actions ----------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "version":
            return self.lesson is not None and len(self.lesson.scenarios) > 1
        if action in ("step", "endings", "first"):
            return self.data is not None
        return True

    def action_step(self, delta: int) -> None:
        if self.data is None:
            return
        self.page = max(0, min(len(self.data.nodes), self.page + delta))
        self._render_page()

    def action_first(self) -> None:
        self.page = 0
        self._render_page()

    def action_endings(self) -> None:
        if self.data is not None:
            self.page = len(self.data.nodes)
            self._render_page()

    def action_version(self) -> None:
        """The next scenario version of the lesson (a lesson may have several)."""
        lesson = self.lesson
        if lesson is None or len(lesson.scenarios) < 2:
            return
        refs = [s.ref for s in lesson.scenarios]
        here = refs.index(self.ref) if self.ref in refs else -1
        self.ref = refs[(here + 1) % len(refs)]
        self.page = 0
        self.data = None
        self._render_page()
        if self._watch is not None:
            self._watch.refresh()

    def action_back(self) -> None:
        self.dismiss(None)
