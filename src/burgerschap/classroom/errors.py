"""The one exception type of the classroom: a message key and its parameters.

Like scenario problems, an error becomes text only when shown, in the
language the user chose (:meth:`ClassroomError.message`).
"""

from __future__ import annotations

from typing import Any

from burgerschap.i18n import N_, Language, t
from burgerschap.scenario.plaintext import plain_text

MESSAGES = {
    "lesson_not_found": N_("classroom.lesson_not_found"),
    "lesson_closed": N_("classroom.lesson_closed"),
    "title_empty": N_("classroom.title_empty"),
    "title_too_long": N_("classroom.title_too_long"),
    "no_scenarios": N_("classroom.no_scenarios"),
    "scenario_twice": N_("classroom.scenario_twice"),
    "no_free_code": N_("classroom.no_free_code"),
    "not_joined": N_("classroom.not_joined"),
    "scenario_not_in_lesson": N_("classroom.scenario_not_in_lesson"),
    "nickname_empty": N_("classroom.nickname_empty"),
    "nickname_email": N_("classroom.nickname_email"),
    "nickname_too_long": N_("classroom.nickname_too_long"),
    "nickname_chars": N_("classroom.nickname_chars"),
    "nickname_in_use": N_("classroom.nickname_in_use"),
    "nickname_taken": N_("classroom.nickname_taken"),
    "return_code_wrong": N_("classroom.return_code_wrong"),
    "return_code_locked": N_("classroom.return_code_locked"),
    "game_in_use": N_("classroom.game_in_use"),
    "game_not_found": N_("classroom.game_not_found"),
    "game_not_finished": N_("classroom.game_not_finished"),
    "no_finished_game": N_("classroom.no_finished_game"),
    "handin_unreadable": N_("classroom.handin_unreadable"),
    "handin_too_large": N_("classroom.handin_too_large"),
    "handin_not_json": N_("classroom.handin_not_json"),
    "handin_not_result": N_("classroom.handin_not_result"),
    "handin_version": N_("classroom.handin_version"),
    "handin_checksum": N_("classroom.handin_checksum"),
    "handin_invalid": N_("classroom.handin_invalid"),
    "handin_nickname": N_("classroom.handin_nickname"),
    "handin_scenario": N_("classroom.handin_scenario"),
    "handin_hash": N_("classroom.handin_hash"),
    "handin_moves": N_("classroom.handin_moves"),
    "handin_outcome": N_("classroom.handin_outcome"),
    "handin_other_lesson": N_("classroom.handin_other_lesson"),
    "lesson_file_not_export": N_("classroom.lesson_file_not_export"),
    "lesson_file_version": N_("classroom.lesson_file_version"),
    "lesson_exists": N_("classroom.lesson_exists"),
    "lesson_file_conflict": N_("classroom.lesson_file_conflict"),
}
"""The message id of each error key."""


class ClassroomError(Exception):
    """Something a teacher or student asked for cannot be done (a wrong code, a bad file)."""

    def __init__(self, key: str, **params: Any) -> None:
        self.key = key
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: Language = "nl") -> str:
        """The message in ``lang``; parameters quote files and nicknames, so it is plain text."""
        return plain_text(t(MESSAGES[self.key], lang, **self.params))


class NicknameError(ClassroomError):
    """A nickname that may not be used (empty, too long, an e-mail address, odd characters)."""


class NicknameInUse(ClassroomError):
    """The nickname is being played in this lesson by another window (a live session)."""

    def __init__(self) -> None:
        super().__init__("nickname_in_use")


class NicknameTaken(ClassroomError):
    """The nickname joined the lesson before: coming back needs the same browser or the code.

    ``key`` says which: ``nickname_taken`` (no code given), ``return_code_wrong``,
    ``return_code_locked`` (too many wrong codes: the teacher gives a new one).
    """


class GameInUse(ClassroomError):
    """Another live session writes this game; this one may not."""

    def __init__(self, game_id: str) -> None:
        super().__init__("game_in_use", game=game_id[:8])


class LessonNotFound(ClassroomError):
    def __init__(self, code: str) -> None:
        super().__init__("lesson_not_found", code=code)


class HandinError(ClassroomError):
    """A hand-in file that cannot be imported; ``file`` names it in the message."""
