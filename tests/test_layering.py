"""The domain stays free of UI code: importing it never loads textual or rich."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize(
    "module",
    ["burgerschap", "burgerschap.scenario", "burgerschap.classroom.store", "burgerschap.cli"],
)
def test_domain_imports_no_ui(module: str) -> None:
    code = (
        f"import sys, {module}\n"
        "leaks = sorted(m for m in sys.modules if m.split('.')[0] in {'textual', 'rich'})\n"
        "print(','.join(leaks))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


@pytest.mark.parametrize(
    "module", ["burgerschap.cli", "burgerschap.tui.app", "burgerschap.launch.play"]
)
def test_start_up_path_stays_light(module: str) -> None:
    """The game paints its home screen before the domain (pydantic, models) is loaded,
    and ``burgerschap`` without arguments needs neither argparse nor sqlite3 for that,
    nor hashlib and secrets (the lesson claims' heartbeat starts after the first frame)."""
    code = (
        f"import sys, {module}\n"
        "heavy = ('pydantic', 'burgerschap.scenario.models', 'argparse', 'sqlite3', 'psycopg',\n"
        "         'hashlib', 'secrets')\n"
        "heavy = sorted(m for m in heavy if m in sys.modules)\n"
        "print(','.join(heavy))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
