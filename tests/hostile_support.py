"""The hostile corpus and its checks, for tests/test_hostile_text.py.

Text from outside the code (scenarios, nicknames, reflections, hand-in files,
Twine stories, settings) must never be read as markup and must never put a
control character in front of a terminal. This module holds the strings an
attacker would try, a valid scenario made of the ones a scenario may hold,
and the checks: :func:`assert_plain` on any output, :func:`shown` for what a
Textual screen draws.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from burgerschap.scenario.plaintext import UNSAFE, unicode_name
from burgerschap.scenario.serialize import dump_data

MARKUP = [
    "Ik vond het [/]",
    "[@click=app.quit]klik hier[/]",
    "[bold",
    "$accent en [$accent]kleur[/]",
    "[link=https://example.org]link[/link]",
    "\\[x] en [[dubbel]]",
]
"""Rich and Textual markup: must show as typed, never style, link or crash."""

ESCAPES = {
    "osc52": "\x1b]52;c;aGFjaw==\x07",  # writes the clipboard
    "da": "\x1b[c",  # the terminal answers by typing bytes
    "da2": "\x1b[>c",
    "c1_csi": "\x9b6n",  # U+009B is CSI on its own in some terminals
    "dcs": "\x1bP+q544e\x1b\\",
    "bell_bs_cr": "a\x07b\x08c\rd",
    "nul_del": "x\x00y\x7fz",
    "nel": "a\x85b",
    "bidi": "\u202eevil\u202c",
    "isolate": "\u2066x\u2069",
}
"""Control characters and bidi overrides: must never reach an output."""

YAML_SPELLINGS = [
    "\\e",
    "\\x1b",
    "\\u001b",
    "\\U0000001b",
    "\\x9b",
    "\\N",
    "\\a",
    "\\0",
    "\\b",
    "\\r",
    "\\x7f",
    "\\u202e",
    "\\u2066",
]
"""The same characters written as escapes in a double-quoted YAML string."""

SAFE_UNICODE = [
    "مرحبا بالعالم",  # right to left
    "👩‍👩‍👧 samen",  # emoji with zero-width joiners
    "zero\u200dwidth",
    "café ☕ ñ",
    "lang " + "x" * 5000,
]
"""Text a scenario may hold: must come through unchanged."""

HOSTILE = [*MARKUP, *ESCAPES.values(), *SAFE_UNICODE]


def assert_plain(text: str, where: str = "output") -> None:
    """No unsafe character in ``text`` (a CSV's CRLF line ends aside)."""
    found = UNSAFE.search(text.replace("\r\n", "\n"))
    if found is not None:
        around = text[max(0, found.start() - 40) : found.start() + 40]
        raise AssertionError(f"{where}: {unicode_name(found.group())} in {around!r}")


def assert_plain_bytes(data: bytes, where: str = "output") -> None:
    assert b"\x1b" not in data, f"{where}: an ESC byte"
    assert_plain(data.decode("utf-8"), where)


def shown(app: Any) -> str:
    """Everything the app's screen draws: each segment's text and link, line by line.

    This is what Textual writes to the terminal between its own escape codes,
    so an unsafe character here would reach the terminal. Notifications are
    included (their text, as the toasts hold it).
    """
    lines = []
    for strip in app.screen._compositor.render_strips():
        parts = []
        for segment in strip:
            parts.append(segment.text)
            if segment.style is not None and segment.style.link:
                parts.append(segment.style.link)
        lines.append("".join(parts))
    for note in app._notifications:
        lines += [note.title, note.message]
    return "\n".join(lines)


def hostile_scenario(doc_id: str = "vijandig") -> dict[str, Any]:
    """A valid scenario whose every text is markup or unusual Unicode (no control characters)."""
    m = MARKUP
    return {
        "format": 1,
        "kind": "scenario",
        "id": doc_id,
        "version": 1,
        "title": f"{m[1]} {SAFE_UNICODE[0]}",
        "summary": f"{m[0]} {m[2]} {SAFE_UNICODE[1]}",
        "authors": [m[3]],
        "tags": [m[4]],
        "reflection": f"{m[0]} vraag",
        "dimensions": {
            "participatie": {
                "label": m[1],
                "description": m[2],
                "feedback": {"low": m[0], "middle": m[3], "high": m[5]},
            },
            "samenwerking": {"label": f"{m[3]} {SAFE_UNICODE[2]}"},
        },
        "start": "begin",
        "nodes": {
            "begin": {
                "title": f"{m[0]} begin",
                "text": f"{m[1]}\n\n{m[2]} {SAFE_UNICODE[3]}\n\n{SAFE_UNICODE[4]}",
                "choices": [
                    {
                        "text": m[1],
                        "goto": "vraag",
                        "effects": {"participatie": 1},
                        "feedback": m[2],
                    },
                    {"text": m[3], "goto": "einde", "effects": {"samenwerking": 1}},
                ],
            },
            "vraag": {
                "title": m[5],
                "question": f"{m[0]} vraag?",
                "options": [
                    {"text": f"{m[4]} ja", "correct": True, "feedback": m[0]},
                    {"text": f"nee {m[1]}"},
                ],
                "explanation": f"{m[2]} uitleg",
                "source": m[1],
                "goto": "einde",
            },
            "einde": {"ending": {"title": f"{m[0]} einde", "text": m[1], "why": m[2]}},
        },
    }


def write_scenario(folder: Path, data: dict[str, Any], name: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / (name or f"{data['id']}.yaml")
    path.write_text(dump_data(data), "utf-8")
    return path


def escaped_scenario(spelling: str = "\\e") -> str:
    """A scenario file whose title writes a control character as a YAML escape."""
    return (
        "format: 1\n"
        "id: ontsnapt\n"
        f'title: "Klik {spelling}]52;c;aGFjaw==\\a hier"\n'
        "dimensions: {p: {label: P}}\n"
        "start: begin\n"
        "nodes:\n"
        "  begin:\n"
        '    text: "Hallo\\e[c"\n'
        "    choices: [{text: Door, goto: einde}]\n"
        "  einde: {ending: {title: Einde}}\n"
    )
