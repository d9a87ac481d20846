"""The field types the scenario models are made of, and the models' strict base.

Patterns (slugs, node ids, flags, refs), bounds, the ladder's rungs and the
parties, dates and moments, one-line notes: each a type that pydantic checks
per field. :mod:`burgerschap.scenario.models` builds the documents from them
and re-exports every name here, so ``from burgerschap.scenario.models import
SLUG`` keeps working; they live apart so that models.py stays a readable size.
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
    Field,
    PlainSerializer,
    WithJsonSchema,
    model_validator,
)
from pydantic_core import PydanticCustomError

from burgerschap.scenario.plaintext import UNSAFE

SLUG = r"^[a-z0-9][a-z0-9-]*$"
NODE_ID = r"^[A-Za-z0-9_][A-Za-z0-9_-]*$"
FLAG = r"^[A-Za-z0-9_][A-Za-z0-9_-]*$"
REF = r"^[a-z0-9][a-z0-9-]*@[1-9][0-9]{0,8}$"
IFID = r"^[0-9A-Z-]{8,63}$"
"""A Twine story id: 8 to 63 capital letters, digits and hyphens (Treaty of Babel)."""

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
TermName = Annotated[str, Field(min_length=1, max_length=80)]

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


class StrictModel(BaseModel):
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
