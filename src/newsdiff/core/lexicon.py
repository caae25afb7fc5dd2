"""English word list and US/UK spelling pairs, loaded lazily from `newsdiff/lexicon/`.

The data comes from SCOWL (see `lexicon/README.md`). Every word carries a
SCOWL size level: 10 for the most common words up to 70 for rare ones, so the
level doubles as a rough frequency rank. Nothing is read at import time; the
first lookup loads the files (a few tens of milliseconds) and caches them.
"""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

# Apostrophes and hyphens as scraped news writes them.
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "′": "'"})
_HYPHENS = ("-", "‐", "‑")
_HEADER = re.compile(r"^@(word|name) (\d+)$", re.MULTILINE)


# The data ships as package data next to `core/` (pyproject: "lexicon/*").
LEXICON_DIR = Path(__file__).resolve().parent.parent / "lexicon"


def _read(name: str) -> str:
    return gzip.decompress((LEXICON_DIR / name).read_bytes()).decode("utf-8")


@dataclass(frozen=True, slots=True)
class _WordTables:
    """The word list as one frozenset per SCOWL level, most common first."""

    words: tuple[tuple[int, frozenset[str]], ...]
    """Ordinary (lower-case) words by level."""
    names: tuple[tuple[int, frozenset[str]], ...]
    """Words SCOWL lists only capitalised (names, acronyms) by level."""

    def level(self, key: str) -> int | None:
        for level, group in self.words:
            if key in group:
                return level
        for level, group in self.names:
            if key in group:
                return level
        return None

    def is_plain_word(self, key: str) -> bool:
        return any(key in group for _, group in self.words)

    def is_name(self, key: str) -> bool:
        return any(key in group for _, group in self.names)


@cache
def _word_tables() -> _WordTables:
    """Load words.txt.gz: sections "@word 10" / "@name 50" each followed by words."""
    text = _read("words.txt.gz")
    # Sets per level, not one word -> level dict: building frozensets from
    # str.split() runs at C speed and halves the load time.
    words: list[tuple[int, frozenset[str]]] = []
    names: list[tuple[int, frozenset[str]]] = []
    headers = [m for m in _HEADER.finditer(text)]
    for i, m in enumerate(headers):
        end = headers[i + 1].start() if i + 1 < len(headers) else len(text)
        group = frozenset(text[m.end() : end].split())
        (words if m.group(1) == "word" else names).append((int(m.group(2)), group))
    words.sort(key=lambda pair: pair[0])
    names.sort(key=lambda pair: pair[0])
    return _WordTables(tuple(words), tuple(names))


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
    tables = _word_tables()
    level = tables.level(word)
    if level is None:
        stem = _strip_possessive(word)
        if stem != word:
            level = tables.level(stem)
    return level


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
    tables = _word_tables()
    return tables.is_plain_word(key) or tables.is_plain_word(_strip_possessive(key))


def is_known_name(word: str) -> bool:
    """True when SCOWL lists `word` only capitalised: a name, an acronym (Paris, NATO)."""
    tables = _word_tables()
    key = _strip_possessive(normalize(word))
    return tables.is_name(key) and not tables.is_plain_word(key)


def regional_variant(a: str, b: str) -> bool:
    """True when `a` and `b` are the US and UK spellings of one word (either order).

    Only the built list is consulted (color/colour, tire/tyre, plow/plough);
    `newsdiff.core.classify` adds rule-based families for words not listed.
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


def load() -> None:
    """Load every data file now (for callers who want the cost up front)."""
    _word_tables()
    _regional_pairs()
