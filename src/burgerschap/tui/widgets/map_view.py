"""The map of the work in the terminal: nodes as boxes, links as lines.

Unreachable nodes have dashed borders, nodes from which no ending can be
reached are red, the start is marked ★. The work must validate well enough
to load; otherwise the map says what to fix first.
"""

from __future__ import annotations

from typing import Any

from textual.containers import ScrollableContainer
from textual.content import Content
from textual.widgets import Static

from burgerschap.application.maplayout import draw
from burgerschap.tui.widgets.node_form import Tr

STYLES = {
    "story": "$foreground",
    "question": "$secondary",
    "ending": "$success",
    "start": "bold $accent",
    "dead": "bold $error",
    "unreachable": "$text-muted",
    "edge": "$primary",
    "note": "italic $text-muted",
    "": "",
}


class MapView(ScrollableContainer):
    """A scrollable drawing of the scenario map."""

    DEFAULT_CSS = """
    MapView { overflow: auto auto; }
    MapView > #map-legend { width: auto; height: auto; margin-bottom: 1; }
    MapView > #map-drawing { width: auto; height: auto; }
    """

    def compose(self) -> Any:
        yield Static(id="map-legend")
        yield Static(id="map-drawing")

    def show(self, data: dict[str, Any], tr: Tr) -> None:
        from pydantic import ValidationError

        from burgerschap.scenario.diagram import scenario_map
        from burgerschap.scenario.models import Scenario

        legend = self.query_one("#map-legend", Static)
        drawing = self.query_one("#map-drawing", Static)
        try:
            scenario = Scenario.model_validate(data)
        except ValidationError:
            legend.update(Content.styled(tr("tui.editor.map.invalid"), "$warning"))
            drawing.update("")
            return
        legend.update(
            Content.assemble(
                ("┌┐ ", STYLES["story"]),
                (tr("tui.editor.kind.story") + "   ", ""),
                ("╔╗ ", STYLES["question"]),
                (tr("tui.editor.kind.question") + "   ", ""),
                ("╭╮ ", STYLES["ending"]),
                (tr("tui.editor.kind.ending") + "   ", ""),
                ("★ ", STYLES["start"]),
                (tr("tui.editor.map.start") + "   ", ""),
                ("┄┆ ", STYLES["unreachable"]),
                (tr("tui.editor.map.unreachable") + "   ", ""),
                ("■ ", STYLES["dead"]),
                (tr("tui.editor.map.dead"), ""),
            )
        )
        lines = draw(scenario_map(scenario))
        drawing.update(
            Content("\n").join(
                Content.assemble(*[(text, STYLES.get(name, "")) for text, name in line])
                for line in lines
            )
        )
