"""The one exception type of the classroom: a message key and its parameters.

Like scenario problems, an error becomes text only when shown, in the
language the user chose (:meth:`ClassroomError.message`).
"""

from __future__ import annotations

from typing import Any

from burgerschap.i18n import Language, t
from burgerschap.scenario.plaintext import plain_text


class ClassroomError(Exception):
    """Something a teacher or student asked for cannot be done (a wrong code, a bad file)."""

    def __init__(self, key: str, **params: Any) -> None:
        self.key = key
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: Language = "nl") -> str:
        """The message in ``lang``; parameters quote files and nicknames, so it is plain text."""
        return plain_text(t(f"classroom.{self.key}", lang, **self.params))


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
