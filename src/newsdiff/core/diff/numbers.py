"""The numbers and dates a changed span states, read as values to compare.

`number_value("nine")` and `number_value("9")` are both ("9",), so a change
from one to the other is a notation change, not a change of fact; `"June 18"`
and `"18th of June"` are both ("date:6-18",). Used by `diff.classify`.

The reading walks the span's tokens once, in named steps: a figure
(`_read_figure`), a word (`_read_word`), and the summing of what was read
(`_Reading.values_read`). Nothing is compiled or built at import.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from newsdiff.core.words.calendar import MONTHS
from newsdiff.core.words.function_words import INDEFINITE_ARTICLES
from newsdiff.core.words.numbers import (
    CARDINALS,
    DECADES,
    GROUP_WORDS,
    ORDINAL_SUFFIXES,
    ORDINALS,
    PERCENT_WORDS,
    SCALE_ABBREVIATIONS,
    SCALES,
)

_UNITS = CARDINALS | GROUP_WORDS | dict.fromkeys(INDEFINITE_ARTICLES, 1)
"""Words that add up to a number ("twenty four", "a dozen")."""
_SCALE_WORDS = SCALES | {
    # "mn" and "tn" were never read here; kept out so the reading stays as it was.
    abbreviation: SCALE_ABBREVIATIONS[abbreviation]
    for abbreviation in ("bn", "m", "k")
}
"""Words that multiply the number before them ("two hundred", "5 bn")."""
_NUMBER_LINKS = ("of", "the", "and")
"""Words that may stand inside a number or date ("the 18th of June", "two hundred and
fifty") without ending it."""
_NUMBER_FILLERS = frozenset((*_NUMBER_LINKS, "per", *PERCENT_WORDS, *ORDINAL_SUFFIXES, "s"))
"""Words of a number phrase that are not themselves the changed wording."""

MAX_DAY = 31
"""A figure up to this next to a month is its day ("June 18"): the longest month."""
MONTH_WINDOW_BEFORE = 2
"""A month this many tokens before a figure makes it a day ("June the 18")."""
MONTH_WINDOW_AFTER = 3
"""... or this many tokens after it ("18th of June"); set by the phrasings, not tuned."""
THOUSAND = 1000
"""A scale from this up ends the number it multiplies ("two thousand five" is two
numbers in news copy)."""


@cache
def _number_token() -> re.Pattern[str]:
    return re.compile(
        r"""(?P<num>\d+(?:[,.]\d+)*)(?P<suffix>st|nd|rd|th|s|%)?
          | (?P<word>[^\W\d_]+(?:-[^\W\d_]+)?)""",
        re.VERBOSE,
    )


@cache
def _thousands_grouping() -> re.Pattern[str]:
    return re.compile(r"\d{1,3}(,\d{3})+")


@cache
def _number_words() -> frozenset[str]:
    """Lower-case words that make a span mention a number (all ASCII letters)."""
    # Articles and one-letter scales ("m", "k") are numbers only next to one.
    one_letter = {word for word in _SCALE_WORDS if len(word) == 1}
    return frozenset(
        {*_UNITS, *ORDINALS, *DECADES, *_SCALE_WORDS} - INDEFINITE_ARTICLES - one_letter
    )


@cache
def _number_word_pattern() -> re.Pattern[str]:
    """`_number_words` as a case-insensitive regex, for words with non-ASCII letters
    (it also matches "ſix" and "İ"-forms, as Python's case folding does)."""
    alternation = "|".join(sorted(_number_words(), key=len, reverse=True))
    return re.compile(r"(?:" + alternation + r")", re.IGNORECASE)


@cache
def _month_titles() -> frozenset[str]:
    """Capitalised month names and abbreviations ("June", "Sept")."""
    return frozenset(name.capitalize() for name in MONTHS)


@cache
def _word_runs() -> re.Pattern[str]:
    return re.compile(r"\w+")


@cache
def _letters() -> re.Pattern[str]:
    return re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def mentions_number(text: str) -> bool:
    """True when the text holds a figure, a number word or a capitalised month.

    A word is a whole run of word characters, so the lists are looked up word by
    word (one regex alternation of them cost more to compile than a diff's lookups).
    """
    if any(map(str.isdecimal, text)):  # what a regex's \d matches
        return True
    words, months = _number_words(), _month_titles()
    for run in _word_runs().findall(text):
        if run in months:
            return True
        if run.isascii():
            if run.lower() in words:
                return True
        elif _number_word_pattern().fullmatch(run):
            return True
    return False


def non_number_words(text: str) -> list[str]:
    """The lower-case words of a span that are not part of a number or date."""
    out = []
    for w in _letters().findall(text):
        low = w.lower()
        if (
            low in _UNITS
            or low in ORDINALS
            or low in _SCALE_WORDS
            or low in DECADES
            or low in _NUMBER_FILLERS
            or (low in MONTHS and w[0].isupper())
        ):
            continue
        out.append(low)
    return out


def _fmt(value: float) -> str:
    return str(int(value)) if value == int(value) else repr(value)


def _is_month(word: str | None) -> bool:
    """A month name as news writes it: capitalised (lower-case "may", "mar" are words)."""
    return word is not None and word.lower() in MONTHS and word[:1].isupper()


class _Reading:
    """What has been read of a span so far."""

    __slots__ = ("day", "month", "pending", "saw_number", "tokens", "values")

    def __init__(self, tokens: Sequence[re.Match[str]]) -> None:
        self.tokens = tokens
        self.values: list[str] = []
        self.pending: float | None = None
        """A number being built: "two hundred thousand"."""
        self.saw_number = False
        self.month: int | None = None
        self.day: int | None = None

    def flush(self) -> None:
        """End the number being built, if any."""
        if self.pending is not None:
            self.values.append(_fmt(self.pending))
            self.pending = None

    def next_word(self, i: int) -> str:
        """The lower-case text of the token after token i, or ""."""
        return self.tokens[i + 1].group(0).lower() if i + 1 < len(self.tokens) else ""

    def month_near(self, i: int) -> bool:
        """A month name close to token i ("18 June", "June 18", "18th of June")."""
        lo = max(0, i - MONTH_WINDOW_BEFORE)
        hi = min(len(self.tokens), i + MONTH_WINDOW_AFTER + 1)
        return any(_is_month(self.tokens[j].group("word")) for j in range(lo, hi))

    def values_read(self) -> tuple[str, ...] | None:
        """The values, with the date as one; None when no number was read."""
        self.flush()
        if self.month is not None:
            day = self.day
            self.values.append(
                f"date:{self.month}-{day}" if day is not None else f"month:{self.month}"
            )
        elif self.day is not None:
            self.values.append(str(self.day))
        if not self.saw_number:
            return None
        return tuple(sorted(self.values))


def _figure_value(raw: str) -> float | None:
    """The value of a figure: "1,000" groups thousands, "3.5" is a decimal, and "1.000"
    (German style, rare in English news) is read as a decimal too."""
    digits = raw.replace(",", "") if _thousands_grouping().fullmatch(raw) else raw
    try:
        return float(digits.replace(",", "."))
    except ValueError:
        return None


def _is_day(value: float) -> bool:
    return 1 <= value <= MAX_DAY and value == int(value)


def _is_date_day(r: _Reading, i: int, value: float) -> bool:
    """A figure that is the day of a month: next to a month name, or after one while
    no day was read yet ("June 18, 2024": 18 is the day, 2024 is not)."""
    if not _is_day(value):
        return False
    if r.month is None:
        return r.month_near(i)
    return r.day is None


def _read_figure(r: _Reading, i: int, m: re.Match[str]) -> None:
    """Read a figure with its suffix: a decade, a scaled number, a percentage, a day."""
    value = _figure_value(m.group("num"))
    if value is None:
        return
    suffix = m.group("suffix") or ""
    r.flush()
    r.saw_number = True
    if suffix == "s" and value >= 10 and value % 10 == 0:
        # "1950s", "50s" and "fifties" name the same decade.
        r.values.append(f"decade:{_fmt(value % 100)}")
    elif r.next_word(i) in _SCALE_WORDS:
        r.pending = value
    elif suffix == "%":
        r.values.extend((_fmt(value), "%"))
    elif _is_date_day(r, i, value):
        r.day = int(value)
    else:
        r.values.append(_fmt(value))


def _read_word(r: _Reading, i: int, word: str) -> None:
    """Read a word: a month, "per cent", a decade, a number word, a scale, an ordinal day."""
    low = word.lower()
    if _is_month(word):
        r.flush()
        r.saw_number = True
        r.month = MONTHS[low]
    elif low in PERCENT_WORDS:
        r.flush()
        r.values.append("%")
    elif low in DECADES:
        r.flush()
        r.saw_number = True
        r.values.append(f"decade:{DECADES[low]}")
    elif low not in INDEFINITE_ARTICLES and all(p in _UNITS for p in low.split("-")):
        # "twenty four", "two hundred and fifty": units add up.
        value = sum(_UNITS[p] for p in low.split("-"))
        r.saw_number = True
        r.pending = value if r.pending is None else r.pending + value
    elif low in INDEFINITE_ARTICLES and r.next_word(i) in _SCALE_WORDS:
        r.pending = 1
    elif low in _SCALE_WORDS and r.pending is not None:
        r.pending *= _SCALE_WORDS[low]
        r.saw_number = True
        if _SCALE_WORDS[low] >= THOUSAND:
            r.flush()
    elif low in ORDINALS and (r.month is not None or r.month_near(i)):
        r.flush()
        r.saw_number = True
        r.day = ORDINALS[low]
    elif low in _NUMBER_LINKS and (r.pending is None or low == "and"):
        pass
    else:
        r.flush()


def number_value(text: str) -> tuple[str, ...] | None:
    """The numeric facts a span states, as comparable strings; None if it has none.

    "nine" and "9" give ("9",); "June 18" and "18th of June" give ("date:6-18",);
    "24%" and "24 per cent" give ("24", "%"). Words that are not part of a number
    or date are ignored, so the caller compares the rest separately.
    """
    r = _Reading(list(_number_token().finditer(text)))
    for i, m in enumerate(r.tokens):
        if m.group("num"):
            _read_figure(r, i, m)
        elif m.group("word") is not None:
            _read_word(r, i, m.group("word"))
    return r.values_read()
