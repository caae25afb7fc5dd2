"""What the diff view shows, line by line, without drawing anything.

The diff view is virtual: it never builds a widget per row. This module turns a
Comparison into display rows (the comparison's rows, plus removed boilerplate
lines when asked for), wraps their text to a width and says which screen line
belongs to which row. Everything here is plain data, cheap to recompute on a
resize, and testable without a terminal.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from rich.cells import cell_len

from newsdiff.core.model import ChangeKind, Comparison, RemovedLine, RowKind, Side, Source
from newsdiff.render.rich_text import plain_cells, removed_parts

_WORD = re.compile(r"\S+")
GUTTER_WIDTH = 2
"""A row-kind mark and a space, left of the cells."""
SEPARATOR_WIDTH = 1
"""The rule between the two cells."""


def column_widths(width: int) -> tuple[int, int]:
    """Widths of the left and right cells (padding included) in a view `width` wide."""
    usable = max(width - GUTTER_WIDTH - SEPARATOR_WIDTH, 8)
    left = usable // 2
    return left, usable - left


class DisplayKind(StrEnum):
    """What a display row holds."""

    ROW = "row"
    """A row of the comparison."""
    REMOVED = "removed"
    """A boilerplate line the cleaner took out, shown in place."""


@dataclass(frozen=True, slots=True)
class DisplayRow:
    """One row group of the diff view: a left cell and a right cell."""

    kind: DisplayKind
    """A comparison row or a removed line."""
    index: int
    """Index in `Comparison.rows`, or in the side's `removed` lines."""
    side: str
    """For a removed line, the side it came from ("a" or "b"); "" otherwise."""
    a_plain: str
    """The visible text of the left cell."""
    b_plain: str
    """The visible text of the right cell."""
    removed: RemovedLine | None = None
    """The removed line, for REMOVED rows."""


@dataclass(frozen=True, slots=True)
class Stop:
    """A place `n` / `p` stop at: one word change, or a whole one-sided or moved row."""

    row: int
    """Index of the display row."""
    change: int
    """Index in the row's changes, or -1 for the whole row."""


@lru_cache(maxsize=16384)
def wrap_spans(text: str, width: int) -> tuple[tuple[int, int], ...]:
    """Greedy word wrap of `text` into lines at most `width` cells wide.

    Words longer than a line are cut. Spaces at line breaks are dropped.
    Cached: toggling removed lines or searching re-lays out the same texts.

    Returns:
        `(start, end)` offsets into `text` for each line (at least one line).
    """
    width = max(width, 1)
    # Most news text is ASCII, where a character is a cell: skip measuring.
    measure = len if text.isascii() else cell_len
    lines: list[tuple[int, int]] = []
    line_start = -1
    line_end = 0
    used = 0
    for match in _WORD.finditer(text):
        start, end = match.span()
        word_cells = measure(match.group())
        gap = measure(text[line_end:start]) if line_start >= 0 else 0
        if line_start >= 0 and used + gap + word_cells <= width:
            used += gap + word_cells
            line_end = end
            continue
        if line_start >= 0:
            lines.append((line_start, line_end))
        # A word wider than the line is cut into line-sized pieces.
        while word_cells > width:
            cut = start
            cells = 0
            while cut < end and cells + measure(text[cut]) <= width:
                cells += measure(text[cut])
                cut += 1
            cut = max(cut, start + 1)
            lines.append((start, cut))
            start = cut
            word_cells = measure(text[start:end])
        line_start, line_end, used = start, end, word_cells
    if line_start >= 0:
        lines.append((line_start, line_end))
    return tuple(lines) or ((0, 0),)


def sentence_lines(source: Source | None, side: Side) -> list[int]:
    """The 1-based line of the loaded text where each sentence of a side starts.

    Sentences are looked up in reading order in the source text; one that is
    not found verbatim (joined from wrapped lines) takes the line of the one
    before it, which keeps the order right for placing removed lines.
    """
    if source is None:
        return [0] * len(side.sentences)
    text = source.text
    out: list[int] = []
    cursor = 0
    line = 1
    for sentence in side.sentences:
        probe = sentence.text[:40]
        found = text.find(probe, cursor) if probe else -1
        if found >= 0:
            line += text.count("\n", cursor, found)
            cursor = found
        out.append(line)
    return out


def build_display_rows(
    comparison: Comparison,
    *,
    show_removed: bool = False,
    sources: tuple[Source | None, Source | None] = (None, None),
    aligned_only: bool = False,
) -> list[DisplayRow]:
    """The row groups of the diff view, in order.

    Args:
        comparison: what to show.
        show_removed: also show each removed boilerplate line, placed before the
            first row whose sentence on that side comes after it in the text.
        sources: the loaded A and B sources, to place removed lines by line number.
        aligned_only: leave out the rows only one side has (only in A, only in B).
    """
    cells = plain_cells(comparison, comparison.rows)
    rows = [
        DisplayRow(DisplayKind.ROW, i, "", a_plain, b_plain)
        for i, (a_plain, b_plain) in enumerate(cells)
        if not (aligned_only and comparison.rows[i].kind in ONE_SIDED)
    ]
    if not show_removed:
        return rows
    # Before which comparison row each removed line goes: the first row holding
    # a sentence of that side that starts on a later line.
    inserts: dict[int, list[DisplayRow]] = {}
    for side_name, side, source in (
        ("a", comparison.a, sources[0]),
        ("b", comparison.b, sources[1]),
    ):
        lines = sentence_lines(source, side)
        row_lines: list[int] = []
        row_index: list[int] = []
        for i, row in enumerate(comparison.rows):
            indexes = row.a if side_name == "a" else row.b
            if indexes:
                row_lines.append(min(lines[j] for j in indexes))
                row_index.append(i)
        # The first row starting after a line is the first where the running
        # maximum passes it; the running maximum is sorted, so bisect finds it.
        running = list(itertools.accumulate(row_lines, max))
        for k, removed in enumerate(side.removed):
            at = bisect.bisect_right(running, removed.line)
            target = row_index[at] if at < len(row_index) else len(comparison.rows)
            text = "".join(removed_parts(removed))
            inserts.setdefault(target, []).append(
                DisplayRow(
                    DisplayKind.REMOVED,
                    k,
                    side_name,
                    text if side_name == "a" else "",
                    text if side_name == "b" else "",
                    removed,
                )
            )
    out: list[DisplayRow] = []
    for shown in rows:
        out.extend(inserts.pop(shown.index, ()))
        out.append(shown)
    # Lines due before a left-out row (aligned only) go before the next row shown.
    for target in sorted(inserts):
        later = (n for n, x in enumerate(out) if x.kind is DisplayKind.ROW and x.index > target)
        at = next(later, len(out))
        out[at:at] = inserts[target]
    return out


ONE_SIDED = frozenset({RowKind.ONLY_A, RowKind.ONLY_B})
"""Rows only one side has; the aligned-only view leaves them out."""


def build_stops(
    comparison: Comparison,
    display: list[DisplayRow],
    hidden: frozenset[ChangeKind] = frozenset(),
) -> list[Stop]:
    """Every place `n` stops at, in display order; changes of a `hidden` kind are skipped."""
    stops: list[Stop] = []
    for d, item in enumerate(display):
        if item.kind is not DisplayKind.ROW:
            continue
        row = comparison.rows[item.index]
        # A one-sided or moved row is a stop as a whole, before its word changes.
        if row.kind in (RowKind.ONLY_A, RowKind.ONLY_B, RowKind.MOVED):
            stops.append(Stop(d, -1))
        stops.extend(
            Stop(d, c) for c, change in enumerate(row.changes) if change.kind not in hidden
        )
    return stops


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One place the search query is found."""

    row: int
    """Index of the display row."""
    side: str
    """"a" (left cell) or "b" (right cell)."""
    start: int
    """Offset of the match in that cell's plain text."""


def find_occurrences(display: list[DisplayRow], query: str) -> list[Occurrence]:
    """Every case-insensitive occurrence of `query`, row by row, left cell before right."""
    needle = query.casefold()
    if not needle:
        return []
    found: list[Occurrence] = []
    for number, item in enumerate(display):
        for side, plain in (("a", item.a_plain), ("b", item.b_plain)):
            haystack = plain.casefold()
            start = haystack.find(needle)
            while start >= 0:
                found.append(Occurrence(number, side, start))
                start = haystack.find(needle, start + len(needle))
    return found


@dataclass(slots=True)
class WrappedLayout:
    """Where every display row sits once wrapped to a width."""

    width: int
    """The text width of one cell."""
    a_lines: list[tuple[tuple[int, int], ...]]
    """Line spans of each row's left cell."""
    b_lines: list[tuple[tuple[int, int], ...]]
    """Line spans of each row's right cell."""
    tops: list[int]
    """First screen line of each row (plus the total height at the end)."""

    @property
    def height(self) -> int:
        """Total number of lines."""
        return self.tops[-1] if self.tops else 0

    def row_at(self, y: int) -> int:
        """The display row shown on line `y` (clamped to the rows)."""
        return max(0, min(bisect.bisect_right(self.tops, y) - 1, len(self.tops) - 2))

    def line_of_offset(self, row: int, side: str, offset: int) -> int:
        """The line inside a row where a character offset of one side falls."""
        spans = (self.a_lines if side == "a" else self.b_lines)[row]
        for number, (_, end) in enumerate(spans):
            if offset < end:
                return number
        return len(spans) - 1


def wrap_rows(display: list[DisplayRow], cell_width: int) -> WrappedLayout:
    """Wrap both cells of every row; a row is as tall as its taller cell plus a gap line."""
    a_lines: list[tuple[tuple[int, int], ...]] = []
    b_lines: list[tuple[tuple[int, int], ...]] = []
    tops = [0]
    for number, item in enumerate(display):
        left = wrap_spans(item.a_plain, cell_width)
        right = wrap_spans(item.b_plain, cell_width)
        a_lines.append(left)
        b_lines.append(right)
        # One blank line after each row group keeps sentences apart; a run of
        # removed lines stays packed together.
        following = display[number + 1] if number + 1 < len(display) else None
        packed = (
            item.kind is DisplayKind.REMOVED
            and following is not None
            and following.kind is DisplayKind.REMOVED
        )
        tops.append(tops[-1] + max(len(left), len(right)) + (0 if packed else 1))
    return WrappedLayout(cell_width, a_lines, b_lines, tops)
