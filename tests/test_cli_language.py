"""The command line's own words (argparse's headings and usage errors) in the user's language."""

from __future__ import annotations

import pytest

from burgerschap.cli import main


def usage_error(args: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as exit_info:
        main(args)
    assert exit_info.value.code == 2
    return capsys.readouterr().err


def test_a_missing_argument_is_said_in_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    err = usage_error(["--lang", "nl", "lesson", "new"], capsys)
    assert "gebruik: burgerschap lesson new" in err
    assert "fout: deze argumenten ontbreken: --scenario, --title" in err
    assert "required" not in err


def test_and_in_english_when_asked(capsys: pytest.CaptureFixture[str]) -> None:
    # After a Dutch run in the same process: the English texts come back.
    usage_error(["--lang", "nl", "lesson", "new"], capsys)
    err = usage_error(["--lang", "en", "lesson", "new"], capsys)
    assert "usage: burgerschap lesson new" in err
    assert "error: the following arguments are required: --scenario, --title" in err


@pytest.mark.parametrize(
    ("args", "dutch"),
    [
        (["--lang", "nl", "--toveren"], "onbekende argumenten: --toveren"),
        (["--lang", "nl", "check", "--random", "veel"], "fout: bij --random: moet een heel getal"),
        (["--lang", "nl", "export", "--format", "pdf"], "onbekende keuze: 'pdf'"),
    ],
)
def test_usage_errors_in_dutch(
    args: list[str], dutch: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert dutch in usage_error(args, capsys)


def test_help_headings_in_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--lang", "nl", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("gebruik: burgerschap")
    assert "\nopties:\n" in out
    assert "toon deze hulp en stop" in out
    assert "toon de versie van Burgerschap en stop" in out
    assert "show this help" not in out


def test_the_pseudo_locale_leaves_argparse_dutch(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # argparse's catalogue is Dutch only: the pseudo-locale (English made strange) keeps it.
    from burgerschap.i18n import catalog

    monkeypatch.setenv(catalog.PSEUDO_ENV, "1")
    catalog.forget()
    try:
        err = usage_error(["--lang", "nl", "lesson", "new"], capsys)
    finally:
        monkeypatch.delenv(catalog.PSEUDO_ENV)
        catalog.forget()
    assert "gebruik: burgerschap lesson new" in err
