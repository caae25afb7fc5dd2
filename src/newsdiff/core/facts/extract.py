"""Facts a source states: names, numbers with units, dates and quotations.

Extraction is plain regular expressions and word lists, linear in the text:

- quotations: text inside paired quote marks, three words or more (scare
  quotes like "friendly" are not facts); apostrophes (Putin's) are not quotes;
- dates: "June 18", "18 June 2024", "Sept. 13, 2023", "September 2023",
  "Tuesday", "1950s", a bare year. Relative expressions ("last month",
  "tomorrow") are not facts: they depend on the day each outlet published, so
  two outlets writing them for the same day would look like a disagreement;
- numbers with their unit ("24 years ago", "nine months", "240mm",
  "$5 million", "90%", "two-day visit"); a spelled number needs a unit;
- names: runs of capitalised words (with connectors, initials, particles),
  acronyms; typed person / place / organisation / name by titles, marker
  words, prepositions and demonyms, voted over all mentions of one entity.

Matching the facts of two sources lives in `fact_match`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from newsdiff.core.facts.match import (
    CONNECTORS,
    DEMONYM_SUFFIX,
    IRREGULAR_DEMONYMS,
    MONTHS,
    NUMBER_WORDS,
    PARTICLES,
    QUANTITY,
    QUANTITY_ADJECTIVES,
    WEEKDAYS,
    FoundFact,
    diff_facts,
    fact_key,
    group_names,
    modifies_noun,
    read_name,
)
from newsdiff.core.model import Fact, FactKind, Token
from newsdiff.core.text.segment import tokenize
from newsdiff.core.words.places import CITIES, COUNTRIES, REGIONS

__all__ = ["diff_facts", "extract_facts", "fact_key"]

_WORDS = str.split
# Capitalised at a sentence start for grammar, not because they are names.
_COMMON = frozenset(
    _WORDS("""
    a an the in on at to for of by with from as and but or nor so yet if when while where
    after before since until though although because this that these those there here
    it its he she they we i you his her their our my your him them us both all some
    many most much no not now then back also still even just only meanwhile however
    moreover instead once according amid despite during under over about among between
    what who whom which why how each every other another such several few more less
    last next first second third earlier later today tomorrow yesterday tonight
    read photo file watch update breaking exclusive opinion analysis video live
    yes well indeed thus therefore otherwise whether already again perhaps maybe
    can could will would should may might must do does did is are was were be been
    being has have had let let's here's there's it's we're they're he's she's
    one two three four five six seven eight nine ten mr mrs ms dr""")
) | frozenset(WEEKDAYS)
# Capitalised adjectives of direction that name no entity when alone.
_DIRECTIONS = frozenset(
    _WORDS("western eastern northern southern central west east north south former")
)
_TITLES = frozenset(
    _WORDS("""
    president minister premier chancellor secretary leader chief spokesman spokeswoman
    spokesperson aide adviser advisor ambassador envoy governor mayor senator sen rep
    judge king queen prince princess pope sheikh emir mr mrs ms dr prof professor sir
    dame lord lady commander colonel col lt captain capt sergeant sgt gen general
    director chairman chairwoman chair ceo speaker head founder deputy""")
) - {"general"}
# Lower-case words before a name that say it is a person ("leader Kim Jong Un").
_PERSON_CUES = (
    _TITLES
    | frozenset(
        _WORDS("""
    father mother son daughter wife husband sister brother uncle aunt counterpart
    official officials adviser analyst expert lawyer activist journalist reporter
    correspondent economist researcher scientist author actor actress singer coach
    player candidate rival dictator successor predecessor colleague boss""")
    )
    | {"general"}
)
# Words in front of a title that belong to the title ("First Deputy Prime Minister").
_TITLE_MODIFIERS = frozenset(
    _WORDS("""
    prime deputy vice first foreign defence defense health transport finance interior
    justice economy economic trade energy education culture agriculture labour labor
    home senior acting former supreme executive digital environment emergency emergencies
    industry science sports development security state affairs treasury commerce
    homeland communications information natural resources minority majority""")
)
_ORG_WORDS = frozenset(
    _WORDS("""
    council ministry agency court union party corporation corp inc ltd llc plc company
    co group bank university institute committee commission department office
    organisation organization association army navy forces force command unit service
    services police authority news times post press railway railways airlines airways lines
    bureau assembly parliament congress senate cabinet government club foundation fund
    network television radio media motors systems technologies alliance coalition
    movement front guard brigade regiment division school college hospital church
    federation league board house nations international watch""")
)
_PLACE_WORDS = frozenset(
    _WORDS("""
    city county state states province region oblast krai island islands republic
    kingdom emirates sea ocean river lake mountains mountain valley bay gulf strait
    peninsula coast square street avenue road airport port harbour harbor bridge park
    palace district territory territories prefecture desert forest border cosmodrome
    strip bank heights plateau canal
    north south east west""")
)
# Last words of events and documents, which are not people: "Korean War".
_EVENT_WORDS = frozenset(
    _WORDS("""
    war wars games olympics summit crisis revolution agreement treaty accord act award
    prize cup championship festival conference forum day week election elections""")
)
_PLACE_FIRST = frozenset(
    _WORDS("north south east west northern southern eastern western central new saint st san")
) | frozenset(_WORDS("santa los las port mount mt ft lake cape fort greater upper lower"))
_PLACE_PREPOSITIONS = frozenset(
    _WORDS("in to from into near across toward towards outside inside throughout via at")
)
_PLACE_ACRONYMS = frozenset(_WORDS("us usa uk uae eu drc prc"))
# Lower-case words after a name that make it a group: "Hamas militants".
# Not "officials", "spokesman" or "leadership": "Putin spokesman", "Biden officials".
_MEMBER_WORDS = frozenset(_WORDS("militants fighters gunmen operatives militiamen members"))
# Words after a hyphen that only qualify a name: "Soviet-era", "Kremlin-backed".
_HYPHEN_QUALIFIERS = frozenset(
    _WORDS("""
    era based backed led born style made linked owned run controlled allied funded
    bound type like wide friendly speaking occupied annexed held""")
)
# Possessives inside names: "Democratic People's Republic of Korea".
_GROUP_NOUNS = frozenset(_WORDS("people women men workers children veterans farmers citizens"))
_TIME_UNITS = frozenset(
    _WORDS("second minute hour day night week month year decade century time times")
)
# Words that cannot be the unit of a number ("one of", "the two sides met").
_NOT_UNITS = _COMMON | frozenset(
    _WORDS("""
    per than percent and or nor but to from into onto about around nearly almost
    over under up down out off away other others another more most less least""")
)
_STOP_CONTEXT = _COMMON | _NOT_UNITS | frozenset(_WORDS("said says say told according"))

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
_DATE = re.compile(
    rf"""
      \b\d{{4}}-[01]\d-[0-3]\d\b
    | \b{_DAY}\s(?:of\s)?{_MONTH}(?:,?\s{_YEAR})?(?!\w)
    | \b{_MONTH}\s{_DAY}(?:,?\s{_YEAR})?(?![\w:])
    | \b{_MONTH},?\s{_YEAR}\b
    | \b(?P<month>January|February|March|April|May|June|July|August|September|October
        |November|December)\b
    | \b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!s)
    | \b(?:1[5-9]|20)\d0s\b
    | (?<![\w$€£.,\-/])(?P<year>{_YEAR})(?!%|[.,:]\d|\w)
    """,
    re.VERBOSE,
)
# "March" and "May" are also ordinary words: alone they are dates only after these.
_MONTH_CUES = frozenset(
    _WORDS("in on since until by from last next early late mid of during through before after")
)
_QUOTE_PAIRS = {"“": "”", "„": "“”", "«": "»", "‹": "›"}
_CAMEL_GLUE = re.compile(r"([A-Z][a-z]+)([A-Z][a-z]+)")


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
    evidence = _capital_evidence(texts)
    facts: list[tuple[int, int, Fact]] = []
    mentions: list[_Mention] = []
    for i, text in enumerate(texts):
        taken: list[tuple[int, int]] = []
        for start, quoted in _quote_spans(texts, i):
            inner = quoted.strip().rstrip(",.;:").strip()
            if len(re.findall(r"\w+", inner)) >= 3:
                facts.append((i, start, FoundFact(inner, FactKind.QUOTE, i)))
        for start, end, kind in _values(text):
            taken.append((start, end))
            context = _context(text, start, end)
            facts.append((i, start, FoundFact(text[start:end], kind, i, context)))
        mentions += _names(text, i, taken, evidence)
    for mention, kind in _type_entities(mentions):
        facts.append((mention.sentence, mention.start, Fact(mention.text, kind, mention.sentence)))
    facts.sort(key=lambda t: (t[0], t[1]))
    return [fact for _, _, fact in facts]


# ---------------------------------------------------------------- quotations


def _quote_spans(texts: list[str], i: int) -> list[tuple[int, str]]:
    """Start offsets and texts of the quotations that open in sentence `i`.

    A quotation left open at the sentence end is followed into the next two
    sentences (the segmenter splits "We will sign. It is historic," in two).
    """
    text = texts[i]
    joined = " ".join(texts[i : i + 3]) if _open_quote(text) else text
    spans = [(s, e) for s, e in _paired(joined) if s <= len(text)]
    # A quotation inside a longer one is part of it, not a second fact.
    return [
        (s, joined[s:e])
        for s, e in spans
        if not any((o, p) != (s, e) and o <= s and e <= p for o, p in spans)
    ]


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


def _values(text: str) -> list[tuple[int, int, FactKind]]:
    """Spans of dates and numbers with units in one sentence."""
    found: list[tuple[int, int, FactKind]] = []
    for match in _DATE.finditer(text):
        start, end = match.span()
        if match.group("month") and match.group() in ("March", "May"):
            before = text[:start].split()
            if not before or before[-1].lower().strip("(,") not in _MONTH_CUES:
                continue
        if match.group("year") and _plural_follows(text, end):
            continue  # "2000 troops" is a count, not a year
        found.append((start, end, FactKind.DATE))
    taken = [(s, e) for s, e, _ in found]
    for match in QUANTITY.finditer(text):
        start, end = match.span()
        if any(s < end and start < e for s, e in taken) or not match.group("num"):
            continue
        unit_end = _unit_end(text, match)
        if unit_end is None:
            continue
        found.append((start, len(text[:unit_end].rstrip()), FactKind.NUMBER))
    return found


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
        words = []
        pos = end
        for _ in range(2):
            nxt = re.match(r"(?:\s+|-)([a-z]+(?:-[a-z]+)*)", text[pos:])
            if not nxt or nxt.group(1) in _NOT_UNITS or nxt.group(1).endswith("ly"):
                break
            words.append(nxt.group(1))
            pos += nxt.end()
            if nxt.group(1) not in QUANTITY_ADJECTIVES:
                break
        if words and words[-1] not in QUANTITY_ADJECTIVES:
            unit = words[-1].split("-")[0]
            is_one = spelled and NUMBER_WORDS.get(match.group("num").lower()) == 1
            if is_one and unit.rstrip("s") not in _TIME_UNITS:
                return None
            end = pos
            has_unit = True
            noun = re.match(r"\s+([a-z]+)\b", text[end:])
            if (
                noun
                and noun.group(1) not in _NOT_UNITS
                and (
                    "-" in text[match.end() : end]  # "two-day visit": a compound qualifies a noun
                    or ("-" not in words[-1] and modifies_noun(words[-1], noun.group(1)))
                )
            ):
                end += noun.end()  # "two mass graves": the word qualifies the next
    if spelled and not has_unit:
        return None
    particle = re.match(r"\s+([a-z]+)", text[end:])
    if particle and particle.group(1) in PARTICLES:
        end += particle.end()
    return end


def _context(text: str, start: int, end: int) -> frozenset[str]:
    """Content words within eight words of a value: what its slot is about.

    The nearest content word on each side is also kept with a "^" mark: two
    values share a slot only if one of those neighbours agrees too.
    """
    before = [w.lower() for w in re.findall(r"[^\W\d_]+", text[:start])[-8:]]
    after = [w.lower() for w in re.findall(r"[^\W\d_]+", text[end:])[:8]]
    before = [w for w in before if w not in _STOP_CONTEXT and len(w) > 2]
    after = [w for w in after if w not in _STOP_CONTEXT and len(w) > 2]
    neighbours = {"^" + w for w in (before[-1:] + after[:1])}
    return frozenset(before + after) | frozenset(neighbours)


# ---------------------------------------------------------------- names


@dataclass(frozen=True, slots=True)
class _Mention:
    text: str
    sentence: int
    start: int
    votes: tuple[tuple[FactKind, int], ...]


@dataclass(frozen=True, slots=True)
class _Evidence:
    mid_caps: frozenset[str]
    """Words seen capitalised away from a sentence start (known names)."""
    lower: frozenset[str]
    """Words seen in lower case (ordinary words)."""
    title_case: frozenset[int]
    """Sentences written in Title Case, where capitals prove nothing."""


def _capital_evidence(texts: list[str]) -> _Evidence:
    sentence_words = [re.findall(r"[^\W\d_][\w'’\-]*", text) for text in texts]
    lower = {w for words in sentence_words for w in words if w.islower()}
    mid: set[str] = set()
    title_case: set[int] = set()
    for i, (text, words) in enumerate(zip(texts, sentence_words, strict=True)):
        if _is_title_case(words, lower):
            title_case.add(i)
            continue
        starts = {m.end() for m in re.finditer(r"(?:^|[\"“‘«:]\s*|\s')", text)}
        for m in re.finditer(r"[^\W\d_][\w'’\-]*", text):
            if m.group()[0].isupper() and m.start() not in starts:
                mid.add(_bare(m.group()).lower())
    return _Evidence(frozenset(mid), frozenset(lower), frozenset(title_case))


_TITLE_LOWER = frozenset(
    "a an the and or but nor for so yet as at by in of off on out per to up via vs from into"
    " onto over with than upon amid".split()
)


def _is_title_case(words: list[str], lower: set[str]) -> bool:
    """Headline style: "Putin Travels To North Korea For Friendly State Visit".

    No longer word is lower case, most are capitalised, and some capitalised
    word is an ordinary one (seen in lower case, or a function word).
    """
    # Title Case leaves only short function words in lower case ("Putin
    # Travels to North Korea"); a lower-case verb ("met") is a sentence.
    if len(words) < 4 or any(w.islower() and w not in _TITLE_LOWER for w in words):
        return False
    if sum(w[0].isupper() for w in words) <= 0.6 * len(words):
        return False
    return any(
        w[0].isupper() and not w.isupper() and (w.lower() in lower or w.lower() in _COMMON)
        for w in words[1:]
    )


def _bare(word: str) -> str:
    return re.sub(r"['’]s?$", "", word)


def _is_capital(word: str) -> bool:
    return word[:1].isupper() and any(ch.isalpha() for ch in word)


# Abbreviations inside names, written with a full stop: "St. Louis", "Mt. Everest".
_NAME_ABBREVIATIONS = frozenset({"St", "Mt", "Ft"})
# "Kremlin-backed": a name and a lower-case word qualifying it.
_QUALIFIED = re.compile(r"([A-Z]\w+)-([a-z]+)")
_PARTICLE_NAME = re.compile(r"(?:al|el|ad|as|ash|ibn|bin|abu|ben|da|de|di|van|von)-[A-Z]\w+")


def _names(
    text: str, sentence: int, taken: list[tuple[int, int]], evidence: _Evidence
) -> list[_Mention]:
    """Name mentions of one sentence, each with its kind votes."""
    tokens = tokenize(text)
    title_case = sentence in evidence.title_case
    runs: list[list[tuple[int, int, str, bool]]] = []  # (start, end, word, sentence-initial)
    run: list[tuple[int, int, str, bool]] = []
    initial = True
    previous_word = ""
    before_run: list[str] = []
    after_run: list[str] = []  # the lower-case word that ended each run, if one did
    carried = ""  # the cue a qualified name hands on to the name it qualifies
    breaker = ""

    def flush() -> None:
        nonlocal run
        while run and run[-1][2].lower() in CONNECTORS:
            run.pop()
        if run:
            runs.append(run)
            before_run.append(previous_word)
            after_run.append(breaker)
        run = []

    covered = bytearray(len(text) + 1)
    for s, e in taken:
        covered[s:e] = b"\x01" * (e - s)
    for k, tok in enumerate(tokens):
        word = tok.text
        handed, carried, breaker = carried, "", ""
        if covered[tok.start]:
            flush()
            initial = False
            previous_word = ""
            continue
        if not tok.is_word:
            if (
                word == "."
                and run
                and run[-1][1] == tok.start
                and (
                    len(run[-1][2]) == 1
                    # only opening a name: "Oak St. Police said" is a street, then a new sentence
                    or (len(run) == 1 and run[-1][2] in _NAME_ABBREVIATIONS)
                )
            ):
                s, _, w, ini = run[-1]
                run[-1] = (s, tok.end, w + ".", ini)  # "N." of "N. Korea", "St." of "St. Louis"
                continue
            flush()
            if word in "\"“‘'«:„":
                initial = True
            continue
        glued = _CAMEL_GLUE.fullmatch(word) if word[:1].isupper() else None
        start = tok.start
        if glued and glued.group(1).lower() in _COMMON:
            word = glued.group(2)  # "AndPresident": a missing space
            start += len(glued.group(1))
            initial = False
        capital = _is_capital(word) or ("-" in word and bool(_PARTICLE_NAME.fullmatch(word)))
        if capital and title_case and _bare(word).lower() not in evidence.mid_caps:
            capital = False
        if capital and (_bare(word).lower() not in _COMMON or _is_acronym(word)):
            if not run:
                previous_word = handed or _previous_word(tokens, k)
            qualified = _QUALIFIED.fullmatch(word)
            if qualified and qualified.group(2) in _HYPHEN_QUALIFIERS:
                # "in Hamas-controlled Gaza": the qualifier ends the name before
                # it, and the word in front ("in") speaks of the name after it
                cue, previous_word = previous_word, ""
                run.append((start, start + len(qualified.group(1)), qualified.group(1), initial))
                flush()
                carried, initial = cue, False
                continue
            run.append((start, tok.end, word, initial))
            possessive = re.search(r"['’]s?$", word) and not re.search(r"\w['’]\w\w", word)
            if possessive and _bare(word).lower() not in _GROUP_NOUNS:
                flush()  # "Russia's President": the possessive ends the name
        elif capital and initial:
            pass  # a common word opening the sentence: "The", "But", "When"
        elif run and _joins(word, run) and _next_is_capital(tokens, k):
            run.append((start, tok.end, word, False))
        else:
            breaker = word.lower()
            flush()
            previous_word = ""
        initial = False
    breaker = ""
    flush()
    out: list[_Mention] = []
    for items, cue, follow in zip(runs, before_run, after_run, strict=True):
        for piece, votes in _pieces(items, cue, evidence):
            s, e = piece[0][0], piece[-1][1]
            if e == items[-1][1] and follow in _MEMBER_WORDS and not _describes(piece):
                votes = [*votes, (FactKind.ORGANISATION, 2)]  # "Hamas militants"
            name = _bare(text[s:e]) if re.search(r"['’]s?$", text[s:e]) else text[s:e]
            out.append(_Mention(name, sentence, s, tuple(votes)))
    return out


def _describes(piece: list[Item]) -> bool:
    """Whether a name is an adjective of origin or creed ("Russian", "Islamist")."""
    words = [_bare(w).lower() for _, _, w, _ in piece]
    return _is_demonym(words) or (len(words) == 1 and words[0].endswith(("ic", "ist")))


def _is_acronym(word: str) -> bool:
    return bool(re.fullmatch(r"(?:[A-Z]\.){2,}|[A-Z]{2,5}s?", word))


def _joins(word: str, run: list[tuple[int, int, str, bool]]) -> bool:
    """A connector inside a name: "Bank of England", "Bank of the Netherlands"."""
    low = word.lower()
    if low == "the":
        return run[-1][2] == "of"
    return low in CONNECTORS and low not in ("and", "y")


def _previous_word(tokens: list[Token], k: int) -> str:
    for tok in reversed(tokens[max(0, k - 2) : k]):
        if tok.is_word:
            return tok.text.lower()
    return ""


def _next_is_capital(tokens: list[Token], k: int) -> bool:
    for tok in tokens[k + 1 : k + 3]:
        if not tok.is_word:
            return False
        if _is_capital(tok.text):
            return True
        if tok.text.lower() not in CONNECTORS:
            return False
    return False


Item = tuple[int, int, str, bool]


def _pieces(
    items: list[Item], cue: str, evidence: _Evidence
) -> list[tuple[list[Item], list[tuple[FactKind, int]]]]:
    """Split a run of capitalised words into names, with kind votes for each."""
    # A sentence-initial word is a name only if it is known as one elsewhere.
    if items[0][3]:
        first = _bare(items[0][2]).lower()
        known = first in evidence.mid_caps
        ordinary = first in _COMMON or (first in evidence.lower and not known)
        if ordinary or (len(items) == 1 and not known):
            items = items[1:]
            while items and items[0][2].lower() in CONNECTORS:
                items = items[1:]
            cue = first
    if not items:
        return []
    words = [w.rstrip(".").lower() for _, _, w, _ in items]
    titles = [k for k, w in enumerate(words) if w in _TITLES]
    out: list[tuple[list[Item], list[tuple[FactKind, int]]]] = []
    if titles:
        first_title = titles[0]
        while first_title > 0 and words[first_title - 1] in _TITLE_MODIFIERS:
            first_title -= 1
        after = titles[-1] + 1
        while after < len(words) and words[after] in ("general", "elect"):
            after += 1
        # "Secretary of State Antony Blinken": the portfolio belongs to the title
        if after < len(words) and words[after] in ("of", "for"):
            after += 1
            while after < len(words) and words[after] in _TITLE_MODIFIERS:
                after += 1
        prefix, person = items[:first_title], items[after:]
        if prefix:
            out += _typed(prefix, cue, evidence)
        # "Yoon Suk Yeol of South Korea": the person ends at the connector
        rest: list[Item] = []
        for k, item in enumerate(person):
            if item[2].lower() in CONNECTORS:
                person, rest = person[:k], person[k:]
                break
        while rest and rest[0][2].lower() in CONNECTORS:
            rest = rest[1:]
        if person:
            out.append((person, [(FactKind.PERSON, 3)]))
        if rest:
            out += _typed(rest, "", evidence)
        return out
    return _typed(items, cue, evidence)


def _typed(
    items: list[Item], cue: str, evidence: _Evidence
) -> list[tuple[list[Item], list[tuple[FactKind, int]]]]:
    words = [_bare(w).rstrip(".").lower() for _, _, w, _ in items]
    if len(items) == 1:
        word = items[0][2]
        if words[0] in _DIRECTIONS or words[0] in _COMMON or len(words[0]) < 2:
            return []
        if word.isupper() and len(word) >= 6 and words[0] not in evidence.mid_caps:
            return []  # a shouted word ("TOMORROW"), not an acronym
        if words[0] in MONTHS or words[0] in WEEKDAYS:
            return []
    votes: list[tuple[FactKind, int]] = []
    raw = items[0][2]
    if len(items) == 1 and _is_acronym(raw):
        kind = FactKind.PLACE if words[0].replace(".", "") in _PLACE_ACRONYMS else None
        votes.append((kind or FactKind.ORGANISATION, 2))
    if cue in _PERSON_CUES:
        votes.append((FactKind.PERSON, 3))
    if any(_is_org_word(w) for w in words[1:]) or (len(words) > 1 and _is_org_word(words[0])):
        votes.append((FactKind.ORGANISATION, 3))
    if any(w in _PLACE_WORDS for w in words[1:]) or (len(words) > 1 and words[0] in _PLACE_FIRST):
        votes.append((FactKind.PLACE, 3))
    if _is_demonym(words):
        votes.append((FactKind.PLACE, 3))
    if (joined := " ".join(words)) in COUNTRIES or joined in CITIES or joined in REGIONS:
        votes.append((FactKind.PLACE, 4))
    if cue in _PLACE_PREPOSITIONS:
        votes.append((FactKind.PLACE, 1))
    plain = all(w not in CONNECTORS and w not in _EVENT_WORDS for w in words)
    if 2 <= len(words) <= 3 and not votes and plain:
        votes.append((FactKind.PERSON, 1))  # "Yuri Ushakov": the shape of a personal name
    return [(items, votes)]


def _is_org_word(word: str) -> bool:
    # "Qassam Brigades", "Delta Air Lines": plurals of the words too
    return word in _ORG_WORDS or (word.endswith("s") and word[:-1] in _ORG_WORDS)


def _is_demonym(words: list[str]) -> bool:
    if not 1 <= len(words) <= 2 or (len(words) == 2 and words[0] not in _PLACE_FIRST):
        return False
    last = words[-1]
    return last in IRREGULAR_DEMONYMS or (len(last) >= 5 and bool(DEMONYM_SUFFIX.search(last)))


def _type_entities(mentions: list[_Mention]) -> list[tuple[_Mention, FactKind]]:
    """Give every mention the kind its whole entity votes for."""
    probes = [read_name(Fact(m.text, _probe_kind(m), m.sentence)) for m in mentions]
    kinds: list[FactKind] = [FactKind.NAME] * len(mentions)
    for group in group_names(probes):
        tally: Counter[FactKind] = Counter()
        for i in group:
            for kind, weight in mentions[i].votes:
                tally[kind] += weight
        best = FactKind.NAME
        if tally:
            order = (FactKind.PERSON, FactKind.ORGANISATION, FactKind.PLACE)
            best = max(order, key=lambda k: (tally[k], -order.index(k)))
            best = best if tally[best] else FactKind.NAME
        for i in group:
            kinds[i] = best
    return list(zip(mentions, kinds, strict=True))


def _probe_kind(mention: _Mention) -> FactKind:
    # read_name treats PLACE facts as possible demonyms; anything else as a plain name.
    votes = dict(mention.votes)
    return FactKind.PLACE if votes.get(FactKind.PLACE, 0) >= 3 else FactKind.NAME
