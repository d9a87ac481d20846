"""A real browser plays a lesson: Debian's Chromium, headless, driven by Playwright.

``burgerschap serve`` runs on a free loopback port with its own data folder
and a lesson made beforehand. Chromium opens the page, and the test checks
that nothing is fetched from any other host (the font is served locally), joins
the lesson and plays the scenario to its end by keyboard, writes a
reflection, and then finds the finished game in the store.

The game draws on a canvas, so the test reads what the student would see
from the websocket's terminal output, and what was saved from the database.

No browser is downloaded: Playwright drives the ``chromium`` on the PATH
(``.ci/setup-browser`` installs it in CI). Without it the test is skipped,
except under CI (``CI`` set), where a missing browser is a failure.
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from burgerschap.classroom.lessons import Lesson
from lesson_support import make_lesson, open_store
from serve_support import Screen, running_server, wait_until

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def chromium() -> str:
    found = shutil.which("chromium")
    if found is None:
        reason = "Debian's chromium is not installed (.ci/setup-browser installs it)"
        if os.environ.get("CI"):
            pytest.fail(f"{reason}, and CI needs the browser test")
        pytest.skip(reason)
    return found


def finished_game(home: Path, lesson: Lesson) -> Any:
    store = open_store(home)
    try:
        games = store.games(lesson_code=lesson.code)
        return games[0] if games and games[0].status == "finished" else None
    finally:
        store.close()


def moves(home: Path, lesson: Lesson) -> int:
    store = open_store(home)
    try:
        return sum(len(store.choices(g.id)) for g in store.games(lesson_code=lesson.code))
    finally:
        store.close()


def test_a_browser_joins_a_lesson_and_plays_it_to_the_end(tmp_path: Path) -> None:
    executable = chromium()
    from playwright.sync_api import sync_playwright

    home = tmp_path / "serve-home"
    lesson = make_lesson(home, title="Browserles")
    with running_server(home) as server, sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=executable, headless=True, args=CHROMIUM_ARGS
        )
        try:
            page = browser.new_page(viewport={"width": 1100, "height": 720})
            requested: list[str] = []
            page.on("request", lambda request: requested.append(request.url))
            screen = Screen()
            sockets: list[str] = []

            def on_websocket(websocket: Any) -> None:
                sockets.append(websocket.url)

                def received(payload: bytes | str) -> None:
                    if isinstance(payload, bytes):
                        screen.feed(payload)

                websocket.on("framereceived", received)

            page.on("websocket", on_websocket)

            def pump(seconds: float) -> None:
                page.wait_for_timeout(seconds * 1000)

            def see(text: str, start: int = 0, timeout: float = 20) -> None:
                try:
                    wait_until(lambda: text in screen.text(start), timeout, repr(text), pump)
                except AssertionError as exc:
                    shown = " ".join(screen.text(start).split())[-1500:]
                    raise AssertionError(f"{exc}; the game showed: ...{shown}") from None

            def quiet(since: int | None = None, seconds: float = 0.3) -> None:
                """Until the game drew something after ``since`` and then nothing for a while.

                Keys typed before the game has handled the previous one would go to the
                field that had the focus then, so each key waits for its answer.
                """
                if since is not None:
                    wait_until(lambda: screen.mark() > since, 10, "an answer to the key", pump)
                wait_until(
                    lambda: time.monotonic() - screen.last > seconds, 10, "a quiet screen", pump
                )

            def press(key: str) -> None:
                mark = screen.mark()
                page.keyboard.press(key)
                quiet(mark)

            page.goto(server.url)
            see("Lescode")
            quiet()
            page.click("#terminal")  # the keyboard goes to the game, as after a student's click
            page.keyboard.type(lesson.code.lower())
            press("Enter")  # on to the nickname field
            page.keyboard.type("Robin")
            mark = screen.mark()
            press("Enter")
            see("Schrijf je terugkomcode op", mark)  # a new student sees the code once
            press("Enter")
            see("Een brief van de gemeente")
            # Every decision by keyboard: the first choice each time, Enter to read on.
            for made in range(1, 4):
                mark = screen.mark()
                page.keyboard.press("1")
                wait_until(lambda made=made: moves(home, lesson) >= made, 15, f"move {made}", pump)
                see("Enter of spatie: verder", mark)
                quiet()
                press("Enter")
            wait_until(lambda: finished_game(home, lesson) is not None, 20, "the end", pump)
            see("Hoe deed je het?")
            press("w")
            page.keyboard.type("Samen naar de gemeente")
            page.keyboard.press("Tab")  # the box takes several lines: Tab leaves it and saves
            wait_until(
                lambda: finished_game(home, lesson).reflection is not None, 15, "reflection", pump
            )

            # The page keeps a token in localStorage: after a reload, this browser is Robin
            # again without the return code.
            token = page.evaluate("window.localStorage.getItem('burgerschap-browser')")
            assert isinstance(token, str) and len(token) == 32
            page.goto(server.url)
            mark = screen.mark()
            see("Lescode", mark)
            quiet()
            page.click("#terminal")
            page.keyboard.type(lesson.code.lower())
            press("Enter")
            page.keyboard.type("robin")
            mark = screen.mark()
            press("Enter")
            see("Welkom terug, Robin", mark)
            assert page.evaluate("window.localStorage.getItem('burgerschap-browser')") == token
        finally:
            browser.close()

    game = finished_game(home, lesson)
    assert game.nickname == "Robin"
    assert game.ref == "proeftuin@1"
    assert game.ending in {"einde_samen", "einde_alleen", "einde_stil"}
    assert game.reflection == "Samen naar de gemeente"
    assert game.lesson_code == lesson.code
    # Nothing but the server: no font service, no other host, not even for the socket.
    hosts = {urlsplit(url).netloc for url in requested + sockets}
    assert hosts == {f"127.0.0.1:{server.port}"}, requested
    assert any(url.endswith(".ttf") for url in requested)
