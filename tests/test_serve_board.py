"""What the teacher puts on the board: real addresses, a QR code that scans, a link with the code.

Found in a lesson of 30: ``serve --host 0.0.0.0`` printed ``http://<hostname>:PORT/``,
which resolves to loopback on Debian and Ubuntu, with no word that anyone on
the network could now join; students typed the code by hand; the access log
pushed the address off the screen.
"""

from __future__ import annotations

import asyncio
import re
import time
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from burgerschap.classroom.board import modules, qr_lines, read_board
from burgerschap.web.addresses import interface_addresses
from burgerschap.web.capacity import CAP, STUDENT_MEMORY, default_class_size
from burgerschap.web.server import page_code
from lesson_support import make_lesson, open_store
from serve_support import Screen, running_server, wait_until
from test_browser import CHROMIUM_ARGS, chromium

zxingcpp = pytest.importorskip("zxingcpp")
QR_CHARS = set(" ▀▄█")


def decode(lines: list[str]) -> str:
    """Read a QR code drawn as text back into what it says, as a phone's camera would."""
    grid = modules(lines)
    scale = 4
    pixels = bytearray()
    for row in grid:
        line = bytes(0 if dark else 255 for dark in row for _ in range(scale))
        pixels += line * scale
    view = memoryview(bytes(pixels)).cast("B", shape=[len(grid) * scale, len(grid[0]) * scale])
    found = zxingcpp.read_barcodes(view)
    assert len(found) == 1, "no QR code found"
    return str(found[0].text)


@pytest.mark.parametrize(
    "url", ["http://192.168.1.23:8000/", "http://10.0.0.5:8080/?code=KMNP47", "http://x/"]
)
def test_the_qr_code_says_the_address(url: str) -> None:
    assert decode(qr_lines(url)) == url


def test_a_page_code_is_six_letters_and_digits_or_nothing() -> None:
    assert page_code("kmn-p47") == "KMNP47"
    assert page_code("KMN P47") == "KMNP47"
    for junk in (None, "", "KMN", "KMNP47X", "<script>", "ＫＭＮＰ４７", "x" * 100):
        assert page_code(junk) is None


def test_the_class_size_follows_free_memory() -> None:
    assert default_class_size(4 * 1024**3) == CAP  # a 4 GB laptop with 4 GB free: the cap
    assert default_class_size(int(10.5 * STUDENT_MEMORY / 0.75)) == 10
    assert default_class_size(1) == 1  # never zero: one student can always try
    assert 1 <= default_class_size() <= CAP


def test_serve_on_the_network_prints_real_addresses_a_qr_code_and_a_warning(
    tmp_path: Path,
) -> None:
    home = tmp_path / "serve-home"
    with running_server(home, "--lan") as server:
        deadline = time.monotonic() + 30
        while "Ctrl+C" not in server.log.read_text(errors="replace"):
            assert time.monotonic() < deadline, server.log.read_text(errors="replace")
            time.sleep(0.1)
        assert read_board(home) == [f"http://{a}:{server.port}/" for a in interface_addresses()]
        log = server.log.read_text("utf-8")
    lines = log.splitlines()
    shown = re.findall(r"http://[^\s/]+:\d+/(?=\s|$)", log)
    expected = [f"http://{a}:{server.port}/" for a in interface_addresses()]
    assert shown[: len(expected)] == expected
    assert not any(url.startswith("http://127.") for url in shown)
    qr = [line for line in lines if line and set(line) <= QR_CHARS and "█" in line]
    start = lines.index(qr[0]) - 2  # the two blank rows of quiet zone above
    assert decode(lines[start : start + len(qr_lines(expected[0]))]) == expected[0]
    assert "iedereen op dit netwerk" in log
    assert "maximaal" in log and "vrije geheugen" in log
    assert read_board(home) == []  # gone when the server stopped


def test_a_browser_opens_the_link_with_the_code_and_only_types_a_nickname(
    tmp_path: Path,
) -> None:
    executable = chromium()
    from playwright.sync_api import sync_playwright

    home = tmp_path / "serve-home"
    lesson = make_lesson(home, title="Met code")
    pretty = f"{lesson.code[:3]}-{lesson.code[3:]}".lower()
    with running_server(home) as server, sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=executable, headless=True, args=CHROMIUM_ARGS
        )
        try:
            page = browser.new_page(viewport={"width": 1100, "height": 720})
            screen = Screen()

            def on_websocket(websocket: Any) -> None:
                websocket.on(
                    "framereceived",
                    lambda payload: screen.feed(payload) if isinstance(payload, bytes) else None,
                )

            page.on("websocket", on_websocket)

            def pump(seconds: float) -> None:
                page.wait_for_timeout(seconds * 1000)

            page.goto(f"{server.url}?code={pretty}")
            wait_until(lambda: lesson.code in screen.text(), 30, "the code filled in", pump)
            wait_until(lambda: time.monotonic() - screen.last > 0.5, 10, "a quiet screen", pump)
            page.click("#terminal")
            page.keyboard.type("Robin")
            mark = screen.mark()
            page.keyboard.press("Enter")
            # A new student: the return code first, to write down.
            wait_until(lambda: "terugkomcode" in screen.text(mark), 30, "the return code", pump)
            wait_until(lambda: time.monotonic() - screen.last > 0.5, 10, "a quiet screen", pump)
            page.keyboard.press("Enter")
            wait_until(lambda: "Een brief van de gemeente" in screen.text(), 30, "the lesson", pump)
        finally:
            browser.close()
    store = open_store(home)
    try:
        [game] = store.games(lesson_code=lesson.code)
        assert game.nickname == "Robin"
    finally:
        store.close()


def test_a_forged_code_in_the_address_is_ignored(tmp_path: Path) -> None:
    home = tmp_path / "serve-home"
    with running_server(home) as server:

        async def page(query: str) -> str:
            async with (
                aiohttp.ClientSession() as session,
                session.get(server.url + query) as response,
            ):
                assert response.status == 200
                return await response.text()

        assert "/ws/KMNP47" in asyncio.run(page("?code=kmn-p47"))
        html = asyncio.run(page("?code=%22%3E%3Cscript%3E"))
        assert "<script>" not in html.split("</head>")[-1] and '/ws"' in html


async def test_the_dashboard_puts_the_link_with_the_code_on_the_board(
    tui_app: Any, _isolated_home: Path
) -> None:
    """With serve running, `b` on a lesson's dashboard shows a QR code that opens the page with
    the lesson's code filled in; without it, the screen says how to start serve."""
    from textual.widgets import Static

    from burgerschap.classroom.board import clear_board, write_board
    from burgerschap.tui.screens.board import BoardScreen
    from burgerschap.tui.screens.dashboard import DashboardScreen

    lesson = make_lesson(_isolated_home)
    for serving in (True, False):
        if serving:
            write_board(_isolated_home, ["http://192.168.1.23:8000/"])
        else:
            clear_board(_isolated_home)
        app = tui_app()
        async with app.run_test(size=(120, 40)) as pilot:
            app.push_screen(DashboardScreen(lesson.code))
            await wait_for_screen(pilot, DashboardScreen)
            await pilot.press("b")
            board = await wait_for_screen(pilot, BoardScreen)
            texts = {w.id: str(w.render()) for w in board.query(Static) if w.id}
            assert f"{lesson.code[:3]}-{lesson.code[3:]}" in texts["board-code"]
            if serving:
                url = f"http://192.168.1.23:8000/?code={lesson.code}"
                assert texts["board-url"] == url
                assert decode(texts["board-qr"].splitlines()) == url
            else:
                assert "board-qr" not in texts and "serve --lan" in texts["board-hint"]
            await pilot.press("escape")
            await wait_for_screen(pilot, DashboardScreen)


async def wait_for_screen(pilot: Any, kind: type) -> Any:
    for _ in range(200):
        if isinstance(pilot.app.screen, kind):
            return pilot.app.screen
        await pilot.pause(0.02)
    raise AssertionError(f"no {kind.__name__}, but {pilot.app.screen!r}")
