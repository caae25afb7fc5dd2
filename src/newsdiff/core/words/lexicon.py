"""English word list and US/UK spelling pairs, loaded lazily from `newsdiff/lexicon/`.

The data comes from SCOWL (see `lexicon/README.md`). Every word carries a
SCOWL size level: 10 for the most common words up to 70 for rare ones, so the
level doubles as a rough frequency rank. Nothing is read at import time.

The word list (134k words) is stored so that a lookup pays only for the
words it could be: `words.idx` is plain text, words grouped by their first
three letters, with an index of where each group starts. The first lookup
reads the file and splits the short index lines; a word is then found by a
substring search of the file's bytes within its group, and nothing else is
decoded or split (loading every word into sets took 45-60 ms, most of a
one-shot diff's budget; splitting the groups a news article touches into
dicts, 6-9 ms).
"""

from __future__ import annotations

import os
from bisect import bisect_left
from collections.abc import Iterator
from functools import cache, lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import mmap

# Apostrophes and hyphens as scraped news writes them.
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "′": "'"})
_HYPHENS = ("-", "‐", "‑")

# The data ships as package data next to `core/` (pyproject: "lexicon/*").
LEXICON_DIR = os.path.join(
    os.path.dirname(os.path.dirname(os.path.dirname(os.path.realpath(__file__)))), "lexicon"
)
"""The folder of the data files (the package's `lexicon/`), as a plain path: a
one-shot run has no other use for pathlib, whose import costs it ~3 ms."""

INDEX_FORMAT = "newsdiff-lexicon 2"
"""First line of `words.idx` (scripts/build_lexicon.py writes the file); format 2
gives the group offsets in UTF-8 bytes."""
PREFIX = 3
"""Words are grouped by this many leading characters of their lower-case form."""
LEVELS = (10, 20, 35, 40, 50, 55, 60, 70)
"""SCOWL size levels in the list. A word's code is one letter: "a".."h" for an
ordinary word at LEVELS[0..7], "A".."H" for a word SCOWL lists only capitalised
(a name or acronym)."""
_LEVEL_OF = {chr(ord("a") + i): lv for i, lv in enumerate(LEVELS)} | {
    chr(ord("A") + i): lv for i, lv in enumerate(LEVELS)
}


class _WordIndex:
    """The word list as read from words.idx, looked up in place.

    A word is found inside its prefix group of the word line (a substring
    search of the file's bytes, bounded by the group's offsets), and its code
    by counting the words before it; each answer is kept. Nothing is decoded,
    split or parsed beyond the short index lines: materialising the groups a
    news article touches as dicts (40k words) cost more than the lookups
    themselves, and decoding the 1.5 MB file about a millisecond. A group is
    found by bisecting the sorted prefixes, its offsets read when it is first
    used (a dict of all 4.5k prefixes took most of the reading of the index).
    """

    __slots__ = ("_codes", "_data", "_ends", "_firsts", "_group", "_known", "_prefixes", "_words")

    def __init__(self, data: bytes | mmap.mmap) -> None:
        path = os.path.join(LEXICON_DIR, "words.idx")
        (prefixes, offsets, firsts), codes = index_head(data, 3, INDEX_FORMAT, path)
        codes_end = data.find(b"\n", codes)
        if codes_end < 0:
            raise ValueError(f"{path}: not a {INDEX_FORMAT} file")
        self._data = data
        self._codes = codes  # where the code letters start in `_data`
        self._words = codes_end + 1  # where the word line starts
        self._prefixes = prefixes.split()  # UTF-8, sorted: group g has prefix g
        # Byte offset of each group in the word line (and one past the last), and
        # the number of each group's first word, as written: read as ints when used.
        self._ends = offsets.split()
        self._firsts = firsts.split()
        # By prefix: where its group's words start and end in `_data`, and where
        # the code of its first word is; None for a prefix no word has (kept).
        self._group = cache(self._span)
        self._known: dict[str, str | None] = {}  # codes looked up so far, by word

    def code(self, key: str) -> str | None:
        """The code letter of a lower-case word, or None when it is not listed."""
        code = self._known.get(key, "")
        if code == "":
            code = self._known[key] = self._find(key)
        return code

    def _find(self, key: str) -> str | None:
        if " " in key or "\n" in key:
            return None  # a space would span two listed words
        group = self._group(key[:PREFIX])
        if group is None:
            return None
        start, end, first = group
        word = key.encode("utf-8", "surrogatepass")
        words = self._data[start:end]
        size = len(word)
        if words.startswith(word) and (size == len(words) or words[size] == 0x20):
            pos = 0  # the group's first word
        elif (inside := words.find(b" " + word + b" ")) >= 0:
            pos = inside + 1
        elif words.endswith(b" " + word):
            pos = len(words) - size  # its last word
        else:
            return None
        nth = words.count(b" ", 0, pos)
        return chr(self._data[first + nth])

    def _span(self, prefix: str) -> tuple[int, int, int] | None:
        """`_group`'s answer for `prefix`, read from the index lines."""
        number = group_number(self._prefixes, prefix)
        if number is None:
            return None
        return (
            self._words + int(self._ends[number]),
            self._words + int(self._ends[number + 1]) - 1,
            self._codes + int(self._firsts[number]),
        )

    def entries(self, first_letter: str = "") -> Iterator[tuple[str, str]]:
        """(word, code) for every word, or for those starting with `first_letter`."""
        # Groups are stored in prefix order, so one letter's groups are one
        # slice of the word line: split it once instead of group by group.
        letter = first_letter.encode("utf-8", "surrogatepass")
        low = bisect_left(self._prefixes, letter)
        high = low
        while high < len(self._prefixes) and self._prefixes[high].startswith(letter):
            high += 1
        return self._slice(low, high) if low < high else iter(())

    def group(self, prefix: str) -> Iterator[tuple[str, str]]:
        """(word, code) for every word whose first `PREFIX` characters are `prefix`."""
        number = group_number(self._prefixes, prefix)
        return iter(()) if number is None else self._slice(number, number + 1)

    def _slice(self, low: int, high: int) -> Iterator[tuple[str, str]]:
        """(word, code) for every word of the groups `low` to `high - 1` (one slice)."""
        start = self._words + int(self._ends[low])
        end = self._words + int(self._ends[high]) - 1
        first = self._codes + int(self._firsts[low])
        words = self._data[start:end].decode("utf-8").split(" ")
        return zip(words, self._data[first : first + len(words)].decode("ascii"), strict=True)


def group_number(prefixes: list[bytes], prefix: str) -> int | None:
    """The number of `prefix`'s group in the sorted UTF-8 `prefixes` of an index
    file (words.idx, paraphrases.idx), or None when it has none."""
    key = prefix.encode("utf-8", "surrogatepass")
    number = bisect_left(prefixes, key)
    if number < len(prefixes) and prefixes[number] == key:
        return number
    return None


def index_head(data: bytes | mmap.mmap, count: int, fmt: str, path: str) -> tuple[list[bytes], int]:
    """The `count` lines after the format line of an index file (words.idx,
    paraphrases.idx), as bytes, and where the rest of the file starts; a
    ValueError when the file does not start with the format line `fmt`."""
    lines: list[bytes] = []
    start = 0
    for _ in range(count + 1):
        end = data.find(b"\n", start)
        if end < 0:
            raise ValueError(f"{path}: not a {fmt} file")
        lines.append(data[start:end])
        start = end + 1
    if lines[0] != fmt.encode():
        raise ValueError(f"{path}: not a {fmt} file")
    return lines[1:], start


@cache
def _word_index() -> _WordIndex:
    """Read words.idx: format line, prefixes, offsets, first word numbers, codes, words."""
    return _WordIndex(map_file(os.path.join(LEXICON_DIR, "words.idx")))


def map_file(path: str) -> bytes | mmap.mmap:
    """A data file's bytes, memory-mapped where the system allows: only the pages
    lookups touch are read (reading all of words.idx took most of a millisecond)."""
    with open(path, "rb") as file:
        try:
            import mmap  # here: a process that never looks a word up never loads it

            return mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
        except (ImportError, OSError, ValueError):  # no mmap here, or an empty file
            return file.read()


@cache
def _regional_text() -> str:
    """regional.tsv as written (a newline after every line), with a newline in front."""
    # Plain text: decompressing it (and importing gzip) cost more than reading it.
    with open(os.path.join(LEXICON_DIR, "regional.tsv"), encoding="utf-8") as file:
        return "\n" + file.read()


@cache
def _regional_pairs(first: str) -> frozenset[str]:
    """The "american<TAB>british" lines of regional.tsv whose American spelling starts
    with the character `first`, as written.

    The file is sorted, so they are one stretch of it, found by bisection, and only
    that stretch is split: splitting all 8k lines took 1-2 ms, and a typo scan checks
    a word or two.
    """
    text = _regional_text()
    start, end = _line_from(text, first, above=False), _line_from(text, first, above=True)
    return frozenset(text[start + 1 : end].split("\n")) if start < end else frozenset()


def _line_from(text: str, first: str, *, above: bool) -> int:
    """The offset of the newline opening the first line of `text` whose first character
    is not below `first` (with `above`: is above it), or of the final newline when no
    line's is. `text` is sorted lines, each after a newline, the last one too."""
    lo, hi = 0, len(text) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        line = text.rfind("\n", 0, mid + 1)  # the newline opening the line at `mid`
        if text[line + 1] > first if above else text[line + 1] >= first:
            hi = line
        else:
            lo = mid + 1
    return lo


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
    # Most keys are letters only: `isalpha` answers those without a loop.
    if not (key.isalpha() or any(ch.isalpha() for ch in key)):
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


COMMON_GROUP_CACHE = 512
"""Word groups `common_keys` keeps split: an article's typos touch a few dozen."""


@lru_cache(maxsize=COMMON_GROUP_CACHE)
def common_keys(prefix: str) -> frozenset[str]:
    """The keys `is_common_key` accepts whose first `PREFIX` characters are `prefix`:
    one group split whole, for a caller asking about many of its words (a typo's
    one-edit variants mostly keep its first letters, and each lookup in place
    searches the group's bytes anew)."""
    return frozenset(word for word, code in _word_index().group(prefix) if code.islower())


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
    # Both possessive: their stems (neither: the pair just looked up).
    return sa != ka and sb != kb and _listed_pair(sa, sb)


def _listed_pair(a: str, b: str) -> bool:
    # Either order: the line is filed under its American spelling's first letter.
    return bool(a and b) and (
        f"{a}\t{b}" in _regional_pairs(a[0]) or f"{b}\t{a}" in _regional_pairs(b[0])
    )


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
    _word_index()
    _regional_text()
