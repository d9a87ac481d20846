"""Rules that need the whole document: the graph, declared names, questions, terms.

Every rule adds a :class:`Problem` with the position of the offending value;
no rule stops the others, so an author sees all problems at once.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from typing import Any

from burgerschap.scenario.glossary import term_key
from burgerschap.scenario.models import (
    AnyDocument,
    Choice,
    Condition,
    EndingNode,
    Glossary,
    Node,
    QuestionNode,
    Quiz,
    QuizQuestion,
    Scenario,
    StoryNode,
)
from burgerschap.scenario.problems import FieldKey, Problem, Severity
from burgerschap.scenario.quizdraw import Tangled, exclusions, largest_round, levels, pool
from burgerschap.scenario.suggest import suggest
from burgerschap.scenario.yamlsafe import Path, Positions, locate

PLACEHOLDERS = frozenset({"…", "...", "—", "-"})
"""Texts that only hold a place (the editor fills new nodes with "…"): a required
text that is one of these, after trimming, is not written yet."""


class Findings:
    """Problems found so far, positioned in the file when positions are known.

    Shared by the validator and the analyzer, so that both report the same way.
    """

    def __init__(self, filename: str, positions: Positions | None) -> None:
        self.filename = filename
        self.positions = positions or {}
        self.problems: list[Problem] = []

    def add(
        self,
        code: str,
        path: Path,
        severity: Severity = "error",
        node: str | None = None,
        **params: Any,
    ) -> None:
        where = locate(self.positions, path)
        if node is not None:
            params.setdefault("node", node)
        self.problems.append(
            Problem(
                code,
                severity=severity,
                file=self.filename,
                line=where[0] if where else None,
                col=where[1] if where else None,
                params=params,
                node=node,
                path=path,
            )
        )


def check_document(document: AnyDocument, filename: str, positions: Positions) -> list[Problem]:
    """All rule violations of a parsed document, errors first."""
    out = Findings(filename, positions)
    if isinstance(document, Quiz):
        _check_quiz(document, out)
    elif isinstance(document, Glossary):
        _check_glossary(document, out)
    else:
        _check_scenario(document, out)
    return sorted(out.problems, key=lambda p: (p.severity != "error", p.line or 0, p.col or 0))


def successors(node: Node) -> list[str]:
    """Every node a node can lead to, ignoring conditions."""
    if isinstance(node, StoryNode):
        return list(dict.fromkeys(c.goto for c in node.choices))
    if isinstance(node, QuestionNode):
        return node.targets()
    return []


def reachable_from(scenario: Scenario, start: str) -> set[str]:
    """Nodes reachable from ``start`` over existing links, ignoring conditions."""
    seen = {start} if start in scenario.nodes else set()
    queue = deque(seen)
    while queue:
        for target in successors(scenario.nodes[queue.popleft()]):
            if target in scenario.nodes and target not in seen:
                seen.add(target)
                queue.append(target)
    return seen


def can_reach_ending(scenario: Scenario) -> set[str]:
    """Nodes from which some ending can be reached, ignoring conditions."""
    incoming: dict[str, list[str]] = {name: [] for name in scenario.nodes}
    for name, node in scenario.nodes.items():
        for target in successors(node):
            if target in incoming:
                incoming[target].append(name)
    good = {name for name, node in scenario.nodes.items() if isinstance(node, EndingNode)}
    queue = deque(good)
    while queue:
        for source in incoming[queue.popleft()]:
            if source not in good:
                good.add(source)
                queue.append(source)
    return good


def _conditions(scenario: Scenario) -> Iterator[tuple[str, int, Choice, Condition]]:
    for name, node in scenario.nodes.items():
        if isinstance(node, StoryNode):
            for index, choice in enumerate(node.choices):
                if choice.condition is not None:
                    yield name, index, choice, choice.condition


def _check_scenario(scenario: Scenario, out: Findings) -> None:
    nodes = scenario.nodes
    dims = scenario.dimensions
    _check_placeholders(scenario, out)
    if not dims:
        out.add("no_dimensions", ("dimensions",))
    if not nodes:
        out.add("no_nodes", ("nodes",))
        return
    if scenario.start not in nodes:
        out.add("start_missing", ("start",), node=scenario.start, **suggest(scenario.start, nodes))

    def check_effects(effects: dict[str, int], path: Path, node: str) -> None:
        for dim in effects:
            if dim not in dims:
                out.add(
                    "dimension_unknown",
                    (*path, dim),
                    node=node,
                    dimension=dim,
                    dimensions=FieldKey(("dimensions",)),
                    **suggest(dim, dims),
                )

    flags_set: set[str] = set()
    for name, node in nodes.items():
        base: Path = ("nodes", name)
        if isinstance(node, StoryNode):
            if not node.choices:
                out.add("no_choices", base, node=name)
            for i, choice in enumerate(node.choices):
                path: Path = (*base, "choices", i)
                flags_set.update(choice.set)
                if choice.goto not in nodes:
                    out.add(
                        "goto_missing",
                        (*path, "goto"),
                        node=name,
                        target=choice.goto,
                        **suggest(choice.goto, nodes),
                    )
                check_effects(choice.effects, (*path, "effects"), name)
                cond = choice.condition
                if cond is not None:
                    cpath: Path = (*path, "if")
                    for part in ("min", "max"):
                        check_effects(getattr(cond, part), (*cpath, part), name)
                    for part in ("visited", "not_visited"):
                        for j, target in enumerate(getattr(cond, part)):
                            if target not in nodes:
                                out.add(
                                    "visited_unknown",
                                    (*cpath, part, j),
                                    node=name,
                                    target=target,
                                    **suggest(target, nodes),
                                )
        elif isinstance(node, QuestionNode):
            _check_question(node, name, base, out)
            for key in ("goto", "goto_correct", "goto_wrong"):
                target = getattr(node, key)
                if target is not None and target not in nodes:
                    out.add(
                        "goto_missing",
                        (*base, key),
                        node=name,
                        target=target,
                        **suggest(target, nodes),
                    )
            check_effects(node.effects, (*base, "effects"), name)

    for name, i, _choice, cond in _conditions(scenario):
        for part in ("flags", "not_flags"):
            for j, flag in enumerate(getattr(cond, part)):
                if part == "flags" and flag not in flags_set:
                    out.add(
                        "flag_never_set",
                        ("nodes", name, "choices", i, "if", part, j),
                        severity="warning",
                        node=name,
                        flag=flag,
                        **suggest(flag, sorted(flags_set)),
                    )

    if not any(isinstance(n, EndingNode) for n in nodes.values()):
        out.add("no_endings", ("nodes",))
    else:
        good = can_reach_ending(scenario)
        for name, node in nodes.items():
            childless = isinstance(node, StoryNode) and not node.choices
            if name not in good and not childless:
                out.add("dead_end", ("nodes", name), node=name)
    if scenario.start in nodes:
        reached = reachable_from(scenario, scenario.start)
        for name in nodes:
            if name not in reached:
                out.add("unreachable", ("nodes", name), severity="warning", node=name)


def _check_question(node: QuestionNode, name: str, base: Path, out: Findings) -> None:
    if len(node.options) < 2:
        out.add("too_few_options", (*base, "options"), node=name)
    correct = sum(1 for o in node.options if o.correct)
    if correct != 1 and node.options:
        out.add("correct_count", (*base, "options"), node=name, count=correct)
    if node.goto is None and (node.goto_correct is None or node.goto_wrong is None):
        keys: dict[str, Any] = {k: FieldKey((*base, k), "question") for k in _QUESTION_TARGETS}
        out.add("question_goto", base, node=name, **keys)


_QUESTION_TARGETS = ("goto", "goto_correct", "goto_wrong")


def _check_placeholders(document: Scenario | Quiz, out: Findings) -> None:
    """A required text that only holds a place ("…") is not written yet."""
    for path, kind, text in _required_texts(document):
        if text.strip() in PLACEHOLDERS:
            node = str(path[1]) if path[0] == "nodes" else None
            out.add(
                "placeholder_text", path, node=node, field=FieldKey(path, kind), value=text.strip()
            )


def _required_texts(document: Scenario | Quiz) -> Iterator[tuple[Path, str | None, str]]:
    """Every text the format requires: the title, and what a player reads to choose."""
    yield ("title",), None, document.title
    if isinstance(document, Quiz):
        for i, question in enumerate(document.questions):
            yield ("questions", i, "question"), None, question.question
            for j, option in enumerate(question.options):
                yield ("questions", i, "options", j, "text"), None, option.text
        return
    for name, node in document.nodes.items():
        base: Path = ("nodes", name)
        if isinstance(node, StoryNode):
            yield (*base, "text"), "story", node.text
            for i, choice in enumerate(node.choices):
                yield (*base, "choices", i, "text"), "story", choice.text
        elif isinstance(node, QuestionNode):
            yield (*base, "question"), "question", node.question
            for i, option in enumerate(node.options):
                yield (*base, "options", i, "text"), "question", option.text
        else:
            yield (*base, "ending", "title"), "ending", node.ending.title


def _check_quiz(quiz: Quiz, out: Findings) -> None:
    if not quiz.questions:
        out.add("no_questions", ("questions",))
    _check_placeholders(quiz, out)
    seen: set[str] = set()
    known = {q.id for q in quiz.questions}
    for i, question in enumerate(quiz.questions):
        path: Path = ("questions", i)
        if question.id in seen:
            out.add("duplicate_question_id", (*path, "id"), qid=question.id)
        seen.add(question.id)
        if len(question.options) < 2:
            out.add("too_few_options", (*path, "options"), node=question.id)
        correct = sum(1 for o in question.options if o.correct)
        if correct != 1 and question.options:
            out.add("correct_count", (*path, "options"), node=question.id, count=correct)
        for j, other in enumerate(question.excludes):
            where: Path = (*path, "excludes", j)
            if other == question.id:
                out.add("excludes_self", where, node=question.id)
            elif other not in known:
                out.add(
                    "excludes_unknown",
                    where,
                    node=question.id,
                    target=other,
                    **suggest(other, sorted(known - {question.id})),
                )
    if quiz.questions and quiz.draw > len(quiz.questions):
        out.add("draw_too_large", ("draw",), draw=quiz.draw, count=len(quiz.questions))
    elif quiz.questions:
        _check_rounds(quiz, out)
    longest = sum(1 for q in quiz.questions if correct_is_longest(q))
    if quiz.questions and 3 * longest > len(quiz.questions):
        out.add(
            "correct_longest",
            ("questions",),
            severity="warning",
            count=longest,
            total=len(quiz.questions),
        )


def _check_rounds(quiz: Quiz, out: Findings) -> None:
    """Every round gets ``draw`` questions despite the exclusions, at every level."""
    graph = exclusions(quiz.questions)
    try:
        most = largest_round(graph, graph)
        if most < quiz.draw:
            out.add("draw_excluded", ("draw",), most=most, draw=quiz.draw)
            return
        for niveau in levels(quiz):
            most = largest_round((q.id for q in pool(quiz, niveau)), graph)
            if most < quiz.draw:
                out.add(
                    "draw_level_short",
                    ("draw",),
                    severity="warning",
                    niveau=niveau,
                    most=most,
                    draw=quiz.draw,
                )
    except Tangled:
        out.add("excludes_tangled", ("questions",), severity="warning", draw=quiz.draw)


def correct_is_longest(question: QuizQuestion) -> bool:
    """Whether the right option is longer than every other option (a guessable tell)."""
    right = [len(o.text) for o in question.options if o.correct]
    wrong = [len(o.text) for o in question.options if not o.correct]
    return len(right) == 1 and bool(wrong) and right[0] > max(wrong)


def _check_glossary(glossary: Glossary, out: Findings) -> None:
    if not glossary.terms:
        out.add("no_terms", ("terms",))
    first: dict[str, str] = {}
    for i, term in enumerate(glossary.terms):
        key = term_key(term.term)
        if key in first:
            out.add("duplicate_term", ("terms", i, "term"), term=term.term, first=first[key])
        else:
            first[key] = term.term
    for i, term in enumerate(glossary.terms):
        for j, other in enumerate(term.see):
            key = term_key(other)
            if key == term_key(term.term):
                out.add("see_self", ("terms", i, "see", j), term=term.term)
            elif key not in first:
                others = [name for k, name in first.items() if k != term_key(term.term)]
                out.add(
                    "see_unknown",
                    ("terms", i, "see", j),
                    term=term.term,
                    target=other,
                    **suggest(other, others),
                )
