"""Saving the work as a file of one's own choosing: a student's own version for the teacher.

The editor's F9 asks where to write (a USB stick, the folder of the school's
learning environment) and writes the work as one YAML file, the same as
``burgerschap export --format yaml``; the teacher adds it to the library
with ``burgerschap import FILE``. An existing file is never replaced, and
work with errors is written as it is, saying so.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from burgerschap.tui.screens.ask import AskDialog

if TYPE_CHECKING:
    from burgerschap.tui.screens.editor_base import EditorBase


def suggested_path(doc_id: str) -> Path:
    """Where the file goes unless the user says otherwise: the home folder."""
    return Path.home() / f"{doc_id}.yaml"


def ask_and_write(screen: EditorBase) -> None:
    """Ask for a file name and write the work there."""

    def problem(name: str) -> str | None:
        path = Path(name).expanduser()
        if not name:
            return ""
        if path.exists():
            return screen.t("tui.editor.file.exists", path=str(path))
        if not path.parent.is_dir():
            return screen.t("tui.editor.file.no_folder", folder=str(path.parent))
        return None

    def answered(answer: tuple[str, str] | None) -> None:
        if answer is not None:
            write(screen, Path(answer[0]).expanduser())

    screen.app.push_screen(
        AskDialog(
            screen.t("tui.editor.file.title"),
            screen.t("tui.editor.file.explain"),
            value=str(suggested_path(screen.session.doc_id)),
            check=problem,
        ),
        answered,
    )


def write(screen: EditorBase, path: Path) -> bool:
    """Write the work to ``path`` (never over an existing file); False when that failed."""
    from burgerschap.scenario.atomic import atomic_write
    from burgerschap.scenario.serialize import dump, dump_data, inspect_data

    inspection = inspect_data(screen.session.data)
    doc = inspection.document
    valid = doc is not None and not inspection.errors
    if valid and doc is not None:  # dated like a saved version, so the teacher sees when
        text = dump(
            doc.model_copy(update={"saved": datetime.now().replace(second=0, microsecond=0)})
        )
    else:
        text = dump_data(screen.session.data)
    try:
        atomic_write(path, text.encode("utf-8"), exclusive=True)
    except OSError as exc:  # FileExistsError too: someone wrote it meanwhile
        screen.notify(screen.t("tui.editor.file.failed", reason=str(exc)), severity="error")
        return False
    if valid:
        text = screen.t("tui.editor.file.written", path=str(path), name=path.name)
    else:
        text = screen.tn("tui.editor.file.written_draft", len(inspection.errors), path=str(path))
    screen.notify(text, timeout=12)
    return True
