"""A game's saved state: :class:`GameState`, its moves, and reading older shapes of it.

The state is plain data that serializes to JSON, so a game can be saved after
every move and resumed anywhere; :mod:`burgerschap.scenario.engine` makes the
moves. A saved state says which shape it has (:attr:`GameState.save_version`,
as ink's save state carries ``inkSaveVersion``). Reading a state of an older
shape migrates it step by step (:data:`MIGRATIONS`); a state saved by a newer
program is refused with :class:`StateTooNew`, so nothing is guessed and the
saved game stays as it is for that program to open.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal, Protocol

from pydantic import BaseModel, ConfigDict, model_validator


class EngineError(Exception):
    """A move that the current state does not allow (a bug in the caller)."""


SAVE_VERSION = 2
"""The shape of a saved :class:`GameState` that this program writes.

1. The states saved before the version was written down (without it): the
   same fields, ``answers`` possibly missing.
2. ``save_version`` is written; ``answers`` always is.
"""


class StateTooNew(EngineError):
    """A saved state written by a newer program, in a shape this one does not know."""

    def __init__(self, found: int) -> None:
        super().__init__(
            f"saved game state version {found} is newer than this program reads ({SAVE_VERSION})"
        )
        self.found = found


class ReplayError(EngineError):
    """A recorded move that cannot be made again (see :meth:`Engine.play`)."""

    def __init__(self, step: int, reason: str) -> None:
        super().__init__(f"move {step}: {reason}")
        self.step = step
        """Which move failed, counted from 1."""


MoveKind = Literal["choice", "answer"]


class Move(Protocol):
    """A recorded move: a :class:`Step`, or a move read from elsewhere (a hand-in file)."""

    @property
    def node(self) -> str: ...

    @property
    def kind(self) -> MoveKind: ...

    @property
    def index(self) -> int: ...


class _State(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Step(_State):
    """One move: a choice in a story node, or an answer to a question."""

    node: str
    kind: MoveKind
    index: int
    """The choice's or option's index in the file (not its shuffled place)."""
    target: str
    effects: dict[str, int] = {}
    correct: bool | None = None


class Start(_State):
    """Where a game began; ``back`` replays from here."""

    node: str
    scores: dict[str, int]
    flags: list[str] = []


class GameState(_State):
    """Everything about a game in progress, as JSON-ready data."""

    save_version: int = SAVE_VERSION
    """The shape of this state when saved (see :data:`SAVE_VERSION`)."""
    scenario: str
    """``id@version`` of the scenario being played."""
    seed: int = 0
    node: str
    scores: dict[str, int]
    flags: list[str] = []
    """Sorted, without duplicates."""
    visits: dict[str, int] = {}
    history: list[Step] = []
    start: Start
    answers: dict[str, int] = {}
    """The first answer (option index in the file) given at each visit of a question,
    keyed by :func:`answer_key`. Kept when going back, so the first answer counts."""

    @model_validator(mode="before")
    @classmethod
    def _migrate(cls, data: Any) -> Any:
        return migrate_state(data) if isinstance(data, dict) else data


def migrate_state(data: dict[str, Any]) -> dict[str, Any]:
    """A saved state's data brought to :data:`SAVE_VERSION` (a new dict; ``data`` is kept).

    Raises:
        StateTooNew: it was saved in a newer shape than this program knows.
        ValueError: the version is not a whole number from 1.
    """
    found = data.get("save_version", 1)
    if not isinstance(found, int) or isinstance(found, bool) or found < 1:
        raise ValueError(f"save_version must be a whole number from 1, not {found!r}")
    if found > SAVE_VERSION:
        raise StateTooNew(found)
    migrated = dict(data)
    for version in range(found, SAVE_VERSION):
        migrated = MIGRATIONS[version](migrated)
    migrated["save_version"] = SAVE_VERSION
    return migrated


def _from_1(data: dict[str, Any]) -> dict[str, Any]:
    # States saved before ``answers`` existed: the answers on the path still count.
    if "answers" not in data:
        return {**data, "answers": _answers_on_path(data)}
    return data


MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _from_1}
"""For each old version, the step to the next one."""


def answer_key(node: str, visit: int) -> str:
    """Where the first answer at the ``visit``-th visit (from 1) of question ``node`` is kept.

    The first visit is the node's id itself; later visits add ``#2``, ``#3`` (a
    node id never contains ``#``).
    """
    return node if visit <= 1 else f"{node}#{visit}"


def _answers_on_path(data: dict[str, Any]) -> dict[str, int]:
    """The answers given in a saved state's history, keyed as :attr:`GameState.answers`."""
    start = data.get("start")
    node = start.get("node") if isinstance(start, dict) else getattr(start, "node", None)
    history = data.get("history")
    if not isinstance(node, str) or not isinstance(history, list):
        return {}  # validation proper reports what is wrong with the state
    visits = {node: 1}
    answers: dict[str, int] = {}
    for step in history:
        raw = step if isinstance(step, dict) else getattr(step, "__dict__", {})
        at, kind, index, target = (raw.get(k) for k in ("node", "kind", "index", "target"))
        if not isinstance(at, str) or not isinstance(target, str):
            return {}
        if kind == "answer" and isinstance(index, int):
            answers.setdefault(answer_key(at, visits.get(at, 1)), index)
        visits[target] = visits.get(target, 0) + 1
    return answers
