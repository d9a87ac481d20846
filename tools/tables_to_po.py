"""Carry interface words from the old Python tables into the PO catalogues.

The tables (``src/burgerschap/i18n/<part>.py``: ``{"key": {"nl": ..., "en": ...}}``)
were the source of truth before the catalogues. This script reads such table
files (without importing the package: each file is one dict literal) and adds
their keys to ``locale/{nl,en}/LC_MESSAGES/interface.po``; a key already in the
catalogue gets the table's text when it differs (said on stdout). Comments right
above a key in the table become translator comments.

It exists for the change-over: a branch made before it may still add entries
to a table that is gone here. After merging it, take that branch's table and
carry its entries over, then delete the table again:

    git show BRANCH:src/burgerschap/i18n/game.py > /tmp/game.py
    git show c807179:src/burgerschap/i18n/game.py > /tmp/game-base.py
    python tools/tables_to_po.py /tmp/game.py --base /tmp/game-base.py

With ``--base`` (the table as it was before the catalogues, commit c807179)
only what the branch added or changed is carried: keys removed from the
catalogues since do not come back.

New keys are added to both catalogues, sorted like the rest; a key with a
number in it ("(en)", "(s)") should then become a plural (see
docs/translating.md). Remove this script once no branch has the tables.
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
            found.append((str(key_node.value), texts, comments))
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
        write_po(f, catalog, width=100, sort_output=True, include_previous=False)


def main(argv: list[str]) -> int:
    base: dict[str, dict[str, str]] = {}
    if "--base" in argv:
        at = argv.index("--base")
        base = {key: texts for key, texts, _ in read_table(Path(argv[at + 1]))}
        argv = argv[:at] + argv[at + 2 :]
    paths = [Path(p) for p in argv]
    catalogs = {lang: load(lang) for lang in LANGS}
    for path in paths:
        for key, texts, comments in read_table(path):
            if base.get(key) == texts:
                continue  # as before the catalogues: already carried (or removed since)
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
