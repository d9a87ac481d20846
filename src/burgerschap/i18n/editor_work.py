"""Interface strings about keeping the editor's work: recovery drafts, errors, placeholders.

Merged into :data:`burgerschap.i18n.STRINGS`; use them through :func:`~burgerschap.i18n.t`.
"""

from __future__ import annotations

EDITOR_WORK_STRINGS: dict[str, dict[str, str]] = {
    "tui.key.dismiss_menu": {
        "nl": "Lijst sluiten",
        "en": "Close list",
    },
    "tui.editor.failed.title": {
        "nl": "Er ging iets mis",
        "en": "Something went wrong",
    },
    "tui.editor.failed": {
        "nl": "Dat lukte niet door een fout in het programma ({error}). Je werk is niet"
        " verloren: de editor blijft open en bewaart het. Bewaar het zo snel mogelijk"
        " (Ctrl+S).",
        "en": "That did not work because of an error in the program ({error}). Your work is"
        " not lost: the editor stays open and keeps it. Save it soon (Ctrl+S).",
    },
    "tui.editor.recovery.failed": {
        "nl": "De editor kan je werk niet tussendoor bewaren ({reason}). Bewaar het zelf"
        " met Ctrl+S.",
        "en": "The editor cannot keep your work as you go ({reason}). Save it yourself"
        " with Ctrl+S.",
    },
    "tui.recovery.title": {
        "nl": "Werk dat nog niet bewaard is",
        "en": "Work that was not saved",
    },
    "tui.recovery.text": {
        "nl": "De editor stopte de vorige keer voordat je werk bewaard was: '{title}' ({id}),"
        " {when}. Wil je het terug in de editor?",
        "en": "Last time the editor stopped before your work was saved: '{title}' ({id}),"
        " {when}. Do you want it back in the editor?",
    },
    "tui.recovery.when": {
        "nl": "op {date} om {time}",
        "en": "on {date} at {time}",
    },
    "tui.recovery.when.unknown": {
        "nl": "kort geleden",
        "en": "a while ago",
    },
    "tui.recovery.restore": {
        "nl": "Terughalen",
        "en": "Restore",
    },
    "tui.recovery.discard": {
        "nl": "Weggooien",
        "en": "Discard",
    },
    "tui.recovery.later": {
        "nl": "Later",
        "en": "Later",
    },
    "tui.recovery.restored": {
        "nl": "Je werk is terug. Bewaar het met Ctrl+S.",
        "en": "Your work is back. Save it with Ctrl+S.",
    },
    "tui.recovery.discarded": {
        "nl": "Het werk is weggegooid.",
        "en": "The work was thrown away.",
    },
    "tui.editor.placeholder.refused": {
        "nl": "Nog niet als versie bewaard: vul eerst in wat nog '…' of '—' is. {fields}",
        "en": "Not saved as a version yet: first fill in what is still '…' or '—'. {fields}",
    },
}
