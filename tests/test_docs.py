"""The examples in the documentation are valid files."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from burgerschap.scenario import inspect_text

DOC = Path(__file__).parents[1] / "docs" / "scenario-format.md"


def _yaml_blocks() -> list[str]:
    return re.findall(r"```yaml\n(.*?)```", DOC.read_text("utf-8"), flags=re.S)


@pytest.mark.parametrize("index", range(2))
def test_format_doc_examples_validate(index: int) -> None:
    blocks = _yaml_blocks()
    inspection = inspect_text(blocks[index], f"scenario-format.md#{index}")
    assert inspection.ok, [p.format() for p in inspection.problems]
    assert inspection.problems == []
