"""Random playthroughs through the real engine (ChoiceScript's randomtest, with coverage).

Where :mod:`burgerschap.scenario.analyzer` reasons about every path at once,
:func:`random_playthroughs` plays whole games with :class:`Engine`, picking
uniformly among the offered choices and answering questions at random. It
counts how often each node and ending was visited, and reports any engine
error, any game that got stuck, and any game that did not end within a step
limit. Game ``i`` depends only on ``(seed, i)``, so a run is reproducible.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from burgerschap.scenario.engine import Engine, EngineError, GameState
from burgerschap.scenario.models import EndingNode, QuestionNode, Scenario
from burgerschap.scenario.problems import Problem
from burgerschap.scenario.yamlsafe import Positions, locate


@dataclass
class Playthroughs:
    """What ``games`` random games did."""

    games: int
    seed: int
    node_visits: dict[str, int]
    """How often each node was entered, over all games (the start counts once per game)."""
    endings: dict[str, int]
    """How many games ended in each ending."""
    problems: list[Problem] = field(default_factory=list)

    @property
    def unvisited(self) -> list[str]:
        return [n for n, count in self.node_visits.items() if count == 0]

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    def to_json(self) -> dict[str, Any]:
        """Counts only; :attr:`problems` are reported with the file's other problems."""
        return {
            "games": self.games,
            "seed": self.seed,
            "nodes": self.node_visits,
            "endings": self.endings,
            "unvisited": self.unvisited,
        }


def max_steps_for(scenario: Scenario) -> int:
    """The step limit of one game: generous for loops, finite for traps."""
    return 1000 + 10 * len(scenario.nodes)


def random_playthroughs(
    scenario: Scenario,
    n: int,
    seed: int,
    filename: str = "",
    max_steps: int | None = None,
    positions: Positions | None = None,
) -> Playthroughs:
    """Play ``n`` random games of ``scenario``; deterministic for a given ``seed``.

    Problems carry ``filename`` and, with the loader's ``positions``, the line
    of the node where the trouble showed.
    """
    engine = Engine(scenario)
    limit = max_steps if max_steps is not None else max_steps_for(scenario)
    visits = dict.fromkeys(scenario.nodes, 0)
    endings = {name: 0 for name, node in scenario.nodes.items() if isinstance(node, EndingNode)}
    # (code, node, detail) -> (count, first game, params)
    trouble: dict[tuple[str, str, str], list[Any]] = {}

    def note(code: str, node: str, game: int, detail: str = "", **params: Any) -> None:
        entry = trouble.setdefault((code, node, detail), [0, game, params])
        entry[0] += 1

    for game in range(n):
        rng = random.Random(f"{seed}:{game}")
        state: GameState | None = None
        try:
            state = engine.new_game(seed=rng.randrange(2**31))
            visits[state.node] += 1
            for _ in range(limit):
                node = engine.node(state)
                if isinstance(node, EndingNode):
                    endings[state.node] += 1
                    break
                if isinstance(node, QuestionNode):
                    state = engine.answer(state, rng.choice(engine.option_order(state))).state
                else:
                    offered = engine.offered(state)
                    if not offered:
                        note("random_stuck", state.node, game)
                        break
                    state = engine.choose(state, rng.choice(offered)[0]).state
                visits[state.node] += 1
            else:
                note("random_too_long", state.node, game, steps=limit)
        except EngineError as exc:
            where = state.node if state is not None else scenario.start
            note("random_engine_error", where, game, str(exc), seed=seed)

    problems = []
    for (code, where, detail), (count, first, params) in trouble.items():
        found = locate(positions or {}, ("nodes", where))
        problems.append(
            Problem(
                code,
                file=filename,
                line=found[0] if found else None,
                col=found[1] if found else None,
                node=where,
                params={
                    "node": where,
                    "count": count,
                    "games": n,
                    "game": first + 1,
                    "detail": detail,
                    **params,
                },
            )
        )
    return Playthroughs(n, seed, visits, endings, problems)
