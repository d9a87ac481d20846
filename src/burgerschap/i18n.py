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
    # burgerschap check
    "cli.check.help": {
        "nl": "analyseer scenario's: bereikbare eindes, vastlopers, scorebereik, zwakke dilemma's",
        "en": "analyse scenarios: reachable endings, stuck states, score ranges, weak dilemmas",
    },
    "cli.check.json.help": {
        "nl": "druk één JSON-object af in plaats van tabellen",
        "en": "print one JSON object instead of tables",
    },
    "cli.check.random.help": {
        "nl": "speel ook N willekeurige spellen met de echte spelmotor",
        "en": "also play N random games through the real engine",
    },
    "cli.check.seed.help": {
        "nl": "seed voor --random (standaard 0)",
        "en": "seed for --random (default 0)",
    },
    "cli.check.seed_needs_random": {
        "nl": "--seed werkt alleen samen met --random",
        "en": "--seed only works together with --random",
    },
    "cli.check.positive": {
        "nl": "moet een heel getal van 1 tot en met {limit} zijn: {value}",
        "en": "must be a whole number from 1 to {limit}: {value}",
    },
    "cli.check.invalid": {
        "nl": "{path}: ongeldig, eerst de fouten hieronder oplossen",
        "en": "{path}: invalid, fix the errors below first",
    },
    "cli.check.title": {"nl": "{path}: {ref}", "en": "{path}: {ref}"},
    "cli.check.ending": {"nl": "einde", "en": "ending"},
    "cli.check.all_endings": {"nl": "alle eindes", "en": "all endings"},
    "cli.check.games": {"nl": "spellen", "en": "games"},
    "cli.check.unreached": {"nl": "niet bereikbaar", "en": "unreachable"},
    "cli.check.facts": {
        "nl": "{nodes} nodes, {reached} van {endings} eindes bereikbaar, "
        "{states} toestanden onderzocht",
        "en": "{nodes} nodes, {reached} of {endings} endings reachable, {states} states explored",
    },
    "cli.check.incomplete": {
        "nl": "onvolledig: de grens van {limit} toestanden is bereikt",
        "en": "incomplete: the bound of {limit} states was reached",
    },
    "cli.check.unreachable_nodes": {
        "nl": "nooit bereikt: {nodes}",
        "en": "never reached: {nodes}",
    },
    "cli.check.random": {
        "nl": "{games} willekeurige spellen (seed {seed}): {visited} van {nodes} nodes bezocht",
        "en": "{games} random games (seed {seed}): {visited} of {nodes} nodes visited",
    },
    "cli.check.unvisited": {
        "nl": "niet bezocht in de willekeurige spellen: {nodes}",
        "en": "not visited by the random games: {nodes}",
    },
    "cli.check.quiz": {
        "nl": "{path}: quiz {ref}: {questions} vragen, {draw} per ronde",
        "en": "{path}: quiz {ref}: {questions} questions, {draw} per round",
    },
    # Serving the game to browsers
    "cli.serve.help": {
        "nl": "speel in de browser: start een server voor de klas",
        "en": "play in the browser: start a server for the class",
    },
    "cli.serve.host": {
        "nl": "adres om op te luisteren; 0.0.0.0 voor het hele schoolnetwerk",
        "en": "address to listen on; 0.0.0.0 for the whole school network",
    },
    "cli.serve.port": {"nl": "poort (standaard 8000)", "en": "port (default 8000)"},
    "cli.serve.max": {
        "nl": "hoeveel leerlingen tegelijk mogen spelen (standaard 40)",
        "en": "how many students may play at once (default 40)",
    },
    "cli.serve.bad_max": {
        "nl": "--max-students moet minstens 1 zijn",
        "en": "--max-students must be at least 1",
    },
    "cli.serve.port_busy": {
        "nl": "kan niet luisteren op {host}:{port}: {reason}",
        "en": "cannot listen on {host}:{port}: {reason}",
    },
    "serve.started": {
        "nl": "Burgerschap draait (maximaal {max} leerlingen). Laat je leerlingen naar dit"
        " adres gaan:",
        "en": "Burgerschap is running (at most {max} students). Ask your students to open:",
    },
    "serve.stop": {"nl": "Stoppen: Ctrl+C", "en": "To stop: Ctrl+C"},
    "serve.loading": {"nl": "Het spel wordt gestart...", "en": "Starting the game..."},
    "serve.start": {"nl": "Start", "en": "Start"},
    "serve.ended": {
        "nl": "Je sessie is afgelopen. Je antwoorden zijn bewaard.",
        "en": "Your session has ended. Your answers are saved.",
    },
    "serve.restart": {"nl": "Opnieuw beginnen", "en": "Start again"},
    "serve.full": {
        "nl": "De les is vol: er spelen al {max} leerlingen.\n"
        "Vraag je docent, of probeer het zo opnieuw.",
        "en": "The lesson is full: {max} students are already playing.\n"
        "Ask your teacher, or try again soon.",
    },
    # Lessons (burgerschap lesson ...)
    "cli.lesson.help": {
        "nl": "lessen met een klas: maken, volgen, exporteren",
        "en": "class lessons: create, follow, export",
    },
    "cli.lesson.new.help": {
        "nl": "maak een les en toon de code",
        "en": "create a lesson and print its code",
    },
    "cli.lesson.list.help": {"nl": "toon alle lessen", "en": "list all lessons"},
    "cli.lesson.show.help": {
        "nl": "toon wie meedoet, waar iedereen is en de klasresultaten",
        "en": "show who joined, where everyone is and the class results",
    },
    "cli.lesson.close.help": {
        "nl": "sluit een les: niemand kan nog meedoen",
        "en": "close a lesson: nobody can join any more",
    },
    "cli.lesson.delete.help": {
        "nl": "verwijder een les met alles wat erin is opgeslagen",
        "en": "delete a lesson and everything stored in it",
    },
    "cli.lesson.export.help": {
        "nl": "exporteer de resultaten (CSV voor Excel, of JSON)",
        "en": "export the results (CSV for Excel, or JSON)",
    },
    "cli.lesson.import.help": {
        "nl": "importeer ingeleverde resultaatbestanden",
        "en": "import handed-in result files",
    },
    "cli.lesson.handin.help": {
        "nl": "bewaar een uitgespeeld spel als bestand om in te leveren (zonder netwerk)",
        "en": "save a finished game as a file to hand in (without a network)",
    },
    "cli.lesson.scenario.help": {
        "nl": "scenario (id of id@versie); mag vaker",
        "en": "scenario (id or id@version); may be repeated",
    },
    "cli.lesson.title.help": {"nl": "titel van de les", "en": "title of the lesson"},
    "cli.lesson.no_back.help": {
        "nl": "leerlingen mogen niet terug naar een vorige stap",
        "en": "students may not go back a step",
    },
    "cli.lesson.show_scores.help": {
        "nl": "leerlingen zien hun scores tijdens het spelen",
        "en": "students see their scores while playing",
    },
    "cli.lesson.yes.help": {
        "nl": "niet om bevestiging vragen",
        "en": "do not ask for confirmation",
    },
    "cli.lesson.table.help": {
        "nl": "CSV: een regel per leerling (students) of per keuze (choices); JSON bevat beide",
        "en": "CSV: one row per student (students) or per choice (choices); JSON holds both",
    },
    "cli.lesson.delimiter.help": {
        "nl": "scheidingsteken voor CSV: ; (standaard, Nederlandse Excel), , of tab",
        "en": "CSV delimiter: ; (default, Dutch Excel), , or tab",
    },
    "cli.lesson.output.help": {
        "nl": "schrijf naar dit bestand in plaats van naar het scherm",
        "en": "write to this file instead of the screen",
    },
    "cli.lesson.game.help": {
        "nl": "het spel (het begin van de id is genoeg, zie --list)",
        "en": "the game (the start of its id is enough, see --list)",
    },
    "cli.lesson.nickname.help": {
        "nl": "je bijnaam (standaard: die uit de instellingen)",
        "en": "your nickname (default: the one in the settings)",
    },
    "cli.lesson.handin_code.help": {
        "nl": "de code van de les waarvoor je inlevert",
        "en": "the code of the lesson you hand in for",
    },
    "cli.lesson.handin_output.help": {
        "nl": "bestand of map om het resultaat in te bewaren (standaard: de huidige map)",
        "en": "file or folder to save the result in (default: the current folder)",
    },
    "cli.lesson.handin_list.help": {
        "nl": "toon de uitgespeelde spellen op deze computer",
        "en": "list the finished games on this computer",
    },
    "cli.lesson.unknown_scenario": {
        "nl": "geen geldig scenario {ref} in de bibliotheek",
        "en": "no valid scenario {ref} in the library",
    },
    "cli.lesson.created": {
        "nl": "Les '{title}' aangemaakt met {refs}. De code voor je leerlingen:",
        "en": "Lesson '{title}' created with {refs}. The code for your students:",
    },
    "cli.lesson.none": {"nl": "Er zijn nog geen lessen.", "en": "There are no lessons yet."},
    "cli.lesson.line": {
        "nl": "{code}  {status:<8} {created}  {students} leerling(en), {finished}/{games}"
        " klaar  {title}  [{refs}]",
        "en": "{code}  {status:<8} {created}  {students} student(s), {finished}/{games}"
        " finished  {title}  [{refs}]",
    },
    "cli.lesson.status.open": {"nl": "open", "en": "open"},
    "cli.lesson.status.closed": {"nl": "gesloten", "en": "closed"},
    "cli.lesson.waiting": {"nl": "nog niet begonnen", "en": "not started yet"},
    "cli.lesson.finished_at": {"nl": "klaar: {ending}", "en": "finished: {ending}"},
    "cli.lesson.results": {
        "nl": "Klasresultaten {ref} ({finished} klaar):",
        "en": "Class results {ref} ({finished} finished):",
    },
    "cli.lesson.closed": {"nl": "Les {code} is gesloten.", "en": "Lesson {code} is closed."},
    "cli.lesson.confirm_delete": {
        "nl": "Les {code} '{title}' met {n} leerling(en) en al hun resultaten verwijderen? Dit"
        " kan niet ongedaan worden gemaakt. [j/N]",
        "en": "Delete lesson {code} '{title}' with {n} student(s) and all their results? This"
        " cannot be undone. [y/N]",
    },
    "cli.lesson.not_deleted": {"nl": "Niets verwijderd.", "en": "Nothing deleted."},
    "cli.lesson.deleted": {
        "nl": "Les {code} verwijderd: {students} leerling(en), {games} spel(len), {choices}"
        " keuze(s).",
        "en": "Lesson {code} deleted: {students} student(s), {games} game(s), {choices} choice(s).",
    },
    "cli.lesson.bad_delimiter": {
        "nl": "onbekend scheidingsteken {value!r}; kies ; , of tab",
        "en": "unknown delimiter {value!r}; choose ; , or tab",
    },
    "cli.lesson.written": {"nl": "Geschreven: {path}", "en": "Written: {path}"},
    "cli.lesson.imported": {
        "nl": "{file}: geïmporteerd ({nickname})",
        "en": "{file}: imported ({nickname})",
    },
    "cli.lesson.duplicate": {
        "nl": "{file}: stond er al ({nickname}), overgeslagen",
        "en": "{file}: already there ({nickname}), skipped",
    },
    "cli.lesson.import_summary": {
        "nl": "{imported} geïmporteerd, {duplicates} dubbel, {failed} geweigerd",
        "en": "{imported} imported, {duplicates} duplicate(s), {failed} refused",
    },
    "cli.lesson.no_finished": {
        "nl": "Geen uitgespeelde spellen op deze computer.",
        "en": "No finished games on this computer.",
    },
    "cli.lesson.handin_who": {
        "nl": "geef --nickname of --game (zie --list)",
        "en": "give --nickname or --game (see --list)",
    },
    "cli.lesson.handin_saved": {
        "nl": "Bewaard: {path}\nLever dit bestand in bij je docent ({nickname}, {ref}).",
        "en": "Saved: {path}\nHand this file in to your teacher ({nickname}, {ref}).",
    },
    # Lesson errors (burgerschap.classroom.errors)
    "classroom.lesson_not_found": {
        "nl": "geen les met code {code}; kijk de code nog eens na",
        "en": "no lesson with code {code}; check the code",
    },
    "classroom.lesson_closed": {
        "nl": "les {code} is gesloten; vraag je docent om een nieuwe code",
        "en": "lesson {code} is closed; ask your teacher for a new code",
    },
    "classroom.title_empty": {
        "nl": "de les heeft een titel nodig",
        "en": "the lesson needs a title",
    },
    "classroom.title_too_long": {
        "nl": "de titel is te lang (hoogstens {max} tekens)",
        "en": "the title is too long (at most {max} characters)",
    },
    "classroom.no_scenarios": {
        "nl": "kies minstens één scenario voor de les",
        "en": "choose at least one scenario for the lesson",
    },
    "classroom.scenario_twice": {
        "nl": "scenario {ref} staat er twee keer in",
        "en": "scenario {ref} is given twice",
    },
    "classroom.no_free_code": {
        "nl": "geen vrije lescode gevonden; probeer het nog eens",
        "en": "no free lesson code found; try again",
    },
    "classroom.not_joined": {
        "nl": "{nickname} doet niet mee aan les {code}",
        "en": "{nickname} has not joined lesson {code}",
    },
    "classroom.scenario_not_in_lesson": {
        "nl": "scenario {ref} hoort niet bij les {code}",
        "en": "scenario {ref} is not part of lesson {code}",
    },
    "classroom.nickname_empty": {"nl": "kies een bijnaam", "en": "choose a nickname"},
    "classroom.nickname_email": {
        "nl": "gebruik geen e-mailadres, maar een bijnaam",
        "en": "use a nickname, not an e-mail address",
    },
    "classroom.nickname_too_long": {
        "nl": "je bijnaam is te lang (hoogstens {max} tekens)",
        "en": "your nickname is too long (at most {max} characters)",
    },
    "classroom.nickname_chars": {
        "nl": "gebruik in je bijnaam alleen letters, cijfers, spaties en - _ . ' (begin met"
        " een letter of cijfer)",
        "en": "use only letters, digits, spaces and - _ . ' in your nickname (start with a"
        " letter or digit)",
    },
    "classroom.game_not_found": {
        "nl": "geen uitgespeeld spel {game} gevonden",
        "en": "no finished game {game} found",
    },
    "classroom.game_not_finished": {
        "nl": "spel {game} is nog niet uitgespeeld",
        "en": "game {game} is not finished yet",
    },
    "classroom.no_finished_game": {
        "nl": "{nickname} heeft op deze computer nog geen spel uitgespeeld",
        "en": "{nickname} has not finished a game on this computer yet",
    },
    "classroom.handin_unreadable": {
        "nl": "{file}: kan het bestand niet lezen: {reason}",
        "en": "{file}: cannot read the file: {reason}",
    },
    "classroom.handin_too_large": {
        "nl": "{file}: te groot voor een resultaatbestand (hoogstens {limit} bytes)",
        "en": "{file}: too large for a result file (at most {limit} bytes)",
    },
    "classroom.handin_not_json": {
        "nl": "{file}: geen geldig JSON ({detail}); is het bestand beschadigd?",
        "en": "{file}: not valid JSON ({detail}); is the file damaged?",
    },
    "classroom.handin_not_result": {
        "nl": "{file}: dit is geen Burgerschap-resultaatbestand",
        "en": "{file}: this is not a Burgerschap result file",
    },
    "classroom.handin_version": {
        "nl": "{file}: onbekende versie {version} van het resultaatformaat; werk Burgerschap bij",
        "en": "{file}: unknown result format version {version}; update Burgerschap",
    },
    "classroom.handin_checksum": {
        "nl": "{file}: het controlegetal klopt niet; het bestand is beschadigd of aangepast",
        "en": "{file}: the checksum does not match; the file is damaged or was edited",
    },
    "classroom.handin_invalid": {
        "nl": "{file}: onvolledig of ongeldig veld {field}",
        "en": "{file}: missing or invalid field {field}",
    },
    "classroom.handin_nickname": {
        "nl": "{file}: bijnaam {nickname!r} is niet toegestaan",
        "en": "{file}: nickname {nickname!r} is not allowed",
    },
    "classroom.handin_scenario": {
        "nl": "{file}: scenario {ref} hoort niet bij les {code}",
        "en": "{file}: scenario {ref} is not part of lesson {code}",
    },
    "classroom.handin_hash": {
        "nl": "{file}: gespeeld met een andere inhoud van {ref} dan deze les gebruikt",
        "en": "{file}: played with different contents of {ref} than this lesson uses",
    },
    "classroom.handin_moves": {
        "nl": "{file}: keuze {step} past niet bij het scenario",
        "en": "{file}: choice {step} does not fit the scenario",
    },
    "classroom.handin_outcome": {
        "nl": "{file}: de keuzes leiden niet tot het einde en de scores in het bestand",
        "en": "{file}: the choices do not lead to the ending and scores in the file",
    },
    "classroom.handin_other_lesson": {
        "nl": "{file}: let op, opgeslagen voor les {lesson}",
        "en": "{file}: note, saved for lesson {lesson}",
    },
    # Exports (CSV headers and values)
    "export.col.nickname": {"nl": "Bijnaam", "en": "Nickname"},
    "export.col.scenario": {"nl": "Scenario", "en": "Scenario"},
    "export.col.content_hash": {"nl": "Inhoudshash", "en": "Content hash"},
    "export.col.status": {"nl": "Status", "en": "Status"},
    "export.col.ending": {"nl": "Einde", "en": "Ending"},
    "export.col.ending_title": {"nl": "Titel einde", "en": "Ending title"},
    "export.col.started": {"nl": "Begonnen", "en": "Started"},
    "export.col.finished": {"nl": "Klaar", "en": "Finished"},
    "export.col.duration_min": {"nl": "Duur (min)", "en": "Duration (min)"},
    "export.col.score_100": {"nl": "{label} (0-100)", "en": "{label} (0-100)"},
    "export.col.reflection": {"nl": "Reflectie", "en": "Reflection"},
    "export.col.steps": {"nl": "Stappen", "en": "Steps"},
    "export.col.handed_in": {"nl": "Ingeleverd", "en": "Handed in"},
    "export.col.game": {"nl": "Spel", "en": "Game"},
    "export.col.step": {"nl": "Stap", "en": "Step"},
    "export.col.node": {"nl": "Knoop", "en": "Node"},
    "export.col.node_title": {"nl": "Titel", "en": "Title"},
    "export.col.kind": {"nl": "Soort", "en": "Kind"},
    "export.col.option": {"nl": "Keuze", "en": "Option"},
    "export.col.option_text": {"nl": "Tekst keuze", "en": "Option text"},
    "export.col.correct": {"nl": "Goed", "en": "Correct"},
    "export.col.effect": {"nl": "Effect {label}", "en": "Effect {label}"},
    "export.col.at": {"nl": "Tijd", "en": "Time"},
    "export.status.playing": {"nl": "bezig", "en": "playing"},
    "export.status.finished": {"nl": "klaar", "en": "finished"},
    "export.status.abandoned": {"nl": "gestopt", "en": "abandoned"},
    "export.status.joined": {"nl": "niet begonnen", "en": "not started"},
    "export.kind.choice": {"nl": "keuze", "en": "choice"},
    "export.kind.answer": {"nl": "antwoord", "en": "answer"},
    "export.yes": {"nl": "ja", "en": "yes"},
    "export.no": {"nl": "nee", "en": "no"},
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
        "nl": "exporteer een scenario als Twine-verhaal (Twee) of als kaart (Mermaid, Graphviz)",
        "en": "export a scenario as a Twine story (Twee) or as a map (Mermaid, Graphviz)",
    },
    "cli.export.format.help": {
        "nl": "twee (Twine 2), mermaid of dot (Graphviz)",
        "en": "twee (Twine 2), mermaid or dot (Graphviz)",
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
        "nl": "{ref} is een quiz; alleen scenario's kunnen worden geëxporteerd",
        "en": "{ref} is a quiz; only scenarios can be exported",
    },
    "cli.export.written": {"nl": "geschreven: {path}", "en": "written: {path}"},
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

# Class lessons in the game (joining, the dashboard, the debrief): burgerschap.i18n_lessons.
from burgerschap.i18n_lessons import LESSON_STRINGS  # noqa: E402

STRINGS.update(LESSON_STRINGS)


def t(key: str, lang: Language = "nl", **params: Any) -> str:
    """The string ``key`` in ``lang``, with ``params`` filled in."""
    entry = STRINGS.get(key)
    if entry is None:
        return key
    text = entry.get(lang) or entry["nl"]
    return text.format(**params) if params else text

# The student game (burgerschap.tui). Binding descriptions are keys under
# "tui.key."; a key "<key>.tip" (when present) becomes the footer tooltip.
TUI_STRINGS: dict[str, dict[str, str]] = {
    "cli.play.help": {
        "nl": "speel het spel (of meteen een scenario of quiz)",
        "en": "play the game (or a scenario or quiz straight away)",
    },
    "cli.play.target.help": {
        "nl": "id van een scenario of quiz, of een pad naar een bestand",
        "en": "id of a scenario or quiz, or a path to a file",
    },
    "cli.play.unknown": {
        "nl": "geen scenario of quiz met id '{ref}'; kies uit: {known}",
        "en": "no scenario or quiz with id '{ref}'; choose from: {known}",
    },
    "cli.play.invalid": {
        "nl": "{path} kan niet gespeeld worden, los eerst deze fouten op:",
        "en": "{path} cannot be played; fix these errors first:",
    },
    # Keys in the footer
    "tui.key.quit": {"nl": "Stoppen", "en": "Quit"},
    "tui.key.quit.tip": {
        "nl": "Stop het spel; je voortgang is al bewaard",
        "en": "Quit the game; your progress is already saved",
    },
    "tui.key.palette": {"nl": "Alle acties", "en": "All actions"},
    "tui.key.open": {"nl": "Open", "en": "Open"},
    "tui.key.resume": {"nl": "Doorgaan", "en": "Continue"},
    "tui.key.quiz": {"nl": "Quiz", "en": "Quiz"},
    "tui.key.settings": {"nl": "Instellingen", "en": "Settings"},
    "tui.key.nickname": {"nl": "Bijnaam", "en": "Nickname"},
    "tui.key.choose": {"nl": "Kies", "en": "Choose"},
    "tui.key.confirm": {"nl": "Kies", "en": "Choose"},
    "tui.key.continue": {"nl": "Verder", "en": "Continue"},
    "tui.key.back": {"nl": "Stap terug", "en": "Step back"},
    "tui.key.scores": {"nl": "Scores", "en": "Scores"},
    "tui.key.read": {"nl": "Lees verder", "en": "Read on"},
    "tui.key.menu": {"nl": "Menu", "en": "Menu"},
    "tui.key.again": {"nl": "Opnieuw", "en": "Play again"},
    "tui.key.reflect": {"nl": "Reflectie", "en": "Reflection"},
    "tui.key.cancel": {"nl": "Annuleren", "en": "Cancel"},
    "tui.key.close": {"nl": "Sluiten", "en": "Close"},
    "tui.key.stop_quiz": {"nl": "Stop quiz", "en": "Stop quiz"},
    # Command palette
    "tui.palette.placeholder": {"nl": "Zoek een actie…", "en": "Search for an action…"},
    "tui.cmd.home": {"nl": "Naar het menu", "en": "Go to the menu"},
    "tui.cmd.home.help": {
        "nl": "Terug naar het beginscherm; je voortgang blijft bewaard",
        "en": "Back to the home screen; your progress is kept",
    },
    "tui.cmd.resume": {"nl": "Doorgaan", "en": "Continue"},
    "tui.cmd.resume.help": {
        "nl": "Speel verder waar je gebleven was",
        "en": "Carry on where you left off",
    },
    "tui.cmd.play": {"nl": "Speel: {title}", "en": "Play: {title}"},
    "tui.cmd.play.help": {"nl": "Begin dit verhaal", "en": "Start this story"},
    "tui.cmd.quiz": {"nl": "Quiz: {title}", "en": "Quiz: {title}"},
    "tui.cmd.quiz.help": {
        "nl": "Test wat je weet over democratie en rechten",
        "en": "Test what you know about democracy and rights",
    },
    "tui.cmd.settings": {"nl": "Instellingen", "en": "Settings"},
    "tui.cmd.settings.help": {"nl": "Taal en thema", "en": "Language and theme"},
    "tui.cmd.nickname": {"nl": "Bijnaam wijzigen", "en": "Change nickname"},
    "tui.cmd.nickname.help": {
        "nl": "Je resultaten worden per bijnaam bewaard",
        "en": "Your results are kept per nickname",
    },
    "tui.cmd.contrast": {"nl": "Hoog contrast aan/uit", "en": "High contrast on/off"},
    "tui.cmd.contrast.help": {
        "nl": "Wit en geel op zwart, goed leesbaar op een beamer",
        "en": "White and yellow on black, easy to read on a projector",
    },
    "tui.cmd.language": {"nl": "Switch to English", "en": "Schakel over naar Nederlands"},
    "tui.cmd.language.help": {
        "nl": "Toon het spel in het Engels",
        "en": "Show the game in Dutch",
    },
    "tui.cmd.keys": {"nl": "Toetsen tonen", "en": "Show keys"},
    "tui.cmd.keys.hide": {"nl": "Toetsen verbergen", "en": "Hide keys"},
    "tui.cmd.keys.help": {
        "nl": "Alle toetsen die je hier kunt gebruiken",
        "en": "Every key you can use here",
    },
    "tui.cmd.quit": {"nl": "Stoppen", "en": "Quit"},
    "tui.cmd.quit.help": {
        "nl": "Stop het spel; je voortgang is al bewaard",
        "en": "Quit the game; your progress is already saved",
    },
    # Saving
    "tui.save.failed.title": {"nl": "Niet opgeslagen", "en": "Not saved"},
    "tui.save.failed": {
        "nl": "Je voortgang kan niet worden bewaard in {folder}. Je kunt gewoon verder "
        "spelen, maar na het afsluiten is je voortgang weg.",
        "en": "Your progress cannot be saved in {folder}. You can keep playing, but your "
        "progress is lost when you quit.",
    },
    "tui.open.unknown": {
        "nl": "'{ref}' staat niet in de bibliotheek",
        "en": "'{ref}' is not in the library",
    },
    "tui.resume.none": {"nl": "Er is geen spel om mee door te gaan", "en": "No game to continue"},
    "tui.resume.missing": {
        "nl": "Dit verhaal staat niet meer in de bibliotheek; begin een nieuw verhaal.",
        "en": "This story is no longer in the library; start a new one.",
    },
    "tui.resume.changed": {
        "nl": "Dit verhaal is veranderd sinds je het speelde; je begint opnieuw.",
        "en": "This story changed since you played it; you start again.",
    },
    "tui.resume.updated": {
        "nl": "Dit verhaal is bijgewerkt; je speelt verder in de nieuwe versie.",
        "en": "This story was updated; you carry on in the new version.",
    },
    # Home
    "tui.home.question": {
        "nl": "Hoe houd je je dorp prettig om in te leven?",
        "en": "How do you keep your village a good place to live?",
    },
    "tui.home.player": {"nl": "Speler: [b]$name[/b]", "en": "Player: [b]$name[/b]"},
    "tui.home.no_player": {"nl": "Nog geen bijnaam", "en": "No nickname yet"},
    "tui.home.library": {"nl": "Wat wil je spelen?", "en": "What do you want to play?"},
    "tui.home.loading": {"nl": "Verhalen laden…", "en": "Loading stories…"},
    "tui.home.resume": {"nl": "Doorgaan", "en": "Continue"},
    "tui.home.resume.detail": {"nl": "{title} · stap {step}", "en": "{title} · step {step}"},
    "tui.home.resume.long": {
        "nl": "Je was bezig met “{title}”, bij stap {step}.",
        "en": "You were playing “{title}”, at step {step}.",
    },
    "tui.home.stories": {"nl": "Verhalen", "en": "Stories"},
    "tui.home.quizzes": {"nl": "Quiz", "en": "Quiz"},
    "tui.home.broken": {"nl": "Kapotte bestanden", "en": "Broken files"},
    "tui.home.empty": {
        "nl": "Er staan nog geen verhalen in de bibliotheek.",
        "en": "There are no stories in the library yet.",
    },
    "tui.home.playing": {"nl": "bezig", "en": "in progress"},
    "tui.home.playing.long": {
        "nl": "● Je bent bezig: stap {step}.",
        "en": "● In progress: step {step}.",
    },
    "tui.home.new": {"nl": "nieuw", "en": "new"},
    "tui.home.minutes": {"nl": "{minutes} min", "en": "{minutes} min"},
    "tui.home.minutes.long": {"nl": "Duur: ongeveer {minutes} minuten", "en": "About {minutes} minutes"},
    "tui.home.tags": {"nl": "Over: {tags}", "en": "About: {tags}"},
    "tui.home.dimensions": {"nl": "Je scoort op: {labels}", "en": "You score on: {labels}"},
    "tui.home.not_played": {"nl": "Nog niet gespeeld.", "en": "Not played yet."},
    "tui.home.best": {
        "nl": "Beste resultaat: {percent}% (einde: {ending})",
        "en": "Best result: {percent}% (ending: {ending})",
    },
    "tui.home.played": {"nl": "{count} keer uitgespeeld", "en": "Finished {count} time(s)"},
    "tui.home.questions": {"nl": "{count} vragen per ronde", "en": "{count} questions a round"},
    "tui.home.quiz.facts": {
        "nl": "{count} vragen per ronde, gekozen uit {total}.",
        "en": "{count} questions a round, drawn from {total}.",
    },
    "tui.home.best_quiz": {"nl": "beste {score}/{total}", "en": "best {score}/{total}"},
    "tui.home.best_quiz.long": {
        "nl": "Je beste score: {score} van de {total}",
        "en": "Your best score: {score} out of {total}",
    },
    "tui.home.hint.play": {"nl": "Enter: begin dit verhaal", "en": "Enter: start this story"},
    "tui.home.hint.resume": {"nl": "Enter: speel verder", "en": "Enter: carry on"},
    "tui.home.hint.quiz": {"nl": "Enter: begin de quiz", "en": "Enter: start the quiz"},
    "tui.home.broken.title": {
        "nl": "Dit bestand kan niet gespeeld worden",
        "en": "This file cannot be played",
    },
    "tui.home.broken.more": {"nl": "… en nog {count} fout(en)", "en": "… and {count} more error(s)"},
    "tui.home.broken.hint": {
        "nl": "Vraag je docent het bestand te controleren met 'burgerschap validate'.",
        "en": "Ask your teacher to check the file with 'burgerschap validate'.",
    },
    # Nickname
    "tui.nickname.welcome": {"nl": "Welkom! Hoe wil je heten?", "en": "Welcome! What shall we call you?"},
    "tui.nickname.title": {"nl": "Bijnaam wijzigen", "en": "Change nickname"},
    "tui.nickname.explain": {
        "nl": "Kies een bijnaam. Die blijft op deze computer en staat bij je resultaten. "
        "Gebruik liever niet je volledige naam.",
        "en": "Pick a nickname. It stays on this computer, next to your results. "
        "Better not use your full name.",
    },
    "tui.nickname.placeholder": {"nl": "je bijnaam", "en": "your nickname"},
    "tui.nickname.hint": {"nl": "Enter: klaar", "en": "Enter: done"},
    "tui.nickname.invalid": {
        "nl": "Typ een bijnaam van 1 tot {max} tekens.",
        "en": "Type a nickname of 1 to {max} characters.",
    },
    # Settings
    "tui.settings.title": {"nl": "Instellingen", "en": "Settings"},
    "tui.settings.language": {"nl": "Taal", "en": "Language"},
    "tui.settings.theme": {"nl": "Thema", "en": "Theme"},
    "tui.settings.theme.default": {"nl": "Dorp (standaard)", "en": "Village (default)"},
    "tui.settings.theme.contrast": {"nl": "Hoog contrast", "en": "High contrast"},
    "tui.settings.folder": {
        "nl": "Je voortgang staat in {folder}",
        "en": "Your progress is kept in {folder}",
    },
    "tui.settings.not_saving": {
        "nl": "Let op: je voortgang kan niet worden bewaard in {folder}",
        "en": "Note: your progress cannot be saved in {folder}",
    },
    "tui.settings.nickname": {"nl": "Bijnaam wijzigen", "en": "Change nickname"},
    "tui.settings.close": {"nl": "Klaar", "en": "Done"},
    # Play
    "tui.play.step": {"nl": "stap {step}", "en": "step {step}"},
    "tui.play.scores": {"nl": "Jouw dorp", "en": "Your village"},
    "tui.play.choose": {"nl": "Wat doe je?", "en": "What do you do?"},
    "tui.play.answer": {"nl": "Kies je antwoord", "en": "Pick your answer"},
    "tui.play.stuck": {
        "nl": "Hier loopt het verhaal vast. Ga een stap terug met b.",
        "en": "The story is stuck here. Go back a step with b.",
    },
    "tui.play.feedback": {"nl": "Wat er gebeurt", "en": "What happens"},
    "tui.play.you_chose": {"nl": "Je koos:", "en": "You chose:"},
    "tui.play.you_answered": {"nl": "Jouw antwoord:", "en": "Your answer:"},
    "tui.play.right": {"nl": "Goed!", "en": "Right!"},
    "tui.play.right.title": {"nl": "Goed beantwoord", "en": "Well answered"},
    "tui.play.wrong": {"nl": "Helaas, dat klopt niet.", "en": "Sorry, that's not right."},
    "tui.play.wrong.title": {"nl": "Net niet", "en": "Not quite"},
    "tui.play.right_answer": {"nl": "Het goede antwoord: {answer}", "en": "The right answer: {answer}"},
    "tui.play.source": {"nl": "Bron: {source}", "en": "Source: {source}"},
    "tui.play.yours": {"nl": "jouw antwoord", "en": "your answer"},
    "tui.play.yours": {"nl": "jouw antwoord", "en": "your answer"},
    "tui.play.continue": {"nl": "Enter of spatie: verder", "en": "Enter or space: continue"},
    # Ending and results
    "tui.ending.label": {"nl": "einde", "en": "the end"},
    "tui.ending.scores": {"nl": "Hoe deed je het?", "en": "How did you do?"},
    "tui.ending.band.low": {
        "nl": "Hier is nog veel te winnen.",
        "en": "There is a lot to gain here.",
    },
    "tui.ending.band.middle": {"nl": "Op de goede weg.", "en": "On the right track."},
    "tui.ending.band.high": {"nl": "Sterk gedaan!", "en": "Well done!"},
    "tui.ending.path": {"nl": "Jouw pad", "en": "Your path"},
    "tui.ending.question": {"nl": "Vraag", "en": "Question"},
    "tui.ending.not_taken": {"nl": "Wat als je anders had gekozen?", "en": "What if you had chosen differently?"},
    "tui.ending.no_alternatives": {
        "nl": "Je had steeds maar één keuze.",
        "en": "You only ever had one choice.",
    },
    "tui.ending.you_chose": {"nl": "(jij koos: {text})", "en": "(you chose: {text})"},
    "tui.ending.no_effect": {"nl": "geen verschil in punten", "en": "no change in points"},
    "tui.ending.reflection": {"nl": "Reflectie", "en": "Reflection"},
    "tui.ending.reflection.default": {
        "nl": "Wat neem je mee uit dit verhaal?",
        "en": "What do you take away from this story?",
    },
    "tui.ending.reflection.placeholder": {"nl": "Typ je antwoord…", "en": "Type your answer…"},
    "tui.ending.reflection.hint": {
        "nl": "Druk op w om te schrijven, Enter om te bewaren.",
        "en": "Press w to write, Enter to save.",
    },
    "tui.ending.reflection.saved": {"nl": "✓ Bewaard.", "en": "✓ Saved."},
    "tui.ending.reflection.kept": {
        "nl": "Niet bewaard: de map met je voortgang is niet beschrijfbaar.",
        "en": "Not saved: the folder for your progress cannot be written.",
    },
    "tui.ending.again": {"nl": "Opnieuw spelen", "en": "Play again"},
    "tui.ending.menu": {"nl": "Naar het menu", "en": "Back to the menu"},
    # Quiz
    "tui.quiz.progress": {"nl": "{score} van {answered} goed", "en": "{score} of {answered} right"},
    "tui.quiz.number": {"nl": "Vraag {number} van {total}", "en": "Question {number} of {total}"},
    "tui.quiz.to_results": {"nl": "Enter of spatie: naar je score", "en": "Enter or space: see your score"},
    "tui.quiz.done": {"nl": "klaar", "en": "done"},
    "tui.quiz.score": {"nl": "{score} van de {total} goed", "en": "{score} out of {total} right"},
    "tui.quiz.correct": {"nl": "Goed beantwoord", "en": "Answered correctly"},
    "tui.quiz.band.low": {
        "nl": "Lees de uitleg hieronder en probeer het nog eens.",
        "en": "Read the explanations below and try again.",
    },
    "tui.quiz.band.middle": {"nl": "Aardig! Er valt nog wat te leren.", "en": "Not bad! Still a bit to learn."},
    "tui.quiz.band.high": {"nl": "Knap gedaan!", "en": "Well done!"},
    "tui.quiz.missed": {"nl": "Om van te leren ({count})", "en": "To learn from ({count})"},
    "tui.quiz.all_right": {"nl": "Alles goed!", "en": "All right!"},
    "tui.quiz.right_was": {"nl": "Goed was:", "en": "Right was:"},
    "tui.quiz.again": {"nl": "Nieuwe ronde", "en": "New round"},
}
STRINGS.update(TUI_STRINGS)

# Teacher mode and the scenario editor (burgerschap.tui.authoring and friends).
from burgerschap.i18n_editor import EDITOR_STRINGS  # noqa: E402
from burgerschap.i18n_teacher import TEACHER_STRINGS  # noqa: E402

STRINGS.update(TEACHER_STRINGS)
STRINGS.update(EDITOR_STRINGS)
