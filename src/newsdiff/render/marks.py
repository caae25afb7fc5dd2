"""The mark of each kind of diff row, one table for every face.

The console renderer puts it before each row, the app in the diff view's
gutter, and both legends (the console's and the app's help) spell the table
out, so a mark means the same thing wherever it is read. Plain strings only:
this module imports no screen library.
"""

from __future__ import annotations

from collections.abc import Iterable

from newsdiff.core.model import Comparison, RowKind

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

REMOVED_MARK = "×"
"""The app's gutter mark of a removed boilerplate line shown in place."""

REMOVED_MEANING = "removed boilerplate"
"""What `REMOVED_MARK` means."""


def marks_legend(
    separator: str,
    kinds: Iterable[RowKind] = tuple(ROW_MEANINGS),
    *,
    short: bool = False,
    removed: bool = False,
) -> str:
    """`~ changed`, `↕ moved`, ... joined by `separator`.

    Args:
        separator: what goes between two marks.
        kinds: the kinds of row to name, in this order (all marked ones by default).
        short: the short meanings ("only A").
        removed: name the × mark of removed lines last.
    """
    meanings = ROW_SHORT_MEANINGS if short else ROW_MEANINGS
    items = [f"{ROW_MARKS[kind]} {meanings[kind]}" for kind in kinds]
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
