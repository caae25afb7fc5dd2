"""What kind of difference a word change is.

`classify_change(a, b)` names the kind of one replaced span (see `ChangeKind`),
checking from the most specific to the most general:

1. pure punctuation, quote or dash style, or spacing around it -> punctuation;
2. numbers and dates: a different value -> number; the same value written
   another way ("nine" / "9", "June 18" / "18 June", "1,000" / "1000") ->
   punctuation, because it is a notation difference like a quote style, not a
   change of fact (the reading is `diff.numbers`);
3. the same letters with different word breaks: run-together or split words
   that are not themselves a word ("thesecond" / "the second") -> typo;
   hyphen or space variants of a capitalised name ("Jong Un" / "Jong-un") ->
   name; other hyphenation or closed/open compounds ("e-mail" / "email",
   "health care" / "healthcare") -> spelling;
4. capitalisation only -> case;
5. US/UK spelling (the SCOWL pair list, then spelling-family rules of
   `words.spelling`) -> spelling;
6. one side a non-word close to the other side's word -> typo. Two real words
   a letter apart (Iran / Iraq, trial / trail) are never a typo;
7. capitalised words written a little differently, at least one of them
   unknown (Yuri / Yury, Kiev / Kyiv), or initials (N. Korea / North Korea) -> name;
8. everything else -> wording.

Typos within one article are found by `text.typos`. Nothing is compiled at import.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from newsdiff.core.diff.numbers import mentions_number, non_number_words, number_value
from newsdiff.core.model import ChangeKind
from newsdiff.core.words import lexicon
from newsdiff.core.words.spelling import is_regional_pair, is_typing_slip

MAX_WORDS_BESIDE_NUMBER = 1
"""An added or dropped span is a number change when at most this many of its words are
not part of the number ("nine months"); more is a clause that holds a number."""
MAX_TYPO_EDITS_SHORT = 1
"""Edits a typo may be from its word when the longer is at most `SHORT_WORD` letters."""
SHORT_WORD = 3
"""Longest word counted as short for `MAX_TYPO_EDITS_SHORT`."""
MAX_TYPO_EDITS_MEDIUM = 2
"""Edits a typo may be from its word when the longer is at most `MEDIUM_WORD` letters."""
MEDIUM_WORD = 5
"""Longest word counted as medium for `MAX_TYPO_EDITS_MEDIUM`."""
MAX_TYPO_EDITS = 4
"""Most edits a typo of a long word may be from it; misspellings keep most letters
(accomodation, definately), so a third of the word is allowed, at least two."""
TYPO_EDIT_SHARE = 3
"""A long word's typo may differ in one letter of this many (a third)."""
MIN_RARE_TYPO_LETTERS = 4
"""Two unlisted words one edit apart are a typo from this length; shorter ones are
as likely two abbreviations or names."""
NAME_VARIANT_LETTERS = 4
"""A name variant may be two edits away from this length (Zelensky / Zelenskyy)..."""
LONG_NAME_VARIANT_LETTERS = 8
"""... and three edits from this length (transliterations of long names)."""
_TRANSLITERATED_INITIALS = frozenset("ckqgjyi")
"""First letters that transliterations of one name may swap for one another."""

_HYPHEN_CHARS = "-‐‑"
_ONE_HYPHEN = str.maketrans({"‐": "-", "‑": "-"})
"""Unicode hyphens written as "-"."""


@cache
def _letters() -> re.Pattern[str]:
    return re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


@cache
def _word_runs() -> re.Pattern[str]:
    return re.compile(r"\w+")


def _has_alnum(text: str) -> bool:
    """Whether a text holds a letter or digit: what a regex's \\w matches but "_",
    char for char, so no pattern need be compiled."""
    return any(map(str.isalnum, text))


def _alnum_only(text: str) -> str:
    """The letters and digits of a text."""
    return "".join(filter(str.isalnum, text))


def _words(text: str) -> list[str]:
    """Letter runs of a span, apostrophes kept inside words."""
    return _letters().findall(text)


def _typo_distance_ok(wrong: str, right: str) -> bool:
    """Is a non-word close enough to a word to be its misspelling?"""
    from rapidfuzz.distance import DamerauLevenshtein

    w, r = wrong.lower(), right.lower()
    dist = DamerauLevenshtein.distance(w, r)
    longest = max(len(w), len(r))
    if dist == 0:
        return False
    if longest <= SHORT_WORD:
        return dist <= MAX_TYPO_EDITS_SHORT
    if longest <= MEDIUM_WORD:
        return dist <= MAX_TYPO_EDITS_MEDIUM
    # Longer words: misspellings keep most letters (accomodation,
    # definately); allow a third of the word, at most four edits.
    return dist <= min(MAX_TYPO_EDITS, max(MAX_TYPO_EDITS_MEDIUM, longest // TYPO_EDIT_SHARE))


def _is_capitalised(word: str) -> bool:
    return bool(word) and word[0].isupper()


def classify_change(a: str, b: str) -> ChangeKind:
    """Name the kind of difference between two replaced spans.

    Args:
        a: the A side's text ("" for an insertion). May hold several tokens.
        b: the B side's text ("" for a deletion).

    Returns:
        The `ChangeKind`; see the module docstring for the order of checks.
        Equal-value numbers in another notation ("nine" / "9") are
        `PUNCTUATION`: the notation changed, not the fact.
    """
    a_s, b_s = a.strip(), b.strip()
    if a_s == b_s:
        return ChangeKind.PUNCTUATION
    a_alnum, b_alnum = _has_alnum(a_s), _has_alnum(b_s)
    if not a_alnum and not b_alnum:
        return ChangeKind.PUNCTUATION
    if not a_s or not b_s:
        # An added or dropped number ("9", "nine months") is a number change;
        # an added clause that happens to hold one ("with the two leaders") is wording.
        text = a_s or b_s
        if (
            number_value(text) is not None
            and len(non_number_words(text)) <= MAX_WORDS_BESIDE_NUMBER
        ):
            return ChangeKind.NUMBER
        return ChangeKind.WORDING

    # Numbers and dates: compare by value.
    if mentions_number(a_s) or mentions_number(b_s):
        va, vb = number_value(a_s), number_value(b_s)
        if va is not None or vb is not None:
            rest_a, rest_b = non_number_words(a_s), non_number_words(b_s)
            rest_same = rest_a == rest_b
            # A different value is a number change when the number is what
            # changed, not when a whole phrase around it was rewritten.
            if va != vb and (
                rest_same
                or (
                    len(rest_a) <= MAX_WORDS_BESIDE_NUMBER
                    and len(rest_b) <= MAX_WORDS_BESIDE_NUMBER
                )
            ):
                return ChangeKind.NUMBER
            if rest_same:
                return ChangeKind.PUNCTUATION

    # Same letters and digits in the same case: only punctuation or breaks moved.
    core_a = _alnum_only(a_s)
    core_b = _alnum_only(b_s)
    if core_a.lower() == core_b.lower():
        return _same_letters_kind(a_s, b_s, core_a == core_b)

    words_a, words_b = _words(a_s), _words(b_s)
    if _initials_of(words_a, words_b) or _initials_of(words_b, words_a):
        return ChangeKind.NAME
    if len(words_a) == len(words_b) and words_a:
        kinds = {_word_pair_kind(x, y) for x, y in zip(words_a, words_b, strict=True) if x != y}
        if len(kinds) == 1:
            return kinds.pop()
        if kinds and kinds <= {ChangeKind.SPELLING, ChangeKind.CASE}:
            return ChangeKind.SPELLING
    return ChangeKind.WORDING


def _word_breaks(text: str) -> str:
    """The text with only letters, digits, spaces and hyphens kept (hyphens unified)."""
    kept = "".join(ch for ch in text if ch.isalnum() or ch.isspace() or ch in _HYPHEN_CHARS)
    return " ".join(kept.translate(_ONE_HYPHEN).split())


def _same_letters_kind(a: str, b: str, same_case: bool) -> ChangeKind:
    """Kind of a change whose letters agree ignoring punctuation and spacing."""
    if _word_breaks(a).lower() == _word_breaks(b).lower():
        # Same words, different marks (quotes, dashes, dots of U.S./US).
        if same_case:
            return ChangeKind.PUNCTUATION
        return ChangeKind.CASE
    words_a, words_b = _word_runs().findall(a), _word_runs().findall(b)
    hyphenated = any(ch in a or ch in b for ch in _HYPHEN_CHARS)
    if all(_is_capitalised(w) for w in (words_a[0], words_b[0])) and (hyphenated or not same_case):
        # "Jong Un" / "Jong-un", "Al Qaeda" / "al-Qaeda": one name, two spellings.
        return ChangeKind.NAME
    fewer, more = (words_a, words_b) if len(words_a) < len(words_b) else (words_b, words_a)
    joined_known = all(lexicon.is_word(w) for w in fewer)
    parts_known = all(lexicon.is_word(w) or w.isdigit() for w in more)
    if hyphenated or (joined_known and parts_known):
        # e-mail / email, health care / healthcare: a compound's spelling.
        return ChangeKind.SPELLING
    if parts_known or not joined_known:
        # thesecond / the second, Kyivhave / Kyiv have, Unon / Un on.
        return ChangeKind.TYPO
    return ChangeKind.WORDING


def _word_pair_kind(x: str, y: str) -> ChangeKind:
    """Kind of one word replaced by another (letters only, no punctuation)."""
    if x.lower() == y.lower():
        return ChangeKind.CASE
    if is_regional_pair(x, y):
        return ChangeKind.SPELLING
    known_x, known_y = lexicon.is_word(x), lexicon.is_word(y)
    capitalised = _is_capitalised(x) and _is_capitalised(y)
    if capitalised and not (x.isupper() or y.isupper()):
        common_x = lexicon.is_common_word(x)
        common_y = lexicon.is_common_word(y)
        if not (common_x and common_y):
            if known_x and known_y:
                # Two listed names (Iran / Iraq, John / Joan): different entities.
                return ChangeKind.WORDING
            if is_typing_slip(x.lower(), y.lower()):
                return ChangeKind.TYPO
            if _name_variant(x, y):
                return ChangeKind.NAME
            return ChangeKind.WORDING
    if known_x and known_y:
        return ChangeKind.WORDING
    if known_x != known_y:
        wrong, right = (y, x) if known_x else (x, y)
        if _typo_distance_ok(wrong, right):
            return ChangeKind.TYPO
        return ChangeKind.WORDING
    # Neither is a listed word: two rare words or two misspellings.
    from rapidfuzz.distance import DamerauLevenshtein

    one_edit = DamerauLevenshtein.distance(x.lower(), y.lower()) == 1
    if one_edit and min(len(x), len(y)) >= MIN_RARE_TYPO_LETTERS:
        return ChangeKind.TYPO
    return ChangeKind.WORDING


def _name_variant(x: str, y: str) -> bool:
    """Transliteration-like variants: Yuri / Yury, Kiev / Kyiv, Zelensky / Zelenskyy."""
    from rapidfuzz.distance import Levenshtein

    lx, ly = x.lower(), y.lower()
    dist = Levenshtein.distance(lx, ly)
    longest = max(len(lx), len(ly))
    if lx[0] != ly[0] and not {lx[0], ly[0]} <= _TRANSLITERATED_INITIALS:
        return False
    return (
        dist <= 1
        or (longest >= NAME_VARIANT_LETTERS and dist <= 2)
        or (longest >= LONG_NAME_VARIANT_LETTERS and dist <= 3)
    )


def _initials_of(short: Sequence[str], long: Sequence[str]) -> bool:
    """N. Korea / North Korea, U.S. / United States: each short word starts its long word."""
    if not short or len(short) > len(long) or short == long:
        return False
    if len(short) == 1 and len(long) > 1 and short[0].isupper() and len(short[0]) == len(long):
        # US / United States (dots already dropped by _words, "U", "S" are split)
        return all(w[:1].upper() == ch for w, ch in zip(long, short[0], strict=True))
    if len(short) != len(long):
        # U.S. splits into ["U", "S"]: handled as equal lengths below.
        return False
    return all(
        _is_capitalised(s) and _is_capitalised(lg) and lg.lower().startswith(s.lower())
        for s, lg in zip(short, long, strict=True)
    ) and any(len(s) < len(lg) for s, lg in zip(short, long, strict=True))
