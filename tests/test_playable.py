"""A file that validates can be played: no reachable ending is an error, numbers are bounded.

Found by a tester: a scenario whose only way to an ending needed a flag no
choice set passed ``validate`` and crashed every player (``KeyError:
'participatie'``), and ``version: 1000000000000000000000000000000`` passed
``validate`` and then crashed ``play`` and ``lesson new``.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from burgerschap.application.ranges import band, percentages
from burgerschap.cli import main
from burgerschap.scenario.analyzer import score_ranges
from burgerschap.scenario.engine import Engine
from burgerschap.scenario.loader import inspect_text
from burgerschap.scenario.models import QuestionNode, Scenario
from burgerschap.scenario.playable import playable
from test_properties_engine import FLAGS, conditions, scenarios

NO_WAY_OUT = """\
id: geen-einde
title: Geen einde
dimensions:
  participatie: {label: Participatie}
start: a
nodes:
  a:
    text: Begin.
    choices:
      - {text: Verder, goto: b, effects: {participatie: 1}}
  b:
    text: Nog eens.
    choices:
      - {text: Terug, goto: a}
      - {text: Einde, goto: eind, if: {flags: [nooit]}}
  eind:
    ending: {title: Eind}
"""


def test_a_scenario_without_a_reachable_ending_is_an_error_in_validate(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "geen-einde.yaml"
    path.write_text(NO_WAY_OUT, "utf-8")
    assert main(["validate", str(path)]) == 1
    out = capsys.readouterr().out
    assert f"{path}:5:1: fout: vanaf de start is geen enkel einde te bereiken" in out


def test_import_refuses_a_scenario_without_a_reachable_ending(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "geen-einde.yaml"
    path.write_text(NO_WAY_OUT, "utf-8")
    assert main(["import", str(path)]) == 1
    assert "geen enkel einde" in capsys.readouterr().out


def test_the_game_gets_a_range_for_every_dimension_even_without_an_ending() -> None:
    scenario = inspect_text(NO_WAY_OUT, "x.yaml").document
    assert isinstance(scenario, Scenario)
    ranges = score_ranges(scenario)
    assert set(ranges) == {"participatie"}
    assert percentages({"participatie": 3}, ranges) == {"participatie": 50}


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("version", 1000000000000000000000000000000),
        ("version", 2**63),
        ("minutes", 10**12),
    ],
)
def test_numbers_outside_what_the_store_holds_are_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], field: str, value: int
) -> None:
    path = tmp_path / "groot.yaml"
    path.write_text(NO_WAY_OUT.replace("id: geen-einde", f"id: groot\n{field}: {value}"), "utf-8")
    assert main(["validate", str(path)]) == 1
    assert f"'{field}' mag hoogstens" in capsys.readouterr().out


def test_huge_effects_and_thresholds_are_errors() -> None:
    huge = "effects: {participatie: 9000000000000000000}"
    text = NO_WAY_OUT.replace("effects: {participatie: 1}", huge)
    text = text.replace("if: {flags: [nooit]}", "if: {min: {participatie: -9000000000000000000}}")
    inspection = inspect_text(text, "x.yaml")
    assert inspection.document is None
    assert [(p.code, p.line) for p in inspection.errors] == [("at_most", 10), ("at_least", 15)]


def _maybe_blocked(raw: dict[str, Any], data: st.DataObject) -> dict[str, Any]:
    """The generated scenario with conditions added to its ways forward: endings may become
    unreachable, which is what ``validate`` must now catch."""
    blocked = copy.deepcopy(raw)
    dims = list(blocked["dimensions"])
    names = list(blocked["nodes"])
    for node in blocked["nodes"].values():
        for choice in node.get("choices", []):
            if "if" not in choice and data.draw(st.integers(0, 3), label="block") == 0:
                choice["if"] = data.draw(conditions(dims, names), label="condition")
                if data.draw(st.booleans(), label="flagged"):
                    choice["if"]["flags"] = [data.draw(st.sampled_from(FLAGS), label="flag")]
    return blocked


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios(), st.data())
def test_playing_a_file_that_validates_never_crashes(
    raw: dict[str, Any], data: st.DataObject
) -> None:
    """Through YAML, the loader and the playability check, then play as the game does."""
    inspection = playable(inspect_text(yaml.safe_dump(_maybe_blocked(raw, data)), "gen.yaml"))
    if not inspection.ok:
        return
    scenario = inspection.document
    assert isinstance(scenario, Scenario)
    ranges = score_ranges(scenario)
    assert set(ranges) == set(scenario.dimensions)
    engine = Engine(scenario)
    state = engine.new_game(seed=data.draw(st.integers(0, 99), label="seed"))
    for _ in range(60):
        for value in percentages(state.scores, ranges).values():
            assert 0 <= value <= 100
            band(value)
        if engine.is_finished(state):
            break
        node = engine.node(state)
        if isinstance(node, QuestionNode):
            option = data.draw(st.sampled_from(engine.option_order(state)), label="answer")
            state = engine.answer(state, option).state
            continue
        offered = engine.offered(state)
        if not offered:  # a trap that `check` reports; the game shows the node, it does not crash
            break
        state = engine.choose(state, data.draw(st.sampled_from(offered))[0]).state
