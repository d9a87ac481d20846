"""The glossary: the hard words of the stories and the quiz, looked up while playing.

A dialog over whatever the student was doing (a story, the quiz): type to
filter, the arrows to move through the words, Escape to go back to exactly
where they were. The explanation is shown in the interface language. Every
word comes from a data file, so it is shown as plain text, never as markup.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from burgerschap.i18n import N_
from burgerschap.scenario.glossary import explanation, search
from burgerschap.scenario.models import Term
from burgerschap.tui.screens.base import GameModal
from burgerschap.tui.widgets.footer import GameFooter


class GlossaryScreen(GameModal[None]):
    """The merged glossary, searchable; closes with Escape and changes nothing."""

    CSS_PATH = "glossary.tcss"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "tui.key.close", id="close"),
        Binding("down", "move(1)", "tui.key.browse", key_display="↑↓", priority=True, id="browse"),
        Binding("up", "move(-1)", show=False, priority=True),
        Binding("pagedown", "move(5)", show=False, priority=True),
        Binding("pageup", "move(-5)", show=False, priority=True),
    ]
    """Escape closes; the arrows move through the words while the search field keeps the
    focus for typing (the arrows are priority keys: the field would scroll with them)."""

    def __init__(self, terms: list[Term], query: str = "") -> None:
        super().__init__(id="glossary")
        self.terms = terms
        self.query_text = query
        self.shown: list[Term] = []
        """The terms that match the search, in the order listed."""

    def compose(self) -> ComposeResult:
        with Vertical(id="glossary-dialog"):
            with Horizontal(id="glossary-header"):
                yield Static(id="glossary-title")
                yield Static(id="glossary-count")
            yield Input(self.query_text, id="glossary-search")
            with Horizontal(id="glossary-body"):
                yield OptionList(id="glossary-terms", markup=False)
                with VerticalScroll(id="glossary-detail", can_focus=False):
                    yield Static(id="glossary-text")
        yield GameFooter()

    def on_mount(self) -> None:
        terms = self.query_one("#glossary-terms", OptionList)
        terms.can_focus = False  # typing always goes to the search field
        field = self.query_one(Input)
        field.cursor_blink = self.host.blink
        field.focus()
        self.retranslate()

    def retranslate(self) -> None:
        self.query_one("#glossary-title", Static).update(
            Content.styled(self.t("tui.glossary.title"), "bold $accent")
        )
        self.query_one(Input).placeholder = self.t("tui.glossary.search")
        self.fill(keep=self.current)

    # Showing ----------------------------------------------------------

    @property
    def current(self) -> Term | None:
        """The highlighted term."""
        index = self.query_one("#glossary-terms", OptionList).highlighted
        if index is None or not 0 <= index < len(self.shown):
            return None
        return self.shown[index]

    def fill(self, keep: Term | None = None) -> None:
        """List the terms that match the search; highlight ``keep`` if listed, else the first."""
        self.shown = search(self.terms, self.query_text, self.lang)
        terms = self.query_one("#glossary-terms", OptionList)
        terms.set_options(Option(Content(term.term)) for term in self.shown)
        if self.shown:
            terms.highlighted = self.shown.index(keep) if keep in self.shown else 0
        count = len(self.terms)
        found = len(self.shown)
        self.query_one("#glossary-count", Static).update(
            self.tn("tui.glossary.count", count)
            if found == count
            else self.t("tui.glossary.found", found=found, count=count)
        )
        self.show_term()

    def show_term(self) -> None:
        """The highlighted term's explanation in the game's language, or why there is none."""
        term = self.current
        text = self.query_one("#glossary-text", Static)
        if term is None:
            key = (
                N_("tui.glossary.none")
                if self.terms and self.query_text
                else N_("tui.glossary.empty")
            )
            text.update(Content(self.t(key, query=self.query_text.strip())))
        else:
            text.update(self.describe(term))
        self.query_one("#glossary-detail", VerticalScroll).scroll_home(animate=False)

    def describe(self, term: Term) -> Content:
        """The word, its English name (in English), its meaning, related words and the source."""
        heading = Content.styled(term.term, "bold $accent")
        if self.lang == "en" and term.term_en:
            heading += Content.styled(f"  ({term.term_en})", "italic")
        lines = [heading, Content(""), Content(explanation(term, self.lang))]
        if term.see:
            see = self.t("tui.glossary.see", terms=", ".join(term.see))
            lines += [Content(""), Content.styled(see, "$text-muted")]
        if term.source:
            source = self.t("tui.glossary.source", source=term.source)
            lines += [Content(""), Content.styled(source, "italic $text-muted")]
        return Content("\n").join(lines)

    # Keys -------------------------------------------------------------

    @on(Input.Changed, "#glossary-search")
    def _searched(self, event: Input.Changed) -> None:
        self.query_text = event.value
        self.fill()

    @on(Input.Submitted, "#glossary-search")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()  # Enter has nothing to confirm here: the meaning is already shown

    @on(OptionList.OptionHighlighted, "#glossary-terms")
    def _highlighted(self) -> None:
        self.show_term()

    def action_move(self, step: int) -> None:
        terms = self.query_one("#glossary-terms", OptionList)
        if not self.shown:
            return
        at = terms.highlighted if terms.highlighted is not None else 0
        terms.highlighted = max(0, min(len(self.shown) - 1, at + step))

    def action_close(self) -> None:
        self.dismiss(None)
