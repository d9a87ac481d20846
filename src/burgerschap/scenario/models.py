"""The scenario, quiz and glossary models of format 1 (pydantic v2).

These models describe what a file may contain and nothing more: field types,
required fields and per-field rules. Rules that need the whole document (a
``goto`` that names an existing node, a dimension that is declared) live in
:mod:`burgerschap.scenario.validate`, so that all problems of a file can be
reported together with their positions.

The field types they are made of (patterns, bounds, rungs, parties, dates)
and their strict base are in :mod:`burgerschap.scenario.fieldtypes`; this module
re-exports each type, so it stays the one place to import the models from.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    Discriminator,
    Field,
    Tag,
    field_validator,
)

from burgerschap.scenario.fieldtypes import (
    FLAG,
    FORMAT,
    IFID,
    MAX_COUNT,
    MAX_NOTE,
    MAX_POINTS,
    MAX_VERSION,
    MOMENT_FORMAT,
    NIVEAUS,
    NODE_ID,
    PARTIES,
    REF,
    RUNGS,
    SLUG,
    CheckedDate,
    Count,
    Effects,
    FlagName,
    Measure,
    Moment,
    Niveau,
    NodeId,
    Note,
    OutcomeKind,
    Party,
    Points,
    Rung,
    Slug,
    Soort,
    StrictModel,
    TermName,
    Text,
    Version,
)

__all__ = [
    "DOCUMENT_TAGS",
    "FLAG",
    "FORMAT",
    "IFID",
    "MAX_COUNT",
    "MAX_NOTE",
    "MAX_POINTS",
    "MAX_VERSION",
    "MOMENT_FORMAT",
    "NIVEAUS",
    "NODE_ID",
    "NODE_TAGS",
    "PARTIES",
    "REF",
    "RUNGS",
    "SLUG",
    "AnyDocument",
    "CheckedDate",
    "Choice",
    "Condition",
    "Count",
    "Dimension",
    "Document",
    "Effects",
    "Ending",
    "EndingNode",
    "Feedback",
    "FlagName",
    "Glossary",
    "Measure",
    "Moment",
    "Niveau",
    "Node",
    "NodeId",
    "Note",
    "Option",
    "OutcomeKind",
    "Party",
    "Points",
    "QuestionNode",
    "Quiz",
    "QuizQuestion",
    "Rung",
    "Scenario",
    "Slug",
    "Soort",
    "StoryNode",
    "Term",
    "TermName",
    "Text",
    "Version",
]


class Feedback(StrictModel):
    """Sentences shown on the results screen for a low, middle or high score."""

    low: str | None = None
    middle: str | None = None
    high: str | None = None


class Dimension(StrictModel):
    """Something a scenario scores, such as participation."""

    label: Text
    description: str = ""
    feedback: Feedback = Feedback()
    measures: Measure | None = None
    """Which of the two defined meanings this dimension scores; by default the
    dimension named ``participatie`` or ``samenwerking`` measures its namesake."""


class Condition(StrictModel):
    """When a choice is offered. Every listed part must hold."""

    min: dict[str, Points] = {}
    """Each named score must be at least this."""
    max: dict[str, Points] = {}
    """Each named score must be at most this."""
    flags: list[FlagName] = []
    """All of these flags must be set."""
    not_flags: list[FlagName] = []
    """None of these flags may be set."""
    visited: list[NodeId] = []
    """All of these nodes must have been visited."""
    not_visited: list[NodeId] = []
    """None of these nodes may have been visited."""

    def is_empty(self) -> bool:
        return not (
            self.min or self.max or self.flags or self.not_flags or self.visited or self.not_visited
        )


class Choice(StrictModel):
    """One option of a story node."""

    text: Text
    goto: NodeId
    effects: Effects = {}
    feedback: str | None = None
    condition: Condition | None = Field(default=None, alias="if")
    set: list[FlagName] = []
    unset: list[FlagName] = []
    ladder: Rung | None = None
    """How far up the participation ladder this action reaches."""
    involves: list[Party] = []
    """Whom this action involves (``[niemand]`` when you act alone)."""
    harm: bool = False
    """True when the action harms others: insults, harassment, doxing, exclusion."""

    @field_validator("involves")
    @classmethod
    def _nobody_is_alone(cls, value: list[Party]) -> list[Party]:
        if "niemand" in value and len(value) > 1:
            raise ValueError("'niemand' cannot be combined with other parties")
        if len(set(value)) != len(value):
            raise ValueError("a party is listed twice")
        return value


class StoryNode(StrictModel):
    """A page of the story: Markdown text and the choices that follow."""

    title: str | None = None
    text: Text
    choices: list[Choice]


class Option(StrictModel):
    """An answer to a question."""

    text: Text
    correct: bool = False
    feedback: str | None = None


class QuestionNode(StrictModel):
    """A knowledge question inside a story.

    Either ``goto`` (everyone continues there) or both ``goto_correct`` and
    ``goto_wrong``.
    """

    title: str | None = None
    text: str | None = None
    question: Text
    options: list[Option]
    explanation: str = ""
    source: str | None = None
    checked: CheckedDate | None = None
    """When the fact was last checked against ``source``."""
    effects: Effects = {}
    """Applied only when the answer is correct."""
    goto: NodeId | None = None
    goto_correct: NodeId | None = None
    goto_wrong: NodeId | None = None

    def targets(self) -> list[str]:
        found = [t for t in (self.goto, self.goto_correct, self.goto_wrong) if t]
        return list(dict.fromkeys(found))

    def target(self, correct: bool) -> str:
        if self.goto is not None:
            return self.goto
        target = self.goto_correct if correct else self.goto_wrong
        assert target is not None  # guaranteed by validation
        return target


class Ending(StrictModel):
    """How a story ends."""

    title: Text
    text: str = ""
    outcome: OutcomeKind | None = None
    """Whether the story calls this ending good, mixed or bad."""
    why: str | None = None
    """One short sentence, in the scenario's language: why the ending is good, mixed or bad."""


class EndingNode(StrictModel):
    """A node where the game ends."""

    ending: Ending


def _node_kind(value: Any) -> str:
    if isinstance(value, dict):
        if "ending" in value:
            return "ending"
        if "question" in value:
            return "question"
        return "story"
    if isinstance(value, BaseModel):
        return {EndingNode: "ending", QuestionNode: "question"}.get(type(value), "story")
    return "story"


Node = Annotated[
    Annotated[StoryNode, Tag("story")]
    | Annotated[QuestionNode, Tag("question")]
    | Annotated[EndingNode, Tag("ending")],
    Discriminator(_node_kind),
]
NODE_TAGS = frozenset({"story", "question", "ending"})


class _Header(StrictModel):
    """What every document has: its name, version, title and language."""

    format: Literal[1] = 1
    id: Slug
    version: Version = 1
    saved: Moment | None = None
    """When this version was stored; the library writes it when it saves a version."""
    note: Note | None = None
    """What changed in this version, in one line, as its author said when saving it."""
    based_on: Annotated[str, Field(pattern=REF)] | None = None
    """``id@version`` of the scenario this one was made from."""
    title: Text
    language: Annotated[str, Field(pattern=r"^[a-z]{2}$")] = "nl"
    summary: str = ""
    authors: list[str] = []
    tags: list[str] = []

    @property
    def ref(self) -> str:
        return f"{self.id}@{self.version}"


class _Document(_Header):
    """A document a student plays: it takes some minutes."""

    minutes: Count = 15


class Scenario(_Document):
    """A branching story scored on its declared dimensions."""

    kind: Literal["scenario"] = "scenario"
    source_ifid: Annotated[str, Field(pattern=IFID)] | None = None
    """The IFID of the Twine story this scenario was imported from, so that importing
    that story again updates the same draft instead of making a copy."""
    allow_back: bool = True
    reflection: str | None = None
    """The question students answer after the ending."""
    dimensions: dict[Annotated[str, Field(pattern=SLUG)], Dimension]
    start: NodeId
    nodes: dict[NodeId, Node]

    def measuring(self, measure: Measure) -> str | None:
        """The dimension that scores ``measure``: the one that says so, else its namesake."""
        for name, dimension in self.dimensions.items():
            if dimension.measures == measure:
                return name
        if measure in self.dimensions and self.dimensions[measure].measures is None:
            return measure
        return None


class QuizQuestion(StrictModel):
    """A question of a quiz file; exactly one option is correct."""

    id: NodeId
    question: Text
    options: list[Option]
    explanation: Text
    source: Text
    checked: CheckedDate | None = None
    """When the fact was last checked against ``source``."""
    niveau: Niveau | None = None
    """How hard the question is; a question without one is left out of a ``basis`` round."""
    soort: Soort = "kennis"
    excludes: list[NodeId] = []
    """Questions that never share a round with this one (because one gives the
    other's answer away); the relation holds both ways."""
    tags: list[str] = []


class Quiz(_Document):
    """A set of questions from which a round draws ``draw`` at random."""

    kind: Literal["quiz"]
    draw: Count = 10
    questions: list[QuizQuestion]


class Term(StrictModel):
    """One word of a glossary and what it means, in Dutch and in English."""

    term: TermName
    """The word as the stories use it (``gemeenteraad``)."""
    term_en: TermName | None = None
    """The English word, when there is one (``municipal council``)."""
    text: Text
    """What it means, in one or two short sentences of plain Dutch (B1)."""
    text_en: Text
    """The same in plain English."""
    see: list[TermName] = []
    """Other terms of the glossary to look at too."""
    source: str | None = None
    """Where the meaning comes from (a law, rijksoverheid.nl): for legal terms."""


class Glossary(_Header):
    """The hard words of the stories and the quiz, explained; never played, only looked up."""

    kind: Literal["glossary"]
    terms: list[Term]


AnyDocument = Scenario | Quiz | Glossary
"""Every kind of document a file may hold."""

_KINDS: dict[str, str] = {"quiz": "quiz", "glossary": "glossary"}


def _document_kind(value: Any) -> str:
    if isinstance(value, dict):
        kind = value.get("kind")
        return _KINDS.get(kind, "scenario") if isinstance(kind, str) else "scenario"
    if isinstance(value, Quiz):
        return "quiz"
    return "glossary" if isinstance(value, Glossary) else "scenario"


Document = Annotated[
    Annotated[Scenario, Tag("scenario")]
    | Annotated[Quiz, Tag("quiz")]
    | Annotated[Glossary, Tag("glossary")],
    Discriminator(_document_kind),
]
DOCUMENT_TAGS = frozenset({"scenario", "quiz", "glossary"})
