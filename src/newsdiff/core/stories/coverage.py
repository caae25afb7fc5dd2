"""Who carried what: a fact × source matrix and pairwise shared wording for one story.

With more than two sources a reader wants the whole picture at once: which
facts every outlet reports and which only one does, which outlets ran the same
wire copy and which pair differs most. `story_coverage` answers both from the
per-source analysis `compare.analyse` already caches, so the app can show it
next to the pairwise diffs without analysing anything twice.

Facts are merged across sources by `fact_key` (names folded, numbers by value
and unit, dates by their fields, quotations by their words). On top of that a
surname on its own ("Ushakov") joins the one full name in the story that ends
with it ("Yuri Ushakov"); when two full names share the surname the mention is
ambiguous and stays apart.

Shared wording of two sources is the share of the *shorter* one's words that
stand in aligned, identical spans of the other (from `compare`): a short wire
story reprinted inside a longer article scores near 1, as it should, where a
symmetric measure would be diluted by the longer article's additions. For
stories with many sources all pairs of full comparisons get slow, so above
`FULL_COMPARE_LIMIT` sources the score is the containment of word 5-grams of
the cleaned sentences instead, which measures the same thing more coarsely.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import Any

from newsdiff.core.compare import analyse, compare
from newsdiff.core.facts.match import fact_key
from newsdiff.core.facts.names import (
    NAME_KINDS,
    group_names,
    names_a_group,
    read_name,
    representative,
)
from newsdiff.core.model import Fact, FactKind, Source

FULL_COMPARE_LIMIT = 10
"""Stories with more sources than this score pairs by word 5-gram containment."""
SHINGLE = 5
"""Words per shingle for the cheap pairwise score: long enough that independent
writers rarely share one by chance, short enough to survive light edits."""
SHARED_COPY = 0.2
"""Shared wording at which two sources count as one copy (one wire story):
independently written reports of one event share a few percent at most."""

_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Coverage:
    """Which source carries which fact, and how much wording each pair shares."""

    sources: tuple[str, ...]
    """Source ids, in story order."""
    facts: tuple[str, ...]
    """Fact labels (a representative text per merged fact), most widely carried first."""
    kinds: tuple[FactKind, ...]
    """The kind of each fact, parallel to `facts`."""
    carried: tuple[tuple[bool, ...], ...]
    """carried[f][s]: source s carries fact f."""
    similarity: tuple[tuple[float, ...], ...]
    """similarity[s][t] in 0..1, symmetric, 1 on the diagonal: the share of the
    shorter source's wording that the other source also has."""
    sentences: tuple[tuple[int, ...], ...] = ()
    """sentences[f][s]: the first sentence of source s stating fact f (an index
    into its cleaned sentences), -1 where s does not carry it."""

    def pairs(self) -> list[tuple[int, int, float]]:
        """Every pair of sources (s < t) with its shared wording, in story order."""
        n = len(self.sources)
        return [(s, t, self.similarity[s][t]) for s, t in combinations(range(n), 2)]

    def closest(self) -> tuple[str, str, float] | None:
        """The pair sharing the most wording (first in story order on ties), or None."""
        pairs = self.pairs()
        if not pairs:
            return None
        s, t, score = max(pairs, key=lambda p: p[2])
        return self.sources[s], self.sources[t], score

    def most_different(self) -> tuple[str, str, float] | None:
        """The pair sharing the least wording (first in story order on ties), or None."""
        pairs = self.pairs()
        if not pairs:
            return None
        s, t, score = min(pairs, key=lambda p: p[2])
        return self.sources[s], self.sources[t], score

    def one_source_facts(self) -> int:
        """How many facts exactly one source carries."""
        return sum(1 for row in self.carried if sum(row) == 1)

    def copy_groups(self) -> list[list[str]]:
        """Sources that ran the same copy: groups of two or more, linked by
        pairs sharing at least `SHARED_COPY` of their wording (a chain counts:
        a reprint of a reprint is still the same copy)."""
        n = len(self.sources)
        parent = list(range(n))

        def root(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        for s, t, score in self.pairs():
            if score >= SHARED_COPY:
                parent[max(root(s), root(t))] = min(root(s), root(t))
        groups: dict[int, list[str]] = {}
        for i in range(n):
            groups.setdefault(root(i), []).append(self.sources[i])
        return [group for group in groups.values() if len(group) > 1]

    def to_dict(self) -> dict[str, Any]:
        """The coverage as JSON-ready data (the "coverage" key of a story)."""
        closest, different = self.closest(), self.most_different()
        return {
            "sources": list(self.sources),
            "facts": [
                {
                    "text": text,
                    "kind": kind.value,
                    "carried_by": [s for s, on in zip(self.sources, row, strict=True) if on],
                    "sentences": {s: k for s, k in zip(self.sources, where, strict=True) if k >= 0},
                }
                for text, kind, row, where in zip(
                    self.facts, self.kinds, self.carried, self.sentences, strict=True
                )
            ],
            "similarity": [[round(x, 3) for x in row] for row in self.similarity],
            "closest": [closest[0], closest[1], round(closest[2], 3)] if closest else None,
            "most_different": (
                [different[0], different[1], round(different[2], 3)] if different else None
            ),
            "copy_groups": self.copy_groups(),
        }


@dataclass(frozen=True, slots=True)
class PairRow:
    """One pair of sources as the pair table lists it."""

    s: int
    """Index of the first source (story order)."""
    t: int
    """Index of the second source."""
    score: float
    """Shared wording, 0..1."""
    closest: bool
    """The pair sharing the most wording."""
    most_different: bool
    """The pair sharing the least."""
    same_copy: bool
    """Both sources belong to one copy group (one wire story)."""


def pair_rows(coverage: Coverage) -> list[PairRow]:
    """Every pair, most shared wording first, with what stands out about it.

    The closest and most different pairs are those of `Coverage.closest` and
    `Coverage.most_different`, so the table and the JSON name the same pairs.
    """
    closest, different = coverage.closest(), coverage.most_different()
    index = {sid: i for i, sid in enumerate(coverage.sources)}
    group_of = {sid: g for g, group in enumerate(coverage.copy_groups()) for sid in group}
    top = (index[closest[0]], index[closest[1]]) if closest else None
    bottom = (index[different[0]], index[different[1]]) if different else None
    rows = [
        PairRow(
            s,
            t,
            score,
            closest=(s, t) == top,
            # With one pair it is both; call it closest only.
            most_different=(s, t) == bottom and bottom != top,
            same_copy=group_of.get(coverage.sources[s], -1)
            == group_of.get(coverage.sources[t], -2),
        )
        for s, t, score in coverage.pairs()
    ]
    # Stable sort: ties keep story order, like closest()/most_different().
    return sorted(rows, key=lambda r: -r.score)


def story_coverage(sources: Sequence[Source]) -> Coverage:
    """The coverage matrix and pairwise shared wording of one story's sources.

    Args:
        sources: the story's sources, in story order, ids unique.

    Returns:
        The facts every source carries, merged across sources, and the shared
        wording of every pair of sources.
    """
    analysed = [analyse(source) for source in sources]
    labels, kinds, carried, sentences = _merge_facts([a.facts for a in analysed])
    n = len(sources)
    matrix = [[1.0 if s == t else 0.0 for t in range(n)] for s in range(n)]
    if n <= FULL_COMPARE_LIMIT:
        for s, t in combinations(range(n), 2):
            shared = compare(sources[s], sources[t]).similarity * (
                analysed[s].tokens + analysed[t].tokens
            )
            # `similarity` counts shared tokens on both sides; half is one side's share.
            shorter = min(analysed[s].tokens, analysed[t].tokens)
            matrix[s][t] = matrix[t][s] = min(1.0, shared / 2 / shorter) if shorter else 0.0
    else:
        shingles = [_shingles(a.side.texts) for a in analysed]
        for s, t in combinations(range(n), 2):
            shorter = min(len(shingles[s]), len(shingles[t]))
            score = len(shingles[s] & shingles[t]) / shorter if shorter else 0.0
            matrix[s][t] = matrix[t][s] = score
    return Coverage(
        sources=tuple(source.id for source in sources),
        facts=labels,
        kinds=kinds,
        carried=carried,
        similarity=tuple(tuple(row) for row in matrix),
        sentences=sentences,
    )


def _merge_facts(
    per_source: Sequence[Sequence[Fact]],
) -> tuple[
    tuple[str, ...],
    tuple[FactKind, ...],
    tuple[tuple[bool, ...], ...],
    tuple[tuple[int, ...], ...],
]:
    """Labels, kinds, the carried matrix and each carrier's first sentence of
    the facts merged across sources."""
    keyed = [
        [(fact_key(f), f) for f in facts if not (f.kind in NAME_KINDS and names_a_group(f.text))]
        for facts in per_source
    ]
    entity_of = _entity_keys([f for facts in keyed for _, f in facts if f.kind in NAME_KINDS])
    members: dict[str, list[Fact]] = {}
    carriers: dict[str, set[int]] = {}
    first_seen: dict[str, tuple[int, int]] = {}
    stated_in: dict[tuple[str, int], int] = {}
    for s, facts in enumerate(keyed):
        for key, fact in facts:
            if fact.kind in NAME_KINDS:
                key = entity_of.get(key, key)
            members.setdefault(key, []).append(fact)
            carriers.setdefault(key, set()).add(s)
            first_seen.setdefault(key, (s, fact.sentence))
            previous = stated_in.get((key, s))
            if previous is None or fact.sentence < previous:
                stated_in[key, s] = fact.sentence
    order = sorted(members, key=lambda k: (-len(carriers[k]), first_seen[k]))
    n = len(per_source)
    labels = tuple(_label(members[k]) for k in order)
    kinds = tuple(Counter(f.kind for f in members[k]).most_common(1)[0][0] for k in order)
    carried = tuple(tuple(s in carriers[k] for s in range(n)) for k in order)
    sentences = tuple(tuple(stated_in.get((k, s), -1) for s in range(n)) for k in order)
    return labels, kinds, carried, sentences


def _entity_keys(names: Sequence[Fact]) -> dict[str, str]:
    """`fact_key` of each name -> the key of the entity it names across all sources.

    The names are grouped as one source's are (`facts.names.group_names`): spellings,
    nicknames and acronyms of one entity join ("Bill Kristol", "William Kristol", "UN" /
    "United Nations"), and a surname joins its full name only when one entity fits it
    ("Kristol"; two "… Kim"s leave a bare "Kim" apart)."""
    distinct = list({fact_key(f): f for f in names}.items())
    forms = [read_name(f) for _, f in distinct]
    out: dict[str, str] = {}
    for group in group_names(forms):
        target = fact_key(representative([distinct[i][1] for i in group]))
        for i in group:
            out[distinct[i][0]] = target
    return out


def _label(facts: Sequence[Fact]) -> str:
    """The fullest written form ("Yuri Ushakov" over "Ushakov"), then the most
    often written, then the first."""
    counts = Counter(f.text for f in facts)
    first = {f.text: i for i, f in reversed(list(enumerate(facts)))}
    return max(counts, key=lambda t: (len(t.split()), counts[t], -first[t]))


def _shingles(sentences: Sequence[str]) -> set[tuple[str, ...]]:
    words = _WORD.findall(" ".join(sentences).lower())
    return {tuple(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}
