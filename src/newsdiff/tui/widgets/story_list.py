"""The list of stories: title, date and how many sources each has; filtered and sorted."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import DataTable, Input
from textual.widgets.data_table import ColumnKey

from newsdiff.core.model import Story
from newsdiff.render.safe import safe_text, visible_line
from newsdiff.tui.diff_layout import wrap_spans

ELLIPSIS = "…"


class StoryOrder(StrEnum):
    """The orders `o` cycles through, in that order."""

    CORPUS = "corpus order"
    """As the manifest (or the grouping) gave them."""
    DATE = "newest first"
    """By date, newest first; undated stories last."""
    SOURCES = "most sources"
    """By number of sources, most first."""
    TITLE = "title"
    """By title, A to Z."""


def sort_stories(stories: tuple[Story, ...], order: StoryOrder) -> tuple[Story, ...]:
    """`stories` in `order` (ties keep the corpus order)."""
    if order is StoryOrder.DATE:
        dated = sorted((s for s in stories if s.date), key=lambda s: s.date, reverse=True)
        return (*dated, *(s for s in stories if not s.date))
    if order is StoryOrder.SOURCES:
        return tuple(sorted(stories, key=lambda s: -len(s.sources)))
    if order is StoryOrder.TITLE:
        return tuple(sorted(stories, key=lambda s: s.title.casefold()))
    return stories


def story_haystack(story: Story, *, headlines: bool) -> str:
    """What the filter looks in: title, date, outlets (and headlines), casefolded."""
    parts = [story.title, story.date]
    for source in story.sources:
        parts.append(source.outlet)
        if headlines:
            from newsdiff.core.stories.labels import source_headline

            parts.append(source_headline(source))
    return "\n".join(parts).casefold()


def matches(haystack: str, query: str) -> bool:
    """Whether every word of `query` is in `haystack` (any order, any case)."""
    return all(word in haystack for word in query.casefold().split())


class StoryFilter(Input):
    """The filter box above the story list: type to narrow the list, Esc to clear."""

    DEFAULT_CSS = """
    StoryFilter {
        display: none;
        &.-open { display: block; }
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Clear filter"),
        Binding("down", "to_list", "To the list", show=False),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(placeholder="Filter: title, outlet, headline, date", id=id, compact=True)

    def action_close(self) -> None:
        """Clear the filter and go back to the list."""
        self.value = ""
        self.remove_class("-open")
        self.screen.query_one(StoryList).focus()

    def action_to_list(self) -> None:
        """Keep the filter and move into the list."""
        self.screen.query_one(StoryList).focus()


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
        Binding("o", "cycle_order", "Sort", tooltip="Sort: corpus order, date, sources, title"),
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
        self.all_stories = stories
        """Every story, in corpus order."""
        self.stories = stories
        """The stories listed, in list order (filtered and sorted)."""
        self.order = StoryOrder.CORPUS
        self.filter_text = ""
        self._haystacks: dict[int, str] = {}
        self._with_headlines = False
        self._title_width = TITLE_WIDTH

    def on_mount(self) -> None:
        self.add_column("Story", key="title", width=TITLE_WIDTH)
        self.add_column("Date", key="date", width=10)
        self.add_column("#", key="sources", width=2)
        self._fill()
        self._retitle()

    def _fill(self, current: Story | None = None) -> None:
        row = self.cursor_row
        self.clear()
        # Two lines a story: long headlines stay readable in a narrow sidebar.
        for story in self.stories:
            self.add_row(*story_cells(story, self._title_width), height=2)
        if self.stories:
            if current is not None and current in self.stories:
                row = self.stories.index(current)
            self.move_cursor(row=max(0, min(row, len(self.stories) - 1)))

    def _retitle(self) -> None:
        shown, total = len(self.stories), len(self.all_stories)
        count = f"{shown} of {total}" if self.filter_text else f"{total}"
        order = "" if self.order is StoryOrder.CORPUS else f" · {self.order.value}"
        self.border_title = f"Stories ({count}){order}"
        self.border_subtitle = (
            Text(f"/ {visible_line(self.filter_text)}", no_wrap=True, overflow="ellipsis")
            if self.filter_text
            else ""
        )

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
            self._title_width = width
            # The titles are cut to the width (with an ellipsis): cut them again.
            self._fill(self._current())
            self.refresh(layout=True)

    def _current(self) -> Story | None:
        return self.stories[self.cursor_row] if 0 <= self.cursor_row < len(self.stories) else None

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
        self.all_stories = stories
        self._haystacks = {}
        self._with_headlines = False
        self._relist(current)
        if self.filter_text:
            self._load_headlines()

    def _relist(self, current: Story | None = None) -> None:
        current = current or self._current()
        listed = sort_stories(self.all_stories, self.order)
        if self.filter_text:
            listed = tuple(s for s in listed if matches(self._haystack(s), self.filter_text))
        self.stories = listed
        self._fill(current)
        self._retitle()

    def _haystack(self, story: Story) -> str:
        key = id(story)
        found = self._haystacks.get(key)
        if found is None:
            found = self._haystacks[key] = story_haystack(story, headlines=False)
        return found

    # -- filter and order ---------------------------------------------------------

    def open_filter(self) -> None:
        """Show the filter box and put the cursor in it."""
        box = self.screen.query_one(StoryFilter)
        box.add_class("-open")
        # At once, not after the next refresh: letters typed right after `/` are the
        # filter's, never keys of the list (`m` would start moving a source).
        self.screen.set_focus(box)
        self._load_headlines()

    def set_filter(self, query: str) -> None:
        """List only the stories whose title, date, outlets or headlines hold every word."""
        self.filter_text = query.strip()
        self._relist()

    def action_cycle_order(self) -> None:
        """Sort by the next order: corpus order, newest first, most sources, title."""
        orders = list(StoryOrder)
        self.order = orders[(orders.index(self.order) + 1) % len(orders)]
        self._relist()
        self.notify(f"Stories sorted: {self.order.value}.", timeout=2)

    def _load_headlines(self) -> None:
        if not self._with_headlines:
            self._with_headlines = True
            self._read_headlines(self.all_stories)

    @work(thread=True, exclusive=True, group="story-headlines")
    def _read_headlines(self, stories: tuple[Story, ...]) -> None:
        # Headlines are read from each article's first lines: a second for a thousand
        # sources, so in a thread; until then the filter looks at titles and outlets.
        found = {id(s): story_haystack(s, headlines=True) for s in stories}
        self.app.call_from_thread(self._headlines_read, stories, found)

    def _headlines_read(self, stories: tuple[Story, ...], found: dict[int, str]) -> None:
        if stories is self.all_stories:
            self._haystacks = found
            if self.filter_text:
                self._relist()


MIN_TITLE_WIDTH = 8
"""The narrowest the title column gets, however narrow the sidebar."""
TITLE_WIDTH = 20
"""Cells of the title column; titles wrap onto a second line, then are cut."""
TITLE_LINES = 2
"""Lines a story's title takes in the list; a longer title ends with an ellipsis."""


def fit_title(title: str, width: int, lines: int = TITLE_LINES) -> str:
    """`title` wrapped to `width` cells on at most `lines` lines, cut with an ellipsis."""
    flat = " ".join(visible_line(title).split())
    spans = wrap_spans(flat, max(width, 2))
    if len(spans) <= lines:
        return "\n".join(flat[s:e] for s, e in spans)
    kept = [flat[s:e] for s, e in spans[:lines]]
    last_start = spans[lines - 1][0]
    # The last line, then as much of what follows as fits before the ellipsis.
    rest = flat[last_start:]
    cut = wrap_spans(rest, max(width - 1, 1))[0]
    kept[-1] = rest[cut[0] : cut[1]].rstrip() + ELLIPSIS
    return "\n".join(kept)


def story_cells(story: Story, width: int = TITLE_WIDTH) -> tuple[Text, Text, Text]:
    """Title (cut to two lines with an ellipsis), date and number of sources, never markup."""
    return (
        # fit_title makes each line visible (escapes shown), and Text is never markup.
        Text(fit_title(story.title, width)),
        safe_text(story.date, "dim"),
        Text(str(len(story.sources)), justify="right"),
    )
