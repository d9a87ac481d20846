"""Interface strings in Dutch (default) and English.

Every string the command line or the game shows comes from :data:`STRINGS`;
a test proves that each key has both languages. Messages about scenario files
live with the domain, in :mod:`burgerschap.scenario.problems`.
"""

from __future__ import annotations

from typing import Any

from burgerschap.settings import Language

STRINGS: dict[str, dict[str, str]] = {
    # Command line
    "cli.description": {
        "nl": "Burgerschap: een spel over samenleven in je dorp.",
        "en": "Burgerschap: a game about living together in your village.",
    },
    "cli.validate.help": {
        "nl": "controleer scenario- en quizbestanden",
        "en": "check scenario and quiz files",
    },
    "cli.schema.help": {
        "nl": "toon het JSON-schema van het scenarioformaat",
        "en": "print the JSON Schema of the scenario format",
    },
    "cli.paths.help": {
        "nl": "bestanden of mappen (standaard: de hele bibliotheek)",
        "en": "files or folders (default: the whole library)",
    },
    "cli.lang.help": {"nl": "taal van de uitvoer (nl of en)", "en": "output language (nl or en)"},
    "cli.no_files": {
        "nl": "geen scenariobestanden gevonden in {path}",
        "en": "no scenario files found in {path}",
    },
    "cli.missing_path": {"nl": "bestaat niet: {path}", "en": "does not exist: {path}"},
    "cli.summary": {
        "nl": "{files} bestand(en) gecontroleerd: {errors} fout(en), {warnings} waarschuwing(en)",
        "en": "{files} file(s) checked: {errors} error(s), {warnings} warning(s)",
    },
    "cli.ok": {"nl": "{path}: in orde", "en": "{path}: valid"},
}


def t(key: str, lang: Language = "nl", **params: Any) -> str:
    """The string ``key`` in ``lang``, with ``params`` filled in."""
    entry = STRINGS.get(key)
    if entry is None:
        return key
    text = entry.get(lang) or entry["nl"]
    return text.format(**params) if params else text
