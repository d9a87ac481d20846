"""Score ranges once, in the domain: the analyzer's numbers, no findings, a bounded cache."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from burgerschap.application.ranges import dimension_ranges
from burgerschap.classroom.scoring import cached_ranges
from burgerschap.scenario import Scenario, load_file, load_text
from burgerschap.scenario import score_ranges as module
from burgerschap.scenario.analyzer import analyze
from burgerschap.scenario.loader import content_hash
from burgerschap.scenario.score_ranges import (
    CACHE_SIZE,
    ScoreRanges,
    clear_cache,
    compute,
    score_ranges,
)
from burgerschap.scenario.scores import Range
from test_analyzer import diamond

ROOT = Path(__file__).parent.parent
FILES = [
    *sorted((Path(__file__).parent / "data" / "analyzer").glob("*.yaml")),
    *sorted((ROOT / "scenarios").glob("*.yaml")),
]


def scenario_of(path: Path) -> Scenario | None:
    document = load_file(path).document
    return document if isinstance(document, Scenario) else None


@pytest.fixture(autouse=True)
def fresh_cache() -> object:
    clear_cache()
    yield
    clear_cache()


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_the_numbers_are_the_analyzers(path: Path) -> None:
    scenario = scenario_of(path)
    if scenario is None:
        pytest.skip("not a scenario")
    analysis = analyze(scenario)
    found = compute(scenario)
    assert found.known
    assert found.overall == analysis.ranges
    assert found.per_ending == analysis.per_ending
    assert list(found.per_ending) == list(analysis.per_ending)  # in the scenario's order
    assert found.complete == analysis.complete


def test_an_incomplete_exploration_gives_the_analyzers_outer_bounds() -> None:
    # p moves up and down in a loop and a condition reads it: the state space is infinite.
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
    scenario = load_text(text).document
    assert isinstance(scenario, Scenario)
    analysis = analyze(scenario, max_states=200)
    found = compute(scenario, max_states=200)
    assert not found.complete and not analysis.complete
    assert (found.overall, found.per_ending) == (analysis.ranges, analysis.per_ending)
    assert found.overall == {"p": Range(None, None)}


def test_a_diamond_of_2_to_the_60_paths_has_exact_ranges() -> None:
    scenario = load_text(diamond(60)).document
    assert isinstance(scenario, Scenario)
    assert compute(scenario).overall == {"p": Range(0, 60)}


def test_every_declared_dimension_has_a_range_also_without_an_ending() -> None:
    assert ScoreRanges({"a": Range(1, 2)}).of(_scenario_with(["a", "b"])) == {
        "a": Range(1, 2),
        "b": Range(None, None),
    }


def test_computing_ranges_builds_no_findings() -> None:
    """Only the state space is explored: the analyzer, findings and alignment stay unloaded."""
    code = (
        "import sys\n"
        "from burgerschap.scenario import load_file\n"
        "from burgerschap.scenario.score_ranges import compute\n"
        f"doc = load_file({str(ROOT / 'scenarios' / 'azc.yaml')!r}).document\n"
        "assert compute(doc).known\n"
        "mods = ('analyzer', 'findings', 'alignment')\n"
        "print(sorted(m for m in mods if 'burgerschap.scenario.' + m in sys.modules))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(ROOT / "src"), "PATH": ""},
    )
    assert run.stdout.strip() == "[]"


def test_the_cache_keeps_an_answer_per_content(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = module.compute

    def counted(scenario: Scenario, max_states: int = module.MAX_STATES) -> ScoreRanges:
        calls.append(scenario.id)
        return real(scenario, max_states)

    monkeypatch.setattr(module, "compute", counted)
    one = _scenario_with(["a"], title="Een")
    other = _scenario_with(["a"], title="Twee")  # same id and version, other content
    assert score_ranges(one) is score_ranges(one, content_hash(one))
    score_ranges(other)
    assert calls == ["s", "s"]  # without a hash given, two contents never share an answer


def test_the_cache_is_bounded_and_forgets_the_least_recently_used(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[str] = []
    monkeypatch.setattr(module, "compute", lambda s, *a: calls.append(s.id) or ScoreRanges({}))
    scenario = _scenario_with(["a"])
    for n in range(CACHE_SIZE):
        score_ranges(scenario, f"hash{n}")
    score_ranges(scenario, "hash0")  # used again: now the most recent
    score_ranges(scenario, "new")  # one too many: hash1 goes
    assert len(calls) == CACHE_SIZE + 1
    assert len(module._CACHE) == CACHE_SIZE
    score_ranges(scenario, "hash0")
    assert len(calls) == CACHE_SIZE + 1
    score_ranges(scenario, "hash1")
    assert len(calls) == CACHE_SIZE + 2


@pytest.mark.parametrize("error", [OverflowError("int(inf)"), RecursionError(), ArithmeticError()])
def test_a_failed_exploration_is_unknown_and_each_adapter_copes(
    monkeypatch: pytest.MonkeyPatch, error: BaseException
) -> None:
    def broken(*args: object) -> None:
        raise error

    monkeypatch.setattr(module, "explore", broken)
    scenario = _scenario_with(["a", "b"])
    found = score_ranges(scenario)
    assert not found.known
    # The game plays on with unbounded ranges; the reports leave their 0-100 columns blank.
    assert dimension_ranges(scenario) == {"a": Range(None, None), "b": Range(None, None)}
    assert cached_ranges(content_hash(scenario), scenario) == {}


def test_any_other_error_is_a_bug_and_is_not_swallowed(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object) -> None:
        raise KeyError("node")

    monkeypatch.setattr(module, "explore", broken)
    with pytest.raises(KeyError):
        score_ranges(_scenario_with(["a"]))


def test_both_adapters_give_the_same_numbers() -> None:
    scenario = scenario_of(ROOT / "scenarios" / "azc.yaml")
    assert scenario is not None
    digest = content_hash(scenario)
    assert cached_ranges(digest, scenario) == dimension_ranges(scenario, digest)


def _scenario_with(dimensions: list[str], title: str = "S") -> Scenario:
    dims = ", ".join(f"{d}: {{label: {d.upper()}}}" for d in dimensions)
    text = f"""\
format: 1
id: s
title: {title}
dimensions: {{{dims}}}
start: a
nodes:
  a:
    text: Wat doe je?
    choices:
      - text: Iets
        goto: b
        effects: {{{dimensions[0]}: 2}}
      - text: Niets
        goto: b
  b:
    ending:
      title: Klaar
      text: Het is klaar.
"""
    document = load_text(text, "s.yaml").document
    assert isinstance(document, Scenario), load_text(text, "s.yaml").problems
    return document
