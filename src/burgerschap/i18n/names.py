"""The message ids of values that come from data: a status, an outcome, a rung, a column.

A key is never built at run time (with an f-string from the value): no tool
could find it, and a new value would show nothing. Each vocabulary is a dict from
the value to its message id, marked with :func:`N_` so that extraction (and
the catalogue test) sees every id. Several parts of the program share them:
the game, the command line and the exports.
"""

from __future__ import annotations

from burgerschap.i18n import N_

OUTCOME = {
    "goed": N_("tui.outcome.goed"),
    "gemengd": N_("tui.outcome.gemengd"),
    "slecht": N_("tui.outcome.slecht"),
}
"""An ending's outcome, on the ending screen."""

CHECK_OUTCOME = {
    "goed": N_("cli.check.outcome.goed"),
    "gemengd": N_("cli.check.outcome.gemengd"),
    "slecht": N_("cli.check.outcome.slecht"),
}
"""An ending's outcome, in ``burgerschap check``."""

BAND = {
    "low": N_("tui.ending.band.low"),
    "middle": N_("tui.ending.band.middle"),
    "high": N_("tui.ending.band.high"),
}
"""A score band's sentence on the ending screen (when the scenario has none)."""

QUIZ_BAND = {
    "low": N_("tui.quiz.band.low"),
    "middle": N_("tui.quiz.band.middle"),
    "high": N_("tui.quiz.band.high"),
}
"""A quiz result's verdict."""

RUNG = {
    "geen": N_("tui.rung.geen"),
    "informeren": N_("tui.rung.informeren"),
    "raadplegen": N_("tui.rung.raadplegen"),
    "adviseren": N_("tui.rung.adviseren"),
    "coproduceren": N_("tui.rung.coproduceren"),
    "meebeslissen": N_("tui.rung.meebeslissen"),
    "zelfbeheer": N_("tui.rung.zelfbeheer"),
}
"""A rung of the participation ladder."""

PARTY = {
    "gelijkgestemden": N_("tui.party.gelijkgestemden"),
    "andersdenkenden": N_("tui.party.andersdenkenden"),
    "instanties": N_("tui.party.instanties"),
    "betrokkenen": N_("tui.party.betrokkenen"),
}
"""Whom a student involved."""

LESSON_STATUS = {
    "open": N_("cli.lesson.status.open"),
    "closed": N_("cli.lesson.status.closed"),
}
"""A lesson's status."""

GAME_STATUS = {
    "playing": N_("export.status.playing"),
    "finished": N_("export.status.finished"),
    "abandoned": N_("export.status.abandoned"),
}
"""A game's status in an export."""

MOVE_KIND = {
    "choice": N_("export.kind.choice"),
    "answer": N_("export.kind.answer"),
}
"""A move's kind in an export."""

EXPORT_COLUMN = {
    "at": N_("export.col.at"),
    "content_hash": N_("export.col.content_hash"),
    "correct": N_("export.col.correct"),
    "duration_min": N_("export.col.duration_min"),
    "ending": N_("export.col.ending"),
    "ending_title": N_("export.col.ending_title"),
    "finished": N_("export.col.finished"),
    "game": N_("export.col.game"),
    "handed_in": N_("export.col.handed_in"),
    "kind": N_("export.col.kind"),
    "nickname": N_("export.col.nickname"),
    "node": N_("export.col.node"),
    "node_title": N_("export.col.node_title"),
    "option": N_("export.col.option"),
    "option_text": N_("export.col.option_text"),
    "reflection": N_("export.col.reflection"),
    "scenario": N_("export.col.scenario"),
    "started": N_("export.col.started"),
    "status": N_("export.col.status"),
    "step": N_("export.col.step"),
    "steps": N_("export.col.steps"),
}
"""A column heading of a lesson export."""

SOURCE = {
    "builtin": N_("tui.library.source.builtin"),
    "user": N_("tui.library.source.user"),
    "student": N_("tui.library.source.student"),
}
"""Where a scenario in the library comes from, in the game."""

VERSION_SOURCE = {
    "builtin": N_("cli.versions.source.builtin"),
    "user": N_("cli.versions.source.user"),
}
"""Where a scenario version comes from, in ``burgerschap versions``."""

ORIGIN = {
    "builtin": N_("tui.editor.origin.builtin"),
    "copy": N_("tui.editor.origin.copy"),
    "draft": N_("tui.editor.origin.draft"),
    "new": N_("tui.editor.origin.new"),
    "student": N_("tui.editor.origin.student"),
    "user": N_("tui.editor.origin.user"),
}
"""Where the scenario open in the editor came from."""

NODE_KIND = {
    "story": N_("tui.editor.kind.story"),
    "question": N_("tui.editor.kind.question"),
    "ending": N_("tui.editor.kind.ending"),
}
"""A kind of node, in the editor."""

IMPORT_REASON = {
    "start_is_ending": N_("cli.import.reason.start_is_ending"),
    "few_reachable": N_("cli.import.reason.few_reachable"),
}
"""Why an imported Twine story was saved as a draft."""

TOOLTIP = {
    "tui.key.quit": N_("tui.key.quit.tip"),
    "tui.key.glossary": N_("tui.key.glossary.tip"),
    "tui.key.join_lesson": N_("tui.key.join_lesson.tip"),
    "tui.key.debrief": N_("tui.key.debrief.tip"),
    "tui.key.board": N_("tui.key.board.tip"),
    "tui.key.export": N_("tui.key.export.tip"),
    "tui.key.new_code": N_("tui.key.new_code.tip"),
    "tui.key.close_lesson": N_("tui.key.close_lesson.tip"),
    "tui.key.teacher": N_("tui.key.teacher.tip"),
    "tui.key.own": N_("tui.key.own.tip"),
    "tui.key.try_out": N_("tui.key.try_out.tip"),
    "tui.key.add_node": N_("tui.key.add_node.tip"),
}
"""The footer tooltip of a key, by the message id of the key's description."""
