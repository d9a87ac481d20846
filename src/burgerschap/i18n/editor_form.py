"""Strings of the editor's node form: fields, choices, options, conditions (Dutch and English)."""

from __future__ import annotations

EDITOR_FORM_STRINGS: dict[str, dict[str, str]] = {
    "tui.editor.tab.story": {
        "nl": "Verhaal",
        "en": "Story",
    },
    "tui.editor.tab.settings": {
        "nl": "Instellingen",
        "en": "Settings",
    },
    "tui.editor.tab.map": {
        "nl": "Kaart",
        "en": "Map",
    },
    "tui.editor.origin.new": {
        "nl": "nieuw",
        "en": "new",
    },
    "tui.editor.origin.builtin": {
        "nl": "ingebouwde versie",
        "en": "built-in version",
    },
    "tui.editor.origin.user": {
        "nl": "eigen versie",
        "en": "your version",
    },
    "tui.editor.origin.student": {
        "nl": "eigen versie van een leerling",
        "en": "a student's own version",
    },
    "tui.editor.origin.draft": {
        "nl": "concept",
        "en": "draft",
    },
    "tui.editor.origin.copy": {
        "nl": "kopie",
        "en": "copy",
    },
    "tui.editor.unsaved": {
        "nl": "niet bewaard",
        "en": "not saved",
    },
    "tui.editor.checking": {
        "nl": "controleren…",
        "en": "checking…",
    },
    "tui.editor.valid": {
        "nl": "geldig",
        "en": "valid",
    },
    "tui.editor.valid.warnings": {
        "nl": "geldig, {count} opmerking(en)",
        "en": "valid, {count} note(s)",
    },
    "tui.editor.invalid": {
        "nl": "{count} fout(en): bewaren kan als concept",
        "en": "{count} error(s): can be saved as a draft",
    },
    "tui.editor.problems": {
        "nl": "Controle: {errors} fout(en), {warnings} waarschuwing(en)",
        "en": "Check: {errors} error(s), {warnings} warning(s)",
    },
    "tui.editor.no_problems": {
        "nl": "Geen problemen gevonden",
        "en": "No problems found",
    },
    "tui.editor.line": {
        "nl": "r.{line}",
        "en": "l.{line}",
    },
    "tui.editor.no_node": {
        "nl": "Er is nog geen node. Maak er een met F3.",
        "en": "There is no node yet. Make one with F3.",
    },
    "tui.editor.node.heading": {
        "nl": "{kind} · {node}",
        "en": "{kind} · {node}",
    },
    "tui.editor.kind.story": {
        "nl": "verhaal",
        "en": "story",
    },
    "tui.editor.kind.question": {
        "nl": "vraag",
        "en": "question",
    },
    "tui.editor.kind.ending": {
        "nl": "einde",
        "en": "ending",
    },
    "tui.editor.no_dimensions": {
        "nl": "geen dimensies",
        "en": "no dimensions",
    },
    "tui.editor.field.title": {
        "nl": "Titel",
        "en": "Title",
    },
    "tui.editor.field.text": {
        "nl": "Tekst (Markdown)",
        "en": "Text (Markdown)",
    },
    "tui.editor.field.ending_title": {
        "nl": "Titel einde",
        "en": "Ending title",
    },
    "tui.editor.field.ending_text": {
        "nl": "Tekst van het einde (Markdown)",
        "en": "Text of the ending (Markdown)",
    },
    "tui.editor.field.choice_text": {
        "nl": "Tekst",
        "en": "Text",
    },
    "tui.editor.field.goto": {
        "nl": "Naar",
        "en": "Goes to",
    },
    "tui.editor.field.effects": {
        "nl": "Effecten",
        "en": "Effects",
    },
    "tui.editor.field.feedback": {
        "nl": "Feedback",
        "en": "Feedback",
    },
    "tui.editor.field.set": {
        "nl": "Vlag aan",
        "en": "Sets flags",
    },
    "tui.editor.field.unset": {
        "nl": "Vlag uit",
        "en": "Clears flags",
    },
    "tui.editor.field.min": {
        "nl": "Minstens",
        "en": "At least",
    },
    "tui.editor.field.max": {
        "nl": "Hoogstens",
        "en": "At most",
    },
    "tui.editor.field.flags": {
        "nl": "Vlaggen aan",
        "en": "Flags set",
    },
    "tui.editor.field.not_flags": {
        "nl": "Vlaggen uit",
        "en": "Flags not set",
    },
    "tui.editor.field.visited": {
        "nl": "Bezocht",
        "en": "Visited",
    },
    "tui.editor.field.not_visited": {
        "nl": "Niet bezocht",
        "en": "Not visited",
    },
    "tui.editor.field.question_text": {
        "nl": "Tekst boven de vraag (Markdown)",
        "en": "Text above the question (Markdown)",
    },
    "tui.editor.field.question": {
        "nl": "Vraag",
        "en": "Question",
    },
    "tui.editor.field.option_text": {
        "nl": "Antwoord",
        "en": "Answer",
    },
    "tui.editor.field.correct": {
        "nl": "goed antwoord",
        "en": "right answer",
    },
    "tui.editor.field.explanation": {
        "nl": "Uitleg",
        "en": "Explanation",
    },
    "tui.editor.field.source": {
        "nl": "Bron",
        "en": "Source",
    },
    "tui.editor.field.effects_correct": {
        "nl": "Bij goed",
        "en": "If right",
    },
    "tui.editor.field.goto_all": {
        "nl": "Verder naar",
        "en": "Goes on to",
    },
    "tui.editor.field.goto_correct": {
        "nl": "Goed → naar",
        "en": "Right → to",
    },
    "tui.editor.field.goto_wrong": {
        "nl": "Fout → naar",
        "en": "Wrong → to",
    },
    "tui.editor.choices": {
        "nl": "Keuzes",
        "en": "Choices",
    },
    "tui.editor.choice": {
        "nl": "Keuze {n}",
        "en": "Choice {n}",
    },
    "tui.editor.options": {
        "nl": "Antwoorden",
        "en": "Answers",
    },
    "tui.editor.option": {
        "nl": "Antwoord {n}",
        "en": "Answer {n}",
    },
    "tui.editor.condition": {
        "nl": "Voorwaarde",
        "en": "Condition",
    },
    "tui.editor.condition.set": {
        "nl": "ingesteld",
        "en": "set",
    },
    "tui.editor.add_choice": {
        "nl": "+ Keuze",
        "en": "+ Choice",
    },
    "tui.editor.add_option": {
        "nl": "+ Antwoord",
        "en": "+ Answer",
    },
    "tui.editor.add_dimension": {
        "nl": "+ Dimensie",
        "en": "+ Dimension",
    },
    "tui.editor.up": {
        "nl": "Naar boven",
        "en": "Move up",
    },
    "tui.editor.down": {
        "nl": "Naar beneden",
        "en": "Move down",
    },
    "tui.editor.remove_choice": {
        "nl": "Keuze verwijderen",
        "en": "Remove choice",
    },
    "tui.editor.remove_option": {
        "nl": "Antwoord verwijderen",
        "en": "Remove answer",
    },
    "tui.editor.remove_dimension": {
        "nl": "Dimensie verwijderen",
        "en": "Remove dimension",
    },
    "tui.editor.rename": {
        "nl": "Hernoem",
        "en": "Rename",
    },
}
