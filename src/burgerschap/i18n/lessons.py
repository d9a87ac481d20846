"""Interface strings of class lessons in the game (Dutch and English).

Joining a lesson and playing it (students, also in the browser), and the
teacher's lessons list, new lesson form, live dashboard and debrief. Merged
into :data:`burgerschap.i18n.STRINGS`; use them through :func:`~burgerschap.i18n.t`.
"""

from __future__ import annotations

LESSON_STRINGS: dict[str, dict[str, str]] = {
    "cli.play.served.help": {
        "nl": "alleen leerlingmodus, voor de browser (burgerschap serve start dit zelf)",
        "en": "student mode only, for the browser (burgerschap serve starts this itself)",
    },
    "export.file.lesson": {"nl": "les", "en": "lesson"},
    "export.file.students": {"nl": "leerlingen", "en": "students"},
    "export.file.choices": {"nl": "keuzes", "en": "choices"},
    # Keys
    "tui.key.join_lesson": {"nl": "Les", "en": "Lesson"},
    "tui.key.join_lesson.tip": {
        "nl": "Meedoen met een les: vul de code van het bord in",
        "en": "Join a lesson: type the code from the board",
    },
    "tui.key.leave": {"nl": "Terug", "en": "Back"},
    "tui.key.debrief": {"nl": "Nabespreken", "en": "Debrief"},
    "tui.key.debrief.tip": {
        "nl": "Wat koos de klas? Groot en zonder namen, voor het digibord",
        "en": "What did the class choose? Large and without names, for the projector",
    },
    "tui.key.board": {"nl": "Bord", "en": "Board"},
    "tui.key.board.tip": {
        "nl": "De link en QR-code om mee te doen, groot voor het digibord",
        "en": "The link and QR code to join, large for the projector",
    },
    "tui.board.title": {"nl": "Doe mee met de les", "en": "Join the lesson"},
    "tui.board.code": {"nl": "Lescode: {code}", "en": "Lesson code: {code}"},
    "tui.board.scan": {
        "nl": "Scan de code of typ het adres; daarna alleen nog je bijnaam.",
        "en": "Scan the code or type the address; then only your nickname.",
    },
    "tui.board.no_server": {
        "nl": "Start 'burgerschap serve --lan' op deze computer; dan staat hier de QR-code."
        " Spelen leerlingen op hun eigen computer, dan typen ze deze code.",
        "en": "Start 'burgerschap serve --lan' on this computer; the QR code then shows here."
        " Students playing on their own computer type this code.",
    },
    "tui.key.export": {"nl": "Exporteren", "en": "Export"},
    "tui.key.export.tip": {
        "nl": "Schrijf de resultaten als CSV (Excel) en JSON in de gegevensmap",
        "en": "Write the results as CSV (Excel) and JSON into the data folder",
    },
    "tui.key.new_code": {"nl": "Nieuwe code", "en": "New code"},
    "tui.key.new_code.tip": {
        "nl": "Een nieuwe terugkomcode voor de gekozen leerling (code kwijt?)",
        "en": "A new return code for the selected student (lost their code?)",
    },
    "tui.key.close_lesson": {"nl": "Les sluiten", "en": "Close lesson"},
    "tui.key.close_lesson.tip": {
        "nl": "Niemand kan nog meedoen; wie bezig is, kan afmaken",
        "en": "Nobody can join any more; whoever is playing can finish",
    },
    "tui.key.new_lesson": {"nl": "Nieuwe les", "en": "New lesson"},
    "tui.key.open_lesson": {"nl": "Openen", "en": "Open"},
    "tui.key.delete_lesson": {"nl": "Verwijderen", "en": "Delete"},
    "tui.key.create_lesson": {"nl": "Les maken", "en": "Create lesson"},
    "tui.key.next": {"nl": "Volgende", "en": "Next"},
    "tui.key.previous": {"nl": "Vorige", "en": "Previous"},
    "tui.key.endings": {"nl": "Eindes", "en": "Endings"},
    "tui.key.version": {"nl": "Ander verhaal", "en": "Other story"},
    # Command palette
    "tui.cmd.lesson": {"nl": "Meedoen met een les", "en": "Join a lesson"},
    "tui.cmd.lesson.help": {
        "nl": "Vul de code van het bord en je bijnaam in",
        "en": "Type the code from the board and your nickname",
    },
    "tui.served.cmd.lesson": {"nl": "Naar de les", "en": "To the lesson"},
    "tui.served.cmd.lesson.help": {
        "nl": "Terug naar de verhalen van je les; je voortgang blijft bewaard",
        "en": "Back to your lesson's stories; your progress is kept",
    },
    "tui.served.not_saved": {
        "nl": "Je voortgang kan nu niet worden opgeslagen. Speel gerust verder en zeg het tegen je"
        " docent.",
        "en": "Your progress cannot be saved right now. Keep playing and tell your teacher.",
    },
    # Joining (students)
    "tui.home.lesson": {"nl": "Meedoen met een les", "en": "Join a lesson"},
    "tui.home.lesson.detail": {
        "nl": "met de code van het bord",
        "en": "with the code from the board",
    },
    "tui.home.lesson.long": {
        "nl": "Speelt je klas samen? Vul de code in die je docent op het bord zet, en kies een"
        " bijnaam. Je speelt dan het verhaal van de les, en je docent ziet hoe de klas het doet.",
        "en": "Is your class playing together? Type the code your teacher puts on the board and"
        " choose a nickname. You then play the lesson's story, and your teacher sees how the"
        " class is doing.",
    },
    "tui.home.hint.lesson": {"nl": "Enter: code invullen", "en": "Enter: type the code"},
    "tui.lesson.join.title": {"nl": "Meedoen met een les", "en": "Join a lesson"},
    "tui.lesson.join.explain": {
        "nl": "Vul de code in die je docent op het bord zet, en kies een bijnaam.",
        "en": "Type the code your teacher puts on the board, and choose a nickname.",
    },
    "tui.lesson.join.code": {"nl": "Lescode", "en": "Lesson code"},
    "tui.lesson.join.code.example": {"nl": "bijvoorbeeld KMN-P47", "en": "for example KMN-P47"},
    "tui.lesson.join.nickname": {"nl": "Bijnaam", "en": "Nickname"},
    "tui.lesson.join.nickname.example": {
        "nl": "bijvoorbeeld Sam7",
        "en": "for example Sam7",
    },
    "tui.lesson.join.button": {"nl": "Meedoen", "en": "Join"},
    "tui.lesson.join.no_code": {
        "nl": "Vul eerst de lescode in.",
        "en": "Type the lesson code first.",
    },
    "tui.lesson.join.privacy": {
        "nl": "Alleen je bijnaam wordt bewaard (hoogstens {max} tekens). Geen e-mailadres,"
        " en liever niet je hele naam.",
        "en": "Only your nickname is kept (at most {max} characters). No e-mail address, and"
        " preferably not your full name.",
    },
    "tui.lesson.join.return_code": {
        "nl": "Terugkomcode (alleen als je al eerder meedeed)",
        "en": "Return code (only if you joined before)",
    },
    "tui.lesson.join.return_code.example": {
        "nl": "bijvoorbeeld K7MP",
        "en": "for example K7MP",
    },
    "tui.lesson.code.title": {
        "nl": "Schrijf je terugkomcode op",
        "en": "Write down your return code",
    },
    "tui.lesson.code.text": {
        "nl": "Jouw terugkomcode is:\n\n    {code}\n\nSchrijf hem op. Je ziet hem maar één keer."
        " Speel je later verder op een andere computer? Typ dan je bijnaam {nickname} en deze"
        " code.",
        "en": "Your return code is:\n\n    {code}\n\nWrite it down. You only see it once."
        " Carrying on later on another computer? Then type your nickname {nickname} and this"
        " code.",
    },
    "tui.lesson.code.ok": {"nl": "Ik heb hem opgeschreven", "en": "I wrote it down"},
    "tui.lesson.code.reminder": {
        "nl": "Jouw terugkomcode: {code}",
        "en": "Your return code: {code}",
    },
    "tui.lesson.rejoined": {
        "nl": "Welkom terug, {nickname}. Je gaat verder waar je was.",
        "en": "Welcome back, {nickname}. You carry on where you were.",
    },
    "tui.lesson.playing_as": {
        "nl": "Je speelt als [b]$nickname[/b] · les $code",
        "en": "You play as [b]$nickname[/b] · lesson $code",
    },
    "tui.lesson.scenarios": {"nl": "Verhalen van deze les", "en": "Stories of this lesson"},
    "tui.lesson.hint": {
        "nl": "Enter: spelen. Als je klaar bent, bespreekt je docent met de klas wat iedereen"
        " koos.",
        "en": "Enter: play. When you are done, your teacher discusses with the class what"
        " everyone chose.",
    },
    "tui.lesson.status.new": {"nl": "nieuw", "en": "new"},
    "tui.lesson.status.playing": {"nl": "bezig, stap {step}", "en": "playing, step {step}"},
    "tui.lesson.status.finished": {"nl": "klaar: {ending}", "en": "finished: {ending}"},
    "tui.lesson.no_store": {
        "nl": "De les kan nu niet worden geopend: de gegevens zijn niet bereikbaar.",
        "en": "The lesson cannot be opened now: its data cannot be reached.",
    },
    # The lessons list (teacher)
    "tui.lessons.title": {"nl": "Lessen", "en": "Lessons"},
    "tui.lessons.about": {
        "nl": "Enter: live overzicht · n: nieuwe les",
        "en": "Enter: live overview · n: new lesson",
    },
    "tui.lessons.col.code": {"nl": "Code", "en": "Code"},
    "tui.lessons.col.title": {"nl": "Titel", "en": "Title"},
    "tui.lessons.col.status": {"nl": "Status", "en": "Status"},
    "tui.lessons.col.students": {"nl": "Leerlingen", "en": "Students"},
    "tui.lessons.col.finished": {"nl": "Klaar", "en": "Finished"},
    "tui.lessons.col.created": {"nl": "Gemaakt", "en": "Created"},
    "tui.lessons.none": {
        "nl": "Er zijn nog geen lessen. Druk op n om er een te maken.",
        "en": "There are no lessons yet. Press n to make one.",
    },
    "tui.lessons.delete.title": {"nl": "Les {code} verwijderen?", "en": "Delete lesson {code}?"},
    "tui.lessons.delete.text": {
        "nl": "'{title}' met {students} leerling(en) en {games} spel(len): alles wordt gewist,"
        " ook de reflecties. Dit kan niet ongedaan worden gemaakt. Exporteer eerst wat je nodig"
        " hebt.",
        "en": "'{title}' with {students} student(s) and {games} game(s): everything is erased,"
        " the reflections too. This cannot be undone. Export what you need first.",
    },
    "tui.lessons.delete.keep": {"nl": "Niets doen", "en": "Keep it"},
    "tui.lessons.delete.yes": {"nl": "Verwijderen", "en": "Delete"},
    "tui.lessons.deleted": {
        "nl": "Les {code} verwijderd: {students} leerling(en), {games} spel(len).",
        "en": "Lesson {code} deleted: {students} student(s), {games} game(s).",
    },
    # A new lesson (teacher)
    "tui.lesson_new.title": {"nl": "Nieuwe les", "en": "New lesson"},
    "tui.lesson_new.name": {"nl": "Titel", "en": "Title"},
    "tui.lesson_new.name.placeholder": {
        "nl": "bijvoorbeeld 2B burgerschap, dinsdag (leeg: de titel van het verhaal)",
        "en": "for example 2B citizenship, Tuesday (empty: the story's title)",
    },
    "tui.lesson_new.scenarios": {
        "nl": "Verhalen (spatie kiest; een les mag er meer hebben)",
        "en": "Stories (space picks; a lesson may have several)",
    },
    "tui.lesson_new.options": {"nl": "Regels voor leerlingen", "en": "Rules for students"},
    "tui.lesson_new.allow_back": {
        "nl": "Een stap terug mag (als het verhaal het toestaat)",
        "en": "Going a step back is allowed (where the story allows it)",
    },
    "tui.lesson_new.show_scores": {
        "nl": "Leerlingen zien hun scores tijdens het spelen",
        "en": "Students see their scores while playing",
    },
    "tui.lesson_new.create": {"nl": "Les maken", "en": "Create lesson"},
    "tui.lesson_new.pick": {
        "nl": "Kies minstens één verhaal (spatie).",
        "en": "Pick at least one story (space).",
    },
    "tui.lesson_new.no_scenarios": {
        "nl": "De bibliotheek heeft geen speelbare verhalen.",
        "en": "The library has no playable stories.",
    },
    # The dashboard (teacher)
    "tui.dash.col.nickname": {"nl": "Bijnaam", "en": "Nickname"},
    "tui.dash.col.scenario": {"nl": "Verhaal", "en": "Story"},
    "tui.dash.col.where": {"nl": "Stap · waar nu", "en": "Step · where now"},
    "tui.dash.col.status": {"nl": "Status", "en": "Status"},
    "tui.dash.counts": {
        "nl": "{joined} meegedaan · {playing} bezig · {finished} klaar",
        "en": "{joined} joined · {playing} playing · {finished} finished",
    },
    "tui.dash.join_how": {
        "nl": "Leerlingen kiezen 'Meedoen met een les'.",
        "en": "Students pick 'Join a lesson'.",
    },
    "tui.dash.nobody": {
        "nl": "Nog niemand doet mee. Zet de code {code} op het bord. Leerlingen kiezen in het spel"
        " 'Meedoen met een les' (of toets L), of spelen in de browser terwijl jij"
        " 'burgerschap serve' draait.",
        "en": "Nobody has joined yet. Put the code {code} on the board. Students pick 'Join a"
        " lesson' in the game (or key L), or play in the browser while you run"
        " 'burgerschap serve'.",
    },
    "tui.dash.code": {"nl": "code {code}", "en": "code {code}"},
    "tui.dash.status.joined": {"nl": "wacht", "en": "waiting"},
    "tui.dash.status.playing": {"nl": "bezig", "en": "playing"},
    "tui.dash.status.finished": {"nl": "klaar", "en": "finished"},
    "tui.dash.status.stopped": {"nl": "gestopt", "en": "stopped"},
    "tui.dash.results": {"nl": "Resultaten van de klas", "en": "Class results"},
    "tui.dash.finished": {
        "nl": "{count}× uitgespeeld, gemiddeld (0-100)",
        "en": "finished {count}×, mean (0-100)",
    },
    "tui.dash.no_results": {
        "nl": "Nog geen uitgespeelde spellen.",
        "en": "No finished games yet.",
    },
    "tui.dash.exported": {
        "nl": "Geëxporteerd naar {folder}: {files}",
        "en": "Exported to {folder}: {files}",
    },
    "tui.dash.exported.short": {
        "nl": "{count} bestanden geschreven in {folder}",
        "en": "{count} files written in {folder}",
    },
    "tui.dash.export_failed": {
        "nl": "Exporteren lukte niet: {reason}",
        "en": "Export failed: {reason}",
    },
    "tui.dash.close.title": {"nl": "Les {code} sluiten?", "en": "Close lesson {code}?"},
    "tui.dash.close.text": {
        "nl": "Daarna kan niemand meer meedoen of een nieuw spel beginnen. Wie nu bezig is, kan"
        " afmaken. De resultaten blijven bewaard.",
        "en": "After this nobody can join or start a new game. Whoever is playing now can finish."
        " The results are kept.",
    },
    "tui.dash.new_code.title": {
        "nl": "Nieuwe terugkomcode voor {nickname}?",
        "en": "New return code for {nickname}?",
    },
    "tui.dash.new_code.text": {
        "nl": "Doe dit als {nickname} de code kwijt is. De oude code en de browser waarmee"
        " {nickname} meedeed, werken daarna niet meer. Een venster waarin nu iemand als"
        " {nickname} speelt, laat de naam los.",
        "en": "Do this when {nickname} lost the code. The old code and the browser {nickname}"
        " joined from stop working. A window where someone plays as {nickname} now lets go"
        " of the name.",
    },
    "tui.dash.new_code.keep": {"nl": "Niet doen", "en": "Cancel"},
    "tui.dash.new_code.yes": {"nl": "Nieuwe code", "en": "New code"},
    "tui.dash.new_code.done.title": {
        "nl": "Nieuwe terugkomcode voor {nickname}",
        "en": "New return code for {nickname}",
    },
    "tui.dash.new_code.done": {
        "nl": "Geef deze code aan {nickname}:\n\n    {code}\n\nHij staat nergens anders;"
        " alleen een controlegetal wordt bewaard.",
        "en": "Give this code to {nickname}:\n\n    {code}\n\nIt is shown nowhere else; only"
        " a checksum is kept.",
    },
    "tui.dash.new_code.ok": {"nl": "Doorgegeven", "en": "Passed on"},
    "tui.dash.close.keep": {"nl": "Open laten", "en": "Keep it open"},
    "tui.dash.close.yes": {"nl": "Sluiten", "en": "Close"},
    # The debrief (teacher, on the projector)
    "tui.debrief.title": {"nl": "Nabespreking · {title}", "en": "Debrief · {title}"},
    "tui.debrief.loading": {
        "nl": "De keuzes van de klas laden…",
        "en": "Loading the class's choices…",
    },
    "tui.debrief.games": {"nl": "{count} spel(len)", "en": "{count} game(s)"},
    "tui.debrief.step": {"nl": "{page} / {pages}", "en": "{page} / {pages}"},
    "tui.debrief.story": {"nl": "Keuze", "en": "Choice"},
    "tui.debrief.question": {"nl": "Vraag", "en": "Question"},
    "tui.debrief.top": {"nl": "koos de meest gekozen optie", "en": "took the most chosen option"},
    "tui.debrief.top.ending": {
        "nl": "kwam bij het vaakste einde uit",
        "en": "reached the most common ending",
    },
    "tui.debrief.total": {
        "nl": "{count} keer gekozen. Waarom kozen jullie zo?",
        "en": "Chosen {count} time(s). Why did you choose this way?",
    },
    "tui.debrief.nobody": {
        "nl": "Hier is (nog) niemand langs gekomen.",
        "en": "Nobody came here (yet).",
    },
    "tui.debrief.endings.label": {"nl": "Tot slot", "en": "Finally"},
    "tui.debrief.endings": {"nl": "Hoe liep het af?", "en": "How did it end?"},
    "tui.debrief.endings.text": {
        "nl": "Welk einde vind je het beste voor het dorp? Wat was er nodig om daar te komen?",
        "en": "Which ending is best for the village? What did it take to get there?",
    },
    "tui.debrief.finished": {
        "nl": "{count} spel(len) uitgespeeld.",
        "en": "{count} game(s) finished.",
    },
    "tui.debrief.none_finished": {
        "nl": "Nog niemand heeft het verhaal uitgespeeld.",
        "en": "Nobody has finished the story yet.",
    },
}
