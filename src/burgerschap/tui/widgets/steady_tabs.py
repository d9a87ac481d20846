"""Tabs that a late focus note cannot switch back.

Textual's :class:`~textual.widgets.TabbedContent` shows the tab whose pane
says it got the focus (``TabPane.Focused``). That note is a message: it comes
a moment after the focus moved. If another tab was chosen meanwhile (the
focus left the pane again), the note would switch back to the old tab. Here
a pane's note only counts while the focus is still inside that pane.
"""

from __future__ import annotations

from textual.widgets import TabbedContent, TabPane


class SteadyTabs(TabbedContent):
    """A :class:`TabbedContent` that ignores a pane's focus note once the focus has left it."""

    def _on_tab_pane_focused(self, event: TabPane.Focused) -> None:
        focused = self.screen.focused
        if focused is None or event.tab_pane not in (focused, *focused.ancestors):
            event.stop()
            event.prevent_default()  # not TabbedContent's own handler: it would switch
