"""The authoring core (versions, edit, diff, Twee, maps) loads no UI code: the editor
screens call it, and the command line uses it without starting the app."""

from __future__ import annotations

import subprocess
import sys

MODULES = [
    "burgerschap.scenario.serialize",
    "burgerschap.scenario.versions",
    "burgerschap.scenario.edit",
    "burgerschap.scenario.references",
    "burgerschap.scenario.diff",
    "burgerschap.scenario.diff_lines",
    "burgerschap.i18n.diff_words",
    "burgerschap.i18n.problem_words",
    "burgerschap.scenario.twee",
    "burgerschap.scenario.twine_html",
    "burgerschap.scenario.twine_convert",
    "burgerschap.scenario.twine_drafts",
    "burgerschap.scenario.twine_report",
    "burgerschap.scenario.diagram",
    "burgerschap.commands.import_file",
    "burgerschap.commands.export",
    "burgerschap.commands.diff",
]


def test_authoring_modules_import_no_ui() -> None:
    code = (
        "import importlib, sys\n"
        f"for name in {MODULES!r}:\n"
        "    importlib.import_module(name)\n"
        "leaks = sorted(m for m in sys.modules if m.split('.')[0] in {'textual', 'rich'})\n"
        "print(','.join(leaks))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
