"""``burgerschap check [--json] [--random N --seed S] [PATH|ID ...]``: analyse scenarios.

Valid scenarios go through :func:`burgerschap.scenario.analyzer.analyze` (and,
with ``--random``, through random playthroughs); quizzes through
:func:`analyze_quiz`; glossaries report their number of terms; invalid files
report their validation problems exactly as ``validate`` does. Human output is
a rich table per scenario; ``--json`` prints one object. Exit 0 without errors,
1 with any, 2 for usage errors. Rich is imported only for human output.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field
from typing import Any

from burgerschap.commands.common import UsageError, fail_usage
from burgerschap.commands.output import plain_console, say_json
from burgerschap.commands.validate import inspections
from burgerschap.i18n import Language, t, tn
from burgerschap.i18n.names import CHECK_OUTCOME
from burgerschap.i18n.problem_words import problem_json, problem_line
from burgerschap.scenario.analyzer import (
    MAX_STATES,
    Analysis,
    GlossaryAnalysis,
    QuizAnalysis,
    Range,
    analyze,
    analyze_glossary,
    analyze_quiz,
)
from burgerschap.scenario.loader import Inspection
from burgerschap.scenario.models import Glossary, Quiz, Scenario
from burgerschap.scenario.playthrough import Playthroughs, random_playthroughs
from burgerschap.scenario.problems import Problem

MAX_GAMES = 1_000_000


@dataclass
class Report:
    """What ``check`` found about one file."""

    inspection: Inspection
    analysis: Analysis | QuizAnalysis | GlossaryAnalysis | None = None
    random: Playthroughs | None = None
    problems: list[Problem] = field(default_factory=list)
    """Validation problems, then analysis findings, then random-play errors."""

    @property
    def errors(self) -> int:
        return sum(1 for p in self.problems if p.severity == "error")

    @property
    def warnings(self) -> int:
        return sum(1 for p in self.problems if p.severity == "warning")

    def to_json(self, lang: Language) -> dict[str, Any]:
        doc = self.inspection.document
        data: dict[str, Any] = {"path": self.inspection.file}
        if self.analysis is not None:
            data.update(self.analysis.to_json())
        else:
            data.update(
                {
                    "id": doc.id if doc is not None else None,
                    "version": doc.version if doc is not None else None,
                    "kind": doc.kind if doc is not None else "scenario",
                    "valid": False,
                }
            )
        if self.random is not None:
            data["random"] = self.random.to_json()
        data["errors"] = [problem_json(p, lang) for p in self.problems if p.severity == "error"]
        data["warnings"] = [problem_json(p, lang) for p in self.problems if p.severity == "warning"]
        return data


def _games(lang: Language) -> Any:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = 0
        if not 1 <= value <= MAX_GAMES:
            raise argparse.ArgumentTypeError(
                t("cli.check.positive", lang, limit=MAX_GAMES, value=text)
            )
        return value

    return parse


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser], lang: Language
) -> None:
    parser = subparsers.add_parser("check", help=t("cli.check.help", lang))
    parser.add_argument("--json", action="store_true", help=t("cli.check.json.help", lang))
    parser.add_argument(
        "--random", type=_games(lang), metavar="N", help=t("cli.check.random.help", lang)
    )
    parser.add_argument("--seed", type=int, metavar="S", help=t("cli.check.seed.help", lang))
    parser.add_argument("paths", nargs="*", metavar="PATH|ID", help=t("cli.paths.help", lang))


def check(inspection: Inspection, games: int | None = None, seed: int = 0) -> Report:
    """Analyse one inspected file (and play ``games`` random games when given)."""
    report = Report(inspection, problems=list(inspection.problems))
    doc = inspection.document
    if doc is None or not inspection.ok:
        return report
    if isinstance(doc, Quiz):
        report.analysis = analyze_quiz(doc, inspection.file, inspection.positions)
        report.problems += report.analysis.problems
        return report
    if isinstance(doc, Glossary):
        report.analysis = analyze_glossary(doc)
        return report
    report.analysis = analyze(doc, inspection.file, inspection.positions)
    report.problems += report.analysis.problems
    if games is not None:
        report.random = random_playthroughs(
            doc, games, seed, inspection.file, positions=inspection.positions
        )
        report.problems += report.random.problems
    return report


def run(args: argparse.Namespace, lang: Language) -> int:
    if args.seed is not None and args.random is None:
        return fail_usage(t("cli.check.seed_needs_random", lang))
    try:
        found = inspections(args.paths, lang)
    except UsageError as exc:
        return fail_usage(str(exc))
    reports = [check(i, args.random, args.seed or 0) for i in found]
    if args.json:
        data = {"scenarios": [r.to_json(lang) for r in reports]}
        say_json(data)
    else:
        _print_human(reports, lang)
    return 1 if any(r.errors for r in reports) else 0


def _cell(found: Range | None) -> str:
    if found is None:
        return "-"
    low = "-∞" if found.low is None else str(found.low)
    high = "∞" if found.high is None else str(found.high)
    return f"{low} … {high}"


def _best_lines(analysis: Analysis, lang: Language) -> list[str]:
    """Per dimension: its highest total and the endings the best paths reach, with their outcome."""
    lines = []
    for dim, found in analysis.alignment.items():
        endings = [
            best.node
            if best.outcome is None
            else f"{best.node} ({t(CHECK_OUTCOME[best.outcome], lang)})"
            for best in found.best
        ]
        top = "∞" if found.high is None else str(found.high)
        shown = ", ".join(endings) or "-"
        lines.append(t("cli.check.best", lang, dimension=dim, max=top, endings=shown))
    return lines


def _print_human(reports: list[Report], lang: Language) -> None:
    from rich.table import Table

    console = plain_console()
    for report in reports:
        inspection = report.inspection
        analysis = report.analysis
        if isinstance(analysis, Analysis):
            ref = f"{analysis.scenario_id}@{analysis.version}"
            table = Table(title=t("cli.check.title", lang, path=inspection.file, ref=ref))
            table.add_column(t("cli.check.ending", lang))
            document = inspection.document
            dims = list(document.dimensions) if isinstance(document, Scenario) else []
            for dim in dims:
                table.add_column(dim, justify="right")
            played = report.random
            if played is not None:
                table.add_column(t("cli.check.games", lang), justify="right")
            total = [_cell(analysis.ranges.get(d)) for d in dims]
            if played is not None:
                total.append(str(played.games))
            table.add_row(t("cli.check.all_endings", lang), *total, end_section=True)
            for ending in analysis.endings:
                per = analysis.per_ending.get(ending)
                if per is None:
                    row = [t("cli.check.unreached", lang)] * len(dims)
                else:
                    row = [_cell(per.get(d)) for d in dims]
                if played is not None:
                    row.append(str(played.endings.get(ending, 0)))
                table.add_row(ending, *row)
            console.print(table)
            console.print(
                t(
                    "cli.check.facts",
                    lang,
                    nodes=analysis.nodes,
                    reached=len(analysis.reachable_endings),
                    endings=len(analysis.endings),
                    states=analysis.states,
                )
            )
            for line in _best_lines(analysis, lang):
                console.print(line)
            if not analysis.complete:
                console.print(t("cli.check.incomplete", lang, limit=MAX_STATES))
            if analysis.unreachable_nodes:
                names = ", ".join(analysis.unreachable_nodes)
                console.print(t("cli.check.unreachable_nodes", lang, nodes=names))
            if played is not None:
                visits = played.node_visits
                console.print(
                    tn(
                        "cli.check.random",
                        played.games,
                        lang,
                        seed=played.seed,
                        visited=sum(1 for c in visits.values() if c),
                        nodes=len(visits),
                    )
                )
                if played.unvisited:
                    names = ", ".join(played.unvisited)
                    console.print(t("cli.check.unvisited", lang, nodes=names))
        elif isinstance(analysis, QuizAnalysis):
            console.print(
                t(
                    "cli.check.quiz",
                    lang,
                    path=inspection.file,
                    ref=f"{analysis.quiz_id}@{analysis.version}",
                    questions=tn("count.questions", analysis.questions, lang),
                    draw=analysis.draw,
                )
            )
            no_level = t("cli.check.quiz_no_level", lang)
            levels = ", ".join(
                f"{no_level if n == 'none' else n} {c}" for n, c in analysis.per_niveau.items() if c
            )
            console.print(
                t(
                    "cli.check.quiz_counts",
                    lang,
                    application=analysis.application,
                    levels=levels or "-",
                )
            )
        elif isinstance(analysis, GlossaryAnalysis):
            ref = f"{analysis.glossary_id}@{analysis.version}"
            console.print(
                t("cli.check.glossary", lang, path=inspection.file, ref=ref, terms=analysis.terms)
            )
        else:
            console.print(t("cli.check.invalid", lang, path=inspection.file))
        for problem in report.problems:
            console.print(problem_line(problem, lang))
        console.print()
    errors = sum(r.errors for r in reports)
    warnings = sum(r.warnings for r in reports)
    console.print(
        t(
            "cli.summary",
            lang,
            files=tn("count.files", len(reports), lang),
            errors=tn("count.errors", errors, lang),
            warnings=tn("count.warnings", warnings, lang),
        )
    )
