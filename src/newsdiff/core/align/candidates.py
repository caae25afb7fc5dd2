"""Which scored sentence pairs the aligner keeps: a bounded number per sentence.

`similarity.scored_pairs` scores every pair of distinct sentence texts, but
keeps only the best partners of each sentence (`CANDIDATES_PER_SENTENCE`), and
turns the pairs of a text repeated many times into pairs of its occurrences,
the k-th facing the k-th (`REPEAT_PARTNERS`). Memory and the aligner's work
then grow with the number of sentences, not with its square: a line printed
8,000 times on both sides is one scored pair and 8,000 kept ones.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

CANDIDATES_PER_SENTENCE = 16
"""Partners above the floor a sentence keeps at most: its best ones, nearest in
position first among equal scores. Real cross-outlet pairs never come close (at
most 4 per sentence on the WikiNews same-story pairs); a line repeated thousands
of times would otherwise keep every pair (quadratic memory)."""

REPEAT_PARTNERS = 1
"""Occurrences of a repeated text that each occurrence of another is offered: the
one of the same rank (the k-th facing the k-th), so a repeated line's pairs rise
together on both sides and the one-to-one matching takes them all in order."""

_SCORE_STEPS = 1 << 23
"""Steps a score is rounded to when candidates are ranked (float32 resolution near 1)."""
_POSITION_BITS = 20
"""Bits for the distance between two sentences' positions in a ranking key."""
_INDEX_BITS = 19
"""Bits for the partner's index in a ranking key (score, then distance, then index: 63 bits)."""


def distinct(texts: Sequence[str]) -> tuple[list[str], list[int]]:
    """The distinct texts in first-seen order, and the class of each text."""
    index: dict[str, int] = {}
    classes = [index.setdefault(t, len(index)) for t in texts]
    return list(index), classes


def _rank_key(scores: np.ndarray, distance: np.ndarray, partner: np.ndarray) -> np.ndarray:
    """int64 keys ordering candidates best first: higher score, then nearer, then lower index."""
    import numpy as np

    top_distance = (1 << _POSITION_BITS) - 1
    top_index = (1 << _INDEX_BITS) - 1
    steps = np.round(scores.astype(np.float64) * _SCORE_STEPS).astype(np.int64)
    return (
        (steps << (_POSITION_BITS + _INDEX_BITS))
        | ((top_distance - np.minimum(distance, top_distance)) << _INDEX_BITS)
        | (top_index - np.minimum(partner, top_index))
    )


class BestPairs:
    """The best partners of each row and of each column, gathered block by block of rows."""

    def __init__(self, n_b: int, cap: int) -> None:
        import numpy as np

        self.cap = cap
        self.found: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
        # The best `cap` entries of each column so far: key (-1: none), row, score.
        self.col_key = np.full((0, n_b), -1, dtype=np.int64)
        self.col_row = np.zeros((0, n_b), dtype=np.int64)
        self.col_score = np.zeros((0, n_b), dtype=np.float32)

    def add(self, start: int, scores: np.ndarray, floor: float) -> None:
        """Take in the scores of rows `start`.. (shape rows x len(b))."""
        import numpy as np

        n_rows, n_b = scores.shape
        rows = np.arange(start, start + n_rows, dtype=np.int64)[:, None]
        cols = np.arange(n_b, dtype=np.int64)[None, :]
        distance = np.abs(rows - cols)
        below = scores < floor
        key = _rank_key(scores, distance, np.broadcast_to(cols, scores.shape))
        key[below] = -1
        if n_b > self.cap:
            pick = np.argpartition(-key, self.cap - 1, axis=1)[:, : self.cap]
        else:
            pick = np.broadcast_to(np.arange(n_b), (n_rows, n_b))
        picked = np.take_along_axis(key, pick, axis=1) >= 0
        r, c = np.nonzero(picked)
        j = pick[r, c]
        self.found.append((r + start, j, scores[r, j]))
        # Columns: the block's best rows, merged with the best seen so far.
        key = _rank_key(scores, distance, np.broadcast_to(rows, scores.shape))
        key[below] = -1
        if n_rows > self.cap:
            pick = np.argpartition(-key, self.cap - 1, axis=0)[: self.cap]
        else:
            pick = np.broadcast_to(np.arange(n_rows)[:, None], (n_rows, n_b))
        all_key = np.concatenate([self.col_key, np.take_along_axis(key, pick, axis=0)])
        all_row = np.concatenate([self.col_row, pick + start])
        all_score = np.concatenate([self.col_score, np.take_along_axis(scores, pick, axis=0)])
        if len(all_key) > self.cap:
            keep = np.argpartition(-all_key, self.cap - 1, axis=0)[: self.cap]
            all_key = np.take_along_axis(all_key, keep, axis=0)
            all_row = np.take_along_axis(all_row, keep, axis=0)
            all_score = np.take_along_axis(all_score, keep, axis=0)
        self.col_key, self.col_row, self.col_score = all_key, all_row, all_score

    def arrays(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Rows, columns and scores of every pair among the best of its row or its column."""
        import numpy as np

        k, c = np.nonzero(self.col_key >= 0)
        parts = [*self.found, (self.col_row[k, c], c, self.col_score[k, c])]
        rows = np.concatenate([p[0] for p in parts])
        cols = np.concatenate([p[1] for p in parts])
        values = np.concatenate([p[2] for p in parts])
        return rows, cols, values


def as_dict(rows: np.ndarray, cols: np.ndarray, values: np.ndarray) -> dict[tuple[int, int], float]:
    """`{(i, j): score}` in (i, j) order, each pair once."""
    import numpy as np

    order = np.lexsort((cols, rows))
    rows, cols, values = rows[order], cols[order], values[order]
    if rows.size:
        first = np.ones(rows.size, dtype=bool)
        first[1:] = (rows[1:] != rows[:-1]) | (cols[1:] != cols[:-1])
        rows, cols, values = rows[first], cols[first], values[first]
    pairs = zip(rows.tolist(), cols.tolist(), strict=True)
    return dict(zip(pairs, values.tolist(), strict=True))


def expand_repeats(
    rows: np.ndarray,
    cols: np.ndarray,
    values: np.ndarray,
    class_a: list[int],
    class_b: list[int],
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pairs of distinct texts turned into pairs of sentences, the best of each kept.

    The k-th sentence of a text scored with another text is offered the
    k-th sentence of that text (`REPEAT_PARTNERS`), or its last, then every
    sentence keeps its `CANDIDATES_PER_SENTENCE` best partners as `BestPairs`
    does: the work is linear in the number of sentences however often a line
    repeats.
    """
    import numpy as np

    cap = CANDIDATES_PER_SENTENCE
    members_a = _members(class_a)
    members_b = _members(class_b)
    # Pairs of two texts that each stand once are pairs of sentences already.
    single_a = np.array([m.size == 1 for m in members_a])
    single_b = np.array([m.size == 1 for m in members_b])
    single = single_a[rows] & single_b[cols]
    first_a = np.array([m[0] for m in members_a], dtype=np.int64)
    first_b = np.array([m[0] for m in members_b], dtype=np.int64)
    out_i = [first_a[rows[single]]]
    out_j = [first_b[cols[single]]]
    out_v = [values[single]]
    repeated = ~single
    for u, v, value in zip(
        rows[repeated].tolist(), cols[repeated].tolist(), values[repeated].tolist(), strict=True
    ):
        where_a, where_b = members_a[u], members_b[v]
        for mine, theirs, flip in ((where_a, where_b, False), (where_b, where_a, True)):
            near = _nearest_positions(mine, theirs, REPEAT_PARTNERS)
            own = np.repeat(mine, near.shape[1])
            other = near.reshape(-1)
            keep = other >= 0
            own, other = own[keep], other[keep]
            out_i.append(other if flip else own)
            out_j.append(own if flip else other)
            out_v.append(np.full(own.size, value, dtype=np.float32))
    i = np.concatenate(out_i)
    j = np.concatenate(out_j)
    value = np.concatenate(out_v)
    return best_of_each(i, j, value, cap)


def best_of_each(
    i: np.ndarray, j: np.ndarray, value: np.ndarray, cap: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The pairs among the `cap` best of their row or of their column (best
    score first, then nearest, then lowest index, as `BestPairs` ranks them)."""
    import numpy as np

    keep = np.zeros(i.size, dtype=bool)
    distance = np.abs(i - j)
    for own, other in ((i, j), (j, i)):
        key = _rank_key(value, distance, other)
        order = np.lexsort((-key, own))
        sorted_own = own[order]
        start = np.searchsorted(sorted_own, sorted_own, side="left")
        rank = np.arange(order.size) - start
        keep[order[rank < cap]] = True
    return i[keep], j[keep], value[keep]


def _members(classes: list[int]) -> list[np.ndarray]:
    """The ascending positions of each class."""
    import numpy as np

    found: list[list[int]] = []
    for position, k in enumerate(classes):
        if k == len(found):
            found.append([])
        found[k].append(position)
    return [np.array(p, dtype=np.int64) for p in found]


def _nearest_positions(mine: np.ndarray, theirs: np.ndarray, cap: int) -> np.ndarray:
    """For the k-th position of `mine`, `cap` positions of `theirs` around their k-th.

    The k-th occurrence of a line on one side faces the k-th on the other:
    those pairs rise together on both sides, so a repeated line aligns in
    order wherever its runs start. Shape (len(mine), min(cap, len(theirs))).
    """
    import numpy as np

    if theirs.size <= cap:
        return np.broadcast_to(theirs, (mine.size, theirs.size))
    first = np.clip(np.arange(mine.size) - cap // 2, 0, theirs.size - cap)
    return theirs[first[:, None] + np.arange(cap)[None, :]]


def keep_best(pairs: dict[tuple[int, int], float], cap: int) -> dict[tuple[int, int], float]:
    """`pairs` less those that are among the `cap` best of neither their row nor their column."""
    by_row: dict[int, list[tuple[int, int]]] = {}
    by_col: dict[int, list[tuple[int, int]]] = {}
    for i, j in pairs:
        by_row.setdefault(i, []).append((i, j))
        by_col.setdefault(j, []).append((i, j))
    if all(len(v) <= cap for v in (*by_row.values(), *by_col.values())):
        return pairs
    kept: set[tuple[int, int]] = set()
    for i, options in by_row.items():
        options.sort(key=lambda p: (-pairs[p], abs(p[1] - i), p[1]))
        kept.update(options[:cap])
    for j, options in by_col.items():
        options.sort(key=lambda p: (-pairs[p], abs(p[0] - j), p[0]))
        kept.update(options[:cap])
    return {p: value for p, value in pairs.items() if p in kept}
