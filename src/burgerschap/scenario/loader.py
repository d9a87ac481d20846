"""Loading scenario, quiz and glossary files: bytes in, a validated model or all its problems out.

:func:`inspect_bytes` never raises for bad input: it returns every problem it
found, each with the file and ``line:col``. :func:`load_file` and friends
raise :class:`ScenarioError` when there is any error, and otherwise return
the document with its warnings.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter, ValidationError

from burgerschap.scenario import yamlsafe
from burgerschap.scenario.models import DOCUMENT_TAGS, NODE_TAGS, AnyDocument, Document
from burgerschap.scenario.problems import FieldKey, Problem, ScenarioError, SortsProblems
from burgerschap.scenario.suggest import closest, keys_above, keys_at, keys_below
from burgerschap.scenario.validate import check_document

MAX_BYTES = 1024 * 1024

_adapter: TypeAdapter[AnyDocument] = TypeAdapter(Document)


@dataclass
class Inspection(SortsProblems):
    """What reading one file found: the document (when valid) and all problems."""

    file: str
    document: AnyDocument | None
    problems: list[Problem] = field(default_factory=list)
    positions: yamlsafe.Positions = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.document is not None and not self.errors


@dataclass
class Loaded:
    """A valid document, where it came from, and its warnings."""

    document: AnyDocument
    file: str
    warnings: list[Problem]
    positions: yamlsafe.Positions
    content_hash: str


def content_hash(document: AnyDocument) -> str:
    """A hash of the document's meaning: the same after re-formatting the YAML."""
    data = document.model_dump_json(by_alias=True, exclude_defaults=False)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()[:16]


def _decode(data: bytes, filename: str) -> tuple[str | None, list[Problem]]:
    if len(data) > MAX_BYTES:
        return None, [
            Problem("file_too_large", file=filename, params={"size": len(data), "limit": MAX_BYTES})
        ]
    if b"\x00" in data:
        return None, [Problem("file_binary", file=filename)]
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        col = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        return None, [Problem("not_utf8", file=filename, line=line, col=col)]
    if not text.strip() or all(
        not ln.strip() or ln.lstrip().startswith("#") for ln in text.splitlines()
    ):
        return None, [Problem("file_empty", file=filename)]
    return text, []


def inspect_bytes(data: bytes, filename: str = "") -> Inspection:
    """Read, parse and validate; every problem is returned, nothing raised."""
    text, problems = _decode(data, filename)
    if text is None:
        return Inspection(filename, None, problems)
    return inspect_text(text, filename)


def inspect_text(text: str, filename: str = "") -> Inspection:
    """As :func:`inspect_bytes`, for text already decoded."""
    try:
        raw, positions = yamlsafe.parse(text, filename)
    except ScenarioError as exc:
        return Inspection(filename, None, exc.problems)
    if raw is None:
        return Inspection(filename, None, [Problem("file_empty", file=filename)])
    if not isinstance(raw, dict):
        return Inspection(
            filename,
            None,
            [Problem("not_mapping", file=filename, line=1, col=1, params={"found": _kind(raw)})],
        )
    try:
        document = _adapter.validate_python(raw)
    except ValidationError as exc:
        problems = [_from_pydantic(err, filename, positions, raw) for err in exc.errors()]
        problems.sort(key=lambda p: (p.line or 0, p.col or 0))
        return Inspection(filename, None, _dedupe(problems), positions)
    problems = check_document(document, filename, positions)
    return Inspection(filename, document, problems, positions)


def inspect_file(path: str | Path) -> Inspection:
    """Read a file from disk; a missing or unreadable file is a problem too."""
    path = Path(path)
    name = str(path)
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        return Inspection(name, None, [Problem("file_missing", file=name)])
    except OSError as exc:
        reason = exc.strerror or exc.__class__.__name__
        return Inspection(
            name, None, [Problem("file_unreadable", file=name, params={"reason": reason})]
        )
    if len(data) > MAX_BYTES:
        size = path.stat().st_size
        return Inspection(
            name,
            None,
            [Problem("file_too_large", file=name, params={"size": size, "limit": MAX_BYTES})],
        )
    return inspect_bytes(data, name)


def _loaded(inspection: Inspection) -> Loaded:
    if inspection.document is None or inspection.errors:
        raise ScenarioError(inspection.problems)
    return Loaded(
        inspection.document,
        inspection.file,
        inspection.warnings,
        inspection.positions,
        content_hash(inspection.document),
    )


def load_file(path: str | Path) -> Loaded:
    """Load a valid document from disk.

    Raises:
        ScenarioError: with every error (and warning) when the file is not valid.
    """
    return _loaded(inspect_file(path))


def load_text(text: str, filename: str = "") -> Loaded:
    """Load a valid document from YAML text (see :func:`load_file`)."""
    return _loaded(inspect_text(text, filename))


def load_bytes(data: bytes, filename: str = "") -> Loaded:
    """Load a valid document from raw bytes (see :func:`load_file`)."""
    return _loaded(inspect_bytes(data, filename))


def _kind(value: Any) -> str:
    if isinstance(value, list):
        return "[...]"
    return repr(str(value)[:30])


def _clean_loc(loc: tuple[int | str, ...]) -> tuple[int | str, ...]:
    """Drop the union tags pydantic puts into error locations."""
    parts = list(loc)
    if parts and parts[0] in DOCUMENT_TAGS:
        parts.pop(0)
    if len(parts) > 2 and parts[0] == "nodes" and parts[2] in NODE_TAGS:
        parts.pop(2)
    return tuple(parts)


_TYPE_CODES = {
    "missing": "missing",
    "extra_forbidden": "extra",
    "string_type": "type_str",
    "int_type": "type_int",
    "int_parsing": "type_int",
    "int_from_float": "type_int",
    "bool_type": "type_bool",
    "bool_parsing": "type_bool",
    "list_type": "type_list",
    "dict_type": "type_mapping",
    "model_type": "type_mapping",
    "model_attributes_type": "type_mapping",
    "too_short": "too_short",
    "string_too_short": "too_short",
    "string_too_long": "too_long",
    "too_long": "too_long",
    "greater_than": "positive",
    "less_than_equal": "at_most",
    "greater_than_equal": "at_least",
    "string_pattern_mismatch": "pattern",
    "literal_error": "literal",
    "date_invalid": "type_date",
    "date_type": "type_date",
    "moment_invalid": "type_moment",
    "one_line": "one_line",
}

_PATTERN_HINTS = {
    "id": "slug",
    "based_on": "ref",
    "dimensions": "slug",
    "effects": "slug",
    "min": "slug",
    "max": "slug",
    "source_ifid": "ifid",
}
"""What a field's value may be made of (the ``hint`` of a ``pattern`` problem), by kind:
``slug`` (a-z, 0-9 and -), ``ref`` (id@version), ``ifid`` (A-Z, 0-9 and -), and
``name`` for the others (letters, digits, _ and -)."""


def _node_kind(raw: tuple[int | str, ...]) -> str | None:
    """The node kind pydantic tried (``story``...), from the tag in its raw location."""
    parts = [p for p in raw if p not in DOCUMENT_TAGS]
    if len(parts) > 2 and parts[0] == "nodes" and parts[2] in NODE_TAGS:
        return str(parts[2])
    return None


_NODE_KEYS = frozenset(keys_at(("scenario", "nodes", "n", "story", "?")))
_NODE_KEYS |= frozenset(keys_at(("scenario", "nodes", "n", "question", "?")))
_NODE_KEYS |= frozenset(keys_at(("scenario", "nodes", "n", "ending", "?")))
"""The keys of a node: a node with such a name most likely stands too far to the left."""


def _hints(code: str, raw: tuple[int | str, ...], loc: tuple[int | str, ...]) -> dict[str, str]:
    """Where a key probably belongs: a key allowed here that it resembles, a level deeper
    or higher where it is allowed, or the node it belongs to."""
    key = loc[-1] if loc else None
    if not isinstance(key, str):
        return {}
    if code == "extra":
        found = closest(key, keys_at(raw))
        if found is not None:
            return {"suggestion": found}
        below = keys_below(raw)
        if key in below:
            return {"inside": below[key]}
        if key in keys_above(raw):
            return {"outside": key}
        return {}
    if len(loc) == 2 and loc[0] == "nodes" and key in _NODE_KEYS:
        return {"node_key": key}
    return {}


def _in_text(data: Any, loc: tuple[int | str, ...]) -> dict[str, str]:
    """A missing key that stands in the text of a key beside it (``choices:`` indented
    as far as the ``text: |`` above it): where it went."""
    for part in loc[:-1]:
        if not isinstance(data, (dict, list)):
            return {}
        try:
            data = data[part]  # type: ignore[index]
        except (KeyError, IndexError, TypeError):
            return {}
    key = loc[-1] if loc else None
    if not isinstance(data, dict) or not isinstance(key, str):
        return {}
    line = re.compile(rf"(^|\n)[ \t]*{re.escape(key)}:(\s|$)")
    for name, value in data.items():
        if isinstance(value, str) and line.search(value):
            return {"in_text": str(name), "swallowed": key}
    return {}


def _from_pydantic(
    err: Any, filename: str, positions: yamlsafe.Positions, data: Any = None
) -> Problem:
    raw = tuple(err["loc"])
    loc = _clean_loc(raw)
    code = _TYPE_CODES.get(err["type"], "invalid")
    name = FieldKey(loc, _node_kind(raw))
    if loc and loc[-1] == "[key]":
        # A name in a mapping (a dimension in 'effects'): it is at fault, in its field.
        loc = loc[:-1]
        name = FieldKey(loc[:-1], _node_kind(raw))
    params: dict[str, Any] = {"field": name, "detail": err.get("msg", "")}
    params.update(_hints(code, raw, loc))
    if code == "missing":
        params.update(_in_text(data, loc))
    if code == "pattern":
        params["value"] = err.get("input")
        params["hint"] = _PATTERN_HINTS.get(name, "name")
    elif code == "literal":
        params["expected"] = err.get("ctx", {}).get("expected", "")
    elif code in ("at_most", "at_least"):
        ctx = err.get("ctx", {})
        params["limit"] = f"{ctx.get('le', ctx.get('ge', '')):,}".replace(",", ".")
    where = yamlsafe.locate(positions, loc)
    node = str(loc[1]) if len(loc) > 1 and loc[0] == "nodes" else None
    return Problem(
        code,
        file=filename,
        line=where[0] if where else None,
        col=where[1] if where else None,
        params=params,
        node=node,
        path=loc,
    )


def _dedupe(problems: list[Problem]) -> list[Problem]:
    seen: set[tuple[Any, ...]] = set()
    result = []
    for problem in problems:
        key = (problem.code, problem.line, problem.col, problem.params.get("field"))
        if key not in seen:
            seen.add(key)
            result.append(problem)
    return result
