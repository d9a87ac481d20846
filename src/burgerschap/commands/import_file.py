"""``burgerschap import FILE``: add a scenario someone sent to the user's library.

A YAML file is validated and stored as a new version (``id@N``); it is
refused, with every error, when it does not validate, and it never replaces a
version that exists (it takes the next free number; an identical copy is not
stored twice).

A Twine story, as Twee 3 (``.twee``, ``.tw``) or as Twine 2 HTML (``.html``:
a published story, or a library archive with several stories; ``--story
NAME`` picks one, otherwise each is imported), becomes a draft scenario saved
next to the versions; importing the same story again updates that draft
(:mod:`burgerschap.scenario.twine_drafts`). Warnings are summed up per kind
(``--verbose`` lists each); the last lines say what came in and whether the
draft is ready. A Twine file that ``burgerschap export`` wrote, unchanged,
carries the whole scenario and is stored as a version like a YAML file.
Exit 0 when stored, 1 when refused, 2 for usage errors.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from burgerschap.commands.common import fail_usage, load_library
from burgerschap.commands.output import say
from burgerschap.commands.teacher_pin import refusal
from burgerschap.i18n import N_, Language, t, tn
from burgerschap.i18n.names import IMPORT_REASON
from burgerschap.i18n.problem_words import problem_line, problem_place, problem_text
from burgerschap.paths import user_library_dir
from burgerschap.scenario.library import Library
from burgerschap.scenario.loader import inspect_file
from burgerschap.scenario.models import AnyDocument
from burgerschap.scenario.playable import playable
from burgerschap.scenario.problems import Problem, ScenarioError
from burgerschap.scenario.twee import read_twee
from burgerschap.scenario.twine_convert import convert
from burgerschap.scenario.twine_drafts import SavedDraft, save_import_draft
from burgerschap.scenario.twine_html import read_html
from burgerschap.scenario.twine_report import group_problems, import_stats, needs_work
from burgerschap.scenario.twine_story import TwineStory
from burgerschap.scenario.versions import identical_version, parse_version_filename, save_version

TWEE_SUFFIXES = (".twee", ".tw", ".tw3")
HTML_SUFFIXES = (".html", ".htm")
YAML_SUFFIXES = (".yaml", ".yml")
MAX_TWINE_BYTES = 64 * 1024 * 1024
"""A published story carries its story format's code (about 0.5 MiB); an archive
holds every story of a Twine library. Far past that is not a Twine file."""


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser], lang: Language
) -> None:
    parser = subparsers.add_parser("import", help=t("cli.import.help", lang))
    parser.add_argument("file", metavar="FILE", help=t("cli.import.file.help", lang))
    parser.add_argument("--story", metavar="NAME", help=t("cli.import.story.help", lang))
    parser.add_argument(
        "-v", "--verbose", action="store_true", help=t("cli.import.verbose.help", lang)
    )


def run(args: argparse.Namespace, lang: Language) -> int:
    refused = refusal(lang)
    if refused is not None:
        say(f"burgerschap: {refused}", err=True)
        return 1
    path = Path(args.file)
    if not path.is_file():
        return fail_usage(t("cli.missing_path", lang, path=args.file))
    suffix = path.suffix.lower()
    if suffix in TWEE_SUFFIXES + HTML_SUFFIXES:
        return _import_twine(path, args.story, args.verbose, lang)
    if suffix in YAML_SUFFIXES:
        return _import_yaml(path, lang)
    return fail_usage(t("cli.import.unknown_format", lang, path=args.file))


def _import_yaml(path: Path, lang: Language) -> int:
    inspection = playable(inspect_file(path))
    _say(inspection.problems, lang)
    document = inspection.document
    if document is None or inspection.errors:
        say(t("cli.import.refused", lang, path=path))
        return 1
    return _store(document, lang)


def _store(document: AnyDocument, lang: Language) -> int:
    """Store a valid document as a version (once: an identical one is not stored again)."""
    library = load_library()
    same = identical_version(document, library)
    if same is not None:
        say(t("cli.import.identical", lang, ref=same))
        return 0
    try:
        saved = save_version(document, user_library_dir(), library)
    except ScenarioError as exc:  # pragma: no cover - validated above
        _say(exc.problems, lang)
        return 1
    parsed = parse_version_filename(saved.name)
    version = parsed[1] if parsed else document.version
    say(t("cli.import.saved", lang, ref=f"{document.id}@{version}", path=saved))
    if version != document.version:
        say(t("cli.import.renumbered", lang, wanted=document.version, version=version))
    return 0


# Twine


def _import_twine(path: Path, story_name: str | None, verbose: bool, lang: Language) -> int:
    size = path.stat().st_size
    if size > MAX_TWINE_BYTES:
        say(t("cli.import.too_large", lang, path=path, size=size, limit=MAX_TWINE_BYTES))
        return 1
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        _say([Problem("not_utf8", file=str(path))], lang)
        return 1
    if path.suffix.lower() in HTML_SUFFIXES:
        stories = read_html(text, str(path))
        if not stories:
            say(t("cli.import.no_story", lang, path=path))
            return 1
    else:
        stories = [read_twee(text, str(path))]
    if story_name is not None:
        chosen = [s for s in stories if s.title.casefold() == story_name.strip().casefold()]
        if not chosen:
            names = ", ".join(f"'{s.title}'" for s in stories)
            return fail_usage(
                t("cli.import.story_missing", lang, name=story_name, path=path, names=names)
            )
        stories = chosen
    library = load_library()
    result = 0
    for n, story in enumerate(stories, start=1):
        if len(stories) > 1:
            say(t("cli.import.story_header", lang, n=n, total=len(stories), title=story.title))
        result = max(result, _import_story(story, library, verbose, lang))
    return result


def _import_story(story: TwineStory, library: Library, verbose: bool, lang: Language) -> int:
    converted = convert(story)
    folded = _print_problems(converted.warnings, verbose, lang)
    if not converted.data.get("nodes"):
        say(t("cli.import.nothing", lang))
        return 1
    if converted.from_meta and converted.document is not None:
        # Burgerschap's own export, unchanged: the scenario itself, so a version.
        say(t("cli.import.from_burgerschap", lang, ref=converted.document.ref))
        return _store(converted.document, lang)
    saved = save_import_draft(converted.data, user_library_dir(), library)
    # Validate the saved file, so that line numbers point into the draft.
    inspection = playable(inspect_file(saved.path))
    folded = _print_problems(inspection.problems, verbose, lang) or folded
    if folded:
        say(t("cli.import.verbose_hint", lang))
    _print_saved(saved, lang)
    data = {**converted.data, "id": saved.doc_id}
    stats = import_stats(data, len(story.passages))
    say(
        t(
            "cli.import.stats",
            lang,
            passages=tn("count.passages", stats.passages, lang),
            nodes=tn("count.nodes", stats.nodes, lang),
            choices=tn("count.choices", stats.choices, lang),
            endings=tn("count.endings", stats.endings, lang),
            reachable=stats.reachable,
            total=stats.nodes,
        )
    )
    reasons = [t(IMPORT_REASON[code], lang, **params) for code, params in needs_work(stats)]
    if inspection.errors:
        errors = len(inspection.errors)
        say(tn("cli.import.draft_errors", errors, lang, path=saved.path))
    if reasons:
        say(t("cli.import.needs_work", lang, reasons="; ".join(reasons), path=saved.path))
    elif not inspection.errors:
        scored = any(c.get("effects") for n in data["nodes"].values() for c in n.get("choices", []))
        key = N_("cli.import.draft_ok_effects") if scored else N_("cli.import.draft_ok")
        say(t(key, lang, path=saved.path))
    return 0


def _print_saved(saved: SavedDraft, lang: Language) -> None:
    if saved.action == "updated":
        say(t("cli.import.draft_updated", lang, path=saved.path, backup=saved.backup))
    elif saved.action == "unchanged":
        say(t("cli.import.draft_unchanged", lang, path=saved.path))
    else:
        say(t("cli.import.draft_saved", lang, path=saved.path))
        if saved.version_of:
            say(t("cli.import.draft_version_of", lang, ref=saved.version_of))


def _print_problems(problems: list[Problem], verbose: bool, lang: Language) -> bool:
    """Print the problems, one line per kind unless ``verbose``; True when any were folded."""
    if verbose:
        _say(problems, lang)
        return False
    folded = False
    for first, count in group_problems(problems):
        if count == 1:
            say(problem_line(first, lang))
            continue
        folded = True
        kind = str(first.params.get("kind", ""))
        message = problem_text(first, lang)
        if kind and kind != first.code:
            text = t("cli.import.grouped", lang, kind=kind, count=count, message=message)
        else:
            text = t("cli.import.grouped_plain", lang, count=count, message=message)
        say(problem_place(first, lang) + text)
    return folded


def _say(problems: list[Problem], lang: Language) -> None:
    for problem in problems:
        say(problem_line(problem, lang))
