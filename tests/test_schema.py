"""The committed JSON Schema matches the models."""

from __future__ import annotations

import json
from pathlib import Path

from burgerschap.scenario.schema import json_schema, schema_text

COMMITTED = Path(__file__).parents[1] / "scenarios" / "scenario.schema.json"


def test_committed_schema_has_not_drifted() -> None:
    assert COMMITTED.read_text("utf-8") == schema_text(), (
        "scenarios/scenario.schema.json is out of date: run "
        "`burgerschap schema > scenarios/scenario.schema.json`"
    )


def test_schema_describes_both_kinds_and_node_types() -> None:
    schema = json_schema()
    defs = schema["$defs"]
    for name in (
        "Scenario",
        "Quiz",
        "StoryNode",
        "QuestionNode",
        "EndingNode",
        "Choice",
        "Condition",
    ):
        assert name in defs
    assert "if" in defs["Choice"]["properties"]
    assert defs["Scenario"]["additionalProperties"] is False
    json.dumps(schema)
