"""Facts a source states: names, numbers with units, dates and quotations.

Extraction is plain regular expressions and word lists, linear in the text:

- quotations: text inside paired quote marks, four words or more (scare
  quotes like "friendly" are not facts); apostrophes (Putin's) are not quotes;
- dates: "June 18", "18 June 2024", "Sept. 13, 2023", "September 2023",
  "Tuesday", "1950s", a bare year, and dates relative to the day of writing
  ("last week", "this month", "yesterday"). Those depend on the day each outlet
  published, so they only ever match the same words (never conflict with a
  calendar date), and like weekdays only where the words around them agree;
- numbers with their unit ("24 years ago", "nine months", "240mm",
  "$5 million", "90%", "two-day visit"); a spelled number needs a unit;
- names (`facts.mentions`): runs of capitalised words, typed person / place /
  organisation / name.

Reading the values back lives in `facts.values`, matching two sources in
`facts.match`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from newsdiff.core.facts.mentions import capital_evidence, name_mentions, type_entities
from newsdiff.core.facts.names import names_a_group
from newsdiff.core.facts.values import (
    TIME_OF_DAY,
    hedge_pattern,
    is_plural,
    modifies_noun,
    quantity_pattern,
)
from newsdiff.core.model import Fact, FactKind, FoundFact
from newsdiff.core.words.calendar import (
    MONTH_ABBREVIATIONS,
    MONTH_CUES,
    MONTH_NAMES,
    MONTHS,
    PERIOD_PARTS,
    RELATIVE_DATE_WORDS,
    RELATIVE_DAYS,
    RELATIVE_PERIODS,
    WEEKDAYS,
    title_alternation,
)
from newsdiff.core.words.names import GROUP_NOUNS, REPORTING_WORDS, SENTENCE_CAPITALS
from newsdiff.core.words.numbers import (
    CARDINALS,
    COUNT_VERBS,
    NOT_UNITS,
    QUANTITY_ADJECTIVES,
    QUANTITY_PARTICLES,
    TIME_UNITS,
)

QUOTE_MIN_WORDS = 4
"""Fewest words a quotation needs to be a fact: scare quotes ("friendly", "a hostage
crisis") are not. Four, as the hand-listed facts of ../shared/eval/facts define a
quotation (three-word quotes there were nearly all scare quotes)."""

QUOTE_FOLLOW = 2
"""Sentences a quotation left open is followed into (the segmenter splits
"We will sign. It is historic," in two)."""

CONTEXT_WORDS = 8
"""Words on each side of a value kept as its context (what its slot is about)."""

CONTEXT_MIN_LENGTH = 3
"""Shortest context word: shorter ones ("in", "of", "at") say nothing of the slot."""

UNIT_WORDS = 2
"""Words read after a number for its unit: one adjective, then the unit ("two new cases")."""

MONTHS_ALSO_WORDS = ("March", "May")
"""Months that are ordinary words too: alone, a date only after a month cue."""

_NOT_UNITS = SENTENCE_CAPITALS | NOT_UNITS
_STOP_CONTEXT = _NOT_UNITS | REPORTING_WORDS
_QUOTE_PAIRS = {"“": "”", "„": "“”", "«": "»", "‹": "›"}


def extract_facts(sentences: Sequence[str]) -> list[Fact]:
    """Find the names, numbers, dates and quotations of one article.

    Args:
        sentences: the article's sentences, in order (their index is the
            `sentence` of each fact).

    Returns:
        Facts in reading order (`FoundFact`s: numbers and dates carry the
        words around them for conflict detection).
    """
    texts = list(sentences)
    evidence = capital_evidence(texts)
    facts: list[tuple[int, int, Fact]] = []
    mentions = []
    captions = caption_sentences(texts)
    for i, text in enumerate(texts):
        if i in captions:
            continue  # "... in Donetsk May 6, 2014.": a photo caption states no fact
        taken: list[tuple[int, int]] = []
        for start, quoted in _quote_spans(texts, i):
            inner = _MANGLED_EDGES.sub("", quoted).strip().rstrip(",.;:").strip()
            if len(re.findall(r"\w+", inner)) >= QUOTE_MIN_WORDS:
                facts.append((i, start, FoundFact(inner, FactKind.QUOTE, i)))
        for start, end, kind in _values(text):
            taken.append((start, end))
            context = _context(text, start, end)
            facts.append((i, start, FoundFact(text[start:end], kind, i, context)))
        mentions += name_mentions(text, i, taken, evidence)
    for mention, kind in type_entities(mentions):
        fact = (
            FoundFact(mention.text, kind, mention.sentence, dateline=True)
            if mention.dateline
            else Fact(mention.text, kind, mention.sentence)
        )
        facts.append((mention.sentence, mention.start, fact))
    facts.sort(key=lambda t: (t[0], t[1]))
    return [fact for _, _, fact in facts]


def is_caption(text: str) -> bool:
    """A wire photo caption: a place and the full date the picture was taken end it,
    with no "on" in front ("Men guard a building in Donetsk May 6, 2014."), or a
    gallery counter opens it ("1 of 19. Pro-Russian armed separatists guard ...")."""
    if _GALLERY_COUNTER.match(text):
        return True
    # A caption ends in a day and year ("6, 2014"): most sentences are answered
    # without the regex (and it is compiled only when one does).
    tail = text.rstrip().rstrip(".")[-7:]
    if tail[-6:-4] != ", " or tail[-4:-2] not in ("19", "20"):
        return False
    if not (tail[-7:-6] + tail[-2:]).isdecimal():
        return False
    return _caption_date().search(text) is not None


@cache
def _caption_date() -> re.Pattern[str]:
    """A caption's closing place and full date ("in Donetsk May 6, 2014.")."""
    months = title_alternation(MONTH_NAMES)
    return re.compile(rf"[A-Z][\w'’\-]+,? (?:{months}) [0-3]?\d, (?:19|20)\d\d\.?\s*$")


def caption_sentences(texts: Sequence[str]) -> set[int]:
    """Indexes of the photo captions among an article's sentences: those `is_caption`
    finds, and the sentence right after a gallery counter ("1 of 4.")."""
    out = {i for i, text in enumerate(texts) if is_caption(text)}
    out |= {i + 1 for i, text in enumerate(texts[:-1]) if _GALLERY_COUNTER.fullmatch(text)}
    return out


_GALLERY_COUNTER = re.compile(r"\s*\d{1,3} of \d{1,3}\.(?:\s+|$)")
"""The counter of a photo gallery ("1 of 19."): the caption of a picture follows it."""


# ---------------------------------------------------------------- quotations


def _quote_spans(texts: list[str], i: int) -> list[tuple[int, str]]:
    """Start offsets and texts of the quotations that open in sentence `i`.

    A quotation left open at the sentence end is followed into the next
    `QUOTE_FOLLOW` sentences.
    """
    text = texts[i]
    follow = _open_quote(_unmangled(text))
    joined = " ".join(texts[i : i + 1 + QUOTE_FOLLOW]) if follow else text
    spans = [(s, e) for s, e in _paired(_unmangled(joined)) if s <= len(text)]
    # A quotation inside a longer one is part of it, not a second fact.
    return [
        (s, joined[s:e])
        for s, e in spans
        if not any((o, p) != (s, e) and o <= s and e <= p for o, p in spans)
    ]


_MANGLED_QUOTES = {"â\x80\x9c": "“\x00\x00", "â\x80\x9d": "”\x00\x00",
                   "â\x80\x98": "‘\x00\x00", "â\x80\x99": "’\x00\x00"}  # fmt: skip
"""Curly quote marks of UTF-8 text read as Latin-1 (mojibake, as scraped pages carry
them) -> the mark padded to the same length, so offsets stay those of the text."""


_MANGLED_EDGES = re.compile(r"^[\x80-\x9f]+|â[\x80-\x9f]?$")


def _unmangled(text: str) -> str:
    """`text` with mojibake quote marks read as the marks they were (same length)."""
    if "â\x80" not in text:
        return text
    for mangled, mark in _MANGLED_QUOTES.items():
        text = text.replace(mangled, mark)
    return text


def _open_quote(text: str) -> bool:
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”")


_QUOTE_MARK = re.compile(r"[\"'‘’“”„«»‹›]")


def _paired(text: str) -> list[tuple[int, int]]:
    """Inner spans of paired quote marks; apostrophes (Putin's, Kim’s) never pair."""
    spans: list[tuple[int, int]] = []
    opened: dict[str, int] = {}
    n = len(text)
    for mark in _QUOTE_MARK.finditer(text):
        k = mark.start()
        ch = text[k]
        before = text[k - 1] if k else " "
        after = text[k + 1] if k + 1 < n else " "
        if ch == '"':
            if '"' in opened:
                spans.append((opened.pop('"') + 1, k))
            elif not after.isspace():
                opened['"'] = k
        elif ch == "“" and "„" in opened:
            spans.append((opened.pop("„") + 1, k))  # German „…“
        elif ch in _QUOTE_PAIRS:
            opened.setdefault(ch, k)
        elif ch in "”»›":
            for opener, close in _QUOTE_PAIRS.items():
                if ch in close and opener in opened:
                    spans.append((opened.pop(opener) + 1, k))
                    break
        elif before.isalnum() and after.isalnum():
            continue  # an apostrophe inside a word
        elif "'" in opened and not before.isspace() and not after.isalnum():
            spans.append((opened.pop("'") + 1, k))
        elif ch != "’" and (before.isspace() or before in '([{—–-"“') and after.isalpha():
            opened["'"] = k
    return spans


# ---------------------------------------------------------------- numbers, dates


@cache
def _date_pattern() -> re.Pattern[str]:
    """Dates as news writes them; built on first use from `words.calendar`."""
    abbreviations = "|".join(sorted(MONTH_ABBREVIATIONS, key=len, reverse=True))
    month = rf"(?:{title_alternation(MONTH_NAMES)}|(?:{abbreviations.title()})\.?)"
    day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    year = r"(?:1[5-9]\d\d|20\d\d)"
    relative = "|".join(sorted(RELATIVE_DATE_WORDS))
    periods = "|".join(sorted(RELATIVE_PERIODS))
    days = "|".join(sorted(RELATIVE_DAYS))
    parts = "|".join(sorted(PERIOD_PARTS))
    # Every date starts a word: the leading `\b(?=\w)` says so once, so the
    # scanner skips the other positions without trying each alternative there
    # (the same matches, in a third of the time on long articles).
    return re.compile(
        rf"""
        \b(?=\w)(?:
          \b{TIME_OF_DAY}
        | \b(?i:{parts})[-\s](?:{month}(?:,?\s{year})?|{year})\b
        | \b\d{{4}}-[01]\d-[0-3]\d\b
        | \b{day}\s(?:of\s)?{month}(?:,?\s{year})?(?!\w)
        | \b{month}\s{day}(?:,?\s{year})?(?![\w:])
        | \b{month},?\s{year}\b
        | \b(?P<month>{title_alternation(MONTH_NAMES)})\b
        | \b(?:{title_alternation(WEEKDAYS)})\b(?!s)
        | \b(?:1[5-9]|20)\d0s\b
        | (?<![\w$€£.,\-/])(?P<year>{year})(?!%|[.,:]\d|\w)
        | \b(?i:{relative})\s(?:{periods})\b | \b(?i:the)\sweekend\b | \b(?i:{days})\b
        )""",
        re.VERBOSE,
    )


def _values(text: str) -> list[tuple[int, int, FactKind]]:
    """Spans of dates and numbers with units in one sentence."""
    found: list[tuple[int, int, FactKind]] = []
    for match in _date_pattern().finditer(text):
        start, end = match.span()
        if match.group("month") and match.group() in MONTHS_ALSO_WORDS:
            before = text[:start].split()
            if not before or before[-1].lower().strip("(,") not in MONTH_CUES:
                continue
        if match.group("year") and _plural_follows(text, end):
            continue  # "2000 troops" is a count, not a year
        found.append((start, end, FactKind.DATE))
    taken = [(s, e) for s, e, _ in found]
    for match in quantity_pattern().finditer(text):
        start, end = match.span()
        if any(s < end and start < e for s, e in taken) or not match.group("num"):
            continue
        if _names_a_number(text, match):
            continue
        low = _range_start(text, start)
        if low is not None:
            start = low  # "between 355 and 1,400 people": one amount, both ends
            taken.append((start, match.start()))
        unit_end = _unit_end(text, match)
        if unit_end is None:
            continue
        hedge = hedge_pattern().search(text, 0, start)
        if hedge:
            start = hedge.start()  # "more than 40 people": how exact is part of the fact
        found.append((start, len(text[:unit_end].rstrip()), FactKind.NUMBER))
    return _drop_range_starts(found)


_RANGE_START = re.compile(
    r"(?i:\bbetween)\s(\d{1,3}(?:,\d{3})+|\d+)(?:\s(?:[a-z]+\s)?)?(?:and|to)\s$"
)
"""The first end of a range, before its second figure ("between 355 and ")."""

_NAME_NUMBER = re.compile(r"(?<![.!?]\s)\b([A-Z][\w'’\-]*)\s$")
"""A capitalised word right before a figure: "Geneva 1", "Radio 1" name a thing."""

NAME_NUMBER_DIGITS = 2
"""Longest figure read as part of the name before it ("Geneva 1", "Apollo 11"); longer
ones after a name are amounts or years ("Kim 2019")."""


def _names_a_number(text: str, match: re.Match[str]) -> bool:
    """Whether a bare figure is part of the name it follows ("the Geneva 1 process")."""
    num = match.group("num")
    if match.group("cur") or match.group("pct") or not num.isdigit():
        return False
    if len(num) > NAME_NUMBER_DIGITS:
        return False
    word = _NAME_NUMBER.search(text, 0, match.start())
    if not word or word.start(1) == 0:
        return False
    after = re.match(r"\s+([a-z]+)", text[match.end() :])
    if after and (is_plural(after.group(1)) or after.group(1) in TIME_UNITS):
        return False  # "in Kiev 12 days ago": an amount after a name
    low = word.group(1).lower()
    return low not in SENTENCE_CAPITALS and low not in MONTHS and low not in _MONTH_ABBREVIATIONS


_MONTH_ABBREVIATIONS = frozenset(m.lower() for m in MONTH_ABBREVIATIONS)


def _range_start(text: str, start: int) -> int | None:
    """Where a range opens when `start` is its second figure, else None."""
    found = _RANGE_START.search(text, max(0, start - 40), start)
    return found.start() if found and found.end() == start else None


def _drop_range_starts(found: list[tuple[int, int, FactKind]]) -> list[tuple[int, int, FactKind]]:
    """Values inside a longer one (the "355" of "between 355 and 1,400 people") go."""
    return [f for f in found if not any(o != f and o[0] <= f[0] and f[1] <= o[1] for o in found)]


def _plural_follows(text: str, end: int) -> bool:
    nxt = re.match(r"\s+([a-z]+)", text[end:])
    return bool(nxt and nxt.group(1).endswith("s") and nxt.group(1) not in _NOT_UNITS)


def _unit_end(text: str, match: re.Match[str]) -> int | None:
    """Where a quantity ends once its unit (and a slot word like "ago") is added.

    Returns None when the number is no fact: a spelled number without a unit
    ("one of them"), or "one" with anything but a time or measure unit.
    """
    end = match.end()
    spelled = match.group("num")[0].isalpha()
    has_unit = bool(match.group("cur") or match.group("pct") or match.group("glued"))
    if not has_unit:
        words, pos = _unit_words(text, end)
        if words and words[-1] not in QUANTITY_ADJECTIVES:
            unit = words[-1].split("-")[0]
            is_one = spelled and CARDINALS.get(match.group("num").lower()) == 1
            if is_one and unit.rstrip("s") not in TIME_UNITS:
                return None
            has_unit = True
            end = _qualified_noun_end(text, match.end(), pos, words[-1])
    if spelled and not has_unit:
        return None
    particle = re.match(r"\s+([a-z]+)", text[end:])
    if particle and particle.group(1) in QUANTITY_PARTICLES:
        end += particle.end()
    elif has_unit:
        # "55 Russians and Ukrainians", "12 women and children": one count of both
        more = re.match(r"\s+and\s+([A-Za-z]+)\b", text[end:])
        if more and (
            (more.group(1)[0].isupper() and names_a_group(more.group(1)))
            or more.group(1) in GROUP_NOUNS
        ):
            end += more.end()
    return end


def _unit_words(text: str, end: int) -> tuple[list[str], int]:
    """The lower-case words after a number that may be its unit, and where they end."""
    words = []
    pos = end
    for _ in range(UNIT_WORDS):
        nxt = re.match(r"(?:\s+|-)([A-Za-z][a-z]*(?:-[a-z]+)*)", text[pos:])
        if not nxt:
            break
        word = nxt.group(1)
        if word[0].isupper():
            # "55 Russians", "three Ukrainian soldiers": people named by origin
            if not names_a_group(word):
                break
            word = word.lower()
        elif (
            (word in _NOT_UNITS and word not in QUANTITY_ADJECTIVES)
            or word in COUNT_VERBS
            or word.endswith("ly")
        ):
            break
        words.append(word)
        pos += nxt.end()
        if word not in QUANTITY_ADJECTIVES and not (
            nxt.group(1)[0].isupper() and not is_plural(word)
        ):
            break
    return words, pos


def _qualified_noun_end(text: str, number_end: int, unit_end: int, unit: str) -> int:
    """The end of the unit, or of the plural noun it qualifies ("two mass graves",
    "two-day visit": a compound qualifies a noun)."""
    noun = re.match(r"\s+([a-z]+)\b", text[unit_end:])
    if not noun or noun.group(1) in _NOT_UNITS:
        return unit_end
    if "-" in text[number_end:unit_end] or ("-" not in unit and modifies_noun(unit, noun.group(1))):
        return unit_end + noun.end()
    # "85 barrel bomb attacks", "eight formal border crossings": two words qualify the noun
    after = re.match(r"\s+([a-z]+)\b", text[unit_end + noun.end() :])
    if (
        "-" not in unit
        and after
        and after.group(1) not in _NOT_UNITS
        and modifies_noun(noun.group(1), after.group(1))
        and modifies_noun(unit, after.group(1))
    ):
        return unit_end + noun.end() + after.end()
    return unit_end


def _context(text: str, start: int, end: int) -> frozenset[str]:
    """Content words within `CONTEXT_WORDS` words of a value: what its slot is about.

    The nearest content word on each side is also kept with a "^" mark: two
    values share a slot only if one of those neighbours agrees too.
    """
    before = [w.lower() for w in re.findall(r"[^\W\d_]+", text[:start])[-CONTEXT_WORDS:]]
    after = [w.lower() for w in re.findall(r"[^\W\d_]+", text[end:])[:CONTEXT_WORDS]]
    before = [w for w in before if w not in _STOP_CONTEXT and len(w) >= CONTEXT_MIN_LENGTH]
    after = [w for w in after if w not in _STOP_CONTEXT and len(w) >= CONTEXT_MIN_LENGTH]
    neighbours = {"^" + w for w in (before[-1:] + after[:1])}
    return frozenset(before + after) | frozenset(neighbours)
