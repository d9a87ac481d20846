"""The text of every warning a Twine import can give.

Merged into :data:`~burgerschap.i18n.problem_texts.MESSAGES`.

Parameters: ``passage`` (the passage name), ``what`` (the markup as written,
shortened) and ``kind`` (what it is, such as ``(set:)``: the import groups
warnings by it).
"""

from __future__ import annotations

TWINE_MESSAGES: dict[str, tuple[str, str]] = {
    # Reading
    "twee_no_passages": (
        "geen passages gevonden; een Twee-passage begint met ':: Naam'",
        "no passages found; a Twee passage starts with ':: Name'",
    ),
    "twee_bad_metadata": (
        "passage '{passage}': de metadata is geen geldige JSON en is overgeslagen",
        "passage '{passage}': its metadata is not valid JSON and was skipped",
    ),
    "twee_control_char": (
        "passage '{passage}': onzichtbare stuurtekens of tekens die de leesrichting omdraaien"
        " zijn weggehaald",
        "passage '{passage}': invisible control characters or characters that reverse the"
        " reading direction were removed",
    ),
    "twee_duplicate_passage": (
        "passage '{passage}' staat er twee keer; alleen de eerste is overgenomen",
        "passage '{passage}' appears twice; only the first was taken",
    ),
    "twine_passage_unnamed": (
        "een passage (pid {passage}) heeft geen naam en is overgeslagen",
        "a passage (pid {passage}) has no name and was skipped",
    ),
    "twine_start_pid_missing": (
        "de startpassage (pid {passage}) bestaat niet; de start is 'Start' of de eerste passage",
        "the start passage (pid {passage}) does not exist; the start is 'Start' or the first "
        "passage",
    ),
    "twee_start_missing": (
        "startpassage '{passage}' uit StoryData bestaat niet; kies zelf een start",
        "start passage '{passage}' named in StoryData does not exist; choose a start",
    ),
    "twine_story_code": (
        "verhaal '{passage}': de eigen {kind} van het verhaal kan niet mee en is weggelaten",
        "story '{passage}': the story's own {kind} cannot be carried over and was left out",
    ),
    "twee_skipped": (
        "passage '{passage}' bevat code of opmaak voor Twine en is niet overgenomen",
        "passage '{passage}' holds code or styling for Twine and was not taken",
    ),
    # Links
    "twee_broken_link": (
        "passage '{passage}': link naar '{what}', een passage die niet bestaat",
        "passage '{passage}': link to '{what}', a passage that does not exist",
    ),
    "twine_dynamic_link": (
        "passage '{passage}': {what} noemt de passage niet letterlijk; die link is weggelaten",
        "passage '{passage}': {what} does not name its passage literally; that link was left out",
    ),
    "twine_goto": (
        "passage '{passage}': {what} gaat door zonder te vragen; het is nu een keuze",
        "passage '{passage}': {what} moves on without asking; it is now a choice",
    ),
    "twine_back_unknown": (
        "passage '{passage}': {what} gaat terug naar de vorige passage, maar welke dat is, is "
        "niet bekend (er leidt niet precies één passage hierheen); de link is weggelaten",
        "passage '{passage}': {what} goes back to the previous passage, but which one that is "
        "is unknown (not exactly one passage leads here); the link was left out",
    ),
    # Variables
    "twee_setter": (
        "passage '{passage}': de link zet '{what}'; dat kan niet mee (gebruik effecten of vlaggen)",
        "passage '{passage}': the link sets '{what}'; that cannot be carried over",
    ),
    "twine_set": (
        "passage '{passage}': {what} is geen vlag aan of uit en geen punten erbij; het kan niet "
        "mee en is uit de tekst gehaald",
        "passage '{passage}': {what} is neither a flag on or off nor points added; it cannot be "
        "carried over and was removed from the text",
    ),
    "twine_set_conditional": (
        "passage '{passage}': {what} gebeurt alleen onder een voorwaarde; dat kan niet mee en is "
        "uit de tekst gehaald",
        "passage '{passage}': {what} only happens under a condition; that cannot be carried over "
        "and was removed from the text",
    ),
    "twine_set_start": (
        "passage '{passage}': {what} staat in de startpassage, maar een scenario begint zonder "
        "vlaggen en met 0 punten; het kan niet mee",
        "passage '{passage}': {what} is in the start passage, but a scenario starts without flags "
        "and with 0 points; it cannot be carried over",
    ),
    "twine_condition": (
        "passage '{passage}': voorwaarde {what} kan niet mee (alleen één vlag aan of uit kan); "
        "wat erin staat, staat er nu altijd",
        "passage '{passage}': condition {what} cannot be carried over (only one flag on or off "
        "can); what it holds is now always there",
    ),
    "twine_conditional_text": (
        "passage '{passage}': de tekst in {what} was alleen soms te zien; nu staat hij er altijd",
        "passage '{passage}': the text in {what} was shown only sometimes; now it always is",
    ),
    "twine_variable": (
        "passage '{passage}': variabele {what} staat nog in de tekst; een scenario toont geen "
        "waarden, pas de tekst aan",
        "passage '{passage}': variable {what} is still in the text; a scenario shows no values, "
        "rewrite the text",
    ),
    # Other markup
    "twine_macro": (
        "passage '{passage}': {kind} kan niet mee en is uit de tekst gehaald: {what}",
        "passage '{passage}': {kind} cannot be carried over and was removed from the text: {what}",
    ),
    "twine_code": (
        "passage '{passage}': code ({kind}) kan niet mee en is weggelaten: {what}",
        "passage '{passage}': code ({kind}) cannot be carried over and was left out: {what}",
    ),
    "twine_html": (
        "passage '{passage}': HTML {kind} is uit de tekst gehaald, de woorden staan er nog: {what}",
        "passage '{passage}': HTML {kind} was removed from the text, its words are kept: {what}",
    ),
    "twine_too_deep": (
        "passage '{passage}': opmaak die meer dan {kind} lagen diep zit, is als tekst gelaten: "
        "{what}",
        "passage '{passage}': markup nested more than {kind} levels deep was kept as text: {what}",
    ),
    "twine_too_complex": (
        "passage '{passage}' is te ingewikkeld om helemaal te lezen (heel veel haakjes of macro's "
        "zonder einde); de rest is als tekst gelaten, vanaf: {what}",
        "passage '{passage}' is too complex to read completely (very many brackets or macros "
        "without an end); the rest was kept as text, from: {what}",
    ),
    "twine_hook": (
        "passage '{passage}': hook {what} is uit de tekst gehaald, de woorden staan er nog",
        "passage '{passage}': hook {what} was removed from the text, its words are kept",
    ),
}
