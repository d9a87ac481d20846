"""Alignment (issue 12): do the scores mean what the story teaches?

Each warning fires on a small hand-written scenario, at the line of the value
to change, and stays silent once that value is corrected. Property tests
check the per-dimension summary against brute force (the oracle of
tests/test_analyzer_oracle.py) and each per-choice rule against its wording in
SCORING.md, written out again here independently.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from burgerschap.cli import main
from burgerschap.scenario.analyzer import Analysis, analyze
from burgerschap.scenario.loader import inspect_text
from burgerschap.scenario.models import Ending, EndingNode, Scenario
from burgerschap.scenario.scores import normalise
from burgerschap.tui.editing import check as editor_check
from test_analyzer import diamond
from test_analyzer_oracle import EXAMPLES, explore_truth
from test_analyzer_oracle import scenarios as oracle_scenarios
from test_properties_engine import scenarios as engine_scenarios

ALIGN = {
    "align_best_bad",
    "align_good_low",
    "harm_rewarded",
    "tag_mismatch",
    "ladder_order",
    "ending_outcome_missing",
}
SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)


def run(text: str, **kwargs: Any) -> Analysis:
    """Analyse YAML text as the file ``s.yaml``, with positions."""
    inspection = inspect_text(text, "s.yaml")
    assert inspection.ok, [p.format() for p in inspection.problems]
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
    assert problem.format("nl").startswith("s.yaml:20:7: waarschuwing: wie de hoogste score")
    assert "'slecht'" in problem.message("en") and "Ruzie" in problem.message("en")
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
    assert "hoogstens 33 (van 0 tot 100)" in problem.message("nl")


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
    assert "maak die effecten 0 of lager" in problem.message("nl")


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
    assert f"'{tag}' past niet bij" in problem.message("nl")
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
    assert "(1 tegen 2)" in problem.message("nl")


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
    assert "outcome: goed, gemengd or slecht" in result.problems[-1].message("en")


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


# check and check --json


def test_check_json_has_the_alignment_object(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "plein.yaml"
    path.write_text(best_bad(3), "utf-8")
    assert main(["check", "--json", str(path)]) == 0
    [entry] = json.loads(capsys.readouterr().out)["scenarios"]
    assert entry["alignment"] == {
        "participatie": {
            "measures": "participatie",
            "max": 3,
            "best_endings": [{"node": "slecht", "title": "Ruzie", "outcome": "slecht"}],
            "endings": {
                "goed": {"outcome": "goed", "max": 2},
                "slecht": {"outcome": "slecht", "max": 3},
                "gemengd": {"outcome": "gemengd", "max": 0},
            },
        },
        "samenwerking": {
            "measures": "samenwerking",
            "max": 0,
            "best_endings": [
                {"node": "goed", "title": "Samen gelukt", "outcome": "goed"},
                {"node": "slecht", "title": "Ruzie", "outcome": "slecht"},
                {"node": "gemengd", "title": "Half", "outcome": "gemengd"},
            ],
            "endings": {
                "goed": {"outcome": "goed", "max": 0},
                "slecht": {"outcome": "slecht", "max": 0},
                "gemengd": {"outcome": "gemengd", "max": 0},
            },
        },
    }
    [warning] = [w for w in entry["warnings"] if w["code"] == "align_best_bad"]
    assert (warning["node"], warning["line"], warning["col"]) == ("slecht", 20, 7)


def test_unbounded_maximum_is_null_in_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "lus.yaml"
    path.write_text(LOOP, "utf-8")
    assert main(["check", "--json", str(path)]) == 0
    alignment = json.loads(capsys.readouterr().out)["scenarios"][0]["alignment"]
    assert alignment["participatie"]["max"] is None
    assert alignment["participatie"]["endings"] == {"slecht": {"outcome": "slecht", "max": None}}


def test_check_human_output_names_the_best_endings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "plein.yaml"
    path.write_text(best_bad(3), "utf-8")
    assert main(["check", str(path)]) == 0
    out = capsys.readouterr().out
    assert "hoogste score op participatie (3) eindigt bij: slecht (slecht)" in out
    assert f"{path}:20:7: waarschuwing: wie de hoogste score op 'participatie'" in out
    assert main(["--lang", "en", "check", str(path)]) == 0
    out = capsys.readouterr().out
    assert "highest score on samenwerking (0) ends at: goed (good), slecht (bad), gemengd" in out


# The editor's live check


def test_the_editor_check_shows_alignment_warnings_at_their_field() -> None:
    data = yaml.safe_load(harm("{participatie: 0, samenwerking: 2}"))
    result = editor_check(data)
    assert result.valid and result.analyzed
    [problem] = [p for p in result.problems if p.code == "harm_rewarded"]
    assert problem in result.for_node("begin")
    assert result.path_of(problem) == ("nodes", "begin", "choices", 0, "effects", "samenwerking")
    data["nodes"]["begin"]["choices"][0]["effects"]["samenwerking"] = -2
    assert [p.code for p in editor_check(data).problems if p.code in ALIGN] == []


async def test_the_editor_screen_lists_an_alignment_warning(_isolated_home: Path) -> None:
    from textual.widgets import Button

    from burgerschap.tui.widgets.problem_list import ProblemList
    from editor_support import build, open_in_editor, settle

    app = build(_isolated_home)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_in_editor(pilot)
        screen.show_tab("tab-yaml", "#yaml-text")
        await settle(pilot)
        area = screen.query_one("#yaml-pane").area  # type: ignore[attr-defined]
        mark = "        goto: buren\n"
        assert mark in area.text
        area.text = area.text.replace(mark, mark + "        harm: true\n", 1)
        await settle(pilot)
        screen.query_one("#yaml-apply", Button).press()
        await settle(pilot)
        [problem] = [p for p in screen.result.warnings if p.code == "harm_rewarded"]
        assert problem.node == "begin"
        lines = area.text.splitlines()
        assert problem.line == lines.index("          participatie: 1") + 1  # the first gain
        listed = screen.query_one("#problems", ProblemList)
        assert problem in listed.problems


# Properties


OUTCOMES = st.sampled_from([None, "goed", "gemengd", "slecht"])


@st.composite
def with_outcomes(draw: st.DrawFn) -> Scenario:
    """An oracle scenario whose endings each get an outcome (or none)."""
    scenario = draw(oracle_scenarios())
    nodes = {
        name: EndingNode(ending=Ending(title=node.ending.title, outcome=draw(OUTCOMES)))
        if isinstance(node, EndingNode)
        else node
        for name, node in scenario.nodes.items()
    }
    return scenario.model_copy(update={"nodes": nodes})


@SETTINGS
@given(with_outcomes())
def test_best_endings_and_range_warnings_match_brute_force(scenario: Scenario) -> None:
    truth = explore_truth(scenario)
    assume(truth is not None)
    assert truth is not None
    result = analyze(scenario)
    finals: dict[str, list[tuple[int, ...]]] = {}
    for state in truth.states:
        if isinstance(scenario.nodes[state[0]], EndingNode):
            finals.setdefault(state[0], []).append(state[1])
    outcome = {
        n: node.ending.outcome for n, node in scenario.nodes.items() if isinstance(node, EndingNode)
    }
    every = [total for totals in finals.values() for total in totals]
    assert set(result.alignment) == (set(scenario.dimensions) if every else set())
    best_bad: set[tuple[str, str]] = set()
    good_low: set[tuple[str, str]] = set()
    for k, dim in enumerate(scenario.dimensions):
        if not every:
            continue
        top, bottom = max(t[k] for t in every), min(t[k] for t in every)
        reach = {e: max(t[k] for t in totals) for e, totals in finals.items()}
        best = {e for e, high in reach.items() if high == top}
        aligned = result.alignment[dim]
        assert aligned.high == top
        assert {b.node for b in aligned.best} == best
        assert {e: r.high for e, r in aligned.endings.items()} == reach
        if top != bottom:
            best_bad |= {(dim, e) for e in best if outcome[e] == "slecht"}
            good_low |= {
                (dim, e)
                for e, high in reach.items()
                if outcome[e] == "goed" and normalise(high, bottom, top) < 34
            }
    assert {
        (p.params["dimension"], p.node) for p in result.problems if p.code == "align_best_bad"
    } == best_bad
    assert {
        (p.params["dimension"], p.node) for p in result.problems if p.code == "align_good_low"
    } == good_low


RUNG_LIST = ["geen", "informeren", "raadplegen", "adviseren", "coproduceren", "meebeslissen"]
RUNG_LIST.append("zelfbeheer")
PARTY_LISTS = st.sampled_from(
    [
        [],
        ["niemand"],
        ["gelijkgestemden"],
        ["andersdenkenden", "betrokkenen"],
        ["instanties"],
        ["gelijkgestemden", "betrokkenen", "instanties"],
    ]
)


@st.composite
def tagged_scenarios(draw: st.DrawFn) -> dict[str, Any]:
    """A property-test scenario whose choices carry random tags and whose endings outcomes.

    ``p`` measures participation and ``s`` (when present) collaboration.
    """
    data = draw(engine_scenarios())
    dims = data["dimensions"]
    dims["p"]["measures"] = "participatie"
    if "s" in dims:
        dims["s"]["measures"] = "samenwerking"
    for node in data["nodes"].values():
        for choice in node.get("choices", []):
            if draw(st.booleans()):
                choice["ladder"] = draw(st.sampled_from(RUNG_LIST))
            if draw(st.booleans()):
                choice["involves"] = draw(PARTY_LISTS)
            if draw(st.integers(0, 3)) == 0:
                choice["harm"] = True
        if "ending" in node and draw(st.integers(0, 3)):
            node["ending"]["outcome"] = draw(st.sampled_from(["goed", "gemengd", "slecht"]))
    return data


def expected_tag_mismatches(choice: dict[str, Any], s_dim: str | None) -> set[str]:
    """SCORING.md's four rules, as written there."""
    effects = choice.get("effects", {})
    p = effects.get("p", 0)
    s = effects.get(s_dim, 0) if s_dim else 0
    rung = choice.get("ladder")
    parties = choice.get("involves", [])
    wrong = set()
    if rung == "geen" and p > 0:
        wrong.add("p")
    if rung == "geen" and s > 0:
        wrong.add(s_dim)
    if rung is not None and RUNG_LIST.index(rung) >= RUNG_LIST.index("raadplegen") and p < 0:
        wrong.add("p")
    if parties == ["niemand"] and s > 0:
        wrong.add(s_dim)
    if parties and parties != ["niemand"] and not choice.get("harm") and s < 0:
        wrong.add(s_dim)
    return {d for d in wrong if d is not None}


@SETTINGS
@given(tagged_scenarios())
def test_choice_rules_fire_exactly_when_they_hold(data: dict[str, Any]) -> None:
    inspection = inspect_text(yaml.safe_dump(data, sort_keys=False), "gen.yaml")
    assert inspection.ok, [p.format() for p in inspection.problems]
    doc = inspection.document
    assert isinstance(doc, Scenario)
    result = analyze(doc, "gen.yaml", inspection.positions)
    s_dim = "s" if "s" in data["dimensions"] else None

    harmed, mismatched, misordered = set(), set(), set()
    for name, node in data["nodes"].items():
        choices = node.get("choices", [])
        for i, choice in enumerate(choices):
            if choice.get("harm") and any(v > 0 for v in choice.get("effects", {}).values()):
                harmed.add((name, i + 1))
            mismatched |= {(name, i + 1, d) for d in expected_tag_mismatches(choice, s_dim)}
            if "ladder" not in choice:
                continue
            for other in choices:
                if (
                    "ladder" in other
                    and RUNG_LIST.index(other["ladder"]) < RUNG_LIST.index(choice["ladder"])
                    and choice.get("effects", {}).get("p", 0) < other.get("effects", {}).get("p", 0)
                ):
                    misordered.add((name, i + 1))
    params = [(p.code, p.node, p.params) for p in result.problems]
    assert {(n, q["choice"]) for c, n, q in params if c == "harm_rewarded"} == harmed
    assert {(n, q["choice"], q["dimension"]) for c, n, q in params if c == "tag_mismatch"} == (
        mismatched
    )
    assert {(n, q["choice"]) for c, n, q in params if c == "ladder_order"} == misordered

    endings = {n: node["ending"] for n, node in data["nodes"].items() if "ending" in node}
    some = any("outcome" in e for e in endings.values())
    missing = {n for n, e in endings.items() if some and "outcome" not in e}
    assert {n for c, n, _ in params if c == "ending_outcome_missing"} == missing
    for problem in result.problems:
        if problem.code in ALIGN:
            assert problem.line is not None and problem.node is not None
