"""The help screen: every key of the app, read from the bindings themselves."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from newsdiff.render.marks import marks_legend

EXTRA_KEYS = [
    ("Everywhere", "tab / shift+tab", "Move between panes"),
    ("Everywhere", "ctrl+p", "Command palette (compare…, swap, facts, removed lines, themes)"),
    ("Lists and diff", "↑ ↓ / j k", "Move / scroll"),
    ("Lists and diff", "pageup pagedown home end", "Page / jump to the ends"),
    ("Mouse", "click", "Open a story, pick a source, put the cursor on a diff row"),
]
"""Keys that come from Textual itself rather than from newsdiff's own bindings."""


def _key_name(binding: Binding) -> str:
    return {"slash": "/", "question_mark": "?", "equals_sign": "="}.get(binding.key, binding.key)


KeySection = tuple[str, Sequence[BindingType]]
"""A part of the app (its title in the help) and the bindings it owns."""


def help_text(sections: Sequence[KeySection]) -> Text:
    """The key table, grouped by the part of the app that owns each key.

    Args:
        sections: (title, bindings) of each part of the app, in the order shown;
            the app passes the bindings its widgets really have.
    """
    rows: list[tuple[str, str, str]] = []
    for title, bindings in sections:
        for binding in bindings:
            if isinstance(binding, Binding) and binding.description:
                key = _key_name(binding)
                # The footer shows the short label; help the longer tooltip.
                description = binding.tooltip or binding.description
                if rows and rows[-1][0] == title and rows[-1][2] == description:
                    # Several keys for one action: one line ("escape / v / q").
                    key = f"{rows.pop()[1]} / {key}"
                rows.append((title, key, description))
    rows.extend(EXTRA_KEYS)
    out = Text()
    heading = Style(bold=True, underline=True)
    key_style = Style(bold=True)
    last = ""
    for group, key, description in rows:
        if group != last:
            if out:
                out.append("\n")
            out.append(f"{group}\n", heading)
            last = group
        out.append(f"  {key:<26}", key_style)
        out.append(f"{description}\n")
    out.append("\nChange kinds: spelling (honor/honour), typo, punctuation, case, name\n")
    out.append("(Kim Jong Un/Kim Jong-un), number (nine/ten months), wording (anything else).\n")
    # Semicolons: the partial mark's meaning has a comma of its own.
    out.append(f"Rows: {marks_legend('; ', partial=True, removed=True)}.")
    return out


class HelpScreen(ModalScreen[None]):
    """Every key, what it does, and what the marks in the diff mean."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss", "Close"),
        Binding("question_mark", "dismiss", "Close", show=False),
        Binding("q", "dismiss", "Close", show=False),
    ]

    DEFAULT_CSS = """
    HelpScreen {
        align: center middle;
        & > VerticalScroll {
            width: 90;
            max-width: 95%;
            height: auto;
            max-height: 90%;
            border: round $primary;
            border-title-color: $text;
            background: $surface;
            padding: 0 1;
        }
    }
    """

    def __init__(self, sections: Sequence[KeySection]) -> None:
        """List the keys of `sections` ((title, bindings) of each part of the app)."""
        super().__init__()
        self.sections = tuple(sections)

    def compose(self) -> ComposeResult:
        with VerticalScroll() as scroll:
            scroll.border_title = "newsdiff keys"
            scroll.border_subtitle = "Esc closes"
            yield Static(help_text(self.sections), id="help-text")
