"""The home screen: the game's question, the student's nickname and the library.

The library list holds "Doorgaan" (when a game is unfinished), the scenarios
with their progress, the quizzes and, disabled, the files that do not
validate with their first error. The pane beside it tells more about the
highlighted item.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from burgerschap.application.home_index import HomeIndex, Kind, Row, read_index, stamp, write_index
from burgerschap.tui.messages import (
    AskNickname,
    JoinLesson,
    MakeOwnVersion,
    OpenEntry,
    OpenSettings,
    OpenTeacher,
    Resume,
    StartQuiz,
)
from burgerschap.tui.screens.base import GameScreen
from burgerschap.tui.screens.home_text import EntryText
from burgerschap.tui.widgets.footer import GameFooter
from burgerschap.tui.widgets.library_list import LibraryList

if TYPE_CHECKING:
    from burgerschap.classroom.store import GameRecord
    from burgerschap.scenario.library import Entry

SKYLINE = "\n".join(
    [
        "          +          ",
        "   /\\    /_\\    /\\   ",
        "  /__\\   | |   /__\\  ",
        " _|[]|___|∩|___|[]|_ ",
    ]
)
"""A village on the horizon: two houses and the church."""


class HomeScreen(GameScreen[None]):
    """Where every session starts."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("d", "resume", "tui.key.resume", id="resume"),
        Binding("l", "join_lesson", "tui.key.join_lesson", id="join-lesson", show=False),
        Binding("q", "quiz", "tui.key.quiz", id="quiz"),
        Binding("i", "settings", "tui.key.settings", id="settings"),
        Binding("n", "nickname", "tui.key.nickname", id="nickname", show=False),
        Binding("e", "own_version", "tui.key.own", id="own-version"),
        Binding("t", "teacher", "tui.key.teacher", id="teacher"),
        Binding("pagedown", "scroll_details(1)", show=False, priority=True),
        Binding("pageup", "scroll_details(-1)", show=False, priority=True),
    ]
    """Continue, quiz, settings, nickname; the list itself opens with Enter. PgDn and
    PgUp read on in the details beside the list (your reflections stand at the end),
    while the list keeps the focus."""

    def __init__(self) -> None:
        super().__init__(id="home")
        self._items: dict[str, Entry] = {}
        self._resume: GameRecord | None = None
        self._pending: str | None = None
        self._remembered = ""

    def compose(self) -> ComposeResult:
        with Horizontal(id="banner"):
            with Vertical(id="brand"):
                yield Static(id="title")
                yield Static(id="question")
                yield Static(id="player")
            yield Static(SKYLINE, id="skyline", markup=False)
        with Horizontal(id="body"):
            yield LibraryList(*self._preview(), id="library")
            with VerticalScroll(id="details-pane", can_focus=False):
                yield Static(id="details")
        yield GameFooter()

    def on_mount(self) -> None:
        self.retranslate()
        self.query_one(LibraryList).focus()

    def on_screen_resume(self) -> None:
        if self.host.library_ready:
            self.show_library()
        self.show_player()

    def retranslate(self) -> None:
        self.query_one("#title", Static).update(Content("B U R G E R S C H A P"))
        self.query_one("#question", Static).update(Content(self.t("tui.home.question")))
        self.query_one(LibraryList).border_title = self.t("tui.home.library")
        self.show_player()
        if self.host.library_ready:
            self.show_library()
        else:
            self._show_preview()

    def show_player(self) -> None:
        name = self.host.workspace.nickname
        text = (
            Content.from_markup(self.t("tui.home.player"), name=name)
            if name
            else Content(self.t("tui.home.no_player"))
        )
        self.query_one("#player", Static).update(text)

    @property
    def _text(self) -> EntryText:
        return EntryText(self.host.workspace, self.lang)

    # The library --------------------------------------------------------

    listed = False
    """Whether the list shows the library: from the last start's index or from the scan."""

    def _preview(self) -> list[Option]:
        """The list as the last start showed it, until the scan is done (application/home_index.py).

        Built in ``compose``, so that the very first frame shows it.
        """
        if self.host.library_ready:
            return []
        index = read_index(self.host.workspace.locations.home, self.lang)
        if index is None:
            return []
        options = []
        for row in index.rows:
            if row.kind == "heading":
                options.append(Option(Content.styled(row.text, "bold $secondary"), disabled=True))
            else:
                options.append(Option(Content(row.text), id=row.id, disabled=row.kind == "note"))
        self.listed = bool(options)
        return options

    def _show_preview(self) -> None:
        """Until the scan is done: the list from the index (see compose), or a word of waiting."""
        library = self.query_one(LibraryList)
        self.query_one("#details", Static).update("")
        if not self.listed:
            library.set_options([Option(self.t("tui.home.loading"), disabled=True)])
            return
        library.highlighted = next(
            (i for i, o in enumerate(library.options) if not o.disabled), None
        )

    def _remember(self, options: list[Option], entries: list[Entry]) -> None:
        """Keep what the list shows for the next start, away from the event loop."""
        rows = []
        for option in options:
            heading = (option.id or "").startswith("heading-")
            kind: Kind = "heading" if heading else "note" if option.disabled else "item"
            prompt = option.prompt
            text = prompt.plain if isinstance(prompt, Content) else str(prompt)
            rows.append(Row(kind, text, None if heading else option.id))
        files = [
            stamp(
                e.path,
                e.document.ref if e.document else "",
                e.document.title if e.document else "",
                getattr(e.document, "minutes", 0),
                e.document.tags if e.document else (),
            )
            for e in entries
        ]
        index = HomeIndex(self.lang, rows, files)
        text = index.to_json()
        if text == self._remembered:
            return
        self._remembered = text
        folder = self.host.workspace.locations.home
        self.run_worker(partial(write_index, folder, index), thread=True, group="home-index")

    def show_library(self) -> None:
        """Fill the list from the loaded library and the student's progress."""
        workspace = self.host.workspace
        library = self.query_one(LibraryList)
        previous = library.highlighted_option.id if library.highlighted_option else None
        self._items = {}
        self._resume = None
        options: list[Option | None] = []

        record = workspace.resumable()
        if record is not None:
            entry = workspace.find(record.ref) or workspace.find(record.scenario_id)
            title = entry.document.title if entry and entry.document else record.scenario_id
            steps = len(record.state.get("history", []))
            self._resume = record
            options.append(
                Option(
                    Content.assemble(
                        ("▶ ", "bold $accent"),
                        (self.t("tui.home.resume"), "bold $accent"),
                        "\n  ",
                        (
                            self.t("tui.home.resume.detail", title=title, step=steps + 1),
                            "$text-muted",
                        ),
                    ),
                    id="resume",
                )
            )

        options.append(self._lesson_option())
        scenarios = workspace.scenarios()
        options.append(self._heading("tui.home.stories", len(scenarios), first=not options))
        if not scenarios:
            options.append(Option(Content(self.t("tui.home.empty")), disabled=True))
        for n, entry in enumerate(scenarios):
            option_id = f"scenario-{n}"
            self._items[option_id] = entry
            options.append(Option(self._text.scenario_prompt(entry), id=option_id))

        quizzes = workspace.quizzes()
        if quizzes:
            options.append(self._heading("tui.home.quizzes", len(quizzes)))
        for n, entry in enumerate(quizzes):
            option_id = f"quiz-{n}"
            self._items[option_id] = entry
            options.append(Option(self._text.quiz_prompt(entry), id=option_id))

        broken = workspace.broken()
        if broken:
            options.append(self._heading("tui.home.broken", len(broken)))
        for n, entry in enumerate(broken):
            option_id = f"broken-{n}"
            self._items[option_id] = entry
            options.append(Option(self._text.broken_prompt(entry), id=option_id))

        library.set_options(options)
        self.listed = True
        self._remember([o for o in options if o is not None], [*scenarios, *quizzes, *broken])
        ids = [o.id for o in library.options]
        if previous is not None and previous in ids:
            library.highlighted = ids.index(previous)
        else:
            library.highlighted = next(
                (i for i, o in enumerate(library.options) if not o.disabled), None
            )
        self._show_details()
        self.refresh_bindings()
        if self._pending is not None:  # chosen from the preview before the scan was done
            pending, self._pending = self._pending, None
            self._open(pending)

    def _lesson_option(self) -> Option:
        """ "Meedoen met een les": in class, the first thing a student looks for."""
        return Option(
            Content.assemble(
                ("◆ ", "bold $secondary"),
                (self.t("tui.home.lesson"), "bold"),
                "\n  ",
                (self.t("tui.home.lesson.detail"), "$text-muted"),
            ),
            id="join-lesson",
        )

    def _heading(self, key: str, count: int, first: bool = False) -> Option:
        """A section title; a blank line above it sets it apart from the section before."""
        return Option(
            Content.assemble(
                "" if first else "\n",
                (self.t(key).upper(), "bold $secondary"),
                (f"  {count}", "$text-muted"),
            ),
            id=f"heading-{key}",
            disabled=True,
        )

    # Details ------------------------------------------------------------

    @on(OptionList.OptionHighlighted, "#library")
    def _highlighted(self) -> None:
        self._show_details()

    def _show_details(self) -> None:
        option = self.query_one(LibraryList).highlighted_option
        option_id = option.id if option is not None else None
        item = self._items.get(option_id or "")
        details = self.query_one("#details", Static)
        self.query_one("#details-pane", VerticalScroll).scroll_home(animate=False)
        if option_id == "resume" and self._resume is not None:
            details.update(self._text.resume_details(self._resume))
        elif option_id == "join-lesson":
            details.update(
                Content("\n\n").join(
                    [
                        Content.styled(self.t("tui.home.lesson"), "bold $accent"),
                        Content(self.t("tui.home.lesson.long")),
                        Content.styled(self.t("tui.home.hint.lesson"), "italic $text-muted"),
                    ]
                )
            )
        elif item is None:
            details.update("")
        elif not item.ok:
            details.update(self._text.broken_details(item))
        else:
            details.update(self._text.entry_details(item))

    # Actions ------------------------------------------------------------

    @on(OptionList.OptionSelected, "#library")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        if not self.host.library_ready and event.option.id != "join-lesson":
            self._pending = event.option.id  # from the preview: open it once the scan is done
            return
        self._open(event.option.id)

    def _open(self, option_id: str | None) -> None:
        if option_id == "resume" and self._resume is not None:
            self.post_message(Resume(self._resume))
            return
        if option_id == "join-lesson":
            self.post_message(JoinLesson())
            return
        item = self._items.get(option_id or "")
        if item is not None and item.ok:
            self.post_message(OpenEntry(item))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "resume":
            return self._resume is not None
        if action == "quiz":
            return bool(self.host.library_ready and self.host.workspace.quizzes())
        return True

    def action_scroll_details(self, direction: int) -> None:
        pane = self.query_one("#details-pane", VerticalScroll)
        if direction < 0:
            pane.scroll_page_up()
        else:
            pane.scroll_page_down()

    def action_resume(self) -> None:
        self.post_message(Resume())

    def action_quiz(self) -> None:
        quizzes = self.host.workspace.quizzes()
        if quizzes:
            self.post_message(StartQuiz(quizzes[0]))

    def action_settings(self) -> None:
        self.post_message(OpenSettings())

    def action_nickname(self) -> None:
        self.post_message(AskNickname())

    def action_join_lesson(self) -> None:
        self.post_message(JoinLesson())

    # Authoring (teacher mode and own versions live in tui.authoring) ------

    def _own_version_entry(self) -> Entry | None:
        option = self.query_one(LibraryList).highlighted_option
        entry = self._items.get(option.id or "") if option is not None else None
        from burgerschap.scenario.models import Scenario

        return entry if entry is not None and isinstance(entry.document, Scenario) else None

    def action_own_version(self) -> None:

        entry = self._own_version_entry()
        if entry is None:
            self.notify(self.t("tui.own.pick"))
        else:
            self.post_message(MakeOwnVersion(entry))

    def action_teacher(self) -> None:
        self.post_message(OpenTeacher())
