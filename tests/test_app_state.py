"""The app's state: the pair read is a reactive, caches are bounded, one table of row marks."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from conftest import run_async, settle
from newsdiff.core.model import Corpus, RowKind
from newsdiff.render import console
from newsdiff.render.marks import (
    PARTIAL_MARK,
    PARTIAL_MEANING,
    REMOVED_MARK,
    ROW_MARKS,
    marks_legend,
)
from newsdiff.tui.app import NewsdiffApp, key_sections
from newsdiff.tui.lru_cache import LruCache
from newsdiff.tui.screens.help import help_text
from newsdiff.tui.screens.reading import COMPARISON_CACHE_SIZE, ReadingScreen
from newsdiff.tui.widgets.diff_view import DiffView
from newsdiff.tui.widgets.legend import SHORT_MARKS
from newsdiff.tui.widgets.source_list import SourceList

SIZE = (120, 36)


def test_lru_cache_drops_the_least_recently_used() -> None:
    cache: LruCache[str, int] = LruCache(2)
    cache["a"] = 1
    cache["b"] = 2
    assert cache.get("a") == 1  # reading "a" makes "b" the oldest
    cache["c"] = 3
    assert list(cache) == ["a", "c"]
    assert "b" not in cache and len(cache) == 2
    assert "a" in cache and list(cache) == ["a", "c"]  # membership is not a use
    with pytest.raises(ValueError):
        LruCache(0)


def test_one_table_of_row_marks_for_console_help_and_app() -> None:
    legend = marks_legend(", ")
    assert legend == "~ changed, ↕ moved, − only in A, + only in B"
    out = io.StringIO()
    Console(file=out, width=200, force_terminal=False).print(console.legend(markers=True))
    assert marks_legend("  ", partial=True) in out.getvalue()
    assert f"{PARTIAL_MARK} {PARTIAL_MEANING}" in out.getvalue()
    help_plain = help_text(key_sections()).plain
    assert marks_legend("; ", partial=True, removed=True) in help_plain
    assert f"{REMOVED_MARK} removed boilerplate" in help_plain
    assert f"{PARTIAL_MARK} {PARTIAL_MEANING}" in help_plain
    assert SHORT_MARKS == "↕ moved  − only A  + only B  ≈ partial  × removed"


def _gutter_marks(view: DiffView) -> set[str]:
    return {view.render_line(y).text[:1] for y in range(view.size.height)}


@run_async
async def test_the_diff_gutter_uses_the_shared_marks(corpus: Corpus) -> None:
    app = NewsdiffApp(corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        view = app.screen.query_one(DiffView)
        assert view.comparison is not None
        kinds = {view.comparison.rows[d.index].kind for d in view.display_rows}
        assert RowKind.ONLY_B in kinds
        view.scroll_to(y=0, animate=False, immediate=True)
        seen: set[str] = set()
        for top in range(0, view.line_count, max(view.size.height, 1)):
            view.scroll_to(y=top, animate=False, immediate=True)
            await pilot.pause()
            seen |= _gutter_marks(view)
        assert {ROW_MARKS[k] for k in kinds} - {" "} <= seen


@run_async
async def test_setting_the_pair_marks_a_and_b_in_the_source_list(corpus: Corpus) -> None:
    app = NewsdiffApp(corpus)
    story = corpus.stories[0]
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, ReadingScreen)
        sources = screen.query_one(SourceList)
        screen.pair = (story.sources[2], story.sources[0])
        labels = [str(sources.get_option_at_index(i).prompt) for i in range(len(story.sources))]
        assert labels[2].startswith("A ") and labels[0].startswith("B ")
        assert not labels[1].startswith(("A ", "B "))


@run_async
async def test_the_comparison_cache_is_bounded(corpus: Corpus) -> None:
    app = NewsdiffApp(corpus)
    story = corpus.stories[0]
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, ReadingScreen)
        assert isinstance(screen.cache, LruCache)
        assert screen.cache.size == COMPARISON_CACHE_SIZE
        comparison = next(iter(screen.cache.values()))
        for n in range(COMPARISON_CACHE_SIZE + 5):
            screen.cache[(f"story{n}", "a", "", "b", "")] = comparison
        assert len(screen.cache) == COMPARISON_CACHE_SIZE
        screen.open_pair(story, story.sources[0], story.sources[1])  # evicted: compared again
        await settle(app, pilot)
        assert screen.query_one(DiffView).comparison is not None
