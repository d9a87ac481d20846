"""Playing a scenario: the story, the choices, what a choice did, the scores.

The screen only shows and asks; :class:`~burgerschap.application.game.Game` plays
(through the engine) and saves after every move. The screen is in one of two
modes: choosing (the choices are shown) or reading feedback (what the last
move did, until Enter or space). While reading, the feedback may take the
whole height beside the scores and scrolls inside its panel; the hint to
continue stays in view below it.

A question the student answered before going back over it is not asked
again: the first answer counts, so the screen shows that answer with its
explanation, and Enter goes on with it.

State drives the screen through reactives: :attr:`PlayScreen.reading`
(choosing or reading) shows the choices or the feedback, :attr:`position`
(the node shown and the moves made) and the scrolled texts' sizes decide
which keys work, and :attr:`scores_shown` the bars. The keys in the footer
follow by themselves (``bindings=True``).
"""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.events import Resize
from textual.reactive import reactive
from textual.widgets import Static

from burgerschap.application.game import Game
from burgerschap.i18n import N_
from burgerschap.scenario.engine import Outcome
from burgerschap.scenario.models import EndingNode, QuestionNode, StoryNode
from burgerschap.tui.messages import CheckSaving, GoHome, OpenGlossary, ScoresShown, ShowEnding
from burgerschap.tui.screens.base import GameScreen
from burgerschap.tui.text import source_text
from burgerschap.tui.widgets.choice_list import ChoiceList
from burgerschap.tui.widgets.dimension_bars import Bar, DimensionBars
from burgerschap.tui.widgets.feedback_panel import FeedbackPanel, answer_review
from burgerschap.tui.widgets.footer import GameFooter
from burgerschap.tui.widgets.hanging import Line, Stack
from burgerschap.tui.widgets.story_text import StoryText

FEEDBACK_FRAME = 4
"""Rows of the column besides the feedback: the line above it, its title, the hint below,
and one row of the story (Textual gives a ``1fr`` widget at least one row)."""


def effects_content(effects: dict[str, int], labels: dict[str, str]) -> Content:
    """``+1 Participatie  -1 Samenwerking``, coloured by direction."""
    parts: list[Content] = []
    for dim, delta in effects.items():
        if not delta:
            continue
        style = "bold $success" if delta > 0 else "bold $error"
        sign = "+" if delta > 0 else "−"
        parts.append(
            Content.assemble((f"{sign}{abs(delta)} ", style), (labels.get(dim, dim), style))
        )
    return Content("   ").join(parts)


class PlayScreen(GameScreen[None]):
    """One scenario, from its start (or a saved move) to an ending."""

    CSS_PATH = "play.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("b", "back", "tui.key.back", id="back"),
        Binding("s", "toggle_scores", "tui.key.scores", id="scores"),
        Binding("w", "glossary", "tui.key.glossary", id="glossary"),
        Binding("escape", "menu", "tui.key.menu", id="menu"),
        Binding("pagedown", "scroll_story(1)", "tui.key.read", key_display="PgDn", priority=True),
        Binding("pageup", "scroll_story(-1)", show=False, priority=True),
    ]
    """Back one step, show or hide the scores, back to the menu (progress is kept);
    PgDn and PgUp scroll a long story while the choices keep the focus."""

    # repaint=False: the watchers update the widgets that change; a repaint of the
    # whole screen would cost a frame of its own.
    reading: reactive[bool] = reactive(False, repaint=False, bindings=True, init=False)
    """True while feedback is shown (reading), False while the choices are (choosing)."""
    position: reactive[tuple[str, int]] = reactive(
        ("", -1), repaint=False, bindings=True, init=False
    )
    """The node shown and the number of moves made: whether "back" works follows it."""
    scores_shown: reactive[bool] = reactive(True, repaint=False, init=False)
    """Whether the score bars are shown (the student toggles them; a lesson may forbid)."""

    def __init__(self, game: Game) -> None:
        super().__init__(id="play")
        self.play = game
        self.labels = {dim: d.label for dim, d in game.scenario.dimensions.items()}
        self._last: Outcome | None = None
        self._order: list[int] = []
        """The file indexes of the choices or options, in the order shown."""
        self._pending: int | None = None
        """The first answer shown again at a question answered before (given on Enter)."""

    def compose(self) -> ComposeResult:
        with Horizontal(id="play-header"):
            yield Static(Content(self.play.scenario.title), id="scenario-title")
            yield Static(id="step")
        with Horizontal(id="play-body"):
            with Vertical(id="story-column"):
                with VerticalScroll(id="story", can_focus=False):
                    yield StoryText(id="node-text")
                with Vertical(id="decision"):
                    yield Static(id="decision-title", classes="panel-title")
                    yield ChoiceList(id="choices")
                    # Shown while reading (see watch_reading).
                    panel = FeedbackPanel(id="feedback-panel", body_id="feedback")
                    hint = Static(id="continue-hint")
                    panel.display = hint.display = False
                    yield panel
                    yield hint
            with Vertical(id="sidebar"):
                yield Static(id="scores-title", classes="panel-title")
                yield DimensionBars(id="bars")
        yield GameFooter()

    def on_mount(self) -> None:
        # A lesson may hide the scores while playing: then no bars and no toggle.
        self.scores_shown = self.play.scores_visible and self.host.show_scores
        # Whether PgDn can scroll follows the length of what is shown.
        for scroller in (self.query_one("#story"), self.query_one(FeedbackPanel)):
            self.watch(scroller, "virtual_size", self.refresh_bindings, init=False)
        self.show_node()

    def watch_scores_shown(self, shown: bool) -> None:
        self.query_one("#sidebar").display = shown

    def watch_reading(self, reading: bool) -> None:
        """Choosing shows the choices; reading the feedback and the hint to go on."""
        self.set_class(reading, "-reading")
        choices = self.query_one(ChoiceList)
        panel = self.query_one(FeedbackPanel)
        choices.display = not reading
        panel.display = reading
        self.query_one("#continue-hint").display = reading
        if reading:
            self._fit_feedback()
            panel.focus()
        else:
            choices.focus()

    def retranslate(self) -> None:
        if self.reading and self._last is not None:
            self.show_feedback(self._last)
        else:
            self.show_node()

    def on_resize(self, event: Resize) -> None:
        self.call_after_refresh(self._fit_feedback)

    def _fit_feedback(self) -> None:
        """Let the feedback use the whole column's height, and scroll beyond it."""
        column = self.query("#story-column").results(Vertical)
        height = next((c.size.height for c in column), 0)
        if height:
            panel = self.query_one(FeedbackPanel)
            panel.styles.max_height = max(height - FEEDBACK_FRAME, 3)
        self.refresh_bindings()  # a new size may let PgDn scroll, or no longer

    # Showing ----------------------------------------------------------

    def show_node(self) -> None:
        """Show the current node and its choices (choosing mode)."""
        game = self.play
        state = game.state
        node = game.engine.node(state)
        if isinstance(node, EndingNode):
            self.post_message(ShowEnding(game))
            return
        self._last = None
        self._pending = None
        self.position = (state.node, len(state.history))
        parts: list[str] = []
        if node.title:
            parts.append(f"## {node.title}")
        choices: list[tuple[int, str]]
        if isinstance(node, QuestionNode):
            if node.text:
                parts.append(node.text)
            parts.append(f"**{node.question}**")
            choices = [(i, node.options[i].text) for i in game.engine.option_order(state)]
            title = self.t("tui.play.answer")
        else:
            assert isinstance(node, StoryNode)
            parts.append(node.text)
            choices = [(i, c.text) for i, c in game.engine.offered(state)]
            title = self.t("tui.play.choose") if choices else self.t("tui.play.stuck")
        self.query_one("#node-text", StoryText).show("\n\n".join(parts))
        self.query_one("#story", VerticalScroll).scroll_home(animate=False)
        self._order = [value for value, _ in choices]
        first = game.engine.first_answer(state)
        if isinstance(node, QuestionNode) and first is not None:
            self.show_answered_before(node, first)
            return
        self.query_one("#decision-title", Static).update(title)
        self.query_one(ChoiceList).set_choices(choices)
        self.show_status(deltas={})
        self.reading = False

    def show_answered_before(self, node: QuestionNode, first: int) -> None:
        """A question answered before going back: its first answer, which counts."""
        self._pending = first
        option = node.options[first]
        lines: list[Line] = [
            Content.styled(self.t("tui.play.answered_before"), "bold $warning"),
            Content(""),
            *self._review(node, first, option.feedback, node.explanation or None),
        ]
        effects = dict(node.effects) if option.correct else {}
        title = self.t(N_("tui.play.right.title") if option.correct else N_("tui.play.wrong.title"))
        self._read(title, lines, effects, deltas={})

    def _review(
        self, node: QuestionNode, index: int, feedback: str | None, explanation: str | None
    ) -> list[Line]:
        """Right or wrong, the options with the answer given, the explanation and the source."""
        correct = node.options[index].correct
        lines: list[Line] = []
        if correct:
            lines.append(Content.styled("✓ " + self.t("tui.play.right"), "bold $success"))
        else:
            lines.append(Content.styled("✗ " + self.t("tui.play.wrong"), "bold $error"))
        order = self._order or list(range(len(node.options)))
        lines.extend(
            answer_review(
                [(node.options[i].text, node.options[i].correct) for i in order],
                order.index(index),
                self.t("tui.play.yours"),
            )
        )
        lines.append(Content(""))
        if feedback:
            lines.append(Content(feedback))
        if explanation:
            lines.append(Content(explanation))
        if node.source:
            source = source_text(node.source, node.checked, self.lang)
            lines.append(Content.styled(source, "italic $text-muted"))
        return lines

    def _read(
        self, title: str, lines: list[Line], effects: dict[str, int], deltas: dict[str, int]
    ) -> None:
        """Show ``lines`` in the feedback panel (reading mode), the points, and the hint."""
        shown = effects_content(effects, self.labels) if self.play.scores_visible else None
        if shown:
            lines.append(shown)
        self.query_one("#decision-title", Static).update(title)
        panel = self.query_one(FeedbackPanel)
        panel.update(Stack(lines))
        hint = self.query_one("#continue-hint", Static)
        hint.update(Content.styled(self.t("tui.play.continue"), "italic $text-muted"))
        self.show_status(deltas=deltas)
        if self.reading:
            self._fit_feedback()  # new feedback while reading (a language switch)
        self.reading = True

    def show_status(self, deltas: dict[str, int]) -> None:
        """The step counter and the bars (with the last move's changes)."""
        game = self.play
        step = len(game.state.history) + 1
        self.query_one("#step", Static).update(self.t("tui.play.step", step=step))
        self.query_one("#scores-title", Static).update(self.t("tui.play.scores"))
        most = game.most
        self.query_one(DimensionBars).bars = tuple(
            Bar(
                self.labels[dim],
                game.state.scores.get(dim, 0),
                deltas.get(dim, 0),
                most=most[dim],
                out_of=True,
            )
            for dim in game.scenario.dimensions
        )

    def show_feedback(self, outcome: Outcome) -> None:
        """What the move did (reading mode)."""
        self._last = outcome
        self._pending = None
        step = outcome.step
        node = self.play.scenario.nodes[step.node]
        lines: list[Line] = []
        if isinstance(node, QuestionNode):
            if outcome.repeated:
                lines += [Content.styled(self.t("tui.play.answered_before"), "bold $warning")]
            lines += self._review(node, step.index, outcome.feedback, outcome.explanation)
            title = self.t(
                N_("tui.play.right.title") if step.correct else N_("tui.play.wrong.title")
            )
        else:
            assert isinstance(node, StoryNode)
            chosen = node.choices[step.index]
            title = self.t("tui.play.feedback")
            lines.append(
                Content.assemble((self.t("tui.play.you_chose") + " ", "$text-muted"), chosen.text)
            )
            if outcome.feedback:
                lines.append(Content.styled(outcome.feedback, "bold"))
        self._read(title, lines, dict(step.effects), deltas=dict(step.effects))

    # Moves ------------------------------------------------------------

    @on(ChoiceList.Chosen, "#choices")
    def _chosen(self, event: ChoiceList.Chosen) -> None:
        if self.reading:
            return
        game = self.play
        node = game.engine.node(game.state)
        outcome = (
            game.answer(event.value) if isinstance(node, QuestionNode) else game.choose(event.value)
        )
        self.post_message(CheckSaving())
        if (
            outcome.feedback
            or outcome.explanation
            or outcome.step.effects
            or outcome.step.kind == "answer"
        ):
            self.show_feedback(outcome)
        else:
            self.show_node()

    @property
    def pending_answer(self) -> int | None:
        """The first answer shown again at a question answered before: Enter gives it."""
        return self._pending

    @on(FeedbackPanel.Continue)
    def _continue(self) -> None:
        if self._pending is not None:
            # The first answer, given again: it counts, and it decides the way on.
            self.play.answer(self._pending)
            self.post_message(CheckSaving())
        self.show_node()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "back":
            return self.play.can_go_back
        if action == "toggle_scores":
            return self.play.scores_visible  # False hides the key: the lesson says no
        if action == "scroll_story":
            # Asked for the footer too, possibly before the screen has its widgets.
            if self.reading:
                panel = self.query("#feedback-panel").results(FeedbackPanel)
                return any(p.max_scroll_y > 0 for p in panel)
            story = self.query("#story").results(VerticalScroll)
            return any(s.max_scroll_y > 0 for s in story)
        return True

    def action_back(self) -> None:
        if not self.play.can_go_back:
            return
        self.play.back()
        self.post_message(CheckSaving())
        self.show_node()

    def action_toggle_scores(self) -> None:
        self.scores_shown = not self.scores_shown
        self.post_message(ScoresShown(self.scores_shown))

    def action_menu(self) -> None:
        self.post_message(GoHome())

    def action_glossary(self) -> None:
        """The glossary over this screen; Escape comes back to exactly here."""
        self.post_message(OpenGlossary())

    def action_scroll_story(self, direction: int) -> None:
        story: VerticalScroll = (
            self.query_one(FeedbackPanel)
            if self.reading
            else self.query_one("#story", VerticalScroll)
        )
        if direction < 0:
            story.scroll_page_up()
        else:
            story.scroll_page_down()
