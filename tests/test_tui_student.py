"""What the student sees (issue 12): bars that count points, the first answer that counts,
results that agree with the ending, feedback that fits at 80x24, and the student's details."""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual.pilot import Pilot
from textual.widgets import Button, OptionList, RadioSet, Static

from burgerschap.tui.app import BurgerschapApp
from burgerschap.tui.screens.ask import ChoiceDialog
from burgerschap.tui.screens.ending import EndingScreen
from burgerschap.tui.screens.home import HomeScreen
from burgerschap.tui.screens.nickname import NicknameDialog
from burgerschap.tui.screens.play import PlayScreen
from burgerschap.tui.screens.quiz import QuizScreen
from burgerschap.tui.screens.settings import SettingsScreen
from burgerschap.tui.widgets.choice_list import ChoiceList
from burgerschap.tui.widgets.dimension_bars import BELOW, EIGHTHS, FULL, DimensionBars
from burgerschap.tui.widgets.feedback_panel import FeedbackPanel

Build = Callable[..., BurgerschapApp]
DATA = Path(__file__).parent / "data" / "tui"
SCORING = DATA / "scoring"
LONGEST = DATA / "longest"


async def ready(pilot: Pilot[Any]) -> None:
    app = pilot.app
    assert isinstance(app, BurgerschapApp)
    await app.workers.wait_for_complete()
    while not app.library_ready:
        await pilot.pause(0.01)
    await pilot.pause()


async def open_item(pilot: Pilot[Any], option_id: str) -> None:
    library = pilot.app.screen.query_one("#library", OptionList)
    library.highlighted = library.get_option_index(option_id)
    await pilot.press("enter")
    await pilot.pause()


async def answer(pilot: Pilot[Any], option: int) -> None:
    """Pick the option with file index ``option``, wherever the shuffle put it."""
    choices = pilot.app.screen.query_one(ChoiceList)
    await pilot.press(str(choices.values.index(option) + 1))
    await pilot.pause()


def screen_text(pilot: Pilot[Any]) -> str:
    """Every character on the screen (Textual is pinned; the compositor is stable)."""
    strips = pilot.app.screen._compositor.render_strips()
    return "\n".join(strip.text for strip in strips)


def bar_lines(screen: Any) -> list[str]:
    """The drawn bar of each dimension (the line with its cells), top to bottom."""
    text = screen.query_one(DimensionBars).render().plain
    cells = set(FULL + EIGHTHS[1:] + BELOW + "░")
    return [line for line in text.splitlines() if line and line[0] in cells]


# 1. Bars that move with every point ------------------------------------------


def eighths(line: str) -> int:
    """How full a drawn bar is, in eighths of a cell."""
    cells = line.split(" ")[0]
    return 8 * cells.count(FULL) + sum(EIGHTHS.index(c) for c in cells if c in EIGHTHS[1:])


async def test_a_bar_starts_empty_and_changes_with_every_point(tui_app: Build) -> None:
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await open_item(pilot, "scenario-1")
        screen = pilot.app.screen
        assert isinstance(screen, PlayScreen)
        start = bar_lines(screen)
        assert len(start) == 2
        # Empty before any choice: no filled cell, zero points.
        assert all(set(line.split(" ")[0]) == {"░"} for line in start)
        assert [line.split()[-1] for line in start] == ["0/3", "0/3"]
        seen = [bar_lines(screen)[0]]
        # +1 Participatie three times: begin, buren, the right answer.
        for keys in (["1"], ["enter", "1"], ["enter"]):
            await pilot.press(*keys)
            await pilot.pause()
            if screen.play.state.node == "vraag" and not screen.reading:
                await answer(pilot, 0)
            seen.append(bar_lines(screen)[0])
        assert [line.split()[-1] for line in seen] == ["0/3", "1/3", "2/3", "3/3"]
        for before, after in itertools.pairwise(seen):
            assert eighths(after) > eighths(before)
        assert set(seen[-1].split(" ")[0]) == {FULL}


async def test_a_negative_total_shows_as_negative(tui_app: Build) -> None:
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await open_item(pilot, "scenario-1")
        await pilot.press("2")  # -1 Samenwerking
        await pilot.pause()
        samenwerking = bar_lines(pilot.app.screen)[1]
        assert samenwerking.startswith(BELOW)
        assert samenwerking.split()[-1] == "−1/3"


# 5. The first answer counts ------------------------------------------------


async def test_going_back_over_a_question_shows_the_first_answer_and_it_counts(
    tui_app: Build, _isolated_home: Path
) -> None:
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await open_item(pilot, "scenario-1")
        await pilot.press("1", "enter", "1", "enter")
        await pilot.pause()
        screen = pilot.app.screen
        assert isinstance(screen, PlayScreen)
        scores = dict(screen.play.state.scores)
        await answer(pilot, 2)  # wrong: De griffier
        await pilot.press("b")
        await pilot.pause()
        assert screen.play.state.node == "vraag"
        assert screen.play.state.scores == scores
        assert screen.reading  # not asked again: the first answer is shown
        feedback = str(screen.query_one("#feedback", Static).render())
        assert "Je eerste antwoord telt" in feedback
        assert "✗ De griffier  ← jouw antwoord" in feedback
        assert "Bron: prodemos.nl" in feedback
        await pilot.press("1", "2", "3")  # no choices to pick
        await pilot.pause()
        assert screen.play.state.node == "vraag"
        await pilot.press("enter")
        await pilot.pause()
        ending = pilot.app.screen
        assert isinstance(ending, EndingScreen)
        assert ending.play.state.node == "einde_samen"  # where the wrong answer leads
        assert ending.play.state.scores == scores  # no point for the right one
        path = str(ending.query_one("#path", Static).render())
        assert "Wie is voorzitter van de gemeenteraad?" in path
        assert "✗ Jouw antwoord: De griffier" in path
        assert "Het goede antwoord: De burgemeester" in path
    with sqlite3.connect(_isolated_home / "burgerschap.sqlite3") as conn:
        answers = list(conn.execute("SELECT node, idx, correct FROM choices WHERE kind='answer'"))
    assert answers == [("vraag", 2, 0)]


# 2 and 3. Results that agree with the ending ---------------------------------


async def _play_dijkweg(tui_app: Build, keys: list[str], lang: str = "nl") -> Any:
    app = tui_app(folders=[(SCORING, "builtin")], lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await open_item(pilot, "scenario-0")
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
        screen = pilot.app.screen
        assert isinstance(screen, EndingScreen)
        return {
            name: str(screen.query_one(f"#{name}").render())
            for name in ("ending-verdict", "result-bars", "reach", "path")
        } | {"reach-shown": screen.query_one("#reach").display}


async def test_high_scores_on_a_bad_ending_are_not_praised(tui_app: Build) -> None:
    shown = await _play_dijkweg(tui_app, ["2", "enter", "2", "enter"])
    assert "Een slecht einde." in shown["ending-verdict"]
    assert "Zelf borden plaatsen mag niet" in shown["ending-verdict"]
    bars = shown["result-bars"]
    assert "6/6" in bars and "4/5" in bars
    assert "Je deed af en toe mee." in bars and "Je deed volop mee." not in bars
    assert "Je werkte soms samen." in bars and "Je zocht steeds anderen op." not in bars
    # What the dimensions mean, under their labels.
    assert "Hoe ver je meedoet, van meelezen tot zelf regelen." in bars
    assert "Je hoogste trede: zelfbeheer: de bewoners regelden het zelf." in shown["reach"]
    assert (
        "Je betrok: mensen die er anders over denken, de mensen om wie het gaat." in shown["reach"]
    )


async def test_low_scores_on_a_good_ending_are_not_blamed(tui_app: Build) -> None:
    shown = await _play_dijkweg(tui_app, ["1", "enter", "1", "enter"])
    assert "Een goed einde." in shown["ending-verdict"]
    bars = shown["result-bars"]
    assert "Je bleef aan de kant staan." not in bars and "Je deed af en toe mee." in bars
    assert "Je deed het vooral alleen." not in bars and "Je werkte soms samen." in bars
    assert "Je hoogste trede: raadplegen: je gaf je mening toen dat kon." in shown["reach"]
    assert "Je betrok: instanties (zoals de gemeente of de school)." in shown["reach"]


async def test_the_ladder_and_parties_in_english(tui_app: Build) -> None:
    shown = await _play_dijkweg(tui_app, ["1", "enter", "1", "enter"], lang="en")
    assert "A good ending." in shown["ending-verdict"]
    assert "Your highest rung: consulting: you gave your opinion when you could." in shown["reach"]
    assert "You involved: institutions (such as the council or the school)." in shown["reach"]


async def test_acting_alone_and_doing_nothing_say_so(tui_app: Build) -> None:
    shown = await _play_dijkweg(tui_app, ["4"])
    assert "Je hoogste trede: geen: je liet het aan anderen over." in shown["reach"]
    assert "Je deed het alleen: je betrok niemand." in shown["reach"]


async def test_a_scenario_without_the_keys_shows_no_ladder_and_no_verdict(
    tui_app: Build,
) -> None:
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await open_item(pilot, "scenario-1")
        await pilot.press("3", "enter", "1")
        await pilot.pause()
        screen = pilot.app.screen
        assert isinstance(screen, EndingScreen)
        assert not screen.query_one("#reach").display
        assert not screen.query_one("#reach-heading").display
        assert not screen.query_one("#ending-verdict").display
        assert "Doe je mee in je dorp?" in str(screen.query_one("#result-bars").render())


# 4. Feedback readable at 80x24 -------------------------------------------------


async def test_the_longest_feedback_reads_to_its_source_at_80x24(tui_app: Build) -> None:
    app = tui_app(folders=[(LONGEST, "builtin")])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await open_item(pilot, "scenario-0")
        await answer(pilot, 0)
        text = screen_text(pilot)
        assert "✓ Goed!" in text
        assert "Enter of spatie: verder" in text
        assert "PgDn Lees verder" in text  # the footer says there is more
        for _ in range(3):
            await pilot.press("pagedown")
        await pilot.pause()
        text = screen_text(pilot)
        assert "Bron: denederlandsegrondwet.nl, artikel 7 en" in text
        assert "2026-12-03)" in text
        assert "+1 Participatie" in text
        assert "Enter of spatie: verder" in text
        for _ in range(3):
            await pilot.press("pageup")
        await pilot.pause()
        assert "✓ Goed!" in screen_text(pilot)


LONG = """\
format: 1
kind: scenario
id: lang
title: Een lange uitleg
dimensions: {participatie: {label: Participatie}}
start: q
nodes:
  q:
    question: Wie kiest de gemeenteraad?
    options:
      - {text: De inwoners van de gemeente die 18 jaar of ouder zijn, correct: true}
      - {text: De burgemeester en de wethouders samen}
      - {text: De koning}
    explanation: >-
      {explanation}
    source: Gemeentewet en Kieswet, via wetten.overheid.nl (het laatste wat je leest)
    effects: {participatie: 1}
    goto: einde
  einde:
    ending: {title: Klaar}
"""


async def test_feedback_longer_than_the_screen_scrolls_and_the_hint_stays(
    tui_app: Build, tmp_path: Path
) -> None:
    sentence = "Dit is een lange zin over de gemeenteraad en de verkiezingen. "
    (tmp_path / "lang.yaml").write_text(
        LONG.replace("{explanation}", sentence * 30), encoding="utf-8"
    )
    app = tui_app(folders=[(tmp_path, "builtin")])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await open_item(pilot, "scenario-0")
        await answer(pilot, 0)
        assert "Enter of spatie: verder" in screen_text(pilot)
        assert "het laatste wat je leest" not in screen_text(pilot)
        panel = pilot.app.screen.query_one(FeedbackPanel)
        assert panel.max_scroll_y > 0
        for _ in range(10):
            await pilot.press("pagedown")
        await pilot.pause()
        text = screen_text(pilot)
        assert "het laatste wat je leest" in text
        assert "Enter of spatie: verder" in text
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(pilot.app.screen, EndingScreen)


# 6. The student's details ------------------------------------------------------


async def test_changing_the_nickname_warns_that_progress_stays_with_the_old_one(
    tui_app: Build,
) -> None:
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("n")
        await pilot.pause()
        dialog = pilot.app.screen
        assert isinstance(dialog, NicknameDialog)
        warning = str(dialog.query_one("#nickname-warning", Static).render())
        assert "blijven bij de bijnaam Sam" in warning


async def test_no_warning_when_choosing_the_first_nickname(tui_app: Build) -> None:
    app = tui_app(nickname=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        assert isinstance(pilot.app.screen, NicknameDialog)
        assert not pilot.app.screen.query("#nickname-warning")


async def test_a_student_rereads_their_reflections_on_the_home_screen(tui_app: Build) -> None:
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await open_item(pilot, "scenario-1")
        await pilot.press("3", "enter", "1")
        await pilot.pause()
        await pilot.press("w", *"Volgende keer", "enter", *"vraag ik hulp", "escape")
        await pilot.pause()
        home = pilot.app.screen
        assert isinstance(home, HomeScreen)
        library = home.query_one("#library", OptionList)
        library.highlighted = library.get_option_index("scenario-1")
        await pilot.pause()
        details = str(home.query_one("#details", Static).render())
        assert "Jouw reflecties" in details
        assert "Een leeg plein:" in details
        assert "Volgende keer\n  vraag ik hulp" in details
        # At 80x24 they stand below the fold: PgDn reads on, the list keeps its place.
        pane = home.query_one("#details-pane")
        assert pane.max_scroll_y > 0 and pane.scroll_y == 0
        await pilot.press("pagedown")
        await pilot.pause()
        assert pane.scroll_y > 0
        assert library.highlighted == library.get_option_index("scenario-1")
        assert "vraag ik hulp" in screen_text(pilot)


async def test_the_results_show_what_was_written_after_earlier_games(tui_app: Build) -> None:
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await open_item(pilot, "scenario-1")
        await pilot.press("3", "enter", "1")
        await pilot.pause()
        first = pilot.app.screen
        assert isinstance(first, EndingScreen)
        assert not first.query_one("#earlier").display  # nothing written before
        await pilot.press("w", *"Eerste keer", "tab", "r")
        await pilot.pause()
        await pilot.press("2", "enter", "2")
        await pilot.pause()
        second = pilot.app.screen
        assert isinstance(second, EndingScreen) and second is not first
        assert second.query_one("#earlier").display
        earlier = str(second.query_one("#earlier", Static).render())
        assert "Een leeg plein:" in earlier and "Eerste keer" in earlier


async def test_the_settings_start_on_the_options_in_use(tui_app: Build) -> None:
    app = tui_app(lang="en")
    app.set_theme_setting("high-contrast")
    app.workspace.settings.theme = "high-contrast"
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("i")
        await pilot.pause()
        await pilot.pause()
        settings = pilot.app.screen
        assert isinstance(settings, SettingsScreen)
        for name in ("language", "theme"):
            radio = settings.query_one(f"#{name}", RadioSet)
            assert radio.pressed_index == 1
            assert radio._selected == 1
        # Enter on the highlighted option changes nothing.
        await pilot.press("enter")
        await pilot.pause()
        assert pilot.app.lang == "en"


async def test_dialog_buttons_follow_the_arrow_keys(tui_app: Build) -> None:
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        chosen: list[str | None] = []
        answers = [("a", "Een"), ("b", "Twee"), ("c", "Drie")]
        pilot.app.push_screen(ChoiceDialog("Vraag", "Kies er een.", answers), chosen.append)
        await pilot.pause()
        dialog = pilot.app.screen

        def focused() -> str:
            assert isinstance(dialog.focused, Button)
            return str(dialog.focused.id)

        assert focused() == "answer-a"
        seen = []
        for key in ("right", "right", "right", "left", "down", "up", "up"):
            await pilot.press(key)
            seen.append(focused())
        assert seen == [f"answer-{x}" for x in "bccbcba"]
        await pilot.press("down", "enter")
        await pilot.pause()
        assert chosen == ["b"]


async def test_escape_in_the_quiz_asks_before_it_drops_the_round(tui_app: Build) -> None:
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("q")
        await pilot.pause()
        quiz = pilot.app.screen
        assert isinstance(quiz, QuizScreen)
        await pilot.press("1", "enter")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(pilot.app.screen, ChoiceDialog)
        await pilot.press("escape")  # no: keep playing
        await pilot.pause()
        assert pilot.app.screen is quiz
        assert len(quiz.round.answers) == 1
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("enter")  # yes, stop
        await pilot.pause()
        assert isinstance(pilot.app.screen, HomeScreen)


async def test_escape_before_the_first_answer_leaves_at_once(tui_app: Build) -> None:
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("q")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(pilot.app.screen, HomeScreen)


async def test_a_finished_story_started_again_shows_its_stars_and_in_progress(
    tui_app: Build,
) -> None:
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await open_item(pilot, "scenario-1")
        await pilot.press("1", "enter", "2", "enter")
        await pilot.pause()
        assert isinstance(pilot.app.screen, EndingScreen)
        await pilot.press("r")
        await pilot.pause()
        await pilot.press("1", "enter", "escape")
        await pilot.pause()
        home = pilot.app.screen
        assert isinstance(home, HomeScreen)
        library = home.query_one("#library", OptionList)
        prompt = str(library.get_option("scenario-1").prompt)
        assert "★" in prompt
        assert "● bezig" in prompt
