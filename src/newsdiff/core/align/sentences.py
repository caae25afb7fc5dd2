"""Sentence alignment: which sentences of A and B say the same thing.

1. Score every sentence pair (`similarity.scored_pairs`, kept from a low floor up).
2. Pair sentences one to one, best scores first, keeping only pairs at or
   above the alignment threshold.
3. The heaviest chain of pairs in reading order on both sides (a weighted
   longest increasing subsequence) stays in place; the other pairs are *moved*.
   Leftover sentences pair up at a lower score between the same two anchors
   (gap fill), or when they state one claim in other words (`claims`): both
   only when they share a detail of their own, not just the story's words.
4. A sentence left over next to a pair joins it when the pair then scores
   clearly better: one sentence rewritten as two (1:2), or two merged (2:1);
   two pairs that are one quotation attributed after a different sentence on
   each side become one row (2:2). A leftover sentence whose claims two
   adjacent leftover sentences of the other side state between them, in the
   same gap, is one row with them (2:1, `split_claims`).
5. Whatever is left is only in A or only in B.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import NamedTuple

from newsdiff.core.align.candidates import REPEAT_PARTNERS
from newsdiff.core.align.claims import Coverage, Weights, candidate_pairs
from newsdiff.core.align.similarity import (
    ALIGN_THRESHOLD,
    contained,
    normalise_token,
    pair_score,
    scored_pairs,
    word_matches,
)
from newsdiff.core.align.split_claims import split_claims

MERGE_GAIN = 0.04
"""How much better a 1:2 / 2:1 grouping must score than the 1:1 pair it grows from."""
GAP_THRESHOLD = 0.35
"""Score at which two leftover sentences between the same aligned neighbours pair up."""
MERGE_FLOOR = 0.2
"""A neighbour scoring below this against the other side is not worth trying to merge."""

Scores = dict[tuple[int, int], float]
"""Sentence-pair scores at or above MERGE_FLOOR; absent pairs scored lower."""


class Alignment(NamedTuple):
    """One group of aligned sentences (either side may be empty).

    A NamedTuple: defining a frozen dataclass cost about half a millisecond of
    every start.
    """

    a: tuple[int, ...]
    """A sentence indexes, ascending."""
    b: tuple[int, ...]
    """B sentence indexes, ascending."""
    score: float
    """Similarity of the two sides (0 when one side is empty)."""
    moved: bool = False
    """True when the pair is out of order relative to its neighbours."""
    full: bool = True
    """True when the sides state the same thing; False when they share only a claim."""


def align_sentences(a: Sequence[str], b: Sequence[str]) -> list[Alignment]:
    """Align two articles' sentences.

    Args:
        a: sentences of the A article, in order.
        b: sentences of the B article, in order.

    Returns:
        Groups in reading order of both sides (one-sided rows interleaved by
        their place in their own article). Every sentence index of both sides
        appears exactly once.
    """
    if not a or not b:
        return [Alignment((i,), (), 0.0) for i in range(len(a))] + [
            Alignment((), (j,), 0.0) for j in range(len(b))
        ]
    scores = scored_pairs(a, b, MERGE_FLOOR)
    _score_equal_wordless(a, b, scores)
    pairs = _match_one_to_one(scores, ALIGN_THRESHOLD)
    in_order = _heaviest_chain(pairs, scores)
    weights = Weights(a, b)
    gap_pairs, gap_in_place = _fill_gaps(pairs, in_order, scores, a, b, weights)
    if gap_pairs:
        pairs = sorted([*pairs, *gap_pairs])
        in_order |= gap_in_place
    claimed: set[tuple[int, int]] = set()
    for _ in range(CLAIM_ROUNDS):
        shared_claims = _claim_pairs(pairs, in_order, weights, len(a), len(b))
        if not shared_claims:
            break
        for pair, value in shared_claims.items():
            scores[pair] = max(scores.get(pair, 0.0), value)
        pairs = sorted([*pairs, *shared_claims])
        claimed |= set(shared_claims)
        in_order = _heaviest_chain(pairs, scores)
    groups = _grow_merges(pairs, a, b, scores, weights, claimed)
    groups = _join_split_quotes(groups, in_order, a, b)
    split_rows = _split_claim_rows(groups, in_order, a, b, weights)
    groups += split_rows
    in_order |= {seed for seed, _ in split_rows}
    return _reading_order(groups, in_order, len(a), len(b))


def _score_equal_wordless(a: Sequence[str], b: Sequence[str], scores: Scores) -> None:
    """Score 1.0 for equal sentences without a word (":.", "—", "👍"), which
    `scored_pairs` cannot score: the same such sentence is still the same.

    As in `scored_pairs`, the k-th occurrence of such a line is paired with
    the k-th on the other side (`REPEAT_PARTNERS` around it), or the last,
    so a separator repeated thousands of times adds pairs linear in its count.
    """
    wordless_a = _wordless(a)
    wordless_b = _wordless(b)
    found: set[tuple[int, int]] = set()
    for text, rows in wordless_a.items():
        cols = wordless_b.get(text)
        if not cols:
            continue
        for rank, i in enumerate(rows):
            found.update((i, j) for j in _nearest(cols, rank))
        for rank, j in enumerate(cols):
            found.update((i, j) for i in _nearest(rows, rank))
    for pair in sorted(found):
        scores[pair] = 1.0


def _wordless(texts: Sequence[str]) -> dict[str, list[int]]:
    """Positions of each sentence text that holds no letter or digit."""
    found: dict[str, list[int]] = {}
    for k, text in enumerate(texts):
        if not any(ch.isalnum() for ch in text):
            found.setdefault(text, []).append(k)
    return found


def _nearest(positions: list[int], rank: int) -> list[int]:
    """`REPEAT_PARTNERS` of `positions` around its `rank`-th (the k-th
    occurrence of a line faces the k-th on the other side)."""
    cap = REPEAT_PARTNERS
    if len(positions) <= cap:
        return positions
    first = min(max(rank - cap // 2, 0), len(positions) - cap)
    return positions[first : first + cap]


def _match_one_to_one(scores: Scores, threshold: float) -> list[tuple[int, int]]:
    """Greedy best-first 1:1 matching over pairs at or above the threshold."""
    # Best score first; ties go to pairs near the diagonal, then to earlier
    # ones, so the result is deterministic and the same with A and B swapped.
    candidates = sorted(
        (-value, abs(i - j), i + j, min(i, j), i, j)
        for (i, j), value in scores.items()
        if value >= threshold
    )
    used_a: set[int] = set()
    used_b: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for *_, i, j in candidates:
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        pairs.append((i, j))
    pairs.sort()
    return pairs


def _fill_gaps(
    pairs: list[tuple[int, int]],
    in_order: set[tuple[int, int]],
    scores: Scores,
    a: Sequence[str],
    b: Sequence[str],
    weights: Weights,
) -> tuple[list[tuple[int, int]], set[tuple[int, int]]]:
    """Pairs of leftover sentences that sit in the same gap between two anchors.

    Two outlets rewriting one sentence often score below the alignment
    threshold, yet when the sentence of A and the sentence of B sit between
    the same two aligned neighbours and are each other's best match there,
    their place says what their words only suggest. There, `GAP_THRESHOLD`
    is enough when they share a detail (`CLAIM_MIN_SPECIFIC`, not only the
    story's words) or stand right next to an anchor on both sides (or both
    first, as two headlines do), or one of them standing nearly word for word
    in the other (`similarity.contained`: a quotation one outlet wraps in
    attribution).

    The anchors are the chain pairs that the chain built from B's side agrees
    on (equal chains are told apart by direction), and a pair is taken only
    when it is the one best of its row and of its column in the gap, so A
    against B finds the mirror of what B against A finds.

    Returns:
        The new pairs, and those of them that stand in reading order with the
        chain (the others are moved).
    """
    n_a, n_b = len(a), len(b)
    used_a = {i for i, _ in pairs}
    used_b = {j for _, j in pairs}
    mirrored = _heaviest_chain(
        sorted((j, i) for i, j in pairs), {(j, i): scores[i, j] for i, j in pairs}
    )
    agreed = in_order & {(i, j) for j, i in mirrored}
    # The chain rises on both sides, so anchors sorted by A are sorted by B too;
    # gap k lies between anchor k - 1 and anchor k (with sentinels at the ends).
    anchors = [(-1, -1), *sorted(agreed), (n_a, n_b)]
    anchor_a = [i for i, _ in anchors]
    gaps: dict[int, Scores] = {}
    for (i, j), value in scores.items():
        if value >= ALIGN_THRESHOLD or i in used_a or j in used_b:
            continue
        k = bisect_left(anchor_a, i)
        if not anchors[k - 1][1] < j < anchors[k][1]:
            continue
        snug = (i - 1, j - 1) == anchors[k - 1] or (i + 1, j + 1) == anchors[k]
        if (
            value >= GAP_THRESHOLD
            and (snug or weights.coverage((i,), (j,)).specific >= CLAIM_MIN_SPECIFIC)
        ) or contained(a[i], b[j]):
            gaps.setdefault(k, {})[i, j] = value
    chain = sorted(in_order)
    chain_a = [i for i, _ in chain]
    found: list[tuple[int, int]] = []
    in_place: set[tuple[int, int]] = set()
    for k in sorted(gaps):
        taken = _mutual_best(gaps[k])
        found += taken
        for i, j in taken:
            at = bisect_left(chain_a, i)
            low = chain[at - 1][1] if at > 0 else -1
            high = chain[at][1] if at < len(chain) else n_b
            crossed = any((x - i) * (y - j) < 0 for x, y in taken)
            if low < j < high and not crossed:
                in_place.add((i, j))
    return found, in_place


CLAIM_THRESHOLD = 0.45
"""Geometric mean of the two coverages (`claims.Coverage`) at which two leftover
sentences anywhere in the articles (each the other's best) are one statement in
other words. Chosen on the WikiNews story pairs (`scripts/eval_alignment.py`)
as the lowest value at which pairs of articles about different stories still
align next to nothing (below 0.45 they start to: 0.4 doubles their rows)."""
CLAIM_GAP_THRESHOLD = 0.35
"""The same, for two leftover sentences that sit between the same two aligned
neighbours: their place vouches for part of what their words do not."""
CLAIM_CONTAIN = 0.8
"""Coverage at which one sentence stands inside the other (half of a split, a
claim inside a longer sentence): paired then at `CLAIM_CONTAIN_LOW`."""
CLAIM_CONTAIN_LOW = 0.3
"""Least coverage of the longer side when the shorter stands inside it."""
CLAIM_MIN_SHARED = 0.8
"""Least shared content weight (`claims.Weights`: a word used once a side and
rare in English weighs 1, a common one 0.25): a lone shared name or number is a
topic, not a claim; a name and a word, or three words, may be one."""
CLAIM_MIN_WORDS = 0.2
"""Least part of it that is not names (one common word): two sentences
sharing only names share who the story is about, not what they say."""
CLAIM_MIN_SPECIFIC = 0.1
"""Least shared weight of words each article uses in only a sentence or two
(`claims.Coverage.specific`): two sentences that share only the words the
whole story is told with (its protagonists, "sanctions", "referendum") share
its topic, not a claim, unless they sit right next to a pair in place on both
sides (or both open their articles, as headlines do). Any such word of
ordinary weight passes (the least, a common word of middling pair IDF, weighs
about a tenth)."""
FULL_COVERAGE = 0.4
"""Least coverage of each side by the other for a row to be `full`: below it,
one side says much more than the claim the two share (`partial`). On the
WikiNews hand-judged pairs the links judged `full` mostly cover 0.4 and more on
both sides, those judged `partial` mostly less on one."""
CLAIM_ROUNDS = 3
"""Rounds of claim pairing: each round's pairs become anchors that narrow the
gaps of the next; the third round finds almost nothing new."""


def _claim_pairs(
    pairs: list[tuple[int, int]],
    in_order: set[tuple[int, int]],
    weights: Weights,
    n_a: int,
    n_b: int,
) -> Scores:
    """Pairs of leftover sentences that state one claim in their own words."""
    used_a = {i for i, _ in pairs}
    used_b = {j for _, j in pairs}
    free_a = [i for i in range(n_a) if i not in used_a]
    free_b = [j for j in range(n_b) if j not in used_b]
    chain = sorted(in_order)
    chain_a = [i for i, _ in chain]
    # Pairs in place, and the two articles' starts and ends: a pair right next
    # to one of them on both sides (two headlines) needs no detail of its own.
    placed = {*chain, (-1, -1), (n_a, n_b)}
    found: Scores = {}
    for i, j in candidate_pairs(weights, free_a, free_b):
        cover = weights.coverage((i,), (j,))
        if cover.shared < CLAIM_MIN_SHARED or cover.shared_words < CLAIM_MIN_WORDS:
            continue
        snug = (i - 1, j - 1) in placed or (i + 1, j + 1) in placed
        if cover.specific < CLAIM_MIN_SPECIFIC and not snug:
            continue
        value = (cover.cover_a * cover.cover_b) ** 0.5
        at = bisect_left(chain_a, i)
        low = chain[at - 1][1] if at > 0 else -1
        high = chain[at][1] if at < len(chain) else n_b
        threshold = CLAIM_GAP_THRESHOLD if low < j < high else CLAIM_THRESHOLD
        if value >= threshold or (cover.high >= CLAIM_CONTAIN and cover.low >= CLAIM_CONTAIN_LOW):
            found[i, j] = value
    return {p: found[p] for p in _mutual_best(found)}


def _mutual_best(scores: Scores) -> list[tuple[int, int]]:
    """Pairs that are the single best of their A sentence and of their B sentence."""
    best_a: dict[int, list[tuple[float, int]]] = {}
    best_b: dict[int, list[tuple[float, int]]] = {}
    for (i, j), value in scores.items():
        best_a.setdefault(i, []).append((value, j))
        best_b.setdefault(j, []).append((value, i))

    def single_best(options: list[tuple[float, int]]) -> int | None:
        options.sort(reverse=True)
        if len(options) > 1 and options[1][0] == options[0][0]:
            return None  # a tie: no side is chosen, whichever side asks
        return options[0][1]

    top_a = {i: single_best(options) for i, options in best_a.items()}
    top_b = {j: single_best(options) for j, options in best_b.items()}
    return sorted((i, j) for i, j in top_a.items() if j is not None and top_b[j] == i)


def _heaviest_chain(pairs: list[tuple[int, int]], scores: Scores) -> set[tuple[int, int]]:
    """Pairs forming the highest-scoring chain increasing in both A and B.

    A weighted longest increasing subsequence over B indexes (pairs are sorted
    by A), in O(k log k) with a Fenwick tree of prefix maxima.
    """
    if not pairs:
        return set()
    size = max(j for _, j in pairs) + 1
    tree_val = [0.0] * (size + 1)
    tree_idx = [-1] * (size + 1)
    best = [0.0] * len(pairs)
    back = [-1] * len(pairs)

    def query(pos: int) -> tuple[float, int]:
        value, index = 0.0, -1
        while pos > 0:
            if tree_val[pos] > value:
                value, index = tree_val[pos], tree_idx[pos]
            pos -= pos & -pos
        return value, index

    def update(pos: int, value: float, index: int) -> None:
        while pos <= size:
            if value > tree_val[pos]:
                tree_val[pos], tree_idx[pos] = value, index
            pos += pos & -pos

    for k, (i, j) in enumerate(pairs):
        prev_value, prev_index = query(j)  # chains ending at B index < j
        # Weight 1 + score: prefer more pairs in place, then better ones.
        best[k] = prev_value + 1.0 + scores[i, j]
        back[k] = prev_index
        update(j + 1, best[k], k)
    k = max(range(len(pairs)), key=lambda x: (best[x], -x))
    chain: set[tuple[int, int]] = set()
    while k != -1:
        chain.add(pairs[k])
        k = back[k]
    return chain


def _grow_merges(
    pairs: list[tuple[int, int]],
    a: Sequence[str],
    b: Sequence[str],
    scores: Scores,
    weights: Weights,
    claimed: set[tuple[int, int]],
) -> list[tuple[tuple[int, int], Alignment]]:
    """Turn 1:1 pairs into groups, absorbing unmatched neighbours (1:2, 2:1).

    A neighbour is tried when it scores above `MERGE_FLOOR` with the other
    side, or, for a pair below `ALIGN_THRESHOLD`, when it shares content words
    with it (`claims`): the second half of a sentence split in two often
    shares little with the whole on its own.
    """
    used_a = {i for i, _ in pairs}
    used_b = {j for _, j in pairs}
    groups: list[tuple[tuple[int, int], Alignment]] = []
    for i, j in pairs:
        ga, gb = [i], [j]
        base: float | None = None  # the pair's own score in the same (pair) context
        # A pair below the paraphrase threshold may be half of a split whose
        # other half shares too little to score above the floor on its own.
        loose = scores[i, j] < ALIGN_THRESHOLD
        best = 0.0
        while True:
            # Try every free neighbour on both sides and keep the best gain, so
            # the outcome does not depend on which side is looked at first. A
            # neighbour that shares nothing with the other side is not tried.
            candidates = [
                ("b", c)
                for c in (gb[0] - 1, gb[-1] + 1)
                if 0 <= c < len(b)
                and c not in used_b
                and (
                    any((x, c) in scores for x in ga)
                    or (loose and weights.coverage(ga, (c,)).shared_words > 0)
                )
            ] + [
                ("a", c)
                for c in (ga[0] - 1, ga[-1] + 1)
                if 0 <= c < len(a)
                and c not in used_a
                and (
                    any((c, y) in scores for y in gb)
                    or (loose and weights.coverage((c,), gb).shared_words > 0)
                )
            ]
            if not candidates:
                break
            if base is None:
                base = best = pair_score(a[i], b[j])
            trials: list[tuple[float, str, int]] = []
            for side, c in candidates:
                trial_a = sorted([*ga, c]) if side == "a" else ga
                trial_b = sorted([*gb, c]) if side == "b" else gb
                text_a = " ".join(a[x] for x in trial_a)
                text_b = " ".join(b[x] for x in trial_b)
                trials.append((pair_score(text_a, text_b), side, c))
            value, side, c = max(trials, key=lambda t: (t[0], t[1] == "a", -t[2]))
            if value < best + MERGE_GAIN or value < GAP_THRESHOLD:
                break
            ga, gb = _take(side, c, ga, gb, used_a, used_b)
            best = value
        # A claim carried on in the next sentence: the row states what the
        # pair did (full or partial), with the rest of it.
        continued = False
        if loose and len(ga) + len(gb) == 2:
            extra = _continued_claim(ga, gb, used_a, used_b, weights, (len(a), len(b)))
            if extra is not None:
                continued = _states_the_same(weights.coverage(ga, gb), a[i], b[j])
                ga, gb = _take(*extra, ga, gb, used_a, used_b)
                best = pair_score(" ".join(a[x] for x in ga), " ".join(b[y] for y in gb))
        grown = len(ga) + len(gb) > 2
        score = best if grown else scores[i, j]
        # A pair or group that scores as a paraphrase states the same thing;
        # only the others need their coverage weighed.
        full = (
            continued
            or (score >= ALIGN_THRESHOLD and (grown or (i, j) not in claimed))
            or _states_the_same(
                weights.coverage(ga, gb), " ".join(a[x] for x in ga), " ".join(b[y] for y in gb)
            )
        )
        groups.append(((i, j), Alignment(tuple(ga), tuple(gb), score, full=full)))
    return groups


CONTINUED_WORD = 0.5
"""Least weight (`claims.Weights`) of the words, not names, that a neighbour
must share with the other side of a pair sharing a claim, and that no other
sentence of either article uses, to join it: half a rare word ("inefficient",
"brakes"), or two common ones; not tuned (the WikiNews hand-judged pairs hold
one such neighbour, in the even half)."""


def _continued_claim(
    ga: list[int],
    gb: list[int],
    used_a: set[int],
    used_b: set[int],
    weights: Weights,
    sizes: tuple[int, int],
) -> tuple[str, int] | None:
    """The free neighbour that carries on the claim a 1:1 pair shares, if any.

    A pair below `ALIGN_THRESHOLD` often shares half of what one side says
    with the other, the rest standing in the next sentence ("... blamed the
    deaths on 'inefficient' police" against "the prime minister blamed the
    security forces" then "'[They] are inefficient,' he said."). A neighbour
    joins when it shares with the other side words no other sentence of either
    article uses (`CONTINUED_WORD`): the best such one, on either side.

    Returns:
        Its side ("a" or "b") and index.
    """
    options: list[tuple[float, str, int]] = []
    for c in (gb[0] - 1, gb[-1] + 1):
        if 0 <= c < sizes[1] and c not in used_b:
            w = weights.only_shared(ga[0], c)
            if w >= CONTINUED_WORD:
                options.append((w, "b", c))
    for c in (ga[0] - 1, ga[-1] + 1):
        if 0 <= c < sizes[0] and c not in used_a:
            w = weights.only_shared(c, gb[0])
            if w >= CONTINUED_WORD:
                options.append((w, "a", c))
    if not options:
        return None
    _, side, c = max(options, key=lambda o: (o[0], o[1] == "a", -o[2]))
    return side, c


def _take(
    side: str, c: int, ga: list[int], gb: list[int], used_a: set[int], used_b: set[int]
) -> tuple[list[int], list[int]]:
    """The group with sentence `c` of `side` ("a" or "b") added, `c` marked used."""
    if side == "b":
        used_b.add(c)
        return ga, sorted([*gb, c])
    used_a.add(c)
    return sorted([*ga, c]), gb


def _states_the_same(cover: Coverage, text_a: str, text_b: str) -> bool:
    """Whether an aligned group states one thing (`full`) or shares one claim
    while a side says much more (`partial`).

    Full when each side carries at least `FULL_COVERAGE` of the other's
    content, or when the two read as paraphrases (`pair_score` at or above
    `ALIGN_THRESHOLD`: a copy, a light edit, a sentence rewritten as two);
    a group without content words ("Go.", "—") is full when it matches as text.
    """
    if cover.content and cover.low >= FULL_COVERAGE:
        return True
    return pair_score(text_a, text_b) >= ALIGN_THRESHOLD


ATTRIBUTION_WORDS = 6
"""Most words after a quotation's closing mark that read as its attribution
("Obama said.", "the rebel leader told reporters.")."""

_QUOTATION_MARKS = '"“”«»'
"""The marks that open or close a quotation."""
_CLOSING_MARKS = '"”»'
"""The marks that may close one."""


def _attribution(sentence: str) -> frozenset[str]:
    """The normalised words after a sentence's last quotation mark, when that
    mark closes a quotation (`ATTRIBUTION_WORDS` at most; empty when there are
    none or more)."""
    last = max(sentence.rfind(mark) for mark in _QUOTATION_MARKS)
    if last < 0 or sentence[last] not in _CLOSING_MARKS:
        return frozenset()
    words = word_matches(sentence[last + 1 :])
    if not 0 < len(words) <= ATTRIBUTION_WORDS:
        return frozenset()
    return frozenset(normalise_token(w.group()) for w in words)


def _join_split_quotes(
    groups: list[tuple[tuple[int, int], Alignment]],
    in_order: set[tuple[int, int]],
    a: Sequence[str],
    b: Sequence[str],
) -> list[tuple[tuple[int, int], Alignment]]:
    """Join two pairs in place that are one quotation attributed after a
    different sentence on each side.

    One outlet writes `"X," Obama said. "Y."`, another `"X. Y," Obama said.`:
    sentence by sentence, "Obama said" is a difference in both rows, though
    both outlets quote and attribute the same. When two consecutive pairs in
    place (i, j), (i + 1, j + 1) have the same attribution after A's first
    sentence and B's second (or B's first and A's second), and none after the
    other two, they are one row of two sentences a side.
    """
    by_seed = {seed: g for seed, g in groups}
    joined: dict[tuple[int, int], Alignment] = {}
    dropped: set[tuple[int, int]] = set()
    for (i, j), first in sorted(by_seed.items()):
        second = by_seed.get((i + 1, j + 1))
        if (
            second is None
            or (i, j) in dropped
            or (i, j) not in in_order
            or (i + 1, j + 1) not in in_order
            or (first.a, first.b, second.a, second.b) != ((i,), (j,), (i + 1,), (j + 1,))
        ):
            continue
        tails = [_attribution(text) for text in (a[i], b[j], a[i + 1], b[j + 1])]
        a_first = tails[0] and tails[0] == tails[3] and not tails[1] and not tails[2]
        b_first = tails[1] and tails[1] == tails[2] and not tails[0] and not tails[3]
        if not (a_first or b_first):
            continue
        text_a = f"{a[i]} {a[i + 1]}"
        text_b = f"{b[j]} {b[j + 1]}"
        full = first.full and second.full
        joined[i, j] = Alignment((i, i + 1), (j, j + 1), pair_score(text_a, text_b), full=full)
        dropped.add((i + 1, j + 1))
    if not joined:
        return groups
    return [(seed, joined.get(seed, g)) for seed, g in groups if seed not in dropped]


def _split_claim_rows(
    groups: list[tuple[tuple[int, int], Alignment]],
    in_order: set[tuple[int, int]],
    a: Sequence[str],
    b: Sequence[str],
    weights: Weights,
) -> list[tuple[tuple[int, int], Alignment]]:
    """Rows of a leftover sentence and the two adjacent leftover sentences of
    the other side that state its claims between them (`split_claims`)."""
    used_a = {i for _, g in groups for i in g.a}
    used_b = {j for _, g in groups for j in g.b}
    anchors = sorted((g.a, g.b) for seed, g in groups if seed in in_order)
    free_a = [i for i in range(len(a)) if i not in used_a]
    free_b = [j for j in range(len(b)) if j not in used_b]
    rows: list[tuple[tuple[int, int], Alignment]] = []
    for ga, gb in split_claims(weights, anchors, free_a, free_b, CLAIM_MIN_SPECIFIC):
        text_a = " ".join(a[x] for x in ga)
        text_b = " ".join(b[y] for y in gb)
        full = _states_the_same(weights.coverage(ga, gb), text_a, text_b)
        rows.append(((ga[0], gb[0]), Alignment(ga, gb, pair_score(text_a, text_b), full=full)))
    return rows


def _reading_order(
    seeded: list[tuple[tuple[int, int], Alignment]],
    in_order: set[tuple[int, int]],
    n_a: int,
    n_b: int,
) -> list[Alignment]:
    """Lay groups out in reading order of both sides.

    Pairs in place stand in both articles' order; between two of them the
    sentences only one side has (and pairs moved, at their A place) are
    interleaved by their place in the gap, so a pair that shares little reads
    down both articles at one pace instead of all of B, then all of A.
    """
    anchored = [g for seed, g in seeded if seed in in_order]
    moved = {g.a[0]: g for seed, g in seeded if seed not in in_order}
    used_a = {i for _, g in seeded for i in g.a}
    used_b = {j for _, g in seeded for j in g.b}
    out: list[Alignment] = []
    next_a, next_b = 0, 0

    def flush(until_a: int, until_b: int) -> None:
        """Emit the rows of A before `until_a` and of B before `until_b`,
        interleaved by their place in the gap: both columns advance together."""
        nonlocal next_a, next_b
        span_a, span_b = until_a - next_a, until_b - next_b
        keyed: list[tuple[float, int, Alignment]] = []
        for i in range(next_a, until_a):
            if i in moved:
                g = moved[i]
                row = Alignment(g.a, g.b, g.score, moved=True, full=g.full)
            elif i not in used_a:
                row = Alignment((i,), (), 0.0)
            else:
                continue
            keyed.append(((i - next_a + 0.5) / span_a, 0, row))
        for j in range(next_b, until_b):
            if j not in used_b:
                keyed.append(((j - next_b + 0.5) / span_b, 1, Alignment((), (j,), 0.0)))
        keyed.sort(key=lambda k: (k[0], k[1]))
        out.extend(row for *_, row in keyed)
        next_a, next_b = max(next_a, until_a), max(next_b, until_b)

    for g in sorted(anchored, key=lambda g: g.a[0]):
        flush(g.a[0], g.b[0])
        out.append(g)
        next_a, next_b = g.a[-1] + 1, g.b[-1] + 1
    flush(n_a, n_b)
    return out
