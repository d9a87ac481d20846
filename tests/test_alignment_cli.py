"""Alignment as users see it: ``check``, ``check --json`` and the editor's live check."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from burgerschap.application.editing import check as editor_check
from burgerschap.cli import main
from test_alignment import ALIGN, LOOP, best_bad, harm


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
