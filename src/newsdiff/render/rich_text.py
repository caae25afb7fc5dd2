"""Rows of a Comparison as `rich.text.Text`, one cell per side.

Pure functions: data in, `Text` out. The app passes the styles (taken from its
theme through component classes), so nothing here knows about colours. Article
text is untrusted: it is appended as plain strings (never parsed as markup) and
every control character, ESC or bidi override is made visible first.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from rich.style import Style
from rich.text import Text

from newsdiff.core.model import Change, ChangeKind, Comparison, Fact, RemovedLine, Row
from newsdiff.render.safe import visible_line


@dataclass(frozen=True, slots=True)
class CellText:
    """One side of a row, styled, with where each change landed in it."""

    text: Text
    """The styled cell text (already safe to show)."""
    change_starts: tuple[int, ...]
    """Offset in `text.plain` of each of the row's changes, in row order."""


def side_indexes(row: Row, side: str) -> tuple[int, ...]:
    """The sentence indexes a row holds on one side ("a" or "b")."""
    return row.a if side == "a" else row.b


def change_span(change: Change, side: str) -> tuple[int, int]:
    """The span of a change on one side ("a" or "b")."""
    return change.a_span if side == "a" else change.b_span


def cell_text(
    comparison: Comparison,
    row: Row,
    side: str,
    styles: Mapping[ChangeKind, Style],
    *,
    current: int | None = None,
    current_style: Style | None = None,
) -> CellText:
    """Build one side of a row with its changed words styled by change kind.

    Args:
        comparison: the comparison the row belongs to.
        row: the row to show.
        side: "a" or "b".
        styles: the style of each change kind.
        current: index (in `row.changes`) of the change the reader is on, if any.
        current_style: extra style for that change.

    Returns:
        The styled text and where each change starts in it.
    """
    source = comparison.a if side == "a" else comparison.b
    raw = source.row_text(side_indexes(row, side))
    out = Text()
    starts: list[int] = []
    pos = 0
    for number, change in enumerate(row.changes):
        start, end = change_span(change, side)
        start = max(start, pos)
        end = max(min(end, len(raw)), start)
        out.append(visible_line(raw[pos:start]))
        starts.append(len(out.plain))
        style = styles.get(change.kind, Style())
        if number == current and current_style is not None:
            style = style + current_style
        out.append(visible_line(raw[start:end]), style)
        pos = end
    out.append(visible_line(raw[pos:]))
    return CellText(out, tuple(starts))


def highlight_matches(text: Text, query: str, style: Style) -> int:
    """Style every case-insensitive occurrence of `query` in `text`.

    Returns:
        The number of occurrences found.
    """
    if not query:
        return 0
    haystack = text.plain.casefold()
    needle = query.casefold()
    found = 0
    start = haystack.find(needle)
    while start >= 0:
        text.stylize(style, start, start + len(needle))
        found += 1
        start = haystack.find(needle, start + len(needle))
    return found


def removed_parts(line: RemovedLine) -> tuple[str, str]:
    """The two visible pieces of a removed line: its text, and why it was removed."""
    return visible_line(line.text) or "(blank)", f"  — removed: {visible_line(line.reason)}"


def removed_text(line: RemovedLine, style: Style, reason_style: Style) -> Text:
    """A removed boilerplate line, shown dimmed with why it was removed."""
    text, reason = removed_parts(line)
    out = Text()
    out.append(text, style)
    out.append(reason, reason_style)
    return out


def legend_text(
    styles: Mapping[ChangeKind, Style],
    counts: Mapping[str, int] | None = None,
    label_style: Style | None = None,
) -> Text:
    """Name each change kind in its own style, with how many there are."""
    out = Text()
    for kind in ChangeKind:
        if out:
            out.append("  ")
        out.append(kind.value, styles.get(kind, Style()))
        if counts is not None:
            out.append(f" {counts.get(kind.value, 0)}", label_style or Style())
    return out


def fact_text(fact: Fact, kind_style: Style) -> Text:
    """One fact: its kind, then its text as written."""
    out = Text()
    out.append(f"{fact.kind.value:<7}", kind_style)
    out.append(" ")
    out.append(visible_line(fact.text))
    return out


def conflict_text(a: str, b: str, kind: str, kind_style: Style, arrow_style: Style) -> Text:
    """A conflict: the kind, A's value and B's value."""
    out = Text()
    out.append(f"{kind:<7}", kind_style)
    out.append(" ")
    out.append(visible_line(a))
    out.append(" ≠ ", arrow_style)
    out.append(visible_line(b))
    return out


def plain_cells(comparison: Comparison, rows: Iterable[Row]) -> list[tuple[str, str]]:
    """The visible (safe) plain text of both sides of each row, as the cells show it."""
    return [
        (
            visible_line(comparison.a.row_text(row.a)),
            visible_line(comparison.b.row_text(row.b)),
        )
        for row in rows
    ]
