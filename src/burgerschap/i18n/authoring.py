"""Strings of import, export and diff on the command line."""

from __future__ import annotations

AUTHORING_STRINGS: dict[str, dict[str, str]] = {
    # Authoring: burgerschap import / export / diff
    "cli.not_found": {
        "nl": "niet gevonden (geen bestand, en niet in de bibliotheek): {ref}",
        "en": "not found (no such file, and not in the library): {ref}",
    },
    "cli.import.help": {
        "nl": "voeg een scenario toe aan je bibliotheek (YAML, of Twine: .twee of .html)",
        "en": "add a scenario to your library (YAML, or Twine: .twee or .html)",
    },
    "cli.import.file.help": {
        "nl": "het bestand: .yaml/.yml (scenario), .twee/.tw (Twee 3) of .html (Twine 2: een "
        "gepubliceerd verhaal of een archief van je bibliotheek)",
        "en": "the file: .yaml/.yml (scenario), .twee/.tw (Twee 3) or .html (Twine 2: a "
        "published story or an archive of your library)",
    },
    "cli.import.story.help": {
        "nl": "importeer uit een Twine-archief alleen het verhaal met deze naam",
        "en": "import only the story with this name from a Twine archive",
    },
    "cli.import.verbose.help": {
        "nl": "toon elke melding apart, in plaats van samengevat per soort",
        "en": "show every message on its own, instead of summed up per kind",
    },
    "cli.import.unknown_format": {
        "nl": "onbekend soort bestand: {path} (verwacht .yaml, .yml, .twee, .tw of .html)",
        "en": "unknown kind of file: {path} (expected .yaml, .yml, .twee, .tw or .html)",
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
    "cli.import.too_large": {
        "nl": "{path} is te groot ({size} bytes; maximaal {limit})",
        "en": "{path} is too large ({size} bytes; at most {limit})",
    },
    "cli.import.no_story": {
        "nl": "geen Twine 2-verhaal gevonden in {path} (er staat geen <tw-storydata> in); "
        "publiceer het verhaal in Twine 2 (Publish to File) of exporteer het als Twee",
        "en": "no Twine 2 story found in {path} (it holds no <tw-storydata>); publish the story "
        "in Twine 2 (Publish to File) or export it as Twee",
    },
    "cli.import.story_missing": {
        "nl": "geen verhaal '{name}' in {path}; wel: {names}",
        "en": "no story '{name}' in {path}; there is: {names}",
    },
    "cli.import.story_header": {
        "nl": "== verhaal {n} van {total}: {title} ==",
        "en": "== story {n} of {total}: {title} ==",
    },
    "cli.import.grouped": {
        "nl": "{kind} {count}x, bijv. {message}",
        "en": "{kind} {count}x, e.g. {message}",
    },
    "cli.import.grouped_plain": {
        "nl": "{count}x, bijv. {message}",
        "en": "{count}x, e.g. {message}",
    },
    "cli.import.verbose_hint": {
        "nl": "(meldingen van dezelfde soort zijn samengevat; --verbose toont ze allemaal)",
        "en": "(messages of the same kind are summed up; --verbose shows them all)",
    },
    "cli.import.nothing": {
        "nl": "er zijn geen passages om over te nemen; er is niets opgeslagen",
        "en": "there are no passages to take over; nothing was stored",
    },
    "cli.import.draft_saved": {
        "nl": "Twine-verhaal omgezet naar een concept: {path}",
        "en": "Twine story converted to a draft: {path}",
    },
    "cli.import.draft_version_of": {
        "nl": "dit verhaal staat al in je bibliotheek als {ref}; sla je het concept op, dan wordt "
        "het daar een nieuwe versie van",
        "en": "this story is already in your library as {ref}; saving the draft makes it a new "
        "version of that",
    },
    "cli.import.draft_updated": {
        "nl": "dit verhaal was al eerder geïmporteerd: het concept {path} is bijgewerkt; het "
        "vorige concept (met wat je eraan veranderd had) staat in {backup}",
        "en": "this story was imported before: the draft {path} was updated; the previous draft "
        "(with any changes you made to it) is kept in {backup}",
    },
    "cli.import.draft_unchanged": {
        "nl": "dit verhaal was al eerder geïmporteerd en is niet veranderd: {path} blijft zoals "
        "het was",
        "en": "this story was imported before and has not changed: {path} is left as it was",
    },
    "cli.import.stats": {
        "nl": "binnengekomen: {passages} passage(s), {nodes} node(s): {choices} keuze(s) en "
        "{endings} einde(s); {reachable} van de {nodes} nodes bereikbaar vanaf de start",
        "en": "came in: {passages} passage(s), {nodes} node(s): {choices} choice(s) and "
        "{endings} ending(s); {reachable} of the {nodes} nodes reachable from the start",
    },
    "cli.import.draft_errors": {
        "nl": "het concept heeft nog {errors} fout(en) (zie hierboven). Verbeter het in de "
        "editor, of pas het bestand aan en importeer het: burgerschap import {path}",
        "en": "the draft still has {errors} error(s) (see above). Fix it in the editor, "
        "or edit the file and import it: burgerschap import {path}",
    },
    "cli.import.needs_work": {
        "nl": "het concept moet nog bewerkt worden: {reasons}. Verbeter het in de editor, of pas "
        "het bestand aan en importeer het: burgerschap import {path}",
        "en": "the draft needs more work: {reasons}. Fix it in the editor, or edit the file "
        "and import it: burgerschap import {path}",
    },
    "cli.import.reason.start_is_ending": {
        "nl": "de start ('{start}') is een einde",
        "en": "the start ('{start}') is an ending",
    },
    "cli.import.reason.few_reachable": {
        "nl": "maar {reachable} van de {nodes} nodes zijn bereikbaar vanaf de start",
        "en": "only {reachable} of the {nodes} nodes can be reached from the start",
    },
    "cli.import.draft_ok": {
        "nl": "het concept is geldig maar heeft nog geen effecten. Voeg ze toe in de editor, "
        "of pas het bestand aan en importeer het: burgerschap import {path}",
        "en": "the draft is valid but has no effects yet. Add them in the editor, "
        "or edit the file and import it: burgerschap import {path}",
    },
    "cli.import.draft_ok_effects": {
        "nl": "het concept is geldig. Controleer de punten die uit de variabelen van het verhaal "
        "komen en geef de keuzes feedback in de editor, of pas het bestand aan en importeer "
        "het: burgerschap import {path}",
        "en": "the draft is valid. Check the points that came from the story's variables and "
        "give the choices feedback in the editor, or edit the file and import it: "
        "burgerschap import {path}",
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
