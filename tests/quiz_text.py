"""Measuring the text of a quiz against B1: sentence length, hard words, year questions.

Used by tests/test_quiz_content.py, and runnable to see where a quiz stands::

    PYTHONPATH=src python tests/quiz_text.py scenarios/democratie.yaml

What counts: the question, every option (one sentence each, with or without a
full stop) and the explanation. Sources are not counted: they cite laws.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from burgerschap.scenario import load_file
from burgerschap.scenario.models import Quiz, QuizQuestion

MAX_AVERAGE = 12.0
"""B1: at most 12 words a sentence on average."""

HARD_WORDS = (
    "kiescollege",
    "kiesdeler",
    "toetsen",
    "*verdrag",
    "onschendbaar",
    "Provinciale Staten",
    "Gedeputeerde Staten",
    "bindend",
    "motie",
    "amendement",
    "referendum",
    "trias politica",
    "burgerinitiatief",
    "voorkeurstem",
    "volmacht",
    "stempas",
    "troonrede",
    "vertrouwensregel",
    "koninklijk besluit",
    "aanbeveling",
    "griffier",
    "petitierecht",
    "EVRM",
    "asiel",
    "vervolging",
    "subsidiaire bescherming",
)
"""Words a vmbo-basis student may not know; each is explained where a question first uses it.
A leading ``*`` lets the word end a longer one (Kinderrechtenverdrag)."""

_NEXT = re.compile(r"^(dat is|dat zijn|die zijn|dat betekent)\b", re.IGNORECASE)
"""A next sentence that explains the word just used ("... kiescolleges mee. Dat zijn ...")."""

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_WORD = re.compile(r"[0-9A-Za-zÀ-ÿ]")


def sentences(text: str) -> list[str]:
    """``text`` split into sentences (a text without a full stop is one sentence)."""
    return [s for s in (part.strip() for part in _SENTENCE_END.split(text.strip())) if s]


def word_count(sentence: str) -> int:
    return sum(1 for token in sentence.split() if _WORD.search(token))


def question_sentences(question: QuizQuestion) -> list[str]:
    found = sentences(question.question)
    found += [option.text for option in question.options]
    return found + sentences(question.explanation)


def average_words(quiz: Quiz) -> float:
    lengths = [word_count(s) for q in quiz.questions for s in question_sentences(q)]
    return sum(lengths) / len(lengths)


def _pattern(word: str) -> str:
    """The word as a pattern, with any ending (kiescolleges, voorkeurstemmen)."""
    if word.startswith("*"):
        return re.escape(word[1:]) + r"\w*"
    return r"(?<!\w)" + re.escape(word) + r"\w*"


def _explained(word: str, sentence: str, following: str, asks: bool) -> bool:
    """Whether ``word``, first used in ``sentence``, is explained there or right after.

    Explained means: followed by ``(``, ``:``, ", een ...", " is", " betekent";
    named after its meaning ("Dat heet een volmacht", "... (EVRM)"); explained by
    the next sentence ("Dat zijn ..."); or asked about in the question ("Wat is ...").
    """
    w = _pattern(word)
    after = rf"{w}\s*(\(|:|,\s*(dat is|een|de|het)\b|\s(is|zijn|betekent)\b)"
    before = rf"(:|\bhee?t(en)?\b|\bnoemen\b|\()\s*(de |het |een )?{w}"
    question = rf"^(wat is|wat betekent|wat doet|wat regelt)\b.*{w}"
    flags = re.IGNORECASE
    return bool(
        re.search(after, sentence, flags)
        or re.search(before, sentence, flags)
        or _NEXT.search(following)
        or (asks and re.search(question, sentence, flags))
    )


def unexplained(question: QuizQuestion) -> list[str]:
    """The hard words ``question`` uses without explaining them where they first appear."""
    parts = [(s, True) for s in sentences(question.question)]
    parts += [(option.text, False) for option in question.options]
    parts += [(s, False) for s in sentences(question.explanation)]
    missing = []
    for word in HARD_WORDS:
        found = [i for i, (text, _) in enumerate(parts) if re.search(_pattern(word), text, re.I)]
        if not found:
            continue
        first = found[0]
        text, asks = parts[first]
        following = parts[first + 1][0] if first + 1 < len(parts) else ""
        if not _explained(word, text, following, asks):
            missing.append(word.lstrip("*"))
    return missing


def asks_for_year(question: QuizQuestion) -> bool:
    """A question whose answer is a year: every option is one, or it asks which year."""
    if all(re.fullmatch(r"[0-9]{4}", o.text.strip()) for o in question.options):
        return True
    return bool(re.search(r"\b(welk jaar|sinds wanneer|in welk jaar)\b", question.question, re.I))


def main(path: str) -> int:
    quiz = load_file(path).document
    assert isinstance(quiz, Quiz)
    long = sorted(
        ((word_count(s), q.id, s) for q in quiz.questions for s in question_sentences(q)),
        reverse=True,
    )
    print(f"{len(quiz.questions)} vragen, gemiddeld {average_words(quiz):.1f} woorden per zin")
    print("langste zinnen:")
    for count, qid, sentence in long[:10]:
        print(f"  {count:3}  {qid}: {sentence}")
    for question in quiz.questions:
        missing = unexplained(question)
        if missing:
            print(f"niet uitgelegd in {question.id}: {', '.join(missing)}")
    years = [q.id for q in quiz.questions if asks_for_year(q)]
    print(f"jaartalvragen ({len(years)}): {', '.join(years)}")
    return 0 if average_words(quiz) <= MAX_AVERAGE else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else str(Path("scenarios/democratie.yaml"))))
