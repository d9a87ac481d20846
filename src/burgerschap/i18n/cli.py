"""Strings of the command line: validate, check, schema and serve."""

from __future__ import annotations

CLI_STRINGS: dict[str, dict[str, str]] = {
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
}
