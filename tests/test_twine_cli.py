"""``burgerschap import`` with Twine files as teachers have them: output, drafts, exit codes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from burgerschap.cli import main
from burgerschap.paths import user_library_dir
from burgerschap.scenario import yamlsafe
from burgerschap.scenario.library import Library
from burgerschap.scenario.loader import load_file
from twine_support import TWINE, generated_harlowe


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[str], str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out.splitlines(), captured.err


def library_files() -> list[str]:
    folder = user_library_dir()
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def draft(name: str) -> dict[str, object]:
    data = yamlsafe.parse((user_library_dir() / name).read_text("utf-8"))[0]
    assert isinstance(data, dict)
    return data


def test_a_published_story_imports_like_twee(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "import", str(TWINE / "harlowe.html"))
    assert code == 0
    assert library_files() == ["het-buurtfeest-harlowe.draft.yaml"]
    data = draft("het-buurtfeest-harlowe.draft.yaml")
    assert data["source_ifid"] == "8F1C2E5A-3B7D-4C9E-A1F0-6D2B4E8C7A13"
    assert data["start"] == "het-plein"
    # The same draft as from the Twee file.
    (user_library_dir() / "het-buurtfeest-harlowe.draft.yaml").unlink()
    run(capsys, "import", str(TWINE / "harlowe.twee"))
    assert draft("het-buurtfeest-harlowe.draft.yaml") == data
    assert out[-2:] == [
        "binnengekomen: 7 passages, 7 nodes: 13 keuzes en 2 eindes; "
        "7 van de 7 nodes bereikbaar vanaf de start",
        "het concept is geldig. Controleer de punten die uit de variabelen van het verhaal komen "
        "en geef de keuzes feedback in de editor, of pas het bestand aan en importeer het: "
        f"burgerschap import {user_library_dir() / 'het-buurtfeest-harlowe.draft.yaml'}",
    ]


def test_warnings_are_summed_up_per_kind(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "import", str(TWINE / "harlowe.twee"))
    warnings = [line for line in out if ": waarschuwing: " in line]
    source = TWINE / "harlowe.twee"
    assert (
        f"{source}:46: waarschuwing: (print:) 3x, bijv. passage 'Gemeente': (print:) kan niet "
        "mee en is uit de tekst gehaald: (print: $score)"
    ) in warnings
    assert sum("(print:)" in line for line in warnings) == 1
    assert "(meldingen van dezelfde soort zijn samengevat; --verbose toont ze allemaal)" in out
    # --verbose: each on its own line.
    _, verbose, _ = run(capsys, "import", "--verbose", str(source))
    assert sum("(print: $score)" in line for line in verbose) == 3
    assert not any("3x" in line or "--verbose" in line for line in verbose)


def test_english_output(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "--lang", "en", "import", str(TWINE / "harlowe.html"))
    assert any(
        line.endswith(
            ": warning: (print:) 3x, e.g. passage 'Gemeente': (print:) cannot be "
            "carried over and was removed from the text: (print: $score)"
        )
        for line in out
    )
    assert out[-2] == (
        "came in: 7 passages, 7 nodes: 13 choices and 2 endings; "
        "7 of the 7 nodes reachable from the start"
    )


def test_an_archive_imports_every_story_or_the_one_asked_for(
    capsys: pytest.CaptureFixture[str],
) -> None:
    archive = str(TWINE / "archief.html")
    code, out, _ = run(capsys, "import", archive)
    assert code == 0
    assert [line for line in out if line.startswith("==")] == [
        "== verhaal 1 van 2: Zwerfafval (Chapbook) ==",
        "== verhaal 2 van 2: De buurtapp (Snowman) ==",
    ]
    assert sum(line.startswith("binnengekomen: ") for line in out) == 2
    assert library_files() == ["de-buurtapp-snowman.draft.yaml", "zwerfafval-chapbook.draft.yaml"]

    for name in library_files():
        (user_library_dir() / name).unlink()
    code, out, _ = run(capsys, "import", "--story", "de buurtapp (snowman)", archive)
    assert code == 0 and library_files() == ["de-buurtapp-snowman.draft.yaml"]
    assert not any(line.startswith("==") for line in out)

    code, _, err = run(capsys, "import", "--story", "Onbekend", archive)
    assert code == 2
    assert "geen verhaal 'Onbekend' in" in err
    assert "wel: 'Zwerfafval (Chapbook)', 'De buurtapp (Snowman)'" in err


def test_a_file_without_a_twine_2_story_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "twine1.html"
    page.write_text('<html><body><div id="storeArea"><div tiddler="Start">x</div></div>', "utf-8")
    code, out, _ = run(capsys, "import", str(page))
    assert code == 1
    assert out == [
        f"geen Twine 2-verhaal gevonden in {page} (er staat geen <tw-storydata> in); publiceer "
        "het verhaal in Twine 2 (Publish to File) of exporteer het als Twee"
    ]
    assert library_files() == []


def test_reimporting_the_same_story_updates_its_draft(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = TWINE / "sugarcube.html"
    run(capsys, "import", str(source))
    path = user_library_dir() / "het-kapotte-bankje-sugarcube.draft.yaml"
    first = path.read_text("utf-8")

    _, out, _ = run(capsys, "import", str(source))
    assert (
        f"dit verhaal was al eerder geïmporteerd en is niet veranderd: {path} blijft zoals het was"
        in out
    )
    assert library_files() == ["het-kapotte-bankje-sugarcube.draft.yaml"]

    # The teacher renamed the story and changed a passage in Twine: same IFID.
    changed = tmp_path / "bankje-nieuw.html"
    text = source.read_text("utf-8").replace(
        'name="Het kapotte bankje (SugarCube)"', 'name="Het bankje"'
    )
    changed.write_text(
        text.replace("De wijkagent noteert het.", "De wijkagent komt kijken."), "utf-8"
    )
    _, out, _ = run(capsys, "import", str(changed))
    backup = user_library_dir() / "backups" / "het-kapotte-bankje-sugarcube.1.draft.yaml"
    assert (
        f"dit verhaal was al eerder geïmporteerd: het concept {path} is bijgewerkt; het vorige "
        f"concept (met wat je eraan veranderd had) staat in {backup}"
    ) in out
    assert library_files() == ["backups", "het-kapotte-bankje-sugarcube.draft.yaml"]
    assert backup.read_text("utf-8") == first
    now = draft(path.name)
    assert (now["id"], now["title"]) == ("het-kapotte-bankje-sugarcube", "Het bankje")
    assert "komt kijken" in path.read_text("utf-8")


def test_a_story_that_became_a_version_comes_back_as_its_next_version(
    capsys: pytest.CaptureFixture[str],
) -> None:
    run(capsys, "import", str(TWINE / "snowman.twee"))
    path = user_library_dir() / "de-buurtapp-snowman.draft.yaml"
    code, out, _ = run(capsys, "import", str(path))
    assert code == 0 and out[-1].startswith("opgeslagen als de-buurtapp-snowman@1")
    path.unlink()
    _, out, _ = run(capsys, "import", str(TWINE / "snowman.twee"))
    assert (
        "dit verhaal staat al in je bibliotheek als de-buurtapp-snowman@1; sla je het concept op, "
        "dan wordt het daar een nieuwe versie van"
    ) in out
    assert draft(path.name)["id"] == "de-buurtapp-snowman"
    version = load_file(user_library_dir() / "de-buurtapp-snowman@1.yaml").document
    assert version is not None and version.source_ifid == "9A8B7C6D-5E4F-4A3B-8C2D-1E0F9A8B7C6D"  # type: ignore[union-attr]


def test_another_draft_with_the_same_name_is_left_alone(
    capsys: pytest.CaptureFixture[str],
) -> None:
    own = user_library_dir() / "de-buurtapp-snowman.draft.yaml"
    own.parent.mkdir(parents=True)
    own.write_text("id: de-buurtapp-snowman\ntitle: Mijn eigen buurtapp\n", "utf-8")
    run(capsys, "import", str(TWINE / "snowman.twee"))
    assert library_files() == ["de-buurtapp-snowman-2.draft.yaml", "de-buurtapp-snowman.draft.yaml"]
    assert draft("de-buurtapp-snowman-2.draft.yaml")["id"] == "de-buurtapp-snowman-2"
    assert own.read_text("utf-8").endswith("Mijn eigen buurtapp\n")


def test_a_start_that_is_an_ending_is_not_called_valid(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The tester's case: links Burgerschap could not read left the start without choices.
    story = tmp_path / "kapot.twee"
    story.write_text(
        ':: StoryData\n{"start": "Begin"}\n:: Begin\n<<onbekend "Verder">>\n'
        ":: Verder\n[[Begin]]\n:: Ook\n[[Verder]]\n",
        "utf-8",
    )
    code, out, _ = run(capsys, "import", str(story))
    assert code == 0
    draft_path = user_library_dir() / "kapot.draft.yaml"
    assert out[-1] == (
        "het concept moet nog bewerkt worden: de start ('Begin') is een einde; maar 1 van de 3 "
        "nodes zijn bereikbaar vanaf de start. Verbeter het in de editor, of pas het bestand aan "
        f"en importeer het: burgerschap import {draft_path}"
    )
    assert not any("geldig" in line for line in out)


def test_the_large_harlowe_story_comes_in_whole(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    story = generated_harlowe()
    page = tmp_path / "wandeling.html"
    page.write_text(story.html, "utf-8")
    code, out, _ = run(capsys, "import", str(page))
    assert code == 0
    assert out[-2] == (
        f"binnengekomen: 150 passages, 150 nodes: {story.links} keuzes en "
        f"{story.endings} eindes; 149 van de 150 nodes bereikbaar vanaf de start"
    )
    assert out[-1].startswith("het concept is geldig maar heeft nog geen effecten")
    # One unreachable passage: one line, not a screenful.
    assert len(out) < 10, out
    assert Library.scan([(user_library_dir(), "user")]).entries == []  # a draft is never played


def test_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "import", str(tmp_path / "weg.html"))
    assert code == 2 and "bestaat niet" in err
    bad = tmp_path / "latin1.html"
    bad.write_bytes("<tw-storydata name='caf\xe9'></tw-storydata>".encode("latin-1"))
    code, out, _ = run(capsys, "import", str(bad))
    assert code == 1 and re.search(r"latin1\.html: fout: ", out[0])
