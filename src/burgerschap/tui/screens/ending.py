"""The ending and the results: how the story ended, how the student did, and why.

Shows the ending with how the story judges it (``outcome``) and why, each
dimension as the points earned against the most the scenario allows, with
what the dimension means and a sentence of feedback that never contradicts
the ending (:func:`~burgerschap.application.ranges.feedback_band`), the highest rung of
the participation ladder reached and whom the student involved, the path
taken with every answer given, the paths not taken, and the reflection
question whose (several lines long) answer is saved.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.events import DescendantBlur
from textual.widgets import Button, Static, TextArea

from burgerschap.application.game import Game
from burgerschap.application.ranges import feedback_band
from burgerschap.i18n import N_
from burgerschap.i18n.names import BAND, OUTCOME, PARTY, RUNG
from burgerschap.scenario.models import EndingNode
from burgerschap.scenario.recap import RecapStep, reach, recap
from burgerschap.tui.messages import CheckSaving, GoHome, PlayAgain
from burgerschap.tui.screens.base import GameScreen
from burgerschap.tui.screens.play import effects_content
from burgerschap.tui.widgets.dimension_bars import Bar, DimensionBars
from burgerschap.tui.widgets.footer import GameFooter
from burgerschap.tui.widgets.hanging import Hanging, Line, Stack, indented
from burgerschap.tui.widgets.story_text import StoryText

_OUTCOME_STYLE = {"goed": "$success", "gemengd": "$warning", "slecht": "$error"}


def plain_text(text: str) -> str:
    """Typed text without control characters (a tab becomes a space); lines stay."""
    text = text.replace("\t", " ")
    return "".join(ch for ch in text if ch == "\n" or ch.isprintable())


class EndingScreen(GameScreen[None]):
    """The results of one finished game."""

    CSS_PATH = "ending.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("w", "write", "tui.key.reflect", id="reflect"),
        Binding("r", "again", "tui.key.again", id="again"),
        Binding("escape", "menu", "tui.key.menu", id="menu"),
    ]
    """Write the reflection, play again, back to the menu."""

    def __init__(self, game: Game) -> None:
        super().__init__(id="ending")
        self.play = game
        self.labels = {dim: d.label for dim, d in game.scenario.dimensions.items()}
        self.saved_text: str | None = game.reflection

    def compose(self) -> ComposeResult:
        with Horizontal(id="ending-header"):
            yield Static(Content(self.play.scenario.title), id="scenario-title")
            yield Static(id="ending-label")
        with VerticalScroll(id="results"):
            yield Static(id="ending-title")
            yield Static(id="ending-verdict")
            yield StoryText(id="ending-text")
            yield Static(id="scores-heading", classes="section")
            yield Static(id="points-hint", classes="hint")
            yield DimensionBars(id="result-bars")
            yield Static(id="reach-heading", classes="section")
            yield Static(id="reach")
            yield Static(id="path-heading", classes="section")
            yield Static(id="path")
            yield Static(id="not-taken-heading", classes="section")
            yield Static(id="not-taken")
            yield Static(id="reflection-heading", classes="section")
            yield Static(id="reflection-question")
            yield TextArea(self.play.reflection or "", id="reflection", show_line_numbers=False)
            yield Static(id="reflection-status", classes="hint")
            yield Static(id="earlier-heading", classes="section")
            yield Static(id="earlier")
            with Horizontal(id="ending-buttons"):
                yield Button(variant="primary", id="again-button")
                yield Button(id="menu-button")
        yield GameFooter()

    def on_mount(self) -> None:
        self.query_one(TextArea).cursor_blink = self.host.blink
        self.retranslate()
        self.query_one("#results", VerticalScroll).focus()

    def retranslate(self) -> None:
        game = self.play
        node = game.engine.node(game.state)
        assert isinstance(node, EndingNode)
        ending = node.ending
        self.query_one("#ending-label", Static).update(self.t("tui.ending.label"))
        self.query_one("#ending-title", Static).update(Content("◆ " + ending.title))
        verdict = self.query_one("#ending-verdict", Static)
        words = [self.t(OUTCOME[ending.outcome])] if ending.outcome else []
        if ending.why:
            words.append(ending.why)
        colour = _OUTCOME_STYLE.get(ending.outcome or "", "")
        verdict.update(Content.styled(" ".join(words), f"bold {colour}".strip()))
        verdict.display = bool(words)
        self.query_one("#ending-text", StoryText).show(ending.text)
        self.query_one("#scores-heading", Static).update(self.t("tui.ending.scores"))
        self.query_one("#points-hint", Static).update(self.t("tui.ending.points"))
        ranges = game.ranges
        most = game.most
        bars: list[Bar] = []
        for dim, dimension in game.scenario.dimensions.items():
            score = game.state.scores.get(dim, 0)
            level = feedback_band(score, ranges[dim], ending.outcome)
            note = getattr(dimension.feedback, level) or self.t(BAND[level])
            bars.append(
                Bar(
                    dimension.label,
                    score,
                    note=note,
                    most=most[dim],
                    out_of=True,
                    description=dimension.description or None,
                )
            )
        self.query_one("#result-bars", DimensionBars).bars = tuple(bars)
        self._show_reach()
        steps = recap(game.engine, game.state)
        self.query_one("#path-heading", Static).update(self.t("tui.ending.path"))
        self.query_one("#path", Static).update(self._path(steps))
        not_taken = self._not_taken(steps)
        self.query_one("#not-taken-heading", Static).update(self.t("tui.ending.not_taken"))
        self.query_one("#not-taken", Static).update(
            not_taken or Content.styled(self.t("tui.ending.no_alternatives"), "$text-muted")
        )
        self.query_one("#reflection-heading", Static).update(self.t("tui.ending.reflection"))
        question = game.scenario.reflection or self.t("tui.ending.reflection.default")
        self.query_one("#reflection-question", Static).update(Content(question))
        self.query_one(TextArea).placeholder = self.t("tui.ending.reflection.placeholder")
        self._show_reflection_status()
        self._show_earlier()
        self.query_one("#again-button", Button).label = self.t("tui.ending.again")
        self.query_one("#menu-button", Button).label = self.t("tui.ending.menu")

    def _show_reach(self) -> None:
        """The highest rung reached and whom the student involved, when the scenario says."""
        found = reach(self.play.scenario, self.play.state.history)
        lines: list[Content] = []
        if found.rung is not None:
            rung = self.t(RUNG[found.rung])
            lines.append(Content(self.t("tui.ending.rung", rung=rung)))
        if found.parties:
            parties = ", ".join(self.t(PARTY[p]) for p in found.parties)
            lines.append(Content(self.t("tui.ending.involved", parties=parties)))
        elif found.alone:
            lines.append(Content(self.t("tui.ending.alone")))
        heading = self.query_one("#reach-heading", Static)
        heading.update(self.t("tui.ending.reach"))
        body = self.query_one("#reach", Static)
        body.update(Content("\n").join(lines))
        heading.display = body.display = bool(lines)

    def _path(self, steps: list[RecapStep]) -> Stack:
        """Each move: where, what was chosen (or answered), what it did."""
        lines: list[Line] = []
        for n, step in enumerate(steps, start=1):
            if n > 1:
                lines.append(Content(""))
            title = step.title or (self.t("tui.ending.question") if step.kind == "answer" else "")
            lines.append(
                Hanging(Content.styled(f"{n:>2}. ", "bold $accent"), Content.styled(title, "bold"))
            )
            if step.kind == "answer":
                mark, style = ("✓ ", "bold $success") if step.correct else ("✗ ", "bold $error")
                if step.question:
                    lines.append(indented(4, Content.styled(step.question, "italic")))
                yours = Content.assemble((self.t("tui.play.you_answered") + " ", "$text-muted"))
                lines.append(
                    Hanging(
                        Content.assemble("    ", (mark, style)),
                        Content.assemble(yours, step.text),
                    )
                )
                if not step.correct and step.right_answer:
                    right = self.t("tui.play.right_answer", answer=step.right_answer)
                    lines.append(indented(6, Content.styled(right, "$text-muted")))
            else:
                lines.append(Hanging(Content.assemble("    ", ("▸ ", "bold")), Content(step.text)))
            effects = effects_content(step.effects, self.labels)
            if effects:
                lines.append(indented(6, effects))
        return Stack(lines)

    def _not_taken(self, steps: list[RecapStep]) -> Stack | None:
        """At each decision, the other choices and what they would have done."""
        lines: list[Line] = []
        for step in steps:
            if not step.alternatives:
                continue
            if lines:
                lines.append(Content(""))
            lines.append(Content.styled(step.title or "", "bold"))
            chosen = self.t("tui.ending.you_chose", text=step.text)
            lines.append(indented(4, Content.styled(chosen, "$text-muted")))
            for alt in step.alternatives:
                lines.append(
                    Hanging(Content.assemble("    ", ("◇ ", "$secondary")), Content(alt.text))
                )
                effects = effects_content(alt.effects, self.labels) or Content.styled(
                    self.t("tui.ending.no_effect"), "$text-muted"
                )
                lines.append(indented(6, effects))
                if alt.feedback:
                    lines.append(
                        indented(6, Content.styled(f"“{alt.feedback}”", "italic $text-muted"))
                    )
        return Stack(lines) if lines else None

    def _show_earlier(self) -> None:
        """What the student wrote after earlier games of this story, to read again."""
        from burgerschap.tui.screens.home_text import EntryText

        game = self.play
        # A lesson's games live under the lesson's nickname: only the student's own here.
        earlier = None
        if getattr(game, "lesson", None) is None:
            earlier = EntryText(self.host.workspace, self.lang).reflections(
                game.entry, exclude=game.game_id, heading=False
            )
        heading = self.query_one("#earlier-heading", Static)
        heading.update(self.t("tui.ending.reflection.earlier"))
        body = self.query_one("#earlier", Static)
        body.update(earlier or "")
        heading.display = body.display = earlier is not None

    def _show_reflection_status(self) -> None:
        status = self.query_one("#reflection-status", Static)
        if self.saved_text:
            key = (
                N_("tui.ending.reflection.saved")
                if self.play.game_id
                else N_("tui.ending.reflection.kept")
            )
            status.update(self.t(key))
        else:
            status.update(self.t("tui.ending.reflection.hint"))

    # Reflection -------------------------------------------------------

    def on_descendant_blur(self, event: DescendantBlur) -> None:
        # Leaving the box (Tab, a click elsewhere) keeps what was written.
        if event.widget.id == "reflection":
            self._save_unsaved()

    def save_reflection(self, text: str) -> None:
        text = plain_text(text).strip()
        if not text or text == self.saved_text:
            return
        self.play.save_reflection(text)
        self.saved_text = text
        self.post_message(CheckSaving())
        self._show_reflection_status()

    def _save_unsaved(self) -> None:
        self.save_reflection(self.query_one("#reflection", TextArea).text)

    # Actions ----------------------------------------------------------

    def action_write(self) -> None:
        field = self.query_one("#reflection", TextArea)
        field.focus()
        field.scroll_visible(animate=False)

    @on(Button.Pressed, "#again-button")
    def action_again(self) -> None:
        self._save_unsaved()
        self.post_message(PlayAgain(self.play))

    @on(Button.Pressed, "#menu-button")
    def action_menu(self) -> None:
        self._save_unsaved()
        self.post_message(GoHome())
