"""Versions are never changed or overwritten; drafts, copies and lineage."""

from __future__ import annotations

import os
import threading
from datetime import datetime
from pathlib import Path

import pytest

from authoring_docs import plein, plein_data
from burgerschap.scenario import versions
from burgerschap.scenario.library import Library
from burgerschap.scenario.loader import load_file
from burgerschap.scenario.models import Scenario
from burgerschap.scenario.problems import ScenarioError
from burgerschap.scenario.serialize import dump
from burgerschap.scenario.versions import (
    drafts,
    fork,
    free_id,
    identical_version,
    lineage,
    save_draft,
    save_version,
)


@pytest.fixture
def lib(tmp_path: Path) -> Path:
    return tmp_path / "library"


def scan(*folders: Path) -> Library:
    return Library.scan([(folder, "user") for folder in folders])


def leftovers(folder: Path) -> list[str]:
    """Temporary or partial files a save may have left behind."""
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".") or ".tmp" in p.name)


def test_first_save_writes_id_at_version(lib: Path) -> None:
    path = save_version(plein(), lib)
    assert path == lib / "plein@1.yaml"
    stored = load_file(path).document
    assert stored.saved is not None and stored.note is None
    assert stored.model_copy(update={"saved": None}) == plein()
    assert leftovers(lib) == []


def test_a_version_keeps_when_it_was_saved_and_its_note(lib: Path) -> None:
    moment = datetime(2026, 12, 3, 14, 5, 42)
    path = save_version(plein(), lib, note="  Een bankje erbij.  ", now=moment)
    text = path.read_text("utf-8")
    assert "\nversion: 1\nsaved: 2026-12-03 14:05\nnote: Een bankje erbij.\n" in text
    stored = load_file(path).document
    assert (stored.saved, stored.note) == (datetime(2026, 12, 3, 14, 5), "Een bankje erbij.")
    [info] = lineage(scan(lib), "plein").versions
    assert (info.saved, info.note) == (stored.saved, stored.note)


def test_a_file_someone_sent_keeps_its_moment_and_note_unless_a_note_is_given(
    lib: Path,
) -> None:
    sent = plein(saved="2026-11-20 09:30", note="Mijn eigen einde")
    kept = load_file(save_version(sent, lib, now=datetime(2026, 12, 3, 8, 0))).document
    assert (str(kept.saved), kept.note) == ("2026-11-20 09:30:00", "Mijn eigen einde")
    other = plein(title="Anders", saved="2026-11-20 09:30", note="Mijn eigen einde")
    cleared = load_file(save_version(other, lib, note="")).document
    assert cleared.note is None


def test_a_note_of_more_than_one_line_is_refused(lib: Path) -> None:
    with pytest.raises(ScenarioError) as caught:
        save_version(plein(), lib, note="regel een\nregel twee")
    assert [p.code for p in caught.value.problems] == ["one_line"]
    assert not lib.exists() or list(lib.iterdir()) == []


def test_moment_and_note_are_not_content(lib: Path) -> None:
    save_version(plein(), lib, note="eerste", now=datetime(2026, 1, 1, 12, 0))
    again = plein(saved="2026-12-03 10:00", note="iets anders")
    assert identical_version(again, scan(lib)) == "plein@1"
    copy = fork(again, "plein-noor")
    assert (copy.saved, copy.note) == (None, None)


def test_saving_again_takes_the_next_number_and_keeps_the_old_file(lib: Path) -> None:
    first = save_version(plein(), lib)
    before = first.read_bytes()
    second = save_version(plein(title="Het plein, herzien"), lib)
    assert second.name == "plein@2.yaml"
    assert first.read_bytes() == before
    stored = load_file(second).document
    assert stored.version == 2 and stored.title == "Het plein, herzien"
    assert [e.ref for e in scan(lib).entries] == ["plein@1", "plein@2"]


def test_a_higher_requested_version_is_kept(lib: Path) -> None:
    assert save_version(plein(version=7), lib).name == "plein@7.yaml"
    # ...and a lower one never goes below the newest.
    assert save_version(plein(version=2), lib).name == "plein@8.yaml"


def test_builtin_versions_count_as_taken(tmp_path: Path, lib: Path) -> None:
    builtin = tmp_path / "builtin"
    builtin.mkdir()
    (builtin / "plein.yaml").write_text(dump(plein(version=3)), encoding="utf-8")
    library = Library.scan([(builtin, "builtin"), (lib, "user")])
    assert save_version(plein(version=3), lib, library).name == "plein@4.yaml"


def test_a_broken_file_with_a_version_name_is_never_overwritten(lib: Path) -> None:
    lib.mkdir()
    (lib / "plein@1.yaml").write_text("dit: [is kapot", encoding="utf-8")
    assert save_version(plein(), lib).name == "plein@2.yaml"
    assert (lib / "plein@1.yaml").read_text(encoding="utf-8") == "dit: [is kapot"


def test_invalid_document_is_refused_and_nothing_written(lib: Path) -> None:
    data = plein_data()
    data["nodes"]["buren"]["choices"][0]["goto"] = "nergens"
    broken = Scenario.model_validate(data)  # fields fit; the graph does not
    with pytest.raises(ScenarioError) as caught:
        save_version(broken, lib)
    assert [p.code for p in caught.value.errors] == ["goto_missing"]
    assert not lib.exists() or list(lib.iterdir()) == []


def test_a_save_that_loses_the_race_takes_the_next_number(
    lib: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = save_version(plein(), lib)
    before = first.read_bytes()
    # A stale view of the folder: the saver believes @1 is still free, as when
    # another process wrote it a moment after we looked.
    monkeypatch.setattr(versions, "taken_versions", lambda *args, **kwargs: set())
    second = save_version(plein(title="Tweede"), lib)
    assert second.name == "plein@2.yaml"
    assert first.read_bytes() == before
    assert load_file(second).document.version == 2
    assert leftovers(lib) == []


def test_many_saves_racing_never_overwrite(lib: Path) -> None:
    lib.mkdir()
    barrier = threading.Barrier(8)
    paths: list[Path] = []
    errors: list[BaseException] = []

    def worker(n: int) -> None:
        try:
            barrier.wait()
            for i in range(5):
                paths.append(save_version(plein(title=f"schrijver {n} keer {i}"), lib))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(paths) == len(set(paths)) == 40
    titles = set()
    for path in paths:
        doc = load_file(path).document
        assert path.name == f"plein@{doc.version}.yaml"
        titles.add(doc.title)
    assert len(titles) == 40  # every save kept its own content
    assert leftovers(lib) == []


@pytest.mark.parametrize("step", ["fsync", "link"])
def test_interrupted_save_leaves_earlier_version_and_no_partial_file(
    lib: Path, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    first = save_version(plein(), lib)
    before = first.read_bytes()

    def crash(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, step, crash)
    with pytest.raises(OSError):
        save_version(plein(title="Nooit opgeslagen"), lib)
    monkeypatch.undo()
    assert sorted(p.name for p in lib.iterdir()) == ["plein@1.yaml"]
    assert first.read_bytes() == before
    library = scan(lib)
    assert library.broken() == []
    assert [e.ref for e in library.valid()] == ["plein@1"]


def test_interrupt_by_keyboard_also_cleans_up(lib: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    save_version(plein(), lib)

    def interrupt(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "link", interrupt)
    with pytest.raises(KeyboardInterrupt):
        save_version(plein(title="Half"), lib)
    monkeypatch.undo()
    assert sorted(p.name for p in lib.iterdir()) == ["plein@1.yaml"]


def test_interrupted_draft_save_keeps_the_earlier_draft(
    lib: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = save_draft({"id": "plein", "title": "eerste"}, lib)
    before = path.read_bytes()
    monkeypatch.setattr(os, "replace", lambda *args: (_ for _ in ()).throw(OSError("kapot")))
    with pytest.raises(OSError):
        save_draft({"id": "plein", "title": "tweede"}, lib)
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert leftovers(lib) == []


def test_identical_version_is_found_whatever_its_number(lib: Path) -> None:
    save_version(plein(), lib)
    assert identical_version(plein(version=5), scan(lib)) == "plein@1"
    assert identical_version(plein(title="Anders"), scan(lib)) is None


# Drafts


def test_draft_that_does_not_validate_is_kept_but_never_playable(lib: Path) -> None:
    draft = plein_data()
    draft["nodes"]["begin"]["text"] = ""  # not even a valid field
    del draft["start"]
    path = save_draft(draft, lib)
    assert path.name == "plein.draft.yaml"
    assert "text: ''" in path.read_text(encoding="utf-8")
    save_version(plein(), lib)
    library = scan(lib)
    assert [e.path.name for e in library.entries] == ["plein@1.yaml"]
    assert drafts(lib) == [path]


def test_draft_overwrites_itself_unless_asked_not_to(lib: Path) -> None:
    first = save_draft("id: plein\ntitle: een\n", lib)
    assert save_draft("id: plein\ntitle: twee\n", lib) == first
    assert "twee" in first.read_text(encoding="utf-8")
    other = save_draft("id: plein\ntitle: drie\n", lib, overwrite=False)
    assert other.name == "plein-2.draft.yaml"
    assert "twee" in first.read_text(encoding="utf-8")


def test_draft_name_is_made_safe(lib: Path) -> None:
    assert save_draft({"id": "../Héél raar!"}, lib).name == "heel-raar.draft.yaml"
    assert save_draft({}, lib).name == "concept.draft.yaml"


# Copies and lineage


def test_fork_records_based_on_and_starts_at_version_one() -> None:
    original = plein(version=4)
    copy = fork(original, "mijn-plein", title="Mijn plein")
    assert (copy.id, copy.version, copy.based_on, copy.title) == (
        "mijn-plein",
        1,
        "plein@4",
        "Mijn plein",
    )
    assert isinstance(copy, Scenario) and copy.nodes == original.nodes


def test_a_copy_forgets_the_twine_story_it_came_from() -> None:
    # Re-importing the Twine story must update the original's draft, never the copy.
    original = plein().model_copy(update={"source_ifid": "8F1C2E5A-3B7D-4C9E-A1F0-6D2B4E8C7A13"})
    copy = fork(original, "mijn-plein")
    assert isinstance(copy, Scenario) and copy.source_ifid is None


@pytest.mark.parametrize("bad", ["Mijn Plein", "", "-x", "a" * 65])
def test_fork_refuses_an_invalid_id(bad: str) -> None:
    with pytest.raises(ScenarioError) as caught:
        fork(plein(), bad)
    assert caught.value.problems[0].code == "pattern"


def test_lineage_follows_based_on_and_lists_copies(lib: Path) -> None:
    save_version(plein(), lib)
    save_version(plein(title="twee"), lib)
    copy = fork(plein(version=2), "kopie")
    save_version(copy, lib)
    save_version(fork(copy, "kopie-van-kopie"), lib)
    library = scan(lib)

    mine = lineage(library, "kopie-van-kopie")
    assert [v.ref for v in mine.versions] == ["kopie-van-kopie@1"]
    assert mine.ancestors == ["kopie@1", "plein@2"]

    origin = lineage(library, "plein")
    assert [v.ref for v in origin.versions] == ["plein@1", "plein@2"]
    assert origin.ancestors == []
    assert [c.ref for c in origin.copies] == ["kopie@1"]
    assert origin.versions[0].source == "user"


def test_lineage_names_a_missing_ancestor_and_stops(lib: Path) -> None:
    save_version(plein(id="los", based_on="verdwenen@3"), lib)
    assert lineage(scan(lib), "los").ancestors == ["verdwenen@3"]


def test_lineage_survives_a_cycle(lib: Path) -> None:
    save_version(plein(id="aa", based_on="bb@1"), lib)
    save_version(plein(id="bb", based_on="aa@1"), lib)
    assert lineage(scan(lib), "aa").ancestors == ["bb@1"]


def test_free_id_avoids_documents_files_and_drafts(lib: Path) -> None:
    save_version(plein(), lib)
    save_draft({"id": "plein-2"}, lib)
    assert free_id("plein", scan(lib), lib) == "plein-3"
    assert free_id("Mijn Plein!", scan(lib)) == "mijn-plein"


def test_a_version_the_library_would_refuse_is_not_saved(tmp_path: Path) -> None:
    """The editor saved a 1.5 MB version that the library then refused as too large."""
    from burgerschap.scenario.loader import MAX_BYTES, load_text
    from burgerschap.scenario.versions import save_version

    base = load_text(
        "id: groot\ntitle: Groot\ndimensions: {p: {label: P}}\nstart: a\nnodes:\n"
        "  a: {text: x, choices: [{text: Verder, goto: e}]}\n  e: {ending: {title: Einde}}\n",
        "groot.yaml",
    ).document
    assert isinstance(base, Scenario)
    node = base.nodes["a"].model_copy(update={"text": "woord " * (MAX_BYTES // 5)})
    huge = base.model_copy(update={"nodes": {**base.nodes, "a": node}})
    with pytest.raises(ScenarioError) as refused:
        save_version(huge, tmp_path)
    assert [p.code for p in refused.value.problems] == ["file_too_large"]
    assert list(tmp_path.iterdir()) == []
