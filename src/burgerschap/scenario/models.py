"""The scenario, quiz and glossary models of format 1 (pydantic v2).

These models describe what a file may contain and nothing more: field types,
required fields and per-field rules. Rules that need the whole document (a
``goto`` that names an existing node, a dimension that is declared) live in
:mod:`burgerschap.scenario.validate`, so that all problems of a file can be
reported together with their positions.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Annotated, Any, Literal, Self

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Discriminator,
    Field,
    PlainSerializer,
    Tag,
    WithJsonSchema,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from burgerschap.scenario.plaintext import UNSAFE

SLUG = r"^[a-z0-9][a-z0-9-]*$"
NODE_ID = r"^[A-Za-z0-9_][A-Za-z0-9_-]*$"
FLAG = r"^[A-Za-z0-9_][A-Za-z0-9_-]*$"
REF = r"^[a-z0-9][a-z0-9-]*@[1-9][0-9]{0,8}$"

FORMAT = 1

MAX_VERSION = 999_999_999
"""Versions, points and the like are stored in SQLite and summed along a path; these
bounds keep every value, and every sum a game can reach, far inside its integer range."""
MAX_POINTS = 1_000_000
MAX_COUNT = 10_000

Slug = Annotated[str, Field(pattern=SLUG, max_length=64)]
NodeId = Annotated[str, Field(pattern=NODE_ID, max_length=64)]
FlagName = Annotated[str, Field(pattern=FLAG, max_length=64)]
Text = Annotated[str, Field(min_length=1)]
Points = Annotated[int, Field(ge=-MAX_POINTS, le=MAX_POINTS)]
Effects = dict[Annotated[str, Field(pattern=SLUG)], Points]
Version = Annotated[int, Field(gt=0, le=MAX_VERSION)]
Count = Annotated[int, Field(gt=0, le=MAX_COUNT)]

Rung = Literal[
    "geen", "informeren", "raadplegen", "adviseren", "coproduceren", "meebeslissen", "zelfbeheer"
]
"""A rung of the participation ladder (Edelenbos & Monnikhof 1998, with Movisie's
zelfbeheer on top), plus ``geen`` for leaving it to others. See docs/scenario-format.md."""
RUNGS: tuple[Rung, ...] = (
    "geen",
    "informeren",
    "raadplegen",
    "adviseren",
    "coproduceren",
    "meebeslissen",
    "zelfbeheer",
)
"""The rungs from the bottom up; a rung's index is its height."""

Party = Literal["niemand", "gelijkgestemden", "andersdenkenden", "betrokkenen", "instanties"]
"""Whom an action involves: nobody, like-minded people, people who think differently,
the people concerned themselves, institutions (the municipality, a school, the police)."""
PARTIES: tuple[Party, ...] = (
    "niemand",
    "gelijkgestemden",
    "andersdenkenden",
    "betrokkenen",
    "instanties",
)

OutcomeKind = Literal["goed", "gemengd", "slecht"]
"""How an ending turns out for the village, as the story itself judges it."""

Measure = Literal["participatie", "samenwerking"]
"""What a dimension measures: the ladder (participatie) or whom you involve (samenwerking)."""

Niveau = Literal["basis", "verdieping"]
"""How hard a quiz question is to read and answer: ``basis`` is written for vmbo-basis
(short sentences, every hard word explained), ``verdieping`` asks for more."""
NIVEAUS: tuple[Niveau, ...] = ("basis", "verdieping")
"""The levels from the easiest up; a round of one level draws only questions at or below it."""

Soort = Literal["kennis", "toepassing"]
"""What a quiz question asks: to know a fact (``kennis``) or to use it in a
situation ("Je wilt demonstreren. Wat moet je doen?", ``toepassing``)."""

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _real_date(value: Any) -> Any:
    """A date written ``YYYY-MM-DD`` that exists on the calendar (not 2026-02-30)."""
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise PydanticCustomError("date_invalid", "not a real date written YYYY-MM-DD")


CheckedDate = Annotated[date, BeforeValidator(_real_date)]
"""The day a fact was last checked against its source."""

MOMENT_FORMAT = "%Y-%m-%d %H:%M"
_MOMENT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}")


def _real_moment(value: Any) -> Any:
    """A moment written ``YYYY-MM-DD HH:MM`` (local time) that exists on the calendar."""
    if isinstance(value, datetime):
        return value.replace(second=0, microsecond=0, tzinfo=None)
    if isinstance(value, str) and _MOMENT.fullmatch(value):
        try:
            return datetime.strptime(value, MOMENT_FORMAT)
        except ValueError:
            pass
    raise PydanticCustomError("moment_invalid", "not a real moment written YYYY-MM-DD HH:MM")


Moment = Annotated[
    datetime,
    BeforeValidator(_real_moment),
    PlainSerializer(lambda moment: moment.strftime(MOMENT_FORMAT), return_type=str),
    WithJsonSchema({"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}$"}),
]
"""When something happened, to the minute, in local time: ``2026-12-03 14:05``."""

MAX_NOTE = 200


def _one_line(value: str) -> str:
    if "\n" in value or "\r" in value:
        raise PydanticCustomError("one_line", "must be one line")
    return value


Note = Annotated[
    str,
    Field(max_length=MAX_NOTE),
    AfterValidator(_one_line),
    WithJsonSchema({"type": "string", "maxLength": MAX_NOTE, "pattern": "^[^\\r\\n]*$"}),
]
"""One line of text, such as what changed in a version."""


class _Model(BaseModel):
    """Base: unknown keys are errors, values are immutable once loaded."""

    model_config = ConfigDict(
        extra="forbid", frozen=True, populate_by_name=True, coerce_numbers_to_str=True
    )

    @model_validator(mode="after")
    def _plain(self) -> Self:
        # The loader refuses these with a position; this guards every other
        # way a model is made (a lesson's stored copy, code): see plaintext.
        for value in self.__dict__.values():
            texts = value if isinstance(value, list) else (value,)
            for text in texts:
                if isinstance(text, str) and UNSAFE.search(text):
                    raise ValueError("control character or bidi override in text")
        return self


class Feedback(_Model):
    """Sentences shown on the results screen for a low, middle or high score."""

    low: str | None = None
    middle: str | None = None
    high: str | None = None


class Dimension(_Model):
    """Something a scenario scores, such as participation."""

    label: Text
    description: str = ""
    feedback: Feedback = Feedback()
    measures: Measure | None = None
    """Which of the two defined meanings this dimension scores; by default the
    dimension named ``participatie`` or ``samenwerking`` measures its namesake."""


class Condition(_Model):
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


class Choice(_Model):
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


class StoryNode(_Model):
    """A page of the story: Markdown text and the choices that follow."""

    title: str | None = None
    text: Text
    choices: list[Choice]


class Option(_Model):
    """An answer to a question."""

    text: Text
    correct: bool = False
    feedback: str | None = None


class QuestionNode(_Model):
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


class Ending(_Model):
    """How a story ends."""

    title: Text
    text: str = ""
    outcome: OutcomeKind | None = None
    """Whether the story calls this ending good, mixed or bad."""
    why: str | None = None
    """One short sentence, in the scenario's language: why the ending is good, mixed or bad."""


class EndingNode(_Model):
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


class _Header(_Model):
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


IFID = r"^[0-9A-Z-]{8,63}$"
"""A Twine story id: 8 to 63 capital letters, digits and hyphens (Treaty of Babel)."""


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


class QuizQuestion(_Model):
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


TermName = Annotated[str, Field(min_length=1, max_length=80)]


class Term(_Model):
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
