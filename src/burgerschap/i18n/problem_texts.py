"""The text of every problem the loader, validator and analyzer can report.

Each code maps to a ``(Dutch, English)`` pair of ``str.format`` templates; a
:class:`~burgerschap.scenario.problems.Problem` carries the code and its
parameters, and :mod:`burgerschap.i18n.problem_words` words it when it is
shown, in the user's language. A ``{field}`` is a key of the file: the
editor's form shows its own name for it instead (see
:class:`~burgerschap.scenario.problems.FieldKey`).
"""

from __future__ import annotations

from burgerschap.i18n.twine_texts import TWINE_MESSAGES

UNITS: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "spaces": (("spatie", "spaties"), ("space", "spaces")),
}
"""A count parameter said with its unit, singular or plural: ``{spaces}`` is "1 spatie"."""

SEVERITIES: dict[str, tuple[str, str]] = {
    "error": ("fout", "error"),
    "warning": ("waarschuwing", "warning"),
}
"""How a line in the form compilers use (``file:line: fout: ...``) names the severity."""

# Each code maps to (Dutch, English) templates using str.format fields.
MESSAGES: dict[str, tuple[str, str]] = {
    # Reading the file
    "file_missing": ("bestand niet gevonden", "file not found"),
    "file_unreadable": ("bestand kan niet worden gelezen: {reason}", "cannot read file: {reason}"),
    "file_too_large": (
        "bestand is te groot ({size} bytes; maximaal {limit})",
        "file is too large ({size} bytes; at most {limit})",
    ),
    "file_empty": ("bestand is leeg", "file is empty"),
    "file_binary": (
        "dit is geen tekstbestand (het bevat nul-bytes)",
        "this is not a text file (it contains NUL bytes)",
    ),
    "not_utf8": (
        "tekst is geen geldige UTF-8; sla het bestand op als UTF-8",
        "text is not valid UTF-8; save the file as UTF-8",
    ),
    # YAML
    "yaml_syntax": ("YAML-fout: {detail}", "YAML error: {detail}"),
    "yaml_missing_comma_bracket": (
        "YAML-fout: hier ontbreekt een ',' of een sluitend ']'",
        "YAML error: a ',' or a closing ']' is missing here",
    ),
    "yaml_missing_comma_brace": (
        "YAML-fout: hier ontbreekt een ',' of een sluitend '}}'",
        "YAML error: a ',' or a closing '}}' is missing here",
    ),
    "yaml_colon": (
        "YAML-fout: hier mag geen ':' staan; zet tekst met een dubbele punt tussen"
        " aanhalingstekens",
        "YAML error: a ':' is not allowed here; put text with a colon in quotes",
    ),
    "yaml_indent": (
        "YAML-fout: de inspringing klopt niet; zet sleutels die bij elkaar horen precies onder"
        " elkaar",
        "YAML error: the indentation is wrong; line up keys that belong together",
    ),
    "yaml_indent_right": (
        "'{key}' staat {spaces} te ver naar rechts; zet het recht onder '{sibling}' (regel {line})",
        "'{key}' is {spaces} too far to the right; line it up with '{sibling}' (line {line})",
    ),
    "yaml_indent_left": (
        "'{key}' staat {spaces} te ver naar links; zet het recht onder '{sibling}' (regel {line})",
        "'{key}' is {spaces} too far to the left; line it up with '{sibling}' (line {line})",
    ),
    "yaml_item_right": (
        "deze '-' staat {spaces} te ver naar rechts; zet hem recht onder de '-' op regel {line}",
        "this '-' is {spaces} too far to the right; line it up with the '-' on line {line}",
    ),
    "yaml_item_left": (
        "deze '-' staat {spaces} te ver naar links; zet hem recht onder de '-' op regel {line}",
        "this '-' is {spaces} too far to the left; line it up with the '-' on line {line}",
    ),
    "yaml_text_right": (
        "deze regel van de tekst bij '{key}' staat {spaces} te ver naar rechts; laat alle"
        " regels van de tekst even ver inspringen (zoals regel {line})",
        "this line of the text of '{key}' is {spaces} too far to the right; indent every line"
        " of the text the same (as line {line})",
    ),
    "yaml_text_left": (
        "deze regel van de tekst bij '{key}' staat {spaces} te ver naar links; laat alle"
        " regels van de tekst even ver inspringen (zoals regel {line})",
        "this line of the text of '{key}' is {spaces} too far to the left; indent every line"
        " of the text the same (as line {line})",
    ),
    "yaml_dash_missing": (
        "hier mist een '-': zet '- ' voor '{key}', recht onder de '-' op regel {line}",
        "a '-' is missing here: put '- ' before '{key}', lined up with the '-' on line {line}",
    ),
    "yaml_indent_top": (
        "'{key}' staat {spaces} te ver naar rechts; de sleutels bovenaan het bestand beginnen"
        " helemaal links",
        "'{key}' is {spaces} too far to the right; the keys at the top of the file start at"
        " the very left",
    ),
    "yaml_colon_space": (
        "na '{key}:' moet een spatie staan",
        "'{key}:' needs a space after the ':'",
    ),
    "yaml_no_value": (
        "YAML-fout: hier ontbreekt een waarde",
        "YAML error: a value is missing here",
    ),
    "yaml_unclosed": (
        "YAML-fout: het bestand houdt onverwacht op; is een aanhalingsteken of haakje niet"
        " gesloten?",
        "YAML error: the file ends too early; is a quote or bracket left open?",
    ),
    "yaml_bad_char": (
        "YAML-fout: dit teken kan hier niet staan; zet de tekst tussen aanhalingstekens",
        "YAML error: this character cannot stand here; put the text in quotes",
    ),
    "yaml_missing_colon": (
        "YAML-fout: hier ontbreekt een ':' na de sleutel",
        "YAML error: a ':' is missing after the key",
    ),
    "yaml_escape": (
        "YAML-fout: onbekende code met \\ in tekst tussen dubbele aanhalingstekens; gebruik"
        " enkele aanhalingstekens",
        "YAML error: unknown escape with \\ in double-quoted text; use single quotes",
    ),
    "yaml_control_char": (
        "onzichtbaar stuurteken {char} in de tekst; haal het weg",
        "invisible control character {char} in the text; remove it",
    ),
    "yaml_control_escape": (
        "stuurteken {char} (geschreven als {written}) in de tekst; zo'n teken kan de"
        " terminal besturen, haal het weg",
        "control character {char} (written as {written}) in the text; such a character"
        " can steer the terminal, remove it",
    ),
    "yaml_bidi": (
        "onzichtbaar teken {char} dat de leesrichting van tekst omdraait; haal het weg",
        "invisible character {char} that reverses the reading direction of text; remove it",
    ),
    "yaml_tab": (
        "tab gevonden; gebruik spaties om in te springen",
        "tab found; indent with spaces",
    ),
    "yaml_multiple_documents": (
        "het bestand bevat meer dan één YAML-document",
        "the file holds more than one YAML document",
    ),
    "yaml_duplicate_key": (
        "sleutel '{key}' staat hier twee keer (eerst op regel {first_line})",
        "key '{key}' appears twice here (first on line {first_line})",
    ),
    "yaml_bad_key": (
        "een sleutel moet tekst of een getal zijn",
        "a key must be text or a number",
    ),
    "yaml_tag": (
        "tag '{tag}' is niet toegestaan",
        "tag '{tag}' is not allowed",
    ),
    "yaml_alias_unknown": (
        "verwijzing '*{alias}' naar een anker dat (nog) niet bestaat",
        "alias '*{alias}' refers to an anchor that does not exist (yet)",
    ),
    "yaml_alias_bomb": (
        "verwijzingen (aliassen) maken dit bestand te groot (meer dan {limit} waarden)",
        "aliases expand this file too far (more than {limit} values)",
    ),
    "yaml_too_deep": (
        "te diep genest (meer dan {limit} niveaus)",
        "nested too deeply (more than {limit} levels)",
    ),
    "not_mapping": (
        "het bestand moet beginnen met sleutels zoals 'format:' en 'id:', niet met {found}",
        "the file must start with keys such as 'format:' and 'id:', not with {found}",
    ),
    # Field checks (pydantic)
    "missing": ("'{field}' ontbreekt", "'{field}' is missing"),
    "extra": ("onbekende sleutel '{field}'", "unknown key '{field}'"),
    "did_you_mean": ("bedoel je '{suggestion}'?", "did you mean '{suggestion}'?"),
    "key_inside": (
        "hoort het bij '{inside}'? Dan staat het te ver naar links",
        "does it belong under '{inside}'? Then it is too far to the left",
    ),
    "key_outside": (
        "hoort het een niveau hoger? Dan staat het te ver naar rechts",
        "does it belong one level up? Then it is too far to the right",
    ),
    "key_as_node": (
        "staat '{node_key}' te ver naar links? Zo is het een eigen node",
        "is '{node_key}' too far to the left? As it stands it is a node of its own",
    ),
    "key_in_text": (
        "staat '{swallowed}' te ver naar rechts? Nu hoort het bij de tekst van '{in_text}'",
        "is '{swallowed}' too far to the right? Now it is part of the text of '{in_text}'",
    ),
    "type_str": ("'{field}' moet tekst zijn", "'{field}' must be text"),
    "type_int": ("'{field}' moet een heel getal zijn", "'{field}' must be a whole number"),
    "type_bool": ("'{field}' moet true of false zijn", "'{field}' must be true or false"),
    "type_list": ("'{field}' moet een lijst zijn", "'{field}' must be a list"),
    "type_mapping": (
        "'{field}' moet sleutels met waarden bevatten",
        "'{field}' must hold keys with values",
    ),
    "too_short": ("'{field}' mag niet leeg zijn", "'{field}' must not be empty"),
    "too_long": ("'{field}' is te lang", "'{field}' is too long"),
    "positive": ("'{field}' moet groter dan 0 zijn", "'{field}' must be greater than 0"),
    "at_most": ("'{field}' mag hoogstens {limit} zijn", "'{field}' may be at most {limit}"),
    "at_least": ("'{field}' moet minstens {limit} zijn", "'{field}' must be at least {limit}"),
    "pattern": (
        "'{value}' is geen geldige naam voor '{field}' ({hint})",
        "'{value}' is not a valid name for '{field}' ({hint})",
    ),
    "literal": ("'{field}' moet {expected} zijn", "'{field}' must be {expected}"),
    "type_moment": (
        "'{field}' moet een bestaand moment zijn, geschreven als JJJJ-MM-DD UU:MM "
        "(zoals 2026-12-03 14:05)",
        "'{field}' must be a real moment written YYYY-MM-DD HH:MM (such as 2026-12-03 14:05)",
    ),
    "one_line": ("'{field}' moet op één regel staan", "'{field}' must be on one line"),
    "type_date": (
        "'{field}' moet een bestaande datum zijn, geschreven als JJJJ-MM-DD (zoals 2026-12-03)",
        "'{field}' must be a real date written YYYY-MM-DD (such as 2026-12-03)",
    ),
    "invalid": ("'{field}': {detail}", "'{field}': {detail}"),
    # Graph and meaning
    "start_missing": (
        "startnode '{node}' bestaat niet",
        "start node '{node}' does not exist",
    ),
    "goto_missing": (
        "'{target}' bestaat niet (in node '{node}')",
        "'{target}' does not exist (in node '{node}')",
    ),
    "question_goto": (
        "vraag '{node}' heeft '{goto}' nodig, of '{goto_correct}' en '{goto_wrong}' samen",
        "question '{node}' needs '{goto}', or both '{goto_correct}' and '{goto_wrong}'",
    ),
    "dimension_unknown": (
        "dimensie '{dimension}' staat niet onder '{dimensions}' (in node '{node}')",
        "dimension '{dimension}' is not declared under '{dimensions}' (in node '{node}')",
    ),
    "placeholder_text": (
        "'{field}' is nog niet ingevuld: er staat alleen '{value}'",
        "'{field}' is not filled in yet: it only says '{value}'",
    ),
    "visited_unknown": (
        "voorwaarde noemt node '{target}', die niet bestaat (in node '{node}')",
        "condition names node '{target}', which does not exist (in node '{node}')",
    ),
    "no_choices": (
        "node '{node}' heeft geen keuzes; geef minstens één keuze of maak er een einde van",
        "node '{node}' has no choices; give it at least one or make it an ending",
    ),
    "too_few_options": (
        "vraag '{node}' heeft minstens twee antwoorden nodig",
        "question '{node}' needs at least two options",
    ),
    "correct_count": (
        "vraag '{node}' moet precies één goed antwoord hebben (nu {count})",
        "question '{node}' must have exactly one correct option (now {count})",
    ),
    "dead_end": (
        "vanuit node '{node}' is geen einde te bereiken",
        "no ending can be reached from node '{node}'",
    ),
    "no_endings": ("het scenario heeft geen einde", "the scenario has no ending"),
    "unreachable": (
        "node '{node}' is vanaf de start niet te bereiken",
        "node '{node}' cannot be reached from the start",
    ),
    "flag_never_set": (
        "vlag '{flag}' wordt getest maar nergens gezet (in node '{node}')",
        "flag '{flag}' is tested but never set (in node '{node}')",
    ),
    "duplicate_question_id": (
        "vraag-id '{qid}' komt twee keer voor",
        "question id '{qid}' appears twice",
    ),
    "draw_too_large": (
        "'draw' is {draw}, maar er zijn maar {count} vragen",
        "'draw' is {draw}, but there are only {count} questions",
    ),
    "no_dimensions": (
        "een scenario heeft minstens één dimensie nodig",
        "a scenario needs at least one dimension",
    ),
    "no_nodes": (
        "een scenario heeft minstens één node nodig",
        "a scenario needs at least one node",
    ),
    "no_questions": (
        "een quiz heeft minstens één vraag nodig",
        "a quiz needs at least one question",
    ),
    "no_terms": (
        "een woordenlijst heeft minstens één begrip nodig",
        "a glossary needs at least one term",
    ),
    "duplicate_term": (
        "begrip '{term}' staat al in de lijst (als '{first}'); hoofdletters en accenten tellen"
        " niet mee",
        "term '{term}' is already in the list (as '{first}'); case and accents do not count",
    ),
    "see_unknown": (
        "begrip '{term}' verwijst naar '{target}', maar dat begrip staat niet in de lijst",
        "term '{term}' refers to '{target}', but that term is not in the list",
    ),
    "see_self": (
        "begrip '{term}' verwijst naar zichzelf",
        "term '{term}' refers to itself",
    ),
    "excludes_unknown": (
        "vraag '{node}' sluit vraag '{target}' uit, maar die vraag bestaat niet",
        "question '{node}' excludes question '{target}', which does not exist",
    ),
    "excludes_self": (
        "vraag '{node}' kan zichzelf niet uitsluiten",
        "question '{node}' cannot exclude itself",
    ),
    "draw_excluded": (
        "door 'excludes' passen er hoogstens {most} vragen in één ronde, maar 'draw' is {draw};"
        " haal uitsluitingen weg, voeg vragen toe of verlaag 'draw'",
        "because of 'excludes' a round can hold at most {most} questions, but 'draw' is {draw};"
        " remove exclusions, add questions or lower 'draw'",
    ),
    "draw_level_short": (
        "een ronde met alleen vragen van niveau '{niveau}' krijgt er hoogstens {most}, minder"
        " dan 'draw' ({draw}); geef meer vragen dat niveau",
        "a round of only level '{niveau}' questions gets at most {most}, fewer than 'draw'"
        " ({draw}); give more questions that level",
    ),
    "excludes_tangled": (
        "de uitsluitingen zijn te ingewikkeld om na te gaan of elke ronde {draw} vragen krijgt",
        "the exclusions are too tangled to check that every round gets {draw} questions",
    ),
    "correct_longest": (
        "het goede antwoord is in {count} van de {total} vragen het langste antwoord;"
        " leerlingen kunnen dat raden. Maak bij een paar vragen een fout antwoord langer",
        "the right answer is the longest option in {count} of the {total} questions;"
        " students can guess that. Make a wrong option longer in some questions",
    ),
    # The analyzer (burgerschap check): what every path can do
    "start_stuck": (
        "vanaf de start is geen enkel einde te bereiken",
        "no ending can be reached from the start",
    ),
    "no_choice_offered": (
        "in node '{node}' wordt soms geen enkele keuze aangeboden, zodat de speler vastzit "
        "(bijvoorbeeld bij scores {scores}; vlaggen {flags}; bezocht {visited})",
        "node '{node}' sometimes offers no choice at all, so the player is stuck "
        "(for example with scores {scores}; flags {flags}; visited {visited})",
    ),
    "loop_no_exit": (
        "lus zonder uitweg: wie in {loop} terechtkomt, bereikt nooit een einde",
        "loop with no way out: a player who gets into {loop} never reaches an ending",
    ),
    "choice_leads_to_stuck": (
        "keuze {choice} in node '{node}' ('{text}') kan leiden naar een situatie zonder "
        "einde (vast vanaf '{target}')",
        "choice {choice} in node '{node}' ('{text}') can lead to a situation with no "
        "ending (stuck from '{target}')",
    ),
    "answer_right_stuck": (
        "een goed antwoord op vraag '{node}' kan leiden naar een situatie zonder einde "
        "(vast vanaf '{target}')",
        "a right answer to question '{node}' can lead to a situation with no ending "
        "(stuck from '{target}')",
    ),
    "answer_wrong_stuck": (
        "een fout antwoord op vraag '{node}' kan leiden naar een situatie zonder einde "
        "(vast vanaf '{target}')",
        "a wrong answer to question '{node}' can lead to a situation with no ending "
        "(stuck from '{target}')",
    ),
    "ending_unreachable": (
        "einde '{node}' wordt nooit bereikt: de voorwaarden laten het niet toe",
        "ending '{node}' is never reached: the conditions do not allow it",
    ),
    "node_unreachable_conditions": (
        "node '{node}' wordt nooit bereikt: de voorwaarden laten het niet toe",
        "node '{node}' is never reached: the conditions do not allow it",
    ),
    "choice_never_offered": (
        "keuze {choice} in node '{node}' ('{text}') wordt nooit aangeboden: "
        "de voorwaarde klopt nooit",
        "choice {choice} in node '{node}' ('{text}') is never offered: its condition never holds",
    ),
    "choice_dominated": (
        "zwak dilemma: keuze {choice} in node '{node}' ('{text}') scoort nergens beter en "
        "ergens slechter dan keuze {other} ('{other_text}')",
        "weak dilemma: choice {choice} in node '{node}' ('{text}') scores better nowhere "
        "and worse somewhere than choice {other} ('{other_text}')",
    ),
    "dimension_unused": (
        "geen enkele keuze of vraag verandert dimensie '{dimension}'",
        "no choice or question changes dimension '{dimension}'",
    ),
    "dimension_constant": (
        "iedereen eindigt met dezelfde score op '{dimension}' ({value})",
        "every player ends with the same score on '{dimension}' ({value})",
    ),
    "range_unbounded_max": (
        "'{dimension}' kan onbeperkt stijgen door een lus die je kunt herhalen ({loop})",
        "'{dimension}' can rise without limit through a loop that can be repeated ({loop})",
    ),
    "range_unbounded_min": (
        "'{dimension}' kan onbeperkt dalen door een lus die je kunt herhalen ({loop})",
        "'{dimension}' can fall without limit through a loop that can be repeated ({loop})",
    ),
    "range_inexact": (
        "het bereik van '{dimension}' is niet precies bepaald (een lus is te groot)",
        "the range of '{dimension}' was not settled exactly (a loop is too large)",
    ),
    "analysis_incomplete": (
        "analyse gestopt na {limit} toestanden; niet volledig onderzocht vanaf: {nodes} "
        "(de scorebereiken zijn daarom ruime grenzen, zonder de voorwaarden berekend)",
        "analysis stopped after {limit} states; not fully explored from: {nodes} "
        "(so the score ranges are outer bounds, computed without the conditions)",
    ),
    # Alignment: do the scores mean what the story teaches? (issue 12)
    "align_best_bad": (
        "wie de hoogste score op '{dimension}' haalt ({max}), kan uitkomen bij einde "
        "'{node}' ('{title}'), en dat loopt slecht af (outcome: slecht); geef de keuzes op "
        "weg naar dit einde minder punten, of verander 'outcome' als het einde niet slecht is",
        "a player with the highest score on '{dimension}' ({max}) can end at '{node}' "
        "('{title}'), which turns out badly (outcome: slecht); give the choices leading there "
        "fewer points, or change 'outcome' if the ending is not bad",
    ),
    "align_good_low": (
        "einde '{node}' ('{title}') loopt goed af (outcome: goed), maar wie er komt, heeft op "
        "'{dimension}' hoogstens {max} (van {low} tot {high}): dat telt als een lage score; "
        "geef de keuzes op weg naar dit einde meer punten, of verander 'outcome'",
        "ending '{node}' ('{title}') turns out well (outcome: goed), but a player who gets "
        "there has at most {max} on '{dimension}' (of {low} to {high}): that counts as a low "
        "score; give the choices leading there more points, or change 'outcome'",
    ),
    "harm_rewarded": (
        "keuze {choice} in node '{node}' ('{text}') doet anderen kwaad (harm: true), maar "
        "levert punten op ({effects}); kwaad doen is nooit participatie of samenwerking: "
        "maak die effecten 0 of lager",
        "choice {choice} in node '{node}' ('{text}') harms others (harm: true) but earns "
        "points ({effects}); harming others is never participation or collaboration: make "
        "those effects 0 or lower",
    ),
    "tag_mismatch": (
        "keuze {choice} in node '{node}' ('{text}'): '{tag}' past niet bij {effect} op "
        "'{dimension}'; maak dat effect 0, of kies een label dat bij de keuze past",
        "choice {choice} in node '{node}' ('{text}'): '{tag}' does not fit {effect} on "
        "'{dimension}'; make that effect 0, or choose a label that fits the choice",
    ),
    "ladder_order": (
        "keuze {choice} in node '{node}' ('{text}') staat hoger op de participatieladder "
        "({rung}) dan keuze {other} ('{other_text}', {other_rung}), maar geeft minder punten "
        "op '{dimension}' ({points} tegen {other_points}); geef de hogere trede meer punten, "
        "of verander de labels",
        "choice {choice} in node '{node}' ('{text}') is higher on the participation ladder "
        "({rung}) than choice {other} ('{other_text}', {other_rung}), but earns fewer points "
        "on '{dimension}' ({points} against {other_points}); give the higher rung more points, "
        "or change the labels",
    ),
    "ending_outcome_missing": (
        "einde '{node}' heeft geen 'outcome', andere eindes wel; zet erbij hoe dit einde "
        "afloopt (outcome: goed, gemengd of slecht)",
        "ending '{node}' has no 'outcome' while other endings have one; add how this ending "
        "turns out (outcome: goed, gemengd or slecht)",
    ),
    "random_engine_error": (
        "willekeurig spel {game} (seed {seed}): fout in de spelmotor: {detail}",
        "random game {game} (seed {seed}): engine error: {detail}",
    ),
    "random_stuck": (
        "{count} van {games} willekeurige spellen liepen vast in node '{node}' "
        "(geen keuze aangeboden; eerste: spel {game})",
        "{count} of {games} random games got stuck in node '{node}' "
        "(no choice offered; first: game {game})",
    ),
    "random_too_long": (
        "{count} van {games} willekeurige spellen hadden na {steps} stappen nog geen einde "
        "(eerste: spel {game})",
        "{count} of {games} random games had not ended after {steps} steps (first: game {game})",
    ),
    # Authoring: editor operations, versions, exchange with Twine
    "node_missing": ("node '{node}' bestaat niet", "node '{node}' does not exist"),
    "node_exists": ("er is al een node '{node}'", "there is already a node '{node}'"),
    "node_referenced": (
        "node '{node}' kan niet weg: '{referrer}' verwijst ernaar ({field})",
        "node '{node}' cannot be deleted: '{referrer}' refers to it ({field})",
    ),
    "path_invalid": ("'{path}' bestaat niet in dit scenario", "'{path}' does not exist here"),
    "dimension_missing": ("dimensie '{dimension}' bestaat niet", "no dimension '{dimension}'"),
    "dimension_exists": (
        "er is al een dimensie '{dimension}'",
        "there is already a dimension '{dimension}'",
    ),
    "dimension_used": (
        "dimensie '{dimension}' kan niet weg: node '{node}' gebruikt haar",
        "dimension '{dimension}' cannot be deleted: node '{node}' uses it",
    ),
    "ref_unreadable": (
        "versie {ref} kan niet gelezen worden: het bestand heeft {count} fout(en)",
        "version {ref} cannot be read: its file has {count} error(s)",
    ),
    "draft_unreadable": (
        "{ref} is nog een concept met {count} fout(en); los ze op in de editor en bewaar het "
        "als versie, dan kun je het gebruiken",
        "{ref} is still a draft with {count} error(s); fix them in the editor and save it as "
        "a version, then you can use it",
    ),
    "twee_twine_drops": (
        "punten, voorwaarden, vlaggen, feedback, vragen en uitkomsten staan als "
        "Burgerschap-gegevens in het bestand; 'burgerschap import' neemt ze weer over. "
        "Twine zelf bewaart ze niet: bewerk je het verhaal in Twine, dan gaan ze verloren "
        "(bij {count} van de {total} nodes)",
        "points, conditions, flags, feedback, questions and outcomes are in the file as "
        "Burgerschap data; 'burgerschap import' takes them back. Twine itself does not keep "
        "them: edit the story in Twine and they are lost "
        "({count} of {total} nodes)",
    ),
    "twee_meta_changed": (
        "dit verhaal komt uit Burgerschap, maar passage {passages} is daarna veranderd, "
        "toegevoegd of weggehaald; het is ingelezen als gewoon Twine-verhaal, zonder punten, "
        "voorwaarden en feedback. Importeer de export zelf om alles te houden",
        "this story comes from Burgerschap, but passage {passages} was changed, added or "
        "removed since; it was read as a plain Twine story, without points, conditions and "
        "feedback. Import the export itself to keep everything",
    ),
    "twee_meta_unknown": (
        "de Burgerschap-gegevens in StoryData zijn onbekend of beschadigd; het verhaal is "
        "ingelezen als gewoon Twine-verhaal",
        "the Burgerschap data in StoryData is unknown or damaged; the story was read as a "
        "plain Twine story",
    ),
}


def _merge(*tables: dict[str, tuple[str, str]]) -> None:
    for table in tables:
        twice = MESSAGES.keys() & table.keys()
        if twice:
            raise ValueError(f"message codes defined twice: {sorted(twice)}")
        MESSAGES.update(table)


_merge(TWINE_MESSAGES)
