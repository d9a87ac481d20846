"""Safe YAML reading that remembers where every value came from.

PyYAML's loaders are not enough for files that teachers write by hand: they
keep the last of two duplicate keys without a word, expand alias bombs, and
the C composer recurses and can crash the interpreter on deeply nested input.
This module reads libyaml's *event* stream (flat, no recursion) and builds
plain Python values itself, with:

- a position (line and column, 1-based) for every mapping key and list item;
- for a line indented wrongly, which line and how to fix it
  (:mod:`burgerschap.scenario.yamlhints`), not libyaml's English;
- duplicate keys, unknown tags, deep nesting and alias bombs refused;
- control characters and bidi overrides refused wherever they stand, written
  raw or as an escape such as ``"\\e"`` or ``"\\u001b"`` (see
  :mod:`burgerschap.scenario.plaintext`): scenario text reaches terminals;
- scalars typed exactly as ``yaml.safe_load`` types them.
"""

from __future__ import annotations

import re
from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import ScalarNode
from yaml.resolver import Resolver

from burgerschap.scenario import yamlhints
from burgerschap.scenario.plaintext import UNSAFE, UNSAFE_IN_FILE, is_bidi, unicode_name
from burgerschap.scenario.problems import Problem, ScenarioError

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - pure-Python fallback
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

Path = tuple[str | int, ...]
Positions = dict[Path, tuple[int, int]]

MAX_DEPTH = 64
MAX_VALUES = 1_000_000
"""How many values a document may expand to, aliases counted each time used."""

_SAFE_TAGS = frozenset(
    {
        "tag:yaml.org,2002:str",
        "tag:yaml.org,2002:int",
        "tag:yaml.org,2002:float",
        "tag:yaml.org,2002:bool",
        "tag:yaml.org,2002:null",
        "tag:yaml.org,2002:map",
        "tag:yaml.org,2002:seq",
    }
)
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_resolver = Resolver()
_constructor = SafeConstructor()


class _Frame:
    __slots__ = ("anchor", "first_lines", "key", "key_pos", "path", "pos", "value", "weight")

    def __init__(self, value: Any, path: Path, anchor: str | None, pos: tuple[int, int]) -> None:
        self.value = value
        self.path = path
        self.anchor = anchor
        self.pos = pos
        self.weight = 1
        self.key: Any = _NO_KEY
        self.key_pos = pos
        self.first_lines: dict[Any, int] = {}


_NO_KEY = object()


def _pos(mark: Any) -> tuple[int, int]:
    return (mark.line + 1, mark.column + 1)


def _error(code: str, filename: str, pos: tuple[int, int] | None, **params: Any) -> ScenarioError:
    line, col = pos if pos else (None, None)
    return ScenarioError([Problem(code, file=filename, line=line, col=col, params=params)])


def _scalar(event: Any, filename: str, cache: dict[str, Any], text: str) -> Any:
    if UNSAFE.search(event.value):
        raise _unsafe_scalar(event, filename, text)
    tag = event.tag
    if tag is None or tag == "!":
        if event.style:
            # Quoted and block scalars are always text when untagged.
            return event.value
        if event.value in cache:
            return cache[event.value]
        tag = _resolver.resolve(ScalarNode, event.value, event.implicit)  # type: ignore[no-untyped-call]
        # A plain 2026-12-03 stays text: the model decides whether it is a date,
        # and an impossible one (2026-02-30) gets a message about the field.
        value = event.value if tag == _TIMESTAMP else _construct(tag, event, filename)
        cache[event.value] = value
        return value
    if tag not in _SAFE_TAGS:
        raise _error("yaml_tag", filename, _pos(event.start_mark), tag=tag)
    return _construct(tag, event, filename)


def _construct(tag: str, event: Any, filename: str) -> Any:
    if tag == "tag:yaml.org,2002:str":
        return event.value
    node = ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)
    try:
        return _constructor.construct_object(node)
    except (yaml.YAMLError, ValueError) as exc:
        raise _error("yaml_syntax", filename, _pos(event.start_mark), detail=str(exc)) from None


def parse(text: str, filename: str = "") -> tuple[Any, Positions]:
    """Parse one YAML document into plain values and their positions.

    Raises:
        ScenarioError: for any YAML problem, with the position where it is.
    """
    raw = UNSAFE_IN_FILE.search(text)
    if raw is not None:
        raise _unsafe(raw.group(), filename, _line_col(text, raw.start()))
    positions: Positions = {}
    anchors: dict[str, tuple[Any, int]] = {}
    stack: list[_Frame] = []
    root: Any = None
    plain_cache: dict[str, Any] = {}
    documents = 0
    total = 0

    def attach(value: Any, weight: int, pos: tuple[int, int], new: int = 1) -> None:
        # ``weight`` is everything the value expands to (for its parents);
        # ``new`` is what it adds to the document now: 1 for a value read
        # here (its children were counted as they came), all of it for an alias.
        nonlocal root, total
        total += new
        if total > MAX_VALUES:
            raise _error("yaml_alias_bomb", filename, pos, limit=MAX_VALUES)
        if not stack:
            root = value
            positions[()] = pos
            return
        parent = stack[-1]
        parent.weight += weight
        if isinstance(parent.value, list):
            index = len(parent.value)
            parent.value.append(value)
            positions[(*parent.path, index)] = pos
            return
        if parent.key is _NO_KEY:
            if isinstance(value, (dict, list)) or not _hashable(value):
                raise _error("yaml_bad_key", filename, pos)
            if value in parent.value:
                raise _error(
                    "yaml_duplicate_key",
                    filename,
                    pos,
                    key=value,
                    first_line=parent.first_lines[value],
                )
            parent.key = value
            parent.key_pos = pos
            return
        key = parent.key
        parent.value[key] = value
        parent.first_lines[key] = parent.key_pos[0]
        positions[(*parent.path, key)] = parent.key_pos
        parent.key = _NO_KEY

    def child_path() -> Path:
        if not stack:
            return ()
        parent = stack[-1]
        if isinstance(parent.value, list):
            return (*parent.path, len(parent.value))
        return (*parent.path, parent.key)

    try:
        event: Any
        for event in yaml.parse(text, Loader=_Loader):
            kind = type(event)
            if kind is yaml.ScalarEvent:
                value = _scalar(event, filename, plain_cache, text)
                pos = _pos(event.start_mark)
                attach(value, 1, pos)
                if event.anchor:
                    anchors[event.anchor] = (value, 1)
            elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
                pos = _pos(event.start_mark)
                if event.tag not in (None, "!") and event.tag not in _SAFE_TAGS:
                    raise _error("yaml_tag", filename, pos, tag=event.tag)
                if len(stack) >= MAX_DEPTH:
                    raise _error("yaml_too_deep", filename, pos, limit=MAX_DEPTH)
                if stack and isinstance(stack[-1].value, dict) and stack[-1].key is _NO_KEY:
                    raise _error("yaml_bad_key", filename, pos)
                container: Any = {} if kind is yaml.MappingStartEvent else []
                stack.append(_Frame(container, child_path(), event.anchor, pos))
            elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
                frame = stack.pop()
                attach(frame.value, frame.weight, frame.pos)
                if frame.anchor:
                    anchors[frame.anchor] = (frame.value, frame.weight)
            elif kind is yaml.AliasEvent:
                pos = _pos(event.start_mark)
                if event.anchor not in anchors:
                    raise _error("yaml_alias_unknown", filename, pos, alias=event.anchor)
                value, weight = anchors[event.anchor]
                attach(value, weight, pos, new=weight)
            elif kind is yaml.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    raise _error("yaml_multiple_documents", filename, _pos(event.start_mark))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = _pos(mark) if mark is not None else None
        detail = exc.problem or exc.context or str(exc)
        if where is not None and _char_at(text, where) == "\t":
            raise _error("yaml_tab", filename, where) from None
        if "nesting depth" in str(detail):
            raise _error("yaml_too_deep", filename, where, limit=MAX_DEPTH) from None
        code = _known_problem(str(detail))
        if where is not None and code in ("yaml_colon", "yaml_indent", "yaml_missing_colon"):
            found = yamlhints.advice(text, str(detail), where)
            if found is not None:
                code, where, params = found
                raise _error(code, filename, where, **params) from None
        raise _error(code, filename, where, detail=detail) from None
    except yaml.reader.ReaderError as exc:
        where = _line_col(text, exc.position)
        raise _error("yaml_control_char", filename, where, char=f"U+{exc.character:04X}") from None
    except yaml.YAMLError as exc:
        raise _error("yaml_syntax", filename, (1, 1), detail=str(exc)) from None
    return root, positions


_ESCAPE = re.compile(r"\\(x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)", re.DOTALL)
_SIMPLE_ESCAPES = {"0": "\0", "a": "\a", "b": "\b", "v": "\v", "f": "\f", "r": "\r"}
_SIMPLE_ESCAPES |= {"e": "\x1b", "N": "\x85"}


def _unsafe(char: str, filename: str, pos: tuple[int, int], written: str = "") -> ScenarioError:
    name = unicode_name(char)
    if is_bidi(char):
        return _error("yaml_bidi", filename, pos, char=name)
    if written:
        return _error("yaml_control_escape", filename, pos, char=name, written=written)
    return _error("yaml_control_char", filename, pos, char=name)


def _unsafe_scalar(event: Any, filename: str, text: str) -> ScenarioError:
    """The error for a scalar that holds an unsafe character, at the escape that wrote it.

    Raw ones were refused before parsing, so it came from an escape in a
    double-quoted scalar: ``\\e``, ``\\x1b``, ``\\u001b``, ``\\N``...
    """
    start, end = _pos(event.start_mark), _pos(event.end_mark)
    lines = text.split("\n", end[0])[start[0] - 1 : end[0]]
    lines[-1] = lines[-1][: end[1] - 1]
    source = "\n".join(lines)
    for match in _ESCAPE.finditer(source, start[1] - 1):
        code = match.group(1)
        char = _SIMPLE_ESCAPES.get(code, "") if len(code) == 1 else chr(int(code[1:], 16))
        if UNSAFE.fullmatch(char):
            line, col = _line_col(source, match.start())
            return _unsafe(char, filename, (start[0] + line - 1, col), match.group())
    found = UNSAFE.search(event.value)
    assert found is not None
    return _unsafe(found.group(), filename, start, "?")


_KNOWN_PROBLEMS = (
    ("expected ',' or ']'", "yaml_missing_comma_bracket"),
    ("expected ',' or '}'", "yaml_missing_comma_brace"),
    ("mapping values are not allowed", "yaml_colon"),
    ("expected key", "yaml_indent"),
    ("expected <block end>", "yaml_indent"),
    ("expected '-' indicator", "yaml_indent"),
    ("expected <document start>", "yaml_indent"),
    ("expected node content", "yaml_no_value"),
    ("end of stream", "yaml_unclosed"),
    ("cannot start any token", "yaml_bad_char"),
    ("could not find expected ':'", "yaml_missing_colon"),
    ("unknown escape", "yaml_escape"),
)


def _known_problem(detail: str) -> str:
    """A message code that says in plain words what libyaml's English means."""
    for fragment, code in _KNOWN_PROBLEMS:
        if fragment in detail:
            return code
    return "yaml_syntax"


def _line_col(text: str, index: int) -> tuple[int, int]:
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def _char_at(text: str, pos: tuple[int, int]) -> str:
    lines = text.split("\n", pos[0])
    if len(lines) < pos[0]:
        return ""
    line = lines[pos[0] - 1]
    return line[pos[1] - 1] if 0 < pos[1] <= len(line) else ""


def _hashable(value: Any) -> bool:
    try:
        hash(value)
    except TypeError:
        return False
    return True


def locate(positions: Positions, path: Path) -> tuple[int, int] | None:
    """The position of ``path``, or of its nearest ancestor that has one."""
    current = tuple(path)
    while True:
        found = positions.get(current)
        if found is not None:
            return found
        if not current:
            return None
        current = current[:-1]
