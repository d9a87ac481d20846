"""Strings about where lessons are kept: the database option, and moving a lesson."""

from __future__ import annotations

DATABASE_STRINGS: dict[str, dict[str, str]] = {
    "cli.serve.proxy": {
        "nl": "het IP-adres van een reverse proxy ervoor (mag vaker): van dat adres gelden"
        " X-Forwarded-Proto en X-Forwarded-For, zodat https en het adres van elk apparaat kloppen",
        "en": "the IP address of a reverse proxy in front (may be repeated): from that address"
        " X-Forwarded-Proto and X-Forwarded-For count, so that https and each device's address"
        " are right",
    },
    "cli.database.help": {
        "nl": "de database: postgresql://gebruiker@server/naam (standaard het SQLite-bestand in de"
        " gegevensmap, of BURGERSCHAP_DATABASE_URL); zet een wachtwoord liever in die variabele"
        " of in ~/.pgpass, niet hier: andere gebruikers zien de opdrachtregel",
        "en": "the database: postgresql://user@server/name (default the SQLite file in the data"
        " folder, or BURGERSCHAP_DATABASE_URL); put a password in that variable or in ~/.pgpass"
        " rather than here: other users can see the command line",
    },
    "cli.database.bad": {
        "nl": "--database verwacht een adres als postgresql://gebruiker@server/naam of"
        " sqlite:///pad/naar/bestand",
        "en": "--database takes an address such as postgresql://user@server/name or"
        " sqlite:///path/to/file",
    },
    "serve.database": {
        "nl": "Database: {location}",
        "en": "Database: {location}",
    },
    "cli.fault.db_unreachable": {
        "nl": "de database {path} is niet bereikbaar of weigert de verbinding: {reason}",
        "en": "the database {path} cannot be reached or refuses the connection: {reason}",
    },
    "cli.fault.db_other": {
        "nl": "de database {path} gaf een fout: {reason}",
        "en": "the database {path} reported an error: {reason}",
    },
    "cli.lesson.replace.help": {
        "nl": "vervang een les met dezelfde code die hier al staat (alles wat erin zat)",
        "en": "replace a lesson with the same code that is already here (with all it held)",
    },
    "cli.lesson.import_what": {
        "nl": "geef de lescode en de resultaatbestanden, of een of meer lesbestanden"
        " (lesson export --format json)",
        "en": "give the lesson code and the result files, or one or more lesson files"
        " (lesson export --format json)",
    },
    "cli.lesson.lesson_imported": {
        "nl": "{file}: les {code} ({title}) geïmporteerd: {students} leerling(en),"
        " {games} spel(len)",
        "en": "{file}: lesson {code} ({title}) imported: {students} student(s), {games} game(s)",
    },
    "classroom.lesson_file_not_export": {
        "nl": "{file}: dit is geen les-export van Burgerschap (lesson export --format json)",
        "en": "{file}: this is not a Burgerschap lesson export (lesson export --format json)",
    },
    "classroom.lesson_file_version": {
        "nl": "{file}: deze les-export (versie {version}) kan hier niet worden ingelezen;"
        " exporteer de les opnieuw met deze versie van Burgerschap",
        "en": "{file}: this lesson export (version {version}) cannot be read here;"
        " export the lesson again with this version of Burgerschap",
    },
    "classroom.lesson_exists": {
        "nl": "les {code} staat hier al; vervang hem met --replace, of verwijder hem eerst",
        "en": "lesson {code} is already here; replace it with --replace, or delete it first",
    },
    "classroom.lesson_file_conflict": {
        "nl": "{file}: een spel uit les {code} staat hier al in een andere les; er is niets"
        " geïmporteerd",
        "en": "{file}: a game of lesson {code} is already here in another lesson; nothing was"
        " imported",
    },
}
