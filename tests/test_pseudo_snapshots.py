"""The student's screens in the pseudo-locale, at 80x24: nothing untranslated, nothing cut off.

The pseudo-locale (``BURGERSCHAP_PSEUDO=1``, see ``i18n/pseudo.py``) is the
English catalogue accented and about 40% longer, each message between
guillemets: a word in plain ASCII on these screens did not come from a
catalogue (or comes from the scenario, which is the teacher's text), and a
message whose closing "»" is missing was cut off. Look at the SVGs when they
change.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from burgerschap.i18n import catalog, t
from burgerschap.tui import text
from burgerschap.tui.app import BurgerschapApp
from test_tui_snapshots import opening, ready

SIZE = (80, 24)


def _forget() -> None:
    catalog.forget()
    text._shown_binding.cache_clear()  # bindings drawn so far keep the catalogue's texts


@pytest.fixture(autouse=True)
def pseudo(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv(catalog.PSEUDO_ENV, "1")
    _forget()
    yield
    monkeypatch.delenv(catalog.PSEUDO_ENV)
    _forget()


def test_the_pseudo_locale_is_accented_longer_english() -> None:
    assert t("tui.key.quit", "nl") == "«Ǫûíţ··»"
    assert t("tui.glossary.see", "en", terms="x") == "«Šéé áļšó: x····»"


async def opening_settings(pilot: Pilot[Any]) -> None:
    await ready(pilot)
    app = pilot.app
    assert isinstance(app, BurgerschapApp)
    # The dialog names the data folder: the same one on every run, for the snapshot.
    locations = app.workspace.locations
    app.workspace.locations = replace(locations, home=Path("/home/student/.burgerschap"))
    await pilot.press("i")
    await pilot.pause()


def test_home(snap_compare: Any, tui_app: Callable[..., BurgerschapApp]) -> None:
    assert snap_compare(tui_app(), terminal_size=SIZE, run_before=ready)


def test_play(snap_compare: Any, tui_app: Callable[..., BurgerschapApp]) -> None:
    assert snap_compare(tui_app(), terminal_size=SIZE, run_before=opening("scenario-1", "1"))


def test_ending(snap_compare: Any, tui_app: Callable[..., BurgerschapApp]) -> None:
    run = opening("scenario-1", "1", "enter", "2", "enter")
    assert snap_compare(tui_app(), terminal_size=SIZE, run_before=run)


def test_settings(snap_compare: Any, tui_app: Callable[..., BurgerschapApp]) -> None:
    assert snap_compare(tui_app(), terminal_size=SIZE, run_before=opening_settings)


def test_nickname(snap_compare: Any, tui_app: Callable[..., BurgerschapApp]) -> None:
    assert snap_compare(tui_app(nickname=None), terminal_size=SIZE)


def test_the_pseudo_locale_is_never_offered() -> None:
    # Only an environment variable for tests selects it: not a language, not a choice.
    from typing import get_args

    from burgerschap.i18n import Language

    assert get_args(Language) == ("nl", "en")
    assert catalog.LANGUAGES == ("nl", "en")
