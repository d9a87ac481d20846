"""What the teacher sees: progress during a lesson and the class's choices afterwards.

- :func:`students`: who joined, where each one is (current node), who finished.
- :func:`class_results`: per scenario version, each dimension's class results,
  raw and on the 0-100 scale.
- :func:`debrief`: per node, the share of the class that chose each option,
  and the spread of endings. It carries no nicknames, so it can go on the board.
- :func:`revision`: a cheap value that changes whenever the lesson changes,
  for a dashboard that polls.

Every function reads; none writes. Nodes and texts come from the lesson's
stored copy of each scenario version.
"""

from __future__ import annotations

import statistics
from collections import Counter, deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from burgerschap.classroom.codes import normalise_code
from burgerschap.classroom.errors import ClassroomError
from burgerschap.classroom.lessons import Lesson, LessonScenario, require_lesson
from burgerschap.classroom.nicknames import nickname_key
from burgerschap.classroom.scoring import Range, cached_ranges, to_100
from burgerschap.classroom.store import GameRecord, Store
from burgerschap.scenario.models import EndingNode, QuestionNode, Scenario, StoryNode


@dataclass(frozen=True)
class GameProgress:
    """One game of a lesson, as the dashboard and the exports show it."""

    id: str
    nickname: str
    ref: str
    content_hash: str
    status: str
    """``playing``, ``finished`` or ``abandoned``."""
    node: str
    """Where the student is now (the ending, once finished)."""
    node_title: str | None
    steps: int
    scores: dict[str, int]
    """Raw totals so far (final once finished)."""
    scores_100: dict[str, int]
    ending: str | None
    ending_title: str | None
    reflection: str | None
    started_at: float
    updated_at: float
    finished_at: float | None
    imported: bool
    """Handed in as a result file rather than played in this lesson."""

    @property
    def finished(self) -> bool:
        return self.status == "finished"

    @property
    def duration(self) -> float:
        """Seconds from start to the ending, or to the last move while playing."""
        return (self.finished_at or self.updated_at) - self.started_at


@dataclass(frozen=True)
class StudentProgress:
    nickname: str
    joined_at: float
    games: tuple[GameProgress, ...]
    """Newest first."""
    key: str = ""
    """The key the lesson compares this student's nickname by, as stored."""

    @property
    def latest(self) -> GameProgress | None:
        return self.games[0] if self.games else None

    @property
    def finished(self) -> bool:
        """Whether the student finished at least one game."""
        return any(g.finished for g in self.games)


@dataclass(frozen=True)
class DimensionResult:
    dimension: str
    label: str
    low: int | None
    high: int | None
    """The range the 0-100 scale spans."""
    count: int
    mean: float | None
    minimum: int | None
    maximum: int | None
    mean_100: float | None
    """The mean of the students' 0-100 scores."""


@dataclass(frozen=True)
class ScenarioResults:
    """The class's finished games of one scenario version."""

    ref: str
    title: str
    finished: int
    dimensions: tuple[DimensionResult, ...]


@dataclass(frozen=True)
class OptionShare:
    index: int
    """The choice's or option's index in the file."""
    text: str
    count: int
    share: float
    """0..1 of the moves made at this node."""
    correct: bool | None = None
    percent: int = 0
    """``share`` as a whole percentage; the options of a node add up to exactly 100."""


@dataclass(frozen=True)
class NodeDebrief:
    node: str
    title: str | None
    kind: str
    """``story`` or ``question``."""
    text: str
    """The story text, or the question."""
    total: int
    options: tuple[OptionShare, ...]


@dataclass(frozen=True)
class EndingShare:
    node: str
    title: str
    count: int
    share: float
    """0..1 of the finished games."""
    percent: int = 0
    """``share`` as a whole percentage; the endings add up to exactly 100."""


@dataclass(frozen=True)
class Debrief:
    """What the class chose in one scenario version, without names."""

    ref: str
    title: str
    games: int
    finished: int
    nodes: tuple[NodeDebrief, ...]
    """In story order: breadth first from the start, then any node not reached that way."""
    endings: tuple[EndingShare, ...]


def games(store: Store, lesson: Lesson) -> list[GameProgress]:
    """Every game of the lesson, newest first."""
    return [_progress(lesson, g) for g in store.games(lesson_code=lesson.code)]


def students(store: Store, code: str) -> list[StudentProgress]:
    """Everyone who joined, by nickname, each with their games."""
    lesson = require_lesson(store, code)
    by_key: dict[str, list[GameProgress]] = {}
    for game in games(store, lesson):
        by_key.setdefault(nickname_key(game.nickname), []).append(game)
    rows = store.conn.execute(
        "SELECT nickname_key, nickname, joined_at FROM lesson_students WHERE lesson_code = ?",
        (lesson.code,),
    ).fetchall()
    found = [
        StudentProgress(
            r["nickname"],
            r["joined_at"],
            tuple(by_key.get(r["nickname_key"], [])),
            r["nickname_key"],
        )
        for r in rows
    ]
    return sorted(found, key=lambda s: (s.nickname.casefold(), s.nickname))


def class_results(store: Store, code: str) -> list[ScenarioResults]:
    """Per scenario version of the lesson, the finished games' results per dimension."""
    lesson = require_lesson(store, code)
    finished = [g for g in games(store, lesson) if g.finished]
    results = []
    for entry in lesson.scenarios:
        mine = [g for g in finished if g.ref == entry.ref]
        scenario = entry.scenario
        ranges = _ranges(entry)
        dims = (
            {d: v.label for d, v in scenario.dimensions.items()}
            if scenario
            else {d: d for g in mine for d in g.scores}
        )
        results.append(
            ScenarioResults(
                entry.ref,
                entry.title,
                len(mine),
                tuple(_dimension(d, label, ranges.get(d), mine) for d, label in dims.items()),
            )
        )
    return results


def debrief(store: Store, code: str, ref: str) -> Debrief:
    """Shares of each option per node, and the spread of endings, for one version.

    Every game counts, finished or not: what was chosen was chosen. Moves a
    student took back are not in the store and so not counted. Endings count
    finished games only.
    """
    lesson = require_lesson(store, code)
    entry = lesson.scenario(ref)
    scenario = entry.scenario if entry else None
    if entry is None or scenario is None:
        raise ClassroomError("scenario_not_in_lesson", ref=ref, code=lesson.code)
    rows = store.conn.execute(
        "SELECT c.node, c.idx, COUNT(*) AS n FROM choices c JOIN games g ON g.id = c.game_id"
        " WHERE g.lesson_code = ? AND g.scenario_id = ? AND g.version = ?"
        " GROUP BY c.node, c.idx",
        (lesson.code, scenario.id, scenario.version),
    ).fetchall()
    counts: dict[str, Counter[int]] = {}
    for r in rows:
        counts.setdefault(r["node"], Counter())[r["idx"]] = r["n"]
    mine = [g for g in store.games(lesson_code=lesson.code) if g.ref == entry.ref]
    done = [g for g in mine if g.status == "finished"]
    nodes = tuple(
        _node_debrief(name, scenario, counts.get(name, Counter())) for name in story_order(scenario)
    )
    ending_counts = Counter(g.ending for g in done)
    ending_nodes = [(n, node) for n, node in scenario.nodes.items() if isinstance(node, EndingNode)]
    ending_percents = whole_percents([ending_counts[name] for name, _ in ending_nodes])
    endings = tuple(
        EndingShare(
            name,
            node.ending.title,
            ending_counts[name],
            _ratio(ending_counts[name], len(done)),
            percent,
        )
        for (name, node), percent in zip(ending_nodes, ending_percents, strict=True)
    )
    return Debrief(entry.ref, entry.title, len(mine), len(done), nodes, endings)


def story_order(scenario: Scenario) -> list[str]:
    """Story and question nodes breadth first from the start, then the rest in file order."""
    seen: dict[str, None] = {}
    queue = deque([scenario.start])
    while queue:
        name = queue.popleft()
        if name in seen or name not in scenario.nodes:
            continue
        seen[name] = None
        node = scenario.nodes[name]
        if isinstance(node, StoryNode):
            queue.extend(c.goto for c in node.choices)
        elif isinstance(node, QuestionNode):
            queue.extend(node.targets())
    for name in scenario.nodes:
        seen.setdefault(name, None)
    return [n for n in seen if not isinstance(scenario.nodes[n], EndingNode)]


def revision(store: Store, code: str) -> tuple[int, int, float, float, float]:
    """Changes whenever a student joins, moves or finishes, or the lesson closes.

    A dashboard polls this (one small query, on the lesson's indexes) and
    redraws only when it changes. The sum of the games' update times changes
    with every write to any game, whichever host's clock stamped it; the
    latest time alone would miss a move stamped by a clock that runs behind.
    """
    code = normalise_code(code)
    row = store.conn.execute(
        "SELECT (SELECT COUNT(*) FROM lesson_students WHERE lesson_code = ?) AS s,"
        " (SELECT COALESCE(MAX(closed_at), 0) FROM lessons WHERE code = ?) AS closed,"
        " COUNT(*) AS g, COALESCE(MAX(updated_at), 0) AS u, COALESCE(SUM(updated_at), 0) AS t"
        " FROM games WHERE lesson_code = ?",
        (code, code, code),
    ).fetchone()
    return (row["s"], row["g"], float(row["u"]), float(row["t"]), float(row["closed"]))


def _ranges(entry: LessonScenario) -> dict[str, Range]:
    scenario = entry.scenario
    return cached_ranges(entry.content_hash, scenario) if scenario else {}


def _progress(lesson: Lesson, game: GameRecord) -> GameProgress:
    entry = lesson.scenario(game.ref)
    scenario = entry.scenario if entry else None
    node = str(game.state.get("node", ""))
    scores = game.scores if game.scores is not None else dict(game.state.get("scores", {}))
    ranges = _ranges(entry) if entry else {}
    node_title = _node_title(scenario, node) if scenario else None
    ending_title = (
        _node_title(scenario, game.ending) if scenario and game.ending else None
    ) or game.ending
    return GameProgress(
        id=game.id,
        nickname=game.nickname,
        ref=game.ref,
        content_hash=game.content_hash,
        status=game.status,
        node=node,
        node_title=node_title,
        steps=len(game.state.get("history", [])),
        scores=scores,
        scores_100={
            d: to_100(v, ranges[d].low, ranges[d].high) for d, v in scores.items() if d in ranges
        },
        ending=game.ending,
        ending_title=ending_title if game.ending else None,
        reflection=game.reflection,
        started_at=game.started_at,
        updated_at=game.updated_at,
        finished_at=game.finished_at,
        imported=game.imported_at is not None,
    )


def _node_title(scenario: Scenario, name: str) -> str | None:
    node = scenario.nodes.get(name)
    if isinstance(node, EndingNode):
        return node.ending.title
    if isinstance(node, StoryNode | QuestionNode):
        return node.title
    return None


def _dimension(
    dim: str, label: str, bounds: Range | None, finished: Iterable[GameProgress]
) -> DimensionResult:
    values = [g.scores[dim] for g in finished if dim in g.scores]
    low, high = (bounds.low, bounds.high) if bounds else (None, None)
    if not values:
        return DimensionResult(dim, label, low, high, 0, None, None, None, None)
    normalised = [to_100(v, low, high) for v in values] if bounds else []
    return DimensionResult(
        dim,
        label,
        low,
        high,
        len(values),
        statistics.fmean(values),
        min(values),
        max(values),
        statistics.fmean(normalised) if normalised else None,
    )


def _node_debrief(name: str, scenario: Scenario, counts: Counter[int]) -> NodeDebrief:
    node = scenario.nodes[name]
    total = sum(counts.values())
    texts: list[tuple[str, bool | None]]
    if isinstance(node, QuestionNode):
        texts = [(o.text, o.correct) for o in node.options]
        kind, text = "question", node.question
    else:
        assert isinstance(node, StoryNode)
        texts = [(c.text, None) for c in node.choices]
        kind, text = "story", node.text
    percents = whole_percents([counts[i] for i in range(len(texts))])
    options = tuple(
        OptionShare(i, option, counts[i], _ratio(counts[i], total), correct, percent)
        for i, ((option, correct), percent) in enumerate(zip(texts, percents, strict=True))
    )
    return NodeDebrief(name, node.title, kind, text, total, options)


def whole_percents(counts: Sequence[int]) -> list[int]:
    """``counts`` as whole percentages that add up to exactly 100 (all 0 for no counts).

    Rounding each share on its own can show a class 33% + 33% + 33% = 99%, which
    students on the board do notice. Largest remainder: every share is rounded
    down, and the points still missing go to the largest remainders (the first
    such option on a tie, so the result never depends on chance).
    """
    total = sum(counts)
    if total <= 0:
        return [0 for _ in counts]
    exact = [count * 100 / total for count in counts]
    percents = [int(value) for value in exact]
    missing = 100 - sum(percents)
    by_remainder = sorted(range(len(counts)), key=lambda i: (percents[i] - exact[i], i))
    for i in by_remainder[:missing]:
        percents[i] += 1
    return percents


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0
