"""The scenario editor: nodes, their form, settings, YAML and the map, checked while you type.

The screen holds an :class:`~burgerschap.application.editing.EditSession` (the work,
undo and redo). Forms only show; every change comes back here as a change
message of a field, is written to the field's path, and the work is checked
again (validation and the analyzer, in a worker, a moment after the last
key). A version is saved only when the work validates; otherwise it is kept
as a draft. Operations on nodes, choices and dimensions are in
:mod:`~burgerschap.tui.screens.editor_ops`; what keeps the work safe (one
rebuild at a time, the recovery draft, the guard around every operation) in
:mod:`~burgerschap.tui.screens.editor_base`.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import (
    Checkbox,
    Input,
    Select,
    Static,
    TabbedContent,
    TabPane,
    Tabs,
    TextArea,
)

from burgerschap.application import recovery
from burgerschap.application.editing import Check, EditSession, check
from burgerschap.i18n.names import ORIGIN
from burgerschap.scenario.problems import Problem
from burgerschap.tui.screens.editor_base import fields_in, guarded, guarded_async
from burgerschap.tui.screens.editor_yaml import CHECK_DELAY, EditorYaml
from burgerschap.tui.widgets.fields import (
    FieldArea,
    FieldCheck,
    FieldInput,
    FieldMixin,
    FieldSelect,
    Place,
)
from burgerschap.tui.widgets.footer import GameFooter
from burgerschap.tui.widgets.map_view import MapView
from burgerschap.tui.widgets.node_form import NodeForm, node_options
from burgerschap.tui.widgets.node_list import NodeList
from burgerschap.tui.widgets.problem_list import ProblemList
from burgerschap.tui.widgets.settings_form import SettingsForm
from burgerschap.tui.widgets.steady_tabs import SteadyTabs
from burgerschap.tui.widgets.yaml_pane import YamlPane

NARROW = 110
"""Below this width the problems go under the form instead of beside it."""


class EditorScreen(EditorYaml):
    """Edit one scenario; Escape closes (asking first when there is unsaved work)."""

    CSS_PATH = "editor.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "tui.key.save", id="save", priority=True),
        Binding("ctrl+z", "undo", "tui.key.undo", id="undo", priority=True),
        Binding("ctrl+y", "redo", "tui.key.redo", id="redo", priority=True, show=False),
        Binding("f3", "add_node", "tui.key.add_node", id="add-node"),
        Binding("f2", "rename_node", "tui.key.rename", id="rename-node"),
        Binding("f8", "delete_node", "tui.key.delete", id="delete-node", show=False),
        Binding("f5", "try_out", "tui.key.try_out", id="try-out"),
        # Priority: a text box binds F6 itself (select the line); here F6 is the comparison.
        Binding("f6", "show_diff", "tui.key.diff", id="diff", show=False, priority=True),
        Binding("f9", "save_file", "tui.key.save_file", id="save-file", show=False),
        Binding("escape", "close", "tui.key.close", id="close"),
    ]
    """Save, undo and redo, add, rename and delete a node, test from here, compare,
    save as a file of one's own choosing (to hand in), close."""

    def __init__(self, session: EditSession, *, recovery_path: Path | None = None) -> None:
        super().__init__(session, recovery_path=recovery_path)
        self.opened = dict(session.data)
        """The work as it was opened, to compare against."""
        self.current: str | None = next(iter(session.nodes), None)
        self.result = Check()
        self.checked_revision = -1
        """The revision of the work :attr:`result` belongs to."""
        self._timer: Timer | None = None
        self._yaml_timer: Timer | None = None
        self._form_shows: object = None
        """What the node's form was last built from (rebuilt only when this changes)."""
        self._settings_shows: object = None

    def compose(self) -> ComposeResult:
        with Horizontal(id="editor-header"):
            yield Static(id="editor-title")
            yield Static(id="editor-status")
        with SteadyTabs(id="editor-tabs"):
            with (
                TabPane(self.t("tui.editor.tab.story"), id="tab-story"),
                Horizontal(id="story-body"),
            ):
                yield NodeList(id="node-list")
                yield NodeForm(id="node-form")
                with Vertical(id="problems-col"):
                    yield Static(id="problems-title", classes="panel-title")
                    yield ProblemList(id="problems")
            with TabPane(self.t("tui.editor.tab.settings"), id="tab-settings"):
                yield SettingsForm(id="settings-form")
            with TabPane("YAML", id="tab-yaml"):
                yield YamlPane(id="yaml-pane")
            with TabPane(self.t("tui.editor.tab.map"), id="tab-map"):
                yield MapView(id="map")
        yield GameFooter()

    async def on_mount(self) -> None:
        if self.recovery_path is None:
            home = self.host.workspace.locations.home
            self.recovery_path = recovery.free_path(home, self.session.doc_id)
        self.query_one(YamlPane).label(self.t("tui.editor.yaml.apply"), "")
        await self.rebuild_now()
        self.query_one(NodeList).focus()
        self.on_resize()

    def on_resize(self) -> None:
        self.set_class(self.app.size.width < NARROW, "-narrow")

    def tr(self, key: str, **params: object) -> str:
        return self.t(key, **params)

    # Showing ----------------------------------------------------------

    async def rebuild(self, full: bool = True) -> None:
        """Show the work again (after a change of structure, undo or redo), or with
        ``full=False`` only the form of the current node (another node was picked).

        Never call this directly: :meth:`request_rebuild` runs one at a time. A
        form is only rebuilt when what it shows changed; it keeps its scroll
        position and focus when it shows the same node.
        """
        data = self.session.data
        if self.current not in self.session.nodes:
            self.current = next(iter(self.session.nodes), None)
        if full:
            self.query_one(NodeList).show(data, self.result.problems, self.current)
        form = self.query_one(NodeForm)
        shows = self._form_view()
        if shows != self._form_shows or form.node_id != self.current:
            same_node = form.node_id == self.current
            self._form_shows = None  # until it is shown
            await self._replace(form, lambda: form.show(data, self.current, self.tr), same_node)
            self._form_shows = shows
        if full:
            settings = self.query_one(SettingsForm)
            about = self._settings_view()
            if about != self._settings_shows:
                self._settings_shows = None
                await self._replace(settings, lambda: settings.show(data, self.tr), True)
                self._settings_shows = about
        self._refresh_views()
        self.schedule_check()

    def _form_view(self) -> object:
        """What the node's form shows of the work."""
        data = self.session.data
        node = self.session.nodes.get(self.current or "")
        return self.current, node, list(self.session.dimensions), node_options(data)

    def _settings_view(self) -> object:
        """What the settings form shows of the work."""
        data = self.session.data
        return {k: v for k, v in data.items() if k != "nodes"}, node_options(data)

    async def _replace(
        self, form: Widget, show: Callable[[], Awaitable[None]], keep_place: bool
    ) -> None:
        place = Place.leave(form, self.focused) if keep_place else Place()
        for field in fields_in(form):
            field.retire()  # what they still say is about the old form
        await show()
        self.call_after_refresh(place.restore, form)

    def after_edit(self) -> None:
        """A field changed: update what shows it elsewhere, and check again soon."""
        if not self.rebuilding:
            # The forms show the work as it is now: the field shows what was typed.
            self._form_shows = self._form_view()
            self._settings_shows = self._settings_view()
        self.query_one(NodeList).show(self.session.data, self.result.problems, self.current)
        self._refresh_views()
        self.schedule_check()

    def _refresh_views(self) -> None:
        self.show_header()
        tabs = self.query_one(TabbedContent)
        if tabs.active == "tab-yaml" and not self.query_one(YamlPane).modified:
            self._load_yaml()
        if tabs.active == "tab-map":
            self._draw_map()
        self.refresh_bindings()
        self.schedule_recovery()

    def show_header(self) -> None:
        session = self.session
        data = session.data
        title = str(data.get("title") or session.doc_id)
        ref = f"{session.doc_id}@{data.get('version', 1)}"
        marks = [ref, self.t(ORIGIN[session.origin])]
        if session.dirty:
            marks.append(self.t("tui.editor.unsaved"))
        self.query_one("#editor-title", Static).update(
            Content.assemble((title, "bold $accent"), "   ", (" · ".join(marks), "$text-muted"))
        )
        result = self.result
        if self.checked_revision != session.revision:
            status = Content.styled(self.t("tui.editor.checking"), "$text-muted")
        elif result.valid:
            valid = (
                self.tn("tui.editor.valid.warnings", len(result.problems))
                if result.problems
                else self.t("tui.editor.valid")
            )
            status = Content.styled("✓ " + valid, "$success")
        else:
            status = Content.styled(
                "✗ " + self.tn("tui.editor.invalid", len(result.errors)), "bold $error"
            )
        self.query_one("#editor-status", Static).update(status)

    def _show_problems(self) -> None:
        result = self.result
        line = self.t("tui.editor.line")
        self.query_one("#problems", ProblemList).show(
            result.problems, self.t("tui.editor.no_problems"), line
        )
        self.query_one("#problems-title", Static).update(
            self.t(
                "tui.editor.problems",
                errors=self.tn("count.errors", len(result.errors)),
                warnings=self.tn("count.warnings", len(result.warnings)),
            )
        )
        self.query_one(YamlPane).show_problems(
            [p for p in result.problems if p.line], self.t("tui.editor.no_problems"), line
        )

    # Checking ---------------------------------------------------------

    def schedule_check(self) -> None:
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(CHECK_DELAY, self._start_check)

    @guarded
    def _start_check(self) -> None:
        self._check_work(self.session.data, self.session.revision)

    @work(thread=True, exclusive=True, group="editor-check")
    def _check_work(self, data: dict[str, object], revision: int) -> None:
        try:
            result = check(data)
        except Exception as error:  # shown by failed(): the editor stays open
            self.app.call_from_thread(self.failed, error)
            return
        self.app.call_from_thread(self._checked, result, revision)

    @guarded
    def _checked(self, result: Check, revision: int) -> None:
        if revision != self.session.revision or not self.is_attached:
            return
        self.result = result
        self.checked_revision = revision
        self._show_problems()
        self.query_one(NodeList).show(self.session.data, result.problems, self.current)
        self.show_header()
        self.refresh_bindings()

    # Writing fields back ----------------------------------------------

    def write(self, path: tuple[str | int, ...], value: object) -> None:
        if self.session.set_value(path, value):
            self.after_edit()

    def field_changed(self, field: FieldMixin) -> None:
        """A field shows something new: write it to its path (unless it is still being
        typed, or its form is being replaced, or it shows what the work holds)."""
        if not field.fresh():
            return  # built or loaded, or an old message from a retired form
        field.take()
        if field.unfinished():
            return
        if isinstance(field, FieldCheck) and field.path[-1] == "correct" and field.value:
            self.mark_correct(field.path)
        else:
            self.write(field.path, field.parsed())

    @on(Input.Changed)
    @on(TextArea.Changed)
    @on(Select.Changed)
    @on(Checkbox.Changed)
    @guarded
    def _field(
        self, event: Input.Changed | TextArea.Changed | Select.Changed | Checkbox.Changed
    ) -> None:
        field = event.control
        if isinstance(field, FieldInput | FieldArea | FieldSelect | FieldCheck):
            self.field_changed(field)

    # Navigating -------------------------------------------------------

    @on(NodeList.Picked)
    @guarded
    def _picked(self, event: NodeList.Picked) -> None:
        if event.node_id not in self.session.nodes:
            return  # a pick from a list shown before the node went (undo, delete)
        # The list may have been shown again since (a check came in): it shows the pick.
        self.query_one(NodeList).select_node(event.node_id, quiet=True)
        if event.node_id != self.current or self.query_one(NodeForm).node_id != event.node_id:
            self.flush_fields()
            self.session.stop_typing()
            self.current = event.node_id
            self.request_rebuild(full=False, then=self.refresh_bindings)

    @on(ProblemList.Jump, "#problems")
    @guarded_async
    async def _jump(self, event: ProblemList.Jump) -> None:
        await self.jump_to(event.problem)

    async def jump_to(self, problem: Problem) -> None:
        """Show where ``problem`` is: the field it is about in its node's form (or the
        form itself), or the settings."""
        if problem.node and problem.node in self.session.nodes:
            self.show_tab("tab-story")
            self.flush_fields()
            self.session.stop_typing()
            self.current = problem.node
            self.query_one(NodeList).select_node(problem.node)

            def focus() -> None:
                form = self.query_one(NodeForm)
                path = self.result.path_of(problem)
                target = form.field_for(path) if path else None
                self.call_after_refresh(self._focus_field, target or form)

            await self.request_rebuild(full=False, then=focus).wait()
        else:
            self.show_tab("tab-settings", "#settings-form")

    def _focus_field(self, widget: Widget) -> None:
        widget.focus()
        widget.scroll_visible(animate=False)

    def show_tab(self, pane: str, focus: str | None = None) -> None:
        """Switch to a tab; focus leaves the old tab first, at once (a focused widget in
        a hidden tab would pull its tab back, and ``focus()`` only moves it later)."""
        tabs = self.query_one(TabbedContent)
        self.set_focus(tabs.query_one(Tabs), scroll_visible=False)
        tabs.active = pane
        if focus is not None:
            self.call_after_refresh(self.query_one(focus).focus)

    @on(TabbedContent.TabActivated)
    @guarded
    def _tab(self, event: TabbedContent.TabActivated) -> None:
        pane = self.query_one(YamlPane)
        if event.pane.id == "tab-yaml":
            if not pane.modified:
                self._load_yaml()
        elif pane.modified:
            self.apply_yaml(pane.area.text, leaving=True)
        if event.pane.id == "tab-map":
            self._draw_map()

    def _draw_map(self) -> None:
        self.query_one(MapView).show(self.session.data, self.tr)
