"""A :class:`Workspace`: what one run of the game works in besides the screen:
settings, the library and saved progress.

No interface code here (nothing imports textual), so everything the screens
rely on can be tested on its own. Saving never stops play: when the data
folder cannot be written, the first failure is kept in :attr:`Workspace.problem`
for the app to mention once, and the game goes on without saving.
"""

from __future__ import annotations

import contextlib
import os
import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from burgerschap.application.locations import Locations
from burgerschap.i18n import Language
from burgerschap.settings import Settings, load_settings, save_settings

if TYPE_CHECKING:
    # The domain (pydantic models, the YAML loader) is imported when first
    # needed, in the library worker, so the home screen appears sooner.
    from burgerschap.application.game import GameSaver
    from burgerschap.application.ranges import Range
    from burgerschap.classroom.store import GameRecord, Store
    from burgerschap.scenario.library import Entry, Library
    from burgerschap.scenario.models import OutcomeKind, Quiz, Scenario, Term

__all__ = ["Locations", "Progress", "Workspace"]

T = TypeVar("T")


@dataclass(frozen=True)
class Progress:
    """What a student has done with one scenario."""

    played: int = 0
    best_percent: int | None = None
    """The best finished game's mean score on 0-100."""
    best_ending: str | None = None
    playing: GameRecord | None = None
    best_stars: int | None = None
    """One to three stars for the best game, never more than its ending allows
    (:func:`~burgerschap.application.ranges.ending_stars`)."""


class Workspace:
    """Settings, library and store of one running game (in the terminal or one browser tab).

    Called a workspace, not a backend: it is where a student or teacher works, and
    every way in (terminal, browser, command line) opens one.
    """

    def __init__(
        self,
        locations: Locations,
        *,
        lang: Language | None = None,
        seed: int | None = None,
        settings: Settings | None = None,
        browser_token: str | None = None,
    ) -> None:
        self.locations = locations
        self.remember_settings = settings is None
        """False when ``settings`` were given: they live for this run only and are never written
        (a served session must not change the teacher's settings, nor another student's)."""
        self.settings: Settings = settings or load_settings(locations.settings)
        self.lang: Language = lang or self.settings.language
        self.library: Library | None = None
        self.fixed_seed = seed
        self.problem: str | None = None
        """Why saving failed, once it has."""
        self.problem_in_use = False
        """The problem is that another window plays this game: :attr:`problem` says so."""
        self.problem_shown = False
        # os.urandom is what secrets.token_hex reads; importing secrets (hmac, hashlib)
        # would cost the first frame about a millisecond.
        self.browser_token = browser_token or os.urandom(16).hex()
        """What shows a lesson that this is the browser (or, in a terminal, the run) a student
        joined from before (:mod:`burgerschap.classroom.identity`)."""
        self._store: Store | None = None
        self._store_opened = False
        self._glossary: list[Term] | None = None

    # Settings ---------------------------------------------------------

    @property
    def nickname(self) -> str:
        return self.settings.nickname or ""

    def set_nickname(self, name: str) -> None:
        self.settings.nickname = name
        self.save_settings()

    def save_settings(self) -> bool:
        """Write the settings; False (and :attr:`problem` set) when that failed."""
        if not self.remember_settings:
            return True
        if self.problem is not None:
            return False
        try:
            save_settings(self.settings, self.locations.settings)
        except OSError as exc:
            self._fail(exc)
            return False
        return True

    # Library ----------------------------------------------------------

    def load_library(self) -> Library:
        """Scan the library folders (slow: call it from a worker)."""
        from burgerschap.scenario.atomic import remove_stale_temporaries
        from burgerschap.scenario.library import Entry, Library
        from burgerschap.scenario.loader import inspect_file

        for folder, source in self.locations.folders:
            if source != "builtin":  # what a save killed half-way left behind
                remove_stale_temporaries(folder)
        library = Library.scan(self.locations.folders)
        named = {f.resolve() for f in self.locations.files}
        extra = [Entry(f, "user", inspect_file(f)) for f in self.locations.files]
        rest = [e for e in library.entries if e.path.resolve() not in named]
        self.library = Library(extra + rest)
        self._glossary = None
        return self.library

    def glossary(self) -> list[Term]:
        """Every term of the library's glossaries, merged and sorted (see ``scenario.glossary``).

        Read once and kept; a new scan of the library reads it again. Before the
        library is loaded, the folders are read here (a few small files).
        """
        if self._glossary is None:
            from burgerschap.scenario.glossary import merge
            from burgerschap.scenario.library import Library, says_glossary
            from burgerschap.scenario.models import Glossary

            folders = self.locations.glossary_folders
            if folders is not None:
                library = Library.scan(folders, only=says_glossary)
            else:
                library = self.library or Library.scan(self.locations.folders)
            documents = [e.document for e in library.glossaries()]
            self._glossary = merge(d for d in documents if isinstance(d, Glossary))
        return self._glossary

    def find(self, ref: str) -> Entry | None:
        return self.library.find(ref) if self.library is not None else None

    def scenarios(self) -> list[Entry]:
        return self.library.scenarios() if self.library is not None else []

    def quizzes(self) -> list[Entry]:
        return self.library.quizzes() if self.library is not None else []

    def broken(self) -> list[Entry]:
        return self.library.broken() if self.library is not None else []

    def ranges(self, scenario: Scenario, content_hash: str = "") -> dict[str, Range]:
        """Score ranges per dimension, computed once per scenario content (in the domain)."""
        from burgerschap.application.ranges import dimension_ranges

        return dimension_ranges(scenario, content_hash)

    def warm_ranges(self) -> None:
        """Compute the score ranges of every scenario ahead of use (from a worker)."""
        from burgerschap.scenario.models import Scenario

        for entry in self.scenarios():
            if isinstance(entry.document, Scenario):
                self.ranges(entry.document, entry.content_hash)

    # Store ------------------------------------------------------------

    @property
    def store(self) -> Store | None:
        """The database, opened on first use; None when it cannot be written."""
        if not self._store_opened:
            # The store (with sqlite3, or psycopg) is imported here, not at the top: the
            # database opens after the first frame, and importing it costs start-up time.
            from burgerschap.classroom.store import DatabaseError, Store

            self._store_opened = True
            try:
                self._store = Store(self.locations.database)
            except (OSError, DatabaseError) as exc:
                self._fail(exc)
        return self._store

    @property
    def saving(self) -> bool:
        return self.store is not None

    def _fail(self, exc: BaseException) -> None:
        from burgerschap.classroom.errors import GameInUse
        from burgerschap.classroom.store import DatabaseError

        if self.problem is None:
            self.problem = str(exc) or type(exc).__name__
            if isinstance(exc, GameInUse):
                self.problem = exc.message(self.lang)
                self.problem_in_use = True
        if self._store is not None:
            with contextlib.suppress(DatabaseError):
                self._store.close()
        self._store = None
        self._store_opened = True

    def write(self, action: Callable[[Store], T]) -> T | None:
        """Run one write; on failure, stop saving for this run and keep the reason.

        A game that another window took over (:class:`~burgerschap.classroom.errors.GameInUse`)
        also stops saving here: that window plays it on, and this one must not mix in.
        """
        from burgerschap.classroom.errors import GameInUse
        from burgerschap.classroom.store import DatabaseError

        store = self.store
        if store is None:
            return None
        try:
            return action(store)
        except (OSError, DatabaseError, GameInUse) as exc:
            self._fail(exc)
            return None

    def heartbeat(self) -> None:
        """This game is still running: keep its claims on students and games (from a timer)."""
        if self._store is not None:
            self.write(lambda s: s.heartbeat())

    def read(self, action: Callable[[Store], T], default: T) -> T:
        from burgerschap.classroom.store import DatabaseError

        store = self.store
        if store is None:
            return default
        try:
            return action(store)
        except DatabaseError:
            return default

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    # Progress ---------------------------------------------------------

    def resumable(self) -> GameRecord | None:
        """The most recent unfinished game of this student."""
        if not self.nickname:
            return None
        return self.read(lambda s: s.resumable(self.nickname), None)

    def progress(self, entry: Entry) -> Progress:
        """Played count, best result and any game in progress for a scenario."""
        from burgerschap.application.ranges import ending_stars, percentages
        from burgerschap.scenario.models import Scenario

        doc = entry.document
        if not isinstance(doc, Scenario) or not self.nickname:
            return Progress()
        games = self.games(scenario_id=doc.id)
        playing = next((g for g in games if g.status == "playing"), None)
        finished = [g for g in games if g.status == "finished"]
        if not finished:
            return Progress(playing=playing)
        ranges = self.ranges(doc, entry.content_hash)
        best: tuple[int, int, str | None] | None = None
        for game in finished:
            scores = percentages(game.scores or {}, ranges)
            mean = round(sum(scores.values()) / len(scores)) if scores else 0
            # The stars agree with how the story judges the ending, like the feedback.
            count = ending_stars(mean, _ending_outcome(doc, game.ending))
            if best is None or (count, mean) > best[:2]:
                best = (count, mean, _ending_title(doc, game.ending))
        assert best is not None
        return Progress(len(finished), best[1], best[2], playing, best_stars=best[0])

    def games(self, status: str | None = None, scenario_id: str | None = None) -> list[GameRecord]:
        """This student's games, newest first."""
        none: list[GameRecord] = []
        if not self.nickname:
            return none
        return self.read(
            lambda s: s.games(nickname=self.nickname, status=status, scenario_id=scenario_id), none
        )

    def abandon(self, game_id: str) -> None:
        from burgerschap.classroom.errors import GameInUse

        def abandon(store: Store) -> None:
            with contextlib.suppress(GameInUse):  # another window plays it: not ours to end
                store.abandon_game(game_id)

        self.write(abandon)

    def best_quiz(self, entry: Entry) -> tuple[int, int] | None:
        from burgerschap.scenario.models import Quiz

        doc = entry.document
        if not isinstance(doc, Quiz) or not self.nickname:
            return None
        return self.read(lambda s: s.best_quiz(self.nickname, doc.id), None)

    def record_quiz(self, quiz: Quiz, score: int, total: int, missed: list[str]) -> None:
        self.write(
            lambda s: s.record_quiz(self.nickname, quiz.id, quiz.version, score, total, missed)
        )

    # Games ------------------------------------------------------------

    def new_seed(self) -> int:
        if self.fixed_seed is not None:
            return self.fixed_seed
        return random.randrange(2**31)

    @property
    def saver(self) -> GameSaver:
        """What the games started here save through (the store, while it can be written)."""
        from burgerschap.application.saving import StoreSaver

        return StoreSaver(self)


def _ending_outcome(scenario: Scenario, node_id: str | None) -> OutcomeKind | None:
    from burgerschap.scenario.models import EndingNode

    node = scenario.nodes.get(node_id or "")
    return node.ending.outcome if isinstance(node, EndingNode) else None


def _ending_title(scenario: Scenario, node_id: str | None) -> str | None:
    from burgerschap.scenario.models import EndingNode

    node = scenario.nodes.get(node_id or "")
    return node.ending.title if isinstance(node, EndingNode) else None
