"""Matching the facts of two sources: what only one carries, and where they disagree.

Names match as entities (`facts.names`: surname to full name, acronym to its
expansion, demonym to place, fuzzy spellings); quotations by their words, a
part quoted by one source matching the whole quoted by the other; numbers and
dates by value (`facts.values`), two different values of the same slot being a
conflict when the words around them agree. `fact_key` is the coarser,
context-free key the coverage matrix merges many sources by.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace

from newsdiff.core.facts.extract import caption_sentences
from newsdiff.core.facts.names import (
    NAME_KINDS,
    NameForm,
    NameIndex,
    group_names,
    names_a_group,
    names_match,
    read_name,
    representative,
    strip_accents,
)
from newsdiff.core.facts.values import DateValue, Quantity, parse_date, parse_quantity
from newsdiff.core.model import Conflict, Fact, FactDiff, FactKind, FoundFact

QUOTE_SAME_MIN = 85
"""Smallest rapidfuzz ratio for two quotations to be the same (other punctuation, a
few words changed); over three or more words it leaves most words intact."""

QUOTE_PART_MIN = 90
"""Smallest rapidfuzz partial ratio for one quotation to be a part of the other's."""

QUOTE_MIN_WORDS = 3
"""Fewest words a quotation needs to be matched as a part of another (shorter ones
are in every quote)."""

QUOTE_INDEX_WORD = 4
"""Shortest word that indexes a quotation: only quotations sharing such a word are
scored (scoring every pair was quadratic in long articles)."""

SLOT_LIMIT = 50
"""Values of one slot paired for a conflict: a slot with more values than this is
no single slot."""

CONTEXT_SHARED_MIN = 2
"""Content words two values' contexts must share to be a conflict."""

CONTEXT_SHARE_MIN = 0.5
"""Share of the smaller context two values must have in common to be a conflict."""

NEAR_SHARE = 0.08
"""Largest difference, as a share of the larger, of two amounts that may be one amount
told two ways (42 / "more than 40", 80 % / 75 %, "more than 960" / "nearly 1,000"):
such pairs conflict on weaker context evidence than other values of one unit. Chosen
on the hand-listed conflicts of ../shared/eval/facts (they differ by 4-7 %; 10 % already
paired "about 1,000 fighters" remaining with 900 transported)."""

NEAR_MIN_VALUE = 10
"""Smallest amount `NEAR_SHARE` applies to: below it every two small counts (3 / 2)
would be "near"."""

NEAR_SCORE = 0.4
"""Score of a conflict found by nearness rather than by context, below every
context-backed pair (those score `CONTEXT_SHARE_MIN` or more)."""


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


# ---------------------------------------------------------------- mentions in passing


def drop_mentioned(
    facts: FactDiff,
    a_texts: Sequence[str],
    b_texts: Sequence[str],
    a_facts: Sequence[Fact] = (),
    b_facts: Sequence[Fact] = (),
) -> FactDiff:
    """Keep only the names and quotations the other side never writes, even in passing.

    Extraction skips a lone capitalised word opening a sentence ("Kyiv has
    said..."), so such a mention would otherwise make the other side's "Kyiv"
    look exclusive. A mention does not count inside a photo caption, glued
    to a prefix ("pro-Kiev"), or inside a longer name the other side states
    ("Europe" of "Organization for Security and Cooperation in Europe").
    Numbers and dates are matched by value and context only: the same
    weekday in both articles often dates two different events.

    Args:
        facts: the diff of the two sides' facts.
        a_texts, b_texts: the sentences of each side.
        a_facts, b_facts: each side's extracted facts (their names bound the
            mentions that count).
    """
    in_a = _Mentions(a_texts, a_facts)
    in_b = _Mentions(b_texts, b_facts)
    return replace(
        facts,
        only_a=tuple(f for f in facts.only_a if not in_b.mentions(f)),
        only_b=tuple(f for f in facts.only_b if not in_a.mentions(f)),
    )


_WORDS = re.compile(r"\w+")

_PASSING_KINDS = NAME_KINDS | {FactKind.QUOTE}
"""Kinds of fact a mention in passing stands for."""


class _Mentions:
    """One side's text, searchable for mentions of the other side's facts."""

    def __init__(self, texts: Sequence[str], facts: Sequence[Fact]) -> None:
        captions = caption_sentences(texts)
        kept = [(i, t) for i, t in enumerate(texts) if i not in captions]
        self.starts: list[int] = []
        self.sentences: list[int] = []
        pieces = []
        position = 0
        for i, text in kept:
            self.starts.append(position)
            self.sentences.append(i)
            pieces.append(text)
            position += len(text) + 1
        self.texts = dict(kept)
        self.all = " ".join(pieces)
        # A regex search of the whole article per fact is quadratic on long
        # pairs; a fact can only be mentioned where its first word is.
        self.words = set(_WORDS.findall(self.all))
        self.names: dict[int, list[str]] = defaultdict(list)
        for fact in facts:
            if fact.kind in NAME_KINDS:
                self.names[fact.sentence].append(fact.text)

    def mentions(self, fact: Fact) -> bool:
        if fact.kind not in _PASSING_KINDS:
            return False
        text = fact.text
        first = _WORDS.search(text)
        if first is not None and first.start() == 0 and first.group() not in self.words:
            return False
        # str.find, then the word boundaries by hand: a regex with a
        # lookbehind scans a long article slowly.
        where = self.all
        position = where.find(text)
        while position != -1:
            end = position + len(text)
            before = where[position - 1] if position else " "
            after = where[end] if end < len(where) else " "
            if (
                not _is_word_char(before)
                and not _is_word_char(after)
                and not _prefixed(where, position)
                and not self._inside_name(position, text)
            ):
                return True
            position = where.find(text, position + 1)
        return False

    def _inside_name(self, position: int, text: str) -> bool:
        """Whether the words at `position` belong to a longer name of that sentence."""
        k = bisect_right(self.starts, position) - 1
        sentence = self.sentences[k]
        offset = position - self.starts[k]
        own = self.texts[sentence]
        for name in self.names.get(sentence, ()):
            if len(name) <= len(text) or text not in name:
                continue
            start = own.find(name)
            while start != -1:
                if start <= offset and offset + len(text) <= start + len(name):
                    return True
                start = own.find(name, start + 1)
        return False


def _prefixed(where: str, position: int) -> bool:
    """ "pro-Kiev", "anti-Assad": a lower-case prefix glued to the name makes a new word."""
    return position >= 2 and where[position - 1] == "-" and where[position - 2].islower()


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


# ---------------------------------------------------------------- names


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
        if all(names_a_group(form.fact.text) for form in members):
            continue  # "Russian", "Republicans": no fact of their own
        if all(getattr(forms[i].fact, "dateline", False) for i in group):
            continue  # only in the dateline: carried, but stated nowhere
        if any(
            names_match(form, distinct_others[j])
            for form in members
            for j in index.candidates(form)
        ):
            continue
        facts = [forms[i].fact for i in group]
        # "Sweden", not "Swedish": the place stands for an entity its adjective joined
        out.append(representative([f for f in facts if not names_a_group(f.text)] or facts))
    return out


# ---------------------------------------------------------------- quotes


def _quotes_only(a: Sequence[Fact], b: Sequence[Fact]) -> tuple[list[Fact], list[Fact]]:
    qa = _distinct(f for f in a if f.kind is FactKind.QUOTE)
    qb = _distinct(f for f in b if f.kind is FactKind.QUOTE)
    grams_of: dict[str, _Trigrams] = {}
    parts: dict[tuple[str, str], bool] = {}
    return (
        _unmatched_quotes(qa, qb, grams_of, parts),
        _unmatched_quotes(qb, qa, grams_of, parts),
    )


def _distinct(facts: Iterable[Fact]) -> dict[str, Fact]:
    out: dict[str, Fact] = {}
    for fact in facts:
        out.setdefault(quote_key(fact.text), fact)
    return out


def _unmatched_quotes(
    mine: dict[str, Fact],
    theirs: dict[str, Fact],
    grams_of: dict[str, _Trigrams] | None = None,
    parts: dict[tuple[str, str], bool] | None = None,
) -> list[Fact]:
    """Quotations of `mine` that `theirs` neither repeats nor quotes a part of.

    `grams_of` and `parts` carry the trigrams and partial-quote verdicts from one
    direction to the other (A against B, then B against A score many pairs twice).
    """
    grams_of = {} if grams_of is None else grams_of
    parts = {} if parts is None else parts
    keys = list(theirs)
    # Longer word -> their quotations using it: only those are candidates.
    by_word: dict[str, list[int]] = {}
    for number, key in enumerate(keys):
        for word in _quote_words(key):
            by_word.setdefault(word, []).append(number)
    out = []
    for key, fact in mine.items():
        if key in theirs:
            continue
        words = _quote_words(key)
        if len(key.split()) < QUOTE_MIN_WORDS or not words:
            candidates = keys
        else:
            candidates = [keys[n] for n in sorted({n for w in words for n in by_word.get(w, ())})]
        # Same quotation, other punctuation or a few words changed.
        if candidates and _repeated(key, candidates):
            continue
        # One source quotes a part of the other's quotation.
        grams = _Trigrams(key)
        if any(_is_part(grams, other, grams_of, parts) for other in candidates):
            continue
        out.append(fact)
    return out


def _repeated(quote: str, candidates: list[str]) -> bool:
    """Whether a candidate is the same quotation (a rapidfuzz ratio >= QUOTE_SAME_MIN)."""
    from rapidfuzz import fuzz, process  # here: most scans score no quotation (~8 ms)

    best = process.extractOne(quote, candidates, scorer=fuzz.ratio, score_cutoff=QUOTE_SAME_MIN)
    return best is not None


def _is_part(
    grams: _Trigrams,
    other: str,
    grams_of: dict[str, _Trigrams],
    parts: dict[tuple[str, str], bool],
) -> bool:
    """Whether one of two quotations quotes a part of the other (`_partial_quote`)."""
    key = grams.text
    if len(key) == len(other):  # which one is "shorter" then depends on the order
        pair = (key, other)
    else:
        pair = (key, other) if len(key) < len(other) else (other, key)
    found = parts.get(pair)
    if found is None:
        found = parts[pair] = (
            grams.may_be_part(other, grams_of) and _partial_quote(key, other) >= QUOTE_PART_MIN
        )
    return found


class _Trigrams:
    """A quotation's character trigrams: a cheap test that rules out a partial match.

    rapidfuzz's partial ratio is the best `ratio` of the needle (the shorter text)
    against a window of the other no longer than the needle, and the ratio is
    1 - E / (len(needle) + len(window)) for E characters inserted or deleted. So a
    score of at least p = QUOTE_PART_MIN / 100 allows at most E = 2 (1 - p)
    len(needle) edits. Each edit breaks at most 3 of the needle's trigrams and
    every unbroken one occurs in the other text, so fewer shared trigrams than
    `len(needle) - 2 - 3 E` prove the score is below the bar without computing it
    (the q-gram lemma). Exact: it never drops a pair the score would keep
    (tests/test_facts_quote_filter.py checks it against rapidfuzz).
    """

    __slots__ = ("repeats", "set", "text")

    def __init__(self, text: str) -> None:
        grams = [text[i : i + 3] for i in range(len(text) - 2)]
        self.text = text
        self.set = frozenset(grams)
        self.repeats = len(grams) - len(self.set)
        """Trigram positions beyond the distinct ones (a bound on shared positions
        needs them: a repeated trigram may be shared at each of its places)."""

    def shared_bound(self, other: frozenset[str]) -> int:
        """At most how many of this text's trigram positions occur in `other`."""
        return len(self.set & other) + self.repeats

    def may_be_part(self, other: str, grams_of: dict[str, _Trigrams]) -> bool:
        """False only if no partial ratio of these two reaches `QUOTE_PART_MIN`."""
        theirs = grams_of.get(other)
        if theirs is None:
            theirs = grams_of[other] = _Trigrams(other)
        needles = [self] if len(self.text) < len(other) else [theirs]
        if len(self.text) == len(other):
            needles = [self, theirs]  # either may be taken as the needle
        for needle in needles:
            hay = theirs if needle is self else self
            n = len(needle.text)
            edits = 2 * (100 - QUOTE_PART_MIN) / 100 * n
            if needle.shared_bound(hay.set) >= n - 2 - 3 * edits - 1:  # 1: float slack
                return True
        return False


def _quote_words(key: str) -> set[str]:
    return {w for w in key.split() if len(w) >= QUOTE_INDEX_WORD}


def _partial_quote(x: str, y: str) -> float:
    shorter = x if len(x) <= len(y) else y
    if len(shorter.split()) < QUOTE_MIN_WORDS:
        return 0.0
    from rapidfuzz import fuzz  # here, as in `_repeated`: importing it takes ~8 ms

    return float(fuzz.partial_ratio(x, y, score_cutoff=QUOTE_PART_MIN))


# ---------------------------------------------------------------- numbers and dates


def _values_only(
    a: Sequence[Fact], b: Sequence[Fact], kind: FactKind
) -> tuple[list[Fact], list[Fact], list[Conflict]]:
    va = _read_values(a, kind)
    vb = _read_values(b, kind)
    index_a, index_b = _by_value(va), _by_value(vb)
    left = [(f, v) for f, v in va if not _has_same(f, v, index_b)]
    right = [(f, w) for f, w in vb if not _has_same(f, w, index_a)]
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
        key = (
            (value.value, value.unit, value.particle, value.bound)
            if isinstance(value, Quantity)
            else value
        )
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


def _by_value(values: list[tuple[Fact, Value]]) -> dict[object, list[tuple[Fact, Value]]]:
    """Numbers bucketed by value (long articles hold hundreds); dates in one bucket."""
    out: dict[object, list[tuple[Fact, Value]]] = defaultdict(list)
    for fact, value in values:
        out[value.value if isinstance(value, Quantity) else None].append((fact, value))
    return out


def _has_same(fact: Fact, value: Value, index: dict[object, list[tuple[Fact, Value]]]) -> bool:
    bucket = index.get(value.value if isinstance(value, Quantity) else None, [])
    return any(
        _same_value(value, theirs)
        and not (isinstance(value, DateValue) and value.loose and not _contexts_meet(fact, other))
        for other, theirs in bucket
    )


def _contexts_meet(x: Fact, y: Fact) -> bool:
    """Whether two values' contexts share a content word (True when either has none)."""
    cx = x.context if isinstance(x, FoundFact) else None
    cy = y.context if isinstance(y, FoundFact) else None
    if not cx or not cy:
        return True
    return bool({w for w in cx if w[0] != "^"} & {w for w in cy if w[0] != "^"})


def _same_value(x: Value, y: Value) -> bool:
    if isinstance(x, Quantity) and isinstance(y, Quantity):
        if not x.same_amount(y):
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
    scored = _scored_pairs(left, right)
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


def _scored_pairs(
    left: list[tuple[Fact, Value]], right: list[tuple[Fact, Value]]
) -> list[tuple[float, int, int]]:
    """(score, left index, right index) of every pair that may conflict, best first.

    Same-slot pairs score by their contexts (`_context_score`); failing that, two
    amounts of one unit that are nearly the same (`_near_amounts`) still pair when
    they share content words or are the only such pair. Bare figures pair only
    when nearly the same and their contexts agree.
    """
    by_slot: dict[object, list[int]] = defaultdict(list)
    bare: list[tuple[float, int]] = []
    for j, (_, value) in enumerate(right):
        slot = _slot(value)
        if slot is not None:
            by_slot[slot].append(j)
        elif isinstance(value, Quantity):
            bare.append((value.value, j))
    bare.sort()
    near_counts = _near_counts(left, right, by_slot)
    scored: list[tuple[float, int, int]] = []
    for i, (fact, value) in enumerate(left):
        slot = _slot(value)
        if slot is None:
            if isinstance(value, Quantity):
                scored += _bare_pairs(i, fact, value, right, bare)
            continue
        partners = by_slot.get(slot, [])
        for j in partners[:SLOT_LIMIT]:
            other, theirs = right[j]
            score = _context_score(fact, other)
            if score is None:
                lone = len(partners) == 1 and sum(_slot(v) == slot for _, v in left) == 1
                score = 1.0 if lone else 0.0
            if not score and isinstance(value, DateValue) and isinstance(theirs, DateValue):
                near = value.near(theirs) and _shared_words(fact, other) >= CONTEXT_SHARED_MIN
                score = NEAR_SCORE if near else 0.0
            if not score and _near_amounts(value, theirs):
                shared = _shared_words(fact, other)
                if isinstance(value, Quantity) and value.value == getattr(theirs, "value", None):
                    # the same figure hedged apart: "more than" against "nearly" first
                    opposed = {value.bound, getattr(theirs, "bound", "")} == {"<", ">"}
                    score = NEAR_SCORE * (1 + opposed + shared / (shared + 1))
                elif shared >= CONTEXT_SHARED_MIN:
                    score = NEAR_SCORE * shared / (shared + 1)
                elif near_counts.get(("a", i)) == 1 and near_counts.get(("b", j)) == 1:
                    score = NEAR_SCORE / 2
            if score > 0:
                scored.append((score, i, j))
    scored.sort(key=lambda t: (-t[0], t[1], t[2]))
    return scored


def _near_counts(
    left: list[tuple[Fact, Value]],
    right: list[tuple[Fact, Value]],
    by_slot: dict[object, list[int]],
) -> dict[tuple[str, int], int]:
    """For each value, how many of the other side's same-slot values are near it."""
    counts: dict[tuple[str, int], int] = defaultdict(int)
    for i, (_, value) in enumerate(left):
        slot = _slot(value)
        if slot is None or not isinstance(value, Quantity):
            continue
        for j in by_slot.get(slot, [])[:SLOT_LIMIT]:
            if _near_amounts(value, right[j][1]):
                counts["a", i] += 1
                counts["b", j] += 1
    return counts


def _bare_pairs(
    i: int,
    fact: Fact,
    value: Quantity,
    right: list[tuple[Fact, Value]],
    bare: list[tuple[float, int]],
) -> list[tuple[float, int, int]]:
    """Pairs of bare figures ("more than 960" / "nearly 1,000"): nearly the same,
    a nearest neighbour word and `CONTEXT_SHARED_MIN` content words in common."""
    low = bisect_left(bare, (value.value * (1 - NEAR_SHARE), -1))
    out = []
    for figure, j in bare[low : low + SLOT_LIMIT]:
        if figure > value.value * (1 + NEAR_SHARE):
            break
        other, theirs = right[j]
        if not isinstance(theirs, Quantity) or not _near_amounts(value, theirs):
            continue
        if _neighbours_meet(fact, other) and _shared_words(fact, other) >= CONTEXT_SHARED_MIN:
            out.append((NEAR_SCORE / 2, i, j))
    return out


def _near_amounts(x: Value, y: Value) -> bool:
    """Two amounts nearly the same but not the same amount: 42 and "more than 40",
    80 % and 75 %, "more than two years" and "nearly two years"."""
    if not isinstance(x, Quantity) or not isinstance(y, Quantity) or x.same_amount(y):
        return False
    if x.value == y.value:
        return True
    larger = max(abs(x.value), abs(y.value))
    return larger >= NEAR_MIN_VALUE and abs(x.value - y.value) <= NEAR_SHARE * larger


def _contexts(x: Fact, y: Fact) -> tuple[frozenset[str], frozenset[str]]:
    cx = x.context if isinstance(x, FoundFact) else frozenset()
    cy = y.context if isinstance(y, FoundFact) else frozenset()
    return cx, cy


def _shared_words(x: Fact, y: Fact) -> int:
    """Content words (not the neighbour marks) the two values' contexts share."""
    cx, cy = _contexts(x, y)
    return len({w for w in cx if w[0] != "^"} & {w for w in cy if w[0] != "^"})


def _neighbours_meet(x: Fact, y: Fact) -> bool:
    """Whether a nearest content word of the two values agrees."""
    cx, cy = _contexts(x, y)
    return bool({w for w in cx if w[0] == "^"} & {w for w in cy if w[0] == "^"})


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
    if shared < CONTEXT_SHARED_MIN:
        return 0.0
    score = shared / min(len(words_x), len(words_y))
    return score if score >= CONTEXT_SHARE_MIN else 0.0
