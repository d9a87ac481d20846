"""The examples in the documentation are valid files, and say what the program says."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from burgerschap.cli import main
from burgerschap.i18n.problem_words import problem_line
from burgerschap.scenario import inspect_text

DOC = Path(__file__).parents[1] / "docs" / "scenario-format.md"


def _blocks(kind: str) -> list[str]:
    return re.findall(rf"```{kind}\n(.*?)```", DOC.read_text("utf-8"), flags=re.S)


COMPLETE = [block for block in _blocks("yaml") if block.startswith("format:")]
"""Whole files; the other YAML blocks are fragments of one."""


def test_the_doc_has_its_complete_examples() -> None:
    ids = [re.search(r"^id: (\S+)", block, flags=re.M) for block in COMPLETE]
    assert [m.group(1) if m else None for m in ids] == [
        "bankje",
        "hangplek-kort",
        "democratie",
        "begrippen-kort",
    ]


@pytest.mark.parametrize("index", range(len(COMPLETE)))
def test_format_doc_examples_validate(index: int) -> None:
    inspection = inspect_text(COMPLETE[index], f"scenario-format.md#{index}")
    assert inspection.ok, [problem_line(p) for p in inspection.problems]
    assert inspection.problems == []


def _check_lines(
    folder: Path, text: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> list[str]:
    (folder / "hangplek.yaml").write_text(text, "utf-8")
    monkeypatch.chdir(folder)
    main(["check", "hangplek.yaml"])
    return capsys.readouterr().out.splitlines()


def test_worked_example_shows_what_check_says(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    [aligned] = [block for block in COMPLETE if "id: hangplek-kort" in block]
    fragment = next(block for block in _blocks("yaml") if block.startswith("      - text: Ik stem"))
    said_aligned, said_misaligned = [b for b in _blocks("text") if b.startswith("hoogste score")]

    # The misaligned version: the fragment's effects put into the aligned file.
    misaligned = aligned
    lines = fragment.splitlines()
    for i, line in enumerate(lines):
        if line.strip().startswith("- text:"):
            effects = next(x for x in lines[i + 1 :] if x.strip().startswith("effects:"))
            start = misaligned.index(line + "\n")
            old = re.compile(r"^ +effects: .*$", flags=re.M).search(misaligned, start)
            assert old is not None
            misaligned = misaligned[: old.start()] + effects + misaligned[old.end() :]
    assert misaligned != aligned

    for text, said in ((aligned, said_aligned), (misaligned, said_misaligned)):
        out = _check_lines(tmp_path, text, monkeypatch, capsys)
        documented = said.splitlines()
        assert [line for line in documented if line not in out] == []
        # Every warning but the weak dilemmas is in the doc.
        warnings = [line for line in out if ": waarschuwing: " in line]
        assert [w for w in warnings if "zwak dilemma" not in w and w not in documented] == []
