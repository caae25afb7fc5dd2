"""The sources of one story: outlet, word count, headline, and which is A and which is B."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual import on
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from newsdiff.core.model import Source, Story
from newsdiff.core.stories.labels import label_parts
from newsdiff.render.safe import safe_text, visible_line


class SourceList(OptionList):
    """Sources of the highlighted story. Enter (or a click) picks A, then B."""

    # One line per part of a label, cut with an ellipsis: headlines run long.
    DEFAULT_CSS = """
    SourceList {
        text-wrap: nowrap;
        text-overflow: ellipsis;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("enter", "select", "Pick", tooltip="Set A, then B, then A… (compared at once)"),
        Binding("a", "pick('a')", "Set A", tooltip="Set the highlighted source as A, keep B"),
        Binding("b", "pick('b')", "Set B", tooltip="Set the highlighted source as B, keep A"),
    ]

    @dataclass
    class Picked(Message):
        """The reader picked a source."""

        story: Story
        """The story it belongs to."""
        source: Source
        """The source picked."""
        side: str | None = None
        """"a" or "b" for the side it is to be; None for the next side in turn (Enter)."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.story: Story | None = None
        self._words: dict[str, int] = {}

    def show(self, story: Story | None, marks: dict[str, str]) -> None:
        """List a story's sources, marking the ones in `marks` (source id -> "A"/"B"/"A?")."""
        keep = self.highlighted if story is self.story else 0
        self.story = story
        self.clear_options()
        if story is None:
            return
        self.add_options([Option(self._label(s, marks.get(s.id, ""))) for s in story.sources])
        if story.sources:
            self.highlighted = min(keep or 0, len(story.sources) - 1)

    def _label(self, source: Source, mark: str) -> Text:
        key = source.path or source.id
        if key not in self._words:
            self._words[key] = len(source.text.split())
        text = Text()
        text.append(f"{mark:<2} ", Style(bold=True, reverse=bool(mark)))
        # Never a bare hash-like file name when the text gives a headline.
        outlet, headline = label_parts(source)
        text.append_text(safe_text(outlet or headline or source.id))
        text.append(f"\n   {self._words[key]:,} words", Style(dim=True))
        if outlet and headline:
            text.append(f" · {visible_line(headline)}", Style(dim=True))
        return text

    def action_pick(self, side: str) -> None:
        """Make the highlighted source side `side` ("a" or "b")."""
        index = self.highlighted
        if self.story is not None and index is not None and 0 <= index < len(self.story.sources):
            self.post_message(self.Picked(self.story, self.story.sources[index], side))

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if self.story is not None and 0 <= event.option_index < len(self.story.sources):
            self.post_message(self.Picked(self.story, self.story.sources[event.option_index]))
