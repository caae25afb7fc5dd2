"""The coverage view (`v`): facts × sources and shared wording per pair, driven through Pilot.

Expected values come from `story_coverage` itself, never from the sample
articles, so the checks hold for any corpus.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from rich.text import Text

from conftest import run_async, settle
from newsdiff.core.model import Corpus, FactKind, Source, Story
from newsdiff.core.stories.coverage import Coverage, pair_rows, story_coverage
from newsdiff.tui.app import NewsdiffApp
from newsdiff.tui.screens.coverage import (
    CoverageScreen,
    coverage_key,
    locate_facts,
    pair_for_fact,
)
from newsdiff.tui.screens.reading import ReadingScreen
from newsdiff.tui.widgets.compare_pane import ComparePane
from newsdiff.tui.widgets.coverage_tables import (
    ABSENT,
    CARRIED,
    ONLY_ONE,
    FactMatrix,
    PairTable,
    shared_bar,
    short_outlet,
)

SIZE = (160, 45)


@pytest.fixture(scope="module")
def seed_coverage(corpus: Corpus) -> Coverage:
    return story_coverage(corpus.stories[0].sources)


def coverage_screen(app: NewsdiffApp) -> CoverageScreen:
    screen = app.screen
    assert isinstance(screen, CoverageScreen)
    return screen


def screen_text(app: NewsdiffApp) -> str:
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


def two_sources(tmp_path: Path, a: Source, b: Source, title: str = "Two") -> NewsdiffApp:
    return NewsdiffApp(Corpus(str(tmp_path), (Story("s", title, "", (a, b)),)))


# -- pure parts ----------------------------------------------------------------


def test_short_outlet_drops_a_trailing_parenthesis_and_cuts() -> None:
    assert short_outlet("Krone (translated from German)") == "Krone"
    assert short_outlet("Berliner Tageblatt", 10) == "Berliner…"
    assert len(short_outlet("x" * 40, 10)) == 10
    assert short_outlet("(only brackets)", 20) == "(only brackets)"
    assert "\x1b" not in short_outlet("Evil\x1b[31m")


def test_shared_bar_is_fixed_width_and_grows_with_the_score() -> None:
    bars = [shared_bar(x / 10, 8) for x in range(11)]
    assert all(len(bar) == 8 for bar in bars)
    assert bars[0].strip() == "" and bars[-1] == "█" * 8
    filled = [len(bar.rstrip()) for bar in bars]
    assert filled == sorted(filled)


def test_pair_for_fact_sets_a_carrier_against_a_source_without_it() -> None:
    assert pair_for_fact([False, True, False], [-1, 7, -1]) == (1, 0, 7)
    # Everyone carries it: the next carrier is B.
    assert pair_for_fact([True, True, True], [3, 4, 5]) == (0, 1, 3)
    # A carrier whose sentence is known is preferred as A.
    assert pair_for_fact([True, True, False], [-1, 2, -1]) == (1, 2, 2)


def test_pair_rows_name_the_same_pairs_as_the_coverage(seed_coverage: Coverage) -> None:
    rows = pair_rows(seed_coverage)
    n = len(seed_coverage.sources)
    assert len(rows) == n * (n - 1) // 2
    scores = [r.score for r in rows]
    assert scores == sorted(scores, reverse=True)
    closest, different = seed_coverage.closest(), seed_coverage.most_different()
    assert closest is not None and different is not None
    (top,) = [r for r in rows if r.closest]
    (bottom,) = [r for r in rows if r.most_different]
    ids = seed_coverage.sources
    assert (ids[top.s], ids[top.t]) == closest[:2]
    assert (ids[bottom.s], ids[bottom.t]) == different[:2]
    for group in seed_coverage.copy_groups():
        members = {ids.index(sid) for sid in group}
        for r in rows:
            if r.s in members and r.t in members:
                assert r.same_copy


def test_located_facts_point_at_a_sentence_that_states_them(
    corpus: Corpus, seed_coverage: Coverage
) -> None:
    from newsdiff.core.compare import analyse

    sources = corpus.stories[0].sources
    where = locate_facts(seed_coverage, sources)
    located = 0
    for f, row in enumerate(where):
        for s, sentence in enumerate(row):
            if sentence < 0:
                continue
            assert seed_coverage.carried[f][s]
            texts = analyse(sources[s]).side.sentences
            assert 0 <= sentence < len(texts)
            located += 1
    carried = sum(sum(row) for row in seed_coverage.carried)
    # Nearly every carried fact is found again (a few labels fold differently).
    assert located >= 0.9 * carried


# -- the app -------------------------------------------------------------------


@run_async
async def test_v_shows_every_source_and_fact_of_the_story(
    corpus: Corpus, seed_coverage: Coverage
) -> None:
    app = NewsdiffApp(corpus)
    story = corpus.stories[0]
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("v")
        screen = coverage_screen(app)
        await settle(app, pilot)
        assert screen.result is not None
        facts = screen.query_one(FactMatrix)
        assert facts.has_focus
        labels = [str(c.label) for c in facts.columns.values()]
        assert labels[3:] == [short_outlet(s.outlet) for s in story.sources]
        assert facts.row_count == len(seed_coverage.facts)
        for r in range(facts.row_count):
            cells = facts.get_row_at(r)
            carried = seed_coverage.carried[r]
            label = seed_coverage.facts[r]
            assert label.startswith(cells[0].plain.rstrip("…"))
            assert cells[2].plain == str(sum(carried))
            unique = sum(carried) == 1
            marks = [c.plain for c in cells[3:]]
            assert marks == [(ONLY_ONE if unique else CARRIED) if on else ABSENT for on in carried]
        # One-source facts are drawn apart from the others.
        styles = {
            sum(seed_coverage.carried[r]) == 1: facts.get_row_at(r)[0].style
            for r in range(facts.row_count)
        }
        assert styles[True] != styles[False]
        pairs = screen.query_one(PairTable)
        assert pairs.row_count == len(seed_coverage.pairs())
        text = screen_text(app)
        closest = seed_coverage.closest()
        assert closest is not None
        outlet = {s.id: s.outlet for s in story.sources}
        assert f"{outlet[closest[0]]} ⇄ {outlet[closest[1]]} {closest[2]:.0%}" in text
        assert "▲ closest" in text and "▼ most different" in text
        if seed_coverage.copy_groups():
            assert "Same copy: " in text
        assert f"Facts × sources ({len(seed_coverage.facts)})" in text


@run_async
async def test_escape_q_and_v_close_the_view_and_reopening_uses_the_cache(
    corpus: Corpus,
) -> None:
    app = NewsdiffApp(corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        reading = app.screen
        assert isinstance(reading, ReadingScreen)
        await pilot.press("v")
        await settle(app, pilot)
        assert coverage_key(corpus.stories[0]) in reading.coverages
        for key in ("escape", "q", "v"):
            assert isinstance(app.screen, CoverageScreen)
            await pilot.press(key)
            await pilot.pause()
            assert app.screen is reading, key
            assert not app._exit
            await pilot.press("v")
            await pilot.pause()
            # Cached: shown at once, no worker started.
            assert coverage_screen(app).result is not None
            assert not [w for w in app.workers if w.group == "coverage"]


@run_async
async def test_u_lists_only_the_facts_one_source_carries(
    corpus: Corpus, seed_coverage: Coverage
) -> None:
    app = NewsdiffApp(corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("v")
        await settle(app, pilot)
        facts = coverage_screen(app).query_one(FactMatrix)
        await pilot.press("u")
        unique = [f for f, row in enumerate(seed_coverage.carried) if sum(row) == 1]
        assert facts.rows_shown == unique
        await pilot.press("u")
        assert facts.row_count == len(seed_coverage.facts)


@run_async
async def test_enter_on_a_pair_reads_it(corpus: Corpus, seed_coverage: Coverage) -> None:
    app = NewsdiffApp(corpus)
    story = corpus.stories[0]
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("v")
        await settle(app, pilot)
        await pilot.press("tab")
        pairs = coverage_screen(app).query_one(PairTable)
        assert pairs.has_focus
        await pilot.press("down")
        second = pair_rows(seed_coverage)[1]
        shown = screen_text(app)
        assert "Enter reads this pair" in shown
        # Focus restyles the table; its columns keep their widths.
        assert "▲ closest" in shown and "▼ most different" in shown
        await pilot.press("enter")
        await settle(app, pilot)
        reading = app.screen
        assert isinstance(reading, ReadingScreen)
        assert reading.pair == (story.sources[second.s], story.sources[second.t])
        comparison = reading.query_one(ComparePane).comparison
        assert comparison is not None and comparison.a.id == story.sources[second.s].id


@run_async
async def test_enter_on_a_fact_puts_the_cursor_on_its_sentence(
    corpus: Corpus, seed_coverage: Coverage
) -> None:
    app = NewsdiffApp(corpus)
    story = corpus.stories[0]
    where = locate_facts(seed_coverage, story.sources)
    # A fact one source carries, stated far down that source (off the first screen).
    f = max(
        (f for f, row in enumerate(seed_coverage.carried) if sum(row) == 1 and not row[0]),
        key=lambda f: max(where[f]),
    )
    s = seed_coverage.carried[f].index(True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("v")
        await settle(app, pilot)
        facts = coverage_screen(app).query_one(FactMatrix)
        facts.move_cursor(row=f)
        await pilot.press("enter")
        await settle(app, pilot)
        reading = app.screen
        assert isinstance(reading, ReadingScreen)
        assert reading.pair is not None and reading.pair[0] is story.sources[s]
        view = reading.query_one(ComparePane).view
        comparison = view.comparison
        assert comparison is not None and comparison.a.id == story.sources[s].id
        assert view.cursor_row >= 0
        row = comparison.rows[view.display_rows[view.cursor_row].index]
        assert where[f][s] in row.a
        assert view.has_focus
        layout = view._ensure_layout()
        assert layout is not None
        top = layout.tops[view.cursor_row]
        y = round(view.scroll_offset.y)
        assert y > 0 and y <= top < y + view.scrollable_content_region.height


@run_async
async def test_a_two_source_story_has_one_pair(tmp_path: Path) -> None:
    text = "Anna Berg met Ivan Petrov in Oslo on Monday. They spoke for 40 minutes.\n"
    a = Source("a", "First Daily", "a.txt", text)
    b = Source("b", "Second Post", "b.txt", text.replace("Oslo", "Bergen") + "Rain fell.\n")
    expected = story_coverage((a, b))
    app = two_sources(tmp_path, a, b)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("v")
        await settle(app, pilot)
        screen = coverage_screen(app)
        assert screen.has_class("-narrow")
        pairs = screen.query_one(PairTable)
        assert pairs.row_count == 1
        assert pairs.pairs[0].closest and not pairs.pairs[0].most_different
        facts = screen.query_one(FactMatrix)
        assert facts.row_count == len(expected.facts)
        text = screen_text(app)
        assert "most different" not in text
        assert "First Daily" in text and "Second Post" in text
        assert expected.facts
        for label in expected.facts:
            assert label in text


@run_async
async def test_hostile_outlets_titles_and_facts_are_shown_literally(tmp_path: Path) -> None:
    text = (
        'The minister Ivan Petrov said "we will [bold]win[/bold] this war very soon" '
        "on Monday in Moscow. He left \x1b[2J early.\n"
    )
    a = Source("a", "[red]Evil[/red]", "a.txt", text)
    b = Source("b", "Plain \x1b[31mPost", "b.txt", text.replace("Monday", "Tuesday"))
    app = two_sources(tmp_path, a, b, title="[blink]Title[/blink] \u202eflip")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("v")
        await settle(app, pilot)
        shown = screen_text(app)
        assert "[blink]Title[/blink]" in shown
        assert "\\u202e" in shown and "\u202e" not in shown
        assert "[red]Evil[/red] ⇄ Plain \\x1b[31mPost" in shown  # the summary
        assert "[red]Evil…" in shown  # a column header
        assert "we will [bold]win[/bold]" in shown
        assert "\x1b" not in shown
        facts = coverage_screen(app).query_one(FactMatrix)
        for r in range(facts.row_count):
            assert all(isinstance(cell, Text) for cell in facts.get_row_at(r))


@run_async
async def test_a_failing_engine_becomes_a_notification(
    corpus: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newsdiff.core.stories.coverage as coverage_module

    def broken(sources: object) -> Coverage:
        raise ValueError("coverage exploded")

    app = NewsdiffApp(corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        monkeypatch.setattr(coverage_module, "story_coverage", broken)
        await pilot.press("v")
        await settle(app, pilot)
        screen = coverage_screen(app)
        assert screen.result is None
        assert any("coverage exploded" in n.message for n in app._notifications)
        assert "could not be computed" in screen_text(app)
        assert not screen.query_one("#coverage-body").loading
        monkeypatch.undo()
        await pilot.press("escape")
        await pilot.press("v")  # nothing was cached: it computes again, and works
        await settle(app, pilot)
        assert coverage_screen(app).result is not None


@run_async
async def test_the_ui_stays_live_while_coverage_is_computed(
    corpus: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newsdiff.tui.screens.coverage as screen_module

    gate = threading.Event()
    real = screen_module.compute_story_coverage

    def slow(sources: Any) -> Any:
        gate.wait(10)
        return real(sources)

    monkeypatch.setattr(screen_module, "compute_story_coverage", slow)
    app = NewsdiffApp(corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("v")
        await pilot.pause()
        screen = coverage_screen(app)
        assert screen.result is None
        assert screen.query_one("#coverage-body").loading
        assert "Comparing every pair of 5 sources" in screen_text(app)
        # The event loop is not blocked: the view closes while the worker still runs.
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ReadingScreen)
        gate.set()
        reading = app.screen
        # The closed view's worker is no longer listed: wait for its result instead.
        for _ in range(600):
            if coverage_key(corpus.stories[0]) in reading.coverages:
                break
            await pilot.pause(0.05)
        # The result was kept although nobody was looking: reopening is instant.
        assert coverage_key(corpus.stories[0]) in reading.coverages
        await pilot.press("v")
        await pilot.pause()
        assert coverage_screen(app).result is not None
        assert not coverage_screen(app).query_one("#coverage-body").loading


@run_async
async def test_palette_and_help_list_the_coverage_view(corpus: Corpus) -> None:
    from newsdiff.tui.app import key_sections
    from newsdiff.tui.screens.help import help_text

    assert "  v " in help_text(key_sections()).plain
    app = NewsdiffApp(corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        footer = app.screen._compositor.render_strips()[-1].text
        assert "Coverage" in footer
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Coverage of this story")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await settle(app, pilot)
        assert coverage_screen(app).result is not None


@run_async
async def test_a_new_theme_recolours_the_matrix(corpus: Corpus) -> None:
    app = NewsdiffApp(corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        app.theme = "textual-dark"
        await pilot.press("v")
        await settle(app, pilot)
        facts = coverage_screen(app).query_one(FactMatrix)
        before = facts.get_row_at(0)[3].style
        app.theme = "solarized-light"
        await settle(app, pilot)
        after = facts.get_row_at(0)[3].style
        assert before != after


def test_kinds_stay_short_enough_for_their_column() -> None:
    from newsdiff.tui.widgets.coverage_tables import KIND_NAMES, KIND_WIDTH

    assert all(len(KIND_NAMES.get(kind, kind.value)) <= KIND_WIDTH for kind in FactKind)
