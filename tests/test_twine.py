"""Twine stories as teachers have them: Twee 3 and Twine 2 HTML, in the four common formats.

Every link form of Harlowe, SugarCube, Chapbook and Snowman, the variable
changes and conditions that carry over, what is reported (once per kind),
the counts and the needs-work reasons, with the stories under tests/data/twine
(each in Twee and in HTML) and a generated 150-passage Harlowe story.
"""

from __future__ import annotations

from typing import Any

import pytest

from burgerschap.i18n.problem_words import problem_line
from burgerschap.scenario.twee import import_twee
from burgerschap.scenario.twine_convert import TwineImport, convert, node_ids
from burgerschap.scenario.twine_html import read_html
from burgerschap.scenario.twine_report import (
    group_problems,
    import_stats,
    needs_work,
)
from twine_support import SOURCES, generated_harlowe, imported

KINDS = ("twee", "html")


def choices(result: TwineImport, node: str) -> list[tuple[str, str]]:
    return [(c["text"], c["goto"]) for c in result.data["nodes"][node]["choices"]]


def choice(result: TwineImport, node: str, text: str) -> dict[str, Any]:
    found = [c for c in result.data["nodes"][node]["choices"] if c["text"] == text]
    assert len(found) == 1, choices(result, node)
    return dict(found[0])


def reported(result: TwineImport) -> list[tuple[str, str, str]]:
    return [(w.code, w.params["passage"], w.params.get("what", "")) for w in result.warnings]


@pytest.mark.parametrize("story_format", sorted(SOURCES))
def test_twee_and_html_give_the_same_draft(story_format: str) -> None:
    twee, page = imported(story_format, "twee"), imported(story_format, "html")
    assert twee.data == page.data
    assert twee.document is not None, [problem_line(p, "en") for p in twee.inspection.problems]  # type: ignore[union-attr]


# Harlowe


@pytest.mark.parametrize("kind", KINDS)
def test_harlowe_link_forms_become_choices(kind: str) -> None:
    result = imported("harlowe", kind)
    assert result.data["start"] == "het-plein"  # StoryData's start / the startnode pid
    assert choices(result, "het-plein") == [
        ("Ik help mee", "pfad-2-ubung-1"),  # [[text->target]]
        ("Ik vraag de buurvrouw", "Buurvrouw"),  # [[target<-text]]
        ("Ik blijf thuis", "Thuis"),  # [[text|target]]
        ("Ik lees eerst de poster", "Poster"),  # (link-goto: "text", "target")
        ("Ik bel de gemeente", "Gemeente"),  # (link: "text")[(go-to: "target")]
    ]
    assert choices(result, "pfad-2-ubung-1") == [
        ("Klaar", "Feest"),  # (click-goto: "text", "target")
        ("Ik maak ook een bord", "Feest"),  # (link-reveal-goto: "text", "target")[...]
    ]
    assert ("Feest", "Feest") in choices(result, "Buurvrouw")  # (link-goto: "target")
    # A lone (go-to:) moves on without asking: a choice, and reported.
    assert choices(result, "Poster") == [("Het plein", "het-plein")]
    assert ("twine_goto", "Poster", '(go-to: "Het plein")') in reported(result)


@pytest.mark.parametrize("kind", KINDS)
def test_harlowe_variables_become_flags_effects_and_conditions(kind: str) -> None:
    result = imported("harlowe", kind)
    # (set: $gebeld to true) in the link's hook; (set: $score to $score + 2) in Gemeente.
    assert choice(result, "het-plein", "Ik bel de gemeente") == {
        "text": "Ik bel de gemeente",
        "goto": "Gemeente",
        "effects": {"score": 2},
        "set": ["gebeld"],
    }
    # (set: $score to it + 1) in the passage the link leads to.
    assert choice(result, "het-plein", "Ik help mee")["effects"] == {"score": 1}
    assert choice(result, "pfad-2-ubung-1", "Ik maak ook een bord")["set"] == ["bord"]
    assert result.data["dimensions"]["score"] == {"label": "score"}
    # (if:)[...](else:)[...] and (unless:)[...] guarding links.
    assert choice(result, "Buurvrouw", "Vertel over de gemeente")["if"] == {"flags": ["gebeld"]}
    assert choice(result, "Buurvrouw", "Samen aan de slag")["if"] == {"not_flags": ["gebeld"]}
    assert choice(result, "Buurvrouw", "Toch maar niet")["if"] == {"not_flags": ["bord"]}
    assert "if" not in choice(result, "Buurvrouw", "Feest")
    # (set: $gebeld to false) in the start passage: going back there switches the flag off.
    assert choice(result, "Poster", "Het plein")["unset"] == ["gebeld"]


@pytest.mark.parametrize("kind", KINDS)
def test_harlowe_markup_is_taken_out_and_reported(kind: str) -> None:
    result = imported("harlowe", kind)
    nodes = result.data["nodes"]
    assert nodes["Gemeente"]["text"] == "De ambtenaar luistert. Je score is.\nGoed bezig!"
    assert nodes["Thuis"] == {
        "ending": {"title": "Thuis", "text": "**Jammer.** Het feest gaat niet door."}
    }
    story_reports = [
        r for r in reported(result) if r[0] not in ("twee_skipped", "twine_story_code")
    ]
    assert story_reports == [
        ("twine_set", "Gemeente", '(set: $naam to "Piet")'),
        ("twine_macro", "Gemeente", '(text-style: "bold")[De ambtenaar]'),
        ("twine_macro", "Gemeente", "(print: $score)"),
        ("twine_condition", "Gemeente", "(if: $score > 2)"),
        ("twine_macro", "Poster", "(print: $score)"),
        ("twine_dynamic_link", "Poster", '(link-goto: "Ergens heen", $doel)'),
        ("twine_goto", "Poster", '(go-to: "Het plein")'),
        ("twine_macro", "Feest", "(print: $score)"),
    ]
    assert not any("(" in str(node) and ":)" in str(node) for node in nodes.values())


def test_unknown_macros_are_grouped_per_kind_with_a_count() -> None:
    result = imported("harlowe", "twee")
    groups = {
        (first.code, first.params["kind"]): (count, first.params["passage"])
        for first, count in group_problems(result.warnings)
    }
    assert groups[("twine_macro", "(print:)")] == (3, "Gemeente")
    assert groups[("twine_macro", "(text-style:)")] == (1, "Gemeente")
    assert groups[("twine_set", "(set:)")] == (1, "Gemeente")


@pytest.mark.parametrize("kind", KINDS)
def test_passage_names_are_kept_as_titles(kind: str) -> None:
    result = imported("harlowe", kind)
    assert result.names["Pfad 2: Übung 1"] == "pfad-2-ubung-1"
    node = result.data["nodes"]["pfad-2-ubung-1"]
    assert node["title"] == "Pfad 2: Übung 1"
    # HTML entities decoded, and the text stays plain text.
    assert node["text"].startswith("Je sjouwt tafels & stoelen naar het plein. <3\n")
    # A valid name is the id itself: no title needed; a first-line heading wins.
    assert "title" not in result.data["nodes"]["Buurvrouw"]
    assert result.data["nodes"]["het-plein"]["title"] == "Het buurtfeest"
    assert result.passages["pfad-2-ubung-1"].tags == ["werk"]


def test_twee_metadata_is_kept_per_passage() -> None:
    result = imported("harlowe", "twee")
    assert result.passages["pfad-2-ubung-1"].metadata == {
        "position": "250,250",
        "size": "100,100",
        "burgerschap": {"note": "kept for the exporter"},
    }
    page = imported("harlowe", "html")
    assert page.passages["pfad-2-ubung-1"].metadata == {"position": "250,250", "size": "100,100"}


# SugarCube


@pytest.mark.parametrize("kind", KINDS)
def test_sugarcube_link_forms_become_choices(kind: str) -> None:
    result = imported("sugarcube", kind)
    assert result.data["start"] == "Start"  # startnode 2 in the HTML: StoryInit is pid 1
    assert choices(result, "Start") == [
        ("Ik repareer het", "Repareren"),  # [[text|target][$x to 1]]
        ("Ik meld het", "Melding"),  # [[text->target]]
        ("Ik vraag de buren", "Buren"),  # <<link "text" "target">>
        ("Ik bel de wijkagent", "Wijkagent"),  # <<link "text">><<goto "target">><</link>>
        ("Ik kijk eerst rond", "Rondkijken"),  # <<button "text" "target">>
    ]
    assert choices(result, "Rondkijken") == [("Start", "Start")]  # a lone <<goto>>
    assert ("twine_goto", "Rondkijken", '<<goto "Start">>') in reported(result)


@pytest.mark.parametrize("kind", KINDS)
def test_sugarcube_setters_and_conditions(kind: str) -> None:
    result = imported("sugarcube", kind)
    # The setter ($score to $score + 1; $zelf to true) and <<set $score++>> in Repareren.
    assert choice(result, "Start", "Ik repareer het") == {
        "text": "Ik repareer het",
        "goto": "Repareren",
        "effects": {"score": 2},
        "set": ["zelf"],
    }
    # <<set>> in the link's body, and <<set $score += 2>> in the passage it leads to.
    assert choice(result, "Start", "Ik vraag de buren")["set"] == ["samen"]
    assert choice(result, "Start", "Ik vraag de buren")["effects"] == {"score": 2}
    assert choice(result, "Start", "Ik bel de wijkagent")["effects"] == {"score": -1}
    assert choice(result, "Start", "Ik meld het")["unset"] == ["zelf"]  # <<unset $zelf>>
    assert choice(result, "Buren", "Samen repareren")["if"] == {"flags": ["samen"]}
    assert choice(result, "Buren", "Alleen repareren")["if"] == {"not_flags": ["samen"]}
    assert choice(result, "Buren", "Toch melden")["if"] == {"not_flags": ["zelf"]}
    story = [r for r in reported(result) if r[0] not in ("twee_skipped", "twine_story_code")]
    assert story == [
        ("twine_set_start", "Start", "<<set $gezien to true>>"),
        ("twine_goto", "Rondkijken", '<<goto "Start">>'),
        ("twine_set", "Buren", '<<set $naam to "Piet">>'),
        ("twine_macro", "Buren", "<<print $naam>>"),
        ("twine_html", "Buren", '<span class="hint">'),
        ("twine_condition", "Buren", "<<if $score gt 2>>"),
        ("twine_macro", "Repareren", "<<= $score>>"),
        ("twine_macro", "Melding", "<<print $score>>"),
    ]
    assert result.data["nodes"]["Buren"]["text"] == (
        "De buren staan klaar. Hallo! Kies goed.\nJe doet het goed."
    )


# Chapbook and Snowman


@pytest.mark.parametrize("kind", KINDS)
def test_chapbook_links_vars_modifiers_and_back_links(kind: str) -> None:
    result = imported("chapbook", kind)
    assert choices(result, "Begin") == [
        ("Ik ruim het op", "Opruimen"),  # {link to: 'target', label: 'text'}
        ("Ik loop door", "Verder"),  # [[text->target]]
    ]
    # The vars section of Opruimen counts for the way in.
    assert choice(result, "Begin", "Ik ruim het op") == {
        "text": "Ik ruim het op",
        "goto": "Opruimen",
        "effects": {"score": 1},
        "set": ["opgeruimd"],
    }
    assert choice(result, "Opruimen", "Ik vraag anderen mee")["if"] == {"flags": ["opgeruimd"]}
    assert choice(result, "Opruimen", "Ik stop ermee")["if"] == {"not_flags": ["opgeruimd"]}
    # {back link}: only Begin leads to Opruimen, so that is where back goes.
    assert choice(result, "Opruimen", "Terug")["goto"] == "Begin"
    # Two passages lead to Verder: its back link cannot be known, and is reported.
    assert choices(result, "Verder") == [("Samen", "Samen")]  # {link to: 'target'}
    assert ("twine_back_unknown", "Verder", "{back link}") in reported(result)
    assert result.data["nodes"]["Opruimen"]["text"] == (
        "Je raapt het afval op. Hallo {naam}!\n\nHet begint te regenen."
    )
    kinds = {(r.code, r.params["kind"]) for r in result.warnings}
    assert {("twine_macro", "[after]"), ("twine_macro", "[note]"), ("twine_set", "vars")} <= kinds
    assert ("twine_variable", "{}") in kinds and ("twine_macro", "{embed image}") in kinds


@pytest.mark.parametrize("kind", KINDS)
def test_snowman_keeps_plain_links_and_reports_code(kind: str) -> None:
    result = imported("snowman", kind)
    assert choices(result, "Start") == [
        ("Ik reageer rustig", "Rustig"),
        ("Ik zeg niets", "ik-zeg-niets"),
    ]
    assert result.data["nodes"]["ik-zeg-niets"]["ending"]["title"] == "Ik zeg niets"
    assert [(r.code, r.params["kind"]) for r in result.warnings] == [("twine_code", "<% %>")] * 2
    assert result.data["nodes"]["Start"]["text"] == (
        "Iemand zet een gemeen bericht in de buurtapp.\n\nJe naam is."
    )


# Ids, counts and needs-work


def test_node_ids_stay_readable_and_never_collide() -> None:
    assert node_ids(["a b", "a-b", "A B", "Übung", "übung!"]) == {
        "a b": "a-b-2",
        "a-b": "a-b",
        "A B": "a-b-3",
        "Übung": "ubung",
        "übung!": "ubung-2",
    }


def test_the_generated_story_has_every_link_and_what_twine_shows_reachable() -> None:
    story = generated_harlowe()
    for result in (
        import_twee(story.twee, "groot.twee"),
        convert(read_html(story.html, "groot.html")[0]),
    ):
        stats = import_stats(result.data, len(result.story.passages))  # type: ignore[union-attr]
        assert (stats.passages, stats.nodes) == (150, 150)
        assert stats.choices == story.links
        assert stats.reachable == story.reachable == 149
        assert stats.endings == story.endings
        assert not stats.start_is_ending and needs_work(stats) == []
        assert result.warnings == []
        assert result.data["nodes"]["pfad-0-ubung-0"]["title"] == "Pfad 0: Übung 0"
        assert result.document is not None


def test_a_start_that_is_an_ending_needs_work() -> None:
    result = import_twee(':: StoryData\n{"start": "A"}\n:: A\nAlleen (set: $x to 1)\n:: B\n[[A]]\n')
    stats = import_stats(result.data, 2)
    assert stats.start_is_ending
    assert needs_work(stats) == [("start_is_ending", {"start": "A"})]


def test_under_half_reachable_needs_work() -> None:
    text = ":: Start\n[[A]]\n:: A\nEinde.\n" + "".join(f":: L{i}\n[[A]]\n" for i in range(3))
    result = import_twee(text)
    stats = import_stats(result.data, 5)
    assert (stats.reachable, stats.nodes) == (2, 5)
    assert needs_work(stats) == [("few_reachable", {"reachable": 2, "nodes": 5})]
    half = import_twee(":: Start\n[[A]]\n:: A\nEinde.\n:: L\n[[A]]\n:: M\n[[A]]\n")
    assert needs_work(import_stats(half.data, 4)) == []  # exactly half is enough


def small(story_format: str, *passages: str) -> TwineImport:
    """A story in ``story_format`` from passage texts ``"Name\\nText"``; the first is the start."""
    start = passages[0].split("\n", 1)[0]
    data = f'{{"format": "{story_format}", "start": "{start}"}}'
    return import_twee(f":: StoryData\n{data}\n" + "".join(f":: {p}\n" for p in passages))


def test_back_links_of_harlowe_and_sugarcube() -> None:
    harlowe = small("Harlowe", "A\n[[B]]", 'B\n(link-undo: "Terug naar A")')
    assert choices(harlowe, "B") == [("Terug naar A", "A")]
    sugarcube = small("SugarCube", "A\n[[B]]\n[[C]]", "B\n<<back>>", 'C\n<<return "Ga terug">>')
    assert choices(sugarcube, "B") == [("Terug", "A")]
    assert choices(sugarcube, "C") == [("Ga terug", "A")]


def test_more_harlowe_changes_and_conditions() -> None:
    result = small(
        "Harlowe",
        'A\n(link: "Verder")[(put: $score + 1 into $score)(goto: "B")]\n'
        '(link: "Weg")[(set: $score to $score - 2, $weg to true)(go-to: "B")]',
        "B\n(if: not $weg)[[[Blijf->C]]](else-if: $score is true)[[[Ga->C]]](else:)[[[Nee->C]]]\n"
        '(if: $weg is false)[[[Ook->C]]]\n(LinkGoto: "Hoofdletters", "C")',
        "C\nEinde.",
    )
    assert choice(result, "A", "Verder")["effects"] == {"score": 1}
    assert choice(result, "A", "Weg") == {
        "text": "Weg",
        "goto": "B",
        "effects": {"score": -2},
        "set": ["weg"],
    }
    assert choice(result, "B", "Blijf")["if"] == {"not_flags": ["weg"]}
    assert choice(result, "B", "Ga")["if"] == {"flags": ["score", "weg"]}
    assert choice(result, "B", "Nee")["if"] == {"flags": ["weg"], "not_flags": ["score"]}
    assert choice(result, "B", "Ook")["if"] == {"not_flags": ["weg"]}
    assert ("Hoofdletters", "C") in choices(result, "B")  # macro names ignore case and dashes


def test_more_sugarcube_conditions() -> None:
    result = small(
        "SugarCube",
        "A\n<<if $a>>[[Eén->B]]<<elseif !$b>>[[Twee->B]]<<else>>[[Drie->B]]<</if>>\n"
        "<<if $a is false>><<link [[Vier|B][$c = true]]>><</link>><</if>>",
        "B\nEinde.",
    )
    assert choice(result, "A", "Eén")["if"] == {"flags": ["a"]}
    assert choice(result, "A", "Twee")["if"] == {"not_flags": ["b", "a"]}
    assert choice(result, "A", "Drie")["if"] == {"flags": ["b"], "not_flags": ["a"]}
    assert choice(result, "A", "Vier") == {
        "text": "Vier",
        "goto": "B",
        "if": {"not_flags": ["a"]},
        "set": ["c"],
    }


def test_more_chapbook_forms() -> None:
    result = small(
        "Chapbook",
        "A\nLees {link to: 'https://prodemos.nl', label: 'ProDemos'}.\n[unless klaar]\n[[Door->B]]",
        "B\nEinde.",
    )
    assert result.data["nodes"]["A"]["text"] == "Lees [ProDemos](https://prodemos.nl)."
    assert choice(result, "A", "Door")["if"] == {"not_flags": ["klaar"]}


def test_harlowe_hooks_around_links_and_chained_changers() -> None:
    result = small(
        "Harlowe",
        "A\n|keuze>[[[Eén->B]]]\n[[[Twee->B]]]<andere|\n[[[Drie->B]]]\n"
        '(text-colour: red) + (text-style: "bold")[Let op] en [noot].',
        "B\nEinde.",
    )
    assert choices(result, "A") == [("Eén", "B"), ("Twee", "B"), ("Drie", "B")]
    assert result.data["nodes"]["A"]["text"] == "Let op en [noot]."
