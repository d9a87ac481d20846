"""Strings of the results a student reads: the ladder, whom they involved, the ending's verdict.

The words for the scoring model's keys (``ladder``, ``involves``, ``outcome``;
see SCORING in docs/scenario-format.md) and the results screen's new parts.
Rungs are named as Dutch municipalities name them (the burgerparticipatieladder),
each with what it means in a short B1 sentence.
"""

from __future__ import annotations

RESULTS_STRINGS: dict[str, dict[str, str]] = {
    # The participation ladder, bottom up.
    "tui.rung.geen": {
        "nl": "geen: je liet het aan anderen over.",
        "en": "none: you left it to others.",
    },
    "tui.rung.informeren": {
        "nl": "informeren: je zocht uit wat er speelde.",
        "en": "informing: you found out what was going on.",
    },
    "tui.rung.raadplegen": {
        "nl": "raadplegen: je gaf je mening toen dat kon.",
        "en": "consulting: you gave your opinion when you could.",
    },
    "tui.rung.adviseren": {
        "nl": "adviseren: je kwam zelf met ideeën of een plan.",
        "en": "advising: you came up with your own ideas or a plan.",
    },
    "tui.rung.coproduceren": {
        "nl": "coproduceren: je werkte de oplossing samen met anderen uit, als gelijken.",
        "en": "co-producing: you worked out the solution together with others, as equals.",
    },
    "tui.rung.meebeslissen": {
        "nl": "meebeslissen: je besliste mee over de oplossing.",
        "en": "co-deciding: you had a say in the decision.",
    },
    "tui.rung.zelfbeheer": {
        "nl": "zelfbeheer: de bewoners regelden het zelf.",
        "en": "self-management: the residents ran it themselves.",
    },
    "tui.ending.rung": {"nl": "Je hoogste trede: {rung}", "en": "Your highest rung: {rung}"},
    # Whom a choice involves.
    "tui.party.gelijkgestemden": {
        "nl": "mensen die er net zo over denken",
        "en": "people who think the same",
    },
    "tui.party.andersdenkenden": {
        "nl": "mensen die er anders over denken",
        "en": "people who think differently",
    },
    "tui.party.betrokkenen": {
        "nl": "de mensen om wie het gaat",
        "en": "the people it is about",
    },
    "tui.party.instanties": {
        "nl": "instanties (zoals de gemeente of de school)",
        "en": "institutions (such as the council or the school)",
    },
    "tui.ending.involved": {"nl": "Je betrok: {parties}.", "en": "You involved: {parties}."},
    "tui.ending.alone": {
        "nl": "Je deed het alleen: je betrok niemand.",
        "en": "You acted alone: you involved nobody.",
    },
    "tui.ending.reach": {"nl": "Meedoen en samenwerken", "en": "Taking part, working together"},
    # How the story judges its ending.
    "tui.outcome.goed": {
        "nl": "Een goed einde.",
        "en": "A good ending.",
    },
    "tui.outcome.gemengd": {
        "nl": "Een half goed einde: er ging iets goed en iets mis.",
        "en": "A mixed ending: some things went well, some did not.",
    },
    "tui.outcome.slecht": {
        "nl": "Een slecht einde.",
        "en": "A bad ending.",
    },
    "tui.ending.points": {
        "nl": "Je punten, van de meeste die dit verhaal kan geven:",
        "en": "Your points, out of the most this story can give:",
    },
    # Reflections
    "tui.ending.reflection.earlier": {
        "nl": "Wat je eerder schreef",
        "en": "What you wrote before",
    },
    "tui.home.reflections": {"nl": "Jouw reflecties", "en": "Your reflections"},
    "tui.home.reflections.hint": {
        "nl": "PgDn: lees wat je schreef",
        "en": "PgDn: read what you wrote",
    },
    "tui.home.reflection.item": {"nl": "{date}, {ending}:", "en": "{date}, {ending}:"},
}
