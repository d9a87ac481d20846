"""The application layer: what a game, a lesson and the editor do, without a screen.

Between the domain (:mod:`burgerschap.scenario`, :mod:`burgerschap.classroom`)
and the three ways in (the terminal game in :mod:`burgerschap.tui`, the served
game in :mod:`burgerschap.web`, the command line in :mod:`burgerschap.commands`).
Nothing here imports Textual or Rich: a workspace (settings, library, saved
games), a game being played and saved, a lesson's game, an editing session,
recovery drafts, score ranges as the screens read them, and the map's layout.
"""
