"""The outlet names above the two columns of the diff."""

from __future__ import annotations

from rich.cells import cell_len, set_cell_size
from rich.text import Text
from textual.widget import Widget

from newsdiff.render.safe import visible_line
from newsdiff.tui.diff_layout import GUTTER_WIDTH, SEPARATOR_WIDTH, column_widths
from newsdiff.tui.widgets.diff_view import DiffView

Label = tuple[str, int]
"""An outlet and how many words of it were kept."""


class SideHeader(Widget):
    """One line naming side A and side B, aligned on the diff's columns."""

    DEFAULT_CSS = """
    SideHeader {
        height: 1;
        background: $panel;
        color: $text;
        text-style: bold;
    }
    """

    def __init__(self, view: DiffView, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.view = view
        self.a_label: Label | None = None
        self.b_label: Label | None = None

    def set_sides(self, a_label: Label | None, b_label: Label | None) -> None:
        """Name the two sides (outlet and words kept), or neither."""
        self.a_label = a_label
        self.b_label = b_label
        self.refresh()

    def render(self) -> Text:
        scrollbar = max(self.view.size.width - self.view.scrollable_content_region.width, 0)
        left, right = column_widths(self.size.width - scrollbar)
        text = Text(no_wrap=True, overflow="ellipsis")
        # Both sides say "kept" or neither: the labels read as a pair.
        kept = all(
            label is None or cell_len(_forms("A", label)[0]) <= room
            for label, room in ((self.a_label, left), (self.b_label, right))
        )
        text.append(" " * GUTTER_WIDTH)
        text.append(fit_label("A", self.a_label, left, kept=kept))
        text.append(" " * SEPARATOR_WIDTH)
        text.append(fit_label("B", self.b_label, right, kept=kept).rstrip())
        return text


def _forms(side: str, label: Label) -> list[str]:
    """The label from the fullest form to the tightest, all uncut."""
    outlet, words = visible_line(label[0]), f"{label[1]:,} words"
    return [
        f" {side} {outlet}  ({words} kept)",
        f" {side} {outlet}  ({words})",
        f" {side} {outlet} ({words})",
    ]


def fit_label(side: str, label: Label | None, width: int, *, kept: bool = True) -> str:
    """` A outlet  (1,234 words kept)` in exactly `width` cells.

    When that is too long (or `kept` is False), "kept" goes first, then the
    outlet is cut with an ellipsis: the word count, which tells a short copy
    from a long one, stays in view as long as it fits at all.
    """
    if label is None or width <= 0:
        return " " * max(width, 0)
    for form in _forms(side, label)[0 if kept else 1 :]:
        if cell_len(form) <= width:
            return set_cell_size(form, width)
    outlet, words = visible_line(label[0]), f"{label[1]:,} words"
    head = f" {side} "
    room = width - cell_len(head) - cell_len(f" ({words})")
    if room >= 2:
        return set_cell_size(f"{head}{set_cell_size(outlet, room - 1)}… ({words})", width)
    return set_cell_size(f"{head}{outlet}", width - 1) + "…"
