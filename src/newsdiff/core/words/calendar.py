"""Month and weekday names with their abbreviations.

Users: `facts` (dates), `diff.numbers` (a changed date), `text.clean_rules`
(date lines and timestamps), `stories.outlets` (a page's dateline date),
`stories.grouping` (weekday words carry no event).
"""

from __future__ import annotations

from newsdiff.core.words import word_set

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
"""Lower-case month name or abbreviation -> month number."""

MONTH_NAMES = tuple(name for name in MONTHS if len(name) > 4 or name in ("may", "june", "july"))
"""The twelve full month names, lower case, in calendar order."""

MONTH_ABBREVIATIONS = tuple(name for name in MONTHS if name not in MONTH_NAMES)
"""jan, feb, mar, apr, jun, jul, aug, sep, sept, oct, nov, dec."""

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
"""The seven weekday names, lower case, Monday first."""

WEEKDAY_ABBREVIATIONS = ("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun")
"""Short weekday forms seen in datelines and timestamps."""


def title_alternation(names: tuple[str, ...]) -> str:
    """A regex alternation of `names` capitalised ("January|February|..."), no groups."""
    return "|".join(name.capitalize() for name in names)


MONTH_CUES = word_set(
    "in on since until by from last next early late mid of during through before after"
)
"""Words before "March" or "May" (also ordinary words) that make them months."""

RELATIVE_DATE_WORDS = word_set("last this next past")
"""Words that date a period relative to the day of writing ("last week", "this month")."""

RELATIVE_PERIODS = word_set("week month year weekend spring summer autumn fall winter")
"""Periods a relative date word dates ("last week", "this summer")."""

RELATIVE_DAYS = word_set("yesterday tomorrow")
"""Days named relative to the day of writing."""

PERIOD_PARTS = word_set("early mid late")
"""Words that date an event within a month or year ("late February", "mid-2010"): the
same month told less precisely is no longer the same date."""
