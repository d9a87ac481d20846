"""``burgerschap import``, ``export`` and ``diff`` as a user runs them: output and exit codes."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from authoring_docs import plein
from burgerschap.cli import main
from burgerschap.paths import data_dir, user_library_dir
from burgerschap.scenario import edit
from burgerschap.scenario.library import Library
from burgerschap.scenario.loader import load_file
from burgerschap.scenario.models import Scenario
from burgerschap.scenario.serialize import dump
from burgerschap.scenario.twee import parse_passages
from burgerschap.scenario.versions import fork, save_version

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
    stored = load_file(user_library_dir() / "plein@1.yaml").document
    assert stored.model_copy(update={"saved": None}) == plein()


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
    assert "the draft still has 1 error (see above)" in out
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


def edit_renamed() -> Scenario:
    """plein@2: a new title and a renamed node."""
    renamed = edit.rename_node(plein(title="Het plein 2", version=2), "buren", "de_buren")
    assert isinstance(renamed, Scenario)
    return renamed


@pytest.fixture
def stored() -> None:
    save_version(plein(), user_library_dir())
    save_version(edit_renamed(), user_library_dir())


@pytest.mark.usefixtures("stored")
def test_export_twee_to_stdout_with_warnings_on_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "export", "--format", "twee", "plein@1")
    assert code == 0
    passages, problems = parse_passages(out)
    assert problems == []
    assert [p.name for p in passages][:3] == ["StoryTitle", "StoryData", "begin"]
    assert passages[0].text == "Het plein"
    assert err.startswith("plein@1: waarschuwing: punten, voorwaarden, vlaggen, feedback")
    assert "Twine zelf bewaart ze niet" in err and "(bij 3 van de 5 nodes)" in err


@pytest.mark.usefixtures("stored")
def test_export_twee_and_import_it_again_gives_the_same_scenario(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "plein.twee"
    assert run(capsys, "export", "--format", "twee", "plein@2", "-o", str(target))[0] == 0
    code, out, _ = run(capsys, "import", str(target))
    assert code == 0
    assert out.splitlines() == [
        "dit Twine-verhaal is een export van plein@2 uit Burgerschap, met alle gegevens",
        "plein@2 staat al in je bibliotheek met precies deze inhoud; niets opgeslagen",
    ]
    # In another library (a colleague's) it becomes the same version, not a draft.
    for path in user_library_dir().iterdir():
        path.unlink()
    code, out, _ = run(capsys, "import", str(target))
    assert code == 0 and "opgeslagen als plein@2" in out
    assert user_files() == ["plein@2.yaml"]
    again = load_file(user_library_dir() / "plein@2.yaml").document
    assert again.saved is not None  # the moment it was saved in the first library
    assert again == edit_renamed().model_copy(update={"saved": again.saved})


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
        "plein@1 → plein@2: 2 wijzigingen",
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


# Library refs everywhere: validate, check, export, diff share one way to find them


@pytest.mark.usefixtures("stored")
def test_validate_and_check_take_ids_and_versions(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "validate", "plein@1", "plein")
    assert code == 0
    library = user_library_dir()
    assert out.splitlines()[-1] == "2 bestanden gecontroleerd: 0 fouten, 0 waarschuwingen"
    code, out, _ = run(capsys, "check", "--json", "plein@1", "plein")
    assert code == 0
    found = json.loads(out)["scenarios"]
    assert [(s["path"], s["version"]) for s in found] == [
        (str(library / "plein@1.yaml"), 1),
        (str(library / "plein@2.yaml"), 2),
    ]
    code, _, err = run(capsys, "check", "plein@7")
    assert code == 2 and "niet gevonden (geen bestand, en niet in de bibliotheek): plein@7" in err


@pytest.mark.usefixtures("stored")
def test_a_damaged_version_cannot_be_read_and_says_why(
    capsys: pytest.CaptureFixture[str],
) -> None:
    damaged = user_library_dir() / "plein@3.yaml"
    damaged.write_text(dump(plein(version=3)).replace("goto: buren", "goto: x"), "utf-8")
    code, _, err = run(capsys, "export", "--format", "dot", "plein@3")
    assert code == 1
    lines = err.splitlines()
    assert (
        lines[0]
        == f"{damaged}: fout: versie plein@3 kan niet gelezen worden: het bestand heeft 1 fout"
    )
    assert "'x' bestaat niet (in node 'begin')" in lines[1] and lines[1].startswith(f"{damaged}:")
    code, out, _ = run(capsys, "diff", "plein@1", "plein@3")
    assert code == 2 and "versie plein@3 kan niet gelezen worden" in out
    code, out, _ = run(capsys, "validate", "plein@3")
    assert code == 1 and f"{damaged}:" in out and "'x' bestaat niet" in out
    # The newest valid version is still what the id stands for.
    assert run(capsys, "export", "--format", "dot", "plein")[0] == 0


def test_a_draft_is_exported_by_its_id_and_named_as_a_draft(
    capsys: pytest.CaptureFixture[str],
) -> None:
    library = user_library_dir()
    library.mkdir(parents=True)
    draft = library / "plein.draft.yaml"
    draft.write_text(dump(plein()), "utf-8")
    code, out, err = run(capsys, "export", "--format", "dot", "plein")
    assert code == 0 and out.startswith('digraph "plein" {')
    assert f"plein heeft nog geen versie; dit is het concept {draft}" in err
    assert run(capsys, "validate", "plein")[0] == 0
    draft.write_text(dump(plein()).replace("goto: buren", "goto: x"), "utf-8")
    code, _, err = run(capsys, "--lang", "en", "export", "--format", "dot", "plein")
    assert code == 1
    assert err.splitlines()[0] == (
        f"{draft}: error: plein is still a draft with 1 error; fix it in the editor "
        "and save it as a version, then you can use it"
    )
    code, out, _ = run(capsys, "validate", "plein")
    assert code == 1 and f"{draft}:" in out


# versions


def test_versions_lists_every_version_with_its_moment_and_note(
    capsys: pytest.CaptureFixture[str],
) -> None:
    library = user_library_dir()
    save_version(plein(), library, note="Eerste opzet", now=datetime(2026, 12, 1, 9, 5))
    save_version(plein(title="Het plein 2"), library, now=datetime(2026, 12, 3, 14, 30))
    copy = fork(plein(version=2), "plein-noor")
    save_version(copy, library, note="Mijn einde", now=datetime(2026, 12, 4, 10, 0))
    (library / "plein@3.yaml").write_text("kapot: [", "utf-8")
    (library / "plein.draft.yaml").write_text(dump(plein()), "utf-8")
    code, out, _ = run(capsys, "versions", "plein")
    assert code == 0
    assert out.splitlines() == [
        "plein: Het plein 2",
        "  plein@1  1 december 2026, 09:05  eigen  Eerste opzet",
        "  plein@2  3 december 2026, 14:30  eigen",
        f"  kan niet gelezen worden: {library / 'plein@3.yaml'} "
        f"(burgerschap validate {library / 'plein@3.yaml'} zegt waarom)",
        f"  concept (nog niet speelbaar): {library / 'plein.draft.yaml'}",
        "kopieën hiervan: plein-noor@1",
        f"je eigen versies staan in {library}",
    ]
    code, out, _ = run(capsys, "--lang", "en", "versions", "plein-noor@1")
    assert code == 0
    assert out.splitlines()[:3] == [
        "plein-noor: Het plein",
        "  plein-noor@1  4 December 2026, 10:00  your own  Mijn einde",
        "based on: plein@2",
    ]


def test_versions_of_a_builtin_scenario_and_of_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "versions", "speeltuin")
    assert code == 0 and out.splitlines()[1] == "  speeltuin@1  -  ingebouwd"
    code, _, err = run(capsys, "versions", "bestaat-niet")
    assert code == 2 and "niet gevonden" in err


# A remix reaches the teacher: export --format yaml, then import


def test_a_students_own_version_travels_as_one_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    library = user_library_dir()
    own = fork(plein(), "plein-noor", title="Het plein van Noor")
    save_version(own, library, note="Een eigen einde", now=datetime(2026, 12, 3, 10, 15))
    handed_in = tmp_path / "usb" / "plein-noor.yaml"
    handed_in.parent.mkdir()
    code, out, err = run(capsys, "export", "--format", "yaml", "plein-noor", "-o", str(handed_in))
    assert code == 0 and out == "" and f"geschreven: {handed_in}" in err
    # The teacher's computer: another data folder.
    for path in library.iterdir():
        path.unlink()
    code, out, _ = run(capsys, "import", str(handed_in))
    assert code == 0 and out.startswith("opgeslagen als plein-noor@1: ")
    code, out, _ = run(capsys, "diff", str(handed_in), "plein-noor@1")
    assert code == 0
    stored = load_file(library / "plein-noor@1.yaml").document
    assert (stored.id, stored.based_on, stored.note, str(stored.saved)) == (
        "plein-noor",
        "plein@1",
        "Een eigen einde",
        "2026-12-03 10:15:00",
    )
    assert (library / "plein-noor@1.yaml").read_bytes() == handed_in.read_bytes()


def test_export_yaml_to_stdout_also_for_a_quiz(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    code, out, _ = run(capsys, "export", "--format", "yaml", str(data_dir / "valid" / "quiz.yaml"))
    assert code == 0 and "kind: quiz" in out
    code, out, _ = run(capsys, "export", "-f", "yaml", "speeltuin")
    assert code == 0 and out.startswith("format: 1\nkind: scenario\nid: speeltuin\n")


def test_help_says_where_the_data_folder_is(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert f"staan in de datamap:\n  {data_dir()}\nZet BURGERSCHAP_HOME voor een andere map." in out
