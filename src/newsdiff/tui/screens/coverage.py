"""The coverage view of one story: which source carries which fact, and how much
wording each pair of sources shares.

Coverage compares every pair of sources, so it is computed in a thread worker
under a loading indicator and kept per story: opening the view again is
instant. Enter on a pair reads it as A and B; Enter on a fact reads a pair in
which it stands out (a source carrying it against one that does not, when
there is one), with the cursor on its sentence.
"""

from __future__ import annotations

import asyncio
from collections.abc import MutableMapping, Sequence
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, ClassVar

from rich.style import Style
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from newsdiff.core.model import Source, Story
from newsdiff.core.stories.labels import source_name
from newsdiff.render.safe import safe_text, visible_line
from newsdiff.tui.background import in_daemon_thread
from newsdiff.tui.widgets.coverage_tables import CoverageSummary, FactMatrix, PairTable

if TYPE_CHECKING:  # the engine is imported by the worker, not when the view opens
    from newsdiff.core.stories.coverage import Coverage, PairRow

CoverageKey = tuple[str, tuple[tuple[str, str], ...]]
"""(story id, ((source id, path), …)): what a story's coverage is cached under."""


def coverage_key(story: Story) -> CoverageKey:
    """The cache key of a story's coverage."""
    return (story.id, tuple((s.id, s.path) for s in story.sources))


@dataclass(frozen=True, slots=True)
class StoryCoverage:
    """A story's coverage and where each fact stands in each source."""

    coverage: Coverage
    """The fact × source matrix and the shared wording of every pair."""
    sentences: tuple[tuple[int, ...], ...]
    """sentences[f][s]: the sentence of source s that states fact f, -1 if unknown."""


@dataclass(frozen=True, slots=True)
class CoverageChoice:
    """What the reader asked to read on leaving the view."""

    a: Source
    """The source to show as A."""
    b: Source
    """The source to show as B."""
    sentence_a: int = -1
    """A sentence of A to put the cursor on (-1: none)."""


def compute_story_coverage(sources: Sequence[Source]) -> StoryCoverage:
    """Coverage of `sources`, and the sentence stating each fact in each source.

    Slow for many or long sources (every pair is compared): call it off the UI thread.
    """
    from newsdiff.core.stories.coverage import story_coverage

    coverage = story_coverage(sources)
    return StoryCoverage(coverage, locate_facts(coverage, sources))


def locate_facts(coverage: Coverage, sources: Sequence[Source]) -> tuple[tuple[int, ...], ...]:
    """For each merged fact and each source carrying it, the sentence that states it.

    `story_coverage` records them as it merges the facts (`Coverage.sentences`);
    -1 where a source does not carry the fact.
    """
    if len(coverage.sentences) == len(coverage.facts):
        return coverage.sentences
    return tuple(tuple(-1 for _ in sources) for _ in coverage.facts)


def pair_for_fact(carried: Sequence[bool], sentences: Sequence[int]) -> tuple[int, int, int]:
    """(A, B, sentence of A) that shows a fact best.

    A is the first source that carries it (preferring one where its sentence is
    known); B the first source that does not, so the fact is among "only in A",
    else the next source that also carries it.
    """
    carriers = [s for s, on in enumerate(carried) if on]
    located = [s for s in carriers if sentences[s] >= 0]
    a = (located or carriers or [0])[0]
    others = [s for s in range(len(carried)) if s != a]
    b = next((s for s in others if not carried[s]), others[0] if others else a)
    return a, b, sentences[a]


class CoverageScreen(Screen["CoverageChoice | None"]):
    """Facts × sources and shared wording per pair, for one story."""

    # Side by side needs room for five source columns and the pair list; below
    # that the two tables stack. (Textual types this as an instance variable,
    # so it cannot be marked ClassVar here.)
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (150, "-wide")]  # noqa: RUF012

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close"),
        Binding("v", "close", "Close", show=False),
        Binding("e", "export", "Export", show=False, tooltip="Write this story's coverage report"),
        Binding("q", "close", "Close", show=False),
    ]

    DEFAULT_CSS = """
    CoverageScreen {
        #coverage-summary {
            border: round $panel-lighten-2;
            border-title-color: $text;
            padding: 0 1;
        }
        #coverage-body { height: 1fr; }
        #coverage-facts, #coverage-pairs {
            border: round $panel-lighten-2;
            border-title-color: $text;
            border-subtitle-color: $text-muted;
            &:focus { border: round $primary; }
        }
        #coverage-facts { width: 1fr; height: 1fr; }
        #coverage-pairs { width: 60; max-width: 45%; height: 1fr; }
        #coverage-detail { height: auto; max-height: 3; padding: 0 1; color: $text-muted; }
        &.-narrow {
            #coverage-summary { border: none; }
            #coverage-body { layout: vertical; }
            #coverage-pairs { width: 1fr; max-width: 100%; height: auto; max-height: 40%; }
            #coverage-detail { max-height: 1; }
        }
    }
    """

    def __init__(
        self, story: Story, cache: MutableMapping[CoverageKey, StoryCoverage] | None = None
    ) -> None:
        """Show `story`'s coverage, read from and stored in `cache` (one per app)."""
        super().__init__()
        self.story = story
        self.cache: MutableMapping[CoverageKey, StoryCoverage] = {} if cache is None else cache
        self.result: StoryCoverage | None = None
        self.outlets = tuple(source_name(s) for s in story.sources)

    def compose(self) -> ComposeResult:
        yield CoverageSummary(id="coverage-summary")
        with Horizontal(id="coverage-body"):
            yield FactMatrix(id="coverage-facts")
            yield PairTable(id="coverage-pairs")
        yield Static(id="coverage-detail")
        yield Footer()

    def on_mount(self) -> None:
        count = len(self.story.sources)
        # Text, not str: a str title is parsed as markup, and titles come from files.
        self.query_one(CoverageSummary).border_title = safe_text(f"Coverage · {self.story.title}")
        self.query_one(FactMatrix).border_title = "Facts × sources"
        self.query_one(PairTable).border_title = "Shared wording"
        cached = self.cache.get(coverage_key(self.story))
        if cached is not None:
            self._show(cached)
            return
        self.query_one(CoverageSummary).show_message(
            f"Comparing every pair of {count} source{'s' if count != 1 else ''}…"
        )
        self.query_one("#coverage-body").loading = True
        self._compute(coverage_key(self.story), self.story.sources)

    @work(exclusive=True, group="coverage")
    async def _compute(self, key: CoverageKey, sources: tuple[Source, ...]) -> None:
        # A daemon thread, not a thread worker: quitting or closing the view cancels
        # this await at once, where a thread worker would be waited for.
        computing = in_daemon_thread("coverage", partial(compute_story_coverage, sources))
        # Kept even if the reader has closed the view: reopening it is instant.
        computing.add_done_callback(partial(self._store, key))
        try:
            result: StoryCoverage | None = await asyncio.shield(computing)
            error: Exception | None = None
        except Exception as exc:  # any engine failure becomes a notification, not a crash
            result, error = None, exc
        self._computed(result, error)

    def _store(self, key: CoverageKey, done: asyncio.Future[StoryCoverage]) -> None:
        if not done.cancelled() and done.exception() is None:
            self.cache[key] = done.result()

    def _computed(self, result: StoryCoverage | None, error: Exception | None) -> None:
        if not self.is_attached:
            return
        self.query_one("#coverage-body").loading = False
        if result is None:
            self.notify(
                f"Could not compute the coverage of {self.story.title}: {error}",
                title="Coverage failed",
                severity="error",
            )
            self.query_one(CoverageSummary).show_message(
                "The coverage could not be computed (see the notification)."
            )
            return
        self._show(result)
        # The loading overlay hid the tables' keys from the footer: bring them back.
        self.refresh_bindings()

    def _show(self, result: StoryCoverage) -> None:
        self.result = result
        coverage = result.coverage
        self.query_one(CoverageSummary).show(coverage, self.outlets)
        facts = self.query_one(FactMatrix)
        facts.show(coverage, self.outlets)
        unique = coverage.one_source_facts()
        facts.border_title = f"Facts × sources ({len(coverage.facts)})"
        if len(self.outlets) > 1:
            facts.border_subtitle = f"◆ one source only ({unique}) · u lists only those"
        pairs = self.query_one(PairTable)
        pairs.show(coverage, self.outlets)
        pairs.border_title = f"Shared wording ({len(pairs.pairs)} pairs)"
        pairs.display = bool(pairs.pairs)
        facts.focus()
        self._describe()

    # -- the detail line under the tables --------------------------------------

    @on(DataTable.RowHighlighted)
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        event.stop()
        self._describe()

    def on_descendant_focus(self) -> None:
        self._describe()

    def _describe(self) -> None:
        """Spell out the row under the cursor of the focused table (facts by default)."""
        detail = self.query_one("#coverage-detail", Static)
        if self.result is None:
            detail.update(Text(""))
            return
        pairs = self.query_one(PairTable)
        row = pairs.current_pair() if pairs.has_focus else None
        if row is not None:
            detail.update(self._pair_detail(row))
            return
        fact = self.query_one(FactMatrix).current_fact()
        detail.update(self._fact_detail(fact) if fact is not None else Text(""))

    def _fact_detail(self, f: int) -> Text:
        assert self.result is not None
        coverage = self.result.coverage
        carriers = [o for o, on in zip(self.outlets, coverage.carried[f], strict=True) if on]
        line = Text()
        line.append(visible_line(coverage.facts[f]), Style(bold=True))
        line.append(f"  {coverage.kinds[f].value} · ")
        if len(carriers) == 1 and len(self.outlets) > 1:
            line.append(f"only in {visible_line(carriers[0])}", Style(bold=True))
        else:
            names = ", ".join(visible_line(c) for c in carriers)
            line.append(f"in {len(carriers)} of {len(self.outlets)}: {names}")
        if len(self.outlets) > 1:
            line.append(" · Enter shows it in a diff", Style(italic=True))
        return line

    def _pair_detail(self, row: PairRow) -> Text:
        line = Text()
        line.append(
            f"{visible_line(self.outlets[row.s])} ⇄ {visible_line(self.outlets[row.t])}",
            Style(bold=True),
        )
        line.append(f": {row.score:.0%} of the shorter one's wording is in the other")
        if row.closest:
            line.append(" · the closest pair")
        if row.most_different:
            line.append(" · the most different pair")
        if row.same_copy:
            line.append(" · same copy")
        line.append(" · Enter reads this pair", Style(italic=True))
        return line

    # -- leaving ---------------------------------------------------------------

    @on(FactMatrix.Chosen)
    def _fact_chosen(self, event: FactMatrix.Chosen) -> None:
        if self.result is None or len(self.story.sources) < 2:
            return
        row = self.result.coverage.carried[event.fact]
        a, b, sentence = pair_for_fact(row, self.result.sentences[event.fact])
        sources = self.story.sources
        self._leave(CoverageChoice(sources[a], sources[b], sentence))

    @on(PairTable.Chosen)
    def _pair_chosen(self, event: PairTable.Chosen) -> None:
        sources = self.story.sources
        self._leave(CoverageChoice(sources[event.s], sources[event.t]))

    def action_export(self) -> None:
        """Write this story's coverage report (HTML) to the working directory and say where."""
        from newsdiff.render.report import default_report_path, write_coverage_report

        if self.result is None:
            self.notify("The coverage is still being computed.", severity="warning", timeout=3)
            return
        try:
            path = write_coverage_report(
                self.story, self.result.coverage, default_report_path(self.story, "html"), "html"
            )
        except OSError as error:
            self.notify(f"Could not write the report: {error}", severity="error", timeout=6)
            return
        self.notify(f"Coverage report written to {path}", title="Exported", timeout=6)

    def action_close(self) -> None:
        """Back to the diff."""
        self._leave(None)

    def _leave(self, choice: CoverageChoice | None) -> None:
        # Keys pressed twice quickly (Enter Enter, Esc Enter) reach the view after it
        # has been dismissed: only the first one leaves.
        if self.is_active:
            self.dismiss(choice)
