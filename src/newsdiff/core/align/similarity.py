"""How alike two news sentences are: the score the sentence aligner runs on.

A score is a logistic combination of four lexical features of two sentences,
each computed on normalised tokens (lower case, punctuation dropped, quotes and
dashes unified, light suffix stemming, US/UK endings folded, number words as
digits):

- **word overlap**: Dice coefficient of the two token sets. In `score_matrix`
  each content word is weighted by how few sentences of the two articles use
  it (a within-call IDF), so the story's topic words (Putin, North Korea,
  Kremlin: in every other sentence) count less than the words that tell one
  sentence from the next. A word in at most two sentences keeps weight 1, so
  with one sentence a side, as in `pair_score`, every weight is 1.
- **phrase overlap**: Dice coefficient of word trigrams. Its weight is
  *negative*: at equal word overlap, a pair that copies long phrases verbatim
  and still differs is usually one text with a detail changed or added, while a
  true paraphrase from another outlet shares words but rarely whole phrases.
- **character similarity**: Indel (LCS) similarity of the normalised token
  strings, which forgives typos, run-together words and small rewordings.
- **new content**: the rarer content words that the *more fully covered*
  sentence does not share with the other, summed with a general-English rarity
  weight (`lexicon.word_level`: names, numbers and rare words 1, the most
  common words 0.2). Taking the smaller side means a sentence wholly contained
  in a longer one (a clause added, or one sentence of a 1:2 split) is not
  penalised, while two different sentences of one story, each with its own
  details, are.

The five weights were fitted once by logistic regression on the train split of
the Microsoft Research Paraphrase Corpus (`scripts/eval_paraphrase.py --fit`);
refitted on either half of it they move by less than 0.25 and score the other
half the same, so they are a property of the features rather than of that
data. A score is then a probability that the two sentences say the same thing,
and `ALIGN_THRESHOLD` is even odds. Two sentences with the same normalised
tokens in the same order score exactly 1.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from newsdiff.core.align.candidates import (
    CANDIDATES_PER_SENTENCE,
    BestPairs,
    as_dict,
    best_of_each,
    distinct,
    expand_repeats,
    keep_best,
)
from newsdiff.core.words.lexicon import word_level
from newsdiff.core.words.numbers import CARDINALS, SCALES
from newsdiff.core.words.stopwords import FUNCTION_WORDS

if TYPE_CHECKING:
    import numpy as np

    from newsdiff.core.align.overlap import Entries

ALIGN_THRESHOLD = 0.5
"""Scores at or above this put two sentences in one aligned row (even odds of a paraphrase)."""

BLOCK_PAIRS = 1_500_000
"""Sentence pairs scored at once with numpy (bounds the memory of long articles)."""
DENSE_LIMIT = 16_000_000
"""Distinct-text pairs up to which every pair is scored (two articles of about
80k words each); beyond, only candidate pairs are (`_sparse_pairs`), so inputs
of tens of thousands of lines take time and memory linear in their lines.
Ordinary articles are far below it: their output never depends on the cut."""
SPARSE_BAND = 64
"""Texts either side of the proportional diagonal every A text is scored with
beyond `DENSE_LIMIT` (moved sentences further away are found by shared words)."""
SPARSE_POSTINGS = 16
"""Beyond `DENSE_LIMIT`, a content word used by at most this many B texts
proposes its pairs (a common word would propose a quadratic number)."""
SPARSE_ROWS = 256
"""Most A texts scored in one block beyond `DENSE_LIMIT`."""
SMALL_PAIRS = 12_000
"""Up to this many sentence pairs, scoring in plain Python is quicker than importing
numpy (about 0.15 s), so the one-shot diff of two ordinary articles never loads it."""

FEATURE_WEIGHTS = (8.03, -4.28, 6.33, -0.28)
"""Logistic weights of word overlap, phrase overlap, character similarity and new
content, fitted by `scripts/eval_paraphrase.py --fit` (see the module docstring)."""
BIAS = -7.11
"""The logistic's intercept, fitted with `FEATURE_WEIGHTS`."""

TOPIC_FLOOR = 0.2
"""Least weight of a topic word: a token used by df of the N sentences of both
articles weighs log((N+1)/df) / log((N+1)/2), so one used in at most two
sentences (a pair's own words) keeps weight 1; the floor keeps a pair sharing
only topic words counting them a little."""

RARE_LEVEL = 50.0
"""SCOWL level (10 most common .. 70) from which a word is as informative as a
name: rarity is level / RARE_LEVEL, capped at 1."""

LOGIT_CLIP = 30.0
"""Logits are clipped to +-this before exp, so very long merged texts cannot overflow."""

BOUND_MARGIN = 1e-6
"""Logit by which a pair's upper bound must fall short of the floor for
`_scored_pairs_python` to skip scoring it: far above float rounding, so a
skipped pair is always one the full score would drop."""

_NUMBER_WORDS = {word: str(value) for word, value in CARDINALS.items()} | {
    word: str(SCALES[word]) for word in ("hundred", "thousand")
}
"""Number words written as digits for comparison ("nine" and "9" meet): zero to
ninety, and the two scales that stand alone as a number ("a hundred")."""

# Numbers (1,000  3.50  24th) or words with inner apostrophes; hyphens split
# words so "Jong-un" and "Jong Un" agree, and all punctuation falls away.
_WORD = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:['’‘ʼ][^\W\d_]+)*")


class _Sentence(NamedTuple):
    """One sentence reduced to what the features need (a NamedTuple, quicker to
    define than a dataclass)."""

    tokens: tuple[str, ...]
    """Normalised tokens in order."""
    rarity: dict[str, float]
    """Rarity weight of each content token (function words left out)."""
    text: str
    """The normalised tokens joined by spaces, for character similarity."""
    words: frozenset[str]
    """The distinct tokens."""
    trigrams: frozenset[str]
    """The distinct runs of three tokens, space-joined."""


def normalise_token(word: str) -> str:
    """Reduce a word to the form the similarity features compare.

    Lower-cases, drops a possessive and apostrophes, writes number words and
    numbers as plain digits ("nine" -> "9", "1,000" -> "1000"), folds common
    British endings to American ones (honour, organise, centre) and strips a
    light set of suffixes (plural s, -ed, -ing, final e, doubled consonant), so
    "visits", "visited" and "visiting" meet.

    Args:
        word: one word or number as written.

    Returns:
        The normalised form; the same for spelling variants of one word.
    """
    return _normalise_lower(word.lower())


@lru_cache(maxsize=65536)
def _normalise_lower(w: str) -> str:
    if w in _NUMBER_WORDS:
        return _NUMBER_WORDS[w]
    if w[:1].isdigit():
        w = w.replace(",", "")
        whole, point, fraction = w.partition(".")
        if point and whole.isdecimal() and fraction.isdecimal():  # a decimal: 3.50
            w = w.rstrip("0").rstrip(".")
        return w
    # A word of letters only (most are) has no apostrophe to drop, unless it is
    # the modifier letter ʼ, which isalpha counts as a letter.
    if not w.isalpha() or "ʼ" in w:
        for apostrophe in "'’‘ʼ":
            if w.endswith(apostrophe + "s"):
                w = w[:-2]
            w = w.replace(apostrophe, "")
    if len(w) <= 3:
        return w
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith(("sses", "xes", "ches", "shes")):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    if w.endswith("ing") and len(w) >= 6:
        w = w[:-3]
    elif w.endswith("ed") and len(w) >= 5:
        w = w[:-2]
    # British -our / -is(e) / -ys(e) / -tre meet their American forms; both
    # sides go through the same rules, so an accidental hit on an unrelated
    # word ("promise") changes nothing.
    if w.endswith("our") and len(w) > 5:
        w = w[:-3] + "or"
    elif w.endswith("is") and len(w) > 4:
        w = w[:-2] + "iz"
    elif w.endswith("ys") and len(w) > 4:
        w = w[:-2] + "yz"
    elif w.endswith("tre") and len(w) > 4:
        w = w[:-3] + "ter"
    if w.endswith("e") and len(w) > 3:
        w = w[:-1]
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiou":
        w = w[:-1]
    return w


@lru_cache(maxsize=65536)
def _rarity(word_lower: str) -> float:
    """General-English rarity weight in 0.2..1 (1 for names, numbers, unknown words)."""
    level = word_level(word_lower)  # the word list is read at the first lookup
    # SCOWL levels run 10 (most common) .. 70; 50 and up is as informative as a name.
    return 1.0 if level is None else min(1.0, level / RARE_LEVEL)


@lru_cache(maxsize=65536)
def _prepare(sentence: str) -> _Sentence:
    """Tokens of one sentence (cached: the aligner and the app rescore the same sentences)."""
    tokens: list[str] = []
    rarity: dict[str, float] = {}
    for word in _WORD.findall(sentence):
        lower = word.lower()
        token = _normalise_lower(lower)
        tokens.append(token)
        if lower not in FUNCTION_WORDS and token not in rarity:
            rarity[token] = _rarity(lower)
    # The shorter shifts end the zip: one trigram per run of three tokens.
    trigrams = frozenset(map(" ".join, zip(tokens, tokens[1:], tokens[2:], strict=False)))
    return _Sentence(tuple(tokens), rarity, " ".join(tokens), frozenset(tokens), trigrams)


class _Columns:
    """The B side of a matrix scored in blocks of A rows, read once: its
    sentences, and the entries of their words and trigrams over vocabularies
    that start with B's items (each block adds its own A items after them)."""

    def __init__(self, b: Sequence[str]) -> None:
        from newsdiff.core.align.overlap import entries  # numpy scoring only, as in `_features`

        self.sentences = [_prepare(s) for s in b]
        self.word_vocabulary: dict[str, int] = {}
        self.words = entries([s.words for s in self.sentences], self.word_vocabulary)
        self.rarity = _entry_rarity(self.sentences, self.words, list(self.word_vocabulary))
        self.trigram_vocabulary: dict[str, int] = {}
        self.trigrams = entries([s.trigrams for s in self.sentences], self.trigram_vocabulary)


def _features(
    a: Sequence[str],
    b: Sequence[str],
    *,
    topic_weighting: bool = True,
    topic_map: dict[str, float] | None = None,
    columns: _Columns | None = None,
) -> np.ndarray:
    """The four features for every pair, shape (4, len(a), len(b)), float32.

    `topic_map` (from `_topic_weight_map`) gives topic weights counted over
    more sentences than `a` and `b`, so that a block of rows scores as it
    would in the whole matrix; `columns`, B read once for all blocks (then
    `b` is its texts).
    """
    import numpy as np
    from rapidfuzz.distance import Indel
    from rapidfuzz.process import cdist

    from newsdiff.core.align.overlap import entries, shared_sums

    pa = [_prepare(s) for s in a]
    pb = columns.sentences if columns is not None else [_prepare(s) for s in b]
    shape = (len(pa), len(pb))
    out = np.zeros((4, *shape), dtype=np.float32)
    if not pa or not pb:
        return out

    # Word overlap (weighted by topic weighting) and new content (rarity).
    if columns is not None:
        vocabulary = dict(columns.word_vocabulary)
        left = entries([s.words for s in pa], vocabulary)
        right = columns.words
        words = list(vocabulary)
        rarity_left = _entry_rarity(pa, left, words)
        rarity_right = columns.rarity
    else:
        vocabulary = {}
        left = entries([s.words for s in pa], vocabulary)
        right = entries([s.words for s in pb], vocabulary)
        words = list(vocabulary)
        rarity_left = _entry_rarity(pa, left, words)
        rarity_right = _entry_rarity(pb, right, words)
    n_cols = len(vocabulary)
    topic = np.ones(n_cols, dtype=np.float32)
    if topic_map is not None:
        topic = np.array([topic_map.get(w, 1.0) for w in words], dtype=np.float32)
    elif topic_weighting:
        used_by = np.bincount(left.cols, minlength=n_cols) + np.bincount(
            right.cols, minlength=n_cols
        )
        # Function words keep weight 1: that two sentences share "the ... of
        # ... has" says something about their build; only content words can be
        # topic words.
        content = np.zeros(n_cols, dtype=bool)
        content[left.cols[rarity_left > 0]] = True
        content[right.cols[rarity_right > 0]] = True
        topic[content] = _topic_weights(used_by[content], len(pa) + len(pb))
    shared_topic, shared_rare_a, shared_rare_b = shared_sums(
        shape, left, right, n_cols, (topic[left.cols], rarity_left), (rarity_right,)
    )
    total_a = np.bincount(left.rows, topic[left.cols], minlength=shape[0])
    total_b = np.bincount(right.rows, topic[right.cols], minlength=shape[1])
    out[0] = _dice(shared_topic, total_a, total_b)
    new_in_a = np.bincount(left.rows, rarity_left, minlength=shape[0])[:, None] - shared_rare_a
    new_in_b = np.bincount(right.rows, rarity_right, minlength=shape[1])[None, :] - shared_rare_b
    # Float rounding can leave -1e-7 where everything is shared.
    out[3] = np.maximum(np.minimum(new_in_a, new_in_b), 0.0)

    # Phrase overlap: word trigram sets.
    if columns is not None:
        vocabulary = dict(columns.trigram_vocabulary)
        left = entries([s.trigrams for s in pa], vocabulary)
        right = columns.trigrams
    else:
        vocabulary = {}
        left = entries([s.trigrams for s in pa], vocabulary)
        right = entries([s.trigrams for s in pb], vocabulary)
    ones_left = np.ones(left.cols.size, dtype=np.float32)
    (shared,) = shared_sums(shape, left, right, len(vocabulary), (ones_left,))
    out[1] = _dice(
        shared,
        np.bincount(left.rows, minlength=shape[0]),
        np.bincount(right.rows, minlength=shape[1]),
    )

    # Character similarity of the normalised strings (C++, all cores).
    out[2] = cdist(
        [s.text for s in pa],
        [s.text for s in pb],
        scorer=Indel.normalized_similarity,
        dtype=np.float32,
        workers=-1,
    )
    return out


def _entry_rarity(sentences: list[_Sentence], entries: Entries, words: list[str]) -> np.ndarray:
    """Rarity weight of each entry (0 for function words)."""
    import numpy as np

    return np.array(
        [
            sentences[i].rarity.get(words[c], 0.0)
            for i, c in zip(entries.rows.tolist(), entries.cols.tolist(), strict=True)
        ],
        dtype=np.float32,
    )


def _dice(shared: np.ndarray, total_a: np.ndarray, total_b: np.ndarray) -> np.ndarray:
    import numpy as np

    denominator = total_a[:, None] + total_b[None, :]
    with np.errstate(divide="ignore", invalid="ignore"):
        dice = np.where(denominator > 0, 2.0 * shared / denominator, 0.0)
    return dice.astype(np.float32)


def _topic_weights(used_by: np.ndarray, n_sentences: int) -> np.ndarray:
    """Weight of each token from the number of sentences (of both articles) using it."""
    import numpy as np

    scale = math.log((n_sentences + 1) / 2)
    with np.errstate(divide="ignore"):
        weights = np.log((n_sentences + 1) / np.maximum(used_by, 1)) / scale
    weights = np.clip(weights, TOPIC_FLOOR, 1.0)
    # A pair's own words (two sentences) always weigh 1, whatever the rounding.
    weights[used_by <= 2] = 1.0
    return weights.astype(np.float32)


def score_matrix(a: Sequence[str], b: Sequence[str], *, topic_weighting: bool = True) -> np.ndarray:
    """Similarity of every sentence of `a` with every sentence of `b`.

    Args:
        a: sentences of one article.
        b: sentences of the other.
        topic_weighting: weigh words by how few of all `a` + `b` sentences use
            them (see the module docstring). It only changes anything for
            words found in three or more sentences, so with one sentence a
            side the result equals `pair_score`; pass False to get
            `pair_score` for every pair of longer lists too.

    Returns:
        float32 array of shape (len(a), len(b)), values in 0..1; at or above
        `ALIGN_THRESHOLD` the two sentences belong in one aligned row.
    """
    return _score_block(a, b, topic_weighting=topic_weighting)


def _score_block(
    a: Sequence[str],
    b: Sequence[str],
    *,
    topic_weighting: bool = True,
    topic_map: dict[str, float] | None = None,
    columns: _Columns | None = None,
) -> np.ndarray:
    """`score_matrix` of `a` x `b`, topic weights from `topic_map` when given
    (`columns`: B read once, for a matrix scored in blocks)."""
    import numpy as np

    features = _features(
        a, b, topic_weighting=topic_weighting, topic_map=topic_map, columns=columns
    )
    z = np.full(features.shape[1:], BIAS, dtype=np.float32)
    for weight, feature in zip(FEATURE_WEIGHTS, features, strict=True):
        z += np.float32(weight) * feature
    # Clipped so that very long texts (merged sentences) cannot overflow exp.
    scores = (1.0 / (1.0 + np.exp(-np.clip(z, -LOGIT_CLIP, LOGIT_CLIP)))).astype(np.float32)
    # The same words in the same order (case, punctuation, spelling variants
    # aside) is the same sentence: say so plainly rather than with the
    # logistic's 0.95 ceiling.
    scores[features[2] >= 1.0] = 1.0
    # A sentence with no words (punctuation only, empty) matches nothing.
    empty_a = np.array([not _WORD.search(s) for s in a], dtype=bool)
    empty_b = np.array([not _WORD.search(s) for s in b], dtype=bool)
    scores[empty_a, :] = 0.0
    scores[:, empty_b] = 0.0
    return scores


def pair_score(a: str, b: str) -> float:
    """Similarity of two sentences in 0..1, equal to `score_matrix([a], [b])[0, 0]`.

    Args:
        a: one sentence (or several joined, for 1:2 merges).
        b: the other.

    Returns:
        The score; at or above `ALIGN_THRESHOLD` they belong in one row.
    """
    return _scored_pairs_python([a], [b], floor=-1.0, topic_weighting=False).get((0, 0), 0.0)


CONTAINED_MIN_TOKENS = 6
"""A sentence this short is too common a phrase to count as quoted in another."""
CONTAINED_RATIO = 90.0
"""`partial_ratio` at which the shorter sentence stands nearly verbatim in the longer."""


def contained(a: str, b: str) -> bool:
    """Whether the shorter sentence stands nearly word for word inside the longer.

    One outlet quoting a sentence that another wraps in attribution ("… said
    while Crow was demonised: 'The only working-class people …'") scores low
    as a paraphrase (half the words are new) yet is plainly the same line.
    Symmetric in `a` and `b`.
    """
    pa, pb = _prepare(a), _prepare(b)
    short, long_ = (pa, pb) if len(pa.tokens) <= len(pb.tokens) else (pb, pa)
    if len(short.tokens) < CONTAINED_MIN_TOKENS:
        return False
    from rapidfuzz import fuzz

    return fuzz.partial_ratio(short.text, long_.text) >= CONTAINED_RATIO


def scored_pairs(a: Sequence[str], b: Sequence[str], floor: float) -> dict[tuple[int, int], float]:
    """The best-scoring pairs of sentences, with their `score_matrix` scores.

    A pair is kept when it scores at least `floor` and is among the
    `CANDIDATES_PER_SENTENCE` best partners of its A sentence or of its B
    sentence (nearest in position first among equal scores), so repeated
    lines keep a bounded number of pairs each. Small inputs are scored in
    plain Python, large ones with numpy in blocks of rows, each distinct
    sentence text scored once; both give the scores `score_matrix` gives (to
    float32 rounding).

    Args:
        a: sentences of one article.
        b: sentences of the other.
        floor: the lowest score worth keeping.

    Returns:
        `{(i, j): score}` for the kept pairs, in (i, j) order.
    """
    if len(a) * len(b) <= SMALL_PAIRS:
        pairs = _scored_pairs_python(a, b, floor=floor, topic_weighting=True)
        return keep_best(pairs, CANDIDATES_PER_SENTENCE)
    # Each distinct text is scored once (a line printed 8,000 times is one
    # row), in blocks of rows: the features of a whole 2,500 x 2,500 matrix
    # (50k-word articles) take hundreds of MB, a block a few tens.
    topic_map = _topic_weight_map([_prepare(s) for s in (*a, *b)])
    texts_a, class_a = distinct(a)
    texts_b, class_b = distinct(b)
    if len(texts_a) * len(texts_b) > DENSE_LIMIT:
        rows, cols, values = _sparse_pairs(texts_a, texts_b, topic_map, floor)
    else:
        step = max(1, BLOCK_PAIRS // max(len(texts_b), 1))
        best = BestPairs(len(texts_b), CANDIDATES_PER_SENTENCE)
        # B is read once when there are several blocks (one block reads it as before).
        columns = _Columns(texts_b) if step < len(texts_a) else None
        for start in range(0, len(texts_a), step):
            scores = _score_block(
                texts_a[start : start + step], texts_b, topic_map=topic_map, columns=columns
            )
            best.add(start, scores, floor)
        rows, cols, values = best.arrays()
    if len(texts_a) < len(a) or len(texts_b) < len(b):
        rows, cols, values = expand_repeats(rows, cols, values, class_a, class_b)
    return as_dict(rows, cols, values)


def _sparse_pairs(
    texts_a: list[str], texts_b: list[str], topic_map: dict[str, float], floor: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Scores of candidate pairs only, for inputs too large to score every pair.

    Each A text is scored with the B texts near its proportional place
    (`SPARSE_BAND` either side of the diagonal) and with those sharing a
    content word that at most `SPARSE_POSTINGS` B texts use: a repeated or
    near-identical line (a tiny vocabulary, thousands of lines) costs a
    bounded number of pairs, so the work grows with the number of lines.
    Rows are scored in blocks against the union of their candidates, and
    each keeps its `CANDIDATES_PER_SENTENCE` best before columns choose theirs.
    """
    import numpy as np

    n_a, n_b = len(texts_a), len(texts_b)
    postings: dict[str, list[int]] = {}
    for j, text in enumerate(texts_b):
        for token in _prepare(text).rarity:
            postings.setdefault(token, []).append(j)
    out_i: list[np.ndarray] = []
    out_j: list[np.ndarray] = []
    out_v: list[np.ndarray] = []
    start = 0
    while start < n_a:
        block: list[set[int]] = []
        union: set[int] = set()
        while start + len(block) < n_a and len(block) < SPARSE_ROWS:
            i = start + len(block)
            centre = int((i + 0.5) * n_b / n_a)
            mine = set(range(max(0, centre - SPARSE_BAND), min(n_b, centre + SPARSE_BAND + 1)))
            for token in _prepare(texts_a[i]).rarity:
                used = postings.get(token, ())
                if len(used) <= SPARSE_POSTINGS:
                    mine.update(used)
            block.append(mine)
            union |= mine
            if len(union) * len(block) >= BLOCK_PAIRS:
                break
        cols = np.array(sorted(union), dtype=np.int64)
        scores = _score_block(
            texts_a[start : start + len(block)], [texts_b[j] for j in cols], topic_map=topic_map
        )
        where = np.full(n_b, -1, dtype=np.int64)
        where[cols] = np.arange(cols.size)
        block_rows = np.concatenate(
            [np.full(len(mine), r, dtype=np.int64) for r, mine in enumerate(block)]
        )
        block_cols = where[np.fromiter((j for mine in block for j in mine), dtype=np.int64)]
        candidate = np.full(scores.shape, -1.0, dtype=np.float32)
        candidate[block_rows, block_cols] = scores[block_rows, block_cols]
        candidate[candidate < floor] = -1.0
        # Each row's best `CANDIDATES_PER_SENTENCE` (columns keep theirs below).
        cap = min(CANDIDATES_PER_SENTENCE, cols.size)
        top = np.argpartition(-candidate, cap - 1, axis=1)[:, :cap]
        values = np.take_along_axis(candidate, top, axis=1)
        r, k = np.nonzero(values >= 0)
        out_i.append(r + start)
        out_j.append(cols[top[r, k]])
        out_v.append(values[r, k])
        start += len(block)
    return best_of_each(
        np.concatenate(out_i), np.concatenate(out_j), np.concatenate(out_v), CANDIDATES_PER_SENTENCE
    )


def _scored_pairs_python(
    a: Sequence[str], b: Sequence[str], *, floor: float, topic_weighting: bool
) -> dict[tuple[int, int], float]:
    """`score_matrix` pair by pair, without numpy: the same four features and weights."""
    from rapidfuzz.distance import Indel

    pa = [_prepare(s) for s in a]
    pb = [_prepare(s) for s in b]
    weight = _topic_weight_map(pa + pb) if topic_weighting else {}
    totals_a = [_totals(s, weight) for s in pa]
    totals_b = [_totals(s, weight) for s in pb]
    similarity = Indel.normalized_similarity
    w_word, w_phrase, w_char, w_new = FEATURE_WEIGHTS
    z_floor = _logit_floor(floor)
    out: dict[tuple[int, int], float] = {}
    for i, (sa, (topic_a, rare_a)) in enumerate(zip(pa, totals_a, strict=True)):
        if not sa.tokens:
            continue
        for j, (sb, (topic_b, rare_b)) in enumerate(zip(pb, totals_b, strict=True)):
            if not sb.tokens:
                continue
            char = similarity(sa.text, sb.text)
            if char >= 1.0:
                score = 1.0
            else:
                shared = sa.words & sb.words
                # At most: every shared word at full weight, no phrase shared, no
                # new content. Most pairs of two articles fall short of the floor
                # even so, and need no more features.
                total = topic_a + topic_b
                most = min(1.0, 2.0 * len(shared) / total) if total else 0.0
                if BIAS + w_word * most + w_char * char < z_floor:
                    continue
                shared_topic = sum(weight.get(t, 1.0) for t in shared)
                word = 2.0 * shared_topic / total if total else 0.0
                n_tri = len(sa.trigrams) + len(sb.trigrams)
                phrase = 2.0 * len(sa.trigrams & sb.trigrams) / n_tri if n_tri else 0.0
                new_a = rare_a - sum(sa.rarity.get(t, 0.0) for t in shared)
                new_b = rare_b - sum(sb.rarity.get(t, 0.0) for t in shared)
                new = max(min(new_a, new_b), 0.0)
                z = BIAS + w_word * word + w_phrase * phrase + w_char * char + w_new * new
                score = 1.0 / (1.0 + math.exp(-min(max(z, -LOGIT_CLIP), LOGIT_CLIP)))
            if score >= floor:
                out[i, j] = score
    return out


def _logit_floor(floor: float) -> float:
    """The logit below which a pair scores under `floor`, less `BOUND_MARGIN`;
    -inf when no floor applies (outside 0..1) or when the weights' signs would
    let phrase overlap or new content raise a score (the bound assumes not)."""
    w_word, w_phrase, _, w_new = FEATURE_WEIGHTS
    if not 0.0 < floor < 1.0 or w_word < 0.0 or w_phrase > 0.0 or w_new > 0.0:
        return -math.inf
    return math.log(floor / (1.0 - floor)) - BOUND_MARGIN


def _topic_weight_map(sentences: list[_Sentence]) -> dict[str, float]:
    """Topic weight of each content token used by three or more sentences (others weigh 1)."""
    used_by: dict[str, int] = {}
    for s in sentences:
        for t in s.words:
            used_by[t] = used_by.get(t, 0) + 1
    content = {t for s in sentences for t in s.rarity}
    n = len(sentences)
    if n < 3:
        return {}
    scale = math.log((n + 1) / 2)
    return {
        t: min(1.0, max(TOPIC_FLOOR, math.log((n + 1) / count) / scale))
        for t, count in used_by.items()
        if count > 2 and t in content
    }


def _totals(s: _Sentence, weight: dict[str, float]) -> tuple[float, float]:
    """A sentence's summed topic weight and summed rarity."""
    return sum(weight.get(t, 1.0) for t in s.words), sum(s.rarity.values())


def word_matches(sentence: str) -> list[re.Match[str]]:
    """The words and numbers of a sentence as the features read them."""
    return list(_WORD.finditer(sentence))


def normalised_tokens(sentence: str) -> tuple[str, ...]:
    """The `normalise_token` form of each of `word_matches(sentence)`, in order (cached)."""
    return _prepare(sentence).tokens


def content_rarity(sentence: str) -> dict[str, float]:
    """Rarity weight of each normalised content token of a sentence (cached)."""
    return _prepare(sentence).rarity


def content_words(sentence: str) -> Iterable[str]:
    """The distinct normalised content tokens of a sentence (function words out)."""
    return _prepare(sentence).rarity.keys()
