"""The outlet names above the two columns of the diff."""

from __future__ import annotations

from rich.text import Text
from textual.widget import Widget

from newsdiff.render.safe import visible_line
from newsdiff.tui.diff_layout import GUTTER_WIDTH, SEPARATOR_WIDTH, column_widths
from newsdiff.tui.widgets.diff_view import DiffView


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
        self.a_label = ""
        self.b_label = ""

    def set_sides(self, a_label: str, b_label: str) -> None:
        """Name the two sides (outlet and word count)."""
        self.a_label = a_label
        self.b_label = b_label
        self.refresh()

    def render(self) -> Text:
        scrollbar = max(self.view.size.width - self.view.scrollable_content_region.width, 0)
        left, right = column_widths(self.size.width - scrollbar)
        text = Text(no_wrap=True, overflow="ellipsis")
        text.append(" " * GUTTER_WIDTH)
        text.append(f" A {visible_line(self.a_label)}"[:left].ljust(left))
        text.append(" " * SEPARATOR_WIDTH)
        text.append(f" B {visible_line(self.b_label)}"[:right])
        return text
