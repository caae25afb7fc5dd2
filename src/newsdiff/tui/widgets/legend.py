"""A line naming each change kind in the style the diff gives it."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual.widget import Widget

from newsdiff.core.model import ChangeKind, RowKind
from newsdiff.render.marks import marks_legend
from newsdiff.tui.widgets.diff_view import DiffView

SHORT_MARKS = marks_legend(
    "  ",
    (RowKind.MOVED, RowKind.ONLY_A, RowKind.ONLY_B),
    short=True,
    partial=True,
    removed=True,
)
"""The row marks after the change kinds (which name the ~ rows already)."""


KIND_KEYS: dict[str, ChangeKind] = {str(n): kind for n, kind in enumerate(ChangeKind, 1)}
"""The digit that hides or shows each change kind (1 spelling … 7 wording)."""


class Legend(Widget):
    """The change kinds, each in its diff style, with how many of each the pair has.

    Each kind is preceded by the digit that hides it; a hidden kind is struck
    through. The line wraps when the pane is narrow (80 columns).
    """

    DEFAULT_CSS = """
    Legend {
        height: auto;
        max-height: 3;
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
        self.refresh(layout=True)

    def render(self) -> Text:
        # Styles come from the diff view so the legend always matches its colours.
        styles = self.view.change_styles()
        hidden = self.view.hidden_kinds
        dim = Style(dim=True)
        text = Text()
        for key, kind in KIND_KEYS.items():
            if text:
                text.append("  ")
            text.append(f"{key}:", dim)
            if kind in hidden:
                text.append(kind.value, Style(dim=True, strike=True))
            else:
                text.append(kind.value, styles.get(kind, Style()))
            if self.counts is not None:
                text.append(f" {self.counts.get(kind.value, 0)}", dim)
        text.append(f"   {SHORT_MARKS}", dim)
        if self.view.aligned_only:
            text.append("   aligned only", Style(bold=True))
        if self.extra:
            text.append(f"   {self.extra}", dim)
        return text
