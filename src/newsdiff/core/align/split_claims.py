"""One sentence whose claims the other article tells in two sentences in a row.

An outlet condenses: `"Several documents will be signed," ... Ushakov was
quoted as saying.` and `This may include a "strategic partnership" document
...` become `The two sides are expected to sign a number of documents ...,
according to Ushakov, including a potential comprehensive strategic
partnership agreement.` Each of the two covers too little of the one to pair
with it (`claims.Coverage`), and the aligner grows 1:2 rows only from a pair
it already has; here no pair exists to grow from. This module looks for the
two-to-one row directly: a leftover sentence that two adjacent leftover
sentences of the other side cover together, each with content of its own,
all three between the same two aligned rows.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from newsdiff.core.align.claims import Coverage, Weights, candidate_pairs

SPLIT_COVER = 0.5
"""Least share of the single sentence's content weight that the two together
carry: half of what it says. Not tuned: a round middle value (the one such
row an editor expects in the bundled sample is carried 0.56; the WikiNews
hand-judged pairs hold no gold two-to-one link of this kind to tune on)."""
SPLIT_PART = 0.2
"""Least share of it each of the two carries alone: both state part of it,
not one sentence with a neighbour that happens to share a word."""
SPLIT_GAIN = 0.1
"""Least amount by which the two together carry more of it than the better of
the two alone: the second sentence brings content of its own."""

SPLIT_SHARED = 1.6
"""Least content weight the three share (`claims.Weights`): twice what one
claim pair needs (`sentences.CLAIM_MIN_SHARED`), as two sentences each state a
part. A short sentence two neighbours each touch with a word ("They don't
know where it's going.") is no condensed claim: without it, pairs of articles
about different WikiNews stories gain 9 rows (handpicked) and 4 (medium)."""
SPLIT_WORDS = 0.8
"""Least part of it that is not names (one claim pair's worth): sharing the
story's names and one word is sharing its topic."""

SPLIT_OWN = 0.4
"""Least content weight of the single sentence that the weaker of the two
carries and the other does not: half of what one claim pair must share
(`sentences.CLAIM_MIN_SHARED`). Not tuned; `SPLIT_GAIN` is a share, and in a
short sentence one common word ("detainees" / "conflict" against "His job was
to chronicle the deaths of detainees during the Syrian conflict.") is a large
share of little."""

Group = tuple[tuple[int, ...], tuple[int, ...]]
"""A sentences and B sentences of one row."""


def split_claims(
    weights: Weights,
    anchors: Sequence[Group],
    free_a: Sequence[int],
    free_b: Sequence[int],
    min_specific: float,
) -> list[Group]:
    """Rows of one leftover sentence and two adjacent leftover sentences of the
    other side that state its claims between them.

    Args:
        weights: content weights of the pair of articles.
        anchors: the rows in place, in reading order of both sides.
        free_a: A sentences in no row.
        free_b: B sentences in no row.
        min_specific: least shared weight of words specific to a detail
            (`claims.Coverage.specific`) the row must hold.

    Returns:
        The rows found, none sharing a sentence, none crossing another; in
        reading order with the anchors (all three sentences of a row lie in
        the same gap between two of them).
    """
    starts_a = [g[0][0] for g in anchors]
    starts_b = [g[1][0] for g in anchors]
    gap_a = {i: bisect_left(starts_a, i) for i in free_a}
    gap_b = {j: bisect_left(starts_b, j) for j in free_b}
    pairs = candidate_pairs(weights, free_a, free_b)
    options: list[tuple[float, Group]] = []
    for i, j in pairs:
        # Each pair proposes the row with its A sentence first of two (i, i + 1)
        # and with its B sentence first of two (j, j + 1).
        if (i + 1, j) in pairs and gap_a[i] == gap_a.get(i + 1) == gap_b[j]:
            found = _carried(weights, (i, i + 1), j, "b", min_specific)
            if found is not None:
                options.append((found, ((i, i + 1), (j,))))
        if (i, j + 1) in pairs and gap_b[j] == gap_b.get(j + 1) == gap_a[i]:
            found = _carried(weights, (j, j + 1), i, "a", min_specific)
            if found is not None:
                options.append((found, ((i,), (j, j + 1))))
    taken: list[Group] = []
    used_a: set[int] = set()
    used_b: set[int] = set()
    for _, (ga, gb) in sorted(options, key=lambda o: (-o[0], o[1])):
        if used_a.intersection(ga) or used_b.intersection(gb):
            continue
        if any((ga[0] - xa[0]) * (gb[0] - xb[0]) < 0 for xa, xb in taken):
            continue
        taken.append((ga, gb))
        used_a.update(ga)
        used_b.update(gb)
    return sorted(taken)


def _carried(
    weights: Weights, two: tuple[int, int], one: int, single: str, min_specific: float
) -> float | None:
    """How much of sentence `one` (side `single`) the adjacent sentences `two`
    of the other side carry together, when each carries its part
    (`SPLIT_PART`, `SPLIT_GAIN`) and together they share a detail; else None."""
    groups: list[tuple[Sequence[int], Sequence[int]]]
    if single == "b":
        groups = [((x,), (one,)) for x in two] + [(two, (one,))]
    else:
        groups = [((one,), (x,)) for x in two] + [((one,), two)]
    together = weights.coverage(*groups[2])
    if (
        together.specific < min_specific
        or together.shared < SPLIT_SHARED
        or together.shared_words < SPLIT_WORDS
    ):
        return None
    carried = _share(together, single)
    covers = [weights.coverage(*g) for g in groups[:2]]
    if any(c.shared_words <= 0 for c in covers):
        return None
    parts = [_share(c, single) for c in covers]
    if carried < SPLIT_COVER or min(parts) < SPLIT_PART or carried < max(parts) + SPLIT_GAIN:
        return None
    # What each of the two adds to the other, in content weight: a short
    # sentence makes a word's share large, not what the word says.
    own = (carried - max(parts)) * weights.content_weight(single, one)
    if own < SPLIT_OWN:
        return None
    return carried


def _share(cover: Coverage, single: str) -> float:
    """The share of the single sentence's content that the other side carries."""
    return cover.cover_b if single == "b" else cover.cover_a
