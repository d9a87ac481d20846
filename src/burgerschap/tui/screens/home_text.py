"""What the home screen says about each item of the library.

The short text in the list (title, progress, minutes) and the longer one in
the pane beside it, for scenarios, quizzes, a game to resume and files that
do not validate. Kept apart from the screen so that the screen is about
layout and keys, and this about words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.content import Content
from textual.visual import Visual

from burgerschap.i18n import N_, Language, t, tn
from burgerschap.scenario.plaintext import plain_line
from burgerschap.tui.widgets.hanging import Line, Stack, indented

if TYPE_CHECKING:
    from burgerschap.application.workspace import Workspace
    from burgerschap.classroom.store import GameRecord
    from burgerschap.scenario.library import Entry


def stars(count: int) -> str:
    return "★" * count + "☆" * (3 - count)


class EntryText:
    """The texts for one language, with progress read from the workspace."""

    def __init__(self, workspace: Workspace, lang: Language) -> None:
        self.workspace = workspace
        self.lang: Language = lang

    def t(self, key: str, **params: Any) -> str:
        return t(key, self.lang, **params)

    def tn(self, key: str, n: int, **params: Any) -> str:
        return tn(key, n, self.lang, **params)

    def scenario_prompt(self, entry: Entry) -> Content:
        from burgerschap.scenario.models import Scenario

        doc = entry.document
        assert isinstance(doc, Scenario)
        progress = self.workspace.progress(entry)
        # Finished before and started again: both the stars and "in progress".
        status: list[tuple[str, str]] = []
        if progress.best_stars is not None:
            status.append((stars(progress.best_stars), "bold $accent"))
        if progress.playing is not None:
            status.append(("● " + self.t("tui.home.playing"), "bold $warning"))
        if not status:
            status.append((self.t("tui.home.new"), "$success"))
        meta = [self.t("tui.home.minutes", minutes=doc.minutes), *doc.tags[:1]]
        return Content.assemble(
            (doc.title, "bold"),
            *[part for item in status for part in ("  ", item)],
            "\n",
            (" · ".join(meta), "$text-muted"),
        )

    def quiz_prompt(self, entry: Entry) -> Content:
        from burgerschap.scenario.models import Quiz

        doc = entry.document
        assert isinstance(doc, Quiz)
        best = self.workspace.best_quiz(entry)
        status = (
            (self.t("tui.home.best_quiz", score=best[0], total=best[1]), "bold $accent")
            if best
            else (self.t("tui.home.new"), "$success")
        )
        count = min(doc.draw, len(doc.questions))
        return Content.assemble(
            (doc.title, "bold"),
            "  ",
            status,
            "\n",
            (self.tn("tui.home.questions", count), "$text-muted"),
        )

    def broken_prompt(self, entry: Entry) -> Content:
        # Worded only for a broken file: the words stay off the start-up path.
        from burgerschap.i18n.problem_words import problem_text

        errors = entry.inspection.errors or entry.inspection.problems
        first = problem_text(errors[0], self.lang) if errors else ""
        line = errors[0].line if errors else None
        where = plain_line(entry.path.name) + (f":{line}" if line else "")
        return Content.assemble(
            ("⚠ ", "bold $error"), (where, "bold"), "\n", (first, "$text-muted")
        )

    def entry_details(self, entry: Entry) -> Stack:
        from burgerschap.scenario.models import Quiz, Scenario

        doc = entry.document
        parts: list[Content | Stack] = [Content.styled(doc.title if doc else "", "bold $accent")]
        if doc is not None and doc.summary:
            parts.append(Content(doc.summary))
        facts: list[str] = []
        if isinstance(doc, Scenario):
            facts.append(self.tn("tui.home.minutes.long", doc.minutes))
            if doc.tags:
                facts.append(self.t("tui.home.tags", tags=", ".join(doc.tags)))
            labels = ", ".join(d.label for d in doc.dimensions.values())
            facts.append(self.t("tui.home.dimensions", labels=labels))
            parts.append(Content("\n".join(facts)))
            progress = self.workspace.progress(entry)
            if progress.playing is not None:
                steps = len(progress.playing.state.get("history", []))
                parts.append(
                    Content.styled(self.t("tui.home.playing.long", step=steps + 1), "$warning")
                )
            if progress.best_percent is not None and progress.best_stars is not None:
                parts.append(
                    Content.assemble(
                        (stars(progress.best_stars) + " ", "bold $accent"),
                        self.t(
                            "tui.home.best",
                            percent=progress.best_percent,
                            ending=progress.best_ending or "?",
                        ),
                        "\n",
                        self.tn("tui.home.played", progress.played),
                    )
                )
            elif progress.playing is None:
                parts.append(Content.styled(self.t("tui.home.not_played"), "$success"))
            reflections = self.reflections(entry)
            if reflections is not None:
                parts.append(Content.styled(self.t("tui.home.reflections.hint"), "$secondary"))
                parts.append(reflections)
            hint = (
                N_("tui.home.hint.resume")
                if progress.playing is not None
                else N_("tui.home.hint.play")
            )
        elif isinstance(doc, Quiz):
            count = min(doc.draw, len(doc.questions))
            facts.append(self.tn("tui.home.quiz.facts", count, total=len(doc.questions)))
            parts.append(Content("\n".join(facts)))
            best = self.workspace.best_quiz(entry)
            if best is not None:
                parts.append(
                    Content.styled(
                        self.t("tui.home.best_quiz.long", score=best[0], total=best[1]),
                        "bold $accent",
                    )
                )
            hint = N_("tui.home.hint.quiz")
        else:
            hint = N_("tui.home.hint.play")
        parts.append(Content.styled(self.t(hint), "italic $text-muted"))
        spaced: list[Visual] = []
        for part in parts:
            if spaced:
                spaced.append(Content(""))
            spaced.append(part)
        return Stack(spaced)

    def reflections(
        self, entry: Entry, *, limit: int = 5, exclude: str | None = None, heading: bool = True
    ) -> Stack | None:
        """The student's own reflections on this scenario, newest first, to read again.

        ``exclude`` leaves out one game (the one whose results are on screen);
        ``heading`` puts "Jouw reflecties" above them.
        """
        import time

        from burgerschap.scenario.models import EndingNode, Scenario

        doc = entry.document
        if not isinstance(doc, Scenario):
            return None
        written = [
            g
            for g in self.workspace.games(scenario_id=doc.id)
            if g.status == "finished" and g.reflection and g.id != exclude
        ][:limit]
        if not written:
            return None
        lines: list[Line] = []
        if heading:
            lines.append(Content.styled(self.t("tui.home.reflections"), "bold $secondary"))
        for game in written:
            moment = time.localtime(game.finished_at or game.updated_at)
            node = doc.nodes.get(game.ending or "")
            ending = node.ending.title if isinstance(node, EndingNode) else "?"
            date = f"{moment.tm_mday}-{moment.tm_mon}-{moment.tm_year}"
            lines.append(
                Content.styled(
                    self.t("tui.home.reflection.item", date=date, ending=ending), "$text-muted"
                )
            )
            for text in (game.reflection or "").splitlines() or [""]:
                lines.append(indented(2, Content(text)))
        return Stack(lines)

    def resume_details(self, record: GameRecord) -> Content:
        entry = self.workspace.find(record.ref) or self.workspace.find(record.scenario_id)
        title = entry.document.title if entry and entry.document else record.scenario_id
        steps = len(record.state.get("history", []))
        return Content("\n\n").join(
            [
                Content.styled(self.t("tui.home.resume"), "bold $accent"),
                Content(self.t("tui.home.resume.long", title=title, step=steps + 1)),
                Content.styled(self.t("tui.home.hint.resume"), "italic $text-muted"),
            ]
        )

    def broken_details(self, entry: Entry) -> Content:
        from burgerschap.i18n.problem_words import problem_line

        problems = entry.inspection.errors or entry.inspection.problems
        lines = [problem_line(p, self.lang) for p in problems[:5]]
        if len(problems) > 5:
            lines.append(self.tn("tui.home.broken.more", len(problems) - 5))
        return Content("\n\n").join(
            [
                Content.styled(self.t("tui.home.broken.title"), "bold $error"),
                Content(plain_line(str(entry.path))),
                Content("\n".join(lines)),
                Content.styled(self.t("tui.home.broken.hint"), "italic $text-muted"),
            ]
        )
