"""The JSON Schema of format 1, generated from the models.

Teachers point their editor at ``scenarios/scenario.schema.json`` and get
completion and checks while typing; a test fails when the committed file and
the models drift apart.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import TypeAdapter

from burgerschap.scenario.models import Document

SCHEMA_ID = "https://burgerschap.invalid/scenario.schema.json"


def json_schema() -> dict[str, Any]:
    """The schema as a dictionary."""
    schema = TypeAdapter(Document).json_schema(by_alias=True, mode="validation")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "Burgerschap scenario, quiz or glossary (format 1)",
        "description": (
            "A branching village scenario, a quiz or a glossary for the Burgerschap game."
        ),
        **schema,
    }


def schema_text() -> str:
    """The schema as the text committed to ``scenarios/scenario.schema.json``."""
    return json.dumps(json_schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
