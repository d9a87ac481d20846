"""Every interface string exists in Dutch and English, and the game uses no missing key."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from burgerschap.i18n import STRINGS, t

TUI = Path(__file__).parents[1] / "src" / "burgerschap" / "tui"
KEY = re.compile(r"""["'](tui\.[a-z0-9_.]+)["']""")


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted(STRINGS))
def test_every_key_has_both_languages(key: str) -> None:
    entry = STRINGS[key]
    assert set(entry) >= {"nl", "en"}, key
    assert entry["nl"].strip() and entry["en"].strip(), key
    assert fields(entry["nl"]) == fields(entry["en"]), key


def used_keys() -> set[str]:
    found: set[str] = set()
    for path in TUI.rglob("*.py"):
        found |= set(KEY.findall(path.read_text("utf-8")))
    return found


def test_the_game_uses_only_existing_keys() -> None:
    used = used_keys()
    assert used, "no keys found: the pattern is wrong"
    missing = sorted(k for k in used if k not in STRINGS and not k.endswith("."))
    assert missing == []


@pytest.mark.parametrize("prefix", ["tui.ending.band.", "tui.quiz.band."])
def test_every_band_has_a_sentence(prefix: str) -> None:
    for band in ("low", "middle", "high"):
        assert prefix + band in STRINGS


def test_english_differs_from_dutch_where_it_should() -> None:
    assert t("tui.home.question", "en") != t("tui.home.question", "nl")
    assert t("tui.key.back", "en") == "Step back"
