"""The domain: scenario models, safe loading, validation and the play engine.

Pure Python: nothing here imports textual or rich, so the command line,
the tests and any future front end share one core.
"""

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
