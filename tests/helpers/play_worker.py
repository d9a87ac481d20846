"""A student who plays without end, for the crash-safety test to kill.

Usage: ``python play_worker.py HOME LIBRARY_DIR SEED``

Runs the real game (``make_app``, headless ``run_test`` at 80x24) over the
real store in ``HOME``, and plays only with key presses, as a student would:
at the home screen ``d`` (Doorgaan) when a game is unfinished, otherwise
Enter on the scenario (the only one in its library); in the play screen a digit for a random offered
choice or answer, Enter after feedback, sometimes ``b`` to go back; ``r``
on the ending screen to play again.

It reports, one flushed line each, on standard output:

- ``ready <state>``: the game shown after start-up (resumed, or new);
- ``intent <state>``: before a move, the state that a restart must resume
  at if this move completes (for a move that ends the game: a fresh game);
- ``done <state>``: after the move, once the app has handled it (saved);
- ``finished <game id>``: after a move that ended a game.

States are ``GameState`` JSON with sorted keys. The parent kills this
process at a random moment; whatever it reported as done must survive.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import sys
from pathlib import Path
from typing import Any

from textual.widgets import OptionList

from burgerschap.scenario.engine import GameState
from burgerschap.tui.app import BurgerschapApp, make_app
from burgerschap.tui.screens.ending import EndingScreen
from burgerschap.tui.screens.play import PlayScreen
from burgerschap.tui.widgets.choice_list import ChoiceList

BACK_CHANCE = 0.2


def say(word: str, value: Any) -> None:
    """One report, written whole in one call (a kill can still cut a long line short)."""
    os.write(1, f"{word} {value}\n".encode())  # fd 1: run_test replaces sys.stdout


def dump(state: GameState) -> str:
    return json.dumps(state.model_dump(mode="json"), sort_keys=True)


async def settle(pilot: Any) -> None:
    await pilot.pause()
    await pilot._wait_for_screen()


async def play(app: BurgerschapApp, rng: random.Random) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        while not app.library_ready:
            await pilot.pause(0.01)
        await settle(pilot)
        if app.workspace.resumable() is not None:
            await pilot.press("d")  # Doorgaan
        else:  # the one scenario of the library: highlight it and press Enter
            library = app.screen.query_one("#library", OptionList)
            library.highlighted = library.get_option_index("scenario-0")
            await pilot.press("enter")
        await settle(pilot)
        if isinstance(app.screen, EndingScreen):
            # Killed between saving the last move and marking the game finished: the
            # game finishes it on resume and shows the ending. Play again.
            await pilot.press("r")
            await settle(pilot)
        screen = app.screen
        assert isinstance(screen, PlayScreen), screen
        fresh = dump(screen.play.engine.new_game(seed=screen.play.state.seed))
        say("ready", dump(screen.play.state))
        while True:
            screen = app.screen
            if isinstance(screen, EndingScreen):
                await pilot.press("r")  # play again
                await settle(pilot)
                continue
            assert isinstance(screen, PlayScreen), screen
            game = screen.play
            state = game.state
            if screen.reading and screen.pending_answer is None:
                await pilot.press("enter")  # continue after feedback: no move
                continue
            if screen.reading:
                # Back at a question answered before: Enter gives the first answer again.
                expected = game.engine.answer(state, screen.pending_answer).state
                key = "enter"
            elif game.can_go_back and rng.random() < BACK_CHANCE:
                expected = game.engine.back(state)
                key = "b"
            else:
                values = screen.query_one(ChoiceList).values
                position = rng.randrange(len(values))
                node = game.engine.node(state)
                if hasattr(node, "choices"):
                    expected = game.engine.choose(state, values[position]).state
                else:
                    expected = game.engine.answer(state, values[position]).state
                key = str(position + 1)
            ends = game.engine.is_finished(expected)
            say("intent", fresh if ends else dump(expected))
            await pilot.press(key)
            if dump(game.state) != dump(expected):
                raise AssertionError(f"{key} gave {dump(game.state)}, not {dump(expected)}")
            if ends:
                say("finished", game.game_id)
                say("done", fresh)
            else:
                say("done", dump(expected))


def main() -> None:
    home, library, seed = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    app = make_app(home, folders=[(library, "builtin")], seed=7, blink=False)
    asyncio.run(play(app, random.Random(seed)))


if __name__ == "__main__":
    main()
