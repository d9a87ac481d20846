"""Loading a catalogue: the .mo when it is fresh, the .po (compiled with Babel) when it is not."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from burgerschap.i18n import catalog

PO = """\
msgid ""
msgstr ""
"Language: nl\\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\\n"
"Content-Type: text/plain; charset=utf-8\\n"

msgid "demo.hello"
msgstr "{text}"

msgid "demo.count"
msgid_plural "demo.count"
msgstr[0] "{{n}} ding"
msgstr[1] "{{n}} dingen"
"""


@pytest.fixture
def locale(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setattr(catalog, "LOCALE_DIR", tmp_path)
    catalog.forget()
    folder = tmp_path / "nl" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    yield folder
    catalog.forget()


def write_po(folder: Path, text: str, mtime: int) -> Path:
    po = folder / "demo.po"
    po.write_text(PO.format(text=text), "utf-8")
    os.utime(po, ns=(mtime, mtime))
    return po


def test_a_missing_mo_is_compiled_from_the_po_and_kept(locale: Path) -> None:
    write_po(locale, "Hallo", 10**18)
    found = catalog.catalog("demo", "nl")
    assert found.format("demo.hello") == "Hallo"
    assert found.format_plural("demo.count", 1) == "1 ding"
    assert found.format_plural("demo.count", 0) == "0 dingen"
    mo = locale / "demo.mo"
    assert catalog.read_mo(mo.read_bytes())[0]["demo.hello"] == "Hallo"


def test_a_mo_older_than_its_po_is_not_used(locale: Path) -> None:
    write_po(locale, "Oud", 10**18)
    catalog.catalog("demo", "nl")  # writes the .mo
    os.utime(locale / "demo.mo", ns=(10**18, 10**18))
    write_po(locale, "Nieuw", 2 * 10**18)  # edited after the .mo was made
    catalog.forget()
    assert catalog.catalog("demo", "nl").format("demo.hello") == "Nieuw"


def test_a_fresh_mo_is_read_without_the_po(locale: Path) -> None:
    write_po(locale, "Uit de mo", 10**18)
    catalog.catalog("demo", "nl")
    (locale / "demo.po").unlink()  # as in an installed wheel: the .mo only
    catalog.forget()
    assert catalog.catalog("demo", "nl").format("demo.hello") == "Uit de mo"


def test_a_singular_and_a_plural_are_not_mixed_up(locale: Path) -> None:
    write_po(locale, "Hallo", 10**18)
    found = catalog.catalog("demo", "nl")
    with pytest.raises(catalog.MissingMessage):
        found.format("demo.count")
    with pytest.raises(catalog.MissingMessage):
        found.format_plural("demo.hello", 2)
