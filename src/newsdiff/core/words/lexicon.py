"""English word list and US/UK spelling pairs, loaded lazily from `newsdiff/lexicon/`.

The data comes from SCOWL (see `lexicon/README.md`). Every word carries a
SCOWL size level: 10 for the most common words up to 70 for rare ones, so the
level doubles as a rough frequency rank. Nothing is read at import time.

The word list (134k words) is stored so that a lookup pays only for the
words it could be: `words.idx` is plain text, words grouped by their first
three letters, with an index of where each group starts. The first lookup
reads the file (about a millisecond) and the small index; each group is split
into a dict only when a word of that prefix is looked up. A news article
touches a few hundred of the 4,500 groups, so one comparison materialises
about a third of the list instead of all of it (loading every word into sets
took 45-60 ms, most of a one-shot diff's budget).
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

# Apostrophes and hyphens as scraped news writes them.
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "′": "'"})
_HYPHENS = ("-", "‐", "‑")

# The data ships as package data next to `core/` (pyproject: "lexicon/*").
LEXICON_DIR = Path(__file__).resolve().parents[2] / "lexicon"

INDEX_FORMAT = "newsdiff-lexicon 1"
"""First line of `words.idx` (scripts/build_lexicon.py writes the file)."""
PREFIX = 3
"""Words are grouped by this many leading characters of their lower-case form."""
LEVELS = (10, 20, 35, 40, 50, 55, 60, 70)
"""SCOWL size levels in the list. A word's code is one letter: "a".."h" for an
ordinary word at LEVELS[0..7], "A".."H" for a word SCOWL lists only capitalised
(a name or acronym)."""
_LEVEL_OF = {chr(ord("a") + i): lv for i, lv in enumerate(LEVELS)} | {
    chr(ord("A") + i): lv for i, lv in enumerate(LEVELS)
}


def _read(name: str) -> str:
    return gzip.decompress((LEXICON_DIR / name).read_bytes()).decode("utf-8")


@dataclass(frozen=True, slots=True)
class _WordIndex:
    """The word list as prefix groups, each split into a dict on first use."""

    words: str
    """Every word, space-separated, grouped by prefix (group order as in `starts`)."""
    codes: str
    """One code letter per word, in the order of `words`."""
    starts: dict[str, tuple[int, int, int]]
    """prefix -> (start and end offset in `words`, number of the group's first word)."""
    groups: dict[str, dict[str, str]] = field(default_factory=dict)
    """prefix -> {word: code}, filled as prefixes are looked up."""

    def code(self, key: str) -> str | None:
        """The code letter of a lower-case word, or None when it is not listed."""
        prefix = key[:PREFIX]
        group = self.groups.get(prefix)
        if group is None:
            group = self._group(prefix)
        return group.get(key)

    def _group(self, prefix: str) -> dict[str, str]:
        span = self.starts.get(prefix)
        group: dict[str, str] = {}
        if span is not None:
            start, end, first = span
            words = self.words[start:end].split(" ")
            group = dict(zip(words, self.codes[first : first + len(words)], strict=True))
        # Racing threads build the same dict; either one may win.
        self.groups[prefix] = group
        return group

    def entries(self, first_letter: str = "") -> Iterator[tuple[str, str]]:
        """(word, code) for every word, or for those starting with `first_letter`."""
        # Groups are stored in prefix order, so one letter's groups are one
        # slice of the word line: split it once instead of group by group.
        spans = [span for prefix, span in self.starts.items() if prefix.startswith(first_letter)]
        if not spans:
            return iter(())
        start, first = spans[0][0], spans[0][2]
        words = self.words[start : spans[-1][1]].split(" ")
        return zip(words, self.codes[first : first + len(words)], strict=True)


@cache
def _word_index() -> _WordIndex:
    """Read words.idx: format line, prefixes, offsets, first word numbers, codes, words."""
    text = (LEXICON_DIR / "words.idx").read_text(encoding="utf-8")
    head, prefixes, offsets, firsts, codes, words = text.split("\n", 5)
    if head != INDEX_FORMAT:
        raise ValueError(f"{LEXICON_DIR / 'words.idx'}: not a {INDEX_FORMAT} file")
    words = words.rstrip("\n")
    bounds = [int(x) for x in offsets.split()]
    numbers = [int(x) for x in firsts.split()]
    starts = {
        prefix: (bounds[i], bounds[i + 1] - 1, numbers[i])
        for i, prefix in enumerate(prefixes.split())
    }
    return _WordIndex(words, codes, starts)


@cache
def _regional_pairs() -> frozenset[str]:
    """Every "american<TAB>british" line of regional.tsv.gz, as written."""
    return frozenset(_read("regional.tsv.gz").splitlines())


def normalize(word: str) -> str:
    """Lower-case a word and unify curly apostrophes, for lookups."""
    return word.strip().translate(_APOSTROPHES).lower()


def _strip_possessive(word: str) -> str:
    if word.endswith("'s") and len(word) > 2:
        return word[:-2]
    if word.endswith("s'"):
        return word[:-1]
    return word


def _level_of_simple(word: str) -> int | None:
    index = _word_index()
    code = index.code(word)
    if code is None:
        stem = _strip_possessive(word)
        if stem != word:
            code = index.code(stem)
    return None if code is None else _LEVEL_OF[code]


def word_level(word: str) -> int | None:
    """How common a word is, as its SCOWL size level.

    Args:
        word: a word as written (any case, curly apostrophes, possessive 's,
            hyphenated compounds allowed).

    Returns:
        10 for the most common words, up to 70 for rare ones; None when the
        word is not in the list (a name, a misspelling, a number). A hyphenated
        compound gets the level of its rarest part.
    """
    key = normalize(word)
    if not key or not any(ch.isalpha() for ch in key):
        return None
    level = _level_of_simple(key)
    if level is not None:
        return level
    if any(h in key for h in _HYPHENS):
        for h in _HYPHENS[1:]:
            key = key.replace(h, "-")
        parts = [p for p in key.split("-") if p]
        if len(parts) < 2:
            return None
        levels = [_level_of_simple(p) for p in parts]
        if any(lv is None for lv in levels):
            return None
        return max(lv for lv in levels if lv is not None)
    return None


def is_word(word: str) -> bool:
    """True when `word` is an English word or a listed name (case-insensitive).

    Handles possessives ("leader's", "leaders'") and hyphenated compounds
    ("long-range" is a word when "long" and "range" are).
    """
    return word_level(word) is not None


def is_common_word(word: str) -> bool:
    """True when `word` is an ordinary lower-case English word (not only a name)."""
    key = normalize(word)
    index = _word_index()
    return any(
        (code := index.code(k)) is not None and code.islower()
        for k in (key, _strip_possessive(key))
    )


def is_common_key(key: str) -> bool:
    """`is_common_word` for a key already normalised (lower case, straight
    apostrophes, no possessive), as spelling suggestions generate them."""
    code = _word_index().code(key)
    return code is not None and code.islower()


def is_known_name(word: str) -> bool:
    """True when SCOWL lists `word` only capitalised: a name, an acronym (Paris, NATO)."""
    code = _word_index().code(_strip_possessive(normalize(word)))
    return code is not None and code.isupper()


def regional_variant(a: str, b: str) -> bool:
    """True when `a` and `b` are the US and UK spellings of one word (either order).

    Only the built list is consulted (color/colour, tire/tyre, plow/plough);
    `newsdiff.core.words.spelling` adds rule-based families for words not listed.
    """
    ka, kb = normalize(a), normalize(b)
    if ka == kb:
        return False
    if _listed_pair(ka, kb):
        return True
    sa, sb = _strip_possessive(ka), _strip_possessive(kb)
    return (sa != ka) == (sb != kb) and _listed_pair(sa, sb)


def _listed_pair(a: str, b: str) -> bool:
    pairs = _regional_pairs()
    return f"{a}\t{b}" in pairs or f"{b}\t{a}" in pairs


def common_words(first_letter: str = "", max_level: int = 70) -> list[tuple[str, int]]:
    """Ordinary (not only capitalised) words up to a SCOWL level, with their levels.

    Args:
        first_letter: only words starting with this (lower-case) text; "" for all.
        max_level: the rarest level to include.
    """
    wanted = {code: level for code, level in _LEVEL_OF.items() if code.islower()}
    wanted = {code: level for code, level in wanted.items() if level <= max_level}
    return [
        (word, wanted[code]) for word, code in _word_index().entries(first_letter) if code in wanted
    ]


def load() -> None:
    """Load every data file now (for callers who want the cost up front)."""
    index = _word_index()
    for prefix in index.starts:
        index.code(prefix)
    _regional_pairs()
