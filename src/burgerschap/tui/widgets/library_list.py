"""The library on the home screen: an option list whose Enter says "play"."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.widgets import OptionList
from textual.widgets.option_list import Option


class LibraryList(OptionList):
    """Scenarios, quizzes and broken files; the arrows move, Enter opens."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "tui.key.open", id="open"),
    ]
    """Enter opens the highlighted scenario or quiz."""

    def __init__(self, *options: Option, id: str | None = None) -> None:
        super().__init__(*options, id=id, markup=False)
