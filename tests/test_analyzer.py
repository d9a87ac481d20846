"""The analyzer against hand-made scenarios whose answers are known."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from burgerschap.i18n.problem_words import problem_text
from burgerschap.scenario.analyzer import (
    Analysis,
    Range,
    analyze,
    analyze_quiz,
    normalise,
    score_ranges,
)
from burgerschap.scenario.loader import inspect_text, load_file, load_text
from burgerschap.scenario.models import Quiz, Scenario
from burgerschap.scenario.playthrough import random_playthroughs

DATA = Path(__file__).parent / "data" / "analyzer"


def scenario_from(name: str) -> Scenario:
    document = load_file(DATA / name).document
    assert isinstance(document, Scenario)
    return document


def valid(text: str) -> Scenario:
    """A scenario from YAML text that passes validation."""
    document = load_text(text).document
    assert isinstance(document, Scenario)
    return document


def scenario_text(text: str) -> Scenario:
    """A scenario from YAML text that may break graph rules (the analyzer must cope)."""
    document = inspect_text(text).document
    assert isinstance(document, Scenario)
    return document


def codes(analysis: Analysis, severity: str | None = None) -> list[str]:
    return [p.code for p in analysis.problems if severity in (None, p.severity)]


def find(analysis: Analysis, code: str) -> list[dict[str, object]]:
    return [p.params for p in analysis.problems if p.code == code]


def diamond(layers: int) -> str:
    """``layers`` two-way choices (0 or 1 point) that rejoin: 2**layers paths."""
    lines = [
        "format: 1",
        "id: diamant",
        "title: Diamant",
        "dimensions: {p: {label: P}}",
        "start: d0",
        "nodes:",
    ]
    for i in range(layers):
        nxt = f"d{i + 1}" if i + 1 < layers else "einde"
        lines += [
            f"  d{i}:",
            "    text: Kies.",
            "    choices:",
            f"      - {{text: Links, goto: l{i}, effects: {{p: 1}}}}",
            f"      - {{text: Rechts, goto: r{i}}}",
            f"  l{i}: {{text: Links., choices: [{{text: Door, goto: {nxt}}}]}}",
            f"  r{i}: {{text: Rechts., choices: [{{text: Door, goto: {nxt}}}]}}",
        ]
    lines.append("  einde: {ending: {title: Einde}}")
    return "\n".join(lines) + "\n"


# Ranges


def test_ranges_overall_and_per_ending() -> None:
    result = analyze(scenario_from("ranges.yaml"))
    assert result.ranges == {"p": Range(0, 3), "s": Range(-3, 4)}
    assert result.per_ending == {
        "einde_samen": {"p": Range(0, 3), "s": Range(1, 4)},
        "einde_alleen": {"p": Range(0, 3), "s": Range(-3, 3)},
    }
    assert result.reachable_endings == ["einde_samen", "einde_alleen"]
    assert result.errors == []
    assert result.complete


def test_diamond_of_two_to_the_sixty_paths_has_exact_range() -> None:
    result = analyze(valid(diamond(60)))
    assert result.ranges == {"p": Range(0, 60)}
    assert result.per_ending == {"einde": {"p": Range(0, 60)}}
    assert result.states == 3 * 60 + 1
    assert result.complete and result.errors == []


def test_thresholds_are_honoured_after_a_score_falls_again() -> None:
    # p rises to 3 and may fall by 1; the gate needs p >= 2. A plain cap at the
    # threshold would store 3 as 2, see 1 after the fall and close the gate.
    text = """
format: 1
id: dal
title: Dal
dimensions: {p: {label: P}}
start: a
nodes:
  a: {text: A, choices: [{text: Op, goto: b, effects: {p: 3}}]}
  b:
    text: B
    choices:
      - {text: Zakken, goto: c, effects: {p: -1}}
      - {text: Blijven, goto: c}
  c:
    text: C
    choices:
      - {text: Poort, goto: hoog, if: {min: {p: 2}}}
      - {text: Omweg, goto: laag, if: {max: {p: 1}}}
  hoog: {ending: {title: Hoog}}
  laag: {ending: {title: Laag}}
"""
    result = analyze(valid(text))
    assert result.per_ending == {"hoog": {"p": Range(2, 3)}}
    assert result.unreachable_nodes == ["laag"]
    assert result.errors == []


# Stuck states and loops


def test_condition_that_blocks_every_choice_is_a_stuck_state() -> None:
    result = analyze(scenario_from("stuck.yaml"))
    assert codes(result, "error") == ["no_choice_offered", "choice_leads_to_stuck"]
    [blocked] = find(result, "no_choice_offered")
    assert blocked["node"] == "poort"
    assert blocked["flags"] == "boos"
    [entry] = find(result, "choice_leads_to_stuck")
    assert (entry["node"], entry["choice"], entry["target"]) == ("begin", 1, "gang")
    assert result.stuck_nodes == ["gang", "poort"]
    # Only the calm path reaches the ending.
    assert result.ranges == {"p": Range(0, 0)}


def test_loop_without_a_way_out_is_an_error() -> None:
    result = analyze(scenario_from("trap_loop.yaml"))
    [loop] = find(result, "loop_no_exit")
    assert loop["loop"] == "hal, zolder"
    [entry] = find(result, "choice_leads_to_stuck")
    assert (entry["node"], entry["choice"]) == ("begin", 2)
    assert result.stuck_nodes == ["hal", "zolder"]


def test_start_with_no_way_to_an_ending() -> None:
    text = """
format: 1
id: nooit
title: Nooit
dimensions: {p: {label: P}}
start: a
nodes:
  a: {text: A, choices: [{text: Dicht, goto: z, if: {flags: [nooit]}}]}
  z: {ending: {title: Z}}
"""
    result = analyze(scenario_text(text))
    assert "start_stuck" in codes(result, "error")
    assert result.reachable_endings == []
    assert result.ranges == {}


def test_repeatable_gain_makes_the_range_unbounded() -> None:
    result = analyze(scenario_from("loops.yaml"))
    assert result.ranges == {"p": Range(0, None), "s": Range(0, 2)}
    assert result.per_ending == {
        "einde_oefenen": {"p": Range(0, None), "s": Range(0, 0)},
        "einde_praten": {"p": Range(0, 0), "s": Range(2, 2)},
    }
    [unbounded] = find(result, "range_unbounded_max")
    assert unbounded == {"dimension": "p", "loop": "oefenen"}
    assert result.errors == []
    assert result.to_json()["dimensions"]["p"] == {"min": 0, "max": None}


@pytest.mark.parametrize(
    ("there", "back", "expected"),
    [(1, -1, Range(0, 1)), (2, -1, Range(0, None)), (-2, 1, Range(None, 0))],
)
def test_loop_with_mixed_effects(there: int, back: int, expected: Range) -> None:
    text = f"""
format: 1
id: heen-en-weer
title: Heen en weer
dimensions: {{p: {{label: P}}}}
start: a
nodes:
  a:
    text: A
    choices:
      - {{text: Heen, goto: b, effects: {{p: {there}}}}}
      - {{text: Stop, goto: z}}
  b:
    text: B
    choices:
      - {{text: Terug, goto: a, effects: {{p: {back}}}}}
      - {{text: Stop, goto: z}}
  z: {{ending: {{title: Z}}}}
"""
    result = analyze(valid(text))
    assert result.ranges == {"p": expected}
    assert result.errors == []


# Weak dilemmas


def test_weak_dilemmas() -> None:
    result = analyze(scenario_from("weak.yaml"))
    [dominated] = find(result, "choice_dominated")
    assert (dominated["node"], dominated["choice"], dominated["other"]) == ("begin", 2, 1)
    never = {(p["node"], p["choice"]) for p in find(result, "choice_never_offered")}
    assert never == {("midden", 2), ("midden", 3)}
    assert find(result, "dimension_unused") == [{"dimension": "r"}]
    assert result.unreachable_nodes == ["geheim", "einde_geheim"]
    assert set(codes(result)) >= {"ending_unreachable", "node_unreachable_conditions"}
    assert result.errors == []


def test_choices_never_offered_together_are_not_compared() -> None:
    # 'Gewoon' scores less than 'Alleen met veel', but they are never offered together.
    result = analyze(scenario_from("weak.yaml"))
    assert all(p["node"] != "midden" for p in find(result, "choice_dominated"))


def test_dimension_every_player_ends_with_the_same_total() -> None:
    result = analyze(scenario_from("stuck.yaml"))
    assert find(result, "dimension_constant") == [{"dimension": "p", "value": 0}]


# The bound


def test_state_bound_stops_and_says_what_was_not_covered() -> None:
    # p moves up and down in a loop and a condition reads it: the exact score is
    # kept, so the state space is infinite.
    text = """
format: 1
id: teller
title: Teller
dimensions: {p: {label: P}}
start: a
nodes:
  a:
    text: A
    choices:
      - {text: Op, goto: a, effects: {p: 1}}
      - {text: Neer, goto: a, effects: {p: -1}}
      - {text: Stop, goto: z, if: {min: {p: 3}}}
  z: {ending: {title: Z}}
"""
    result = analyze(valid(text), max_states=500)
    assert not result.complete
    assert result.states <= 502
    assert result.uncovered == ["a"]
    [incomplete] = find(result, "analysis_incomplete")
    assert incomplete == {"limit": 500, "nodes": "a"}
    assert result.errors == []
    assert result.to_json()["complete"] is False


def test_outer_bounds_when_incomplete_ignore_unreachable_endings() -> None:
    # p rises in one loop and falls in another, and a condition reads it: an
    # infinite state space. The outer bounds come from the node graph, where the
    # ending 'los' is not reachable at all; it must not break the ranges.
    text = """
format: 1
id: pomp
title: Pomp
dimensions: {p: {label: P}, s: {label: S}}
start: a
nodes:
  a:
    question: Q?
    options: [{text: Ja, correct: true}, {text: Nee}]
    goto_correct: b
    goto_wrong: a
  b:
    text: B
    choices:
      - {text: Verder, goto: c}
      - {text: Terug, goto: a, if: {min: {p: 0}}}
      - {text: Meer, goto: a, effects: {p: 1}}
  c: {text: C, choices: [{text: Minder, goto: d, effects: {p: -1}}]}
  d:
    question: Q?
    options: [{text: Ja, correct: true}, {text: Nee}]
    goto_correct: einde
    goto_wrong: a
  einde: {ending: {title: Einde}}
  los: {ending: {title: Los}}
"""
    result = analyze(scenario_text(text), max_states=2_000)
    assert not result.complete
    # Truly unbounded both ways: the loop through 'c' loses a point every round.
    assert result.ranges == {"p": Range(None, None), "s": Range(0, 0)}
    assert result.per_ending == {"einde": {"p": Range(None, None), "s": Range(0, 0)}}
    assert result.errors == []


def test_wrong_answer_that_leads_into_a_trap() -> None:
    text = """
format: 1
id: valkuil
title: Valkuil
dimensions: {p: {label: P}}
start: vraag
nodes:
  vraag:
    question: Wie?
    options: [{text: Goed, correct: true}, {text: Fout}]
    effects: {p: 1}
    goto_correct: einde
    goto_wrong: kuil
  kuil: {text: Kuil, choices: [{text: Eruit, goto: einde, if: {min: {p: 1}}}]}
  einde: {ending: {title: Einde}}
"""
    result = analyze(valid(text))
    assert codes(result, "error") == ["no_choice_offered", "answer_wrong_stuck"]
    assert find(result, "answer_wrong_stuck") == [{"node": "vraag", "target": "kuil"}]
    assert result.stuck_nodes == ["kuil"]
    assert result.ranges == {"p": Range(1, 1)}


def test_contradictory_condition_is_reported_even_when_incomplete() -> None:
    text = """
format: 1
id: tegenstrijdig
title: Tegenstrijdig
dimensions: {p: {label: P}}
start: a
nodes:
  a:
    text: A
    choices:
      - {text: Op, goto: a, effects: {p: 1}}
      - {text: Neer, goto: a, effects: {p: -1}}
      - {text: Stop, goto: z, if: {min: {p: 3}}}
      - {text: Nooit, goto: z, if: {min: {p: 5}, max: {p: 4}}}
  z: {ending: {title: Z}}
"""
    result = analyze(valid(text), max_states=300)
    assert not result.complete
    assert [(p["node"], p["choice"]) for p in find(result, "choice_never_offered")] == [("a", 4)]


def test_score_ranges_is_what_the_game_normalises_against() -> None:
    ranges = score_ranges(scenario_from("ranges.yaml"))
    assert ranges == {"p": Range(0, 3), "s": Range(-3, 4)}
    assert normalise(1, ranges["s"].low, ranges["s"].high) == 57


# Normalisation


@pytest.mark.parametrize(
    ("value", "low", "high", "expected"),
    [
        (0, 0, 10, 0),
        (10, 0, 10, 100),
        (5, 0, 10, 50),
        (1, 0, 3, 33),
        (2, 0, 3, 67),
        (-3, -3, 4, 0),
        (7, 0, 5, 100),
        (-1, 0, 5, 0),
        (4, 4, 4, 50),
        (12, 0, None, 100),
        (-9, None, 0, 0),
    ],
)
def test_normalise(value: int, low: int | None, high: int | None, expected: int) -> None:
    assert normalise(value, low, high) == expected


# Random playthroughs


def test_random_playthroughs_are_deterministic_for_a_seed() -> None:
    scenario = scenario_from("ranges.yaml")
    first = random_playthroughs(scenario, 200, seed=7)
    again = random_playthroughs(scenario, 200, seed=7)
    other = random_playthroughs(scenario, 200, seed=8)
    assert first.node_visits == again.node_visits
    assert first.endings == again.endings
    assert first.node_visits != other.node_visits
    assert sum(first.endings.values()) == 200
    assert first.node_visits["begin"] == 200
    assert first.unvisited == []
    assert first.problems == []


def test_random_playthroughs_report_stuck_and_endless_games() -> None:
    stuck = random_playthroughs(scenario_from("stuck.yaml"), 50, seed=1)
    [problem] = stuck.problems
    assert problem.code == "random_stuck"
    assert problem.node == "poort"
    assert problem.params["count"] == 50 - stuck.endings["einde"] > 0
    looping = random_playthroughs(scenario_from("trap_loop.yaml"), 20, seed=1, max_steps=50)
    assert {p.code for p in looping.problems} == {"random_too_long"}


def test_random_playthroughs_report_engine_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    from burgerschap.scenario import engine

    def broken(self: engine.Engine, state: engine.GameState, index: int) -> engine.Outcome:
        raise engine.EngineError("kapot")

    monkeypatch.setattr(engine.Engine, "choose", broken)
    played = random_playthroughs(scenario_from("ranges.yaml"), 5, seed=1)
    [problem] = played.problems
    assert problem.code == "random_engine_error"
    assert problem.params["count"] == 5
    assert "kapot" in problem_text(problem, "en")


# Quizzes


def test_quiz_counts_questions_and_checks_draw() -> None:
    quiz = load_file(Path(__file__).parent / "data" / "valid" / "quiz.yaml").document
    assert isinstance(quiz, Quiz)
    result = analyze_quiz(quiz)
    assert (result.questions, result.draw, result.problems) == (2, 2, [])
    too_many = analyze_quiz(quiz.model_copy(update={"draw": 3}))
    assert [p.code for p in too_many.errors] == ["draw_too_large"]
    assert too_many.to_json()["questions"] == 2


# Purity


def test_analyzer_imports_no_ui() -> None:
    code = (
        "import sys, burgerschap.scenario.analyzer, burgerschap.scenario.playthrough\n"
        "print(','.join(sorted(m for m in sys.modules if m.split('.')[0] in {'textual', 'rich'})))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
