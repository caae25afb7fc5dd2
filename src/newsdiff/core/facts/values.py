"""Reading values back from a fact's text: the quantity of a number, the fields of a date.

A fact's text is what the source wrote ("nine months", "Sept. 13, 2023"), so
everything matching needs is re-read from it: the value, unit and slot particle
of a number, the year, month, day, weekday or decade of a date. Facts that
`extract_facts` made also carry the content words around them (`model.FoundFact`),
which is what keeps number and date conflicts precise.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from newsdiff.core.facts.names import names_a_group
from newsdiff.core.words.calendar import (
    MONTHS,
    PERIOD_PARTS,
    RELATIVE_DATE_WORDS,
    RELATIVE_DAYS,
    RELATIVE_PERIODS,
    WEEKDAYS,
)
from newsdiff.core.words.numbers import (
    CARDINALS,
    CURRENCY_SYMBOLS,
    GLUED_UNITS,
    HEDGE_BOUNDS,
    HEDGES,
    IRREGULAR_PLURALS,
    MEASURE_UNITS,
    NOT_NOUN_QUALIFIERS,
    QUANTITY_ADJECTIVES,
    QUANTITY_PARTICLES,
    SCALE_ABBREVIATIONS,
    SCALES,
    UNIT_ALIASES,
    number_word_pattern,
)

# ---------------------------------------------------------------- numbers

_MULTIPLIERS = {**SCALES, **SCALE_ABBREVIATIONS}
"""Every scale word or abbreviation -> its multiplier."""

_VALUE_SCALES = ("bn", "mn", "tn")
"""Glued abbreviations that always scale a figure ("5bn"); "m" and "k" do only after
a currency ("$5m"), else "5m" is five metres."""


def _alternation(words: tuple[str, ...] | list[str]) -> str:
    return "|".join(re.escape(word) for word in words)


@cache
def quantity_pattern() -> re.Pattern[str]:
    """A figure or number word with its currency, glued unit, scale and percent sign.

    Groups: `cur`, `num`, `glued`, `scale`, `pct`. Built on first use from the
    number words, scales, currencies and glued units of `words.numbers`.
    """
    currencies = sorted((s.upper() for s in CURRENCY_SYMBOLS), key=len, reverse=True)
    return re.compile(
        rf"""
        (?<![\w$€£¥₽.,\-/])                                # not inside a code (F-16) or number
        (?P<cur>{_alternation(currencies)})?\s?
        (?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?
            |(?i:{number_word_pattern()}|a\sdozen)(?![\w]))
        (?![.,]\d)                                        # all of "1,320", never its "1"
        (?P<glued>{_alternation(GLUED_UNITS)})?(?![\w])
        (?:\s(?P<scale>(?i:{_alternation(list(SCALES))})|bn|mn)\b)?
        (?:\s?(?P<pct>%|percent\b|per\scent\b))?
        """,
        re.VERBOSE,
    )


@cache
def hedge_pattern() -> re.Pattern[str]:
    """A hedge ("more than", "about") ending right where an amount starts."""
    hedges = "|".join(h.replace(" ", r"\s") for h in sorted(HEDGES, key=len, reverse=True))
    return re.compile(rf"(?i:\b(?:{hedges}))\s$")


@cache
def _leading_hedge() -> re.Pattern[str]:
    hedges = "|".join(h.replace(" ", r"\s") for h in sorted(HEDGES, key=len, reverse=True))
    return re.compile(rf"(?i:(?:{hedges}))\s+(?=\S)")


class Quantity(NamedTuple):
    """A number with its unit, read from a fact's text."""

    value: float
    """The value, scales applied ("$5 million" is 5e6)."""
    unit: str
    """Normalised unit ("year", "usd", "%"), "" when none."""
    particle: str
    """A slot word kept with it ("ago", "old"), else ""."""
    bound: str = ""
    """Where a hedge puts the amount (`words.numbers.HEDGE_BOUNDS`): ">" ("more than
    40"), "<" ("nearly 40"), "~" ("about 40"), "" for an exact figure; for a range,
    "-" and its high end ("-1400")."""

    def same_amount(self, other: Quantity) -> bool:
        """The same value, and hedges that do not disagree: "about 30" is "30", but
        "more than two years" is not "nearly two years" nor "two years"."""
        if self.value != other.value:
            return False
        return self.bound == other.bound or {self.bound, other.bound} == {"", "~"}


def number_value(raw: str) -> float | None:
    """The value of a digit string ("1,000", "3.5") or number words ("twenty-four")."""
    raw = raw.strip().lower()
    if raw == "a dozen":
        return 12.0
    if raw[:1].isdigit():
        try:
            return float(raw.replace(",", ""))
        except ValueError:
            return None
    total = 0.0
    for part in re.split(r"[-\s]+", raw):
        if part not in CARDINALS:
            return None
        total += CARDINALS[part]
    return total


def singular(word: str) -> str:
    """A cheap singular for unit nouns: years -> year, inches -> inch."""
    word = UNIT_ALIASES.get(word, word)
    if len(word) > 3 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if len(word) > 2 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return UNIT_ALIASES.get(word[:-1], word[:-1])
    return word


def modifies_noun(word: str, following: str) -> bool:
    """Whether a singular word after a number qualifies the plural after it
    ("two mass graves", "40 armed men", "Two security guards")."""
    return (
        not is_plural(word)
        and word not in MEASURE_UNITS
        and word not in NOT_NOUN_QUALIFIERS
        and is_plural(following)
        and following not in QUANTITY_PARTICLES
    )


def is_plural(word: str) -> bool:
    """Whether a lower-case noun looks plural ("graves", "men"; not "press", "virus")."""
    if word in IRREGULAR_PLURALS:
        return True
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


_RANGE = re.compile(r"(?i:between)\s+(\S+)\s+(?:and|to)\s+(\S.*)")


def parse_quantity(text: str) -> Quantity | None:
    """Read value, unit and slot particle from a number fact's text.

    A range ("between 355 and 1,400 people") is read as its low end, with the
    high end as its bound ("-1400"): only the same range is the same amount.
    """
    text = text.strip()
    ranged = _RANGE.fullmatch(text)
    if ranged:
        low = number_value(ranged.group(1))
        high = parse_quantity(ranged.group(2))
        if low is None or high is None:
            return None
        return Quantity(low, high.unit, high.particle, f"-{high.value:g}")
    hedge = _leading_hedge().match(text)
    bound = HEDGE_BOUNDS.get(" ".join(hedge.group().lower().split()), "") if hedge else ""
    text = text[hedge.end() :] if hedge else text
    match = quantity_pattern().match(text)
    if not match or match.group("num") is None:
        return None
    value = number_value(match.group("num"))
    if value is None:
        return None
    value, unit = _scaled(value, match)
    words = [w for w in re.split(r"[\s\-]+", text[match.end() :].strip().lower()) if w]
    while (
        len(words) > 1
        and words[1] != "and"
        and (words[0] in QUANTITY_ADJECTIVES or names_a_group(words[0]))
    ):
        words.pop(0)  # "12 more people", "seven European monitors": the unit is what follows
    particle = next((w for w in words[1:] if w in QUANTITY_PARTICLES), "")
    # The unit is the word right after the number: "21-year-old man" and
    # "21 years old" are both 21 years old, "30-metre-high" is 30 m, and
    # "two-day visit" is two days like "two-day trip". A currency stays
    # ("$5 million in aid"), a unit word names one ("5 million dollars").
    if words and words[0] in QUANTITY_PARTICLES:
        particle, words = words[0], []
    if len(words) > 1 and modifies_noun(words[0], words[1]):
        words.pop(0)  # "two mass graves": the unit is graves
    named = singular(words[0]) if words else ""
    if named and (not unit or named in CURRENCY_SYMBOLS.values()):
        unit = named
    return Quantity(round(value, 6), unit, particle, bound)


def _scaled(value: float, match: re.Match[str]) -> tuple[float, str]:
    """The value with currency, glued unit, scale word and percent sign applied, and its unit."""
    unit = ""
    cur = match.group("cur")
    glued = match.group("glued")
    if cur:
        unit = CURRENCY_SYMBOLS[cur.lower()]
        if glued in _MULTIPLIERS:
            value *= _MULTIPLIERS[glued]
            glued = None
    if glued in _VALUE_SCALES:
        value *= _MULTIPLIERS[glued]
    elif glued:
        unit = UNIT_ALIASES.get(glued, glued)
    if match.group("scale"):
        value *= _MULTIPLIERS[match.group("scale").lower()]
    if match.group("pct"):
        unit = "%"
    return value, unit


# ---------------------------------------------------------------- dates


class DateValue(NamedTuple):
    """The fields a date fact states; 0 (or "") where it says nothing."""

    year: int = 0
    month: int = 0
    day: int = 0
    weekday: str = ""
    decade: int = 0
    relative: str = ""
    """A date relative to the day of writing, lower case ("last week", "yesterday")."""
    time: str = ""
    """A clock time, 24-hour ("17:00" of "5 p.m.")."""
    part: str = ""
    """The part of the month or year ("early", "mid", "late"), "" for all of it."""

    def near(self, other: DateValue) -> bool:
        """The same month or year, one told more precisely ("late February" / "February")."""
        return self.part != other.part and self._replace(part="") == other._replace(part="")

    def compatible(self, other: DateValue) -> bool:
        """True when both state something in common and nothing both state disagrees
        ("September" fits "Sept. 13, 2023"; "1970s" does not fit "February")."""
        if self.relative or other.relative or self.time or other.time:
            return (self.relative, self.time) == (other.relative, other.time)
        if self.part != other.part and not (self.day and other.day):
            return False
        if bool(self.weekday) != bool(other.weekday):
            return False
        if self.weekday:
            return self.weekday == other.weekday
        if not self._overlaps(other):
            return False
        pairs = ((self.year, other.year), (self.month, other.month), (self.day, other.day))
        if any(x and y and x != y for x, y in pairs):
            return False
        for decade, year in ((self.decade, other.year), (other.decade, self.year)):
            if decade and year and year // 10 * 10 != decade:
                return False
        return not (self.decade and other.decade and self.decade != other.decade)

    def _overlaps(self, other: DateValue) -> bool:
        """Whether the two state at least one field in common (a decade counts as a year)."""
        years = (bool(self.year or self.decade), bool(other.year or other.decade))
        return (all(years) or (bool(self.month) and bool(other.month))
                or (bool(self.day) and bool(other.day)))  # fmt: skip

    def shape(self) -> tuple[bool, ...]:
        """Which fields are stated; conflicts need the same shape on both sides."""
        return (bool(self.year), bool(self.month), bool(self.day), bool(self.weekday),
                bool(self.decade), bool(self.relative), bool(self.time))  # fmt: skip

    @property
    def loose(self) -> bool:
        """A weekday or a relative date: the same words may date different events, so
        two sources share it only where the words around it agree too."""
        return bool(self.relative or self.time or (self.weekday and not (self.year or self.month)))

    @property
    def key(self) -> str:
        """A canonical string: 2023-09-13, ????-06-18, tuesday, 1950s, last week."""
        if self.relative or self.time:
            return self.relative or self.time
        if self.weekday:
            return self.weekday
        if self.decade:
            return f"{self.decade}s"
        year = f"{self.year:04d}" if self.year else "????"
        parts = [f"{self.part} {year}" if self.part else year]
        if self.month:
            parts.append(f"{self.month:02d}")
            if self.day:
                parts.append(f"{self.day:02d}")
        return "-".join(parts)


TIME_OF_DAY = (
    r"(?:[01]?\d|2[0-3])(?::[0-5]\d)?\s?(?:[aApP]\.[mM]\.|[aApP][mM]\b)"
    r"|(?:[01]?\d|2[0-3]):[0-5]\d\b"
)
"""A clock time as news writes it: "5 p.m.", "10:30 a.m.", "9pm", "14:00" (no groups)."""

_TIME = re.compile(r"\s*(\d{1,2})(?::(\d\d))?\s?(?:([aApP])\.?[mM]\.?)?\s*")

_LAST_DAY = 31
"""The largest day of a month: a bigger number next to a month is no day."""


def parse_date(text: str) -> DateValue | None:
    """Read the fields of a date fact's text ("18 June 2024", "Tuesday", "1950s")."""
    iso = re.fullmatch(r"\s*(\d{4})-(\d{2})-(\d{2})\s*", text)
    if iso:
        return DateValue(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    relative = _relative_date(text)
    if relative:
        return DateValue(relative=relative)
    clock = _TIME.fullmatch(text)
    if clock and (clock.group(2) or clock.group(3)):
        hour = int(clock.group(1)) % 12 + (12 if (clock.group(3) or "").lower() == "p" else 0)
        if not clock.group(3):
            hour = int(clock.group(1))
        return DateValue(time=f"{hour:02d}:{clock.group(2) or '00'}")
    year = month = day = decade = 0
    weekday = part = ""
    for word in re.findall(r"[A-Za-z]+|\d+(?:st|nd|rd|th|s)?", text):
        low = word.lower()
        if low in PERIOD_PARTS:
            part = low
        elif low in MONTHS:
            month = MONTHS[low]
        elif low in WEEKDAYS:
            weekday = low
        elif low.endswith("0s") and low[:-1].isdigit() and len(low) == 5:
            decade = int(low[:-1])
        elif low.isdigit() and len(low) == 4:
            year = int(low)
        elif low.rstrip("stndrh").isdigit() and 1 <= int(low.rstrip("stndrh")) <= _LAST_DAY:
            day = int(low.rstrip("stndrh"))
    if not (year or month or weekday or decade):
        return None
    return DateValue(year, month, day, weekday, decade, part=part)


def _relative_date(text: str) -> str:
    """ "last week" of "Last week", "the weekend", "yesterday"; "" for other dates."""
    words = text.lower().split()
    if len(words) == 1 and words[0] in RELATIVE_DAYS:
        return words[0]
    if len(words) == 2 and words[1] in RELATIVE_PERIODS:
        if words[0] in RELATIVE_DATE_WORDS:
            return ("last" if words[0] == "past" else words[0]) + " " + words[1]
        if words == ["the", "weekend"]:
            return "the weekend"
    return ""
