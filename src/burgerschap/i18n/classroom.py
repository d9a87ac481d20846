"""Strings of class lessons on the command line: lesson commands, their errors, exports."""

from __future__ import annotations

CLASSROOM_STRINGS: dict[str, dict[str, str]] = {
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
    "cli.lesson.reset.help": {
        "nl": "geef een leerling die de terugkomcode kwijt is een nieuwe",
        "en": "give a student who lost their return code a new one",
    },
    "cli.lesson.reset.nickname.help": {
        "nl": "de bijnaam van de leerling (hoofdletters tellen niet)",
        "en": "the student's nickname (case does not matter)",
    },
    "cli.lesson.reset.done": {
        "nl": "Nieuwe terugkomcode voor {nickname} in les {code}. De oude code en de browser"
        " waarmee {nickname} meedeed werken niet meer. Geef deze code door:",
        "en": "New return code for {nickname} in lesson {code}. The old code and the browser"
        " {nickname} joined from no longer work. Pass this code on:",
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
        "nl": "importeer ingeleverde resultaatbestanden in een les, of hele lessen uit hun"
        " JSON-export (van een andere computer of database)",
        "en": "import handed-in result files into a lesson, or whole lessons from their JSON"
        " export (from another computer or database)",
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
    "cli.lesson.student_version": {
        "nl": "{ref} is de eigen versie van een leerling; een les gebruikt alleen versies van de"
        " docent en ingebouwde verhalen. Wil je hem gebruiken? Open hem in de docentenmodus"
        " ('burgerschap teacher', Bibliotheek) en bewaar hem daar.",
        "en": "{ref} is a student's own version; a lesson only uses the teacher's versions and"
        " the built-in stories. Want to use it? Open it in teacher mode ('burgerschap"
        " teacher', Library) and save it there.",
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
    "classroom.nickname_in_use": {
        "nl": "Deze naam is al in gebruik in deze les. Kies een andere naam. Ben jij het zelf,"
        " in een ander venster? Sluit dat venster dan eerst en probeer het opnieuw.",
        "en": "This name is already in use in this lesson. Choose another name. Is it you, in"
        " another window? Then close that window first and try again.",
    },
    "classroom.nickname_taken": {
        "nl": "Deze naam is al gebruikt in deze les. Ben jij het? Typ dan je terugkomcode."
        " Ben je iemand anders? Kies dan een andere naam.",
        "en": "This name was already used in this lesson. Is it you? Then type your return"
        " code. Someone else? Then choose another name.",
    },
    "classroom.return_code_wrong": {
        "nl": "Deze terugkomcode klopt niet. Kijk nog eens goed. Kwijt? Vraag je docent om een"
        " nieuwe code.",
        "en": "That return code is not right. Look again. Lost it? Ask your teacher for a new"
        " code.",
    },
    "classroom.return_code_locked": {
        "nl": "Te vaak een verkeerde terugkomcode. Vraag je docent om een nieuwe code.",
        "en": "Too many wrong return codes. Ask your teacher for a new code.",
    },
    "classroom.game_in_use": {
        "nl": "spel {game} is open in een ander venster; het gaat daar verder",
        "en": "game {game} is open in another window; it goes on there",
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
}
