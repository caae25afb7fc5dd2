"""Reading name facts for matching, and grouping one source's names into entities.

A name is re-read from its text: its folded words (case, hyphens, accents,
dots, possessives and Yury/Yuri-style spellings removed), its acronym letters,
whether it is a demonym standing for a place. Two forms match on the same
folded key, an acronym against initials, fuzzy or initial word matches, a
surname against the full name, a demonym against its place.

Matching is tolerant but indexed: names are grouped by folded key, token
prefix and initials, and the fuzzy comparisons only run inside those small
candidate sets, so two 20k-word articles do not cost a quadratic loop.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import NamedTuple

from newsdiff.core.model import Fact, FactKind
from newsdiff.core.words.abbreviations import NICKNAMES, PLACE_ALIASES, STATE_ABBREVIATIONS
from newsdiff.core.words.names import (
    CONNECTORS,
    DEMONYM_SUFFIXES,
    DIRECTIONS,
    GLUE_WORDS,
    GROUP_ADJECTIVES,
    IRREGULAR_DEMONYMS,
    ORGANISATION_JOINERS,
)
from newsdiff.core.words.places import COUNTRIES, REGIONS

NAME_KINDS = frozenset({FactKind.PERSON, FactKind.PLACE, FactKind.ORGANISATION, FactKind.NAME})
"""The kinds of fact that are names."""

DEMONYM_MIN_LENGTH = 5
"""Shortest word read as a regular demonym ("Malian" yes, "Iran" and "Oman" no)."""

NAME_CACHE_SIZE = 16384
"""Distinct name texts whose reading is kept: a name recurs through an article and
across a story's sources; a large story holds a few thousand distinct names."""

WORD_FUZZ_MIN = 80
"""Smallest `word_ratio` for two words of a multi-word name to match loosely
(Zelenskiy/Zelensky); chosen on the seed transliteration variants."""

ONE_WORD_FUZZ_MIN = 85
"""Smallest `word_ratio` for two one-word names to match (stricter: a single word
has no other word to confirm it)."""

ONE_WORD_FUZZ_LENGTH = 5
"""Shortest one-word name matched fuzzily; shorter words differ by one letter
(Iran/Oman)."""

SURNAME_MIN_LENGTH = 3
"""Shortest one-word form matched as the first or last word of a longer name."""

DEMONYM_STEM_MIN = 4
"""Letters a demonym must share with its place ("russ" of Russian/Russia)."""

_ACRONYM = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]{2,6}s?|[A-Z][A-Z&]{1,5}")


def strip_accents(text: str) -> str:
    """Drop diacritics: Zelenskyy stays, "Belozyorov" stays, "Müller" -> "Muller"."""
    if text.isascii():
        return text  # nothing to decompose
    # Imported here: names are mostly ASCII, and a scan of those never loads it (0.2 ms).
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold_token(token: str) -> str:
    """Fold a name word so transliteration variants meet: Yury/Yuri, Zelenskyy/Zelensky."""
    token = token.replace("y", "i")
    return re.sub(r"(.)\1+", r"\1", token)


def skeleton(word: str) -> str:
    """A folded word's consonants ("slovjansk" / "slaviansk" -> "slvnsk")."""
    return re.sub(r"[aeiouyj]+", "", word)


def is_regular_demonym(word: str) -> bool:
    """Whether a lower-case word has the shape of a demonym ("russian", "chinese")."""
    return len(word) >= DEMONYM_MIN_LENGTH and word.endswith(DEMONYM_SUFFIXES)


@lru_cache(maxsize=1)
def _place_words() -> dict[str, frozenset[str]]:
    """Last words of the listed countries and regions ("korea" of "north korea"), by their
    first `DEMONYM_STEM_MIN` letters, which the place's demonym starts with too."""
    by_stem: dict[str, set[str]] = defaultdict(set)
    for name in COUNTRIES | REGIONS:
        word = name.split()[-1]
        by_stem[word[:DEMONYM_STEM_MIN]].add(word)
    return {stem: frozenset(words) for stem, words in by_stem.items()}


@lru_cache(maxsize=NAME_CACHE_SIZE)
def _group_word(word: str) -> bool:
    """A people or group word, singular or plural: "russian(s)", "muslim(s)", "gop"."""
    for form in (word, word[:-1] if len(word) > 4 and word.endswith("s") else word):
        if form in GROUP_ADJECTIVES or form in IRREGULAR_DEMONYMS:
            return True
        places = _place_words().get(form[:DEMONYM_STEM_MIN], ())
        if is_regular_demonym(form) and any(_demonym_of(form, p) for p in places):
            return True  # "syrian" of Syria, "korean" of North Korea
    return False


@lru_cache(maxsize=NAME_CACHE_SIZE)
def names_a_group(text: str) -> bool:
    """Whether a name only says where people are from or what they believe
    ("Russian", "North Korean", "Sunni Muslim", "Republicans"): no fact of its own,
    though it still matches its place ("Russian" / "Russia")."""
    words = [w.lower() for w in re.split(r"[\s\-]+", strip_accents(text)) if w]
    words = [re.sub(r"['’]s?$", "", w) for w in words]
    if not words or len(words) > 2:
        return False
    if len(words) == 2 and words[0] in DIRECTIONS:
        words = words[1:]  # "North Korean"
    return all(_group_word(w) for w in words)


class NameForm(NamedTuple):
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
        return _name_key(self.folded, self.acronym)

    @property
    def initials(self) -> str:
        return _initials(self.raw)


def _name_key(folded: tuple[str, ...], acronym: str) -> str:
    """`NameForm.key`: the acronym, else the folded words."""
    return acronym or " ".join(folded)


def _initials(raw: tuple[str, ...]) -> str:
    """`NameForm.initials`: the first letter of each word."""
    return "".join(w[0] for w in raw if w)


def read_name(fact: Fact) -> NameForm:
    """Read a name fact's words for matching."""
    return NameForm(fact, *_name_parts(fact.text, fact.kind is FactKind.PLACE))


@lru_cache(maxsize=NAME_CACHE_SIZE)
def _name_parts(text: str, place: bool) -> tuple[tuple[str, ...], tuple[str, ...], str, bool]:
    """`NameForm` fields after `fact`: raw, folded, acronym, demonym."""
    text = strip_accents(text).strip()
    text = re.sub(r"['’]s?$", "", text)
    canonical = canonical_name(text)
    if canonical:
        canon = tuple(canonical.split())
        return canon, tuple(fold_token(w) for w in canon), "", False
    if _ACRONYM.fullmatch(text):
        letters = re.sub(r"[^A-Za-z]", "", text)
        letters = letters[:-1] if letters.endswith("s") and len(letters) > 2 else letters
        lower = letters.lower()
        return (lower,), (lower,), lower, False
    words = [w for w in re.split(r"[\s\-‑–]+", text.replace(".", " ")) if w]
    raw = tuple(
        w.lower() for w in words if w.lower() not in CONNECTORS and w not in ORGANISATION_JOINERS
    ) or (text.lower(),)
    demonym = False
    if place and words and 1 <= len(raw) <= 2 and words[-1][:1].isupper():
        last = raw[-1]
        if last in IRREGULAR_DEMONYMS:
            raw = (*raw[:-1], IRREGULAR_DEMONYMS[last])
        else:
            demonym = is_regular_demonym(last)
    return raw, tuple(fold_token(w) for w in raw), "", demonym


def _squeeze(text: str) -> str:
    """Lower case, full stops and spaces run together: "U.S." -> "u s", "N. Korea" -> "n korea"."""
    return " ".join(re.sub(r"[.\s]+", " ", text.lower()).split())


@lru_cache(maxsize=1)
def _aliases() -> tuple[dict[str, str], dict[str, str]]:
    """Place aliases and dotted state abbreviations, keyed by their squeezed form."""
    places = {_squeeze(k): v for k, v in PLACE_ALIASES.items()}
    states = {_squeeze(k): v for k, v in STATE_ABBREVIATIONS.items()}
    return places, states


def canonical_name(text: str) -> str:
    """The one name of a place written another way ("U.S." -> "united states", "Ariz." ->
    "arizona"), "" when it has no other name. A state abbreviation needs its full stop."""
    places, states = _aliases()
    squeezed = _squeeze(text)
    if squeezed in places:
        return places[squeezed]
    if text.endswith(".") and squeezed in states:
        return states[squeezed]
    return ""


@lru_cache(maxsize=1)
def _nickname_of() -> dict[str, str]:
    """First name or nickname -> its full first name."""
    out = {full: full for full in NICKNAMES}
    for full, nicknames in NICKNAMES.items():
        for nickname in nicknames.split():
            out.setdefault(nickname, full)
    return out


def _nicknames(a: str, b: str) -> bool:
    """Whether two first names are one name and its nickname ("bill" / "william")."""
    names = _nickname_of()
    return a in names and b in names and names[a] == names[b]


def _demonym_of(demonym: str, place: str) -> bool:
    """ "russian" names the people of "russia", "ukrainian" of "ukraine"."""
    if demonym == place or len(place) < DEMONYM_STEM_MIN:
        return False
    common = 0
    for x, y in zip(demonym, place, strict=False):
        if x != y:
            break
        common += 1
    return common >= DEMONYM_STEM_MIN and common >= len(place) - 1 and len(demonym) > common


def _tokens_match(a: str, b: str, fa: str, fb: str) -> int:
    """0 no, 1 loose (initial, fuzzy, glued typo), 2 exact."""
    if fa == fb:
        return 2
    if len(a) == 1 or len(b) == 1:
        return 1 if (a[0] == b[0] and max(len(a), len(b)) > 1) else 0
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    if long_.startswith(short) and long_[len(short) :] in GLUE_WORDS:
        return 1
    if _nicknames(a, b):
        return 1
    if min(len(fa), len(fb)) >= 3 and fa[0] == fb[0] and word_ratio(fa, fb) >= WORD_FUZZ_MIN:
        return 1
    return 0


def word_ratio(a: str, b: str) -> float:
    """How alike two words are, 0-100: rapidfuzz's `fuzz.ratio`, the same float.

    100 (1 - E / (len(a) + len(b))) for E characters inserted or deleted to turn
    one into the other, E being the lengths' sum less twice their longest common
    subsequence (found bit-parallel, one bit per letter of `a`). Name words are
    short, and importing rapidfuzz would cost a one-shot's scan ~8 ms.
    """
    total = len(a) + len(b)
    if not total:
        return 100.0
    positions: dict[str, int] = {}
    for i, ch in enumerate(a):
        positions[ch] = positions.get(ch, 0) | 1 << i
    unmatched = (1 << len(a)) - 1  # a bit per letter of `a` not yet in the subsequence
    for ch in b:
        matched = unmatched & positions.get(ch, 0)
        unmatched = (unmatched + matched) | (unmatched - matched)
    common = len(a) - (unmatched & ((1 << len(a)) - 1)).bit_count()
    return (1.0 - (total - 2 * common) / total) * 100


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
        return _same_length_match(x, y)
    short, long_ = (x, y) if len(x.raw) < len(y.raw) else (y, x)
    return _shorter_within(short, long_)


def _same_length_match(x: NameForm, y: NameForm) -> bool:
    """Every word matches (one exactly, or a one-word name closely)."""
    scores = [_tokens_match(a, b, fa, fb) for a, b, fa, fb in
              zip(x.raw, y.raw, x.folded, y.folded, strict=True)]  # fmt: skip
    if 0 in scores:
        return False
    if len(scores) == 1:
        # one word: the same after folding, a glued typo, or a close spelling
        a, b = x.folded[0], y.folded[0]
        glued = a[0] == b[0] and (a[len(b) :] or b[len(a) :]) in GLUE_WORDS
        long_enough = min(len(a), len(b)) >= ONE_WORD_FUZZ_LENGTH
        close = long_enough and word_ratio(a, b) >= ONE_WORD_FUZZ_MIN
        # transliterations differ in vowels: Slovyansk / Slaviansk, Qaida / Qaeda
        vowels = long_enough and a[0] == b[0] and skeleton(a) == skeleton(b)
        return glued or close or vowels
    return any(s == 2 and len(w) > 1 for s, w in zip(scores, x.raw, strict=True))


def _shorter_within(short: NameForm, long_: NameForm) -> bool:
    """The shorter name's words appear in order in the longer one (a surname: first or last)."""
    if len(short.raw) == 1:
        if _group_word(short.raw[0]):
            return False  # "Syrian" is no short form of "Syrian National Coalition"
        word = short.folded[0]
        last = long_.folded[_head_length(long_.fact.text, len(long_.folded)) - 1]
        return len(word) >= SURNAME_MIN_LENGTH and word in (long_.folded[0], last)
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


@lru_cache(maxsize=NAME_CACHE_SIZE)
def _head_length(text: str, words: int) -> int:
    """How many of a name's content words come before its first lower-case connector
    ("Organization for Security and Cooperation in Europe": one, "Organization"):
    the words after it name something else (Europe), so a one-word form matching
    them is no short form of the name. `words` when there is no connector."""
    count = 0
    for word in re.split(r"[\s\-‑–]+", strip_accents(text).replace(".", " ")):
        if not word:
            continue
        if word.islower() and (word in ORGANISATION_JOINERS or word in _HEAD_BREAKERS):
            return max(count, 1)
        if word.lower() not in CONNECTORS and word not in ORGANISATION_JOINERS:
            count += 1
    return min(count, words) or words


_HEAD_BREAKERS = ("of", "in", "at")
"""Lower-case words that end the head of a name ("University of Texas", "Bank in ...")."""


class NameIndex:
    """Name forms indexed by key, acronym/initials, whole words and word prefixes."""

    BUCKET_LIMIT = 48
    """A word prefix shared by more forms than this is too common to narrow the
    search; such forms are still reached through their whole words (chosen on
    the longest handpicked stories: candidate sets stay small, no match lost)."""

    PREFIX = 3
    """Letters of a folded word that index it ("zel" of zelensky/zelenskiy)."""

    def __init__(self, forms: Iterable[NameForm]) -> None:
        self.forms = list(forms)
        self._by_key: dict[str, list[int]] = defaultdict(list)
        for i, form in enumerate(self.forms):
            for key in self._keys(form):
                self._by_key[key].append(i)

    @staticmethod
    def _keys(form: NameForm) -> frozenset[str]:
        return _index_keys(form.raw, form.folded, form.acronym)

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


@lru_cache(maxsize=NAME_CACHE_SIZE)
def _index_keys(raw: tuple[str, ...], folded: tuple[str, ...], acronym: str) -> frozenset[str]:
    """The `NameIndex` keys of a name form's words (kept: a source's mentions, its facts
    and the other source's facts repeat a few dozen forms hundreds of times)."""
    if acronym:
        return frozenset(("=" + acronym, "^" + acronym, "#" + acronym))
    keys = {"=" + _name_key(folded, acronym)}
    if len(raw) >= 2:
        keys.add("^" + _initials(raw))
    keys.update("#" + w for w in raw)
    prefix = NameIndex.PREFIX
    keys.update("~" + w[:prefix] for w in folded if len(w) >= prefix)
    if len(folded) == 1 and len(folded[0]) >= ONE_WORD_FUZZ_LENGTH:
        keys.add("~%" + skeleton(folded[0]))
    return frozenset(keys)


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


def representative(facts: Sequence[Fact]) -> Fact:
    """The fact that stands for an entity: its fullest form, first occurrence."""
    return min(facts, key=lambda f: (-len(f.text.split()), -len(f.text), f.sentence))
