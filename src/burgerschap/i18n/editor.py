"""Interface strings of the scenario editor (Dutch and English).

Merged into :data:`burgerschap.i18n.STRINGS`; use them through :func:`~burgerschap.i18n.t`.
"""

from __future__ import annotations

EDITOR_STRINGS: dict[str, dict[str, str]] = {
    "tui.editor.settings.heading": {
        "nl": "Over dit scenario",
        "en": "About this scenario",
    },
    "tui.editor.settings.title": {
        "nl": "Titel",
        "en": "Title",
    },
    "tui.editor.settings.id": {
        "nl": "Id",
        "en": "Id",
    },
    "tui.editor.settings.summary": {
        "nl": "Samenvatting",
        "en": "Summary",
    },
    "tui.editor.settings.language": {
        "nl": "Taal",
        "en": "Language",
    },
    "tui.editor.settings.authors": {
        "nl": "Auteurs",
        "en": "Authors",
    },
    "tui.editor.settings.tags": {
        "nl": "Tags",
        "en": "Tags",
    },
    "tui.editor.settings.minutes": {
        "nl": "Minuten",
        "en": "Minutes",
    },
    "tui.editor.settings.start": {
        "nl": "Begint bij",
        "en": "Starts at",
    },
    "tui.editor.settings.allow_back": {
        "nl": "Leerlingen mogen een stap terug",
        "en": "Students may go back a step",
    },
    "tui.editor.settings.reflection": {
        "nl": "Reflectievraag",
        "en": "Reflection question",
    },
    "tui.editor.dimensions": {
        "nl": "Dimensies (waarop gescoord wordt)",
        "en": "Dimensions (what is scored)",
    },
    "tui.editor.dim.label": {
        "nl": "Naam",
        "en": "Label",
    },
    "tui.editor.dim.description": {
        "nl": "Omschrijving",
        "en": "Description",
    },
    "tui.editor.dim.low": {
        "nl": "Feedback laag",
        "en": "Feedback low",
    },
    "tui.editor.dim.middle": {
        "nl": "Feedback midden",
        "en": "Feedback middle",
    },
    "tui.editor.dim.high": {
        "nl": "Feedback hoog",
        "en": "Feedback high",
    },
    "tui.editor.dimension.add": {
        "nl": "Nieuwe dimensie",
        "en": "New dimension",
    },
    "tui.editor.dimension.rename": {
        "nl": "Dimensie hernoemen",
        "en": "Rename dimension",
    },
    "tui.editor.dimension.explain": {
        "nl": (
            "Een korte naam met kleine letters, cijfers en -, zoals 'participatie'. "
            "Effecten en voorwaarden gebruiken deze naam."
        ),
        "en": (
            "A short name with lower-case letters, digits and -, such as "
            "'participatie'. Effects and conditions use this name."
        ),
    },
    "tui.editor.dimension.invalid": {
        "nl": "Gebruik alleen a-z, 0-9 en -.",
        "en": "Use only a-z, 0-9 and -.",
    },
    "tui.editor.add.title": {
        "nl": "Nieuwe node",
        "en": "New node",
    },
    "tui.editor.add.explain": {
        "nl": "Kies de soort en een naam (letters, cijfers, _ en -).",
        "en": "Choose the kind and a name (letters, digits, _ and -).",
    },
    "tui.editor.new_node_name": {
        "nl": "node",
        "en": "node",
    },
    "tui.editor.rename.title": {
        "nl": "Node '{node}' hernoemen",
        "en": "Rename node '{node}'",
    },
    "tui.editor.rename.explain": {
        "nl": "Alle verwijzingen (de start, keuzes, vragen en voorwaarden) gaan mee.",
        "en": "Every reference (the start, choices, questions and conditions) follows.",
    },
    "tui.editor.name.invalid": {
        "nl": "Gebruik letters, cijfers, _ en - (geen spaties).",
        "en": "Use letters, digits, _ and - (no spaces).",
    },
    "tui.editor.name.taken": {
        "nl": "De naam '{name}' is al in gebruik.",
        "en": "The name '{name}' is already in use.",
    },
    "tui.editor.renamed": {
        "nl": "'{old}' heet nu '{new}'; {count} verwijzing(en) aangepast.",
        "en": "'{old}' is now '{new}'; {count} reference(s) updated.",
    },
    "tui.editor.refused": {
        "nl": "Dat kan niet",
        "en": "That cannot be done",
    },
    "tui.editor.delete.refused": {
        "nl": (
            "'{node}' kan niet weg: er wordt nog naar verwezen vanuit {referrers}. "
            "Pas die verwijzingen eerst aan."
        ),
        "en": (
            "'{node}' cannot go: it is still referred to from {referrers}. Change "
            "those references first."
        ),
    },
    "tui.editor.deleted": {
        "nl": "'{node}' is verwijderd (Ctrl+Z maakt het ongedaan).",
        "en": "'{node}' was deleted (Ctrl+Z undoes it).",
    },
    "tui.editor.saved": {
        "nl": "Bewaard als versie {ref} ({file}).",
        "en": "Saved as version {ref} ({file}).",
    },
    "tui.editor.note.title": {
        "nl": "Nieuwe versie bewaren",
        "en": "Save a new version",
    },
    "tui.editor.note.explain": {
        "nl": (
            "Wat heb je veranderd? Schrijf het in één regel, dan zie je het terug in de "
            "lijst met versies. Je mag het ook leeg laten."
        ),
        "en": (
            "What did you change? Write it in one line and you will see it in the list "
            "of versions. You may also leave it empty."
        ),
    },
    "tui.editor.note.too_long": {
        "nl": "Te lang: hoogstens {limit} tekens.",
        "en": "Too long: at most {limit} characters.",
    },
    "tui.editor.note.cancelled": {
        "nl": "Niet bewaard.",
        "en": "Not saved.",
    },
    "tui.editor.file.title": {
        "nl": "Bewaren als bestand",
        "en": "Save as a file",
    },
    "tui.editor.file.explain": {
        "nl": (
            "Waar moet het bestand komen? Bijvoorbeeld op een USB-stick, of in een map die "
            "je daarna inlevert in de leeromgeving van school. Je docent zet het in de "
            "bibliotheek met 'burgerschap import'."
        ),
        "en": (
            "Where should the file go? For example on a USB stick, or in a folder you then "
            "hand in through the school's learning environment. Your teacher adds it to the "
            "library with 'burgerschap import'."
        ),
    },
    "tui.editor.file.exists": {
        "nl": "{path} bestaat al; kies een andere naam.",
        "en": "{path} already exists; choose another name.",
    },
    "tui.editor.file.no_folder": {
        "nl": "De map {folder} bestaat niet.",
        "en": "The folder {folder} does not exist.",
    },
    "tui.editor.file.failed": {
        "nl": "Niet bewaard: {reason}",
        "en": "Not saved: {reason}",
    },
    "tui.editor.file.written": {
        "nl": (
            "Bewaard als {path}. Je docent zet het in de bibliotheek met: burgerschap import {name}"
        ),
        "en": (
            "Saved as {path}. Your teacher adds it to the library with: burgerschap import {name}"
        ),
    },
    "tui.editor.file.written_draft": {
        "nl": (
            "Bewaard als {path}, maar er zijn nog {count} fout(en): je docent kan het pas "
            "importeren als ze opgelost zijn."
        ),
        "en": (
            "Saved as {path}, but there are still {count} error(s): your teacher can import "
            "it once they are fixed."
        ),
    },
    "tui.editor.saved.same": {
        "nl": "Niets bewaard: {ref} heeft al precies deze inhoud.",
        "en": "Nothing saved: {ref} already has exactly this content.",
    },
    "tui.editor.saved.draft": {
        "nl": (
            "Bewaard als concept {file}. Er zijn nog {count} fout(en); los ze op om "
            "een speelbare versie te bewaren."
        ),
        "en": (
            "Saved as draft {file}. There are still {count} error(s); fix them to "
            "save a playable version."
        ),
    },
    "tui.editor.save.failed": {
        "nl": "Niet bewaard: {reason}",
        "en": "Not saved: {reason}",
    },
    "tui.editor.try.invalid": {
        "nl": "Testen kan pas als het scenario geen fouten meer heeft.",
        "en": "Testing works once the scenario has no errors.",
    },
    "tui.editor.close.title": {
        "nl": "Niet bewaarde wijzigingen",
        "en": "Unsaved changes",
    },
    "tui.editor.close.text": {
        "nl": "Je hebt wijzigingen die nog niet bewaard zijn.",
        "en": "You have changes that are not saved yet.",
    },
    "tui.editor.close.save": {
        "nl": "Bewaren",
        "en": "Save",
    },
    "tui.editor.close.discard": {
        "nl": "Weggooien",
        "en": "Discard",
    },
    "tui.editor.close.cancel": {
        "nl": "Annuleren",
        "en": "Cancel",
    },
    "tui.editor.yaml.apply": {
        "nl": "Toepassen",
        "en": "Apply",
    },
    "tui.editor.yaml.hint": {
        "nl": "Pas de YAML aan; wat je typt, wordt toegepast als je de tab verlaat.",
        "en": "Edit the YAML; what you type is applied when you leave the tab.",
    },
    "tui.editor.yaml.modified": {
        "nl": "Aangepast, nog niet toegepast",
        "en": "Changed, not applied yet",
    },
    "tui.editor.yaml.applied": {
        "nl": "De YAML is toegepast.",
        "en": "The YAML was applied.",
    },
    "tui.editor.yaml.unreadable": {
        "nl": "Deze YAML kan niet worden gelezen; zie de fouten onder de tekst.",
        "en": "This YAML cannot be read; see the errors under the text.",
    },
    "tui.editor.yaml.not_mapping": {
        "nl": "De YAML moet beginnen met sleutels zoals 'id:' en 'title:'.",
        "en": "The YAML must start with keys such as 'id:' and 'title:'.",
    },
    "tui.editor.map.invalid": {
        "nl": "De kaart verschijnt als de velden kloppen; los eerst de fouten op.",
        "en": "The map appears once the fields are right; fix the errors first.",
    },
    "tui.editor.map.start": {
        "nl": "start",
        "en": "start",
    },
    "tui.editor.map.unreachable": {
        "nl": "onbereikbaar",
        "en": "unreachable",
    },
    "tui.editor.map.dead": {
        "nl": "loopt dood",
        "en": "dead end",
    },
    "tui.editor.template.id": {
        "nl": "nieuw-scenario",
        "en": "new-scenario",
    },
    "tui.editor.template.title": {
        "nl": "Nieuw scenario",
        "en": "New scenario",
    },
    "tui.editor.template.participation": {
        "nl": "Participatie",
        "en": "Participation",
    },
    "tui.editor.template.collaboration": {
        "nl": "Samenwerking",
        "en": "Collaboration",
    },
    "tui.editor.template.text": {
        "nl": "Hier begint het verhaal. Wat gebeurt er?",
        "en": "The story starts here. What happens?",
    },
    "tui.editor.template.choice": {
        "nl": "Ik doe mee.",
        "en": "I join in.",
    },
    "tui.editor.template.ending": {
        "nl": "Einde",
        "en": "The end",
    },
}
