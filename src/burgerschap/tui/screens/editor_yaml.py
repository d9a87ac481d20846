"""The editor's YAML tab: the work as text, checked while typing, applied on request.

Split from :mod:`burgerschap.tui.screens.editor`, whose
:class:`~burgerschap.tui.screens.editor.EditorScreen` builds on
:class:`EditorYaml`. Typed YAML is checked :data:`CHECK_DELAY` seconds after
the last key; "Toepassen" takes it as the work (through the session, so it
can be undone), or shows why it cannot be read.
"""

from __future__ import annotations

from textual import on
from textual.timer import Timer

from burgerschap.tui.screens.editor_base import guarded
from burgerschap.tui.screens.editor_ops import EditorOps
from burgerschap.tui.widgets.yaml_pane import YamlPane

CHECK_DELAY = 0.3
"""Seconds after the last change before the work is checked again."""


class EditorYaml(EditorOps):
    """The YAML tab of the editor."""

    _yaml_timer: Timer | None = None

    def _load_yaml(self) -> None:
        from burgerschap.scenario.serialize import dump_data

        pane = self.query_one(YamlPane)
        pane.load(dump_data(self.session.data))
        pane.label(self.t("tui.editor.yaml.apply"), self.t("tui.editor.yaml.hint"))

    @on(YamlPane.Edited)
    @guarded
    def _yaml_edited(self) -> None:
        if self._yaml_timer is not None:
            self._yaml_timer.stop()
        self._yaml_timer = self.set_timer(CHECK_DELAY, self._check_yaml_text)
        self.query_one(YamlPane).label(
            self.t("tui.editor.yaml.apply"), self.t("tui.editor.yaml.modified")
        )

    @guarded
    def _check_yaml_text(self) -> None:
        from burgerschap.scenario.loader import inspect_text

        pane = self.query_one(YamlPane)
        problems = inspect_text(pane.area.text).problems
        pane.show_problems(problems, self.t("tui.editor.no_problems"), self.t("tui.editor.line"))

    @on(YamlPane.Apply)
    @guarded
    def _yaml_apply(self, event: YamlPane.Apply) -> None:
        self.apply_yaml(event.text)

    def apply_yaml(self, text: str, *, leaving: bool = False) -> bool:
        """Take the typed YAML as the work; False (and the reason shown) when it cannot be read."""
        from burgerschap.scenario import yamlsafe
        from burgerschap.scenario.problems import ScenarioError

        pane = self.query_one(YamlPane)
        try:
            data = yamlsafe.parse(text)[0]
        except ScenarioError as exc:
            pane.show_problems(exc.problems, "", self.t("tui.editor.line"))
            self.notify(self.t("tui.editor.yaml.unreadable"), severity="error")
            return False
        if not isinstance(data, dict):
            self.notify(self.t("tui.editor.yaml.not_mapping"), severity="error")
            return False
        pane.modified = False
        self.flush_fields()
        if self.session.apply(data):
            self.request_rebuild()
            if not leaving:
                self.notify(self.t("tui.editor.yaml.applied"))
        return True
