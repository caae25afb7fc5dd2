"""What kind of difference a word change is, and probable typos in one article.

`classify_change(a, b)` names the kind of one replaced span (see `ChangeKind`),
checking from the most specific to the most general:

1. pure punctuation, quote or dash style, or spacing around it -> punctuation;
2. numbers and dates: a different value -> number; the same value written
   another way ("nine" / "9", "June 18" / "18 June", "1,000" / "1000") ->
   punctuation, because it is a notation difference like a quote style, not a
   change of fact;
3. the same letters with different word breaks: run-together or split words
   that are not themselves a word ("thesecond" / "the second") -> typo;
   hyphen or space variants of a capitalised name ("Jong Un" / "Jong-un") ->
   name; other hyphenation or closed/open compounds ("e-mail" / "email",
   "health care" / "healthcare") -> spelling;
4. capitalisation only -> case;
5. US/UK spelling (the SCOWL pair list, then spelling-family rules) -> spelling;
6. one side a non-word close to the other side's word -> typo. Two real words
   a letter apart (Iran / Iraq, trial / trail) are never a typo;
7. capitalised words written a little differently, at least one of them
   unknown (Yuri / Yury, Kiev / Kyiv), or initials (N. Korea / North Korea) -> name;
8. everything else -> wording.

`find_typos(sentences)` looks through one article for words that are probably
misspelt, trading recall for precision: a fact-checker must not drown in
false alarms, so names, acronyms, foreign words without a close English word,
numbers, URLs and hashtags are left alone.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from functools import cache, lru_cache
from itertools import pairwise

from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein, Levenshtein

from newsdiff.core.model import ChangeKind, Typo
from newsdiff.core.text.segment import tokenize
from newsdiff.core.words import lexicon
from newsdiff.core.words.calendar import MONTHS as _MONTHS

# ---------------------------------------------------------------- punctuation

_WORD_CHAR = re.compile(r"[^\W_]")
_LETTERS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_HYPHEN_CHARS = "-‐‑"
_CORE_SEPARATORS = re.compile(r"[^\w]+|_")
_MARKS = re.compile(r"[^\w\s\-‐‑]|_")


def _has_alnum(text: str) -> bool:
    return _WORD_CHAR.search(text) is not None


def _words(text: str) -> list[str]:
    """Letter runs of a span, apostrophes kept inside words."""
    return _LETTERS.findall(text)


# -------------------------------------------------------------------- numbers

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "dozen": 12, "a": 1, "an": 1,
}  # fmt: skip
_ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
    "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30,
}  # fmt: skip
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 10**9,
           "trillion": 10**12, "bn": 10**9, "m": 10**6, "k": 1_000}  # fmt: skip
_DECADE_WORDS = {
    "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
    "seventies": 70, "eighties": 80, "nineties": 90,
}  # fmt: skip
_NUMBER_TOKEN = re.compile(
    r"""(?P<num>\d+(?:[,.]\d+)*)(?P<suffix>st|nd|rd|th|s|%)?
      | (?P<word>[^\W\d_]+(?:-[^\W\d_]+)?)""",
    re.VERBOSE,
)


def _number_value(text: str) -> tuple[str, ...] | None:
    """The numeric facts a span states, as comparable strings; None if it has none.

    "nine" and "9" give ("9",); "June 18" and "18th of June" give ("date:6-18",);
    "24%" and "24 per cent" give ("24", "%"). Words that are not part of a number
    or date are ignored, so the caller compares the rest separately.
    """
    values: list[str] = []
    pending: float | None = None  # a number being built: "two hundred thousand"
    saw_number = False
    month: int | None = None
    day: int | None = None
    tokens = [m for m in _NUMBER_TOKEN.finditer(text)]

    def flush() -> None:
        nonlocal pending
        if pending is not None:
            values.append(_fmt(pending))
            pending = None

    for i, m in enumerate(tokens):
        if m.group("num"):
            raw = m.group("num")
            # "1,000" groups thousands; "3.5" is a decimal; "1.000" (German
            # style) is rare in English news, read as a decimal.
            digits = raw.replace(",", "") if re.fullmatch(r"\d{1,3}(,\d{3})+", raw) else raw
            try:
                value = float(digits.replace(",", "."))
            except ValueError:
                continue
            suffix = m.group("suffix") or ""
            flush()
            saw_number = True
            if suffix == "s" and value >= 10 and value % 10 == 0:
                # "1950s", "50s" and "fifties" name the same decade.
                values.append(f"decade:{_fmt(value % 100)}")
                continue
            nxt = tokens[i + 1].group(0).lower() if i + 1 < len(tokens) else ""
            if nxt in _SCALES:
                pending = value
                continue
            if suffix == "%":
                values.extend((_fmt(value), "%"))
                continue
            if (
                1 <= value <= 31
                and value == int(value)
                and month is None
                and _month_near(tokens, i)
            ):
                day = int(value)
                continue
            if month is not None and 1 <= value <= 31 and day is None and value == int(value):
                day = int(value)
                continue
            values.append(_fmt(value))
            continue
        word = m.group("word")
        if word is None:
            continue
        low = word.lower()
        # News capitalises months; lower-case "may" / "mar" are words.
        if low in _MONTHS and word[0].isupper():
            flush()
            saw_number = True
            month = _MONTHS[low]
            continue
        if low in ("cent", "percent"):
            flush()
            values.append("%")
            continue
        if low in _DECADE_WORDS:
            flush()
            saw_number = True
            values.append(f"decade:{_DECADE_WORDS[low]}")
            continue
        parts = low.split("-")
        if all(p in _UNITS for p in parts) and low not in ("a", "an"):
            value = sum(_UNITS[p] for p in parts)
            saw_number = True
            # "twenty four", "two hundred and fifty": units add up.
            pending = value if pending is None else pending + value
            continue
        if low in ("a", "an") and i + 1 < len(tokens) and tokens[i + 1].group(0).lower() in _SCALES:
            pending = 1
            continue
        if low in _SCALES and pending is not None:
            pending *= _SCALES[low]
            saw_number = True
            if _SCALES[low] >= 1000:
                flush()
            continue
        if low in _ORDINAL_WORDS and (month is not None or _month_near(tokens, i)):
            flush()
            saw_number = True
            day = _ORDINAL_WORDS[low]
            continue
        if low in ("of", "the", "and") and pending is None:
            continue
        if low == "and" and pending is not None:
            continue
        flush()
    flush()
    if month is not None:
        values.append(f"date:{month}-{day}" if day is not None else f"month:{month}")
    elif day is not None:
        values.append(str(day))
    if not saw_number:
        return None
    return tuple(sorted(values))


def _month_near(tokens: Sequence[re.Match[str]], i: int) -> bool:
    """A month name within two tokens of token i ("18 June", "June 18", "18th of June")."""
    for j in range(max(0, i - 2), min(len(tokens), i + 4)):
        word = tokens[j].group("word")
        if word and word.lower() in _MONTHS and word[0].isupper():
            return True
    return False


def _fmt(value: float) -> str:
    return str(int(value)) if value == int(value) else repr(value)


_NUMBERISH = re.compile(
    r"\d|\b(?:"
    + "|".join(
        sorted(
            {*_UNITS, *_ORDINAL_WORDS, *_DECADE_WORDS, *_SCALES} - {"a", "an", "m", "k"},
            key=len,
            reverse=True,
        )
    )
    + r")\b",
    re.IGNORECASE,
)
_MONTHISH = re.compile(
    r"\b(?:" + "|".join(m.capitalize() for m in _MONTHS if m != "may") + r"|May)\b"
)


def _mentions_number(text: str) -> bool:
    return _NUMBERISH.search(text) is not None or _MONTHISH.search(text) is not None


def _non_number_words(text: str) -> list[str]:
    out = []
    for w in _words(text):
        low = w.lower()
        if (
            low in _UNITS
            or low in _ORDINAL_WORDS
            or low in _SCALES
            or low in _DECADE_WORDS
            or low in ("of", "the", "and", "per", "cent", "percent", "th", "st", "nd", "rd", "s")
            or (low in _MONTHS and w[0].isupper())
        ):
            continue
        out.append(low)
    return out


# ------------------------------------------------------------ regional rules

# Spelling families, as (british pattern, american replacement) applied at
# the end of the word or before its inflection. Used when neither spelling is
# in the SCOWL pair list (rare or new words: "weaponise" / "weaponize").
_INFLECTION = (
    r"(?=(?:s|d|ed|es|ing|ation|ations|er|ers|ism|ist|ists|able|ably|ful|fully"
    r"|less|al|ally|ite|ites|ic|ical|y|ies|ment|ments)?(?:'s)?$)"
)
_FAMILY_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"our" + _INFLECTION), "or"),
    (re.compile(r"(?<=[bcdghkltv])re(?=$|s$|d$)"), "er"),
    (re.compile(r"(?<=[bcdghkltv])ring$"), "ering"),
    (re.compile(r"is(?=e|ed|es|ing|ation|ations|er|ers|able)(?:'s)?"), "iz"),
    (re.compile(r"isation"), "ization"),
    (re.compile(r"ys(?=e|ed|es|ing|er|ers)"), "yz"),
    (re.compile(r"ence(?=s?$)"), "ense"),
    (re.compile(r"ogue(?=s?$)"), "og"),
    (re.compile(r"ae"), "e"),
    (re.compile(r"oe(?=[^s]|s.)"), "e"),
)
# Doubled l (travelled) and -ement (judgement) are left to the list: as rules
# they also turn typos into "variants" (galery / gallery, managment).


def _americanise(word: str) -> set[str]:
    """Every form reached by applying spelling-family rewrites (up to two)."""
    forms = {word}
    for _ in range(2):
        new: set[str] = set()
        for form in forms:
            for pattern, repl in _FAMILY_PATTERNS:
                for m in pattern.finditer(form):
                    new.add(form[: m.start()] + repl + form[m.end() :])
        forms |= new
    return forms


def _regional_by_rule(a: str, b: str) -> bool:
    """US/UK family pair not in the list, when at least one form is a known word."""
    la, lb = a.lower(), b.lower()
    if la == lb or not (la.isalpha() and lb.isalpha()):
        return False
    known_a, known_b = lexicon.is_word(la), lexicon.is_word(lb)
    if known_a and known_b and min(len(la), len(lb)) < 5:
        # Short words a family rule apart are often different words
        # (four / for, tour / tor).
        return False
    if lb in _americanise(la) or la in _americanise(lb):
        # A rule relates them; ask that the stem looks like English: one side
        # known, or both sides long enough that a chance match is unlikely.
        return known_a or known_b or min(len(la), len(lb)) >= 7
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
    head = len(os.path.commonprefix([a, b]))
    tail = len(os.path.commonprefix([a[::-1], b[::-1]]))
    for cut in range(3, min(tail, len(a), len(b)) + 1):  # shared end: jail|bird
        x, y = a[:-cut], b[:-cut]
        if len(x) >= 3 and len(y) >= 3 and lexicon.regional_variant(x, y):
            return True
    for cut in range(3, head + 1):  # shared start: video|disk
        x, y = a[cut:], b[cut:]
        if len(x) >= 3 and len(y) >= 3 and lexicon.regional_variant(x, y):
            return True
    return False


# ---------------------------------------------------------------------- typos

_KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


@cache
def _key_neighbours() -> dict[str, frozenset[str]]:
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


def _slip(a: str, b: str) -> bool:
    """One adjacent-key substitution or one transposition: a typing slip, not a respelling."""
    if len(a) != len(b):
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    if len(diff) == 1:
        i = diff[0]
        return b[i] in _key_neighbours().get(a[i], frozenset())
    if len(diff) == 2 and diff[1] == diff[0] + 1:
        i = diff[0]
        return a[i] == b[i + 1] and a[i + 1] == b[i]
    return False


def _typo_distance_ok(wrong: str, right: str) -> bool:
    """Is a non-word close enough to a word to be its misspelling?"""
    w, r = wrong.lower(), right.lower()
    dist = DamerauLevenshtein.distance(w, r)
    longest = max(len(w), len(r))
    if dist == 0:
        return False
    if longest <= 3:
        return dist <= 1
    if longest <= 5:
        return dist <= 2
    # Longer words: misspellings keep most letters (accomodation,
    # definately); allow a third of the word, at most four edits.
    return dist <= min(4, max(2, longest // 3))


# ------------------------------------------------------------ classification


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
        if _number_value(text) is not None and len(_non_number_words(text)) <= 1:
            return ChangeKind.NUMBER
        return ChangeKind.WORDING

    # Numbers and dates: compare by value.
    if _mentions_number(a_s) or _mentions_number(b_s):
        va, vb = _number_value(a_s), _number_value(b_s)
        if va is not None or vb is not None:
            rest_a, rest_b = _non_number_words(a_s), _non_number_words(b_s)
            rest_same = rest_a == rest_b
            # A different value is a number change when the number is what
            # changed, not when a whole phrase around it was rewritten.
            if va != vb and (rest_same or (len(rest_a) <= 1 and len(rest_b) <= 1)):
                return ChangeKind.NUMBER
            if rest_same:
                return ChangeKind.PUNCTUATION

    # Same letters and digits in the same case: only punctuation or breaks moved.
    core_a = _CORE_SEPARATORS.sub("", a_s)
    core_b = _CORE_SEPARATORS.sub("", b_s)
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
    kept = _MARKS.sub("", text)
    kept = re.sub(f"[{_HYPHEN_CHARS}]", "-", kept)
    return " ".join(kept.split())


def _same_letters_kind(a: str, b: str, same_case: bool) -> ChangeKind:
    """Kind of a change whose letters agree ignoring punctuation and spacing."""
    if _word_breaks(a).lower() == _word_breaks(b).lower():
        # Same words, different marks (quotes, dashes, dots of U.S./US).
        if same_case:
            return ChangeKind.PUNCTUATION
        return ChangeKind.CASE
    words_a, words_b = re.findall(r"\w+", a), re.findall(r"\w+", b)
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
            if _slip(x.lower(), y.lower()):
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
    if DamerauLevenshtein.distance(x.lower(), y.lower()) == 1 and min(len(x), len(y)) >= 4:
        return ChangeKind.TYPO
    return ChangeKind.WORDING


def _name_variant(x: str, y: str) -> bool:
    """Transliteration-like variants: Yuri / Yury, Kiev / Kyiv, Zelensky / Zelenskyy."""
    lx, ly = x.lower(), y.lower()
    dist = Levenshtein.distance(lx, ly)
    longest = max(len(lx), len(ly))
    if lx[0] != ly[0] and not {lx[0], ly[0]} <= {"c", "k", "q", "g", "j", "y", "i"}:
        return False
    return dist <= 1 or (longest >= 4 and dist <= 2) or (longest >= 8 and dist <= 3)


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


# ------------------------------------------------------------------ find_typos

# Closed-class words that most often get glued to a neighbour in scraped copy
# ("Kyivhave", "Unon", "AndPresident"). A run-together is only reported when one
# half is one of these, which keeps names (Johnson, Washington) safe.
_GLUE_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "nor",
        "so",
        "yet",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "with",
        "by",
        "as",
        "into",
        "onto",
        "over",
        "under",
        "after",
        "before",
        "about",
        "against",
        "between",
        "during",
        "without",
        "within",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "should",
        "may",
        "might",
        "must",
        "do",
        "does",
        "did",
        "said",
        "says",
        "not",
        "no",
        "that",
        "this",
        "these",
        "those",
        "than",
        "then",
        "who",
        "which",
        "what",
        "when",
        "where",
        "while",
        "his",
        "her",
        "its",
        "their",
        "our",
        "your",
        "he",
        "she",
        "it",
        "they",
        "we",
    ]
)
# Glue words that can end a name by chance are left out here (Mansour = Mans
# + our, Esther): a capitalised token is split only before one of these.
_NAME_GLUE_WORDS = frozenset(
    [
        "on",
        "in",
        "at",
        "to",
        "of",
        "for",
        "and",
        "the",
        "has",
        "have",
        "had",
        "was",
        "were",
        "is",
        "are",
        "will",
        "would",
        "said",
        "says",
        "who",
        "with",
        "from",
        "by",
        "that",
        "which",
    ]
)
# Lower-case glue words that are also word-forming prefixes (undersupplied,
# overreach): a split after them is usually a real compound.
_PREFIX_GLUE_WORDS = frozenset(["in", "on", "over", "under", "after", "out", "up", "down", "by"])
# Fragments of contractions whose apostrophe was lost or split off (I ve).
_CONTRACTION_TAILS = frozenset(["ve", "re", "ll", "nt", "s", "t", "d", "m"])
_POSSESSIVE = re.compile(r"['’]s$")
_SKIP_CHUNK = re.compile(r"[/@#_\d]|www\.|\.(?:com|org|net|co|gov|ru|uk)\b|://", re.IGNORECASE)


@cache
def _suggestion_pool(first_letter: str) -> dict[int, tuple[str, ...]]:
    """Common ASCII words (SCOWL <= 50) starting with a letter, by length, for
    distance-2 suggestions (two edits change the length by two at most)."""
    by_length: dict[int, list[str]] = {}
    for word, _ in lexicon.common_words(first_letter, max_level=50):
        if word.isascii() and word.isalpha() and len(word) >= 3:
            by_length.setdefault(len(word), []).append(word)
    return {n: tuple(sorted(words)) for n, words in by_length.items()}


_ALPHABET = "abcdefghijklmnopqrstuvwxyz"


def _edits1(word: str) -> Iterator[str]:
    """Every string one deletion, swap, substitution or insertion away that
    keeps the first letter (typing slips keep it; `_plausible_slip` asks it)."""
    head, body = word[:1], word[1:]
    splits = [(body[:i], body[i:]) for i in range(len(body) + 1)]
    for left, right in splits:
        if right:
            yield head + left + right[1:]
        if len(right) > 1:
            yield head + left + right[1] + right[0] + right[2:]
        for ch in _ALPHABET:
            if right:
                yield head + left + ch + right[1:]
            yield head + left + ch + right


_VOWELS = frozenset("aeiouy")


def _plausible_slip(wrong: str, right: str) -> bool:
    """Is a one-edit difference the kind typing produces, not a foreign or new word?

    Without a counterpart to compare with, "grata" -> "grate" or "bromance" ->
    "romance" look like one edit too; typing slips keep the first letter and
    substitute a neighbouring key, or swap, drop or double a letter. Vowel
    confusions (definately) count in longer words only.
    """
    if wrong[:1] != right[:1]:
        return False
    if len(wrong) != len(right):
        return True
    diff = [i for i in range(len(wrong)) if wrong[i] != right[i]]
    if len(diff) != 1:
        return True  # a transposition
    x, y = wrong[diff[0]], right[diff[0]]
    if y in _key_neighbours().get(x, frozenset()):
        return True
    return x in _VOWELS and y in _VOWELS and len(wrong) >= 7


@lru_cache(maxsize=8192)
def suggest_word(word: str) -> str | None:
    """The common word a lower-case non-word most probably stands for, or None.

    Tries one edit first (preferring typing slips and the commonest word),
    then two edits for longer words. Returns None when nothing is close.
    """
    low = word.lower()
    if not (low.isascii() and low.isalpha()):
        return None
    best: tuple[int, int, str] | None = None
    for cand in set(_edits1(low)):
        if not lexicon.is_common_key(cand) or not _plausible_slip(low, cand):
            continue
        if cand[:-1] == low or low[:-1] == cand:
            # A letter more or less at the end reads as an inflection of an
            # unknown word (hryvnias, jihadis, facto), not a slip.
            continue
        level = lexicon.word_level(cand) or 99
        if level > 50 and len(low) <= 4:
            continue
        score = (0 if _slip(low, cand) else 1, level, cand)
        if best is None or score < best:
            best = (score[0], score[1], cand)
    if best is not None:
        return best[2]
    if len(low) < 9:
        # Two edits in a short word reach too many words (bromance ->
        # bromine); only long words are tried.
        return None
    by_length = _suggestion_pool(low[0])
    pool = [w for n in range(len(low) - 2, len(low) + 3) for w in by_length.get(n, ())]
    matches = process.extract(
        low, pool, scorer=DamerauLevenshtein.distance, score_cutoff=2, limit=None
    )
    # Same inflection guard as above (nostalgics, jihadis).
    matches = [m for m in matches if not (m[0].startswith(low) or low.startswith(m[0]))]
    if not matches:
        return None
    matches.sort(key=lambda m: (m[1], lexicon.word_level(m[0]) or 99, m[0]))
    return matches[0][0]


def _split_run_together(
    word: str,
    known_tokens: Counter[str],
    known_pairs: Counter[tuple[str, str]] | None = None,
    previous: str = "",
) -> str | None:
    """Split a glued token into two words ("thesecond" -> "the second"), if clear.

    Args:
        word: the token.
        known_tokens: how often each token occurs in the article.
        known_pairs: how often each pair of adjacent tokens occurs.
        previous: the token before `word` in its sentence.
    """
    camel = re.fullmatch(r"([A-Za-z][a-z]+)([A-Z][a-z]+)", word)
    if camel:
        left, right = camel.groups()
        if left.lower() in _GLUE_WORDS and (lexicon.is_word(right) or known_tokens[right] > 0):
            return f"{left} {right}"
        return None
    best: tuple[int, str] | None = None
    for i in range(1, len(word)):
        left, right = word[:i], word[i:]
        if not right.islower():
            continue
        if left.islower():
            # Both halves common words, one of them a glue word ("thesecond").
            if not (lexicon.is_common_word(left) and lexicon.is_common_word(right)):
                continue
            if left not in _GLUE_WORDS and right not in _GLUE_WORDS:
                continue
            if left in _PREFIX_GLUE_WORDS:
                continue
            if min(len(left), len(right)) < 2 and left not in ("a", "i"):
                continue
            lv = max(lexicon.word_level(left) or 99, lexicon.word_level(right) or 99)
            if lv > 35:
                continue
        else:
            # Capitalised: a name seen alone in this article, or a listed name,
            # glued to a glue word ("Kyivhave", "Unon").
            if right not in _NAME_GLUE_WORDS:
                continue
            seen_alone = known_tokens[left] > 0
            if len(right) < 3 or len(left) < 3:
                # Short halves match names by chance (Yoon = Yo + on): ask
                # that the article also writes "<previous> <left>" apart
                # ("Kim Jong Unon" next to "Kim Jong Un").
                if not (known_pairs and known_pairs[(previous, left)] > 0):
                    continue
            elif not (seen_alone or lexicon.is_word(left)):
                continue
            lv = 0 if seen_alone else (lexicon.word_level(left) or 99)
        if best is None or lv < best[0]:
            best = (lv, f"{left} {right}")
    return best[1] if best else None


def find_typos(sentences: Sequence[str]) -> list[Typo]:
    """Probable misspellings in one article's sentences.

    Reports lower-case non-words close to a common word ("tp" -> "to") and
    words run together ("thesecond" -> "the second", "Kyivhave" -> "Kyiv have",
    "AndPresident" -> "And President"). Capitalised words that are not run
    together are taken as names and never reported; so are acronyms, words
    with digits, URLs, e-mail addresses and hashtags.

    Args:
        sentences: the article's sentence texts, in order.

    Returns:
        One `Typo` per suspicious word, in reading order.
    """
    tokenized = [tokenize(s) for s in sentences]
    # How often each token occurs in the article: a name glued to a word
    # ("Kyivhave") is recognised by seeing the name alone elsewhere.
    counts: Counter[str] = Counter(t.text for toks in tokenized for t in toks)
    sentence_counts: Counter[str] = Counter(
        w for toks in tokenized for w in {t.text.lower() for t in toks}
    )
    # Possessives count as the name itself: "Kim Jong Un's father" shows
    # that "Jong Un" is written apart.
    pairs: Counter[tuple[str, str]] = Counter(
        (x.text, _POSSESSIVE.sub("", y.text)) for toks in tokenized for x, y in pairwise(toks)
    )
    # Each distinct token is looked up once (news repeats its words).
    known: dict[str, bool] = {}
    typos: list[Typo] = []
    for index, (sentence, tokens) in enumerate(zip(sentences, tokenized, strict=True)):
        first_word = next((k for k, t in enumerate(tokens) if t.is_word), -1)
        for k, token in enumerate(tokens):
            text = token.text
            # ASCII only: accented words are foreign, and mojibake
            # ("governmentâ") is an encoding fault, not a misspelling.
            if not (text.isascii() and text.isalpha()) or len(text) < 2 or text.isupper():
                continue
            is_known = known.get(text)
            if is_known is None:
                is_known = known[text] = lexicon.is_word(text) or text.lower() in _CONTRACTION_TAILS
            if is_known:
                continue
            if sentence_counts[text.lower()] >= 3:
                # A term used in three sentences is meant (sarin, ricin).
                continue
            if _SKIP_CHUNK.search(_chunk(sentence, token.start, token.end)):
                continue
            if k > 0 and tokens[k - 1].text in ("#", "@") and tokens[k - 1].end == token.start:
                continue
            suggestion: str | None = None
            previous = tokens[k - 1].text if k > 0 else ""
            if text[0].isupper() and k != first_word:
                suggestion = _split_run_together(text, counts, pairs, previous)
            elif text.islower() or (k == first_word and text[1:].islower()):
                low = text.lower()
                split = _split_run_together(low, counts)
                suggestion = split or suggest_word(low)
                if suggestion and text[0].isupper():
                    suggestion = suggestion[0].upper() + suggestion[1:]
                if (
                    k == first_word
                    and text[0].isupper()
                    and (split is None or split.split()[0] not in _GLUE_WORDS)
                ):
                    # Sentence-initial capitalised non-words are usually names
                    # ("Yoon"); only a glue word glued on is reported.
                    suggestion = None
            else:
                suggestion = _split_run_together(text, counts, pairs, previous)
            if suggestion and " " not in suggestion and is_regional_pair(text, suggestion):
                suggestion = None  # weaponise / weaponize: a spelling, not a typo
            if suggestion:
                typos.append(Typo(text, suggestion, index, (token.start, token.end)))
    return typos


def _chunk(sentence: str, start: int, end: int) -> str:
    """The whitespace-delimited chunk of text holding a token (for URL checks)."""
    lo = sentence.rfind(" ", 0, start) + 1
    hi = sentence.find(" ", end)
    return sentence[lo : hi if hi != -1 else len(sentence)]
