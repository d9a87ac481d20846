"""``burgerschap check`` as a user runs it: tables, JSON, exit codes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from burgerschap.cli import main

DATA = Path(__file__).parent / "data"
ANALYZER = DATA / "analyzer"


def run_json(
    capsys: pytest.CaptureFixture[str], *args: str, lang: str = "nl"
) -> tuple[int, dict[str, Any]]:
    code = main(["--lang", lang, "check", "--json", *args])
    return code, json.loads(capsys.readouterr().out)


def test_json_has_the_documented_shape(capsys: pytest.CaptureFixture[str]) -> None:
    code, data = run_json(capsys, str(ANALYZER / "ranges.yaml"))
    assert code == 0
    [entry] = data["scenarios"]
    assert {
        "path",
        "id",
        "version",
        "kind",
        "nodes",
        "endings",
        "reachable_endings",
        "unreachable_nodes",
        "dimensions",
        "per_ending",
        "errors",
        "warnings",
    } <= set(entry)
    assert entry["path"] == str(ANALYZER / "ranges.yaml")
    assert (entry["id"], entry["version"], entry["kind"]) == ("bereik", 1, "scenario")
    assert (entry["nodes"], entry["endings"], entry["reachable_endings"]) == (6, 2, 2)
    assert entry["dimensions"] == {"p": {"min": 0, "max": 3}, "s": {"min": -3, "max": 4}}
    assert entry["per_ending"]["einde_alleen"] == {
        "p": {"min": 0, "max": 3},
        "s": {"min": -3, "max": 3},
    }
    assert entry["errors"] == []


def test_errors_exit_1_and_name_node_and_message(capsys: pytest.CaptureFixture[str]) -> None:
    code, data = run_json(capsys, str(ANALYZER / "stuck.yaml"), lang="en")
    assert code == 1
    [entry] = data["scenarios"]
    nodes = [(e["node"], e["code"]) for e in entry["errors"]]
    assert nodes == [("poort", "no_choice_offered"), ("begin", "choice_leads_to_stuck")]
    assert entry["errors"][0]["message"].startswith("node 'poort' sometimes offers no choice")
    assert entry["errors"][1]["line"] == 13


def test_unbounded_range_is_null_in_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, data = run_json(capsys, str(ANALYZER / "loops.yaml"))
    assert code == 0
    [entry] = data["scenarios"]
    assert entry["dimensions"]["p"] == {"min": 0, "max": None}
    assert "range_unbounded_max" in [w["code"] for w in entry["warnings"]]


def test_quiz_entry(capsys: pytest.CaptureFixture[str]) -> None:
    code, data = run_json(capsys, str(DATA / "valid" / "quiz.yaml"))
    assert code == 0
    [entry] = data["scenarios"]
    assert (entry["kind"], entry["questions"], entry["draw"]) == ("quiz", 2, 2)


def test_invalid_file_reports_validation_errors_like_validate(
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = DATA / "broken" / "missing_target.yaml"
    assert main(["validate", str(path)]) == 1
    validate_line = capsys.readouterr().out.splitlines()[0]
    assert main(["check", str(path)]) == 1
    assert validate_line in capsys.readouterr().out.splitlines()
    code, data = run_json(capsys, str(path))
    assert code == 1
    [entry] = data["scenarios"]
    assert entry["valid"] is False
    assert entry["errors"][0]["code"] == "goto_missing"
    assert (entry["errors"][0]["line"], entry["errors"][0]["col"]) == (11, 9)


def test_human_output_is_a_table_per_scenario(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(ANALYZER / "ranges.yaml"), str(ANALYZER / "loops.yaml")]) == 0
    out = capsys.readouterr().out
    assert "bereik@1" in out and "lussen@1" in out
    assert "alle eindes" in out
    assert "-3 … 4" in out
    assert "0 … ∞" in out
    assert "waarschuwing: 'p' kan onbeperkt stijgen" in out
    assert out.rstrip().endswith("2 bestanden gecontroleerd: 0 fouten, 5 waarschuwingen")


def test_random_playthroughs(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["--random", "100", "--seed", "4", str(ANALYZER / "ranges.yaml")]
    code, data = run_json(capsys, *args)
    assert code == 0
    played = data["scenarios"][0]["random"]
    assert (played["games"], played["seed"]) == (100, 4)
    assert sum(played["endings"].values()) == 100
    assert played["nodes"]["begin"] == 100
    assert run_json(capsys, *args)[1] == data
    assert main(["check", *args]) == 0
    assert "100 willekeurige spellen (seed 4)" in capsys.readouterr().out


def test_random_play_that_gets_stuck_fails(capsys: pytest.CaptureFixture[str]) -> None:
    code, data = run_json(capsys, "--random", "20", str(ANALYZER / "stuck.yaml"))
    assert code == 1
    [stuck] = [e for e in data["scenarios"][0]["errors"] if e["code"] == "random_stuck"]
    assert (stuck["node"], stuck["line"]) == ("poort", 19)


@pytest.mark.parametrize(
    "args",
    [
        ["--seed", "3", str(ANALYZER / "ranges.yaml")],
        ["bestaat/niet.yaml"],
    ],
)
def test_usage_errors_exit_2(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", *args]) == 2
    assert capsys.readouterr().err.startswith("burgerschap: ")


@pytest.mark.parametrize("games", ["0", "-1", "veel"])
def test_bad_game_count_is_a_usage_error(games: str) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["check", "--random", games])
    assert exc.value.code == 2


def test_no_path_checks_the_whole_library(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "thuis"
    (home / "library").mkdir(parents=True)
    shutil.copy(ANALYZER / "trap_loop.yaml", home / "library" / "eigen.yaml")
    monkeypatch.setenv("BURGERSCHAP_HOME", str(home))
    code, data = run_json(capsys)
    assert code == 1
    paths = [Path(e["path"]).name for e in data["scenarios"]]
    assert "eigen.yaml" in paths
    assert len(paths) > 1  # the built-in scenarios come first
