"""Number words: cardinals, ordinals, scales and decades.

Users: `diff.numbers` (a changed number written in words), `facts.values`
(quantities and what they count), `align.similarity` (numbers anchor a pair).
"""

from __future__ import annotations

from functools import cache

from newsdiff.core.words import word_set

CARDINALS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
"""Lower-case number word -> value, zero to ninety (compounds such as "forty-two" are read
as tens plus a unit by their users)."""

TENS = tuple(word for word, value in CARDINALS.items() if value >= 20)
"""twenty ... ninety, in order."""

UNITS = tuple(word for word, value in CARDINALS.items() if 1 <= value <= 9)
"""one ... nine, in order: the second half of "forty-two"."""

ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
    "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30,
}  # fmt: skip
"""Lower-case ordinal word -> value."""

SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 10**9,
          "trillion": 10**12}  # fmt: skip
"""Scale words -> multiplier."""

SCALE_ABBREVIATIONS = {"bn": 10**9, "mn": 10**6, "tn": 10**12, "m": 10**6, "k": 1_000}
"""Abbreviated scales glued to or following a figure ("$5bn", "3m") -> multiplier."""

DECADES = {
    "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
    "seventies": 70, "eighties": 80, "nineties": 90,
}  # fmt: skip
"""Decade words -> the tens they name."""


@cache
def number_word_pattern() -> str:
    """A regex alternation (no groups) matching one number word from zero to ninety-nine.

    Built from `CARDINALS`, tens with an optional "-unit" first so "forty-two" is read whole.
    """
    tens = "|".join(TENS)
    units = "|".join(UNITS)
    small = "|".join(word for word, value in CARDINALS.items() if value < 20)
    return rf"(?:{tens})(?:[-\s](?:{units})\b)?|{small}"


# Units a quantity counts (users: `facts.values` reading "24 years ago", "$5 million",
# "two mass graves"; `facts.extract` finding where a quantity's unit ends).

CURRENCY_SYMBOLS = {"$": "usd", "us$": "usd", "€": "eur", "£": "gbp", "¥": "jpy", "₽": "rub"}
"""Currency signs in front of a figure (lower case) -> currency code."""

GLUED_UNITS = ("bn", "mn", "tn", "mm", "cm", "km", "kg", "mph", "kph", "ft", "lbs", "lb", "oz",
               "mi", "m", "k", "g")  # fmt: skip
"""Units and scales written glued to a figure ("240mm", "$5bn", "3m")."""

UNIT_ALIASES = {
    "percent": "%", "per cent": "%", "percentage": "%", "dollar": "usd", "euro": "eur",
    "pound": "gbp", "yen": "jpy", "rouble": "rub", "ruble": "rub", "yr": "year",
    "hr": "hour", "min": "minute", "people": "person", "men": "man", "women": "woman",
    "children": "child", "kilometre": "km", "kilometer": "km", "metre": "m", "meter": "m",
    "millimetre": "mm", "millimeter": "mm", "kilogram": "kg", "mile": "mile", "mi": "mile",
    "lbs": "lb", "ounce": "oz",
}  # fmt: skip
"""Unit words and abbreviations -> one normalised unit ("per cent" and "%" alike)."""

QUANTITY_ADJECTIVES = word_set(
    """
    new more other additional different separate young major small large big key
    top senior further extra short long former current foreign local"""
)
"""Adjectives between a number and its unit: "12 more people", "two new cases"."""

MEASURE_UNITS = word_set(
    """
    second minute hour day night week month year decade century time km m mm cm kg g
    mile foot feet ft inch metre meter kilometre kilometer mph storey story acre hectare
    ton tonne pound dollar euro percent point degree"""
)
"""Units that stand in the singular after any number ("30-metre", "5 km", "two-day")."""

TIME_UNITS = word_set("second minute hour day night week month year decade century time times")
"""Units of time: the only units "one" is a fact with ("one year", not "one of them")."""

QUANTITY_PARTICLES = word_set("ago old later earlier long")
"""Words after a quantity that belong to its slot: "24 years ago" is not "24 years later"."""

NOT_NOUN_QUALIFIERS = ("dozen", "score", "am", "pm")
"""Singular words after a number that do not qualify the plural after them
("two dozen soldiers", "6 pm reports")."""

IRREGULAR_PLURALS = ("men", "women", "children", "people", "police", "staff")
"""Plural nouns without a final s."""

NOT_UNITS = word_set(
    """
    per than percent and or nor but to from into onto about around nearly almost
    over under up down out off away other others another more most less least"""
)
"""Words after a number that are not its unit ("more than", "two to three"); the
capitalised common words (`words.names.SENTENCE_CAPITALS`) are not units either."""

COUNT_VERBS = word_set("left died fled fell rose remain remained remains stayed arrived returned")
"""Verbs that follow a bare count ("nearly 1,000 left on Wednesday"): not its unit, but
words of its context."""

HEDGES = (
    "more than", "less than", "fewer than", "at least", "at most", "up to", "just over",
    "just under", "well over", "about", "around", "nearly", "almost", "roughly",
    "approximately", "some", "over", "under",
)  # fmt: skip
"""Words in front of an amount that say how exact it is ("more than 40 people"): kept
with the number as one fact, left out when its value is read."""

HEDGE_BOUNDS = {
    "more than": ">", "at least": ">", "just over": ">", "well over": ">", "over": ">",
    "less than": "<", "fewer than": "<", "at most": "<", "up to": "<", "just under": "<",
    "under": "<", "nearly": "<", "almost": "<",
    "about": "~", "around": "~", "roughly": "~", "approximately": "~", "some": "~",
}  # fmt: skip
"""Which side of the stated figure each hedge puts the amount on: ">" above it, "<"
below it, "~" either side. "more than two years" and "nearly two years" are not the
same amount; "about 30" and "30" may be."""

GROUP_WORDS = {"dozen": 12}
"""Words naming a group of fixed size, read as a cardinal ("two dozen") -> the size."""

PERCENT_WORDS = word_set("percent cent")
"""Words that make the number before them a percentage ("24 per cent", "24 percent")."""

ORDINAL_SUFFIXES = word_set("st nd rd th")
"""Endings of a figure written as an ordinal ("18th"), also seen split off ("18 th")."""
