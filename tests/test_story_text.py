"""The story text widget: Markdown shown as wrapped lines in one widget."""

from __future__ import annotations

from typing import Any

import pytest
from textual.app import App, ComposeResult
from textual.geometry import Region
from textual.strip import Strip

from burgerschap.tui.themes import THEMES
from burgerschap.tui.widgets.story_text import StoryText


class StoryApp(App[None]):
    def __init__(self, markdown: str) -> None:
        super().__init__()
        self.markdown = markdown

    def compose(self) -> ComposeResult:
        yield StoryText(self.markdown)

    def on_mount(self) -> None:
        self.register_theme(THEMES["default"])
        self.theme = THEMES["default"].name


async def rendered(markdown: str, width: int) -> list[Strip]:
    app = StoryApp(markdown)
    async with app.run_test(size=(width, 60)) as pilot:
        await pilot.pause()
        widget = app.query_one(StoryText)
        return list(widget.render_lines(Region(0, 0, width, widget.size.height)))


def plain(strips: list[Strip]) -> list[str]:
    return [strip.text.rstrip() for strip in strips]


def style_of(strips: list[Strip], word: str) -> Any:
    for strip in strips:
        for segment in strip:
            if word in segment.text:
                return segment.style
    raise AssertionError(f"{word!r} is not shown")


async def test_paragraphs_wrap_and_are_set_apart() -> None:
    lines = plain(
        await rendered("Het bankje op het plein is kapot.\nOma zat er elke middag.\n\nNu niet.", 20)
    )
    assert lines == [
        "Het bankje op het",
        "plein is kapot. Oma",
        "zat er elke middag.",
        "",
        "Nu niet.",
    ]


async def test_list_items_wrap_under_their_text_and_nest() -> None:
    markdown = (
        "Wie?\n\n- Henk, die elke week naar het ziekenhuis moet\n- Scholieren\n"
        "  - van het mbo\n- Ouderen\n\n1. Eerst\n2. Dan"
    )
    lines = plain(await rendered(markdown, 24))
    assert lines == [
        "Wie?",
        "",
        "• Henk, die elke week",
        "  naar het ziekenhuis",
        "  moet",
        "• Scholieren",
        "  ◦ van het mbo",
        "• Ouderen",
        "",
        "1. Eerst",
        "2. Dan",
    ]


async def test_a_quote_keeps_its_mark_on_every_line() -> None:
    markdown = "> **NIEUWS:** de sporthal gaat dicht voor de jeugd.\n>\n> Klopt dat wel?\n\nDaarna."
    lines = plain(await rendered(markdown, 24))
    assert lines == [
        "▌ NIEUWS: de sporthal",
        "▌ gaat dicht voor de",
        "▌ jeugd.",
        "▌",
        "▌ Klopt dat wel?",
        "",
        "Daarna.",
    ]


async def test_rules_code_and_tables() -> None:
    markdown = "Boven\n\n---\n\n```\nx = 1\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |"
    lines = plain(await rendered(markdown, 12))
    assert lines == ["Boven", "", "─" * 12, "", "x = 1", "", "a │ b", "1 │ 2"]


async def test_styles_come_from_the_theme() -> None:
    theme = THEMES["default"]
    strips = await rendered(
        "## Lijn 74\n\nDe **bus** gaat *weg*. Zie [de site](https://example.nl).", 60
    )
    heading = style_of(strips, "Lijn 74")
    assert heading.color is not None
    assert heading.color.triplet.hex == theme.variables["markdown-h2-color"]
    assert heading.bold
    assert style_of(strips, "bus").bold
    assert style_of(strips, "weg").italic
    link = style_of(strips, "de site")
    assert link.underline
    assert link.link == "https://example.nl"


@pytest.mark.parametrize("width", [1, 3])
async def test_a_narrow_width_never_fails(width: int) -> None:
    lines = plain(await rendered("> - een lijst in een citaat met lange woorden", width))
    assert lines
    assert all(len(line) <= max(width, 4) for line in lines)


async def test_show_replaces_the_text() -> None:
    app = StoryApp("Eerst dit.")
    async with app.run_test(size=(40, 10)) as pilot:
        widget = app.query_one(StoryText)
        widget.show("Dan **dat**.")
        await pilot.pause()
        lines = plain(list(widget.render_lines(Region(0, 0, 40, widget.size.height))))
        assert lines == ["Dan dat."]
        assert widget.markdown == "Dan **dat**."
