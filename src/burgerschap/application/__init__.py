"""The application layer: what a game, a lesson and the editor do, without a screen.

Between the domain (:mod:`burgerschap.scenario`, :mod:`burgerschap.classroom`)
and the three ways in (the terminal game in :mod:`burgerschap.tui`, the served
game in :mod:`burgerschap.web`, the command line in :mod:`burgerschap.commands`).
Nothing here imports Textual or Rich:

- ``locations`` and ``workspace``: where a run reads and writes, and its
  settings, library, store and progress;
- ``game`` (a game being played, saving through a narrow ``GameSaver``),
  ``saving`` (the saver over the store), ``lessongame`` (a lesson's game) and
  ``playing`` (where games come from: new, resumed, again);
- ``lessonwatch`` (following a lesson live), ``editing`` and ``recovery`` (an
  editing session and its drafts), ``ranges`` (score ranges as the screens read
  them), ``maplayout`` and ``home_index``.

The modules import each other one way only: a game never imports what made it.
"""
