"""Guessing an article's outlet, headline and date from its text alone.

Scraped articles rarely come with metadata, but their text often says who
published them: a masthead glued to the headline ("Berliner Tageblatt -
Putin to visit…", "Headline | The Guardian"), a wire dateline ("MOSCOW
(Reuters) -"), a byline ("By Jane Doe for the Guardian") or a copyright line
("Copyright 2014 The Associated Press"). Dates are read from the usual written
forms ("June 17, 2024", "17 June 2024", "Sept. 13, 2023", "2024-06-17").
Every guess only looks at a bounded number of lines, so it is cheap.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from newsdiff.core.text.clean_credits import is_credit
from newsdiff.core.words.calendar import MONTHS as _MONTHS
from newsdiff.core.words.places import CITIES, COUNTRIES, REGIONS

_HEAD_LINES = 12
"""How many non-blank lines from the top can hold a masthead, dateline or byline."""
_TAIL_LINES = 12
"""How many non-blank lines from the bottom can hold a copyright line."""
_MAX_HEADLINE_WORDS = 25
"""A first line longer than this is prose, not a headline."""

# One to four capitalised words ("The Guardian", "Berliner Tageblatt", "BBC News").
_NAME = r"(?:[Tt]he\s+)?[A-Z][\w&.'’]*(?:\s+(?:of\s+|de\s+|&\s+)?[A-Z][\w&.'’]*){0,3}"
_MASTHEAD_PREFIX = re.compile(rf"^(?P<outlet>{_NAME})\s+[-–—|]\s+(?P<rest>\S.*)$")
_MASTHEAD_SUFFIX = re.compile(rf"^(?P<rest>.*\S)\s+[-–—|]\s+(?P<outlet>{_NAME})$")
_DATELINE = re.compile(
    r"^[A-Z][\w.'’-]*(?:[ ,]+[A-Z][\w.'’-]*){0,4},?\s*"
    r"\((?P<outlet>[A-Z][\w&.'’]*(?:\s+[A-Z][\w&.'’]*){0,3})\)\s*(?:[-–—:]|--)"
)
_BYLINE_FOR = re.compile(rf"^By\s+[^,\n]{{2,60}}?\s+(?:for|of|at)\s+(?P<outlet>{_NAME})\s*\.?$")
_BYLINE_COMMA = re.compile(
    rf"^By\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}},\s+(?P<outlet>{_NAME})\s*\.?$"
)
_COPYRIGHT = re.compile(
    rf"^(?:©|\([cC]\)|Copyright)\s*(?:©\s*)?\d{{4}}(?:\s*[-–]\s*\d{{4}})?,?\s+(?P<outlet>{_NAME})"
)
# Labels that sit where a masthead would but name a genre, not an outlet.
_NOT_OUTLETS = frozenset(
    {
        "breaking", "breaking news", "update", "updated", "exclusive", "live", "watch",
        "video", "photos", "photo", "analysis", "opinion", "comment", "editorial", "review",
        "interview", "explainer", "factbox", "special report", "news", "staff",
    }
)  # fmt: skip
# Sections of a site, printed after the headline like a masthead; "The National"
# and "The World" are outlets, so these match only without an article.
_SECTIONS = frozenset(
    {
        "national", "world", "local", "politics", "business", "sport", "sports", "tv",
        "entertainment", "health", "science", "technology", "tech", "lifestyle", "travel",
    }
)  # fmt: skip
_ROLE_WORDS = frozenset(
    {"writer", "reporter", "correspondent", "editor", "contributor", "staff", "columnist"}
)

_MONTH = (
    r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATE_PATTERNS = (
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b"),
    re.compile(rf"\b{_MONTH}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b"),
    re.compile(
        rf"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+(?P<year>(?:19|20)\d\d)\b"
    ),
)
_YEAR = re.compile(r"(?<![\w.,-])((?:19|20)\d\d)(?![\w.,-]\d)")
_DATE_REACH = 24
"""How far before a year a date can start ("September 13th, 2023" is 20)."""
_MONTH_YEAR = re.compile(rf"\b{_MONTH}\s+(?P<year>(?:19|20)\d\d)\b")
_CAPTION_PHRASE = re.compile(
    r"^\d+ of \d+\.|^file(?: photo)?\s*[:\-–—]"
    r"|\b(?:picture|photo|photograph|image)s?\b.{0,60}\b(?:taken|shows?|released|courtesy)\b",
    re.IGNORECASE,
)
_PUBLISHED = re.compile(r"^(?:Published|Posted|Updated|Last updated|Date|First published)\b", re.I)


def guess_outlet(text: str) -> str:
    """The outlet an article names for itself, or "" when it names none.

    Looks, in order, for a masthead around the headline, a wire dateline
    ("MOSCOW (Reuters) -"), a byline ("By X for the Guardian", "By X, CNN")
    and a copyright line near the end.
    """
    head = _nonblank_lines(text, _HEAD_LINES)
    if head and not _DATELINE.match(head[0]):
        found = _masthead(head[0])
        if found:
            return found[0]
    for line in head:
        for pattern in (_DATELINE, _BYLINE_FOR, _BYLINE_COMMA):
            match = pattern.match(line)
            if match and _is_outlet_name(match["outlet"]):
                return _tidy_outlet(match["outlet"])
    for line in _nonblank_lines(text, _TAIL_LINES, from_end=True):
        if "/" in line:  # photo credits ("© Alexey NIKOLSKY / SPUTNIK / AFP")
            continue
        match = _COPYRIGHT.match(line)
        if match and _is_outlet_name(match["outlet"]):
            return _tidy_outlet(match["outlet"])
    return ""


def guess_headline(text: str) -> str:
    """The article's headline: its first non-blank line, masthead removed.

    Returns "" when the first line is too long to be a headline.
    """
    head = _nonblank_lines(text, 1)
    if not head:
        return ""
    line = head[0]
    found = _masthead(line)
    if found:
        line = found[1]
    line = " ".join(line.split())
    if len(line.split()) > _MAX_HEADLINE_WORDS:
        return ""
    return line


def strip_masthead(line: str) -> str:
    """A headline without the outlet name glued before or after it."""
    found = _masthead(line.strip())
    return found[1] if found else line.strip()


def find_dates(text: str) -> list[str]:
    """Every full date written in the text, as ISO strings, in text order."""
    found: set[tuple[int, str]] = set()
    # Every written date holds a year, and years are few: only the text just
    # around each year is searched, which keeps long articles cheap.
    for year in _YEAR.finditer(text):
        lo = max(0, year.start() - _DATE_REACH)
        window = text[lo : year.end() + 6]
        for pattern in _DATE_PATTERNS:
            for match in pattern.finditer(window):
                iso = _iso(match)
                if iso:
                    found.add((lo + match.start(), iso))
    return [iso for _, iso in sorted(found)]


def guess_date(text: str) -> str:
    """The article's own date: ISO YYYY-MM-DD, YYYY-MM, or "" if none is written.

    A date on a "Published …" line or a line that is nothing but a date, near
    the top, is the publication date. Otherwise the latest full date in the
    text, but only if it falls in the latest year the text mentions at all:
    news is written in (or just after) the latest year it names, and an
    obituary's birth date or a background date is not the story's date.
    Failing that, the latest "Month YYYY" of that year.
    """
    for line in _nonblank_lines(text, _HEAD_LINES):
        if not _YEAR.search(line):
            continue
        dates = find_dates(line)
        if dates and (_PUBLISHED.match(line) or len(line.split()) <= 8):
            return dates[0]
    # A photo caption dates the photo ("This picture taken on May 10, 2024 and
    # released on May 11 ..."), often an archive one, not the story.
    prose = "\n".join(
        line for line in text.splitlines() if _YEAR.search(line) and not _caption_like(line)
    )
    years = [int(y) for y in _YEAR.findall(prose)]
    if not years:
        return ""
    latest_year = str(max(years))
    dates = [d for d in find_dates(prose) if d.startswith(latest_year)]
    if dates:
        return max(dates)
    months = [
        f"{int(m['year']):04d}-{_MONTHS[m['month'].lower().rstrip('.')]:02d}"
        for m in _MONTH_YEAR.finditer(prose)
        if m["year"] == latest_year
    ]
    return max(months) if months else ""


def latest_year(text: str) -> int:
    """The latest year the text names outside photo captions, or 0."""
    years = [
        int(y) for line in text.splitlines() if not _caption_like(line) for y in _YEAR.findall(line)
    ]
    return max(years, default=0)


def _caption_like(line: str) -> bool:
    """A photo caption or credit: a gallery counter ("1 of 17."), "picture taken",
    "photo shows", "FILE PHOTO:", or a credit ("©", "/ AFP")."""
    line = line.strip()
    return bool(_CAPTION_PHRASE.search(line)) or is_credit(line)


def common_date(dates: list[str]) -> str:
    """The date most articles of a story agree on (full dates before months).

    Ties go to the earliest date, so the result does not depend on order.
    """
    for wanted in (10, 7):
        counts = Counter(d for d in dates if len(d) == wanted)
        if counts:
            best = max(counts.values())
            return min(d for d, n in counts.items() if n == best)
    return ""


def _masthead(line: str) -> tuple[str, str] | None:
    """(outlet, headline) when the line is a headline with an outlet glued on."""
    for pattern in (_MASTHEAD_PREFIX, _MASTHEAD_SUFFIX):
        match = pattern.match(line)
        if not match:
            continue
        rest = match["rest"].strip()
        if len(rest.split()) >= 3 and _is_outlet_name(match["outlet"]):
            return _tidy_outlet(match["outlet"]), rest
    return None


def _is_outlet_name(name: str) -> bool:
    words = name.split()
    lowered = name.lower()
    if lowered in _NOT_OUTLETS or lowered.removeprefix("the ") in _NOT_OUTLETS:
        return False
    if lowered in _SECTIONS:
        return False
    if lowered in COUNTRIES or lowered in CITIES or lowered in REGIONS:
        return False  # "CAPE CANAVERAL (Florida) -": a place in the dateline
    if any(w.lower().strip(".") in _ROLE_WORDS for w in words):
        return False
    # A one-word all-caps token is an outlet only if it looks like an acronym
    # (BBC, CNN); a long shouted word is a label ("EXCLUSIVE", "UPDATE").
    return not (len(words) == 1 and name.isupper() and len(name) > 5)


def _tidy_outlet(name: str) -> str:
    # "The Associated Press. All rights reserved": the name ends at a full stop.
    name = " ".join(name.split()).split(". ")[0].rstrip(".")
    if name.startswith("the "):
        name = "The " + name[4:]
    return name


def _nonblank_lines(text: str, limit: int, *, from_end: bool = False) -> list[str]:
    lines: list[str] = []
    source = reversed(text.splitlines()) if from_end else iter(text.splitlines())
    for raw in source:
        line = raw.strip()
        if line:
            lines.append(line)
            if len(lines) >= limit:
                break
    return lines


def _iso(match: re.Match[str]) -> str:
    groups = match.groupdict()
    month = int(groups["mnum"]) if groups.get("mnum") else _MONTHS[groups["month"].lower()]
    try:
        return date(int(groups["year"]), month, int(groups["day"])).isoformat()
    except ValueError:
        return ""
