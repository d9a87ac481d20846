"""Writing documents back to clean, readable YAML.

:func:`to_data` turns a scenario, quiz or glossary into plain data in the order the
format documentation uses (``format``, ``kind``, ``id``, ``version``,
``based_on``, ``title``, ... ``nodes``), with default values left out and a
choice's condition under its YAML name ``if``. :func:`dump` writes that data
as block-style YAML with multi-line texts as ``|`` literal blocks, so a
teacher who opens the file sees the same shape as a hand-written one.

The promise, tested on every built-in scenario: loading what :func:`dump`
wrote gives back an equal document.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import yaml

from burgerschap.scenario.loader import Inspection, inspect_text
from burgerschap.scenario.models import AnyDocument

Data = dict[str, Any]
"""A document as plain data: what a YAML file holds, before validation."""

TOP_ORDER = (
    "format",
    "kind",
    "id",
    "version",
    "saved",
    "note",
    "based_on",
    "source_ifid",
    "title",
    "language",
    "summary",
    "authors",
    "tags",
    "minutes",
    "allow_back",
    "reflection",
    "draw",
    "dimensions",
    "start",
    "nodes",
    "questions",
    "terms",
)
"""Top-level keys in the order they are written; unknown keys follow in their own order."""

ALWAYS = ("format", "kind", "id", "version")
"""Keys written even when they hold their default, so every file says what it is."""


def to_data(document: AnyDocument) -> Data:
    """The document as plain data, defaults omitted, keys in documentation order."""
    data = document.model_dump(mode="json", by_alias=True, exclude_defaults=True)
    for key in ALWAYS:
        data[key] = getattr(document, key)
    return ordered(data)


def ordered(data: Mapping[str, Any]) -> Data:
    """``data`` with its top-level keys in :data:`TOP_ORDER` (others after, as they were)."""
    result = {key: data[key] for key in TOP_ORDER if key in data}
    result.update((key, value) for key, value in data.items() if key not in result)
    return result


def dump(document: AnyDocument) -> str:
    """The document as YAML text (see the module documentation)."""
    return dump_data(to_data(document))


def dump_data(data: Mapping[str, Any]) -> str:
    """Plain data (a document, or a draft that does not validate) as YAML text."""
    text = yaml.dump(
        dict(data),
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=1_000_000,
    )
    return str(text)


def inspect_data(data: Mapping[str, Any], filename: str = "") -> Inspection:
    """Validate plain data as if it were a file: every problem, with line numbers in
    the text :func:`dump_data` writes for it (what an editor's YAML tab shows)."""
    return inspect_text(dump_data(data), filename)


_OTHER_BREAKS = re.compile("[\r\x85\u2028\u2029]")


class _Dumper(yaml.SafeDumper):
    """Block style, lists indented under their key, multi-line text as ``|`` blocks."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    # PyYAML falls back to a quoted style by itself when a literal block cannot
    # hold the text exactly (trailing spaces, control characters). Line breaks
    # other than \n (NEL, LS, PS, CR) it would write raw, and a reader folds
    # them: only double quotes keep them.
    if _OTHER_BREAKS.search(value):
        style: str | None = '"'
    else:
        style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _represent_str)
