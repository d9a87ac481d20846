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
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from burgerschap import paths
from burgerschap.application.game import Game
from burgerschap.settings import Language, Settings, load_settings, save_settings

if TYPE_CHECKING:
    # The domain (pydantic models, the YAML loader) is imported when first
    # needed, in the library worker, so the home screen appears sooner.
    from burgerschap.application.ranges import Range
    from burgerschap.classroom.store import GameRecord, Store
    from burgerschap.scenario.engine import Outcome
    from burgerschap.scenario.library import Entry, Library, Source
    from burgerschap.scenario.models import OutcomeKind, Quiz, Scenario, Term

T = TypeVar("T")


@dataclass(frozen=True)
class Locations:
    """Where this game reads and writes."""

    home: Path
    database: Path | str
    """The SQLite file in the data folder, or the database URL the server was given."""
    settings: Path
    folders: tuple[tuple[Path, Source], ...]
    files: tuple[Path, ...] = ()
    """Single files to add to the library (``burgerschap play PATH``); they win over the folders."""
    glossary_folders: tuple[tuple[Path, Source], ...] | None = None
    """Where the glossary comes from when not from the library (the browser's game has no
    library, but its students look words up too); None: the library's glossaries."""

    @classmethod
    def create(
        cls,
        home: Path | None = None,
        folders: Sequence[tuple[Path, Source]] | None = None,
        files: Sequence[Path] = (),
        glossary_folders: Sequence[tuple[Path, Source]] | None = None,
    ) -> Locations:
        """The default places, or the same places under ``home`` (tests, USB sticks).

        Students' own versions are in a folder of their own inside the teacher's
        library folder; it is added when ``folders`` names a library without one.
        """
        default_home = paths.data_dir()
        base = home or default_home

        def moved(default: Path) -> Path:
            return base / default.relative_to(default_home)

        if folders is None:
            folders = [(paths.builtin_dir(), "builtin"), (moved(paths.user_library_dir()), "user")]
        folders = list(folders)
        own = paths.student_library_dir().relative_to(paths.user_library_dir())
        if not any(source == "student" for _, source in folders):
            folders += [(folder / own, "student") for folder, source in folders if source == "user"]
        return cls(
            home=base,
            database=paths.database_url() or moved(paths.database_path()),
            settings=moved(paths.settings_path()),
            folders=tuple(folders),
            files=tuple(files),
            glossary_folders=None if glossary_folders is None else tuple(glossary_folders),
        )


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
        self._ranges: dict[str, dict[str, Range]] = {}
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
        """Score ranges per dimension, computed once per scenario version."""
        from burgerschap.application.ranges import dimension_ranges

        key = f"{scenario.ref}#{content_hash}"
        if key not in self._ranges:
            self._ranges[key] = dimension_ranges(scenario)
        return self._ranges[key]

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

    def new_game(self, entry: Entry) -> Game:
        """A fresh game of ``entry``; an unfinished game of the same scenario is given up."""
        from burgerschap.scenario.engine import Engine
        from burgerschap.scenario.models import Scenario

        scenario = entry.document
        assert isinstance(scenario, Scenario)
        engine = Engine(scenario)
        state = engine.new_game(seed=self.new_seed())
        for old in self.games(status="playing", scenario_id=scenario.id):
            self.abandon(old.id)
        game_id = self.write(
            lambda s: s.start_game(
                self.nickname,
                scenario.id,
                scenario.version,
                entry.content_hash,
                state.model_dump(mode="json"),
            )
        )
        return Game(self, entry, state, game_id)

    def resume(self, record: GameRecord) -> tuple[Game | None, str | None]:
        """Pick up a saved game: the game, and a notice key when something changed.

        The same content hash resumes exactly. When the scenario changed since,
        the saved moves are replayed on the new version; when that is not
        possible the old game is given up and None is returned.
        """
        from burgerschap.scenario.engine import Engine, EngineError, GameState
        from burgerschap.scenario.models import Scenario

        if record.lesson_code is not None:
            # A lesson's game goes on in the lesson's own copy, under its options.
            from burgerschap.application.lessongame import LessonUnavailable, resume_lesson_game

            try:
                lesson_game = resume_lesson_game(self, record)
            except LessonUnavailable:
                return None, "tui.resume.in_use"
            return lesson_game, None if lesson_game is not None else "tui.resume.missing"
        if self.write(lambda s: s.claim_game(record.id)) is False:
            return None, "tui.resume.in_use"  # another window plays it now
        entry = self.find(record.ref) or self.find(record.scenario_id)
        scenario = entry.document if entry is not None else None
        if entry is None or not isinstance(scenario, Scenario):
            self.abandon(record.id)
            return None, "tui.resume.missing"
        engine = Engine(scenario)
        try:
            saved = GameState.model_validate(record.state)
        except ValueError:
            self.abandon(record.id)
            return None, "tui.resume.changed"
        if entry.content_hash == record.content_hash and saved.scenario == scenario.ref:
            return Game(self, entry, saved, record.id), None
        try:
            # The first answers stay, also those taken back: no second try on a new version.
            first = engine.new_game(seed=saved.seed)
            states = [first.model_copy(update={"answers": saved.answers})]
            outcomes: list[Outcome] = []
            for step in saved.history:
                current = states[-1]
                if step.kind == "choice":
                    outcome = engine.choose(current, step.index)
                else:
                    outcome = engine.answer(current, step.index)
                outcomes.append(outcome)
                states.append(outcome.state)
        except (EngineError, KeyError, IndexError):
            self.abandon(record.id)
            return None, "tui.resume.changed"
        self.abandon(record.id)
        game_id = self.write(
            lambda s: s.start_game(
                record.nickname,
                scenario.id,
                scenario.version,
                entry.content_hash,
                states[0].model_dump(mode="json"),
            )
        )
        game = Game(self, entry, states[0], game_id)
        for outcome in outcomes:
            game.state = outcome.state
            game.save_move(outcome)
        return game, "tui.resume.updated"


def _ending_outcome(scenario: Scenario, node_id: str | None) -> OutcomeKind | None:
    from burgerschap.scenario.models import EndingNode

    node = scenario.nodes.get(node_id or "")
    return node.ending.outcome if isinstance(node, EndingNode) else None


def _ending_title(scenario: Scenario, node_id: str | None) -> str | None:
    from burgerschap.scenario.models import EndingNode

    node = scenario.nodes.get(node_id or "")
    return node.ending.title if isinstance(node, EndingNode) else None
