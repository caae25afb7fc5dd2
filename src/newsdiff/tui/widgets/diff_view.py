"""The aligned diff: one virtual vertical scroller of row groups (left cell, right cell).

Rows are never widgets: the view wraps both cells of each row to the same
height (see `diff_layout`) and draws only the lines on screen, so a pair with a
thousand rows opens and steps from change to change as fast as a short one.
Colours come from component classes (`diff-view--spelling`, ...) resolved
against the theme, so switching themes recolours the diff.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from newsdiff.core.model import ChangeKind, Comparison, RowKind, Source
from newsdiff.render.marks import REMOVED_MARK, ROW_MARKS, closeness_mark
from newsdiff.render.rich_text import CellText, cell_text, highlight_matches, removed_text
from newsdiff.tui.component_style import partial_style
from newsdiff.tui.diff_layout import (
    DisplayKind,
    DisplayRow,
    Occurrence,
    Stop,
    WrappedLayout,
    build_display_rows,
    build_stops,
    column_widths,
    find_occurrences,
    wrap_rows,
)

EMPTY_LABELS = {RowKind.ONLY_A: " only in A ", RowKind.ONLY_B: " only in B "}
"""Shown at the top of the shaded cell facing a one-sided row."""


class DiffView(ScrollView, can_focus=True):
    """Side-by-side rows of a Comparison, with a cursor on the current change."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        *(f"diff-view--{kind.value}" for kind in ChangeKind),
        "diff-view--current",
        "diff-view--cursor",
        "diff-view--empty",
        "diff-view--gutter",
        "diff-view--moved",
        "diff-view--match",
        "diff-view--removed",
        "diff-view--reason",
        "diff-view--separator",
        "diff-view--placeholder",
    }

    DEFAULT_CSS = """
    DiffView {
        background: $surface;
        scrollbar-gutter: stable;
        & > .diff-view--spelling { color: $text-accent; text-style: underline; }
        & > .diff-view--typo { color: $text-warning; text-style: underline; }
        & > .diff-view--punctuation { color: $text-secondary; text-style: bold; }
        & > .diff-view--case { color: $text-secondary; text-style: italic underline; }
        & > .diff-view--name { color: $text-primary; text-style: bold underline; }
        & > .diff-view--number { color: $text-error; text-style: bold reverse; }
        & > .diff-view--wording { color: $text-warning; background: $warning-muted; }
        & > .diff-view--current { text-style: reverse bold; }
        & > .diff-view--cursor { background: $boost; background: $primary 20%; }
        & > .diff-view--empty { color: $panel-lighten-2; background: $panel; }
        & > .diff-view--gutter { color: $text-muted; }
        & > .diff-view--moved { color: $text-accent; text-style: bold; }
        & > .diff-view--match { color: $text; background: $success-muted; text-style: bold; }
        & > .diff-view--removed { color: $text-muted; text-style: strike; }
        & > .diff-view--reason { color: $text-muted; text-style: italic; }
        & > .diff-view--separator { color: $panel-lighten-2; }
        & > .diff-view--placeholder { color: $text-muted; text-style: italic; }
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "scroll_down", "Down", show=False),
        Binding("k", "scroll_up", "Up", show=False),
    ]

    @dataclass
    class CursorMoved(Message):
        """The current change (or row) changed."""

        view: DiffView
        """The view that sent it."""
        position: int
        """1-based number of the current stop, 0 when none."""
        total: int
        """How many stops there are."""
        label: str
        """What the current stop is, in a few words."""

    def __init__(self, *, name: str | None = None, id: str | None = None) -> None:
        super().__init__(name=name, id=id)
        self.comparison: Comparison | None = None
        self.sources: tuple[Source | None, Source | None] = (None, None)
        self.show_removed = False
        self.search_text = ""
        self.display_rows: list[DisplayRow] = []
        self.stops: list[Stop] = []
        self.current = -1
        """Index in `stops` of the current change, -1 for none."""
        self.cursor_row = -1
        """Display row highlighted as the reader's place (current stop or a jump)."""
        self.matches: list[Occurrence] = []
        """Every occurrence of the search query, in reading order."""
        self.match_index = -1
        """Index in `matches` of the occurrence the cursor is on, -1 for none."""
        self.aligned_only = False
        """Leave out the rows only one side has."""
        self.hidden_kinds: frozenset[ChangeKind] = frozenset()
        """Change kinds drawn as plain text and skipped by `n` / `p`."""
        self.placeholder = ""
        self._layout: WrappedLayout | None = None
        self._layout_width = -1
        self._strips: dict[int, list[Strip]] = {}
        self._styles: dict[str, Style] = {}

    # -- data -----------------------------------------------------------------

    def show(
        self,
        comparison: Comparison,
        sources: tuple[Source | None, Source | None] = (None, None),
    ) -> None:
        """Show a comparison from its top, with no current change."""
        self.comparison = comparison
        self.sources = sources
        self.placeholder = ""
        self.current = -1
        self.cursor_row = -1
        self._rebuild()
        self.scroll_home(animate=False)
        self._announce()

    def show_message(self, message: str) -> None:
        """Show a line of text instead of a diff (no sources to compare, an error)."""
        self.comparison = None
        self.placeholder = message
        self.current = -1
        self.cursor_row = -1
        self._rebuild()
        self._announce()

    def set_show_removed(self, show: bool) -> None:
        """Show or hide removed boilerplate lines in place, keeping the current change."""
        self._keeping_place(lambda: setattr(self, "show_removed", show))

    def set_aligned_only(self, aligned_only: bool) -> None:
        """Leave out (or bring back) the rows only one side has, keeping the reader's place."""
        self._keeping_place(lambda: setattr(self, "aligned_only", aligned_only))

    def set_hidden_kinds(self, kinds: frozenset[ChangeKind]) -> None:
        """Draw changes of these kinds as plain text and let `n` / `p` skip them."""
        self._keeping_place(lambda: setattr(self, "hidden_kinds", frozenset(kinds)))

    def _keeping_place(self, change: Callable[[], None]) -> None:
        """Apply a view option and rebuild, the cursor staying on (or next to) its row."""
        stop = self.current_stop
        anchor_row = self.cursor_row
        anchor = (
            self.display_rows[anchor_row].index
            if 0 <= anchor_row < len(self.display_rows)
            and self.display_rows[anchor_row].kind is DisplayKind.ROW
            else None
        )
        change()
        self.current = -1
        self.cursor_row = -1
        self._rebuild()
        if anchor is None:
            return
        if stop is not None:
            for number, other in enumerate(self.stops):
                item = self.display_rows[other.row]
                same_row = item.kind is DisplayKind.ROW and item.index == anchor
                if same_row and other.change == stop.change:
                    self._go_to_stop(number)
                    return
        # The row (or its change) is gone: the place is the next row still shown.
        for number, item in enumerate(self.display_rows):
            if item.kind is DisplayKind.ROW and item.index >= anchor:
                self._go_to_row(number)
                return

    def set_query(self, query: str) -> int:
        """Highlight every occurrence of `query`; returns how many there are."""
        self.search_text = query
        self.matches = find_occurrences(self.display_rows, query)
        self.match_index = -1
        self._strips.clear()
        self.refresh()
        return len(self.matches)

    @property
    def current_stop(self) -> Stop | None:
        """The current change, if any."""
        return self.stops[self.current] if 0 <= self.current < len(self.stops) else None

    @property
    def line_count(self) -> int:
        """Number of lines the diff takes at the current width."""
        return self._layout.height if self._layout is not None else 0

    # -- moving ---------------------------------------------------------------

    def next_change(self) -> bool:
        """Move to the next change after the reader's place; False at the end."""
        if not self.stops:
            return False
        if self.current < 0 and self.cursor_row >= 0:
            later = [i for i, s in enumerate(self.stops) if s.row > self.cursor_row]
            target = later[0] if later else -1
        else:
            target = self.current + 1
        if not 0 <= target < len(self.stops):
            return False
        self._go_to_stop(target)
        return True

    def previous_change(self) -> bool:
        """Move to the previous change; False at the start."""
        if not self.stops:
            return False
        if self.current < 0 and self.cursor_row >= 0:
            earlier = [i for i, s in enumerate(self.stops) if s.row < self.cursor_row]
            target = earlier[-1] if earlier else -1
        elif self.current < 0:
            target = -1
        else:
            target = self.current - 1
        if target < 0:
            return False
        self._go_to_stop(target)
        return True

    def find_next(self, step: int = 1) -> bool:
        """Go to the next (`step` 1) or previous (-1) occurrence of the query, wrapping round.

        From no occurrence, the first one at or after the cursor's row (or the last
        one before it, going back).
        """
        if not self.matches:
            return False
        if self.match_index < 0:
            rows = [m.row for m in self.matches]
            if step > 0:
                later = [i for i, row in enumerate(rows) if row >= max(self.cursor_row, 0)]
                target = later[0] if later else 0
            else:
                earlier = [i for i, row in enumerate(rows) if row < max(self.cursor_row, 0)]
                target = earlier[-1] if earlier else len(rows) - 1
        else:
            target = (self.match_index + step) % len(self.matches)
        self._go_to_occurrence(target)
        return True

    def _go_to_occurrence(self, number: int) -> None:
        occurrence = self.matches[number]
        old = self.matches[self.match_index].row if self.match_index >= 0 else -1
        self.match_index = number
        old_row = self.cursor_row
        self.current = -1
        self.cursor_row = occurrence.row
        self._invalidate(old, old_row, occurrence.row)
        self._bring_into_view(Stop(occurrence.row, -1), (occurrence.side, occurrence.start))
        self._announce()

    def jump_to_sentence(self, side: str, sentence: int) -> bool:
        """Put the cursor on the row holding sentence `sentence` of side "a" or "b"."""
        if self.comparison is None:
            return False
        for d, item in enumerate(self.display_rows):
            if item.kind is not DisplayKind.ROW:
                continue
            row = self.comparison.rows[item.index]
            if sentence in (row.a if side == "a" else row.b):
                self._go_to_row(d)
                return True
        return False

    def _leave_occurrence(self) -> None:
        if 0 <= self.match_index < len(self.matches):
            self._strips.pop(self.matches[self.match_index].row, None)
        self.match_index = -1

    def _go_to_stop(self, number: int) -> None:
        self._leave_occurrence()
        old_row = self.cursor_row
        self.current = number
        stop = self.stops[number]
        self.cursor_row = stop.row
        self._invalidate(old_row, stop.row)
        self._bring_into_view(stop)
        self._announce()

    def _go_to_row(self, row: int) -> None:
        self._leave_occurrence()
        old_row = self.cursor_row
        self.current = -1
        self.cursor_row = row
        self._invalidate(old_row, row)
        self._bring_into_view(Stop(row, -1))
        self._announce()

    def _bring_into_view(self, stop: Stop, place: tuple[str, int] | None = None) -> None:
        layout = self._ensure_layout()
        if layout is None or stop.row >= len(self.display_rows):
            return
        top = layout.tops[stop.row]
        bottom = layout.tops[stop.row + 1] - 1
        line = top
        if place is not None:
            line = top + layout.line_of_offset(stop.row, *place)
        elif stop.change >= 0 and self.comparison is not None:
            # Long rows: bring the line holding the change into view, not just the row.
            item = self.display_rows[stop.row]
            change = self.comparison.rows[item.index].changes[stop.change]
            cells = self._cells(stop.row)
            side = "a" if change.a_span[1] > change.a_span[0] else "b"
            starts = cells[0 if side == "a" else 1].change_starts if cells else ()
            if stop.change < len(starts):
                line = top + layout.line_of_offset(stop.row, side, starts[stop.change])
        height = max(self.scrollable_content_region.height, 1)
        y = round(self.scroll_offset.y)
        if top >= y and bottom < y + height:
            return  # the whole row is already on screen
        if bottom - top >= height and y <= line < y + height:
            return  # a row taller than the screen, its change already on screen
        target = top if bottom - top < height else line
        self.scroll_to(y=max(0, target - height // 4), animate=False, immediate=True)

    def _announce(self) -> None:
        stop = self.current_stop
        label = ""
        if stop is not None and self.comparison is not None:
            row = self.comparison.rows[self.display_rows[stop.row].index]
            if stop.change < 0:
                label = row.kind.value.replace("_", " ")
            else:
                change = row.changes[stop.change]
                label = f"{change.kind.value}: {change.a or '∅'} → {change.b or '∅'}"
        self.post_message(
            self.CursorMoved(self, self.current + 1 if stop else 0, len(self.stops), label)
        )

    # -- layout and drawing ---------------------------------------------------

    def _rebuild(self) -> None:
        if self.comparison is None:
            self.display_rows = []
            self.stops = []
        else:
            self.display_rows = build_display_rows(
                self.comparison,
                show_removed=self.show_removed,
                sources=self.sources,
                aligned_only=self.aligned_only,
            )
            self.stops = build_stops(self.comparison, self.display_rows, self.hidden_kinds)
        self.current = min(self.current, len(self.stops) - 1)
        self.set_query(self.search_text)
        self._layout = None
        self._strips.clear()
        self._ensure_layout()
        self.refresh()

    def _ensure_layout(self) -> WrappedLayout | None:
        width = self.scrollable_content_region.width
        if width <= 0:
            return None
        if self._layout is None or self._layout_width != width:
            left, _ = column_widths(width)
            self._layout = wrap_rows(self.display_rows, max(left - 2, 1))
            self._layout_width = width
            self._strips.clear()
            height = self._layout.height if self.display_rows else 3
            self.virtual_size = Size(width, height)
        return self._layout

    def on_resize(self, event: events.Resize) -> None:
        self._ensure_layout()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        # Theme or CSS changed: resolved colours and drawn lines are stale.
        self._styles = {}
        self._strips = {}

    def component_style(self, name: str) -> Style:
        """The style of a component class, with theme colours blended, only what it sets."""
        style = self._styles.get(name)
        if style is None:
            style = self._styles[name] = partial_style(self, name)
        return style

    def change_styles(self) -> dict[ChangeKind, Style]:
        """The style of each change kind under the current theme."""
        return {kind: self.component_style(f"diff-view--{kind.value}") for kind in ChangeKind}

    def shown_change_styles(self) -> dict[ChangeKind, Style]:
        """The styles the cells use: hidden kinds have none, so they read as plain text."""
        styles = self.change_styles()
        return {kind: style for kind, style in styles.items() if kind not in self.hidden_kinds}

    def _invalidate(self, *rows: int) -> None:
        for row in rows:
            self._strips.pop(row, None)
        self.refresh()

    def _base_style(self) -> Style:
        # `rich_style` walks every ancestor; drawing a line must not pay for that each time.
        base = self._styles.get("")
        if base is None:
            base = self._styles[""] = self.rich_style
        return base

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self._base_style()
        layout = self._ensure_layout()
        line_y = round(self.scroll_offset.y) + y
        if layout is None or not self.display_rows:
            message = self.placeholder
            if not message and self.comparison is not None and self.aligned_only:
                message = "No aligned rows in this pair: = shows every row."
            if y == 1 and message:
                text = Text("  " + message, self.component_style("diff-view--placeholder"))
                return Strip(list(text.render(self.app.console))).adjust_cell_length(width, base)
            return Strip.blank(width, base)
        if line_y >= layout.height:
            return Strip.blank(width, base)
        row = layout.row_at(line_y)
        strips = self._strips.get(row)
        if strips is None:
            strips = self._draw_row(row, layout, width, base)
            self._strips[row] = strips
        offset = line_y - layout.tops[row]
        return strips[offset] if offset < len(strips) else Strip.blank(width, base)

    def _cells(self, row: int) -> tuple[CellText, CellText] | None:
        """The styled left and right cell of a comparison row (None for removed lines)."""
        item = self.display_rows[row]
        if self.comparison is None or item.kind is not DisplayKind.ROW:
            return None
        data = self.comparison.rows[item.index]
        stop = self.current_stop
        current = stop.change if stop is not None and stop.row == row else None
        styles = self.shown_change_styles()
        current_style = self.component_style("diff-view--current")
        return (
            cell_text(
                self.comparison, data, "a", styles, current=current, current_style=current_style
            ),
            cell_text(
                self.comparison, data, "b", styles, current=current, current_style=current_style
            ),
        )

    def _draw_row(self, row: int, layout: WrappedLayout, width: int, base: Style) -> list[Strip]:
        item = self.display_rows[row]
        left_w, right_w = column_widths(width)
        height = layout.tops[row + 1] - layout.tops[row]
        empty = self.component_style("diff-view--empty")
        gutter = self.component_style("diff-view--gutter")
        row_base = base
        if row == self.cursor_row:
            row_base = base + self.component_style("diff-view--cursor")
        kind: RowKind | None = None
        if item.kind is DisplayKind.ROW and self.comparison is not None:
            kind = self.comparison.rows[item.index].kind
            cells = self._cells(row)
            assert cells is not None
            left, right = cells[0].text, cells[1].text
            data = self.comparison.rows[item.index]
            mark = ROW_MARKS[kind]
            if kind is RowKind.CHANGED and all(c.kind in self.hidden_kinds for c in data.changes):
                mark = ROW_MARKS[RowKind.SAME]  # every change it has is hidden
            if kind is RowKind.MOVED:
                gutter = self.component_style("diff-view--moved")
            # The second gutter cell: ≈ on a partial row, as the console prints it.
            second_mark = closeness_mark(data) or " "
        else:
            assert item.removed is not None
            line = removed_text(
                item.removed,
                self.component_style("diff-view--removed"),
                self.component_style("diff-view--reason"),
            )
            left, right = (line, Text()) if item.side == "a" else (Text(), line)
            mark = REMOVED_MARK
            second_mark = " "
        if self.search_text:
            match = self.component_style("diff-view--match")
            highlight_matches(left, self.search_text, match)
            highlight_matches(right, self.search_text, match)
            if 0 <= self.match_index < len(self.matches):
                here = self.matches[self.match_index]
                if here.row == row:
                    cell = left if here.side == "a" else right
                    end = here.start + len(self.search_text)
                    cell.stylize(self.component_style("diff-view--current"), here.start, end)
        a_spans = layout.a_lines[row]
        b_spans = layout.b_lines[row]
        content = max(len(a_spans), len(b_spans))
        separator = Strip([Segment("│", self.component_style("diff-view--separator"))])
        strips: list[Strip] = []
        for number in range(content):
            mark_text = mark if number == 0 else " "
            second = second_mark if number == 0 else " "
            parts = [
                Strip([Segment(mark_text, gutter), Segment(second, gutter)]),
                self._cell_line(
                    left,
                    a_spans,
                    number,
                    left_w,
                    empty if kind is RowKind.ONLY_B else None,
                    EMPTY_LABELS.get(RowKind.ONLY_B, ""),
                ),
                separator,
                self._cell_line(
                    right,
                    b_spans,
                    number,
                    right_w,
                    empty if kind is RowKind.ONLY_A else None,
                    EMPTY_LABELS.get(RowKind.ONLY_A, ""),
                ),
            ]
            strips.append(Strip.join(parts).apply_style(row_base).adjust_cell_length(width, base))
        strips.extend(Strip.blank(width, base) for _ in range(height - content))
        return strips

    def _cell_line(
        self,
        text: Text,
        spans: tuple[tuple[int, int], ...],
        number: int,
        cell_width: int,
        empty: Style | None,
        label: str,
    ) -> Strip:
        if empty is not None:
            # The side with nothing: a shaded cell as tall as the other one.
            fill = "╱" * cell_width
            if number == 0:
                fill = (label + fill)[:cell_width]
            return Strip([Segment(fill, empty)], cell_width)
        if number >= len(spans):
            return Strip.blank(cell_width)
        start, end = spans[number]
        piece = text[start:end]
        segments = [Segment(" "), *piece.render(self.app.console)]
        return Strip(segments).adjust_cell_length(cell_width)

    # -- mouse ----------------------------------------------------------------

    def on_click(self, event: events.Click) -> None:
        layout = self._ensure_layout()
        if layout is None or not self.display_rows:
            return
        row = layout.row_at(round(self.scroll_offset.y) + event.y)
        for number, stop in enumerate(self.stops):
            if stop.row == row:
                self._go_to_stop(number)
                return
        self._go_to_row(row)
