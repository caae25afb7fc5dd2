"""The main screen: stories, sources of the highlighted story, and the pair being read."""

from __future__ import annotations

import asyncio
from functools import partial
from typing import TYPE_CHECKING, Any, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Footer, Input

from newsdiff.core.model import ChangeKind, Comparison, Corpus, Source, Story
from newsdiff.core.stories.labels import source_name
from newsdiff.tui.background import in_daemon_thread
from newsdiff.tui.lru_cache import LruCache
from newsdiff.tui.screens.regroup import (
    UNDO_DEPTH,
    Regrouped,
    ask_compare_with,
    ask_merge,
    ask_move,
    ask_save,
)
from newsdiff.tui.widgets.compare_pane import ComparePane
from newsdiff.tui.widgets.legend import KIND_KEYS, Legend
from newsdiff.tui.widgets.source_list import SourceList
from newsdiff.tui.widgets.story_list import StoryFilter, StoryList

if TYPE_CHECKING:
    from newsdiff.tui.screens.coverage import CoverageChoice, CoverageKey, StoryCoverage

PairKey = tuple[str, str, str, str, str]
"""(story id, A id, A path, B id, B path): what a comparison is cached under."""


def _compare_sources(a: Source, b: Source) -> Comparison:
    # Imported here so that starting the app does not pay for the engine's imports.
    from newsdiff.core.compare import compare

    return compare(a, b)


def pair_key(story: Story, a: Source, b: Source) -> PairKey:
    """The cache key of a pair of sources of a story."""
    return (story.id, a.id, a.path, b.id, b.path)


COMPARISON_CACHE_SIZE = 64
"""Comparisons kept for instant re-reading (least recently read dropped first): swapping
back and forth and revisiting the pairs of a few stories stays instant, while a long
session over a big corpus does not keep every comparison it ever made."""

NARROW_WIDTH = 120
"""Terminal columns below which the sidebar gets out of the way of the diff: opening a
story hides it (`h` brings it back). At 80 columns the sidebar's 32 columns would
leave each diff column about 20 characters; hidden, each gets 37."""

COVERAGE_CACHE_SIZE = 16
"""Story coverages kept (least recently shown dropped first); each holds every pair of
its story's sources, so fewer than comparisons."""


class ReadingScreen(Screen[None]):
    """Pick a story and two of its sources; read their aligned diff."""

    AUTO_FOCUS = "#diff"

    pair: reactive[tuple[Source, Source] | None] = reactive(None, init=False, always_update=True)
    """The sources read as (A, B), None when there is nothing to compare; setting it
    re-marks A and B in the source list."""

    BINDINGS: ClassVar[list[BindingType]] = [
        # The reading keys are the screen's: they work wherever the focus is, and
        # `check_action` hides from the footer the ones that do not apply.
        Binding("n", "next_change", "Next", tooltip="Next change"),
        Binding("p", "previous_change", "Prev", tooltip="Previous change"),
        Binding("f", "toggle_facts", "Facts", tooltip="Facts only in A, only in B, conflicts"),
        Binding(
            "slash",
            "search",
            "Search",
            tooltip="Search the diff (in the story list: filter the stories)",
        ),
        Binding("h", "toggle_sidebar", "Sidebar", tooltip="Hide or show the stories and sources"),
        # Not in the footer (80 columns hold the essential keys); help and Ctrl+P list them.
        Binding("c", "toggle_removed", "Removed", show=False, tooltip="Removed lines"),
        Binding(
            "equals_sign",
            "toggle_aligned",
            "Aligned",
            show=False,
            tooltip="Aligned rows only (hide the rows only in A or only in B)",
        ),
        *(
            Binding(
                key,
                f"toggle_kind('{kind.value}')",
                kind.value.capitalize(),
                show=False,
                tooltip=f"Hide / show {kind.value} changes (n / p skip hidden ones)",
            )
            for key, kind in KIND_KEYS.items()
        ),
        Binding("0", "show_all_kinds", "All kinds", show=False, tooltip="Show every change kind"),
        Binding("s", "swap", "Swap", show=False, tooltip="Swap A/B"),
        Binding("v", "coverage", "Coverage"),
        Binding("e", "export", "Export", show=False, tooltip="Write this pair's HTML report"),
        # Regrouping and cross-story picking: in help and Ctrl+P, not in the footer.
        Binding(
            "B",
            "compare_with",
            "Compare with",
            show=False,
            tooltip="Compare A with any article of the corpus, across stories (fuzzy search)",
        ),
        Binding(
            "m",
            "move_source",
            "Move",
            show=False,
            tooltip="Move the highlighted source to another or a new story",
        ),
        Binding(
            "M",
            "merge_story",
            "Merge",
            show=False,
            tooltip="Merge the highlighted story into another",
        ),
        Binding(
            "w",
            "write_manifest",
            "Write",
            show=False,
            tooltip="Write stories.yaml (asks before overwriting)",
        ),
        Binding("u", "undo_regroup", "Undo", show=False, tooltip="Undo the last move or merge"),
    ]

    NEEDS_COMPARISON: ClassVar[frozenset[str]] = frozenset(
        {
            "next_change",
            "previous_change",
            "toggle_facts",
            "toggle_removed",
            "export",
            "toggle_aligned",
            "toggle_kind",
            "show_all_kinds",
        }
    )
    """Actions that only mean something while a comparison is on screen."""

    def __init__(self, corpus: Corpus, pair: tuple[Source, Source] | None = None) -> None:
        super().__init__()
        self.corpus = corpus
        self.story: Story | None = None
        self.next_side = "a"
        """Which side Enter in the source list sets next: "a", then "b", then "a" again."""
        self.cache: LruCache[PairKey, Comparison] = LruCache(COMPARISON_CACHE_SIZE)
        """The pairs compared lately."""
        self.coverages: LruCache[CoverageKey, StoryCoverage] = LruCache(COVERAGE_CACHE_SIZE)
        """Coverage of the stories the coverage view has shown lately."""
        self.jump_to: tuple[PairKey, int] | None = None
        """A sentence of A to put the cursor on once that pair is shown."""
        self._initial = pair
        self.regroup_undo: list[tuple[Corpus, str, str]] = []
        """(corpus, id of the story shown, what changed) before each regrouping, latest last."""

    def compose(self) -> ComposeResult:
        with Horizontal(id="body"):
            with Vertical(id="sidebar"):
                yield StoryFilter(id="story-filter")
                yield StoryList(self.corpus.stories, id="stories")
                yield SourceList(id="sources")
            yield ComparePane(id="pane")
        # Compact, short labels: every key fits in 80 columns (help has the long ones).
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#sources").border_title = "Sources"
        pane = self.query_one(ComparePane)
        if self.narrow and (self._initial is not None or self.corpus.stories):
            # A first screen at 80 columns is a readable diff; `h` shows the stories.
            self.set_sidebar(hidden=True)
        if self._initial is not None:
            a, b = self._initial
            story = next((s for s in self.corpus.stories if a in s.sources), None)
            story = story or Story(
                id="pair", title=f"{source_name(a)} / {source_name(b)}", sources=(a, b)
            )
            self.open_pair(story, a, b)
        elif self.corpus.stories:
            self.open_story(self.corpus.stories[0])
        else:
            pane.show_message("No stories in this corpus.")

    # -- choosing what to read -------------------------------------------------

    def open_story(self, story: Story) -> None:
        """Read a story: its first two sources as A and B."""
        self.next_side = "a"
        if len(story.sources) < 2:
            self.story = story
            self.pair = None
            count = len(story.sources)
            self.query_one(ComparePane).show_message(
                f"This story has {count} source{'s' if count != 1 else ''}: "
                "nothing to compare it with."
            )
            return
        self.open_pair(story, story.sources[0], story.sources[1])

    def open_pair(self, story: Story, a: Source, b: Source, sentence_a: int = -1) -> None:
        """Compare A and B (from the cache, or in a worker) and show the result.

        With `sentence_a` >= 0 the cursor goes to that sentence of A once shown.
        """
        self.story = story
        self.pair = (a, b)
        key = pair_key(story, a, b)
        self.jump_to = (key, sentence_a) if sentence_a >= 0 else None
        pane = self.query_one(ComparePane)
        cached = self.cache.get(key)
        if cached is not None:
            pane.view.loading = False
            pane.show(cached, (a, b))
            self._jump(key)
            return
        pane.view.loading = True
        pane.show_pending(a, b)
        self._compare(key, a, b)

    @work(exclusive=True, group="compare")
    async def _compare(self, key: PairKey, a: Source, b: Source) -> None:
        # A daemon thread, not a thread worker: quitting or moving on to another
        # pair cancels this await at once, where a thread worker would be waited for.
        comparing = in_daemon_thread("compare", partial(_compare_sources, a, b))
        # Kept even if the reader has moved on: coming back to the pair is instant.
        comparing.add_done_callback(partial(self._store, key))
        try:
            result: Comparison | None = await asyncio.shield(comparing)
            error: Exception | None = None
        except Exception as exc:  # any engine failure becomes a notification, not a crash
            result, error = None, exc
        self._compared(key, result, error)

    def _store(self, key: PairKey, done: asyncio.Future[Comparison]) -> None:
        if not done.cancelled() and done.exception() is None:
            self.cache[key] = done.result()

    def _compared(self, key: PairKey, result: Comparison | None, error: Exception | None) -> None:
        if self.pair is None or self.story is None:
            return
        if key != pair_key(self.story, *self.pair):
            return  # the reader has moved on: never show a stale diff
        pane = self.query_one(ComparePane)
        pane.view.loading = False
        if result is None:
            a, b = self.pair
            self.notify(
                f"Could not compare {source_name(a)} and {source_name(b)}: {error}",
                title="Comparison failed",
                severity="error",
            )
            pane.show_message("This pair could not be compared (see the notification).")
            return
        pane.show(result, self.pair)
        self._jump(key)
        # The loading overlay hid the pane's keys from the footer: bring them back.
        self.refresh_bindings()

    def _jump(self, key: PairKey) -> None:
        if self.jump_to is None or self.jump_to[0] != key:
            return
        sentence = self.jump_to[1]
        self.jump_to = None
        view = self.query_one(ComparePane).view
        view.focus()
        # After the next refresh: the view scrolls only once it knows its new height.
        self.call_after_refresh(view.jump_to_sentence, "a", sentence)

    def watch_pair(self) -> None:
        if self.story is not None:
            self._show_sources(self.story)

    def _marks(self, story: Story) -> dict[str, str]:
        if self.pair is None:
            return {}
        # B may come from another story ("compare with…"): mark only sources listed here.
        marks = zip(self.pair, ("A", "B"), strict=True)
        return {s.id: m for s, m in marks if any(x is s for x in story.sources)}

    def _show_sources(self, story: Story) -> None:
        sources = self.query_one(SourceList)
        sources.show(story, self._marks(story))
        sources.border_title = f"Sources ({len(story.sources)})"
        side = self.next_side.upper() if story is self.story else "A"
        sources.border_subtitle = f"Enter sets {side} · a/b"

    @on(StoryList.Highlighted)
    def _story_highlighted(self, event: StoryList.Highlighted) -> None:
        if self.query_one(SourceList).story is not event.story:
            self._show_sources(event.story)

    @on(StoryList.Chosen)
    def _story_chosen(self, event: StoryList.Chosen) -> None:
        self.open_story(event.story)
        self._reading_focus()

    @on(Input.Changed, "#story-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self.query_one(StoryList).set_filter(event.value)

    @on(Input.Submitted, "#story-filter")
    def _filter_submitted(self, event: Input.Submitted) -> None:
        self.query_one(StoryList).focus()

    @on(SourceList.Picked)
    def _source_picked(self, event: SourceList.Picked) -> None:
        """Set A or B to the picked source and compare at once, keeping the other side."""
        story, source = event.story, event.source
        side = event.side or (self.next_side if story is self.story else "a")
        if self.pair is None or (event.side is None and story is not self.story):
            # Enter in another story starts over there: A, and the next of its sources as B.
            others = [s for s in story.sources if s is not source]
            if not others:
                self.notify("This story has no other source to compare with.", timeout=3)
                return
            self.open_pair(story, source, others[0])
            self.next_side = "b"
            self._show_sources(story)
            return
        a, b = self.pair
        if side == "a":
            a, b = (source, a) if source is b else (source, b)
        else:
            a, b = (b, source) if source is a else (a, source)
        if a is b:
            return
        # Stay in the story the reader is picking in (the other side may be from elsewhere).
        self.open_pair(story, a, b)
        self.next_side = "b" if side == "a" else "a"
        self._show_sources(story)

    # -- the reading keys (here, so they work wherever the focus is) ------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Hide the keys that do nothing now from the footer (and make them do nothing)."""
        pane = self.query_one(ComparePane)
        if action in self.NEEDS_COMPARISON:
            return pane.comparison is not None
        if action == "swap":
            return self.pair is not None
        if action == "search":
            return pane.comparison is not None or self._sidebar_focused()
        return True

    def _sidebar_focused(self) -> bool:
        return self.query_one("#sidebar").has_focus_within

    def on_descendant_focus(self) -> None:
        # What applies follows the focus (`/` filters in the sidebar, searches elsewhere).
        self.refresh_bindings()

    def action_next_change(self) -> None:
        """Go to the next change and highlight it."""
        self.query_one(ComparePane).action_next_change()

    def action_previous_change(self) -> None:
        """Go to the previous change and highlight it."""
        self.query_one(ComparePane).action_previous_change()

    def action_toggle_facts(self) -> None:
        """Show or hide the facts panel."""
        self.query_one(ComparePane).action_toggle_facts()

    def action_toggle_removed(self) -> None:
        """Show or hide the boilerplate lines the cleaner removed."""
        self.query_one(ComparePane).action_toggle_removed()

    def action_toggle_aligned(self) -> None:
        """Show only the aligned rows (both sides have them), or every row again."""
        view = self.query_one(ComparePane).view
        view.set_aligned_only(not view.aligned_only)
        self.query_one(Legend).refresh(layout=True)
        state = "only the aligned rows" if view.aligned_only else "every row"
        self.notify(f"Showing {state}.", timeout=2)

    def action_toggle_kind(self, kind: str) -> None:
        """Hide (or show again) the changes of one kind; `n` / `p` skip hidden kinds."""
        view = self.query_one(ComparePane).view
        change_kind = ChangeKind(kind)
        hidden = view.hidden_kinds ^ {change_kind}
        view.set_hidden_kinds(hidden)
        self.query_one(Legend).refresh(layout=True)
        state = "hidden (n / p skip them)" if change_kind in hidden else "shown"
        self.notify(f"{kind.capitalize()} changes {state}.", timeout=2)

    def action_show_all_kinds(self) -> None:
        """Show every kind of change again."""
        self.query_one(ComparePane).view.set_hidden_kinds(frozenset())
        self.query_one(Legend).refresh(layout=True)
        self.notify("Every kind of change shown.", timeout=2)

    def action_search(self) -> None:
        """Filter the stories (focus in the sidebar) or search the diff (anywhere else)."""
        if self._sidebar_focused():
            self.query_one(StoryList).open_filter()
        elif self.query_one(ComparePane).comparison is not None:
            self.query_one(ComparePane).action_search()

    @property
    def sidebar_hidden(self) -> bool:
        """Whether the stories and sources are hidden (the diff takes the width)."""
        return self.has_class("-no-sidebar")

    def action_toggle_sidebar(self) -> None:
        """Hide the sidebar (the diff takes the width) or show it again."""
        self.set_sidebar(hidden=not self.sidebar_hidden)
        if not self.sidebar_hidden:
            self.query_one(StoryList).focus()

    def set_sidebar(self, *, hidden: bool) -> None:
        """Hide or show the stories and sources; focus leaves a sidebar being hidden."""
        if hidden and self._sidebar_focused():
            self.query_one("#diff").focus()
        self.set_class(hidden, "-no-sidebar")

    @property
    def narrow(self) -> bool:
        """Too narrow for the sidebar and two readable diff columns side by side."""
        return self.app.size.width < NARROW_WIDTH

    def _reading_focus(self) -> None:
        """Focus the diff; on a narrow terminal the sidebar makes way for it."""
        self.query_one("#diff").focus()
        if self.narrow:
            self.set_sidebar(hidden=True)

    def action_swap(self) -> None:
        """Swap A and B."""
        if self.pair is not None and self.story is not None:
            a, b = self.pair
            self.open_pair(self.story, b, a)

    def action_export(self) -> None:
        """Write the current pair's report (HTML) to the working directory and say where."""
        from newsdiff.render.report import default_report_path, write_report

        comparison = self.query_one(ComparePane).comparison
        if comparison is None or self.pair is None:
            self.notify("No comparison to export yet.", severity="warning", timeout=3)
            return
        try:
            path = write_report(
                comparison,
                default_report_path(comparison, "html"),
                "html",
                sources=self.pair,
                story=self.story,
            )
        except OSError as error:
            self.notify(f"Could not write the report: {error}", severity="error", timeout=6)
            return
        self.notify(f"Report written to {path}", title="Exported", timeout=6)

    def action_coverage(self) -> None:
        """Show which source carries which fact and how much wording each pair shares."""
        from newsdiff.tui.screens.coverage import CoverageScreen

        if self.story is None or not self.story.sources:
            self.notify("No story to show the coverage of.", severity="warning", timeout=3)
            return
        story = self.story
        self.app.push_screen(
            CoverageScreen(story, self.coverages),
            callback=lambda choice: self._coverage_closed(story, choice),
        )

    def _coverage_closed(self, story: Story, choice: CoverageChoice | None) -> None:
        if choice is not None:
            self.open_pair(story, choice.a, choice.b, choice.sentence_a)

    def compare_commands(self) -> list[tuple[str, Any]]:
        """(title, callback) for every ordered pair of the current story's sources."""
        if self.story is None:
            return []
        story = self.story
        out: list[tuple[str, Any]] = []
        for a in story.sources:
            for b in story.sources:
                if a is not b:
                    out.append(
                        (
                            f"Compare {source_name(a)} with {source_name(b)}",
                            lambda a=a, b=b: self.open_pair(story, a, b),
                        )
                    )
        return out

    # -- regrouping and comparing across stories (screens/regroup.py) ------------

    def _highlighted_source(self) -> tuple[Story, Source] | None:
        sources = self.query_one(SourceList)
        story, index = sources.story, sources.highlighted
        if story is None or index is None or not 0 <= index < len(story.sources):
            return None
        return story, story.sources[index]

    def action_compare_with(self) -> None:
        """Compare A with any article of the corpus, picked by fuzzy search."""
        if self.pair is not None and self.story is not None:
            story, a = self.story, self.pair[0]
        elif (picked := self._highlighted_source()) is not None:
            story, a = picked
        else:
            self.notify("No article to compare.", severity="warning", timeout=3)
            return
        ask_compare_with(self, self.corpus, a, lambda b: self.open_pair(story, a, b))

    def action_move_source(self) -> None:
        """Move the highlighted source to another story or a new one."""
        picked = self._highlighted_source()
        if picked is None:
            self.notify("No source to move.", severity="warning", timeout=3)
            return
        ask_move(self, self.corpus, *picked)

    def action_merge_story(self) -> None:
        """Merge the highlighted story into another."""
        stories = self.query_one(StoryList)
        if not 0 <= stories.cursor_row < len(stories.stories):
            self.notify("No story to merge.", severity="warning", timeout=3)
            return
        ask_merge(self, self.corpus, stories.stories[stories.cursor_row])

    def action_write_manifest(self) -> None:
        """Save the stories as stories.yaml beside the articles."""
        ask_save(self, self.corpus)

    @on(Regrouped)
    def _regrouped(self, event: Regrouped) -> None:
        """Show the regrouped corpus at once: story list, sources and a pair of `event.story`."""
        if not event.undo:
            shown = self.story.id if self.story is not None else ""
            self.regroup_undo = [*self.regroup_undo, (self.corpus, shown, event.note)]
            del self.regroup_undo[:-UNDO_DEPTH]
        self.corpus = event.corpus
        self.query_one(StoryList).show_stories(event.corpus.stories, event.story)
        pair = self.pair
        if pair is not None and all(any(s is x for s in event.story.sources) for x in pair):
            self.open_pair(event.story, *pair)
        else:
            self.open_story(event.story)
        self.notify(event.note, title="Regrouped", timeout=4, markup=False)

    def action_undo_regroup(self) -> None:
        """Go back to the grouping before the last move or merge."""
        if not self.regroup_undo:
            self.notify("Nothing to undo.", timeout=3)
            return
        corpus, story_id, note = self.regroup_undo.pop()
        story = next((s for s in corpus.stories if s.id == story_id), None)
        if story is None and corpus.stories:
            story = corpus.stories[0]
        if story is not None:
            self.post_message(Regrouped(corpus, story, f"Undone: {note}", undo=True))
