"""What screens and widgets may read from the app: the seam between them.

Attributes go down, messages go up. A screen reads the state the app hands
down through :class:`Host` (the workspace, the language, whether the
library is loaded) and asks for anything to happen by posting a message
from :mod:`burgerschap.tui.messages`. No screen or widget imports the app's
module: :class:`~burgerschap.tui.app.BurgerschapApp` satisfies this
protocol, and a test app could too.
"""

from __future__ import annotations

from collections.abc import MutableSet
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, cast

if TYPE_CHECKING:
    from textual.app import App

    from burgerschap.application.workspace import Workspace
    from burgerschap.i18n import Language


class Recoverable(Protocol):
    """An open editor, whose unsaved work is kept if the app stops on an error."""

    @property
    def recovery_path(self) -> Path | None: ...

    def keep_recovery(self) -> None: ...


class Host(Protocol):
    """The state the app hands down to its screens and widgets."""

    @property
    def workspace(self) -> Workspace:
        """The student's (or teacher's) data: library, games, settings, lessons."""

    @property
    def lang(self) -> Language:
        """The language the game speaks; a reactive, so screens can watch it."""

    @property
    def blink(self) -> bool:
        """Whether text cursors blink (off in tests, for stable screenshots)."""

    @property
    def library_ready(self) -> bool:
        """Whether the library scan has finished."""

    @property
    def show_scores(self) -> bool:
        """Whether the play screen shows the score bars (the student's last choice)."""

    @property
    def served(self) -> bool:
        """True in the browser: student mode only."""

    @property
    def editors(self) -> MutableSet[Recoverable]:
        """The open editors: each adds itself while it is mounted."""


def host_of(app: App[Any]) -> Host:
    """``app`` as the screens see it (the game's app always satisfies :class:`Host`)."""
    return cast(Host, app)
