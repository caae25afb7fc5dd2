"""The search box under the diff."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import Input


class SearchBar(Input):
    """Type to highlight matches in the diff, Enter for the next one, Escape to close."""

    DEFAULT_CSS = """
    SearchBar {
        dock: bottom;
        display: none;
        &.-open { display: block; }
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close search"),
        Binding("down", "step(1)", "Next match", tooltip="Next match (Enter too)"),
        Binding("up", "step(-1)", "Previous match"),
    ]

    @dataclass
    class Closed(Message):
        """The reader closed the search box."""

        bar: SearchBar
        """The bar that sent it."""

    @dataclass
    class Step(Message):
        """Go to the next (1) or previous (-1) match."""

        bar: SearchBar
        """The bar that sent it."""
        step: int
        """1 for the next match, -1 for the previous one."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(
            placeholder="Search the diff (Enter or ↓: next match, ↑: previous, Esc: close)", id=id
        )

    def action_step(self, step: int) -> None:
        """Ask for the next or previous match."""
        self.post_message(self.Step(self, step))

    def open(self) -> None:
        """Show the box and put the cursor in it."""
        self.add_class("-open")
        # At once: letters typed right after `/` are the query, never reading keys.
        self.screen.set_focus(self)

    def action_close(self) -> None:
        """Hide the box (the highlights go with it)."""
        self.remove_class("-open")
        self.value = ""
        self.post_message(self.Closed(self))
