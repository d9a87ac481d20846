"""Hatch build hook: compile the PO catalogues to ``.mo`` files for the wheel.

The ``.po`` files under ``src/burgerschap/i18n/locale`` are the source of
truth; the game reads compiled ``.mo`` files (fast, and no Babel at run time).
The hook compiles each one with Babel (a build requirement) next to its
``.po``: a wheel then carries them (``force_include``), and an editable install
(``pip install -e .``) finds them in the source tree. The ``.mo`` files are
not committed (``.gitignore``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CatalogueBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    """Compile ``locale/*/LC_MESSAGES/*.po`` to ``.mo`` before the wheel is built."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        from babel.messages.mofile import write_mo
        from babel.messages.pofile import read_po

        root = Path(self.root)
        locale = root / "src" / "burgerschap" / "i18n" / "locale"
        for po in sorted(locale.glob("*/LC_MESSAGES/*.po")):
            with po.open("rb") as f:
                catalog = read_po(f)
            errors = [(m.id, e) for m, e in catalog.check()]
            if errors:
                raise RuntimeError(f"{po}: {errors[:5]}")
            mo = po.with_suffix(".mo")
            with mo.open("wb") as f:
                write_mo(f, catalog, use_fuzzy=False)
            if self.target_name == "wheel" and version != "editable":
                relative = mo.relative_to(root / "src").as_posix()
                build_data["force_include"][str(mo)] = relative
