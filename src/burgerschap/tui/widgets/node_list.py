"""The nodes of the scenario in file order, with their kind, the start and any problem.

Only a highlight the user (or :meth:`NodeList.select_node`) makes is a pick: showing
the list again (after every check of the work) highlights the editor's node
without a word. Otherwise a check that lands while a pick is on its way would
highlight the old node again and pick it back. A pick names the node of its
own highlight, not whatever is highlighted when it is handled.
"""

from __future__ import annotations

from typing import Any

from textual import on
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from burgerschap.scenario.edit import node_kind
from burgerschap.scenario.problems import Problem
from burgerschap.tui.widgets.node_form import KIND_MARK


def node_label(node: Any) -> str:
    """A node's title (the ending's title), or nothing."""
    if not isinstance(node, dict):
        return ""
    if isinstance(node.get("ending"), dict):
        return str(node["ending"].get("title") or "")
    return str(node.get("title") or "")


class NodeOption(Option):
    """A line of the list, knowing its node."""

    def __init__(self, prompt: Content, node_id: str, *, id: str) -> None:
        super().__init__(prompt, id=id)
        self.node_id = node_id


class NodeList(OptionList):
    """Highlighting a node posts :class:`NodeList.Picked`."""

    class Picked(Message):
        def __init__(self, node_id: str) -> None:
            super().__init__()
            self.node_id = node_id

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self._ids: list[str] = []

    def show(self, data: dict[str, Any], problems: list[Problem], selected: str | None) -> None:
        nodes = data.get("nodes")
        nodes = nodes if isinstance(nodes, dict) else {}
        start = data.get("start")
        options: list[NodeOption] = []
        self._ids = [str(name) for name in nodes]
        for name, node in nodes.items():
            kind = node_kind(node)
            found = [p for p in problems if p.node == name]
            mark: tuple[str, str] = ("  ", "")
            if any(p.severity == "error" for p in found):
                mark = (" ✗", "bold $error")
            elif found:
                mark = (" ⚠", "bold $warning")
            title = node_label(node)
            options.append(
                NodeOption(
                    Content.assemble(
                        (KIND_MARK[kind] + "\u00a0", "$secondary"),
                        (_short(str(name), 17), "bold"),
                        ("\u00a0★" if name == start else "", "$accent"),
                        mark,
                        ("\n  " + _short(title, 19), "$text-muted") if title else "",
                    ),
                    str(name),
                    id=f"node-{len(options)}",
                )
            )
        with self.prevent(OptionList.OptionHighlighted):
            self.set_options(options)
            if selected in self._ids:
                self.highlighted = self._ids.index(selected or "")

    def select_node(self, node_id: str, *, quiet: bool = False) -> None:
        """Highlight ``node_id``: a pick, or (``quiet``) only showing the editor's node."""
        if node_id not in self._ids:
            return
        if quiet:
            with self.prevent(OptionList.OptionHighlighted):
                self.highlighted = self._ids.index(node_id)
        else:
            self.highlighted = self._ids.index(node_id)

    @property
    def current(self) -> str | None:
        index = self.highlighted
        return self._ids[index] if index is not None and index < len(self._ids) else None

    @on(OptionList.OptionHighlighted)
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        if isinstance(event.option, NodeOption):
            self.post_message(self.Picked(event.option.node_id))


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
