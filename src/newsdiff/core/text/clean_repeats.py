"""Cleaning rule for repeated lines: a line already read, exactly or nearly.

A headline repeated without the outlet's name, a sentence with a credit appended:
removing the later copy loses no word. Runs after captions and teasers (see
`clean.RULES`), so the prose copy of a caption is the one that stays.
"""

from __future__ import annotations

from newsdiff.core.text.clean_credits import is_credit
from newsdiff.core.text.clean_rules import (
    ArticleLines,
    RemovalReason,
    ends_sentence,
    is_prose,
    normalised_words,
)

_MIN_NEAR_COPY_WORDS = 5
"""Near copies are only looked for in lines of at least this many words."""
_MAX_NEAR_COPY_WORDS = 60
"""... and at most this many: headlines, captions, teasers, not long paragraphs."""
_MIN_REPEATED_SENTENCE_WORDS = 10
"""A short sentence may rightly recur ("All those opposed say no." in a transcript);
a long one repeated word for word is a scraping artefact."""
_MAX_ADDED_WORDS = 3
"""A later copy may add this many words ("Donald Trump" before a teaser) and still be
a copy; more is only allowed when the addition is a credit."""


def _word_cuts(key: str) -> list[int]:
    """Offsets in a space-joined word string where each word ends."""
    cuts, end = [], -1
    for word in key.split(" "):
        end += len(word) + 1
        cuts.append(end)
    return cuts


class _SeenLines:
    """Kept lines so far, as normalised strings, with the long prefixes and suffixes
    of short header lines, so a near copy is found by dict look-ups (linear work)."""

    def __init__(self) -> None:
        self.full: dict[str, int] = {}
        self.affixes: dict[str, int] = {}

    def add(self, key: str, i: int, in_header: bool) -> None:
        self.full.setdefault(key, i)
        cuts = _word_cuts(key)
        n = len(cuts)
        if not in_header or not _MIN_NEAR_COPY_WORDS <= n <= _MAX_NEAR_COPY_WORDS:
            return
        for k in range(max(_MIN_NEAR_COPY_WORDS, n // 2), n):
            self.affixes.setdefault(key[: cuts[k - 1]], i)  # first k words
            self.affixes.setdefault(key[cuts[n - k - 1] + 1 :], i)  # last k words


def _earlier_copy(article: ArticleLines, i: int, key: str, seen: _SeenLines) -> int | None:
    """The earlier kept line that line i repeats, if any."""
    n = key.count(" ") + 1
    original = seen.full.get(key)
    if original is not None:
        short_sentence = ends_sentence(article.text[i]) and n < _MIN_REPEATED_SENTENCE_WORDS
        return None if short_sentence else original
    if not _MIN_NEAR_COPY_WORDS <= n <= _MAX_NEAR_COPY_WORDS:
        return None
    # Line i is the start or end of an earlier header line (a headline the first
    # time shown with the outlet's name): nothing is lost by removing it.
    original = seen.affixes.get(key)
    if original is not None:
        return original
    # Line i is an earlier line plus a few words, or plus a credit.
    cuts = _word_cuts(key)
    for k in range(max(_MIN_NEAR_COPY_WORDS, n // 2), n):
        for part in (key[: cuts[k - 1]], key[cuts[n - k - 1] + 1 :]):
            original = seen.full.get(part)
            if original is not None and (
                n - k <= _MAX_ADDED_WORDS or _added_text_is_credit(article, i, original)
            ):
                return original
    return None


def _added_text_is_credit(article: ArticleLines, i: int, original: int) -> bool:
    """True when line i is line `original` with a photo credit before or after it."""
    text, earlier = article.text[i], article.text[original]
    if text.startswith(earlier):
        return is_credit(text[len(earlier) :].strip())
    if text.endswith(earlier):
        return is_credit(text[: -len(earlier)].strip())
    return False


def remove_repeated_lines(article: ArticleLines) -> None:
    """Lines that repeat an earlier kept line: exactly, or nearly (a headline without
    the outlet name the first copy had, a sentence with a credit appended).

    Lines are compared as lower-case words without punctuation.
    """
    seen = _SeenLines()
    headline = article.headline
    prose = article.prose_lines()
    first_prose = prose[0] if prose else len(article.lines)
    for i in article.nonblank:
        if not article.kept(i):
            continue
        key = " ".join(normalised_words(article.text[i]))
        if not key:
            continue
        original = _earlier_copy(article, i, key, seen)
        if original is None:
            seen.add(key, i, in_header=i < first_prose)
        elif original == headline and not is_prose(article.text[original]):
            article.remove(i, RemovalReason.REPEATED_HEADLINE)
        else:
            article.remove(i, RemovalReason.REPEATED_LINE)
