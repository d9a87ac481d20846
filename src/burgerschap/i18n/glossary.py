"""Strings of the glossary: its key while playing, its screen and its command."""

from __future__ import annotations

GLOSSARY_STRINGS: dict[str, dict[str, str]] = {
    # Short: with a long story and a step back, the play screen's footer has eight
    # columns to spare at 80 (and every key must fit there).
    "tui.key.glossary": {"nl": "Woord", "en": "Words"},
    "tui.key.glossary.tip": {
        "nl": "Zoek op wat een moeilijk woord betekent",
        "en": "Look up what a hard word means",
    },
    "tui.key.browse": {"nl": "Bladeren", "en": "Browse"},
    "tui.glossary.title": {"nl": "Woordenlijst", "en": "Glossary"},
    "tui.glossary.count": {"nl": "{count} woorden", "en": "{count} terms"},
    "tui.glossary.found": {"nl": "{found} van de {count}", "en": "{found} of {count}"},
    "tui.glossary.search": {"nl": "Typ om te zoeken…", "en": "Type to search…"},
    "tui.glossary.none": {
        "nl": "Geen woord gevonden met “{query}”. Probeer een deel van het woord.",
        "en": "No term found for “{query}”. Try part of the word.",
    },
    "tui.glossary.empty": {
        "nl": "Er staan nog geen woorden in de woordenlijst.",
        "en": "The glossary has no terms yet.",
    },
    "tui.glossary.see": {"nl": "Zie ook: {terms}", "en": "See also: {terms}"},
    "tui.glossary.source": {"nl": "Bron: {source}", "en": "Source: {source}"},
    "tui.cmd.glossary": {"nl": "Woordenlijst", "en": "Glossary"},
    "tui.cmd.glossary.help": {
        "nl": "Zoek op wat een moeilijk woord uit de verhalen of de quiz betekent",
        "en": "Look up what a hard word from the stories or the quiz means",
    },
}
