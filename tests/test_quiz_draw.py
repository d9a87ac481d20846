"""The draw of a quiz round: the chosen level, no excluded pair, and full rounds.

Property tests over many seeds, both levels and random exclusion graphs.
Set BURGERSCHAP_HYPOTHESIS_EXAMPLES to run more examples than the CI default.
"""

from __future__ import annotations

import itertools
import os
import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from burgerschap.scenario.models import Option, Quiz, QuizQuestion
from burgerschap.scenario.quizdraw import draw, exclusions, largest_round, levels, pool, rank
from burgerschap.scenario.quizround import QuizRound

EXAMPLES = int(os.environ.get("BURGERSCHAP_HYPOTHESIS_EXAMPLES", "200"))
SETTINGS = settings(
    max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
LEVELS = st.sampled_from([None, "basis", "verdieping"])


def make_quiz(niveaus: list[str | None], pairs: list[tuple[int, int]], draw: int) -> Quiz:
    excludes: dict[int, list[str]] = {i: [] for i in range(len(niveaus))}
    for a, b in pairs:
        if a != b:
            excludes[a].append(f"q{b}")
    questions = [
        QuizQuestion(
            id=f"q{i}",
            question=f"Vraag {i}?",
            options=[Option(text="ja", correct=True), Option(text="nee")],
            explanation="Uitleg.",
            source="Bron.",
            niveau=niveau,
            excludes=excludes[i],
        )
        for i, niveau in enumerate(niveaus)
    ]
    return Quiz(kind="quiz", id="q", title="Q", draw=draw, questions=questions)


def brute_largest(ids: list[str], graph: dict[str, frozenset[str]]) -> int:
    """The largest round by trying every subset (small quizzes only)."""
    for size in range(len(ids), 0, -1):
        for subset in itertools.combinations(ids, size):
            if all(b not in graph[a] for a, b in itertools.combinations(subset, 2)):
                return size
    return 0


def excluded_pairs(questions: list[QuizQuestion], graph: dict[str, frozenset[str]]) -> list[str]:
    return [
        f"{a.id}+{b.id}" for a, b in itertools.combinations(questions, 2) if b.id in graph[a.id]
    ]


# Any quiz ---------------------------------------------------------------------


@st.composite
def quizzes(draw_: st.DrawFn) -> Quiz:
    size = draw_(st.integers(min_value=1, max_value=9))
    niveaus = draw_(st.lists(LEVELS, min_size=size, max_size=size))
    pairs = draw_(
        st.lists(st.tuples(st.integers(0, size - 1), st.integers(0, size - 1)), max_size=2 * size)
    )
    count = draw_(st.integers(min_value=1, max_value=size))
    return make_quiz(niveaus, pairs, count)


@SETTINGS
@given(quiz=quizzes(), seed=st.integers(min_value=0, max_value=2**32), niveau=LEVELS)
def test_a_round_is_as_full_as_the_exclusions_allow(
    quiz: Quiz, seed: int, niveau: str | None
) -> None:
    graph = exclusions(quiz.questions)
    allowed = pool(quiz, niveau)
    best = brute_largest([q.id for q in allowed], graph)
    assert largest_round((q.id for q in allowed), graph) == best
    rnd = QuizRound(quiz, seed, niveau)
    assert len(rnd.questions) == min(quiz.draw, best)
    assert excluded_pairs(rnd.questions, graph) == []
    assert {q.id for q in rnd.questions} <= {q.id for q in allowed}
    if niveau is not None:
        assert all(q.niveau is not None and rank(q.niveau) <= rank(niveau) for q in rnd.questions)


def test_a_question_without_level_stays_out_of_a_basis_round() -> None:
    quiz = make_quiz(["basis", None, "verdieping"], [], 3)
    assert [q.id for q in pool(quiz, "basis")] == ["q0"]
    assert [q.id for q in pool(quiz, "verdieping")] == ["q0", "q2"]
    assert levels(quiz) == ["basis", "verdieping"]
    assert levels(make_quiz([None, None], [], 1)) == []
    assert levels(make_quiz(["basis", None], [], 1)) == ["basis"]
    assert levels(make_quiz(["verdieping", None], [], 1)) == ["verdieping"]
    assert levels(make_quiz(["basis", "basis"], [], 1)) == []


def test_exclusions_hold_both_ways() -> None:
    quiz = make_quiz(["basis"] * 3, [(0, 1)], 2)
    graph = exclusions(quiz.questions)
    assert graph == {"q0": frozenset({"q1"}), "q1": frozenset({"q0"}), "q2": frozenset()}


def test_the_draw_finds_the_full_round_a_greedy_draw_would_miss() -> None:
    """A star: the centre excludes all five others; only the five together fill a round."""
    quiz = make_quiz(["basis"] * 6, [(0, i) for i in range(1, 6)], 5)
    for seed in range(50):
        assert sorted(q.id for q in QuizRound(quiz, seed).questions) == [
            "q1",
            "q2",
            "q3",
            "q4",
            "q5",
        ]


def test_without_exclusions_the_draw_is_the_old_sample() -> None:
    quiz = make_quiz(["basis"] * 12, [], 5)
    for seed in range(20):
        old = random.Random(f"quiz:{seed}:q").sample(list(quiz.questions), 5)
        assert QuizRound(quiz, seed).questions == old
        again = draw(quiz.questions, 5, random.Random(f"quiz:{seed}:q"), {})
        assert again == old
