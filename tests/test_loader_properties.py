"""Property tests: whatever a user feeds the loader, only the project's own error comes back.

Set BURGERSCHAP_HYPOTHESIS_EXAMPLES to run more examples than the CI default.
"""

from __future__ import annotations

import os

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from burgerschap.i18n.problem_words import message_codes
from burgerschap.scenario import ScenarioError, inspect_bytes, inspect_text, load_text

EXAMPLES = int(os.environ.get("BURGERSCHAP_HYPOTHESIS_EXAMPLES", "200"))
SETTINGS = settings(
    max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)

# Fragments that make text look like YAML, so the parser goes deep, not just fails at once.
YAML_BITS = st.sampled_from(
    [
        "format: 1\n",
        "id: x\n",
        "title: T\n",
        "nodes:\n",
        "  a:\n",
        "    text: |\n",
        "      hoi\n",
        "choices:\n",
        "- text: a\n",
        "  goto: b\n",
        "&a ",
        "*a",
        "!!python/object ",
        "!!str ",
        "{",
        "}",
        "[",
        "]",
        ", ",
        ": ",
        "- ",
        "? ",
        "\t",
        "'",
        '"',
        "#",
        "\n",
        "  ",
        "---\n",
        "...\n",
        "%YAML 1.1\n",
        "<<: *a\n",
        "!tag ",
        "|",
        ">",
        "\\",
        "ë",
        "\x00",
        "\ufeff",
    ]
)
YAMLISH = st.lists(st.one_of(YAML_BITS, st.text(max_size=5)), max_size=40).map("".join)
SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(), st.text(max_size=8), st.floats(allow_nan=False)
)
TREES = st.recursive(
    SCALARS,
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(
            st.sampled_from(["id", "text", "goto", "nodes", "a", "if", "format"]),
            children,
            max_size=4,
        ),
    ),
    max_leaves=20,
)


def _check(inspection_problems: list[object]) -> None:
    for problem in inspection_problems:
        code = problem.code  # type: ignore[attr-defined]
        assert code in message_codes()
        assert problem.file == "f.yaml"  # type: ignore[attr-defined]
        if code.startswith("yaml_"):
            assert problem.line is not None and problem.line >= 1  # type: ignore[attr-defined]


@SETTINGS
@given(st.binary(max_size=400))
def test_arbitrary_bytes_give_only_own_problems(data: bytes) -> None:
    inspection = inspect_bytes(data, "f.yaml")
    assert inspection.document is not None or inspection.problems
    _check(inspection.problems)


@SETTINGS
@given(YAMLISH)
def test_yamlish_text_gives_only_own_error(text: str) -> None:
    try:
        load_text(text, "f.yaml")
    except ScenarioError as exc:
        assert exc.problems
        _check(exc.problems)


@SETTINGS
@given(TREES)
def test_arbitrary_yaml_structures_give_only_own_error(tree: object) -> None:
    text = yaml.safe_dump(tree, allow_unicode=True)
    inspection = inspect_text(text, "f.yaml")
    assert inspection.document is None or not inspection.errors
    _check(inspection.problems)
