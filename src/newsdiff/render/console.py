"""The one-shot diff as renderables: side by side, or stacked inline.

Data in, renderables out: everything shown comes from the Comparison, written
as `Styled` runs and laid out by `render.layout` (printed by Rich, or as plain
text without it). Article text is added as plain strings (never parsed as
markup), passed through `visible()` so escape sequences print as harmless text.
"""

from __future__ import annotations

from collections.abc import Iterable

from newsdiff.core.model import (
    Change,
    ChangeKind,
    Comparison,
    Row,
    RowKind,
    Side,
)
from newsdiff.render.layout import Block, Blocks, Hanging, SideBySide
from newsdiff.render.marks import ROW_MARKS, closeness_mark, marks_legend, row_count_parts
from newsdiff.render.palette import KIND_COLOURS, SIDE_COLOURS
from newsdiff.render.runs import change_runs, inline_pieces
from newsdiff.render.safe import visible, visible_line
from newsdiff.render.styled import Styled

KIND_STYLES: dict[ChangeKind, str] = {kind: c.terminal for kind, c in KIND_COLOURS.items()}
"""Colour of each change kind (from the shared palette); wording uses the side colours alone."""
SIDE_STYLES = {side: c.terminal for side, c in SIDE_COLOURS.items()}
SIDE_BY_SIDE_MIN_WIDTH = 100


def change_style(kind: ChangeKind, side: str) -> str:
    """Style of changed text: the kind's colour, or the side's for wording."""
    base = KIND_STYLES[kind] or SIDE_STYLES[side]
    return f"{base} reverse" if kind is ChangeKind.WORDING else f"{base} bold underline"


def side_text(text: str, changes: Iterable[Change], side: str, *, markers: bool) -> Styled:
    """One side of a row with its changed spans styled (or bracketed when plain).

    Args:
        text: the row text of that side.
        changes: the row's changes.
        side: "a" or "b".
        markers: add wdiff markers ([-a-] / {+b+}) and a kind tag, for output
            without colour.
    """
    out = Styled()
    pos = 0
    for change in changes:
        start, end = change.a_span if side == "a" else change.b_span
        if start < pos:
            continue
        out.append(visible(text[pos:start]))
        part = text[start:end]
        if markers:
            if part:
                open_, close = ("[-", "-]") if side == "a" else ("{+", "+}")
                out.append(f"{open_}{visible(part)}{close}‹{change.kind.value}›")
        elif part:
            out.append(visible(part), style=change_style(change.kind, side))
        pos = end
    out.append(visible(text[pos:]))
    return out


def inline_text(comparison: Comparison, row: Row, *, markers: bool) -> Styled:
    """A changed row as one line, wdiff style: [-old-]{+new+} at each run of changes."""
    a_text = comparison.a.row_text(row.a)
    b_text = comparison.b.row_text(row.b)
    changes = change_runs(row.changes, a_text, b_text) if markers else row.changes
    out = Styled()
    for piece in inline_pieces(changes, a_text, b_text):
        if not piece.side:
            out.append(visible(piece.text))
        elif markers:
            open_, close = ("[-", "-]") if piece.side == "a" else ("{+", "+}")
            out.append(f"{open_}{visible(piece.text)}{close}")
        else:
            assert piece.kind is not None
            style = change_style(piece.kind, piece.side)
            out.append(visible(piece.text), style=f"{style} strike" if piece.side == "a" else style)
        if markers and piece.last and piece.kind is not None:
            out.append(f"‹{piece.kind.value}›")
    return out


def _row_mark(row: Row) -> Styled:
    """A row's mark (`ROW_MARKS`), with `PARTIAL_MARK` after it when its sides
    share only part of what they say (`closeness_mark`)."""
    mark = Styled(ROW_MARKS[row.kind], style="bold")
    mark.append(closeness_mark(row), style="dim")
    return mark


def side_by_side(comparison: Comparison, *, markers: bool) -> SideBySide:
    """The diff in two columns; only-in-one sentences face an empty cell."""
    empty = Styled("·", style="dim")
    rows: list[tuple[Styled, Styled, Styled]] = []
    for row in comparison.rows:
        a_text = comparison.a.row_text(row.a)
        b_text = comparison.b.row_text(row.b)
        mark = _row_mark(row)
        if row.kind is RowKind.ONLY_A:
            left = Styled(visible(a_text), style="" if markers else SIDE_STYLES["a"])
            rows.append((mark, left, empty))
        elif row.kind is RowKind.ONLY_B:
            right = Styled(visible(b_text), style="" if markers else SIDE_STYLES["b"])
            rows.append((mark, empty, right))
        else:
            changes = change_runs(row.changes, a_text, b_text) if markers else row.changes
            rows.append(
                (
                    mark,
                    side_text(a_text, changes, "a", markers=markers),
                    side_text(b_text, changes, "b", markers=markers),
                )
            )
    titles = (
        Styled(visible_line(_title(comparison.a, "A")), style="bold"),
        Styled(visible_line(_title(comparison.b, "B")), style="bold"),
    )
    return SideBySide(titles, rows)


def stacked(comparison: Comparison, *, markers: bool) -> Blocks:
    """The diff as one inline paragraph per row (narrow terminals and pipes).

    Each row is its mark and its text, a wrapped row indented under its text,
    and a blank line separates one row from the next.
    """
    head = Styled(
        f"--- A {visible_line(_title(comparison.a, 'A'))}\n"
        f"+++ B {visible_line(_title(comparison.b, 'B'))}",
        style="bold",
    )
    rows: list[Block] = [head]
    for row in comparison.rows:
        if row.kind is RowKind.ONLY_A:
            body = Styled(visible(comparison.a.row_text(row.a)), style="" if markers else "red")
        elif row.kind is RowKind.ONLY_B:
            body = Styled(visible(comparison.b.row_text(row.b)), style="" if markers else "green")
        else:
            body = inline_text(comparison, row, markers=markers)
        rows.append(Styled(""))
        rows.append(Hanging(_row_mark(row) + " ", body))
    return Blocks(*rows)


def legend(*, markers: bool) -> Styled:
    """Names each change kind in its style, and the row marks."""
    out = Styled("kinds: ", style="dim")
    for kind in ChangeKind:
        if markers:
            out.append(f"‹{kind.value}›")
        else:
            out.append(kind.value, style=change_style(kind, "b"))
        out.append("  ")
    out.append(f"rows: {marks_legend('  ', partial=True)}", style="dim")
    return out


def summary(comparison: Comparison) -> Styled:
    """One line: rows by kind, similarity, changes by kind."""
    parts = row_count_parts(comparison)
    out = Styled(", ".join(parts) + f" · similarity {comparison.similarity:.0%}", style="bold")
    counts = [(k, n) for k, n in comparison.change_counts.items() if n]
    if counts:
        out.append(" · changes: ")
        for i, (kind, n) in enumerate(counts):
            if i:
                out.append(", ")
            out.append(f"{n} {kind}", style=KIND_STYLES[ChangeKind(kind)])
    return out


def facts_block(comparison: Comparison, *, markers: bool) -> Blocks:
    """Facts only one side carries, and conflicts, after the diff: one a line,
    under a heading per group."""
    items: list[Block] = []
    for label, facts, side in (
        ("Facts only in A", comparison.facts.only_a, "a"),
        ("Facts only in B", comparison.facts.only_b, "b"),
    ):
        if not facts:
            continue
        items.append(Styled(f"{label} ({len(facts)}):", style="bold"))
        for fact in facts:
            line = Styled(visible_line(fact.text), style="" if markers else SIDE_STYLES[side])
            line.append(f" ({fact.kind.value})", style="dim")
            items.append(_indented(line))
    if comparison.facts.conflicts:
        items.append(Styled(f"Conflicts ({len(comparison.facts.conflicts)}):", style="bold"))
        for conflict in comparison.facts.conflicts:
            line = Styled(visible_line(conflict.a), style="" if markers else SIDE_STYLES["a"])
            line.append(" ≠ ")
            line.append(visible_line(conflict.b), style="" if markers else SIDE_STYLES["b"])
            line.append(f" ({conflict.kind.value})", style="dim")
            items.append(_indented(line))
    return Blocks(*items)


def typos_block(comparison: Comparison, *, markers: bool) -> Blocks:
    """Probable misspellings of each side, with what was probably meant, one a line."""
    items: list[Block] = []
    for label, side in (("A", comparison.a), ("B", comparison.b)):
        if not side.typos:
            continue
        items.append(Styled(f"Typos in {label}:", style="bold"))
        for typo in side.typos:
            line = Styled(
                visible_line(typo.text), style="" if markers else KIND_STYLES[ChangeKind.TYPO]
            )
            line.append(f" → {visible_line(typo.suggestion)}")
            items.append(_indented(line))
    return Blocks(*items)


def removed_block(comparison: Comparison, *, full: bool) -> Blocks:
    """How much boilerplate was removed (each line with its reason when `full`)."""
    items: list[Block] = []
    for label, side in (("A", comparison.a), ("B", comparison.b)):
        if not side.removed:
            continue
        head = Styled(
            f"Removed from {label} ({visible_line(side.outlet)}): {len(side.removed)} lines",
            style="dim",
        )
        if not full:
            head.append(" (--show-removed lists them)", style="dim")
        items.append(head)
        if full:
            for line in side.removed:
                entry = Styled(f"  {line.line:>4} [{line.reason}] ", style="dim")
                entry.append(visible_line(line.text))
                items.append(entry)
    return Blocks(*items)


def render_comparison(
    comparison: Comparison, *, width: int, markers: bool, show_removed: bool = False
) -> Blocks:
    """The whole one-shot output: diff, summary, legend, facts, removed lines."""
    body: Block
    if width >= SIDE_BY_SIDE_MIN_WIDTH:
        body = side_by_side(comparison, markers=markers)
    else:
        body = stacked(comparison, markers=markers)
    blocks = [
        facts_block(comparison, markers=markers),
        typos_block(comparison, markers=markers),
        removed_block(comparison, full=show_removed),
    ]
    parts: list[Block] = [body, summary(comparison), legend(markers=markers)]
    for block in blocks:
        if block.blocks:
            parts.extend((Styled(""), block))
    return Blocks(*parts)


def _indented(line: Styled) -> Hanging:
    """A list entry two columns in, its wrapped lines too."""
    return Hanging(Styled("  "), line)


def _title(side: Side, label: str) -> str:
    # A web page's date follows its outlet ("The Coastal Herald · 2024-06-19");
    # plain text has none, so its heading is unchanged.
    name = side.outlet or side.id or label
    return f"{name} · {side.date}" if side.date else name
