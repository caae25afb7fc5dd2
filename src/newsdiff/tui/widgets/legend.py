"""A line naming each change kind in the style the diff gives it."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual.widget import Widget

from newsdiff.core.model import RowKind
from newsdiff.render.marks import marks_legend
from newsdiff.render.rich_text import legend_text
from newsdiff.tui.widgets.diff_view import DiffView

SHORT_MARKS = marks_legend(
    "  ", (RowKind.MOVED, RowKind.ONLY_A, RowKind.ONLY_B), short=True, removed=True
)
"""The row marks after the change kinds (which name the ~ rows already)."""


class Legend(Widget):
    """The change kinds, each in its diff style, with how many of each the pair has."""

    DEFAULT_CSS = """
    Legend {
        height: 1;
        background: $panel;
        color: $text-muted;
        padding: 0 1;
    }
    """

    def __init__(self, view: DiffView, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.view = view
        self.counts: dict[str, int] | None = None
        self.extra = ""

    def on_mount(self) -> None:
        # A new theme recolours the diff; redraw after the view has re-resolved its styles.
        self.app.theme_changed_signal.subscribe(
            self, lambda _theme: self.call_after_refresh(self.refresh)
        )

    def set_counts(self, counts: dict[str, int] | None, extra: str = "") -> None:
        """Show these counts per change kind (None: names only) and a note after them."""
        self.counts = counts
        self.extra = extra
        self.refresh()

    def render(self) -> Text:
        # Styles come from the diff view so the legend always matches its colours.
        text = legend_text(self.view.change_styles(), self.counts, Style(dim=True))
        text.no_wrap = True
        text.overflow = "ellipsis"
        text.append(f"   {SHORT_MARKS}", Style(dim=True))
        if self.extra:
            text.append(f"   {self.extra}", Style(dim=True))
        return text
