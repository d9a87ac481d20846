"""The launchers: the commands that start the Textual app or the classroom server.

They sit beside :mod:`burgerschap.cli`, at the top of the layers, because they
put the parts together: ``play`` and ``teacher`` start the game from
:mod:`burgerschap.tui`, ``serve`` starts the server from :mod:`burgerschap.web`
and tells it which game its sessions run (:mod:`burgerschap.launch.zygote`).
So :mod:`burgerschap.commands` and :mod:`burgerschap.web` never import the app
(the contracts in pyproject.toml check it). Each module has the same
``register(subparsers, lang)`` and ``run(args, lang)`` as a command module.
"""
