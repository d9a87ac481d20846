"""What the editor holds besides the screen: the work, undo and redo, and its check.

No interface code (nothing here imports textual), so the editor's behaviour
can be tested on its own. The work is plain data (what a YAML file holds), so
unfinished work that does not validate can still be edited, kept as a draft
and undone. Every change goes through :meth:`EditSession.apply`, which keeps
the value before it on the undo stack; typing in one field is one undo step.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from burgerschap.i18n import Language
from burgerschap.scenario.edit import FieldPath, set_field
from burgerschap.scenario.problems import Problem, SortsProblems
from burgerschap.scenario.serialize import Data

Origin = Literal["new", "builtin", "user", "student", "draft", "copy"]
"""Where the work came from: a new scenario, a version (built in, the teacher's, or a
student's own), a draft, or a copy just made ("Maak je eigen versie")."""
Owner = Literal["teacher", "student"]
"""Who saves: the teacher (teacher mode, behind the PIN) or a student ("Eigen versie")."""

MAX_UNDO = 200
ANALYZE_STATES = 20_000
"""The analyzer's state bound while editing: enough for any classroom story, and quick."""

PRUNABLE = frozenset(
    {
        "effects",
        "if",
        "min",
        "max",
        "flags",
        "not_flags",
        "visited",
        "not_visited",
        "set",
        "unset",
        "feedback",
    }
)
"""Keys that go away when they become empty, so the YAML stays as a person would write it."""


@dataclass
class Check(SortsProblems):
    """What validation and the analyzer say about the work."""

    problems: list[Problem] = field(default_factory=list)
    """Validation problems first (with line numbers in the YAML tab), then the analyzer's."""
    valid: bool = False
    """Whether the work validates, so it may be saved as a version."""
    analyzed: bool = False
    positions: dict[FieldPath, tuple[int, int]] = field(default_factory=dict)
    """Where each key and item of the work stands in its YAML (the lines problems name)."""

    def path_of(self, problem: Problem) -> FieldPath | None:
        """The field ``problem`` is about: the deepest key or item on its line (and column)."""
        if problem.line is None:
            return None
        found = [
            path
            for path, (line, col) in self.positions.items()
            if line == problem.line and (problem.col is None or col == problem.col)
        ]
        if not found and problem.col is not None:
            found = [path for path, (line, _) in self.positions.items() if line == problem.line]
        return max(found, key=len) if found else None


def check(data: Data, analyze_states: int = ANALYZE_STATES) -> Check:
    """Validate the work, and analyse it when it validates (slow: call from a worker)."""
    from burgerschap.scenario.analyzer import analyze
    from burgerschap.scenario.models import Scenario
    from burgerschap.scenario.serialize import inspect_data

    inspection = inspect_data(data)
    problems = list(inspection.problems)
    doc = inspection.document
    valid = doc is not None and not inspection.errors
    analyzed = False
    if valid and isinstance(doc, Scenario):
        analysis = analyze(doc, positions=inspection.positions, max_states=analyze_states)
        known = {(p.code, p.node, p.line) for p in problems}
        problems += [p for p in analysis.problems if (p.code, p.node, p.line) not in known]
        analyzed = True
    return Check(problems, valid, analyzed, dict(inspection.positions))


def split_list(text: str) -> list[str] | None:
    """``"a, b, Mevrouw De Vries"`` → ``["a", "b", "Mevrouw De Vries"]``; None when empty."""
    items = [part.strip() for part in text.split(",") if part.strip()]
    return items or None


def parse_int(text: str) -> int | None:
    """A whole number typed in a field, or None for an empty or unfinished one."""
    text = text.strip()
    if not re.fullmatch(r"[+-]?\d{1,9}", text):
        return None
    return int(text)


def get(data: Any, path: FieldPath, default: Any = None) -> Any:
    """The value at ``path``, or ``default`` when any step is missing."""
    current = data
    for key in path:
        if isinstance(current, dict):
            if key not in current:
                return default
            current = current[key]
            continue
        if not isinstance(current, list) or not isinstance(key, int):
            return default
        if not -len(current) <= key < len(current):
            return default
        current = current[key]
    return current


class EditSession:
    """The work in the editor, its history, and where it came from."""

    def __init__(
        self,
        data: Data,
        *,
        origin: Origin = "new",
        library_dir: Path | None = None,
        saved: bool = True,
        owner: Owner = "teacher",
        own_id: str | None = None,
    ) -> None:
        self.data: Data = copy.deepcopy(data)
        self.origin: Origin = origin
        self.library_dir = library_dir
        self.owner: Owner = owner
        self.own_id = own_id
        """A student's work is saved under this id, whatever its YAML says (see
        :func:`burgerschap.scenario.versions.own_version_id`)."""
        self.undo_stack: list[Data] = []
        self.redo_stack: list[Data] = []
        self._last_key: str | None = None
        self.dirty = not saved
        self._clean: Data | None = copy.deepcopy(self.data) if saved else None
        """The work as it is stored (None: nowhere yet): undoing back to it is no change."""
        self.revision = 0
        """Goes up with every change, so a check of older work can be recognised."""
        self.saved_refs: list[str] = []
        """The versions saved from this session, oldest first."""

    # Changing ---------------------------------------------------------

    def apply(self, new: Data, key: str | None = None) -> bool:
        """Make ``new`` the work; False when nothing changed.

        Changes with the same ``key`` in a row (typing in one field) share one
        undo step.
        """
        if new == self.data:
            return False
        if key is None or key != self._last_key or not self.undo_stack:
            self.undo_stack.append(self.data)
            del self.undo_stack[:-MAX_UNDO]
        self._last_key = key
        self.redo_stack.clear()
        self.data = new
        self._changed()
        return True

    def edit(self, operation: Callable[[Data], Data], key: str | None = None) -> bool:
        """Apply an editor operation (see :mod:`burgerschap.scenario.edit`).

        Raises:
            ScenarioError: when the operation refuses; the work is unchanged.
        """
        return self.apply(operation(self.data), key)

    def set_value(self, path: FieldPath, value: Any, *, key: str | None = None) -> bool:
        """Set the value at ``path``; None (or an empty list) removes it, and containers
        left empty by that go too."""
        if value is None or value == []:
            if get(self.data, path) is None:
                return False
            new = set_field(self.data, path, None) if _in_mapping(self.data, path) else self.data
            new = _prune(new, path[:-1])
        else:
            if get(self.data, path, _MISSING) == value:
                return False
            new = set_field(self.data, path, value)
        return self.apply(new, key if key is not None else _path_key(path))

    def stop_typing(self) -> None:
        """The next change starts a new undo step, even in the same field."""
        self._last_key = None

    # History ----------------------------------------------------------

    @property
    def can_undo(self) -> bool:
        return bool(self.undo_stack)

    @property
    def can_redo(self) -> bool:
        return bool(self.redo_stack)

    def undo(self) -> bool:
        if not self.undo_stack:
            return False
        self.redo_stack.append(self.data)
        self.data = self.undo_stack.pop()
        self._last_key = None
        self._changed()
        return True

    def redo(self) -> bool:
        if not self.redo_stack:
            return False
        self.undo_stack.append(self.data)
        self.data = self.redo_stack.pop()
        self._last_key = None
        self._changed()
        return True

    def _changed(self) -> None:
        self.dirty = self.data != self._clean
        self.revision += 1

    # Saving -----------------------------------------------------------

    def saved_version(self, ref: str, version: int) -> None:
        """The work was saved as ``ref`` (``id@N``): the next save is a newer version of it,
        and what is edited now is that saved version: the teacher's, or the student's own."""
        self.saved_refs.append(ref)
        self.data = {**self.data, "id": ref.partition("@")[0], "version": version}
        self.origin = "student" if self.owner == "student" else "user"
        self.dirty = False
        self._clean = copy.deepcopy(self.data)
        self._last_key = None

    def saved_draft(self) -> None:
        self.dirty = False
        self._clean = copy.deepcopy(self.data)
        self._last_key = None

    # Reading ----------------------------------------------------------

    @property
    def doc_id(self) -> str:
        value = self.data.get("id")
        return value if isinstance(value, str) and value else "concept"

    @property
    def nodes(self) -> dict[str, Any]:
        nodes = self.data.get("nodes")
        return nodes if isinstance(nodes, dict) else {}

    @property
    def dimensions(self) -> dict[str, Any]:
        dims = self.data.get("dimensions")
        return dims if isinstance(dims, dict) else {}


_MISSING = object()


def _path_key(path: FieldPath) -> str:
    return "/".join(str(part) for part in path)


def _in_mapping(data: Data, path: FieldPath) -> bool:
    return isinstance(get(data, path[:-1]), dict)


def _prune(data: Data, path: FieldPath) -> Data:
    """Remove empty prunable containers from ``path`` upwards."""
    while path and path[-1] in PRUNABLE:
        value = get(data, path)
        if value not in ({}, []):
            break
        data = set_field(data, path, None)
        path = path[:-1]
    return data


def new_scenario(doc_id: str, lang: Language, strings: Callable[[str], str]) -> Data:
    """A small scenario that validates, for an author to build on.

    Args:
        strings: the interface text for a key (the template's words).
    """
    return {
        "format": 1,
        "kind": "scenario",
        "id": doc_id,
        "version": 1,
        "title": strings("tui.editor.template.title"),
        "language": lang,
        "dimensions": {
            "participatie": {"label": strings("tui.editor.template.participation")},
            "samenwerking": {"label": strings("tui.editor.template.collaboration")},
        },
        "start": "begin",
        "nodes": {
            "begin": {
                "text": strings("tui.editor.template.text"),
                "choices": [
                    {
                        "text": strings("tui.editor.template.choice"),
                        "goto": "einde",
                        "effects": {"participatie": 1},
                    }
                ],
            },
            "einde": {"ending": {"title": strings("tui.editor.template.ending")}},
        },
    }
