"""The list of stories: title, date and how many sources each has."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import DataTable
from textual.widgets.data_table import ColumnKey

from newsdiff.core.model import Story
from newsdiff.render.safe import safe_text


class StoryList(DataTable[Text]):
    """Stories of the corpus. Moving shows a story's sources; Enter or a click opens it.

    A table rather than an option list: it draws only the rows on screen, so a
    corpus of thousands of stories opens as fast as one story.
    """

    DEFAULT_CSS = """
    StoryList {
        scrollbar-size-horizontal: 0;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("enter", "select_cursor", "Open story"),
    ]

    @dataclass
    class Highlighted(Message):
        """The cursor moved onto a story."""

        story: Story
        """The story under the cursor."""

    @dataclass
    class Chosen(Message):
        """The reader opened a story."""

        story: Story
        """The story to compare."""

    def __init__(self, stories: tuple[Story, ...], *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row", zebra_stripes=False, show_cursor=True)
        self.stories = stories

    def on_mount(self) -> None:
        self.add_column("Story", key="title", width=TITLE_WIDTH)
        self.add_column("Date", key="date", width=10)
        self.add_column("#", key="sources", width=2)
        # Two lines a story: long headlines stay readable in a narrow sidebar.
        for story in self.stories:
            self.add_row(*story_cells(story), height=2)

    def on_resize(self) -> None:
        # A narrow sidebar (80 columns) gives the title what the date and the
        # count leave, so those two stay whole.
        fixed = sum(
            column.get_render_width(self) for key, column in self.columns.items() if key != "title"
        )
        padding = 2 * self.cell_padding
        room = self.scrollable_content_region.width - fixed - padding
        width = max(MIN_TITLE_WIDTH, min(TITLE_WIDTH, room))
        title = self.columns.get(ColumnKey("title"))
        if title is not None and title.width != width:
            title.width = width
            self.refresh_column(0)
            self.refresh(layout=True)

    @on(DataTable.RowHighlighted)
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        event.stop()
        if 0 <= event.cursor_row < len(self.stories):
            self.post_message(self.Highlighted(self.stories[event.cursor_row]))

    @on(DataTable.RowSelected)
    def _selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if 0 <= event.cursor_row < len(self.stories):
            self.post_message(self.Chosen(self.stories[event.cursor_row]))

    def show_stories(self, stories: tuple[Story, ...], current: Story | None = None) -> None:
        """List `stories` instead (after a regrouping), the cursor on `current` if given."""
        row = self.cursor_row
        self.stories = stories
        self.clear()
        for story in stories:
            self.add_row(*story_cells(story), height=2)
        if stories:
            if current is not None and current in stories:
                row = stories.index(current)
            self.move_cursor(row=max(0, min(row, len(stories) - 1)))


MIN_TITLE_WIDTH = 8
"""The narrowest the title column gets, however narrow the sidebar."""
TITLE_WIDTH = 20
"""Cells of the title column; titles wrap onto a second line, then are cut."""


def story_cells(story: Story) -> tuple[Text, Text, Text]:
    """Title, date and number of sources, as plain text (never markup)."""
    return (
        safe_text(story.title, overflow="ellipsis"),
        safe_text(story.date, "dim"),
        Text(str(len(story.sources)), justify="right"),
    )
