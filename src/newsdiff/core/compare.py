"""`compare(a, b)`: the one entry point both faces use.

Each source is analysed once (clean, segment, typos, facts) and cached, so an
app flipping between pairs of one story never redoes a side. A one-shot run
(`fork=True`) splits the work instead: the sentences are aligned and diffed
here while a forked child scans both sides for typos and facts.

Every stage after segmentation is imported where it runs, not at the top: in a
forked one-shot only the child loads the typo and fact stages (their modules
and patterns are a fifth of the start-up), and the caller loads the aligner
and the word diff (rapidfuzz among them) after the fork, so the child starts
that much sooner.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from newsdiff.core.child import Child, can_fork
from newsdiff.core.model import (
    Closeness,
    Comparison,
    Fact,
    FactDiff,
    Row,
    RowKind,
    Side,
    Source,
    Typo,
)
from newsdiff.core.text.clean import clean_text
from newsdiff.core.text.decode import normalise_newlines
from newsdiff.core.text.segment import segment_lines, token_count


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
    side = _sentences(source)
    typos, facts = _scan_side(source, side.texts)
    side = replace(side, typos=typos)
    return AnalysedSource(side=side, facts=facts, tokens=_tokens(side))


def _sentences(source: Source) -> Side:
    """A source cleaned and cut into sentences: its side, before the typo scan."""
    cleaned = clean_text(source.text)
    return Side(
        id=source.id,
        outlet=source.outlet,
        path=source.path,
        sentences=tuple(segment_lines(cleaned.lines)),
        removed=source.removed + cleaned.removed,
        url=source.url,
        title=source.title,
        date=source.date,
        author=source.author,
    )


def _tokens(side: Side) -> int:
    return sum(token_count(t) for t in side.texts)


def _scan_side(source: Source, texts: list[str]) -> tuple[tuple[Typo, ...], tuple[Fact, ...]]:
    """The scan of one source's sentences: its typos and its facts."""
    from newsdiff.core.facts.sides import source_facts
    from newsdiff.core.text.typos import find_typos

    return tuple(find_typos(texts)), source_facts(source, texts)


def _scan(
    a: Source, b: Source, a_texts: list[str], b_texts: list[str]
) -> tuple[tuple[Typo, ...], tuple[Typo, ...], FactDiff]:
    """The half of a comparison the alignment does not need: each side's typos,
    and the facts only one side carries."""
    from newsdiff.core.facts.sides import one_sided_facts

    a_typos, a_facts = _scan_side(a, a_texts)
    b_typos, b_facts = _scan_side(b, b_texts)
    return a_typos, b_typos, one_sided_facts(a_facts, b_facts, a_texts, b_texts)


def compare(
    a: Source | str,
    b: Source | str,
    *,
    fork: bool = False,
    meanwhile: Callable[[], object] | None = None,
) -> Comparison:
    """Compare two articles.

    Args:
        a: the A (left) article, loaded or as plain text.
        b: the B (right) article, loaded or as plain text.
        fork: for a one-shot run, clean and segment both here, then scan them
            for typos and facts in a forked child while the sentences are
            aligned and diffed here (`core.child`). The result is the same
            either way. Leave it off in a process with threads of its own
            (the app), and where sources are compared more than once (each
            side is then analysed once and cached).
        meanwhile: work of the caller's own to do while the child finishes
            its half (the command line loads its renderer then); without a
            child it is done last.

    Returns:
        The full comparison: aligned rows with classified changes, facts
        only one side carries, removed boilerplate and typos of each side.
    """
    a_source, b_source = _as_source(a, "a"), _as_source(b, "b")
    # Forking and sending the scan back cost a millisecond or two, and only the
    # child loads the typo and fact stages: a one-shot gains at any size.
    if fork and can_fork():
        a_side, b_side = _sentences(a_source), _sentences(b_source)
        a_texts, b_texts = a_side.texts, b_side.texts
        total = _tokens(a_side) + _tokens(b_side)
        scan = Child(lambda: _scan(a_source, b_source, a_texts, b_texts))
        rows, shared = _rows(a_side, b_side)
        if meanwhile is not None:
            meanwhile()
        a_typos, b_typos, facts = scan.result()
        a_side, b_side = replace(a_side, typos=a_typos), replace(b_side, typos=b_typos)
    else:
        left, right = analyse(a_source), analyse(b_source)
        a_side, b_side = left.side, right.side
        rows, shared = _rows(a_side, b_side)
        from newsdiff.core.facts.sides import one_sided_facts

        facts = one_sided_facts(left.facts, right.facts, a_side.texts, b_side.texts)
        total = left.tokens + right.tokens
        if meanwhile is not None:
            meanwhile()
    return Comparison(
        a=a_side,
        b=b_side,
        similarity=shared / total if total else 1.0,
        rows=tuple(rows),
        facts=facts,
    )


def _rows(a_side: Side, b_side: Side) -> tuple[list[Row], int]:
    """The aligned rows of two sides, with the word diff of each paired row, and
    the number of tokens the paired rows share."""
    from newsdiff.core.align.sentences import align_sentences
    from newsdiff.core.diff.word_diff import diff_words

    rows: list[Row] = []
    shared = 0
    for group in align_sentences(a_side.texts, b_side.texts):
        if not group.b:
            rows.append(Row(RowKind.ONLY_A, group.a, (), 0.0))
            continue
        if not group.a:
            rows.append(Row(RowKind.ONLY_B, (), group.b, 0.0))
            continue
        diff = diff_words(a_side.row_text(group.a), b_side.row_text(group.b))
        shared += diff.shared
        if group.moved:
            kind = RowKind.MOVED
        else:
            kind = RowKind.CHANGED if diff.changes else RowKind.SAME
        closeness = Closeness.FULL if group.full else Closeness.PARTIAL
        rows.append(Row(kind, group.a, group.b, group.score, diff.changes, closeness))
    return rows, shared


def _as_source(value: Source | str, default_id: str) -> Source:
    if isinstance(value, Source):
        return value
    return Source(id=default_id, outlet=default_id.upper(), path="", text=normalise_newlines(value))
