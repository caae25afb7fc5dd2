"""Sums over shared items of many sets at once: for every pair of a left set
and a right set (sentences as sets of words or trigrams), the summed weight of
the items both hold, in numpy, near the number of sharing pairs."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    import numpy as np

DENSE_COLUMN_SHARE = 128
"""A word shared by more than 1/this of all sentence pairs is summed with a dense
matrix product (BLAS, about 100x cheaper per pair than numpy's scatter)."""


class Entries(NamedTuple):
    """The items of a list of sets as parallel arrays, one entry per (set, item)
    (a NamedTuple, quicker to define than a dataclass)."""

    rows: np.ndarray
    """Index of the set (sentence) of each entry."""
    cols: np.ndarray
    """Vocabulary index of the item of each entry."""


def entries(sets: Sequence[Iterable[str]], vocabulary: dict[str, int]) -> Entries:
    """Entries of `sets`, adding unseen items to `vocabulary`."""
    import numpy as np

    rows: list[int] = []
    cols: list[int] = []
    for i, items in enumerate(sets):
        for item in items:
            rows.append(i)
            cols.append(vocabulary.setdefault(item, len(vocabulary)))
    return Entries(np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64))


def shared_sums(
    shape: tuple[int, int],
    left: Entries,
    right: Entries,
    n_cols: int,
    left_weights: Sequence[np.ndarray] = (),
    right_weights: Sequence[np.ndarray] = (),
) -> list[np.ndarray]:
    """For every (left set i, right set j): the summed weight of the items they share.

    One result per weight array: left weights are taken from left's entries,
    right weights from right's. Items many sets share (function words, topic
    words) go through a dense matrix product; the many items only a few sets
    share are paired entry by entry, so the work stays near the number of
    sharing pairs instead of sets x sets x vocabulary.

    Returns:
        float32 arrays of `shape`, left weights first.
    """
    import numpy as np

    n_a, n_b = shape
    results = [np.zeros(shape, dtype=np.float32) for _ in (*left_weights, *right_weights)]
    if n_cols == 0 or left.cols.size == 0 or right.cols.size == 0:
        return results
    in_left = np.bincount(left.cols, minlength=n_cols)
    in_right = np.bincount(right.cols, minlength=n_cols)
    pairs = in_left * in_right
    # A dense column costs a full n_a x n_b multiply-add in BLAS, so it pays
    # once a column pairs more than about a hundredth of all sentence pairs.
    heavy = pairs * DENSE_COLUMN_SHARE > n_a * n_b
    dense_cols = np.flatnonzero(heavy)
    if dense_cols.size:
        position = np.full(n_cols, -1, dtype=np.int64)
        position[dense_cols] = np.arange(dense_cols.size)
        lmask = heavy[left.cols]
        rmask = heavy[right.cols]
        lr, lc = left.rows[lmask], position[left.cols[lmask]]
        rr, rc = right.rows[rmask], position[right.cols[rmask]]
        present_a = np.zeros((n_a, dense_cols.size), dtype=np.float32)
        present_b = np.zeros((n_b, dense_cols.size), dtype=np.float32)
        present_a[lr, lc] = 1.0
        present_b[rr, rc] = 1.0
        for result, weights in zip(results, left_weights, strict=False):
            weighted = np.zeros_like(present_a)
            weighted[lr, lc] = weights[lmask]
            # Columns where every weight is 0 (function words for rarity) add nothing.
            used = np.flatnonzero(weighted.any(axis=0))
            result += weighted[:, used] @ present_b[:, used].T
        for result, weights in zip(results[len(left_weights) :], right_weights, strict=True):
            weighted = np.zeros_like(present_b)
            weighted[rr, rc] = weights[rmask]
            used = np.flatnonzero(weighted.any(axis=0))
            result += present_a[:, used] @ weighted[:, used].T
    # The light columns: pair every left entry with every right entry of its column.
    light = (pairs > 0) & ~heavy
    chosen = np.flatnonzero(light[left.cols])
    if chosen.size == 0:
        return results
    right_order = np.argsort(right.cols, kind="stable")
    right_start = np.concatenate([[0], np.cumsum(in_right)[:-1]])
    repeats = in_right[left.cols[chosen]]
    left_index = np.repeat(chosen, repeats)
    block_start = np.repeat(np.cumsum(repeats) - repeats, repeats)
    offset = np.arange(left_index.size) - block_start
    right_index = right_order[right_start[left.cols[left_index]] + offset]
    flat = left.rows[left_index] * n_b + right.rows[right_index]
    size = n_a * n_b
    for result, weights in zip(results, left_weights, strict=False):
        result += np.bincount(flat, weights[left_index], minlength=size).reshape(shape)
    for result, weights in zip(results[len(left_weights) :], right_weights, strict=True):
        result += np.bincount(flat, weights[right_index], minlength=size).reshape(shape)
    return results
