"""A modal fuzzy picker: type a few letters, the best matches come first, Enter picks.

Used to choose a story to move a source to, a story to merge into, and any source
of the corpus to compare with. Labels come from articles, so they are shown as
plain text (never markup) with control characters made visible, one line each,
cut with an ellipsis.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar, Generic, TypeVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from newsdiff.render.safe import visible_line

T = TypeVar("T")

MATCH_CUTOFF = 60.0
"""Lowest rapidfuzz WRatio (0-100) a label needs to be listed for a query that is not
in it word for word; below about 60 a match is a few letters shared by chance."""
CONTAINS_BONUS = 100.0
"""Added to the score of a label holding every word of the query, so such labels
always rank above merely similar ones."""
MIN_FUZZY_CHARS = 3
"""Shorter queries match by containment only: one or two letters are in nearly every
label, and fuzzy-scoring them all took 100 ms on 1,300 labels."""
MAX_SHOWN = 300
"""Most matches listed at once; typing more narrows a long corpus down."""


def rank_labels(query: str, labels: Sequence[str]) -> list[int]:
    """Indexes of the labels matching `query`, best first (ties keep the given order).

    An empty query lists every label in order. A label holding every word of the
    query (in any case and order) outranks one that is only similar to it.
    """
    words = query.casefold().split()
    if not words:
        return list(range(len(labels)))
    from rapidfuzz import fuzz, process, utils

    scored: dict[int, float] = {}
    for index, label in enumerate(labels):
        folded = label.casefold()
        if all(word in folded for word in words):
            scored[index] = CONTAINS_BONUS
    if len("".join(words)) >= MIN_FUZZY_CHARS:
        for _label, score, index in process.extract(
            query,
            labels,
            scorer=fuzz.WRatio,
            processor=utils.default_process,
            score_cutoff=MATCH_CUTOFF,
            limit=None,
        ):
            scored[index] = scored.get(index, 0.0) + score
    return sorted(scored, key=lambda i: (-scored[i], i))


class PickerScreen(ModalScreen[T | None], Generic[T]):
    """Choose one of `items` by typing part of its label; Esc gives None."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel"),
        Binding("down", "move(1)", "Next", show=False),
        Binding("up", "move(-1)", "Previous", show=False),
        Binding("pagedown", "move(10)", "Page down", show=False),
        Binding("pageup", "move(-10)", "Page up", show=False),
    ]

    DEFAULT_CSS = """
    PickerScreen {
        align: center top;
        & > Vertical {
            width: 100;
            max-width: 95%;
            height: auto;
            max-height: 80%;
            margin-top: 2;
            border: round $primary;
            border-title-color: $text;
            background: $surface;
            padding: 0 1;
        }
        & #picker-list {
            height: auto;
            max-height: 24;
            text-wrap: nowrap;
            text-overflow: ellipsis;
            border: none;
        }
        & #picker-count {
            color: $text-muted;
        }
    }
    """

    def __init__(
        self,
        title: str,
        items: Sequence[tuple[str, T]] | Callable[[], Sequence[tuple[str, T]]],
        *,
        pinned: Sequence[tuple[str, T]] = (),
        placeholder: str = "Type to search",
    ) -> None:
        """`items` are (label, value), or a function giving them, run in a worker thread
        (labels read from a thousand articles take a second); `pinned` ones stay on
        top whatever is typed."""
        super().__init__()
        self.title_text = title
        self.make_items = items if callable(items) else None
        self.items: list[tuple[str, T]] = [] if callable(items) else list(items)
        self.pinned = list(pinned)
        self.placeholder = placeholder
        self.shown: list[T] = []
        """The values listed, in list order."""
        self.done = False
        """Set once a value (or None) is given back: keys typed ahead of the screen
        closing (a second Enter) must not dismiss it twice."""

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = Text(visible_line(self.title_text))  # never markup
            box.border_subtitle = "Enter picks · Esc cancels"
            yield Input(placeholder=self.placeholder, id="picker-input")
            yield OptionList(id="picker-list")
            yield Static(id="picker-count")

    def on_mount(self) -> None:
        self.query_one(Input).focus()
        if self.make_items is None:
            self._list("")
            return
        self.query_one("#picker-list", OptionList).loading = True
        self._make_items(self.make_items)

    @work(thread=True, exclusive=True, group="picker")
    def _make_items(self, make: Callable[[], Sequence[tuple[str, T]]]) -> None:
        items = list(make())
        self.app.call_from_thread(self._loaded, items)

    def _loaded(self, items: list[tuple[str, T]]) -> None:
        self.items = items
        self.make_items = None
        self.query_one("#picker-list", OptionList).loading = False
        self._list(self.query_one(Input).value)

    @on(Input.Changed, "#picker-input")
    def _typed(self, event: Input.Changed) -> None:
        if self.make_items is None:  # still reading the labels: listed once they are in
            self._list(event.value)

    def _list(self, query: str) -> None:
        order = rank_labels(query, [label for label, _ in self.items])
        matches = [self.items[i] for i in order[:MAX_SHOWN]]
        listed = [*self.pinned, *matches]
        options = self.query_one("#picker-list", OptionList)
        options.clear_options()
        options.add_options([Option(Text(visible_line(label))) for label, _ in listed])
        self.shown = [value for _, value in listed]
        if listed:
            options.highlighted = len(self.pinned) if matches and query.strip() else 0
        more = f", first {MAX_SHOWN} shown" if len(order) > MAX_SHOWN else ""
        count = f"{len(order)} of {len(self.items)} match{more}" if query.strip() else ""
        self.query_one("#picker-count", Static).update(Text(count))

    def action_move(self, step: int) -> None:
        """Move the highlight while the cursor stays in the search box."""
        options = self.query_one("#picker-list", OptionList)
        if options.option_count:
            current = options.highlighted if options.highlighted is not None else -1
            options.highlighted = max(0, min(options.option_count - 1, current + step))

    def action_cancel(self) -> None:
        """Close without picking."""
        self._give(None)

    def _give(self, value: T | None) -> None:
        if not self.done:
            self.done = True
            self.dismiss(value)

    @on(Input.Submitted, "#picker-input")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self.make_items is not None:
            return
        highlighted = self.query_one("#picker-list", OptionList).highlighted
        if highlighted is not None and 0 <= highlighted < len(self.shown):
            self._give(self.shown[highlighted])

    @on(OptionList.OptionSelected, "#picker-list")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if 0 <= event.option_index < len(self.shown):
            self._give(self.shown[event.option_index])
