"""``burgerschap import``, ``export`` and ``diff`` as a user runs them: output and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from authoring_docs import plein
from burgerschap.cli import main
from burgerschap.paths import user_library_dir
from burgerschap.scenario import edit
from burgerschap.scenario.library import Library
from burgerschap.scenario.loader import load_file
from burgerschap.scenario.serialize import dump
from burgerschap.scenario.twee import parse_passages
from burgerschap.scenario.versions import save_version

TWEE = Path(__file__).parent / "data" / "twee"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def user_files() -> list[str]:
    folder = user_library_dir()
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# import


def test_import_stores_a_valid_file_as_its_version(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write(tmp_path, "van-een-collega.yaml", dump(plein()))
    code, out, _ = run(capsys, "import", str(source))
    assert code == 0
    assert out.startswith("opgeslagen als plein@1: ")
    assert user_files() == ["plein@1.yaml"]
    assert load_file(user_library_dir() / "plein@1.yaml").document == plein()


def test_importing_the_same_file_twice_stores_it_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write(tmp_path, "plein.yaml", dump(plein()))
    run(capsys, "import", str(source))
    code, out, _ = run(capsys, "--lang", "en", "import", str(source))
    assert code == 0
    assert "plein@1 is already in your library with exactly this content" in out
    assert user_files() == ["plein@1.yaml"]


def test_import_never_overwrites_an_existing_version(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "import", str(write(tmp_path, "a.yaml", dump(plein()))))
    before = (user_library_dir() / "plein@1.yaml").read_bytes()
    changed = write(tmp_path, "b.yaml", dump(plein(title="Ander plein")))
    code, out, _ = run(capsys, "import", str(changed))
    assert code == 0
    assert "opgeslagen als plein@2" in out
    assert "versie 1 bestond al en blijft zoals hij was; dit is versie 2" in out
    assert (user_library_dir() / "plein@1.yaml").read_bytes() == before
    assert user_files() == ["plein@1.yaml", "plein@2.yaml"]


def test_import_refuses_an_invalid_file_with_its_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = dump(plein()).replace("goto: buren", "goto: nergens")
    source = write(tmp_path, "kapot.yaml", text)
    code, out, _ = run(capsys, "import", str(source))
    assert code == 1
    line = text.splitlines().index("        goto: nergens") + 1
    assert f"{source}:{line}:9: fout: 'nergens' bestaat niet (in node 'begin')" in out
    assert "is niet opgeslagen: los eerst de fouten hierboven op" in out
    assert user_files() == []


def test_import_twee_saves_a_draft_and_prints_every_warning(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "import", str(TWEE / "speeltuin.twee"))
    assert code == 0
    assert "speeltuin.twee:38: waarschuwing: passage 'Buren': voorwaarde (if: $boos > 0)" in out
    assert out.count("waarschuwing:") == 1
    assert "Twine-verhaal omgezet naar een concept: " in out
    assert out.splitlines()[-1].startswith("het concept is geldig maar heeft nog geen effecten")
    assert user_files() == ["de-speeltuin-gaat-dicht.draft.yaml"]
    # A draft is never offered for play.
    assert Library.scan([(user_library_dir(), "user")]).entries == []


def test_import_twee_twice_updates_the_draft_and_keeps_the_old_one(
    capsys: pytest.CaptureFixture[str],
) -> None:
    run(capsys, "import", str(TWEE / "minimal.twee"))
    draft = user_library_dir() / "minimal.draft.yaml"
    first = draft.read_text(encoding="utf-8")
    draft.write_text(first + "# eigen werk\n", encoding="utf-8")
    _, out, _ = run(capsys, "import", str(TWEE / "minimal.twee"))
    # The same story (no IFID: the same title): no copy, the draft is updated.
    assert user_files() == ["backups", "minimal.draft.yaml"]
    assert draft.read_text(encoding="utf-8") == first
    backup = user_library_dir() / "backups" / "minimal.1.draft.yaml"
    assert backup.read_text(encoding="utf-8").endswith("# eigen werk\n")
    assert f"het concept {draft} is bijgewerkt" in out and str(backup) in out


def test_import_twee_with_errors_points_into_the_draft(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--lang", "en", "import", str(TWEE / "sugarcube.twee"))
    assert code == 0
    draft = user_library_dir() / "het-bankje-sugarcube.draft.yaml"
    assert f"{draft}:" in out and "error: 'Wijkagent' does not exist (in node 'Start')" in out
    assert "the draft still has 1 error(s) (see above)" in out
    assert f"burgerschap import {draft}" in out


def test_a_fixed_draft_is_imported_as_a_version(capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "import", str(TWEE / "minimal.twee"))
    draft = user_library_dir() / "minimal.draft.yaml"
    code, out, _ = run(capsys, "import", str(draft))
    assert code == 0 and "opgeslagen als minimal@1" in out
    assert user_files() == ["minimal.draft.yaml", "minimal@1.yaml"]


def test_import_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "import", str(tmp_path / "bestaat-niet.yaml"))
    assert code == 2 and "bestaat niet" in err
    code, _, err = run(capsys, "import", str(write(tmp_path, "verhaal.docx", "x")))
    assert code == 2 and "onbekend soort bestand" in err
    assert user_files() == []


# export


@pytest.fixture
def stored() -> None:
    save_version(plein(), user_library_dir())
    save_version(
        edit.rename_node(plein(title="Het plein 2"), "buren", "de_buren"), user_library_dir()
    )


@pytest.mark.usefixtures("stored")
def test_export_twee_to_stdout_with_warnings_on_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "export", "--format", "twee", "plein@1")
    assert code == 0
    passages, problems = parse_passages(out)
    assert problems == []
    assert [p.name for p in passages][:3] == ["StoryTitle", "StoryData", "begin"]
    assert passages[0].text == "Het plein"
    assert "waarschuwing: node 'begin': effects kan niet in Twee en is weggelaten" in err


@pytest.mark.usefixtures("stored")
def test_export_newest_version_by_id_to_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "kaart.mmd"
    code, out, err = run(capsys, "export", "--format", "mermaid", "plein", "-o", str(target))
    assert code == 0 and out == ""
    assert f"geschreven: {target}" in err
    text = target.read_text(encoding="utf-8")
    assert text.startswith("flowchart TD\n") and '"de_buren"' in text


def test_export_dot_of_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = write(tmp_path, "plein.yaml", dump(plein()))
    code, out, _ = run(capsys, "export", "-f", "dot", str(source))
    assert code == 0 and out.startswith('digraph "plein" {')


def test_export_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    code, _, err = run(capsys, "export", "--format", "dot", "bestaat-niet")
    assert code == 2 and "niet gevonden" in err
    code, _, err = run(capsys, "export", "--format", "dot", str(data_dir / "valid" / "quiz.yaml"))
    assert code == 2 and "is een quiz" in err
    broken = write(tmp_path, "kapot.yaml", dump(plein()).replace("goto: buren", "goto: x"))
    code, _, err = run(capsys, "export", "--format", "twee", str(broken))
    assert code == 1 and "'x' bestaat niet" in err
    with pytest.raises(SystemExit) as caught:
        main(["export", "--format", "pdf", "plein"])
    assert caught.value.code == 2


# diff


@pytest.mark.usefixtures("stored")
def test_diff_two_versions(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "diff", "plein@1", "plein@2")
    assert code == 1
    assert out.splitlines() == [
        "plein@1 → plein@2: 2 wijziging(en)",
        "~ title: 'Het plein' → 'Het plein 2'",
        "> node 'buren' heet nu 'de_buren'",
    ]


@pytest.mark.usefixtures("stored")
def test_diff_in_english_and_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--lang", "en", "diff", "plein@1", "plein@2")
    assert code == 1 and "> node 'buren' renamed to 'de_buren'" in out
    code, out, _ = run(capsys, "diff", "--json", "plein@1", "plein@2")
    data = json.loads(out)
    assert code == 1 and data["renamed"] == {"buren": "de_buren"}
    assert (data["old"], data["new"]) == ("plein@1", "plein@2")


@pytest.mark.usefixtures("stored")
def test_diff_without_differences_exits_0(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    same = write(tmp_path, "kopie.yaml", dump(plein(version=9)))
    code, out, _ = run(capsys, "diff", "plein@1", str(same))
    assert code == 0
    assert out.strip() == "plein@1 en plein@9 zijn inhoudelijk gelijk"


def test_diff_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "diff", "plein@1", "plein@2")
    assert code == 2 and "niet gevonden" in err and "plein@1" in err


def test_import_of_a_twee_file_without_passages_or_not_utf8_stores_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "import", str(write(tmp_path, "leeg.twee", "Geen passages.\n")))
    assert code == 1 and "geen passages gevonden" in out
    latin1 = tmp_path / "oud.tw"
    latin1.write_bytes(":: Start\nCaf\xe9\n".encode("latin-1"))
    code, out, _ = run(capsys, "import", str(latin1))
    assert code == 1 and "geen geldige UTF-8" in out
    assert user_files() == []
