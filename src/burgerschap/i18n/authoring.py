"""Strings of import, export and diff on the command line."""

from __future__ import annotations

AUTHORING_STRINGS: dict[str, dict[str, str]] = {
    # Authoring: burgerschap import / export / diff
    "cli.not_found": {
        "nl": "niet gevonden (geen bestand, en niet in de bibliotheek): {ref}",
        "en": "not found (no such file, and not in the library): {ref}",
    },
    "cli.import.help": {
        "nl": "voeg een scenario toe aan je bibliotheek (YAML, of Twine als .twee)",
        "en": "add a scenario to your library (YAML, or Twine as .twee)",
    },
    "cli.import.file.help": {
        "nl": "het bestand: .yaml/.yml (scenario) of .twee/.tw (Twine, Twee 3)",
        "en": "the file: .yaml/.yml (scenario) or .twee/.tw (Twine, Twee 3)",
    },
    "cli.import.unknown_format": {
        "nl": "onbekend soort bestand: {path} (verwacht .yaml, .yml, .twee of .tw)",
        "en": "unknown kind of file: {path} (expected .yaml, .yml, .twee or .tw)",
    },
    "cli.import.refused": {
        "nl": "{path} is niet opgeslagen: los eerst de fouten hierboven op",
        "en": "{path} was not stored: fix the errors above first",
    },
    "cli.import.identical": {
        "nl": "{ref} staat al in je bibliotheek met precies deze inhoud; niets opgeslagen",
        "en": "{ref} is already in your library with exactly this content; nothing stored",
    },
    "cli.import.saved": {"nl": "opgeslagen als {ref}: {path}", "en": "stored as {ref}: {path}"},
    "cli.import.renumbered": {
        "nl": "versie {wanted} bestond al en blijft zoals hij was; dit is versie {version}",
        "en": "version {wanted} already existed and is left as it was; this is version {version}",
    },
    "cli.import.from_burgerschap": {
        "nl": "dit Twine-verhaal is een export van {ref} uit Burgerschap, met alle gegevens",
        "en": "this Twine story is an export of {ref} from Burgerschap, with all its data",
    },
    "cli.import.draft_saved": {
        "nl": "Twine-verhaal omgezet naar een concept: {path}",
        "en": "Twine story converted to a draft: {path}",
    },
    "cli.import.draft_errors": {
        "nl": "het concept heeft nog {errors} fout(en) (zie hierboven). Verbeter het in de "
        "editor, of pas het bestand aan en importeer het: burgerschap import {path}",
        "en": "the draft still has {errors} error(s) (see above). Fix it in the editor, "
        "or edit the file and import it: burgerschap import {path}",
    },
    "cli.import.draft_ok": {
        "nl": "het concept is geldig maar heeft nog geen effecten. Voeg ze toe in de editor, "
        "of pas het bestand aan en importeer het: burgerschap import {path}",
        "en": "the draft is valid but has no effects yet. Add them in the editor, "
        "or edit the file and import it: burgerschap import {path}",
    },
    "cli.export.help": {
        "nl": "exporteer een scenario als bestand (YAML), als Twine-verhaal (Twee) of als kaart "
        "(Mermaid, Graphviz)",
        "en": "export a scenario as a file (YAML), as a Twine story (Twee) or as a map "
        "(Mermaid, Graphviz)",
    },
    "cli.export.format.help": {
        "nl": "yaml (het scenario zelf, om te delen), twee (Twine 2), mermaid of dot (Graphviz)",
        "en": "yaml (the scenario itself, to share), twee (Twine 2), mermaid or dot (Graphviz)",
    },
    "cli.export.output.help": {
        "nl": "schrijf naar dit bestand (standaard: het scherm)",
        "en": "write to this file (default: standard output)",
    },
    "cli.export.id.help": {
        "nl": "scenario: id of id@versie uit de bibliotheek, of een bestand",
        "en": "scenario: id or id@version from the library, or a file",
    },
    "cli.export.not_scenario": {
        "nl": "{ref} is een quiz; een quiz kan alleen als yaml worden geëxporteerd",
        "en": "{ref} is a quiz; a quiz can only be exported as yaml",
    },
    "cli.export.draft": {
        "nl": "{ref} heeft nog geen versie; dit is het concept {path}",
        "en": "{ref} has no version yet; this is the draft {path}",
    },
    "cli.export.glossary": {
        "nl": "{ref} is een woordenlijst; alleen scenario's kunnen worden geëxporteerd",
        "en": "{ref} is a glossary; only scenarios can be exported",
    },
    "cli.export.written": {"nl": "geschreven: {path}", "en": "written: {path}"},
    "cli.versions.help": {
        "nl": "toon alle versies van een scenario: wanneer bewaard en wat er veranderde",
        "en": "list every version of a scenario: when it was saved and what changed",
    },
    "cli.versions.id.help": {
        "nl": "het id van het scenario (bijvoorbeeld bankje)",
        "en": "the scenario's id (for example bankje)",
    },
    "cli.versions.title": {"nl": "{id}: {title}", "en": "{id}: {title}"},
    "cli.versions.source.builtin": {"nl": "ingebouwd", "en": "built in"},
    "cli.versions.source.user": {"nl": "eigen", "en": "your own"},
    "cli.versions.damaged": {
        "nl": "  kan niet gelezen worden: {path} (burgerschap validate {path} zegt waarom)",
        "en": "  cannot be read: {path} (burgerschap validate {path} says why)",
    },
    "cli.versions.draft": {
        "nl": "  concept (nog niet speelbaar): {path}",
        "en": "  draft (not playable yet): {path}",
    },
    "cli.versions.based_on": {"nl": "gebaseerd op: {chain}", "en": "based on: {chain}"},
    "cli.versions.copies": {
        "nl": "kopieën hiervan: {refs}",
        "en": "copies of this one: {refs}",
    },
    "cli.versions.folder": {
        "nl": "je eigen versies staan in {path}",
        "en": "your own versions are in {path}",
    },
    "cli.diff.help": {
        "nl": "toon wat er inhoudelijk verschilt tussen twee versies",
        "en": "show what differs in content between two versions",
    },
    "cli.diff.ref.help": {
        "nl": "id@versie (of id, de nieuwste) uit de bibliotheek, of een bestand",
        "en": "id@version (or id, the newest) from the library, or a file",
    },
    "cli.diff.json.help": {
        "nl": "druk de verschillen af als JSON",
        "en": "print the differences as JSON",
    },
}
