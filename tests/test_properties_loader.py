"""Property tests: a scenario broken anywhere gives the project's own errors, with positions.

``test_loader_properties.py`` feeds the loader arbitrary bytes and text; most
of that fails early, in the YAML parser. These tests start from a random
valid scenario (the generator of ``test_properties_engine.py``) and break it
deep inside: a key removed, a value of the wrong type, an unknown key, a
``goto`` to a node that does not exist. Every problem the loader reports must
be one of the project's messages, name the file, and point at a line and
column inside the text, so a teacher can find it.

Set BURGERSCHAP_HYPOTHESIS_EXAMPLES to run more examples than the CI default.
"""

from __future__ import annotations

import copy
import os
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from burgerschap.i18n.problem_words import message_codes, templates
from burgerschap.scenario import inspect_text
from test_properties_engine import scenarios

EXAMPLES = int(os.environ.get("BURGERSCHAP_HYPOTHESIS_EXAMPLES", "100"))
SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

Path = tuple[str | int, ...]
WRONG = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 5),
    st.text(max_size=6),
    st.just([]),
    st.just({}),
    st.just(["x", 1]),
    st.just({"onbekend": 1}),
    st.sampled_from(["nergens", "n99", "e99", "-", "Ü"]),
)


def _paths(tree: Any, base: Path = ()) -> list[Path]:
    """Every place in the tree that holds a value."""
    found: list[Path] = []
    if isinstance(tree, dict):
        for key, value in tree.items():
            found.append((*base, key))
            found.extend(_paths(value, (*base, key)))
    elif isinstance(tree, list):
        for i, value in enumerate(tree):
            found.append((*base, i))
            found.extend(_paths(value, (*base, i)))
    return found


def _parent(tree: Any, path: Path) -> Any:
    for part in path[:-1]:
        tree = tree[part]
    return tree


@st.composite
def broken_scenarios(draw: st.DrawFn) -> dict[str, Any]:
    data = copy.deepcopy(draw(scenarios()))
    for _ in range(draw(st.integers(1, 3))):
        paths = _paths(data)
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        parent, last = _parent(data, path), path[-1]
        action = draw(st.sampled_from(["delete", "replace", "unknown_key", "missing_target"]))
        if action == "delete":
            del parent[last]
        elif action == "replace":
            parent[last] = copy.deepcopy(draw(WRONG))
        elif action == "unknown_key" and isinstance(parent, dict):
            parent[draw(st.sampled_from(["extra", "Goto", "choices2", "if"]))] = copy.deepcopy(
                draw(WRONG)
            )
        elif isinstance(parent, dict) and last in ("goto", "goto_correct", "goto_wrong", "start"):
            parent[last] = "bestaat_niet"
        else:
            parent[last] = copy.deepcopy(draw(WRONG))
    return data


@SETTINGS
@given(broken_scenarios())
def test_broken_scenarios_give_own_problems_with_positions(data: dict[str, Any]) -> None:
    text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True)
    lines = text.count("\n") + 1
    inspection = inspect_text(text, "f.yaml")
    if inspection.document is None:
        assert inspection.errors, "no document and no error"
    for problem in inspection.problems:
        assert problem.code in message_codes()
        assert problem.file == "f.yaml"
        assert problem.line is not None, f"{problem.code} has no position: {problem.params}"
        assert 1 <= problem.line <= lines
        assert problem.col is not None and problem.col >= 1
        for lang in ("nl", "en"):  # Dutch and English, every parameter given
            for text in templates(problem.code, lang):
                assert text.format(**problem.params)
