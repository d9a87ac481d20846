"""Strings of the command line: validate, check, schema and serve."""

from __future__ import annotations

CLI_STRINGS: dict[str, dict[str, str]] = {
    # Command line
    "cli.description": {
        "nl": "Burgerschap: een spel over samenleven in je dorp.",
        "en": "Burgerschap: a game about living together in your village.",
    },
    "cli.epilog": {
        "nl": "Je eigen scenario's, lessen en instellingen staan in de datamap:\n  {path}\n"
        "Zet {env} voor een andere map.",
        "en": "Your own scenarios, lessons and settings are in the data folder:\n  {path}\n"
        "Set {env} for another folder.",
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
        "nl": "bestanden, mappen, of id of id@versie uit de bibliotheek "
        "(standaard: de hele bibliotheek)",
        "en": "files, folders, or id or id@version from the library (default: the whole library)",
    },
    "cli.lang.help": {"nl": "taal van de uitvoer (nl of en)", "en": "output language (nl or en)"},
    "cli.version.help": {
        "nl": "toon de versie van Burgerschap en stop",
        "en": "show the version of Burgerschap and exit",
    },
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
    "cli.check.best": {
        "nl": "hoogste score op {dimension} ({max}) eindigt bij: {endings}",
        "en": "highest score on {dimension} ({max}) ends at: {endings}",
    },
    "cli.check.outcome.goed": {"nl": "goed", "en": "good"},
    "cli.check.outcome.gemengd": {"nl": "gemengd", "en": "mixed"},
    "cli.check.outcome.slecht": {"nl": "slecht", "en": "bad"},
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
    "cli.check.quiz_counts": {
        "nl": "toepassingsvragen: {application}; per niveau: {levels}",
        "en": "application questions: {application}; per level: {levels}",
    },
    "cli.check.quiz_no_level": {"nl": "zonder niveau", "en": "without level"},
    "cli.check.glossary": {
        "nl": "{path}: woordenlijst {ref}: {terms} begrippen",
        "en": "{path}: glossary {ref}: {terms} terms",
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
        "nl": "hoeveel leerlingen tegelijk mogen spelen (standaard: wat in het vrije geheugen"
        " past, hoogstens 40)",
        "en": "how many students may play at once (default: what fits in free memory, at most 40)",
    },
    "cli.serve.lan": {
        "nl": "voor het hele schoolnetwerk (hetzelfde als --host 0.0.0.0); toont de adressen"
        " van deze computer en een QR-code",
        "en": "for the whole school network (the same as --host 0.0.0.0); shows this"
        " computer's addresses and a QR code",
    },
    "cli.serve.bad_max": {
        "nl": "--max-students en --max-per-device moeten minstens 1 zijn",
        "en": "--max-students and --max-per-device must be at least 1",
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
    "serve.too_many": {
        "nl": "Vanaf dit apparaat spelen al {count} spellen tegelijk.\n"
        "Sluit een ander tabblad en probeer het opnieuw.",
        "en": "This device already has {count} games open.\nClose another tab and try again.",
    },
    "serve.forbidden": {
        "nl": "Deze pagina hoort bij een ander adres.",
        "en": "This page belongs to another address.",
    },
    "serve.refused_host": {
        "nl": "Geweigerd: {address} vroeg om host {host}, die niet bij deze server hoort.",
        "en": "Refused: {address} asked for host {host}, which is not this server.",
    },
    "serve.refused_address": {
        "nl": "Geweigerd: {address} heeft al het maximum aantal spellen open.",
        "en": "Refused: {address} already has the most games open.",
    },
    "serve.session_error": {
        "nl": "Een sessie stopte onverwacht ({error}); de andere spelen gewoon door.",
        "en": "A session stopped unexpectedly ({error}); the others play on.",
    },
    "cli.serve.allow_host": {
        "nl": "nog een hostnaam waarmee leerlingen de server openen (bijv. achter een proxy);"
        " mag vaker",
        "en": "another host name students use to open the server (e.g. behind a proxy);"
        " may be repeated",
    },
    "cli.serve.per_address": {
        "nl": "hoeveel spellen één apparaat tegelijk mag openen (standaard 3)",
        "en": "how many games one device may open at once (default 3)",
    },
    # Faults of the machine, not bugs: one line instead of a traceback
    "cli.fault.disk_full": {
        "nl": "de schijf is vol: {path} kon niet geschreven worden; er is niets half opgeslagen",
        "en": "the disk is full: {path} could not be written; nothing was half saved",
    },
    "cli.fault.no_permission": {
        "nl": "geen toestemming voor {path}; kies een map waarin je mag schrijven",
        "en": "no permission for {path}; choose a folder you may write to",
    },
    "cli.fault.read_only": {
        "nl": "{path} staat op een schijf die alleen gelezen kan worden",
        "en": "{path} is on a disk that can only be read",
    },
    "cli.fault.missing": {"nl": "bestaat niet: {path}", "en": "does not exist: {path}"},
    "cli.fault.is_folder": {
        "nl": "{path} is een map; geef een bestandsnaam",
        "en": "{path} is a folder; give a file name",
    },
    "cli.fault.exists": {
        "nl": "{path} bestaat al; kies een andere naam, of vervang het met --force",
        "en": "{path} already exists; choose another name, or replace it with --force",
    },
    "cli.force.help": {
        "nl": "vervang een bestand dat al bestaat (zonder dit weigert -o dat)",
        "en": "replace a file that already exists (without it, -o refuses)",
    },
    "cli.fault.os": {"nl": "{path}: {reason}", "en": "{path}: {reason}"},
    "cli.fault.db_locked": {
        "nl": "de database {path} is bezet door een ander programma; probeer het zo opnieuw",
        "en": "the database {path} is busy in another program; try again soon",
    },
    "cli.fault.db_read_only": {
        "nl": "de database {path} kan alleen gelezen worden; er is niets veranderd",
        "en": "the database {path} can only be read; nothing was changed",
    },
    "cli.fault.db_open": {
        "nl": "de database {path} kan niet geopend worden",
        "en": "the database {path} cannot be opened",
    },
    "cli.fault.db_corrupt": {
        "nl": "de database {path} is beschadigd of geen database; zet een reservekopie terug"
        " of verplaats het bestand",
        "en": "the database {path} is damaged or not a database; restore a backup or move the"
        " file away",
    },
    "cli.fault.pipe": {
        "nl": "de uitvoer werd afgebroken (het volgende programma stopte met lezen)",
        "en": "the output was cut off (the next program stopped reading)",
    },
    # The teacher PIN on the command line
    "cli.pin.prompt": {"nl": "Docentenpincode: ", "en": "Teacher PIN: "},
    "cli.pin.needed": {
        "nl": "deze opdracht is voor de docent en vraagt de pincode; typ die in een terminal,"
        " of zet hem in {env} of in een bestand dat {file_env} noemt",
        "en": "this command is for the teacher and needs the PIN; type it in a terminal,"
        " or put it in {env} or in a file named by {file_env}",
    },
    "cli.pin.wrong": {
        "nl": "verkeerde pincode; er is niets gedaan",
        "en": "wrong PIN; nothing was done",
    },
    "cli.pin.wait": {
        "nl": "te vaak een verkeerde pincode: probeer het over {seconds} seconden opnieuw",
        "en": "too many wrong PINs: try again in {seconds} seconds",
    },
    # What serve shows the class
    "serve.sized": {
        "nl": "(Zoveel leerlingen passen in het vrije geheugen van deze computer; kies zelf met"
        " --max-students.)",
        "en": "(That many students fit in this computer's free memory; choose with"
        " --max-students.)",
    },
    "serve.open_network": {
        "nl": "Let op: iedereen op dit netwerk kan deze pagina openen. Deel het adres alleen"
        " met je klas, en stop de server (Ctrl+C) na de les.",
        "en": "Note: anyone on this network can open this page. Share the address with your"
        " class only, and stop the server (Ctrl+C) after the lesson.",
    },
    "serve.code_hint": {
        "nl": "Met de lescode erin hoeven leerlingen die niet te typen: {url}",
        "en": "With the lesson code in it, students need not type it: {url}",
    },
}
