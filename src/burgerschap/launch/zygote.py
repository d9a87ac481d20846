"""``python -m burgerschap.launch.zygote FD LANG``: the served game's zygote, with the game put in.

The zygote's mechanics (warm imports, forking, isolating each child) are in
:mod:`burgerschap.web.zygote`, which does not know the game; this module hands
it the factory of the browser's game and the game's modules to import before
the first fork. ``burgerschap serve`` (:mod:`burgerschap.launch.serve`) names
this module to the server, which starts it.
"""

from __future__ import annotations

from burgerschap.i18n import Language
from burgerschap.web import zygote

GAME_MODULES = (
    "burgerschap.tui.served",
    "burgerschap.tui.screens.lesson_join",
    "burgerschap.tui.screens.play",
    "burgerschap.tui.screens.ending",
)
"""The game's modules a served session imports on its way to the join screen and through a game."""


def make_game(lang: Language) -> zygote.Game:
    """The browser's game for one session (student mode only)."""
    # Imported here, not at the top: the zygote fences its memory before it imports
    # anything big, and warms these modules (GAME_MODULES) once, before any fork.
    from burgerschap.tui.served import make_served_app

    return make_served_app(lang=lang)


if __name__ == "__main__":
    zygote.main(make_game, GAME_MODULES)
