"""Runs of changes as a reader sees them, for output that marks changes in text.

The word diff reports a change per differing stretch of tokens, so a rewritten
clause can come out as several changes separated only by spaces
(`{+Trying+} {+to quell+}`), and a punctuation change often sits right against
a reworded word. Plain and Markdown output mark each change with brackets and
a kind tag; one marker per run reads far better than one per word. Merging is
presentation only: the merged change spans exactly the text of its parts and
the space between them, nothing is added or dropped.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from newsdiff.core.model import Change, ChangeKind


def change_runs(changes: Iterable[Change], a_text: str, b_text: str) -> tuple[Change, ...]:
    """Merge changes that touch (only whitespace between them on both sides).

    Only changes of one kind merge: a case or punctuation change next to a
    rewording stays apart, since its kind says something the rewording does not.

    Args:
        changes: a row's changes, in reading order.
        a_text: the row's A text (what `a_span` indexes).
        b_text: the row's B text (what `b_span` indexes).

    Returns:
        The runs, each a `Change` whose spans cover its parts and the gaps.
    """
    runs: list[Change] = []
    for change in changes:
        if runs:
            last = runs[-1]
            if last.kind is change.kind and _touch(last, change, a_text, b_text):
                a_span = _joined(last.a_span, change.a_span)
                b_span = _joined(last.b_span, change.b_span)
                runs[-1] = Change(
                    change.kind, a_text[slice(*a_span)], b_text[slice(*b_span)], a_span, b_span
                )
                continue
        runs.append(change)
    return tuple(runs)


def _joined(first: tuple[int, int], second: tuple[int, int]) -> tuple[int, int]:
    """The span of two parts on one side; an empty part (nothing on this side)
    does not stretch it over the space next to it."""
    if first[0] == first[1]:
        return second
    if second[0] == second[1]:
        return first
    return first[0], second[1]


def _touch(first: Change, second: Change, a_text: str, b_text: str) -> bool:
    a_gap = a_text[first.a_span[1] : second.a_span[0]]
    b_gap = b_text[first.b_span[1] : second.b_span[0]]
    if second.a_span[0] < first.a_span[1] or second.b_span[0] < first.b_span[1]:
        return False
    return not a_gap.strip() and not b_gap.strip()


@dataclass(frozen=True, slots=True)
class InlinePiece:
    """A piece of a row written as one line, wdiff style."""

    text: str
    """The text of the piece (common text, A's words or B's words)."""
    side: str
    """"" for text both sides share, "a" for words only A has, "b" for B's."""
    kind: ChangeKind | None = None
    """The change kind of a changed piece."""
    last: bool = False
    """True on the last changed piece of a change (where its kind tag goes)."""


def inline_pieces(changes: Iterable[Change], a_text: str, b_text: str) -> Iterator[InlinePiece]:
    """A row as one line: A's text, with each change as its A then its B words.

    Spaces are kept where either side has them: an insertion placed against a
    word of A (`serve,” Smith` becoming `serve,” Mr. Smith`) gets the space B
    puts around it, so no word runs into a marker.

    Args:
        changes: the row's changes (usually `change_runs`), in reading order.
        a_text: the row's A text.
        b_text: the row's B text.
    """
    pos = 0
    for change in changes:
        start, end = change.a_span
        if start < pos:
            continue
        before = a_text[pos:start]
        if before:
            yield InlinePiece(before, "")
        left = a_text[start - 1 : start] if start else ""
        if left and not left.isspace() and _spaced_before(change, a_text, b_text):
            yield InlinePiece(" ", "")
        if change.a:
            yield InlinePiece(change.a, "a", change.kind, last=not change.b)
        if change.b:
            yield InlinePiece(change.b, "b", change.kind, last=True)
        right = a_text[end : end + 1]
        if right and not right.isspace() and _spaced_after(change, a_text, b_text):
            yield InlinePiece(" ", "")
        pos = end
    if a_text[pos:]:
        yield InlinePiece(a_text[pos:], "")


def _spaced_before(change: Change, a_text: str, b_text: str) -> bool:
    start = change.b_span[0]
    return bool(change.b) and start > 0 and b_text[start - 1].isspace()


def _spaced_after(change: Change, a_text: str, b_text: str) -> bool:
    end = change.b_span[1]
    return bool(change.b) and end < len(b_text) and b_text[end].isspace()


def marked_pieces(
    text: str, changes: Iterable[Change], side: str
) -> Iterator[tuple[str, Change | None]]:
    """One side's row text cut at its changes: (text, None) between them, (text, change) in them.

    Spans are clipped to the text and to the end of the piece before, so
    overlapping or out-of-range spans never repeat or drop a character; the
    pieces joined are always `text`.
    """
    pos = 0
    for change in changes:
        start, end = change.a_span if side == "a" else change.b_span
        start, end = max(start, pos), max(min(end, len(text)), pos)
        yield text[pos:start], None
        if end > start:
            yield text[start:end], change
        pos = max(end, pos)
    yield text[pos:], None
