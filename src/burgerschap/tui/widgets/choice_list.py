"""A numbered list of choices: pick with 1-9, or with the arrows and Enter."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.geometry import Region
from textual.message import Message
from textual.strip import Strip
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from burgerschap.tui.widgets.hanging import Hanging


class ChoiceList(OptionList):
    """Choices shown as ``1  text``; posts :class:`ChoiceList.Chosen` with the choice's value.

    The value is whatever the caller attached to a choice (for the play
    screen: the choice's index in the scenario file), so shuffled or filtered
    lists still report the right choice.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("1", "pick(0)", "tui.key.choose", key_display="1-9", id="choose"),
        *[Binding(str(n), f"pick({n - 1})", show=False) for n in range(2, 10)],
        Binding("enter", "select", "tui.key.confirm", show=False),
    ]
    """1-9 choose directly; the arrows move and Enter confirms."""

    class Chosen(Message):
        """A choice was made."""

        def __init__(self, choice_list: ChoiceList, value: int, position: int) -> None:
            super().__init__()
            self.choice_list = choice_list
            self.value = value
            """The value given with the choice."""
            self.position = position
            """Where it was in the list, from 0."""

        @property
        def control(self) -> ChoiceList:
            return self.choice_list

    def __init__(
        self,
        choices: list[tuple[int, str]] | None = None,
        *,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(id=id, classes=classes, markup=False)
        self._values: list[int] = []
        self._wrapped_width = 0
        if choices:
            self.set_choices(choices)

    def set_choices(self, choices: list[tuple[int, str]]) -> None:
        """Show ``(value, text)`` pairs, numbered from 1, with the first highlighted."""
        self._values = [value for value, _ in choices]
        self.set_options(
            Option(
                Hanging(Content.styled(f"{n:>2}  ", "bold $accent"), Content(text)),
                id=f"choice-{n}",
            )
            for n, (_value, text) in enumerate(choices, start=1)
        )
        self.highlighted = 0 if choices else None

    def render_lines(self, crop: Region) -> list[Strip]:
        # OptionList wraps its options for the width it had when it measured them
        # and hears of a new width only from the Resize event, a frame later: the
        # score bars hiding would show the old wrap first, then the new one. Measured
        # again here, the new wrap is drawn at once. (Private caches: Textual is pinned.)
        width = self.scrollable_content_region.width
        if width != self._wrapped_width:
            self._wrapped_width = width
            self._option_render_cache.clear()
            self._line_cache.clear()
        return super().render_lines(crop)

    @property
    def values(self) -> list[int]:
        return list(self._values)

    def action_pick(self, position: int) -> None:
        """Choose the choice at ``position`` (from 0) directly."""
        if 0 <= position < len(self._values):
            self.highlighted = position
            self.post_message(self.Chosen(self, self._values[position], position))

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.Chosen(self, self._values[event.option_index], event.option_index))
