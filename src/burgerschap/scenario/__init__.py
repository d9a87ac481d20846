"""The domain: scenario models, safe loading, validation and the play engine.

Pure Python: nothing here imports textual or rich, so the command line,
the tests and any future front end share one core.

The names below are loaded on first use, so that importing a small module
such as :mod:`burgerschap.scenario.atomic` does not pull in pydantic and
every model: start-up time matters for the game and the command line.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from burgerschap.scenario.engine import Engine, EngineError, GameState, Outcome, Step
    from burgerschap.scenario.loader import (
        Inspection,
        Loaded,
        inspect_bytes,
        inspect_file,
        inspect_text,
        load_bytes,
        load_file,
        load_text,
    )
    from burgerschap.scenario.models import (
        Choice,
        Condition,
        Dimension,
        EndingNode,
        QuestionNode,
        Quiz,
        QuizQuestion,
        Scenario,
        StoryNode,
    )
    from burgerschap.scenario.problems import Problem, ScenarioError

_WHERE = {
    "engine": ("Engine", "EngineError", "GameState", "Outcome", "Step"),
    "loader": (
        "Inspection",
        "Loaded",
        "inspect_bytes",
        "inspect_file",
        "inspect_text",
        "load_bytes",
        "load_file",
        "load_text",
    ),
    "models": (
        "Choice",
        "Condition",
        "Dimension",
        "EndingNode",
        "QuestionNode",
        "Quiz",
        "QuizQuestion",
        "Scenario",
        "StoryNode",
    ),
    "problems": ("Problem", "ScenarioError"),
}
_MODULE_OF = {name: module for module, names in _WHERE.items() for name in names}

__all__ = [
    "Choice",
    "Condition",
    "Dimension",
    "EndingNode",
    "Engine",
    "EngineError",
    "GameState",
    "Inspection",
    "Loaded",
    "Outcome",
    "Problem",
    "QuestionNode",
    "Quiz",
    "QuizQuestion",
    "Scenario",
    "ScenarioError",
    "Step",
    "StoryNode",
    "inspect_bytes",
    "inspect_file",
    "inspect_text",
    "load_bytes",
    "load_file",
    "load_text",
]


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"burgerschap.scenario.{module}"), name)
    globals()[name] = value
    return value
