"""Cleaning rule for teasers: headline-like lines for another story, inside the article.

A rule weighs a line against the rest of the article (how many of its content words
recur), so it runs after the rules that judge a line on its own (see `clean.RULES`).
"""

from __future__ import annotations

from collections import Counter

from newsdiff.core.text.clean_rules import (
    BULLET_START,
    ArticleLines,
    RemovalReason,
    ends_sentence,
    has_inner_sentence_end,
    is_latin,
    normalised_words,
    starts_lower,
)
from newsdiff.core.words.function_words import ARTICLES, TOPICLESS_WORDS

_STEM_LETTERS = 5
"""Content words are cut to this many letters, so "deepened" meets "deepening"."""
_MIN_CONTENT_WORD_LETTERS = 3
"""Shorter words carry no topic."""
_MAX_AFFIX_EXTRA_WORDS = 5
"""A teaser pair's second line is the first plus at most this many words."""
_MIN_TEASER_WORDS = 4
"""Teaser lines are at least this long ..."""
_MAX_TEASER_WORDS = 30
"""... and at most this long."""
_MIN_SINGLE_TEASER_WORDS = 6
"""A teaser without its pair must be this long, so a short crosshead stays."""
_MIN_TEASER_STEMS = 4
"""... and hold this many content words, so its overlap with the article means something."""
_MAX_TEASER_OVERLAP = 0.25
"""A teaser shares under a quarter of its content words with the article; a
crosshead summarises what follows and shares most of them."""
_MAX_PAIR_OVERLAP = 0.34
"""A line followed by a near copy of itself is surely not prose, so a teaser pair
may share a little more with the article."""


def _stems(text: str) -> set[str]:
    """Content words cut to five letters, so "deepened" meets "deepening"."""
    return {
        w[:_STEM_LETTERS]
        for w in normalised_words(text)
        if len(w) >= _MIN_CONTENT_WORD_LETTERS and w.isalpha()
    } - TOPICLESS_WORDS


def _overlap(article: ArticleLines, counts: Counter[str], lines: tuple[int, ...]) -> float:
    """Share of the content words of lines[0] found elsewhere in the kept article."""
    own = Counter(s for i in lines for s in _stems(article.text[i]))
    stems = _stems(article.text[lines[0]])
    shared = sum(1 for s in stems if counts[s] > own[s])
    return shared / len(stems) if stems else 1.0


def _affix_duplicate(first: list[str], second: list[str]) -> bool:
    """True when one word list starts or ends with the whole other, plus a few words."""
    short, long_ = sorted((first, second), key=len)
    extra = len(long_) - len(short)
    return 0 < extra <= _MAX_AFFIX_EXTRA_WORDS and (
        long_[: len(short)] == short or long_[extra:] == short
    )


_MAX_HEADLINE_WORDS = 20
"""A headline is one short clause of at most this many words."""
_MAX_HEADLINE_ARTICLES = 1
"""Headlines drop articles ("the", "a"); prose this short hardly uses fewer than two."""


def _headline_shaped(text: str) -> bool:
    """One short clause in headline style: no sentence end, not leading into a quote
    or list, not a list item, and at most one article ("the", "a"), which headlines
    drop and prose of this length hardly can."""
    words = normalised_words(text)
    return (
        len(words) <= _MAX_HEADLINE_WORDS
        and sum(w in ARTICLES for w in words) <= _MAX_HEADLINE_ARTICLES
        and not ends_sentence(text)
        and text[-1] not in ",;:"
        and not text.startswith(BULLET_START)
        and not starts_lower(text)
        and not has_inner_sentence_end(text)
    )


def remove_teasers(article: ArticleLines) -> None:
    """Headline-like lines for another story, mid-article, sharing few words with it.

    A teaser often comes as a pair (image alt text, then the linked headline),
    one line a near copy of the other.
    """
    counts: Counter[str] | None = None  # content words of the article, built on first need
    for i in article.body():
        if not (
            article.kept(i)
            and _MIN_TEASER_WORDS <= article.words[i] <= _MAX_TEASER_WORDS
            and is_latin(article.text[i])
        ):
            continue
        after = article.neighbour(i, 1)
        pair = (
            after
            if after is not None
            and article.kept(after)
            and _affix_duplicate(
                normalised_words(article.text[i]), normalised_words(article.text[after])
            )
            else None
        )
        single = (
            pair is None
            and article.words[i] >= _MIN_SINGLE_TEASER_WORDS
            and _headline_shaped(article.text[i])
            and len(_stems(article.text[i])) >= _MIN_TEASER_STEMS
        )
        if pair is None and not single:
            continue
        if counts is None:
            counts = Counter(
                s for j in article.nonblank if article.kept(j) for s in _stems(article.text[j])
            )
        if pair is not None and _overlap(article, counts, (i, pair)) < _MAX_PAIR_OVERLAP:
            article.remove(i, RemovalReason.TEASER)
            article.remove(pair, RemovalReason.TEASER)
        elif single and _overlap(article, counts, (i,)) < _MAX_TEASER_OVERLAP:
            article.remove(i, RemovalReason.TEASER)
