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

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "close", "Close search")]

    @dataclass
    class Closed(Message):
        """The reader closed the search box."""

        bar: SearchBar
        """The bar that sent it."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(placeholder="Search the diff (Enter: next match, Esc: close)", id=id)

    def open(self) -> None:
        """Show the box and put the cursor in it."""
        self.add_class("-open")
        self.focus()

    def action_close(self) -> None:
        """Hide the box (the highlights go with it)."""
        self.remove_class("-open")
        self.value = ""
        self.post_message(self.Closed(self))
