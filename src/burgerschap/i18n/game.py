"""Strings of the student game (burgerschap.tui).

Binding descriptions are keys under "tui.key."; a key "<key>.tip" (when
present) becomes the footer tooltip.
"""

from __future__ import annotations

GAME_STRINGS: dict[str, dict[str, str]] = {
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
    "cli.play.missing": {
        "nl": "het bestand '{path}' bestaat niet",
        "en": "the file '{path}' does not exist",
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
    "tui.resume.in_use": {
        "nl": "Dit spel is open in een ander venster. Speel daar verder, of sluit dat venster"
        " eerst.",
        "en": "This game is open in another window. Carry on there, or close that window first.",
    },
    "tui.resume.changed": {
        "nl": "Dit verhaal is veranderd sinds je het speelde; je begint opnieuw.",
        "en": "This story changed since you played it; you start again.",
    },
    "tui.resume.updated": {
        "nl": "Dit verhaal is bijgewerkt; je speelt verder in de nieuwe versie.",
        "en": "This story was updated; you carry on in the new version.",
    },
    "tui.resume.newer": {
        "nl": "Een nieuwere versie van Burgerschap heeft dit spel bewaard. Speel het daar verder."
        " Hier blijft het bewaard.",
        "en": "A newer version of Burgerschap saved this game. Carry on playing it there."
        " It stays saved here.",
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
    "tui.home.minutes.long": {
        "nl": "Duur: ongeveer {minutes} minuten",
        "en": "About {minutes} minutes",
    },
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
    "tui.home.broken.more": {
        "nl": "… en nog {count} fout(en)",
        "en": "… and {count} more error(s)",
    },
    "tui.home.broken.hint": {
        "nl": "Vraag je docent het bestand te controleren met 'burgerschap validate'.",
        "en": "Ask your teacher to check the file with 'burgerschap validate'.",
    },
    # Nickname
    "tui.nickname.welcome": {
        "nl": "Welkom! Hoe wil je heten?",
        "en": "Welcome! What shall we call you?",
    },
    "tui.nickname.title": {"nl": "Bijnaam wijzigen", "en": "Change nickname"},
    "tui.nickname.explain": {
        "nl": "Kies een bijnaam. Die blijft op deze computer en staat bij je resultaten. "
        "Gebruik liever niet je volledige naam.",
        "en": "Pick a nickname. It stays on this computer, next to your results. "
        "Better not use your full name.",
    },
    "tui.nickname.keeps": {
        "nl": "Let op: je voortgang, sterren en reflecties blijven bij de bijnaam {name}. "
        "Met een nieuwe bijnaam begin je opnieuw. Kies later weer {name} om ze terug te zien.",
        "en": "Note: your progress, stars and reflections stay with the nickname {name}. "
        "With a new nickname you start afresh. Choose {name} again later to see them.",
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
    "tui.play.right_answer": {
        "nl": "Het goede antwoord: {answer}",
        "en": "The right answer: {answer}",
    },
    "tui.play.source": {"nl": "Bron: {source}", "en": "Source: {source}"},
    "tui.play.source.checked": {
        "nl": "Bron: {source} (gecontroleerd op {date})",
        "en": "Source: {source} (checked on {date})",
    },
    "tui.date": {"nl": "{day} {month} {year}", "en": "{day} {month} {year}"},
    "date.moment": {"nl": "{date}, {time}", "en": "{date}, {time}"},
    "tui.month.1": {"nl": "januari", "en": "January"},
    "tui.month.2": {"nl": "februari", "en": "February"},
    "tui.month.3": {"nl": "maart", "en": "March"},
    "tui.month.4": {"nl": "april", "en": "April"},
    "tui.month.5": {"nl": "mei", "en": "May"},
    "tui.month.6": {"nl": "juni", "en": "June"},
    "tui.month.7": {"nl": "juli", "en": "July"},
    "tui.month.8": {"nl": "augustus", "en": "August"},
    "tui.month.9": {"nl": "september", "en": "September"},
    "tui.month.10": {"nl": "oktober", "en": "October"},
    "tui.month.11": {"nl": "november", "en": "November"},
    "tui.month.12": {"nl": "december", "en": "December"},
    "tui.play.yours": {"nl": "jouw antwoord", "en": "your answer"},
    "tui.play.continue": {"nl": "Enter of spatie: verder", "en": "Enter or space: continue"},
    "tui.play.answered_before": {
        "nl": "Deze vraag heb je al beantwoord. Je eerste antwoord telt.",
        "en": "You answered this question before. Your first answer counts.",
    },
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
    "tui.ending.not_taken": {
        "nl": "Wat als je anders had gekozen?",
        "en": "What if you had chosen differently?",
    },
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
        "nl": "Druk op w om te schrijven. Enter begint een nieuwe regel; Tab bewaart.",
        "en": "Press w to write. Enter starts a new line; Tab saves.",
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
    "tui.quiz.to_results": {
        "nl": "Enter of spatie: naar je score",
        "en": "Enter or space: see your score",
    },
    "tui.quiz.done": {"nl": "klaar", "en": "done"},
    "tui.quiz.stop.title": {"nl": "Stoppen met de quiz?", "en": "Stop the quiz?"},
    "tui.quiz.stop.text": {
        "nl": "Je ronde is nog niet af. Als je nu stopt, wordt je score niet bewaard.",
        "en": "Your round is not finished. If you stop now, your score is not saved.",
    },
    "tui.quiz.stop.yes": {"nl": "Ja, stoppen", "en": "Yes, stop"},
    "tui.quiz.stop.no": {"nl": "Nee, verder", "en": "No, go on"},
    "tui.quiz.score": {"nl": "{score} van de {total} goed", "en": "{score} out of {total} right"},
    "tui.quiz.correct": {"nl": "Goed beantwoord", "en": "Answered correctly"},
    "tui.quiz.band.low": {
        "nl": "Lees de uitleg hieronder en probeer het nog eens.",
        "en": "Read the explanations below and try again.",
    },
    "tui.quiz.band.middle": {
        "nl": "Aardig! Er valt nog wat te leren.",
        "en": "Not bad! Still a bit to learn.",
    },
    "tui.quiz.band.high": {"nl": "Knap gedaan!", "en": "Well done!"},
    "tui.quiz.missed": {"nl": "Om van te leren ({count})", "en": "To learn from ({count})"},
    "tui.quiz.all_right": {"nl": "Alles goed!", "en": "All right!"},
    "tui.quiz.right_was": {"nl": "Goed was:", "en": "Right was:"},
    "tui.quiz.again": {"nl": "Nieuwe ronde", "en": "New round"},
    "tui.quiz.level.ask": {
        "nl": "Welke vragen wil je?",
        "en": "Which questions do you want?",
    },
    "tui.quiz.level.basis": {
        "nl": "Basis: korte vragen in makkelijke taal ({count} vragen)",
        "en": "Basic: short questions in plain words ({count} questions)",
    },
    "tui.quiz.level.verdieping": {
        "nl": "Tot en met verdieping ({count} vragen)",
        "en": "Up to and including deeper questions ({count} questions)",
    },
    "tui.quiz.level.all": {
        "nl": "Alle vragen, ook moeilijkere ({count} vragen)",
        "en": "All questions, harder ones too ({count} questions)",
    },
    "tui.quiz.level.hint": {
        "nl": "Kies met een cijfer, of met de pijltjes en Enter. Escape: terug.",
        "en": "Choose with a number, or with the arrows and Enter. Escape: back.",
    },
    "tui.quiz.level.badge": {"nl": "niveau {niveau}", "en": "level {niveau}"},
    "tui.quiz.level.name.basis": {"nl": "basis", "en": "basic"},
    "tui.quiz.level.name.verdieping": {"nl": "verdieping", "en": "deeper"},
}
