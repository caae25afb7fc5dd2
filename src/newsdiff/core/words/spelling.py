"""How two spellings of one word relate: US/UK spelling families and typing slips.

Users: `diff.classify` (a spelling change, a typo between two versions) and
`text.typos` (a misspelling in one article, a suggestion that is only the other
spelling). Nothing is compiled or built at import: the family rules and the
keyboard map are made on first use.
"""

from __future__ import annotations

import os
import re
from functools import cache

from newsdiff.core.words import lexicon

# Spelling families, as (letters, british pattern, american replacement)
# applied at the end of the word or before its inflection; every match of a
# pattern opens with its letters (tests/test_classify.py checks it), so a word
# without them skips the rule, uncompiled. Used when neither spelling is in the SCOWL
# pair list (rare or new words: "weaponise" / "weaponize").
_INFLECTION = (
    r"(?=(?:s|d|ed|es|ing|ation|ations|er|ers|ism|ist|ists|able|ably|ful|fully"
    r"|less|al|ally|ite|ites|ic|ical|y|ies|ment|ments)?(?:'s)?$)"
)
_FAMILY_RULES: tuple[tuple[str, str, str], ...] = (
    ("our", r"our" + _INFLECTION, "or"),
    ("re", r"(?<=[bcdghkltv])re(?=$|s$|d$)", "er"),
    ("ring", r"(?<=[bcdghkltv])ring$", "ering"),
    ("is", r"is(?=e|ed|es|ing|ation|ations|er|ers|able)(?:'s)?", "iz"),
    ("isation", r"isation", "ization"),
    ("ys", r"ys(?=e|ed|es|ing|er|ers)", "yz"),
    ("ence", r"ence(?=s?$)", "ense"),
    ("ogue", r"ogue(?=s?$)", "og"),
    ("ae", r"ae", "e"),
    ("oe", r"oe(?=[^s]|s.)", "e"),
)
# Doubled l (travelled) and -ement (judgement) are left to the list: as rules
# they also turn typos into "variants" (galery / gallery, managment).

FAMILY_REWRITES = 2
"""How many family rewrites may chain: two, so a word in two families ("colourise" ->
"colorize") is reached; kept as first written (not tuned)."""

MIN_KNOWN_PAIR_LETTERS = 5
"""Two listed words a family rule apart count as one word's spellings only from this
length: set so that short different words (four / for, tour / tor) stay apart."""

MIN_UNKNOWN_PAIR_LETTERS = 7
"""Two unlisted words a family rule apart count as spellings from this length: set by
hand as the length where a chance match of two rare words is unlikely."""

MIN_COMPOUND_PART = 3
"""Shortest shared part, and shortest differing part, of a regional compound
(jail|bird / gaol|bird): set by hand, as shorter parts match by chance."""


@cache
def _family_pattern(rule: int) -> re.Pattern[str]:
    """The compiled pattern of `_FAMILY_RULES[rule]` (compiled when first needed:
    all ten took half a millisecond, and most words hold the letters of one or two)."""
    return re.compile(_FAMILY_RULES[rule][1])


def _americanise(word: str) -> set[str]:
    """Every form reached by applying spelling-family rewrites (up to two)."""
    forms = {word}
    for _ in range(FAMILY_REWRITES):
        new: set[str] = set()
        for form in forms:
            for rule, (letters, _, repl) in enumerate(_FAMILY_RULES):
                if letters not in form:
                    continue  # the pattern cannot match
                for m in _family_pattern(rule).finditer(form):
                    new.add(form[: m.start()] + repl + form[m.end() :])
        forms |= new
    return forms


def _regional_by_rule(a: str, b: str) -> bool:
    """US/UK family pair not in the list, when at least one form is a known word."""
    la, lb = a.lower(), b.lower()
    if la == lb or not (la.isalpha() and lb.isalpha()):
        return False
    known_a, known_b = lexicon.is_word(la), lexicon.is_word(lb)
    if known_a and known_b and min(len(la), len(lb)) < MIN_KNOWN_PAIR_LETTERS:
        return False
    if lb in _americanise(la) or la in _americanise(lb):
        # A rule relates them; ask that the stem looks like English: one side
        # known, or both sides long enough that a chance match is unlikely.
        return known_a or known_b or min(len(la), len(lb)) >= MIN_UNKNOWN_PAIR_LETTERS
    return False


def is_regional_pair(a: str, b: str) -> bool:
    """True when `a` and `b` are US and UK spellings of one word (list or family rule).

    Compounds count too: "jailbird" / "gaolbird" and "videodisk" / "videodisc"
    differ by a regional pair in one part and share the other.
    """
    if lexicon.regional_variant(a, b) or _regional_by_rule(a, b):
        return True
    return _regional_compound(a.lower(), b.lower())


def _regional_compound(a: str, b: str) -> bool:
    """A shared part of at least three letters, and a regional pair in what is left."""
    part = MIN_COMPOUND_PART
    head = len(os.path.commonprefix([a, b]))
    tail = len(os.path.commonprefix([a[::-1], b[::-1]]))
    for cut in range(part, min(tail, len(a), len(b)) + 1):  # shared end: jail|bird
        x, y = a[:-cut], b[:-cut]
        if len(x) >= part and len(y) >= part and lexicon.regional_variant(x, y):
            return True
    for cut in range(part, head + 1):  # shared start: video|disk
        x, y = a[cut:], b[cut:]
        if len(x) >= part and len(y) >= part and lexicon.regional_variant(x, y):
            return True
    return False


# ------------------------------------------------------------------ typing slips

_KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


@cache
def key_neighbours() -> dict[str, frozenset[str]]:
    """Each lower-case letter -> the letters on the keys around it (QWERTY)."""
    pos = {ch: (r, c) for r, row in enumerate(_KEYBOARD_ROWS) for c, ch in enumerate(row)}
    out: dict[str, frozenset[str]] = {}
    for ch, (r, c) in pos.items():
        # Rows are staggered by about half a key; a column window of +-1
        # on the rows above and below is a fair approximation.
        out[ch] = frozenset(
            other
            for other, (r2, c2) in pos.items()
            if other != ch and abs(r - r2) <= 1 and abs(c2 - c) <= 1
        )
    return out


def is_typing_slip(a: str, b: str) -> bool:
    """One adjacent-key substitution or one transposition: a typing slip, not a respelling."""
    if len(a) != len(b):
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    if len(diff) == 1:
        i = diff[0]
        return b[i] in key_neighbours().get(a[i], frozenset())
    if len(diff) == 2 and diff[1] == diff[0] + 1:
        i = diff[0]
        return a[i] == b[i + 1] and a[i + 1] == b[i]
    return False
