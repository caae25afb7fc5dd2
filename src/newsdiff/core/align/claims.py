"""Shared statements: how much of one sentence's content the other states too.

`similarity.pair_score` asks "are these two sentences paraphrases?", which is
right for copies and light edits but wrong for outlets that write the same
claim in their own words, or that put one sentence's claim inside a longer one.
This module asks instead how much of each sentence's *content* the other
carries, weighing each content word (function words out, inflections folded by
`similarity.normalise_token`) by two things:

- how rare it is in the pair (an IDF over the sentences of both articles:
  "Putin" in a Putin story weighs little, "Vietnam" a lot), and
- how rare it is in English at large (`lexicon.word_level`: "said" weighs
  little, "concert" more; names and numbers weigh 1).

Words that WordNet lists as synonyms or derivations of one another
(`words.paraphrases`: invitation / invite, president / head of state) count as
shared. The two **coverages** (shared weight over each side's own weight) say
how a pair relates: both high, the same statement; one high and the other low,
one sentence inside a longer one (a claim shared, or one half of a split).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import NamedTuple

from newsdiff.core.align.similarity import (
    content_rarity,
    content_words,
    normalised_tokens,
    word_matches,
)
from newsdiff.core.words.lexicon import is_known_name, word_level
from newsdiff.core.words.paraphrases import related_keys

TOPIC_FLOOR = 0.1
"""Least pair-IDF factor of a word: a word in every sentence of both articles
still counts a tenth (it may be what a short sentence is about)."""

RARE_FLOOR = 0.25
"""Least general-English factor of a word (the most common SCOWL words)."""

POSTING_CAP = 24
"""A word used by more sentences than this on one side does not propose
candidate pairs (it still counts in the score of pairs other words propose):
it weighs little there, and pairing its every use would be quadratic in a
repetitive text."""

SHORT_TOKEN = 2
"""Letter tokens this short ("al", "de", initials) weigh as the most common words."""

CANDIDATES = 6
"""Partners per sentence whose coverage is weighed (the most shared by pair IDF):
the pairs the aligner takes are each other's best, which a sentence's sixth
best by shared words is all but never."""

SYNONYM_CREDIT = 0.8
"""Share of a word's weight a WordNet synonym or derivation earns instead of the
word itself: a near-match counts, a bit less than the word."""

SPECIFIC_USES = 2
"""Most sentences of each article a shared word may be used by to be *specific*
(`Coverage.specific`): a word of two sentences a side ("Geneva", "Latakia",
"fled", "15") names a detail; one used all through both articles ("sanctions",
"Obama" in an Obama sanctions story) names the story. Two, as the pair IDF
counts a pair's own words; not tuned: on the WikiNews hand-judged pairs
(`scripts/eval_alignment.py --halves`) every claim pair judged right shares
such a word, and every row that shared none was wrong (in the odd half; the
even half has none of either kind)."""


class Coverage(NamedTuple):
    """How much content two sentences (or groups of sentences) share.

    A NamedTuple: defining a frozen dataclass cost about half a millisecond of
    every start.
    """

    shared: float
    """Weight of the content the two sides share (the smaller side's view)."""
    shared_words: float
    """The part of `shared` that is not names: what says more than a topic."""
    cover_a: float
    """Share of A's content weight that B carries, 0..1."""
    cover_b: float
    """Share of B's content weight that A carries, 0..1."""
    content: bool = True
    """False when a side has no content word at all (coverages are then 0)."""
    specific: float = 0.0
    """The part of `shared` whose words each article uses in at most
    `SPECIFIC_USES` sentences: a detail both state, not the story's topic."""

    @property
    def low(self) -> float:
        """The smaller coverage: high only when both sides state the same thing."""
        return min(self.cover_a, self.cover_b)

    @property
    def high(self) -> float:
        """The larger coverage: high when one side stands inside the other."""
        return max(self.cover_a, self.cover_b)


class Weights:
    """Content-word weights over the sentences of one pair of articles."""

    def __init__(self, a: Sequence[str], b: Sequence[str]) -> None:
        # Tokens (with their name shares) are read only for the sentences a
        # coverage asks about; the IDF counts need just each sentence's words.
        self.tokens_a = _Lazy(a)
        self.tokens_b = _Lazy(b)
        self.uses_a: dict[str, int] = {}
        """Sentences of A using each content token."""
        self.uses_b: dict[str, int] = {}
        """Sentences of B using each content token."""
        for texts, uses in ((a, self.uses_a), (b, self.uses_b)):
            for text in texts:
                for t in content_words(text):
                    uses[t] = uses.get(t, 0) + 1
        used = dict(self.uses_a)  # sentences of either article using each token
        for t, count in self.uses_b.items():
            used[t] = used.get(t, 0) + count
        self._bags_a: dict[int, dict[str, tuple[float, float]]] = {}
        self._bags_b: dict[int, dict[str, tuple[float, float]]] = {}
        # Coverages weighed so far: each round of claim pairing, and the rows
        # grown after it, ask again about many of the same sentences.
        self._coverages: dict[tuple[tuple[int, ...], tuple[int, ...]], Coverage] = {}
        n = len(a) + len(b)
        scale = math.log((n + 1) / 2) if n > 2 else 1.0
        self.idf = {
            t: 1.0 if count <= 2 else max(TOPIC_FLOOR, min(1.0, math.log((n + 1) / count) / scale))
            for t, count in used.items()
        }

    def weight(self, token: str, rarity: float, name: float) -> float:
        """The weight of one content token of rarity `rarity` and name share
        `name` (`similarity.content_tokens`: a name of three words weighs a
        third per word)."""
        if len(token) <= SHORT_TOKEN and not token.isdigit():
            rarity = RARE_FLOOR
        share = name if name else 1.0
        return self.idf.get(token, 1.0) * max(RARE_FLOOR, rarity) * share

    def coverage(self, a_items: Sequence[int], b_items: Sequence[int]) -> Coverage:
        """Coverage of the A sentences `a_items` and the B sentences `b_items`."""
        key = (tuple(a_items), tuple(b_items))
        found = self._coverages.get(key)
        if found is None:
            wa = self._bag(self.tokens_a, a_items, self._bags_a)
            wb = self._bag(self.tokens_b, b_items, self._bags_b)
            reach_a = _reach(self.tokens_a, a_items)
            reach_b = _reach(self.tokens_b, b_items)
            found = self._coverages[key] = _cover(wa, wb, reach_a, reach_b, self._specific)
        return found

    def content_weight(self, side: str, k: int) -> float:
        """Total content weight of sentence `k` of side `side` ("a" or "b")."""
        if side == "a":
            bag = self._bag(self.tokens_a, (k,), self._bags_a)
        else:
            bag = self._bag(self.tokens_b, (k,), self._bags_b)
        return sum(w for w, _ in bag.values())

    def only_shared(self, i: int, j: int) -> float:
        """Weight of the words (not names) that A sentence `i` and B sentence
        `j` share and no other sentence of either article uses."""
        wa = self._bag(self.tokens_a, (i,), self._bags_a)
        wb = self._bag(self.tokens_b, (j,), self._bags_b)
        return sum(
            w
            for t, (w, name) in wa.items()
            if not name and t in wb and self.uses_a.get(t) == 1 and self.uses_b.get(t) == 1
        )

    def _specific(self, token: str) -> bool:
        """Whether each article uses `token` in at most `SPECIFIC_USES` sentences."""
        return (
            self.uses_a.get(token, 0) <= SPECIFIC_USES
            and self.uses_b.get(token, 0) <= SPECIFIC_USES
        )

    def _bag(
        self,
        side: _Lazy,
        items: Sequence[int],
        cache: dict[int, dict[str, tuple[float, float]]],
    ) -> dict[str, tuple[float, float]]:
        """Weight and name flag of each content token of the sentences `items`."""
        if len(items) == 1 and items[0] in cache:
            return cache[items[0]]
        bag: dict[str, tuple[float, float]] = {}
        for k in items:
            for t, (rarity, name) in side[k].items():
                w = self.weight(t, rarity, name)
                if t not in bag or w > bag[t][0]:
                    bag[t] = (w, name > 0)
        if len(items) == 1:
            cache[items[0]] = bag
        return bag


class _Lazy:
    """`content_tokens` of each sentence of one side, computed on first use."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.texts = texts
        self.found: dict[int, dict[str, tuple[float, float]]] = {}
        self.reach: dict[int, set[str]] = {}
        """Each sentence's tokens with their WordNet relatives, by `with_relatives`."""

    def __getitem__(self, k: int) -> dict[str, tuple[float, float]]:
        tokens = self.found.get(k)
        if tokens is None:
            tokens = self.found[k] = _content(self.texts[k])
        return tokens

    def with_relatives(self, k: int) -> set[str]:
        """The content tokens of sentence `k` and every WordNet relative of
        them (kept: each round of claim pairing asks again)."""
        keys = self.reach.get(k)
        if keys is None:
            keys = self.reach[k] = set(self[k])
            for t in self[k]:
                keys |= related_keys(t)
        return keys


def _reach(side: _Lazy, items: Sequence[int]) -> set[str]:
    """The content tokens of the sentences `items` with every WordNet relative of them."""
    if len(items) == 1:
        return side.with_relatives(items[0])
    return set().union(*(side.with_relatives(k) for k in items))


def _cover(
    wa: dict[str, tuple[float, float]],
    wb: dict[str, tuple[float, float]],
    reach_a: set[str],
    reach_b: set[str],
    specific: Callable[[str], bool],
) -> Coverage:
    total_a = sum(w for w, _ in wa.values())
    total_b = sum(w for w, _ in wb.values())
    if total_a <= 0 or total_b <= 0:
        return Coverage(0.0, 0.0, 0.0, 0.0, content=False)
    got_a, words_a, specific_a = _matched(wa, wb, reach_b, specific)
    got_b, words_b, specific_b = _matched(wb, wa, reach_a, specific)
    return Coverage(
        min(got_a, got_b),
        min(words_a, words_b),
        min(1.0, got_a / total_a),
        min(1.0, got_b / total_b),
        specific=min(specific_a, specific_b),
    )


def _matched(
    own: dict[str, tuple[float, float]],
    other: dict[str, tuple[float, float]],
    reach: set[str],
    specific: Callable[[str], bool],
) -> tuple[float, float, float]:
    """Weight of `own`'s words that `other` has, or has a WordNet relative of;
    all of them, those that are not names, and those `specific` to a detail
    (the word itself, or for a relative the word and the relative).

    `reach` holds `other`'s tokens and their relatives: paraphrases.idx lists
    every relation under both of its words, so a word outside it has no
    relative in `other`, and its relatives need not be looked at."""
    got = words = details = 0.0
    for t, (w, name) in own.items():
        if t in other:
            credit = w
            detail = specific(t)
        elif t not in reach:
            continue
        else:
            relatives = related_keys(t) & other.keys()
            if not relatives:
                continue
            credit = SYNONYM_CREDIT * w
            detail = specific(t) and any(specific(r) for r in relatives)
        got += credit
        if not name:
            words += credit
        if detail:
            details += credit
    return got, words, details


@lru_cache(maxsize=16384)
def _content(sentence: str) -> dict[str, tuple[float, float]]:
    return content_tokens(sentence)


def candidate_pairs(
    weights: Weights, free_a: Sequence[int], free_b: Sequence[int]
) -> set[tuple[int, int]]:
    """Pairs of free sentences worth weighing: those sharing a content word (or
    WordNet relative) used by at most `POSTING_CAP` sentences on each side,
    each sentence keeping the `CANDIDATES` whose shared words weigh most by
    pair IDF (the coverage of a pair is dearer to weigh than this count)."""
    post_a = _postings(weights.tokens_a, free_a, related=True)
    post_b = _postings(weights.tokens_b, free_b, related=False)
    shared: dict[tuple[int, int], float] = {}
    for key, rows in post_a.items():
        cols = post_b.get(key)
        if not cols or len(rows) > POSTING_CAP or len(cols) > POSTING_CAP:
            continue
        weight = weights.idf.get(key, 1.0)
        for i in rows:
            for j in cols:
                shared[i, j] = shared.get((i, j), 0.0) + weight
    by_a: dict[int, list[tuple[float, int]]] = {}
    by_b: dict[int, list[tuple[float, int]]] = {}
    for (i, j), value in shared.items():
        by_a.setdefault(i, []).append((value, j))
        by_b.setdefault(j, []).append((value, i))
    # A sentence has a few tens of options at most: sorting them is quicker than
    # heapq.nlargest, which loops over them in Python.
    found: set[tuple[int, int]] = set()
    for i, options in by_a.items():
        found.update((i, j) for _, j in sorted(options, reverse=True)[:CANDIDATES])
    for j, options in by_b.items():
        found.update((i, j) for _, i in sorted(options, reverse=True)[:CANDIDATES])
    return found


def _postings(side: _Lazy, items: Sequence[int], *, related: bool) -> dict[str, list[int]]:
    """Sentences by content word (and, with `related`, by each word's relatives)."""
    post: dict[str, list[int]] = {}
    for k in items:
        keys = side.with_relatives(k) if related else side[k]
        for key in keys:
            post.setdefault(key, []).append(k)
    return post


def content_tokens(sentence: str) -> dict[str, tuple[float, float]]:
    """The normalised content tokens of a sentence (function words out).

    Each comes with its general-English rarity weight (0.2..1, 1 for names and
    numbers) and its *name share*: 0 for a word that is not written as a name,
    else 1 / the number of words of the name it is part of, so that "Bashar
    al-Assad" or "Anders Fogh Rasmussen" counts as one name. A word is written
    as a name when it is capitalised and SCOWL lists it only capitalised or not
    at all.
    """
    rarity = content_rarity(sentence)
    matches = word_matches(sentence)
    tokens = normalised_tokens(sentence)  # one per match
    words = [m.group() for m in matches]
    names = [_written_as_name(word) for word in words]
    # A particle joined to a name by a hyphen ("al-Assad", "bin-Salman") is part of it.
    for k in range(len(matches) - 1):
        word = words[k]
        if (
            names[k + 1]
            and word.islower()
            and len(word) <= _PARTICLE
            and sentence[matches[k].end() : matches[k + 1].start()] in _HYPHENS
        ):
            names[k] = True
    runs: list[list[str]] = []
    for k, token in enumerate(tokens):
        if not names[k]:
            continue
        joined = k > 0 and sentence[matches[k - 1].end() : matches[k].start()] in _NAME_JOINS
        if runs and joined and names[k - 1]:
            runs[-1].append(token)
        else:
            runs.append([token])
    share = {t: 1.0 / len(run) for run in runs for t in run}
    found: dict[str, tuple[float, float]] = {}
    for token, name in zip(tokens, names, strict=True):
        if token in rarity and token not in found:
            found[token] = (rarity[token], share.get(token, 0.0) if name else 0.0)
    return found


@lru_cache(maxsize=65536)
def _written_as_name(word: str) -> bool:
    """Capitalised, and a word SCOWL lists only capitalised or not at all."""
    if not word[0].isupper():
        return False
    lower = word.lower()
    return is_known_name(lower) or word_level(lower) is None


_HYPHENS = frozenset({"-", "‐", "‑"})
"""What joins a particle to the name after it."""
_PARTICLE = 3
"""Longest lower-case word that a hyphen makes part of the name after it (al-, bin-, van-)."""
_NAME_JOINS = frozenset({" ", "-", "‐", "‑", ". "})
"""What may stand between two words of one name (Jong-un, Kim Jong Un, Mikhail B. Khodorkovsky)."""
