"""Suggestions for a name that does not exist: "bedoel je 'einde'?".

:func:`closest` picks the name a typo most likely meant (a node, a
dimension, a flag, a key). :func:`keys_at` says which keys the format allows
where pydantic found an unknown one, :func:`keys_below` and :func:`keys_above`
which keys are allowed a level deeper or higher (a key that stands too far to
the left or the right).
"""

from __future__ import annotations

import difflib
import types
from collections.abc import Iterable
from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import BaseModel, Tag

from burgerschap.scenario.models import Document

CUTOFF = 0.75
"""How alike two names must be (difflib's ratio) to suggest one for the other:
``efects``/``effects`` is 0.92, ``gota``/``goto`` 0.75, ``buren``/``begin`` 0.4."""


def closest(word: str, candidates: Iterable[str], cutoff: float = CUTOFF) -> str | None:
    """The candidate ``word`` most likely meant, ignoring case; None when none is close."""
    by_lower: dict[str, str] = {}
    for candidate in candidates:
        if candidate != word:
            by_lower.setdefault(candidate.lower(), candidate)
    lower = word.lower()
    if lower in by_lower:
        return by_lower[lower]
    found = difflib.get_close_matches(lower, list(by_lower), n=1, cutoff=cutoff)
    return by_lower[found[0]] if found else None


def suggest(word: object, candidates: Iterable[str]) -> dict[str, Any]:
    """``{"suggestion": name}`` for a problem's parameters, or nothing."""
    if not isinstance(word, str):
        return {}
    found = closest(word, candidates)
    return {} if found is None else {"suggestion": found}


Loc = tuple[str | int, ...]


def _alternatives(annotation: Any) -> list[tuple[str | None, Any]]:
    """The types a value of ``annotation`` can be, each with its union tag (if any)."""
    origin = get_origin(annotation)
    if origin is Annotated:
        inner, *metadata = get_args(annotation)
        tag = next((m.tag for m in metadata if isinstance(m, Tag)), None)
        found = _alternatives(inner)
        return [(tag, t) for _, t in found] if tag is not None else found
    if origin is Union or origin is types.UnionType:
        return [alt for arg in get_args(annotation) for alt in _alternatives(arg)]
    return [(None, annotation)]


def _is_model(annotation: Any) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, BaseModel)


def _field(model: type[BaseModel], key: str | int) -> Any:
    for name, info in model.model_fields.items():
        if key in (name, info.alias):
            return info.annotation
    return None


def _step(annotation: Any, part: str | int) -> list[tuple[str | None, Any]]:
    if _is_model(annotation):
        found = _field(annotation, part)
        return [] if found is None else _alternatives(found)
    origin, args = get_origin(annotation), get_args(annotation)
    if origin is dict and len(args) == 2 and isinstance(part, str):
        return _alternatives(args[1])
    if origin is list and args and isinstance(part, int):
        return _alternatives(args[0])
    return []


def _walk(loc: Loc, tagged: bool = True) -> list[list[Any]]:
    """The types each value along ``loc`` can be, from the document down.

    ``loc`` is pydantic's raw error location: union tags (``scenario``,
    ``story``) stand in it, and say which of the union's models it tried.
    A path without them (``tagged`` False) gets every model of each union.
    """
    current = _alternatives(Document)
    levels: list[list[Any]] = []
    for part in loc:
        chosen = [t for tag, t in current if tagged and tag is not None and tag == part]
        if chosen:
            current = [(None, t) for t in chosen]
            continue
        levels.append([t for _, t in current])
        current = [alt for _, t in current for alt in _step(t, part)]
    levels.append([t for _, t in current])
    return levels


def _levels(loc: Loc, tagged: bool = True) -> list[list[type[BaseModel]]]:
    """The models each value along ``loc`` can be (see :func:`_walk`)."""
    return [[t for t in level if _is_model(t)] for level in _walk(loc, tagged)]


def _keys(models: Iterable[type[BaseModel]]) -> list[str]:
    keys = [info.alias or name for model in models for name, info in model.model_fields.items()]
    return list(dict.fromkeys(keys))


def keys_at(loc: Loc, tagged: bool = True) -> list[str]:
    """The keys allowed beside the last key of ``loc``: a raw pydantic location, or
    (``tagged`` False) a path in the document."""
    return _keys(_levels(loc, tagged)[-2]) if loc else []


def fits(path: Loc, keys: Iterable[str]) -> int:
    """How well the value at ``path`` (a path in the document, without union tags) can
    hold all of ``keys`` together: 2 when some model has them all, 1 when it takes
    any name (the nodes, the dimensions), 0 when it cannot."""
    wanted = set(keys)
    found = 0
    for value in _walk(path, tagged=False)[-1]:
        if _is_model(value) and wanted <= set(_keys([value])):
            return 2
        if get_origin(value) is dict:
            found = 1
    return found


def keys_above(loc: Loc) -> list[str]:
    """The keys allowed in the model around the one that holds the last key of ``loc``."""
    for models in reversed(_levels(loc)[:-2]):
        if models:
            return _keys(models)
    return []


def keys_below(loc: Loc) -> dict[str, str]:
    """Keys allowed one level below the model that holds the last key of ``loc``:
    each with the key it goes under (``goto`` is unknown in a story node, but
    allowed under its ``choices``)."""
    found: dict[str, str] = {}
    for model in _levels(loc)[-2] if loc else []:
        for name, info in model.model_fields.items():
            nested = [alt for _, t in _alternatives(info.annotation) for alt in _contents(t)]
            for child in _keys(t for _, t in nested if _is_model(t)):
                found.setdefault(child, info.alias or name)
    return found


def _contents(annotation: Any) -> list[tuple[str | None, Any]]:
    origin, args = get_origin(annotation), get_args(annotation)
    if origin is list and args:
        return _alternatives(args[0])
    if origin is dict and len(args) == 2:
        return _alternatives(args[1])
    return [(None, annotation)]
