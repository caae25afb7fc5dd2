"""Reading fact values back from their text, and matching facts of two sources.

A fact's text is what the source wrote ("nine months", "Sept. 13, 2023",
"Kim Jong-un"), so everything matching needs is re-read from it: the value and
unit of a number, the fields of a date, the folded words of a name. Facts that
`extract_facts` made also carry the content words around them (`FoundFact`),
which is what keeps number and date conflicts precise.

Matching is tolerant but indexed: names are grouped by folded key, token
prefix and initials, and the fuzzy comparisons only run inside those small
candidate sets, so two 20k-word articles do not cost a quadratic loop.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from newsdiff.core.model import Conflict, Fact, FactDiff, FactKind
from newsdiff.core.words.calendar import MONTHS

NAME_KINDS = frozenset({FactKind.PERSON, FactKind.PLACE, FactKind.ORGANISATION, FactKind.NAME})


@dataclass(frozen=True, slots=True, eq=False)
class FoundFact(Fact):
    """A fact as extraction found it: a `Fact` plus the words around it.

    It compares and hashes like the plain `Fact` with the same text, kind and
    sentence, so callers can treat it as one.
    """

    context: frozenset[str] = frozenset()
    """Lower-case content words near the fact in its sentence (numbers and dates
    only): two different values are a conflict only when these overlap."""

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Fact):
            return NotImplemented
        return (self.text, self.kind, self.sentence) == (other.text, other.kind, other.sentence)

    def __hash__(self) -> int:
        return hash((self.text, self.kind, self.sentence))


# ---------------------------------------------------------------- numbers

NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "bn": 1e9, "mn": 1e6, "tn": 1e12, "m": 1e6, "k": 1e3,
}  # fmt: skip
_CURRENCIES = {"$": "usd", "us$": "usd", "€": "eur", "£": "gbp", "¥": "jpy", "₽": "rub"}
_UNIT_ALIASES = {
    "percent": "%", "per cent": "%", "percentage": "%", "dollar": "usd", "euro": "eur",
    "pound": "gbp", "yen": "jpy", "rouble": "rub", "ruble": "rub", "yr": "year",
    "hr": "hour", "min": "minute", "people": "person", "men": "man", "women": "woman",
    "children": "child", "kilometre": "km", "kilometer": "km", "metre": "m", "meter": "m",
    "millimetre": "mm", "millimeter": "mm", "kilogram": "kg", "mile": "mile", "mi": "mile",
    "lbs": "lb", "ounce": "oz",
}  # fmt: skip
# Adjectives between a number and its unit: "12 more people", "two new cases".
QUANTITY_ADJECTIVES = frozenset(
    """new more other additional different separate young major small large big key
    top senior further extra short long former current foreign local""".split()
)
# Units that stand in the singular after any number ("30-metre", "5 km", "two-day").
MEASURE_UNITS = frozenset(
    """second minute hour day night week month year decade century time km m mm cm kg g
    mile foot feet ft inch metre meter kilometre kilometer mph storey story acre hectare
    ton tonne pound dollar euro percent point degree""".split()
)
# Words after a quantity that belong to its slot: "24 years ago" is not "24 years later".
PARTICLES = frozenset({"ago", "old", "later", "earlier", "long"})

_WORD_NUMBER = (
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine)\b)?"
    r"|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
    r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
)
QUANTITY = re.compile(
    rf"""
    (?<![\w$€£¥₽.,\-/])                                # not inside a code (F-16) or number
    (?P<cur>US\$|\$|€|£|¥|₽)?\s?
    (?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|(?i:{_WORD_NUMBER})(?![\w]))
    (?![.,]\d)                                        # all of "1,320", never its "1"
    (?P<glued>bn|mn|tn|mm|cm|km|kg|mph|kph|ft|lbs|lb|oz|mi|m|k|g)?(?![\w])
    (?:\s(?P<scale>(?i:hundred|thousand|million|billion|trillion)|bn|mn)\b)?
    (?:\s?(?P<pct>%|percent\b|per\scent\b))?
    """,
    re.VERBOSE,
)
_UNIT_WORD = re.compile(r"(?:\s+|-)([a-z]+(?:-[a-z]+)*)")


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number with its unit, read from a fact's text."""

    value: float
    """The value, scales applied ("$5 million" is 5e6)."""
    unit: str
    """Normalised unit ("year", "usd", "%"), "" when none."""
    particle: str
    """A slot word kept with it ("ago", "old"), else ""."""


def number_value(raw: str) -> float | None:
    """The value of a digit string ("1,000", "3.5") or number words ("twenty-four")."""
    raw = raw.strip().lower()
    if raw[:1].isdigit():
        try:
            return float(raw.replace(",", ""))
        except ValueError:
            return None
    total = 0.0
    for part in re.split(r"[-\s]+", raw):
        if part not in NUMBER_WORDS:
            return None
        total += NUMBER_WORDS[part]
    return total


def singular(word: str) -> str:
    """A cheap singular for unit nouns: years -> year, inches -> inch."""
    word = _UNIT_ALIASES.get(word, word)
    if len(word) > 3 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if len(word) > 2 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return _UNIT_ALIASES.get(word[:-1], word[:-1])
    return word


def modifies_noun(word: str, following: str) -> bool:
    """Whether a singular word after a number qualifies the plural after it
    ("two mass graves", "40 armed men", "Two security guards")."""
    return (
        not _plural(word)
        and word not in MEASURE_UNITS
        and word not in ("dozen", "score", "am", "pm")  # "two dozen soldiers", "6 pm reports"
        and _plural(following)
        and following not in PARTICLES
    )


def _plural(word: str) -> bool:
    if word in ("men", "women", "children", "people", "police", "staff"):
        return True
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def parse_quantity(text: str) -> Quantity | None:
    """Read value, unit and slot particle from a number fact's text."""
    match = QUANTITY.match(text.strip())
    if not match or match.group("num") is None:
        return None
    value = number_value(match.group("num"))
    if value is None:
        return None
    unit = ""
    cur = match.group("cur")
    glued = match.group("glued")
    if cur:
        unit = _CURRENCIES[cur.lower()]
        if glued in _SCALES:
            value *= _SCALES[glued]
            glued = None
    if glued in ("bn", "mn", "tn"):
        value *= _SCALES[glued]
    elif glued:
        unit = _UNIT_ALIASES.get(glued, glued)
    if match.group("scale"):
        value *= _SCALES[match.group("scale").lower()]
    if match.group("pct"):
        unit = "%"
    words = [w for w in re.split(r"[\s\-]+", text[match.end() :].strip().lower()) if w]
    while words and words[0] in QUANTITY_ADJECTIVES:
        words.pop(0)  # "12 more people": the unit is people
    particle = next((w for w in words[1:] if w in PARTICLES), "")
    # The unit is the word right after the number: "21-year-old man" and
    # "21 years old" are both 21 years old, "30-metre-high" is 30 m, and
    # "two-day visit" is two days like "two-day trip". A currency stays
    # ("$5 million in aid"), a unit word names one ("5 million dollars").
    if words and words[0] in PARTICLES:
        particle, words = words[0], []
    if len(words) > 1 and modifies_noun(words[0], words[1]):
        words.pop(0)  # "two mass graves": the unit is graves
    named = singular(words[0]) if words else ""
    if named and (not unit or named in _CURRENCIES.values()):
        unit = named
    return Quantity(round(value, 6), unit, particle)


# ---------------------------------------------------------------- dates

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@dataclass(frozen=True, slots=True)
class DateValue:
    """The fields a date fact states; 0 (or "") where it says nothing."""

    year: int = 0
    month: int = 0
    day: int = 0
    weekday: str = ""
    decade: int = 0

    def compatible(self, other: DateValue) -> bool:
        """True when nothing both state disagrees ("September" fits "Sept. 13, 2023")."""
        if bool(self.weekday) != bool(other.weekday):
            return False
        if self.weekday:
            return self.weekday == other.weekday
        pairs = ((self.year, other.year), (self.month, other.month), (self.day, other.day))
        if any(x and y and x != y for x, y in pairs):
            return False
        for decade, year in ((self.decade, other.year), (other.decade, self.year)):
            if decade and year and year // 10 * 10 != decade:
                return False
        return not (self.decade and other.decade and self.decade != other.decade)

    def shape(self) -> tuple[bool, ...]:
        """Which fields are stated; conflicts need the same shape on both sides."""
        return (bool(self.year), bool(self.month), bool(self.day), bool(self.weekday),
                bool(self.decade))  # fmt: skip

    @property
    def key(self) -> str:
        """A canonical string: 2023-09-13, ????-06-18, tuesday, 1950s."""
        if self.weekday:
            return self.weekday
        if self.decade:
            return f"{self.decade}s"
        year = f"{self.year:04d}" if self.year else "????"
        parts = [year]
        if self.month:
            parts.append(f"{self.month:02d}")
            if self.day:
                parts.append(f"{self.day:02d}")
        return "-".join(parts)


def parse_date(text: str) -> DateValue | None:
    """Read the fields of a date fact's text ("18 June 2024", "Tuesday", "1950s")."""
    iso = re.fullmatch(r"\s*(\d{4})-(\d{2})-(\d{2})\s*", text)
    if iso:
        return DateValue(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    year = month = day = decade = 0
    weekday = ""
    for word in re.findall(r"[A-Za-z]+|\d+(?:st|nd|rd|th|s)?", text):
        low = word.lower()
        if low in MONTHS:
            month = MONTHS[low]
        elif low in WEEKDAYS:
            weekday = low
        elif low.endswith("0s") and low[:-1].isdigit() and len(low) == 5:
            decade = int(low[:-1])
        elif low.isdigit() and len(low) == 4:
            year = int(low)
        elif low.rstrip("stndrh").isdigit() and 1 <= int(low.rstrip("stndrh")) <= 31:
            day = int(low.rstrip("stndrh"))
    if not (year or month or weekday or decade):
        return None
    return DateValue(year, month, day, weekday, decade)


# ---------------------------------------------------------------- names

CONNECTORS = frozenset(
    "of the de del della der den di da du dos la le van von al el bin ibn and y".split()
)
# A run-together typo glues a small word onto a name: "Jong Unon", "Kyivhave".
_GLUE_WORDS = frozenset("on of in at to and the for is was has have had as by".split())
# Irregular demonyms; regular ones (Russian, Korean, Chinese) match by prefix.
IRREGULAR_DEMONYMS = {
    "british": "britain", "french": "france", "dutch": "netherlands", "spanish": "spain",
    "polish": "poland", "turkish": "turkey", "greek": "greece", "swiss": "switzerland",
    "danish": "denmark", "irish": "ireland", "welsh": "wales", "scottish": "scotland",
    "english": "england", "filipino": "philippines", "thai": "thailand",
    "norwegian": "norway", "portuguese": "portugal", "belgian": "belgium",
    "peruvian": "peru", "chilean": "chile", "swedish": "sweden", "finnish": "finland",
}  # fmt: skip
DEMONYM_SUFFIX = re.compile(r"(?:ian|ean|ese|an|i|ish)$")
_ACRONYM = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]{2,6}s?|[A-Z][A-Z&]{1,5}")


def strip_accents(text: str) -> str:
    """Drop diacritics: Zelenskyy stays, "Belozyorov" stays, "Müller" -> "Muller"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold_token(token: str) -> str:
    """Fold a name word so transliteration variants meet: Yury/Yuri, Zelenskyy/Zelensky."""
    token = token.replace("y", "i")
    return re.sub(r"(.)\1+", r"\1", token)


@dataclass(frozen=True, slots=True)
class NameForm:
    """A name fact read for matching."""

    fact: Fact
    """The fact it was read from."""
    raw: tuple[str, ...]
    """Lower-case content words, accents and dots removed, connectors dropped."""
    folded: tuple[str, ...]
    """`raw` with transliteration folding."""
    acronym: str
    """The letters when the text is an acronym (UN, U.S.), else ""."""
    demonym: bool
    """A people adjective standing for a place ("Russian", "North Korean")."""

    @property
    def key(self) -> str:
        return self.acronym or " ".join(self.folded)

    @property
    def initials(self) -> str:
        return "".join(w[0] for w in self.raw if w)


def read_name(fact: Fact) -> NameForm:
    """Read a name fact's words for matching."""
    return NameForm(fact, *_name_parts(fact.text, fact.kind is FactKind.PLACE))


# A name recurs through an article (and across the sources of a story):
# read each distinct text once.
@lru_cache(maxsize=16384)
def _name_parts(text: str, place: bool) -> tuple[tuple[str, ...], tuple[str, ...], str, bool]:
    """`NameForm` fields after `fact`: raw, folded, acronym, demonym."""
    text = strip_accents(text).strip()
    text = re.sub(r"['’]s?$", "", text)
    if _ACRONYM.fullmatch(text):
        letters = re.sub(r"[^A-Za-z]", "", text)
        letters = letters[:-1] if letters.endswith("s") and len(letters) > 2 else letters
        lower = letters.lower()
        return (lower,), (lower,), lower, False
    words = [w for w in re.split(r"[\s\-‑–]+", text.replace(".", " ")) if w]
    raw = tuple(w.lower() for w in words if w.lower() not in CONNECTORS) or (text.lower(),)
    demonym = False
    if place and words and 1 <= len(raw) <= 2 and words[-1][:1].isupper():
        last = raw[-1]
        if last in IRREGULAR_DEMONYMS:
            raw = (*raw[:-1], IRREGULAR_DEMONYMS[last])
        else:
            demonym = bool(DEMONYM_SUFFIX.search(last)) and len(last) >= 5
    return raw, tuple(fold_token(w) for w in raw), "", demonym


def _demonym_of(demonym: str, place: str) -> bool:
    """ "russian" names the people of "russia", "ukrainian" of "ukraine"."""
    if demonym == place or len(place) < 4:
        return False
    common = 0
    for x, y in zip(demonym, place, strict=False):
        if x != y:
            break
        common += 1
    return common >= 4 and common >= len(place) - 1 and len(demonym) > common


def _tokens_match(a: str, b: str, fa: str, fb: str) -> int:
    """0 no, 1 loose (initial, fuzzy, glued typo), 2 exact."""
    if fa == fb:
        return 2
    if len(a) == 1 or len(b) == 1:
        return 1 if (a[0] == b[0] and max(len(a), len(b)) > 1) else 0
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    if long_.startswith(short) and long_[len(short) :] in _GLUE_WORDS:
        return 1
    if min(len(fa), len(fb)) >= 3 and fa[0] == fb[0] and fuzz.ratio(fa, fb) >= 80:
        return 1
    return 0


def names_match(x: NameForm, y: NameForm) -> bool:
    """Whether two name forms can denote the same entity.

    Exact folded key; acronym against the initials of a longer name; same word
    count with every word matching (fuzzy, initials) and one word exact; a
    shorter name whose words appear in order in the longer one, a single word
    only as its first or last word (a surname); a demonym against its place.
    """
    if x.key == y.key:
        return True
    if x.acronym or y.acronym:
        acro, other = (x, y) if x.acronym else (y, x)
        if other.acronym or other.fact.kind is FactKind.PERSON or len(other.raw) < 2:
            return False
        # UN = United Nations, and the UN of "UN Security Council"
        return acro.acronym in (other.initials, other.raw[0])
    if x.demonym or y.demonym:
        dem, other = (x, y) if x.demonym else (y, x)
        same_frame = len(dem.raw) == len(other.raw) and dem.raw[:-1] == other.raw[:-1]
        if same_frame and _demonym_of(dem.raw[-1], other.raw[-1]):
            return True
    if len(x.raw) == len(y.raw):
        scores = [_tokens_match(a, b, fa, fb) for a, b, fa, fb in
                  zip(x.raw, y.raw, x.folded, y.folded, strict=True)]  # fmt: skip
        if 0 in scores:
            return False
        if len(scores) == 1:
            # one word: the same after folding, a glued typo, or a close spelling
            a, b = x.folded[0], y.folded[0]
            glued = a[0] == b[0] and (a[len(b) :] or b[len(a) :]) in _GLUE_WORDS
            return glued or (min(len(a), len(b)) >= 5 and fuzz.ratio(a, b) >= 85)
        return any(s == 2 and len(w) > 1 for s, w in zip(scores, x.raw, strict=True))
    short, long_ = (x, y) if len(x.raw) < len(y.raw) else (y, x)
    if len(short.raw) == 1:
        word = short.folded[0]
        return len(word) >= 3 and word in (long_.folded[0], long_.folded[-1])
    position = 0
    exact = 0
    for word, fword in zip(short.raw, short.folded, strict=True):
        while position < len(long_.raw):
            score = _tokens_match(word, long_.raw[position], fword, long_.folded[position])
            position += 1
            if score:
                exact += score == 2
                break
        else:
            return False
    return exact >= 1


class NameIndex:
    """Name forms indexed by key, acronym/initials, whole words and word prefixes."""

    # A word prefix shared by more forms than this is too common to narrow the
    # search; such forms are still reached through their whole words.
    BUCKET_LIMIT = 48

    def __init__(self, forms: Iterable[NameForm]) -> None:
        self.forms = list(forms)
        self._by_key: dict[str, list[int]] = defaultdict(list)
        for i, form in enumerate(self.forms):
            for key in self._keys(form):
                self._by_key[key].append(i)

    @staticmethod
    def _keys(form: NameForm) -> set[str]:
        if form.acronym:
            return {"=" + form.acronym, "^" + form.acronym, "#" + form.acronym}
        keys = {"=" + form.key}
        if len(form.raw) >= 2:
            keys.add("^" + form.initials)
        keys.update("#" + w for w in form.raw)
        keys.update("~" + w[:3] for w in form.folded if len(w) >= 3)
        return keys

    def candidates(self, form: NameForm) -> list[int]:
        """Indexes of forms that share an index key with `form` (may match)."""
        seen: dict[int, None] = {}
        for key in self._keys(form):
            bucket = self._by_key.get(key, ())
            if key[0] == "~" and len(bucket) > self.BUCKET_LIMIT:
                continue
            for i in bucket:
                seen[i] = None
        return list(seen)


def group_names(forms: Sequence[NameForm]) -> list[list[int]]:
    """Group one source's name forms into entities (lists of indexes into `forms`).

    Variants of the same length (Kim Jong Un / Kim Jong-un / KIM JONG UN,
    N. Korea / North Korea) always join; a shorter form (Putin, UN) joins a
    longer one only when exactly one entity of the source fits it.
    """
    # Repeated mentions share a key: compare each distinct key once.
    by_key: dict[str, list[int]] = defaultdict(list)
    for i, form in enumerate(forms):
        by_key[form.key].append(i)
    distinct = [forms[members[0]] for members in by_key.values()]
    index = NameIndex(distinct)
    parent = list(range(len(distinct)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    short: list[tuple[int, list[int]]] = []
    for i, form in enumerate(distinct):
        partners = [j for j in index.candidates(form) if j != i and names_match(form, distinct[j])]
        for j in partners:
            other = distinct[j]
            if len(other.raw) == len(form.raw) and bool(other.acronym) == bool(form.acronym):
                parent[find(i)] = find(j)
        shorter_than = [j for j in partners if _shorter(form, distinct[j])]
        if shorter_than:
            short.append((i, shorter_than))
    for i, longer in short:
        roots = {find(j) for j in longer}
        if len(roots) == 1:
            parent[find(i)] = roots.pop()
    groups: dict[int, list[int]] = defaultdict(list)
    for i, members in enumerate(by_key.values()):
        groups[find(i)].extend(members)
    return list(groups.values())


def _shorter(form: NameForm, other: NameForm) -> bool:
    if form.acronym and not other.acronym:
        return True
    return not other.acronym and len(form.raw) < len(other.raw)


# ---------------------------------------------------------------- quotes


def quote_key(text: str) -> str:
    """A quotation with case, punctuation and quote style removed."""
    text = strip_accents(text).casefold().replace("’", "'").replace("‘", "'")
    return " ".join(re.findall(r"[\w']+", text))


# ---------------------------------------------------------------- keys and diff


def fact_key(fact: Fact) -> str:
    """A context-free normalised key for grouping facts across many sources.

    Names give their folded words (case, hyphens, accents, dots, possessives
    and Yury/Yuri-style spellings removed), numbers their value and unit,
    dates their stated fields, quotations their words. This is coarser than
    `diff_facts`, which also matches a surname to the full name, an acronym to
    its expansion, a demonym to its place, initials and fuzzy spellings and
    near-identical quotations; use the key only where pairwise matching is not
    possible.
    """
    if fact.kind in NAME_KINDS:
        return "name:" + read_name(fact).key
    if fact.kind is FactKind.NUMBER:
        quantity = parse_quantity(fact.text)
        if quantity:
            return f"number:{quantity.value:g}:{quantity.unit}"
    if fact.kind is FactKind.DATE:
        date = parse_date(fact.text)
        if date:
            return "date:" + date.key
    if fact.kind is FactKind.QUOTE:
        return "quote:" + quote_key(fact.text)
    return f"{fact.kind.value}:{fact.text.casefold()}"


def diff_facts(a: Sequence[Fact], b: Sequence[Fact]) -> FactDiff:
    """Facts only one source carries, and same-slot values the sources disagree on.

    Each distinct fact is reported once, at the first sentence its reported form
    occurs in. Facts that make up a conflict are not also listed as only-in-one.

    Args:
        a: facts of the A source (from `extract_facts`, or plain `Fact`s).
        b: facts of the B source.

    Returns:
        only_a, only_b and conflicts, each in sentence order.
    """
    only_a: list[Fact] = []
    only_b: list[Fact] = []
    conflicts: list[Conflict] = []

    names_a, names_b = _names_only(a, b)
    only_a += names_a
    only_b += names_b

    quotes_a, quotes_b = _quotes_only(a, b)
    only_a += quotes_a
    only_b += quotes_b

    for kind in (FactKind.NUMBER, FactKind.DATE):
        left, right, found = _values_only(a, b, kind)
        only_a += left
        only_b += right
        conflicts += found

    only_a.sort(key=lambda f: f.sentence)
    only_b.sort(key=lambda f: f.sentence)
    conflicts.sort(key=lambda c: (c.a_sentence, c.b_sentence))
    return FactDiff(tuple(only_a), tuple(only_b), tuple(conflicts))


def _names_only(a: Sequence[Fact], b: Sequence[Fact]) -> tuple[list[Fact], list[Fact]]:
    forms_a = [read_name(f) for f in a if f.kind in NAME_KINDS]
    forms_b = [read_name(f) for f in b if f.kind in NAME_KINDS]
    return _unmatched_entities(forms_a, forms_b), _unmatched_entities(forms_b, forms_a)


def _unmatched_entities(forms: list[NameForm], others: list[NameForm]) -> list[Fact]:
    distinct_others = list({f.key: f for f in others}.values())
    index = NameIndex(distinct_others)
    out = []
    for group in group_names(forms):
        members = list({forms[i].key: forms[i] for i in group}.values())
        if any(
            names_match(form, distinct_others[j])
            for form in members
            for j in index.candidates(form)
        ):
            continue
        out.append(representative([forms[i].fact for i in group]))
    return out


def representative(facts: Sequence[Fact]) -> Fact:
    """The fact that stands for an entity: its fullest form, first occurrence."""
    return min(facts, key=lambda f: (-len(f.text.split()), -len(f.text), f.sentence))


def _quotes_only(a: Sequence[Fact], b: Sequence[Fact]) -> tuple[list[Fact], list[Fact]]:
    qa = _distinct(f for f in a if f.kind is FactKind.QUOTE)
    qb = _distinct(f for f in b if f.kind is FactKind.QUOTE)
    return _unmatched_quotes(qa, qb), _unmatched_quotes(qb, qa)


def _distinct(facts: Iterable[Fact]) -> dict[str, Fact]:
    out: dict[str, Fact] = {}
    for fact in facts:
        out.setdefault(quote_key(fact.text), fact)
    return out


def _unmatched_quotes(mine: dict[str, Fact], theirs: dict[str, Fact]) -> list[Fact]:
    keys = list(theirs)
    # Longer word -> their quotations using it. A match at 85 or 90 over
    # three or more words leaves most words intact, so only quotations
    # sharing a word of four letters or more are candidates (scoring every
    # pair was quadratic in long articles; short words are in every quote).
    by_word: dict[str, list[int]] = {}
    for number, key in enumerate(keys):
        for word in _quote_words(key):
            by_word.setdefault(word, []).append(number)
    out = []
    for key, fact in mine.items():
        if key in theirs:
            continue
        words = _quote_words(key)
        if len(key.split()) < 3 or not words:
            candidates = keys
        else:
            candidates = [keys[n] for n in sorted({n for w in words for n in by_word.get(w, ())})]
        # Same quotation, other punctuation or a few words changed.
        if candidates and process.extractOne(key, candidates, scorer=fuzz.ratio, score_cutoff=85):
            continue
        # One source quotes a part of the other's quotation.
        if any(_partial_quote(key, other) >= 90 for other in candidates):
            continue
        out.append(fact)
    return out


def _quote_words(key: str) -> set[str]:
    return {w for w in key.split() if len(w) >= 4}


def _partial_quote(x: str, y: str) -> float:
    shorter = x if len(x) <= len(y) else y
    if len(shorter.split()) < 3:
        return 0.0
    return float(fuzz.partial_ratio(x, y, score_cutoff=90))


def _values_only(
    a: Sequence[Fact], b: Sequence[Fact], kind: FactKind
) -> tuple[list[Fact], list[Fact], list[Conflict]]:
    va = _read_values(a, kind)
    vb = _read_values(b, kind)
    index_a, index_b = _by_value(va), _by_value(vb)
    left = [(f, v) for f, v in va if not _has_same(v, index_b)]
    right = [(f, w) for f, w in vb if not _has_same(w, index_a)]
    conflicts, used_a, used_b = _conflicts(left, right, kind)
    return (
        [f for i, (f, _) in enumerate(left) if i not in used_a],
        [f for i, (f, _) in enumerate(right) if i not in used_b],
        conflicts,
    )


Value = Quantity | DateValue


def _read_values(facts: Sequence[Fact], kind: FactKind) -> list[tuple[Fact, Value]]:
    """Distinct values of one kind, each with its first fact (context merged)."""
    seen: dict[object, int] = {}
    out: list[tuple[Fact, Value]] = []
    for fact in facts:
        if fact.kind is not kind:
            continue
        value: Value | None = (
            parse_quantity(fact.text) if kind is FactKind.NUMBER else parse_date(fact.text)
        )
        if value is None:
            continue
        key = (value.value, value.unit, value.particle) if isinstance(value, Quantity) else value
        if key in seen:
            first, old = out[seen[key]]
            if isinstance(first, FoundFact) and isinstance(fact, FoundFact):
                merged = FoundFact(first.text, first.kind, first.sentence,
                                   first.context | fact.context)  # fmt: skip
                out[seen[key]] = (merged, old)
            continue
        seen[key] = len(out)
        out.append((fact, value))
    return out


def _by_value(values: list[tuple[Fact, Value]]) -> dict[object, list[Value]]:
    """Numbers bucketed by value (long articles hold hundreds); dates in one bucket."""
    out: dict[object, list[Value]] = defaultdict(list)
    for _, value in values:
        out[value.value if isinstance(value, Quantity) else None].append(value)
    return out


def _has_same(value: Value, index: dict[object, list[Value]]) -> bool:
    bucket = index.get(value.value if isinstance(value, Quantity) else None, [])
    return any(_same_value(value, other) for other in bucket)


def _same_value(x: Value, y: Value) -> bool:
    if isinstance(x, Quantity) and isinstance(y, Quantity):
        if x.value != y.value:
            return False
        # A bare number matches the same value with any unit; units otherwise agree.
        return not x.unit or not y.unit or x.unit == y.unit
    if isinstance(x, DateValue) and isinstance(y, DateValue):
        return x.compatible(y)
    return False


def _slot(value: Value) -> object:
    if isinstance(value, Quantity):
        return (value.unit, value.particle) if value.unit else None
    return value.shape()


def _conflicts(
    left: list[tuple[Fact, Value]], right: list[tuple[Fact, Value]], kind: FactKind
) -> tuple[list[Conflict], set[int], set[int]]:
    """Pair unmatched values of the same slot whose contexts agree.

    With context (extracted facts) two values conflict when a nearest
    neighbour word agrees ("killed", "ago") and at least two content words
    near them are shared, covering half of the smaller context. Without
    context (plain facts) only a slot with exactly one value on each side is
    paired. Pairs are taken best first, each value once.
    """
    by_slot: dict[object, list[int]] = defaultdict(list)
    for j, (_, value) in enumerate(right):
        slot = _slot(value)
        if slot is not None:
            by_slot[slot].append(j)
    scored: list[tuple[float, int, int]] = []
    for i, (fact, value) in enumerate(left):
        slot = _slot(value)
        if slot is None:
            continue
        partners = by_slot.get(slot, [])
        for j in partners[:50]:  # a slot with more values than this is no single slot
            other = right[j][0]
            score = _context_score(fact, other)
            if score is None:
                lone = len(partners) == 1 and sum(_slot(v) == slot for _, v in left) == 1
                score = 1.0 if lone else 0.0
            if score > 0:
                scored.append((score, i, j))
    scored.sort(key=lambda t: (-t[0], t[1], t[2]))
    used_a: set[int] = set()
    used_b: set[int] = set()
    out = []
    for _, i, j in scored:
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        fa, fb = left[i][0], right[j][0]
        out.append(Conflict(fa.text, fb.text, kind, fa.sentence, fb.sentence))
    return out, used_a, used_b


def _context_score(x: Fact, y: Fact) -> float | None:
    cx = x.context if isinstance(x, FoundFact) else None
    cy = y.context if isinstance(y, FoundFact) else None
    if not cx or not cy:
        return None
    # "^word" entries are the nearest neighbours; one of them must agree
    neighbours_x = {w[1:] for w in cx if w[0] == "^"}
    neighbours_y = {w[1:] for w in cy if w[0] == "^"}
    words_x = {w for w in cx if w[0] != "^"}
    words_y = {w for w in cy if w[0] != "^"}
    if not (neighbours_x & neighbours_y) or not words_x or not words_y:
        return 0.0
    shared = len(words_x & words_y)
    if shared < 2:
        return 0.0
    score = shared / min(len(words_x), len(words_y))
    return score if score >= 0.5 else 0.0
