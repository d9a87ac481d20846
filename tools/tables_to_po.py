"""Carry interface words from the old Python tables into the PO catalogues.

The tables (``src/burgerschap/i18n/<part>.py``: ``{"key": {"nl": ..., "en": ...}}``)
were the source of truth before the catalogues. This script reads such table
files (without importing the package: each file is one dict literal) and adds
their keys to ``locale/{nl,en}/LC_MESSAGES/interface.po``; a key already in the
catalogue gets the table's text when it differs (said on stdout). Comments right
above a key in the table become translator comments.

It exists for the change-over (and for a merge that brings a branch's new table
entries): ``python tools/tables_to_po.py path/to/table.py ...``. Without
arguments it reads every table in ``src/burgerschap/i18n/``.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "src" / "burgerschap" / "i18n"
LANGS = ("nl", "en")
HEADER = "Burgerschap interface words. Edit with Poedit or Weblate; see docs/translating.md."


def read_table(path: Path) -> list[tuple[str, dict[str, str], list[str]]]:
    """The (key, texts, comments) of the one dict literal of ``path``."""
    source = path.read_text("utf-8")
    lines = source.splitlines()
    found: list[tuple[str, dict[str, str], list[str]]] = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Dict) or not node.keys:
            continue
        first = node.keys[0]
        if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
            continue
        if not isinstance(node.values[0], ast.Dict):
            continue  # the inner {"nl": ..., "en": ...} dicts
        for key_node, value_node in zip(node.keys, node.values, strict=True):
            assert isinstance(key_node, ast.Constant)
            texts = ast.literal_eval(value_node)
            comments: list[str] = []
            line = key_node.lineno - 2
            while line >= 0 and lines[line].strip().startswith("#"):
                comments.insert(0, lines[line].strip().lstrip("#").strip())
                line -= 1
            found.append((key_node.value, texts, comments))
    return found


def po_path(lang: str) -> Path:
    return I18N / "locale" / lang / "LC_MESSAGES" / "interface.po"


def load(lang: str) -> Catalog:
    path = po_path(lang)
    if path.exists():
        with path.open("rb") as f:
            return read_po(f, locale=lang, domain="interface")
    catalog = Catalog(
        locale=lang,
        domain="interface",
        project="burgerschap",
        header_comment=f"# {HEADER}",
        fuzzy=False,
    )
    return catalog


def save(catalog: Catalog, lang: str) -> None:
    path = po_path(lang)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as f:
        write_po(f, catalog, width=100, omit_header=False, include_previous=False)


def main(argv: list[str]) -> int:
    paths = [Path(p) for p in argv] or sorted(
        p for p in I18N.glob("*.py") if p.stem not in {"__init__", "argparse_nl", "catalog"}
    )
    catalogs = {lang: load(lang) for lang in LANGS}
    for path in paths:
        for key, texts, comments in read_table(path):
            for lang, catalog in catalogs.items():
                text = texts.get(lang) or texts["nl"]
                old = catalog.get(key)
                if old is None:
                    catalog.add(key, text, user_comments=comments)
                elif old.string != text and not old.pluralizable:
                    print(f"{lang} {key}: {old.string!r} -> {text!r}")
                    old.string = text
    for lang, catalog in catalogs.items():
        save(catalog, lang)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
