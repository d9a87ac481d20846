"""Whether a valid scenario can be played to an end: the one path check ``validate`` makes.

The validator's rules are about the file's structure. A file can pass them
and still have no ending a player can reach, because every way out needs a
condition that never holds; such a file crashed every player. ``validate``,
``import`` and the editor's save refuse it with this check, which explores the
state space once (as the analyzer does) and stops at the first ending found.
"""

from __future__ import annotations

from dataclasses import replace

from burgerschap.scenario.loader import Inspection
from burgerschap.scenario.models import Scenario
from burgerschap.scenario.problems import Problem
from burgerschap.scenario.statespace import MAX_STATES, compile_scenario, explore
from burgerschap.scenario.validate import Findings
from burgerschap.scenario.yamlsafe import Positions


def ending_problems(
    scenario: Scenario,
    filename: str = "",
    positions: Positions | None = None,
    max_states: int = MAX_STATES,
) -> list[Problem]:
    """An error when no ending can be reached from the start, honouring every condition.

    When the exploration stops at ``max_states`` nothing is claimed: ``check``
    reports that case.
    """
    if scenario.start not in scenario.nodes:
        return []  # the validator reports that already
    compiled = compile_scenario(scenario)
    space = explore(compiled, max_states)
    if not space.complete or any(compiled.endings[state[0]] for state in space.states):
        return []
    out = Findings(filename, positions)
    out.add("start_stuck", ("start",), "error")
    return out.problems


def playable(inspection: Inspection) -> Inspection:
    """``inspection`` with an error added when a valid scenario has no reachable ending."""
    document = inspection.document
    if not isinstance(document, Scenario) or inspection.errors:
        return inspection
    found = ending_problems(document, inspection.file, inspection.positions)
    if not found:
        return inspection
    return replace(inspection, problems=[*found, *inspection.problems])
