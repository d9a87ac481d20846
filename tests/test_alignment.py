"""Alignment (issue 12): do the scores mean what the story teaches?

Each warning fires on a small hand-written scenario, at the line of the value
to change, and stays silent once that value is corrected. How ``check``, its JSON and the
editor show them is in tests/test_alignment_cli.py; the property tests are in
tests/test_alignment_properties.py.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from burgerschap.i18n.problem_words import problem_line, problem_text
from burgerschap.scenario.analyzer import Analysis, analyze
from burgerschap.scenario.loader import inspect_text
from burgerschap.scenario.models import Scenario
from test_analyzer import diamond

ALIGN = {
    "align_best_bad",
    "align_good_low",
    "harm_rewarded",
    "tag_mismatch",
    "ladder_order",
    "ending_outcome_missing",
}


def run(text: str, **kwargs: Any) -> Analysis:
    """Analyse YAML text as the file ``s.yaml``, with positions."""
    inspection = inspect_text(text, "s.yaml")
    assert inspection.ok, [problem_line(p) for p in inspection.problems]
    doc = inspection.document
    assert isinstance(doc, Scenario)
    return analyze(doc, "s.yaml", inspection.positions, **kwargs)


def found(analysis: Analysis, code: str) -> list[tuple[str | None, int | None, int | None]]:
    """``(node, line, col)`` of every warning with ``code``."""
    return [(p.node, p.line, p.col) for p in analysis.problems if p.code == code]


def aligned_codes(analysis: Analysis) -> list[str]:
    return [p.code for p in analysis.problems if p.code in ALIGN]


HEAD = """\
format: 1
id: plein
title: Het plein
dimensions:
  participatie: {label: Participatie}
  samenwerking: {label: Samenwerking}
start: begin
nodes:
"""


# align_best_bad


def best_bad(points: int) -> str:
    """The bad ending is reached with ``points`` participation, the good one with 2."""
    return HEAD + (
        "  begin:\n"  # line 9
        "    text: Wat doe je?\n"
        "    choices:\n"
        "      - {text: Samen, goto: goed, effects: {participatie: 2}}\n"
        f"      - {{text: Schelden, goto: slecht, effects: {{participatie: {points}}}}}\n"
        "      - {text: Niets, goto: gemengd}\n"
        "  goed:\n"  # line 15
        "    ending: {title: Samen gelukt, outcome: goed}\n"
        "  slecht:\n"  # line 17
        "    ending:\n"
        "      title: Ruzie\n"
        "      outcome: slecht\n"  # line 20
        "  gemengd:\n"
        "    ending: {title: Half, outcome: gemengd}\n"
    )


@pytest.mark.parametrize("points", [3, 2])  # higher, and a tie (ties count)
def test_best_path_that_ends_badly(points: int) -> None:
    result = run(best_bad(points))
    assert found(result, "align_best_bad") == [("slecht", 20, 7)]
    [problem] = [p for p in result.problems if p.code == "align_best_bad"]
    assert problem.params["dimension"] == "participatie" and problem.params["max"] == points
    assert problem_line(problem, "nl").startswith("s.yaml:20:7: waarschuwing: wie de hoogste score")
    assert "'slecht'" in problem_text(problem, "en") and "Ruzie" in problem_text(problem, "en")
    best = {b.node: b.outcome for b in result.alignment["participatie"].best}
    assert best == ({"slecht": "slecht"} if points == 3 else {"goed": "goed", "slecht": "slecht"})


def test_best_path_that_ends_well_is_silent() -> None:
    result = run(best_bad(1))
    assert aligned_codes(result) == []
    assert [b.node for b in result.alignment["participatie"].best] == ["goed"]


def test_a_dimension_everyone_ends_alike_on_is_not_blamed() -> None:
    # samenwerking is 0 everywhere: the best path is every path, bad ending included.
    result = run(best_bad(1))
    assert result.alignment["samenwerking"].high == 0
    assert "dimension_unused" in [p.code for p in result.problems]
    assert "align_best_bad" not in aligned_codes(result)


# align_good_low


def good_low(points: int) -> str:
    """Participation 0..100; the good ending is reached with at most ``points``."""
    return HEAD + (
        "  begin:\n"
        "    text: Wat doe je?\n"
        "    choices:\n"
        f"      - {{text: Samen, goto: goed, effects: {{participatie: {points}}}}}\n"
        "      - {text: Alles zelf, goto: gemengd, effects: {participatie: 100}}\n"
        "      - {text: Niets, goto: gemengd}\n"
        "  goed:\n"  # line 15
        "    ending: {title: Samen gelukt, outcome: goed, why: Samen ging het.}\n"
        "  gemengd:\n"
        "    ending: {title: Half, outcome: gemengd}\n"
    )


def test_good_ending_only_reached_with_a_low_score() -> None:
    # 33 of 0..100 is 33%: the lower third, where the results screen says "low".
    result = run(good_low(33))
    assert found(result, "align_good_low") == [("goed", 16, 35)]
    [problem] = [p for p in result.problems if p.code == "align_good_low"]
    assert (problem.params["max"], problem.params["low"], problem.params["high"]) == (33, 0, 100)
    assert "hoogstens 33 (van 0 tot 100)" in problem_text(problem, "nl")


def test_good_ending_reached_with_a_middle_score_is_silent() -> None:
    assert aligned_codes(run(good_low(34))) == []


# harm_rewarded


def harm(effects: str) -> str:
    return HEAD + (
        "  begin:\n"
        "    text: Wat doe je?\n"
        "    choices:\n"
        "      - text: Ik zet een filmpje van hem online.\n"
        "        goto: einde\n"
        f"        effects: {effects}\n"  # line 14
        "        harm: true\n"
        "      - {text: Ik praat met hem., goto: einde, effects: {samenwerking: 1}}\n"
        "  einde: {ending: {title: Einde}}\n"
    )


def test_harm_that_earns_points() -> None:
    result = run(harm("{participatie: 0, samenwerking: 2}"))
    assert found(result, "harm_rewarded") == [("begin", 14, 36)]  # at the positive effect
    [problem] = [p for p in result.problems if p.code == "harm_rewarded"]
    assert problem.params["effects"] == "samenwerking +2"
    assert "maak die effecten 0 of lager" in problem_text(problem, "nl")


@pytest.mark.parametrize("effects", ["{participatie: 0, samenwerking: -2}", "{}"])
def test_harm_that_costs_or_earns_nothing_is_silent(effects: str) -> None:
    assert aligned_codes(run(harm(effects))) == []


# tag_mismatch


def tagged(tags: str, effects: str) -> str:
    return HEAD + (
        "  begin:\n"
        "    text: Wat doe je?\n"
        "    choices:\n"
        "      - text: Dat doe ik.\n"
        "        goto: einde\n"
        f"        effects: {effects}\n"  # line 14
        f"        {tags}\n"
        "  einde: {ending: {title: Einde}}\n"
    )


@pytest.mark.parametrize(
    ("tags", "wrong", "right", "dimension", "tag"),
    [
        ("ladder: geen", "{participatie: 1}", "{participatie: 0}", "participatie", "ladder: geen"),
        ("ladder: geen", "{samenwerking: 2}", "{samenwerking: -1}", "samenwerking", "ladder: geen"),
        (
            "ladder: raadplegen",
            "{participatie: -1}",
            "{participatie: 1}",
            "participatie",
            "ladder: raadplegen",
        ),
        (
            "involves: [niemand]",
            "{samenwerking: 1}",
            "{samenwerking: -1}",
            "samenwerking",
            "involves: [niemand]",
        ),
        (
            "involves: [betrokkenen, instanties]",
            "{samenwerking: -1}",
            "{samenwerking: 2}",
            "samenwerking",
            "involves: [betrokkenen, instanties]",
        ),
    ],
)
def test_tags_that_contradict_the_effects(
    tags: str, wrong: str, right: str, dimension: str, tag: str
) -> None:
    result = run(tagged(tags, wrong))
    assert [(n, line) for n, line, _ in found(result, "tag_mismatch")] == [("begin", 14)]
    [problem] = [p for p in result.problems if p.code == "tag_mismatch"]
    assert (problem.params["dimension"], problem.params["tag"]) == (dimension, tag)
    assert f"'{tag}' past niet bij" in problem_text(problem, "nl")
    assert aligned_codes(run(tagged(tags, right))) == []


@pytest.mark.parametrize(
    ("tags", "effects"),
    [
        ("ladder: informeren", "{participatie: -1}"),  # informing oneself may cost a little
        ("{involves: [betrokkenen], harm: true}", "{samenwerking: -2}"),  # harm is never rewarded
        ("ladder: geen", "{participatie: -1, samenwerking: 0}"),  # passivity may cost
    ],
)
def test_tags_that_fit_are_silent(tags: str, effects: str) -> None:
    if tags.startswith("{"):
        tags = "\n        ".join(f"{k}: {json.dumps(v)}" for k, v in yaml.safe_load(tags).items())
    assert aligned_codes(run(tagged(tags, effects))) == []


def test_a_dimension_that_says_what_it_measures() -> None:
    text = tagged("ladder: geen", "{actief: 2}").replace(
        "  participatie: {label: Participatie}\n",
        "  actief: {label: Actief, measures: participatie}\n  participatie: {label: Oud}\n",
    )
    result = run(text)
    [problem] = [p for p in result.problems if p.code == "tag_mismatch"]
    assert problem.params["dimension"] == "actief"
    assert result.alignment["actief"].measures == "participatie"
    assert result.alignment["participatie"].measures is None


# ladder_order


def ladder(low_points: int, high_points: int) -> str:
    return HEAD + (
        "  begin:\n"
        "    text: Wat doe je?\n"
        "    choices:\n"
        "      - text: Ik lees wat de gemeente schrijft.\n"
        "        goto: einde\n"
        f"        effects: {{participatie: {low_points}}}\n"
        "        ladder: informeren\n"
        "      - text: Ik schrijf met de buren een plan.\n"  # line 16
        "        goto: einde\n"
        f"        effects: {{participatie: {high_points}, samenwerking: 1}}\n"  # line 18
        "        ladder: adviseren\n"
        "        involves: [betrokkenen]\n"
        "      - {text: Ik wacht af., goto: einde, ladder: geen}\n"
        "  einde: {ending: {title: Einde}}\n"
    )


def test_a_higher_rung_that_earns_less() -> None:
    result = run(ladder(2, 1))
    assert found(result, "ladder_order") == [("begin", 18, 19)]
    [problem] = [p for p in result.problems if p.code == "ladder_order"]
    assert (problem.params["choice"], problem.params["other"]) == (2, 1)
    assert (problem.params["rung"], problem.params["other_rung"]) == ("adviseren", "informeren")
    assert "(1 tegen 2)" in problem_text(problem, "nl")


@pytest.mark.parametrize(("low_points", "high_points"), [(1, 2), (1, 1)])
def test_a_higher_rung_that_earns_as_much_or_more_is_silent(
    low_points: int, high_points: int
) -> None:
    assert aligned_codes(run(ladder(low_points, high_points))) == []


# ending_outcome_missing


def outcomes(first: str, second: str) -> str:
    def ending(outcome: str) -> str:
        return f", outcome: {outcome}" if outcome else ""

    return HEAD + (
        "  begin:\n"
        "    text: Wat doe je?\n"
        "    choices:\n"
        "      - {text: Samen, goto: samen, effects: {participatie: 1}}\n"
        "      - {text: Alleen, goto: alleen}\n"
        "  samen:\n"
        f"    ending: {{title: Samen{ending(first)}}}\n"
        "  alleen:\n"  # line 16
        f"    ending: {{title: Alleen{ending(second)}}}\n"
    )


def test_some_endings_without_outcome() -> None:
    result = run(outcomes("goed", ""))
    assert found(result, "ending_outcome_missing") == [("alleen", 17, 5)]
    assert "outcome: goed, gemengd or slecht" in problem_text(result.problems[-1], "en")


@pytest.mark.parametrize(("first", "second"), [("goed", "gemengd"), ("", "")])
def test_all_or_no_endings_with_outcome_is_silent(first: str, second: str) -> None:
    assert aligned_codes(run(outcomes(first, second))) == []


# Unbounded, incomplete, untagged


LOOP = HEAD + (
    "  begin:\n"
    "    text: Wat doe je?\n"
    "    choices:\n"
    "      - {text: Nog een keer, goto: begin, effects: {participatie: 1}}\n"
    "      - {text: Stoppen, goto: slecht}\n"
    "  slecht: {ending: {title: Ruzie, outcome: slecht}}\n"
)


def test_unbounded_side_raises_no_range_warning() -> None:
    result = run(LOOP)
    found_here = result.alignment["participatie"]
    assert found_here.high is None
    assert [b.node for b in found_here.best] == ["slecht"]
    assert aligned_codes(result) == []


def test_incomplete_analysis_raises_no_range_warning() -> None:
    text = best_bad(3).replace("      - {text: Niets, goto: gemengd}\n", "")
    assert aligned_codes(run(text)) == ["align_best_bad", "align_good_low"]
    result = run(text, max_states=1)
    assert not result.complete
    assert aligned_codes(result) == []


def test_scenario_without_the_keys_gets_no_alignment_warning() -> None:
    plain = best_bad(3).replace(", outcome: goed", "").replace("      outcome: slecht\n", "")
    plain = plain.replace(", outcome: gemengd", "")
    result = run(plain)
    assert aligned_codes(result) == []
    assert [b.outcome for b in result.alignment["participatie"].best] == [None]


def test_diamond_of_two_to_the_sixty_paths_is_aligned_without_listing_paths() -> None:
    text = (
        diamond(60)
        .replace("{p: {label: P}}", "{p: {label: P, measures: participatie}}")
        .replace("effects: {p: 1}}", "effects: {p: 1}, ladder: adviseren}")
        .replace("{title: Einde}", "{title: Einde, outcome: slecht}")
    )
    result = run(text)
    assert result.states == 3 * 60 + 1
    assert result.alignment["p"].high == 60
    assert [(b.node, b.outcome) for b in result.alignment["p"].best] == [("einde", "slecht")]
    assert aligned_codes(result) == ["align_best_bad"]


def test_builtin_scenarios_analyse_with_an_alignment_per_dimension() -> None:
    for path in sorted(Path(__file__).parents[1].joinpath("scenarios").glob("*.yaml")):
        inspection = inspect_text(path.read_text("utf-8"), str(path))
        doc = inspection.document
        if not isinstance(doc, Scenario):
            continue
        result = analyze(doc, str(path), inspection.positions)
        assert set(result.alignment) == set(result.ranges), path
        for dim, aligned in result.alignment.items():
            assert aligned.best, (path, dim)


def test_harmful_and_passive_choices_are_not_weak_dilemmas() -> None:
    """They score low on purpose; the dominance warning is for choices nobody would take."""
    text = """\
id: verleiding
title: Verleiding
dimensions:
  participatie: {label: Participatie}
  samenwerking: {label: Samenwerking}
start: begin
nodes:
  begin:
    text: Wat doe je?
    choices:
      - {text: Samen een plan, goto: eind, effects: {participatie: 2, samenwerking: 2},
         ladder: coproduceren, involves: [betrokkenen]}
      - {text: Uitschelden, goto: eind, effects: {samenwerking: -2}, harm: true}
      - {text: Niets doen, goto: eind, ladder: geen}
      - {text: Zwak, goto: eind, effects: {participatie: 1}}
  eind:
    ending: {title: Einde, outcome: goed}
"""
    from burgerschap.scenario.analyzer import analyze
    from burgerschap.scenario.loader import inspect_text
    from burgerschap.scenario.models import Scenario

    inspection = inspect_text(text, "v.yaml")
    assert isinstance(inspection.document, Scenario)
    found = analyze(inspection.document, "v.yaml", inspection.positions).problems
    dominated = [p.params["choice"] for p in found if p.code == "choice_dominated"]
    assert dominated == [4]


def test_a_harmful_choice_is_tagged_with_the_form_it_takes_without_ladder_warnings() -> None:
    """An insult posted in the village app has the form of speaking up (raadplegen), but harm is
    never participation: it may cost points without a tag_mismatch or ladder_order warning."""
    text = """\
id: schelden
title: Schelden
dimensions:
  participatie: {label: Participatie}
  samenwerking: {label: Samenwerking}
start: begin
nodes:
  begin:
    text: Wat doe je?
    choices:
      - {text: Vragen wat er speelt, goto: eind, effects: {participatie: 1, samenwerking: 1},
         ladder: informeren, involves: [betrokkenen]}
      - {text: Schelden in de app, goto: eind, effects: {participatie: -1, samenwerking: -2},
         ladder: raadplegen, involves: [gelijkgestemden], harm: true}
  eind:
    ending: {title: Einde, outcome: goed}
"""
    from burgerschap.scenario.analyzer import analyze
    from burgerschap.scenario.loader import inspect_text
    from burgerschap.scenario.models import Scenario

    inspection = inspect_text(text, "s.yaml")
    assert isinstance(inspection.document, Scenario)
    codes = {p.code for p in analyze(inspection.document, "s.yaml").problems}
    assert not codes & {"tag_mismatch", "ladder_order", "harm_rewarded", "choice_dominated"}
