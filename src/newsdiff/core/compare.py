"""`compare(a, b)`: the one entry point both faces use.

Each source is analysed once (clean, segment, typos, facts) and cached, so an
app flipping between pairs of one story never redoes a side.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import PurePath

from newsdiff.core.align.sentences import align_sentences
from newsdiff.core.child import Child, can_fork
from newsdiff.core.diff.word_diff import diff_words
from newsdiff.core.facts.extract import extract_facts
from newsdiff.core.facts.match import diff_facts, drop_mentioned, fact_key
from newsdiff.core.facts.names import NAME_KINDS
from newsdiff.core.model import (
    Closeness,
    Comparison,
    Fact,
    FactDiff,
    FactKind,
    Row,
    RowKind,
    Side,
    Source,
    outlet_name,
)
from newsdiff.core.text.clean import clean_text
from newsdiff.core.text.decode import normalise_newlines
from newsdiff.core.text.segment import segment_lines, tokenize
from newsdiff.core.text.typos import find_typos


@dataclass(frozen=True, slots=True)
class AnalysedSource:
    """A source after the per-source steps of the pipeline."""

    side: Side
    """Sentences, removed lines and typos."""
    facts: tuple[Fact, ...]
    """Facts extracted from its sentences."""
    tokens: int
    """Number of tokens in its sentences."""


@lru_cache(maxsize=64)
def analyse(source: Source) -> AnalysedSource:
    """Clean, segment and scan one source (cached per source)."""
    side, tokens = _read_side(source)
    return AnalysedSource(side=side, facts=source_facts(source, side.texts), tokens=tokens)


def _read_side(source: Source) -> tuple[Side, int]:
    """The per-source steps but facts: cleaning, sentences, typos; and its token count."""
    cleaned = clean_text(source.text)
    sentences = tuple(segment_lines(cleaned.lines))
    texts = [s.text for s in sentences]
    side = Side(
        id=source.id,
        outlet=source.outlet,
        path=source.path,
        sentences=sentences,
        removed=source.removed + cleaned.removed,
        typos=tuple(find_typos(texts)),
        url=source.url,
        title=source.title,
        date=source.date,
        author=source.author,
    )
    return side, sum(len(tokenize(t)) for t in texts)


def source_facts(source: Source, texts: Sequence[str]) -> tuple[Fact, ...]:
    """The facts of a source's sentences, but those naming the source itself."""
    outlet = outlet_name(source.outlet)
    if outlet.casefold() in (source.id.casefold(), PurePath(source.path).stem.casefold()):
        outlet = ""  # named after its file ("putin.txt"), not a masthead
    masthead = _MASTHEAD.match(texts[0]) if texts else None
    own = _name_keys(outlet)
    own_first = _name_keys(masthead.group(1)) if masthead else {}
    return tuple(
        f
        for f in extract_facts(texts)
        if not _names_itself(f, own) and not (f.sentence == 0 and _names_itself(f, own_first))
    )


# "Berliner Tageblatt - Putin to visit N. Korea": a page title led by the
# outlet's own name.
_MASTHEAD = re.compile(r"(\S.{0,48}?)\s+[-–—|]\s+\S")


def _name_keys(name: str) -> dict[FactKind, str]:
    """`fact_key` of `name` read as each kind of name ({} for no name: "", "…")."""
    if not any(ch.isalpha() for ch in name):
        return {}
    return {kind: fact_key(Fact(name, kind, -1)) for kind in NAME_KINDS}


def _names_itself(fact: Fact, own: dict[FactKind, str]) -> bool:
    """A source naming itself (its outlet, or the masthead leading its first
    line) states no fact of the story; another outlet naming it does."""
    key = own.get(fact.kind)
    return key is not None and fact_key(fact) == key


FORK_FROM_CHARS = 150_000
"""Combined length of two articles from which `compare(..., fork=True)` runs half
of the work in a forked child. Forking and sending a side back cost about 30 ms;
below this size (a few thousand words each) the whole comparison takes well
under a second and the fork would save too little to be worth a process."""


def compare(a: Source | str, b: Source | str, *, fork: bool = False) -> Comparison:
    """Compare two articles.

    Args:
        a: the A (left) article, loaded or as plain text.
        b: the B (right) article, loaded or as plain text.
        fork: for a one-shot run of a long pair, read B (clean, segment,
            typos) in a forked child while A is read here, then extract and
            match the facts of both in a second child while the sentences are
            aligned here (`core.child`). The result is the same either way.
            Leave it off in a process with threads of its own (the app).

    Returns:
        The full comparison: aligned rows with classified changes, facts
        only one side carries, removed boilerplate and typos of each side.
    """
    a_source, b_source = _as_source(a, "a"), _as_source(b, "b")
    fork = fork and len(a_source.text) + len(b_source.text) >= FORK_FROM_CHARS and can_fork()
    matched_facts: Child[FactDiff] | None = None
    if fork:
        # B's side in a child while A's is read here; then the facts of both,
        # extracted and matched in a second child while the sentences are aligned
        # here (the alignment is the longest step of a long pair).
        child_side = Child(lambda: _read_side(b_source))
        a_side, a_tokens = _read_side(a_source)
        b_side, b_tokens = child_side.result()
        a_texts, b_texts = a_side.texts, b_side.texts

        matched_facts = Child(
            lambda: _matched_facts(
                source_facts(a_source, a_texts), source_facts(b_source, b_texts), a_texts, b_texts
            )
        )
        left = AnalysedSource(side=a_side, facts=(), tokens=a_tokens)
        right = AnalysedSource(side=b_side, facts=(), tokens=b_tokens)
    else:
        left, right = analyse(a_source), analyse(b_source)
        a_texts, b_texts = left.side.texts, right.side.texts

    rows: list[Row] = []
    shared = 0
    for group in align_sentences(a_texts, b_texts):
        if not group.b:
            rows.append(Row(RowKind.ONLY_A, group.a, (), 0.0))
            continue
        if not group.a:
            rows.append(Row(RowKind.ONLY_B, (), group.b, 0.0))
            continue
        diff = diff_words(left.side.row_text(group.a), right.side.row_text(group.b))
        shared += diff.shared
        if group.moved:
            kind = RowKind.MOVED
        else:
            kind = RowKind.CHANGED if diff.changes else RowKind.SAME
        closeness = Closeness.FULL if group.full else Closeness.PARTIAL
        rows.append(Row(kind, group.a, group.b, group.score, diff.changes, closeness))
    total = left.tokens + right.tokens
    similarity = shared / total if total else 1.0
    return Comparison(
        a=left.side,
        b=right.side,
        similarity=similarity,
        rows=tuple(rows),
        facts=(
            matched_facts.result()
            if matched_facts
            else _matched_facts(left.facts, right.facts, a_texts, b_texts)
        ),
    )


def _matched_facts(
    a_facts: tuple[Fact, ...], b_facts: tuple[Fact, ...], a_texts: list[str], b_texts: list[str]
) -> FactDiff:
    """Facts only one side carries (and conflicts), less those the other side
    mentions in passing."""
    return drop_mentioned(diff_facts(a_facts, b_facts), a_texts, b_texts, a_facts, b_facts)


def _as_source(value: Source | str, default_id: str) -> Source:
    if isinstance(value, Source):
        return value
    return Source(id=default_id, outlet=default_id.upper(), path="", text=normalise_newlines(value))
