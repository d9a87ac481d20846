"""Reading Twine files: HTML pages and archives, metadata, and text that is not what Twine writes.

Control characters, malformed HTML, nesting thousands deep and thousands of
unclosed macros must come in as plain text with a warning, never as markup,
a crash or a hang.
"""

from __future__ import annotations

from burgerschap.scenario.plaintext import find_unsafe
from burgerschap.scenario.serialize import dump_data
from burgerschap.scenario.twee import import_twee, parse_passages
from burgerschap.scenario.twine_convert import TwineImport, convert
from burgerschap.scenario.twine_html import read_html
from twine_support import TWINE


def choices(result: TwineImport, node: str) -> list[tuple[str, str]]:
    return [(c["text"], c["goto"]) for c in result.data["nodes"][node]["choices"]]


def test_a_library_archive_holds_several_stories() -> None:
    stories = read_html((TWINE / "archief.html").read_text("utf-8"), "archief.html")
    assert [(s.title, s.format, s.start, len(s.passages)) for s in stories] == [
        ("Zwerfafval (Chapbook)", "Chapbook", "Begin", 4),
        ("De buurtapp (Snowman)", "Snowman", "Start", 3),
    ]
    assert stories[1].ifid == "9A8B7C6D-5E4F-4A3B-8C2D-1E0F9A8B7C6D"
    assert stories[0].passages[0].line == 1


def test_a_published_page_is_read_past_the_story_format_code() -> None:
    # The stand-in engine script holds '<tw-storydata ...>' in a string: never a story.
    [story] = read_html((TWINE / "harlowe.html").read_text("utf-8"), "harlowe.html")
    assert story.title == "Het buurtfeest (Harlowe)" and len(story.passages) == 7
    assert [(p.code, p.params["kind"]) for p in story.problems] == [("twine_story_code", "CSS")]


def test_html_reading_problems_are_reported() -> None:
    page = (
        '<tw-storydata name="Kapot" startnode="9" ifid="x">'
        '<tw-passagedata pid="1" name="A">[[B]]</tw-passagedata>'
        '<tw-passagedata pid="2" name="">zonder naam</tw-passagedata>'
        '<tw-passagedata pid="3" name="B">Einde. <b>vet</b></tw-passagedata>'
        "</tw-storydata>"
    )
    [story] = read_html(page, "kapot.html")
    assert [(p.code, p.params["passage"]) for p in story.problems] == [
        ("twine_passage_unnamed", "2"),
        ("twine_start_pid_missing", "9"),
    ]
    result = convert(story)
    assert result.data["start"] == "A"  # no start passage: the first one
    assert "source_ifid" not in result.data  # 'x' is no IFID
    # A tag written by hand inside a passage (Twine escapes them) stays text, then is reported.
    assert result.data["nodes"]["B"]["ending"]["text"] == "Einde. vet"
    assert read_html("<html><body><p>Geen Twine</p></body></html>") == []


def test_control_characters_are_dropped_with_a_warning_per_passage() -> None:
    esc, bidi = "\x1b[31m", "\u202e"
    twee = (
        f":: StoryTitle\nT{esc}itel\n\n"
        f":: Start\x07\nTekst{esc} rood\x00.\n[[Ga{bidi}->B]]\n:: B\nEinde.\r\n"
    )
    result = import_twee(twee, "x.twee")
    assert result.data["title"] == "T[31mitel"  # the escape character is gone, so is its power
    assert choices(result, "Start") == [("Ga", "B")]
    assert result.data["nodes"]["Start"]["text"] == "Tekst[31m rood."
    assert find_unsafe(dump_data(result.data)) == -1
    assert [(w.code, w.params["passage"], w.line) for w in result.warnings] == [
        ("twee_control_char", "StoryTitle", 2),
        ("twee_control_char", "Start", 4),
    ]
    raw = f'<tw-storydata name="T{esc}x"><tw-passagedata pid="1" name="A\x07">b{bidi}c\r\nd'
    [story] = read_html(raw + '</tw-passagedata><tw-passagedata pid="2" name="B">ok\r\n')
    assert (story.title, story.passages[0].name, story.passages[0].text) == ("T[31mx", "A", "bc\nd")
    assert [(p.code, p.params["passage"]) for p in story.problems] == [
        ("twee_control_char", "T[31mx"),
        ("twee_control_char", "A"),
    ]  # not B: a Windows line end is no control character
    # As character references, HTML drops C0 controls and reads C1 as Windows-1252.
    [story] = read_html('<tw-storydata name="T&#27;x&#x9b;"></tw-storydata>')
    assert story.title == "Tx\u203a"


def test_parse_passages_keeps_unknown_metadata_keys() -> None:
    passages, problems = parse_passages(
        ':: A [t] {"position":"1,2","size":"3,4","burgerschap":{"effects":{"x":1}}}\nTekst\n'
    )
    assert problems == []
    assert passages[0].metadata["burgerschap"] == {"effects": {"x": 1}}


def test_markup_nested_thousands_deep_is_kept_as_text() -> None:
    deep = "(if: $x)[" * 3000 + "tekst" + "]" * 3000
    result = import_twee(f":: Start\n{deep}\n[[B]]\n:: B\nEinde.\n", "diep.twee")
    assert [(w.code, w.params["kind"]) for w in result.warnings] == [
        ("twine_too_deep", "40"),
        ("twine_conditional_text", "(if:)"),
    ]
    assert choices(result, "Start") == [("B", "B")]
    assert result.data["nodes"]["Start"]["text"].endswith("tekst" + "]" * 2960)


def test_thousands_of_unclosed_macros_are_read_once_then_kept_as_text() -> None:
    # Every unclosed macro would make the reader look to the end of the passage again.
    text = "(a: " * 20000 + "\n[[B]]"
    result = import_twee(f":: Start\n{text}\n:: B\nEinde.\n", "veel.twee")
    assert [w.code for w in result.warnings] == ["twine_too_complex"]
    assert choices(result, "Start") == [("B", "B")]
    assert result.data["nodes"]["Start"]["text"].startswith("(a: (a: ")


def test_unclosed_tags_and_comments_in_html_stay_text() -> None:
    # Twine never writes them (it escapes every <); read as text, never as markup.
    page = (
        '<tw-storydata name="Kapot"><tw-passagedata pid="1" name="A">Tekst <a href="x'
        "\n<!-- open\n[[Verder->B]]</tw-passagedata>"
        '<tw-passagedata pid="2" name="B">Einde.</tw-passagedata></tw-storydata>'
    )
    [story] = read_html(page)
    assert story.passages[0].text == 'Tekst <a href="x\n<!-- open\n[[Verder->B]]'
    assert [p.name for p in story.passages] == ["A", "B"]
