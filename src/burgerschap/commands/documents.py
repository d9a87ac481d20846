"""Finding the document a command names: a file path, or ``id``/``id@N`` in the library."""

from __future__ import annotations

import re
from pathlib import Path

from burgerschap.commands.common import UsageError, load_library
from burgerschap.i18n import t
from burgerschap.scenario.library import Library
from burgerschap.scenario.loader import load_file
from burgerschap.scenario.models import REF, SLUG, AnyDocument
from burgerschap.settings import Language


def resolve(name: str, lang: Language, library: Library | None = None) -> AnyDocument:
    """The document ``name`` stands for: an existing file, else a library ref.

    Raises:
        ScenarioError: when the file does not validate.
        UsageError: when it is neither a file nor in the library.
    """
    path = Path(name)
    if path.is_file():
        return load_file(path).document
    if re.match(SLUG, name) or re.match(REF, name):
        entry = (load_library() if library is None else library).find(name)
        if entry is not None and entry.document is not None:
            return entry.document
    raise UsageError(t("cli.not_found", lang, ref=name))
