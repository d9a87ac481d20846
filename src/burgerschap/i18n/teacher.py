"""Interface strings of teacher mode, the PIN, the library and own versions (Dutch and English).

Merged into :data:`burgerschap.i18n.STRINGS`; use them through :func:`~burgerschap.i18n.t`.
"""

from __future__ import annotations

TEACHER_STRINGS: dict[str, dict[str, str]] = {
    "cli.teacher.served": {
        "nl": "de docentmodus is niet beschikbaar in een browsersessie",
        "en": "teacher mode is not available in a browser session",
    },
    "cli.teacher.help": {
        "nl": "open de docentenmodus: scenario's schrijven, versies en lessen (met PIN)",
        "en": "open teacher mode: write scenarios, versions and lessons (with a PIN)",
    },
    "tui.key.teacher": {
        "nl": "Docent",
        "en": "Teacher",
    },
    "tui.key.teacher.tip": {
        "nl": "Docentenmodus: scenario's schrijven en aanpassen (met PIN)",
        "en": "Teacher mode: write and adapt scenarios (with a PIN)",
    },
    "tui.key.own": {
        "nl": "Eigen versie",
        "en": "Own version",
    },
    "tui.key.own.tip": {
        "nl": "Maak je eigen versie van dit verhaal, en bewerk, test en speel die",
        "en": "Make your own version of this story, then edit, test and play it",
    },
    "tui.key.new_scenario": {
        "nl": "Nieuw scenario",
        "en": "New scenario",
    },
    "tui.key.library": {
        "nl": "Bibliotheek",
        "en": "Library",
    },
    "tui.key.lessons": {
        "nl": "Lessen",
        "en": "Lessons",
    },
    "tui.key.to_game": {
        "nl": "Naar het spel",
        "en": "To the game",
    },
    "tui.key.to_editor": {
        "nl": "Terug naar de editor",
        "en": "Back to the editor",
    },
    "tui.key.edit": {
        "nl": "Bewerken",
        "en": "Edit",
    },
    "tui.key.compare": {
        "nl": "Vergelijk",
        "en": "Compare",
    },
    "tui.key.copy": {
        "nl": "Kopie",
        "en": "Copy",
    },
    "tui.key.try_out": {
        "nl": "Test",
        "en": "Test",
    },
    "tui.key.try_out.tip": {
        "nl": "Test vanaf hier: speel vanaf deze node met gekozen scores en vlaggen",
        "en": "Test from here: play from this node with chosen scores and flags",
    },
    "tui.key.save": {
        "nl": "Bewaar",
        "en": "Save",
    },
    "tui.key.undo": {
        "nl": "Ongedaan",
        "en": "Undo",
    },
    "tui.key.redo": {
        "nl": "Opnieuw",
        "en": "Redo",
    },
    "tui.key.add_node": {
        "nl": "Nieuw",
        "en": "New",
    },
    "tui.key.add_node.tip": {
        "nl": "Voeg een node toe: een stuk verhaal, een vraag of een einde",
        "en": "Add a node: a piece of story, a question or an ending",
    },
    "tui.key.rename": {
        "nl": "Hernoem",
        "en": "Rename",
    },
    "tui.key.delete": {
        "nl": "Verwijder",
        "en": "Delete",
    },
    "tui.key.diff": {
        "nl": "Wijzigingen",
        "en": "Changes",
    },
    "tui.key.save_file": {
        "nl": "Als bestand",
        "en": "As a file",
    },
    "tui.key.jump": {
        "nl": "Ga naar",
        "en": "Go to",
    },
    "tui.pin.title": {
        "nl": "Docentenmodus",
        "en": "Teacher mode",
    },
    "tui.pin.explain": {
        "nl": "Typ je PIN om scenario's te schrijven en aan te passen.",
        "en": "Type your PIN to write and adapt scenarios.",
    },
    "tui.pin.set.title": {
        "nl": "Kies een PIN voor de docentenmodus",
        "en": "Choose a PIN for teacher mode",
    },
    "tui.pin.set.explain": {
        "nl": (
            "De docentenmodus is beschermd met een PIN van {min} tot {max} cijfers. "
            "Je typt hem twee keer. Alleen een versleutelde vorm wordt bewaard."
        ),
        "en": (
            "Teacher mode is protected by a PIN of {min} to {max} digits. You type it"
            " twice. Only a scrambled form is kept."
        ),
    },
    "tui.pin.prompt": {
        "nl": "PIN:",
        "en": "PIN:",
    },
    "tui.pin.again": {
        "nl": "Typ dezelfde PIN nog een keer:",
        "en": "Type the same PIN once more:",
    },
    "tui.pin.hint": {
        "nl": "Enter: verder · Escape: terug",
        "en": "Enter: go on · Escape: back",
    },
    "tui.pin.invalid": {
        "nl": "Een PIN is {min} tot {max} cijfers.",
        "en": "A PIN is {min} to {max} digits.",
    },
    "tui.pin.mismatch": {
        "nl": "De twee PIN's zijn niet gelijk. Begin opnieuw.",
        "en": "The two PINs differ. Start again.",
    },
    "tui.pin.not_saved": {
        "nl": "De PIN kon niet worden bewaard; hij geldt alleen tot je stopt.",
        "en": "The PIN could not be saved; it only holds until you quit.",
    },
    "tui.pin.set.done": {
        "nl": "De PIN is ingesteld.",
        "en": "The PIN is set.",
    },
    "tui.pin.wrong": {
        "nl": "Onjuiste PIN.",
        "en": "Wrong PIN.",
    },
    "tui.pin.wrong.wait": {
        "nl": "Onjuiste PIN. Wacht {seconds} s en probeer het opnieuw.",
        "en": "Wrong PIN. Wait {seconds} s and try again.",
    },
    "tui.hub.title": {
        "nl": "Docentenmodus",
        "en": "Teacher mode",
    },
    "tui.hub.new": {
        "nl": "Nieuw scenario",
        "en": "New scenario",
    },
    "tui.hub.new.help": {
        "nl": "Begin met een klein verhaal dat al werkt, en bouw verder.",
        "en": "Start from a small story that already works, and build on it.",
    },
    "tui.hub.library": {
        "nl": "Bibliotheek en versies",
        "en": "Library and versions",
    },
    "tui.hub.library.help": {
        "nl": "Bewerk, vergelijk, kopieer of test elk scenario en elke versie.",
        "en": "Edit, compare, copy or test every scenario and version.",
    },
    "tui.hub.lessons": {
        "nl": "Lessen",
        "en": "Lessons",
    },
    "tui.hub.lessons.help": {
        "nl": "Een les starten met je klas en de resultaten bekijken.",
        "en": "Run a lesson with your class and look at the results.",
    },
    "tui.hub.pin": {
        "nl": "PIN wijzigen",
        "en": "Change the PIN",
    },
    "tui.hub.pin.help": {
        "nl": "Kies een nieuwe PIN voor de docentenmodus.",
        "en": "Choose a new PIN for teacher mode.",
    },
    "tui.hub.game": {
        "nl": "Terug naar het spel",
        "en": "Back to the game",
    },
    "tui.hub.game.help": {
        "nl": "Sluit de docentenmodus; daarna is de PIN weer nodig.",
        "en": "Close teacher mode; after that the PIN is needed again.",
    },
    "tui.hub.about": {
        "nl": (
            "Elke keer dat je bewaart, komt er een nieuwe versie bij (id@1, id@2, "
            "...). Oude versies blijven altijd bestaan. Wat nog niet klopt, bewaar je"
            " als concept."
        ),
        "en": (
            "Every save adds a new version (id@1, id@2, ...). Old versions always "
            "stay. Work that is not finished yet is kept as a draft."
        ),
    },
    "tui.library.title": {
        "nl": "Bibliotheek: alle scenario's en versies",
        "en": "Library: every scenario and version",
    },
    "tui.library.source.builtin": {
        "nl": "ingebouwd",
        "en": "built in",
    },
    "tui.library.source.user": {
        "nl": "eigen",
        "en": "your own",
    },
    "tui.library.source.student": {
        "nl": "van een leerling",
        "en": "a student's",
    },
    "tui.library.draft": {
        "nl": "concept ({file})",
        "en": "draft ({file})",
    },
    "tui.library.draft.hint": {
        "nl": "Een concept is nog niet speelbaar. Open het (e), los de fouten op en bewaar.",
        "en": "A draft cannot be played yet. Open it (e), fix the errors and save.",
    },
    "tui.library.draft_unreadable": {
        "nl": "Concept {file} kan niet worden gelezen: {reason}",
        "en": "Draft {file} cannot be read: {reason}",
    },
    "tui.library.empty": {
        "nl": "Er staan nog geen scenario's in de bibliotheek.",
        "en": "There are no scenarios in the library yet.",
    },
    "tui.library.versions": {
        "nl": "Versies:",
        "en": "Versions:",
    },
    "tui.library.based_on": {
        "nl": "Gebaseerd op: {chain}",
        "en": "Based on: {chain}",
    },
    "tui.library.copies": {
        "nl": "Kopieën die hiervan gemaakt zijn:",
        "en": "Copies made of this one:",
    },
    "tui.library.hint": {
        "nl": (
            "e: bewerken · v: vergelijk met de vorige versie · k: kopie onder een "
            "nieuwe naam · t: testen"
        ),
        "en": "e: edit · v: compare with the version before · k: copy under a new name · t: test",
    },
    "tui.diff.old": {
        "nl": "Oud:",
        "en": "Old:",
    },
    "tui.diff.new": {
        "nl": "Nieuw:",
        "en": "New:",
    },
    "tui.diff.opened": {
        "nl": "zoals geopend",
        "en": "as opened",
    },
    "tui.diff.current": {
        "nl": "nu",
        "en": "now",
    },
    "tui.own.suffix": {
        "nl": "eigen",
        "en": "own",
    },
    "tui.own.title": {
        "nl": "{title} (eigen versie)",
        "en": "{title} (own version)",
    },
    "tui.own.made": {
        "nl": (
            "Je eigen versie heet '{id}' (gebaseerd op {ref}). Bewaar met Ctrl+S; "
            "met F9 bewaar je hem als bestand voor je docent."
        ),
        "en": (
            "Your own version is called '{id}' (based on {ref}). Save with Ctrl+S; "
            "F9 saves it as a file for your teacher."
        ),
    },
    "tui.own.again": {
        "nl": "Je eigen versie '{id}' is weer geopend. Bewaar met Ctrl+S.",
        "en": "Your own version '{id}' is open again. Save with Ctrl+S.",
    },
    "tui.own.id_refused": {
        "nl": "Niet bewaard. '{id}' is een verhaal van je docent of van het spel. Jouw eigen"
        " versie heet '{own}'. Zet in het YAML-tabblad 'id: {own}' terug en bewaar opnieuw.",
        "en": "Not saved. '{id}' is a story of your teacher or of the game. Your own version is"
        " called '{own}'. Put 'id: {own}' back in the YAML tab and save again.",
    },
    "tui.own.id_kept": {
        "nl": "Je eigen versie heet altijd '{own}'. Daarom is hij als '{own}' bewaard, niet als"
        " '{id}'.",
        "en": "Your own version is always called '{own}'. So it was saved as '{own}', not as"
        " '{id}'.",
    },
    "tui.own.pick": {
        "nl": "Kies eerst een verhaal in de lijst.",
        "en": "First pick a story in the list.",
    },
    "tui.own.reopened": {
        "nl": "Je concept van deze eigen versie is weer geopend ({file}).",
        "en": "Your draft of this own version was opened again ({file}).",
    },
    "tui.try.title": {
        "nl": "Test vanaf hier",
        "en": "Test from here",
    },
    "tui.try.explain": {
        "nl": (
            "Speel vanaf een node, met de scores en vlaggen die je kiest. Er wordt niets bewaard."
        ),
        "en": "Play from a node, with the scores and flags you choose. Nothing is saved.",
    },
    "tui.try.node": {
        "nl": "Begin bij",
        "en": "Start at",
    },
    "tui.try.flags": {
        "nl": "Vlaggen aan",
        "en": "Flags on",
    },
    "tui.try.start": {
        "nl": "Spelen",
        "en": "Play",
    },
    "tui.try.badge": {
        "nl": " TEST ",
        "en": " TEST ",
    },
    "tui.ask.hint": {
        "nl": "Enter: klaar · Escape: annuleren",
        "en": "Enter: done · Escape: cancel",
    },
}
