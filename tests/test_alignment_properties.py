"""Alignment on generated scenarios: brute force and the rules as SCORING.md words them.

The per-dimension summary (highest total, the endings the best paths reach,
the highest total per ending) and the two range warnings are checked against
a brute-force walk over the real game states (the oracle of
tests/test_analyzer_oracle.py). Each per-choice rule is written out here
again, independently, and must fire exactly where the analyzer's does.
"""

from __future__ import annotations

from typing import Any

import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from burgerschap.i18n.problem_words import problem_line
from burgerschap.scenario.analyzer import analyze
from burgerschap.scenario.loader import inspect_text
from burgerschap.scenario.models import Ending, EndingNode, Scenario
from burgerschap.scenario.scores import normalise
from test_alignment import ALIGN
from test_analyzer_oracle import EXAMPLES, explore_truth
from test_analyzer_oracle import scenarios as oracle_scenarios
from test_properties_engine import scenarios as engine_scenarios

SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)


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
    """SCORING.md's four rules, as written there (a harmful choice's rung is not participation)."""
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
    real_rung = rung is not None and not choice.get("harm")
    if real_rung and RUNG_LIST.index(rung) >= RUNG_LIST.index("raadplegen") and p < 0:
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
    assert inspection.ok, [problem_line(p) for p in inspection.problems]
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
            if "ladder" not in choice or choice.get("harm"):
                continue
            for other in choices:
                if (
                    "ladder" in other
                    and not other.get("harm")
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
