"""The mark of each kind of diff row, one table for every face.

The console renderer puts it before each row, the app in the diff view's
gutter, and the legends (the console's, the app's one-line legend and its
help, HTML and Markdown) spell the table out, so a mark means the same thing
wherever it is read. The same goes for the ≈ a partial row carries after its
mark (`closeness_mark`). Plain strings only: this module imports no screen
library.
"""

from __future__ import annotations

from collections.abc import Iterable

from newsdiff.core.model import Closeness, Comparison, Row, RowKind

ROW_MARKS: dict[RowKind, str] = {
    RowKind.SAME: " ",
    RowKind.CHANGED: "~",
    RowKind.MOVED: "↕",
    RowKind.ONLY_A: "−",
    RowKind.ONLY_B: "+",
}
"""The mark before (console) or in the gutter of (app) each kind of row."""

ROW_MEANINGS: dict[RowKind, str] = {
    RowKind.CHANGED: "changed",
    RowKind.MOVED: "moved",
    RowKind.ONLY_A: "only in A",
    RowKind.ONLY_B: "only in B",
}
"""What each visible mark means, in legend order (same rows carry no mark)."""

ROW_SHORT_MEANINGS: dict[RowKind, str] = {
    RowKind.CHANGED: "changed",
    RowKind.MOVED: "moved",
    RowKind.ONLY_A: "only A",
    RowKind.ONLY_B: "only B",
}
"""The same, shorter, for the one-line legend under the app's diff."""

PARTIAL_MARK = "≈"
"""Beside the row mark of an aligned row whose sides share only part of what they
say (`Closeness.PARTIAL`), in the console, the app's gutter, HTML and Markdown:
a looser match than a full row."""

PARTIAL_MEANING = "partial: the sides share one claim, one says more"
"""What `PARTIAL_MARK` means, for the console, HTML and Markdown legends and the help."""

PARTIAL_SHORT_MEANING = "partial"
"""The same, shorter, for the one-line legend under the app's diff."""

REMOVED_MARK = "×"
"""The app's gutter mark of a removed boilerplate line shown in place."""

REMOVED_MEANING = "removed boilerplate"
"""What `REMOVED_MARK` means."""


def closeness_mark(row: Row) -> str:
    """The mark after a row's own: `PARTIAL_MARK` on a partial row, else nothing."""
    return PARTIAL_MARK if row.closeness is Closeness.PARTIAL else ""


def marks_legend(
    separator: str,
    kinds: Iterable[RowKind] = tuple(ROW_MEANINGS),
    *,
    short: bool = False,
    partial: bool = False,
    removed: bool = False,
) -> str:
    """`~ changed`, `↕ moved`, ... joined by `separator`.

    Args:
        separator: what goes between two marks.
        kinds: the kinds of row to name, in this order (all marked ones by default).
        short: the short meanings ("only A").
        partial: name the ≈ mark of partial rows after the kinds.
        removed: name the × mark of removed lines last.
    """
    meanings = ROW_SHORT_MEANINGS if short else ROW_MEANINGS
    items = [f"{ROW_MARKS[kind]} {meanings[kind]}" for kind in kinds]
    if partial:
        items.append(f"{PARTIAL_MARK} {PARTIAL_SHORT_MEANING if short else PARTIAL_MEANING}")
    if removed:
        items.append(f"{REMOVED_MARK} {'removed' if short else REMOVED_MEANING}")
    return separator.join(items)


def row_count_parts(comparison: Comparison) -> list[str]:
    """The summary line's counts, in one order for every face: all rows, then by kind."""
    rows = comparison.row_counts
    return [
        f"{len(comparison.rows)} rows",
        f"{rows['same']} same",
        f"{rows['changed']} changed",
        f"{rows['moved']} moved",
        f"{rows['only_a']} only in A",
        f"{rows['only_b']} only in B",
    ]
