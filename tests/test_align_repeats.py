"""Repeated and near-identical sentences: bounded pairs, bounded memory (issue 18, item 9).

Work and memory are measured by what they are proportional to (pairs kept,
traced peak memory) at a small size and at double that size, never by time.
"""

from __future__ import annotations

import tracemalloc

import pytest

from newsdiff.core.align.candidates import CANDIDATES_PER_SENTENCE
from newsdiff.core.align.sentences import align_sentences
from newsdiff.core.align.similarity import scored_pairs


@pytest.mark.parametrize("n", [40, 200])  # plain-Python scoring, then numpy blocks
def test_a_repeated_line_keeps_a_bounded_number_of_pairs(n: int) -> None:
    small = scored_pairs(["Go."] * n, ["Go."] * n, 0.2)
    large = scored_pairs(["Go."] * (2 * n), ["Go."] * (2 * n), 0.2)
    assert len(small) <= 2 * CANDIDATES_PER_SENTENCE * n
    assert len(large) < 2.2 * len(small)
    # Every sentence keeps its own copy across the way among its partners.
    assert all((i, i) in large for i in range(2 * n))


def test_near_identical_lines_keep_a_bounded_number_of_pairs() -> None:
    # Distinct lines from a tiny vocabulary: each is like hundreds of others.
    words = "alpha beta gamma delta omega".split()

    def lines(n: int) -> list[str]:
        return [f"{words[k % 5]} {words[k // 5 % 5]} {words[k // 25 % 5]} here." for k in range(n)]

    pairs = scored_pairs(lines(300), lines(300), 0.2)
    per_row: dict[int, int] = {}
    for i, _ in pairs:
        per_row[i] = per_row.get(i, 0) + 1
    # A row holds its own best partners plus those of columns that chose it.
    assert len(pairs) <= 2 * CANDIDATES_PER_SENTENCE * 300


def _peak_bytes(a: list[str], b: list[str]) -> int:
    tracemalloc.start()
    try:
        align_sentences(a, b)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_aligning_a_repeated_line_takes_memory_linear_in_its_count() -> None:
    align_sentences(["Go."] * 10, ["Go."] * 10)  # imports and caches outside the measure
    small = _peak_bytes(["Go."] * 400, ["Go."] * 400)
    large = _peak_bytes(["Go."] * 800, ["Go."] * 800)
    assert large < 3 * small


@pytest.mark.parametrize("line", ["Go.", "—"])  # scored, and wordless (equal text only)
def test_repeated_lines_align_in_order_wherever_their_runs_start(line: str) -> None:
    a = [line] * 300 + ["Stop it right there, he said."] * 20
    b = ["Stop it right there, he said."] * 20 + [line] * 400
    groups = align_sentences(a, b)
    assert sorted(i for g in groups for i in g.a) == list(range(len(a)))
    assert sorted(j for g in groups for j in g.b) == list(range(len(b)))
    pairs = [(g.a[0], g.b[0]) for g in groups if g.a and g.b and a[g.a[0]] == line]
    assert len(pairs) == 300
    assert all(b[j] == line for _, j in pairs)
    in_place = sorted(pairs)
    assert [j for _, j in in_place] == sorted(j for _, j in in_place)
