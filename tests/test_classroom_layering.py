"""The classroom has no UI: the dashboard, the debrief and ``serve`` build on it, not in it."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import burgerschap.classroom


def test_classroom_and_lesson_commands_import_no_ui() -> None:
    modules = [
        f"burgerschap.classroom.{m.name}"
        for m in pkgutil.iter_modules(burgerschap.classroom.__path__)
    ]
    modules += ["burgerschap.commands.lesson", "burgerschap.commands.lesson_files"]
    assert "burgerschap.classroom.lessons" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "ui = {'textual', 'rich'}\n"
        "print(','.join(sorted(m for m in sys.modules if m.split('.')[0] in ui)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
