"""The reading pane: outlet header, aligned diff, legend, search box and facts panel."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Input

from newsdiff.core.model import Comparison, Source
from newsdiff.core.stories.labels import source_name
from newsdiff.render.safe import safe_text
from newsdiff.tui.widgets.diff_view import DiffView
from newsdiff.tui.widgets.facts_panel import FactsPanel
from newsdiff.tui.widgets.legend import Legend
from newsdiff.tui.widgets.search_bar import SearchBar
from newsdiff.tui.widgets.side_header import SideHeader


class ComparePane(Vertical):
    """Everything about the pair being read. Its keys are the reading screen's (so they
    work wherever the focus is); the actions they call are here."""

    DEFAULT_CSS = """
    ComparePane {
        & > FactsPanel { display: none; }
        &.-facts > FactsPanel { display: block; }
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.view = DiffView(id="diff")
        self.comparison: Comparison | None = None

    def compose(self) -> ComposeResult:
        yield SideHeader(self.view, id="side-header")
        yield self.view
        yield Legend(self.view, id="legend")
        yield SearchBar(id="search")
        yield FactsPanel(id="facts")

    @property
    def facts_visible(self) -> bool:
        """Whether the facts panel is shown."""
        return self.has_class("-facts")

    def show(self, comparison: Comparison, sources: tuple[Source | None, Source | None]) -> None:
        """Show a comparison in every part of the pane."""
        self.comparison = comparison
        # A hash-named file's outlet is its stem: its headline names it better.
        a_name, b_name = (
            source_name(s) if s is not None else side.outlet
            for s, side in zip(sources, (comparison.a, comparison.b), strict=True)
        )
        self.query_one(SideHeader).set_sides(
            (a_name, comparison.a.word_count()), (b_name, comparison.b.word_count())
        )
        self.view.show(comparison, sources)
        self.query_one(Legend).set_counts(
            comparison.change_counts, f"similarity {comparison.similarity:.0%}"
        )
        self.query_one(FactsPanel).show(comparison.facts)
        # Text, not str: a str title is parsed as markup, and outlets come from files.
        self.border_title = safe_text(f"{a_name} ⇄ {b_name}")

    def show_pending(self, a: Source, b: Source) -> None:
        """Name the new pair in the header at once, while it is being compared.

        The word counts are of the whole texts until the comparison says how many
        were kept.
        """
        a_name, b_name = source_name(a), source_name(b)
        self.query_one(SideHeader).set_sides(
            (a_name, len(a.text.split())), (b_name, len(b.text.split()))
        )
        self.border_title = safe_text(f"{a_name} ⇄ {b_name}")

    def show_message(self, message: str) -> None:
        """Show a message instead of a diff."""
        self.comparison = None
        self.query_one(SideHeader).set_sides(None, None)
        self.view.show_message(message)
        self.query_one(Legend).set_counts(None)
        self.query_one(FactsPanel).show(None)

    def action_next_change(self) -> None:
        """Go to the next change and highlight it."""
        if not self.view.next_change():
            self.notify("No more changes below.", timeout=2)

    def action_previous_change(self) -> None:
        """Go to the previous change and highlight it."""
        if not self.view.previous_change():
            self.notify("No more changes above.", timeout=2)

    def action_toggle_facts(self) -> None:
        """Show or hide the facts panel."""
        self.toggle_class("-facts")
        if not self.facts_visible and self.query_one(FactsPanel).has_focus_within:
            self.view.focus()

    def action_toggle_removed(self) -> None:
        """Show or hide the boilerplate lines the cleaner removed, in place."""
        self.view.set_show_removed(not self.view.show_removed)
        if self.comparison is not None:
            count = len(self.comparison.a.removed) + len(self.comparison.b.removed)
            state = "shown" if self.view.show_removed else "hidden"
            self.notify(f"{count} removed line{'s' if count != 1 else ''} {state}.", timeout=2)

    def action_search(self) -> None:
        """Open the search box."""
        self.query_one(SearchBar).open()

    @on(DiffView.CursorMoved)
    def _cursor_moved(self, event: DiffView.CursorMoved) -> None:
        # The label quotes article words: keep it a Text so it is never read as markup.
        if event.position:
            self.border_subtitle = safe_text(
                f"change {event.position}/{event.total} · {event.label}"
            )
        else:
            self.border_subtitle = Text(f"{event.total} changes · n next, p previous")

    @on(FactsPanel.Chosen)
    def _fact_chosen(self, event: FactsPanel.Chosen) -> None:
        if not self.view.jump_to_sentence(event.side, event.sentence):
            self.notify("That sentence is not in the diff.", severity="warning", timeout=2)

    @on(Input.Changed, "#search")
    def _search_changed(self, event: Input.Changed) -> None:
        self.view.set_query(event.value)
        self._search_position()

    def _search_position(self) -> None:
        """ "3/9" under the search box: which occurrence the cursor is on, of how many."""
        bar = self.query_one(SearchBar)
        total = len(self.view.matches)
        if not self.view.search_text:
            bar.border_subtitle = ""
        elif self.view.match_index < 0:
            bar.border_subtitle = f"{total} found" if total else "not found"
        else:
            bar.border_subtitle = f"{self.view.match_index + 1}/{total}"

    @on(Input.Submitted, "#search")
    def _search_submitted(self, event: Input.Submitted) -> None:
        self._search_step(1, event.value)

    @on(SearchBar.Step)
    def _search_stepped(self, event: SearchBar.Step) -> None:
        self._search_step(event.step, self.view.search_text)

    def _search_step(self, step: int, query: str) -> None:
        if not self.view.find_next(step) and query:
            self.notify(f"Not found: {query}", severity="warning", timeout=2)
        self._search_position()

    @on(SearchBar.Closed)
    def _search_closed(self, event: SearchBar.Closed) -> None:
        self.view.set_query("")
        self.view.focus()
