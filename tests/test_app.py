"""The reading app, driven through Textual's Pilot: keys in, state out.

Also the pure parts the app is built on (wrapping, row layout, cell text), which
need no terminal.
"""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pytest
from rich.cells import cell_len
from rich.console import Console
from rich.style import Style

from conftest import run_async, settle
from newsdiff.core.model import (
    Change,
    ChangeKind,
    Closeness,
    Comparison,
    Corpus,
    RemovedLine,
    Row,
    RowKind,
    Sentence,
    Side,
    Source,
    Story,
)
from newsdiff.core.stories.labels import source_name
from newsdiff.render import console
from newsdiff.render.rich_text import cell_text, highlight_matches, legend_text
from newsdiff.tui.app import NewsdiffApp
from newsdiff.tui.diff_layout import (
    DisplayKind,
    build_display_rows,
    build_stops,
    column_widths,
    wrap_rows,
    wrap_spans,
)
from newsdiff.tui.screens.help import HelpScreen
from newsdiff.tui.screens.reading import ReadingScreen
from newsdiff.tui.widgets.compare_pane import ComparePane
from newsdiff.tui.widgets.diff_view import DiffView
from newsdiff.tui.widgets.facts_panel import FactsPanel
from newsdiff.tui.widgets.legend import Legend
from newsdiff.tui.widgets.side_header import SideHeader, fit_label
from newsdiff.tui.widgets.source_list import SourceList
from newsdiff.tui.widgets.story_list import StoryList, fit_title

SIZE = (120, 36)


def reading(app: NewsdiffApp) -> ReadingScreen:
    screen = app.screen
    assert isinstance(screen, ReadingScreen)
    return screen


def view_of(app: NewsdiffApp) -> DiffView:
    return app.screen.query_one(DiffView)


# -- pure parts ----------------------------------------------------------------


def _side(sid: str, texts: list[str], removed: tuple[RemovedLine, ...] = ()) -> Side:
    sentences = tuple(Sentence(t, 0, i) for i, t in enumerate(texts))
    return Side(sid, sid.upper(), "", sentences, removed)


def small_comparison() -> Comparison:
    a = _side(
        "a",
        ["A concert in his honor.", "Only A says this.", "Same here."],
        (RemovedLine("Text size: A A A", "text size control", 1),),
    )
    b = _side("b", ["A concert in his honour.", "Same here.", "Only B says that."])
    rows = (
        Row(
            RowKind.CHANGED,
            (0,),
            (0,),
            0.9,
            (Change(ChangeKind.SPELLING, "honor", "honour", (17, 22), (17, 23)),),
        ),
        Row(RowKind.ONLY_A, (1,), (), 0.0),
        Row(RowKind.SAME, (2,), (1,), 1.0),
        Row(RowKind.ONLY_B, (), (2,), 0.0),
    )
    return Comparison(a, b, 0.8, rows)


def test_wrap_spans_fit_the_width_and_keep_every_word() -> None:
    text = "Putin will travel to North Korea on Tuesday for a rare visit " * 5
    for width in (7, 20, 33):
        spans = wrap_spans(text, width)
        assert all(end - start <= width for start, end in spans)
        assert " ".join(text[s:e] for s, e in spans).split() == text.split()


def test_wrap_spans_cut_words_longer_than_a_line() -> None:
    spans = wrap_spans("x" * 25, 10)
    assert [e - s for s, e in spans] == [10, 10, 5]


def test_cell_text_styles_the_changed_words_per_kind() -> None:
    comparison = small_comparison()
    spelling = Style(underline=True)
    cell = cell_text(comparison, comparison.rows[0], "b", {ChangeKind.SPELLING: spelling})
    assert cell.text.plain == "A concert in his honour."
    styled = [cell.text.plain[s.start : s.end] for s in cell.text.spans if s.style == spelling]
    assert styled == ["honour"]
    assert cell.change_starts == (17,)


def test_cell_text_never_parses_markup_and_shows_control_characters() -> None:
    nasty = "[bold red]boom[/] \x1b[31mred\x1b[0m \u202etxet"
    a = _side("a", [nasty])
    comparison = Comparison(a, _side("b", []), 0.0, (Row(RowKind.ONLY_A, (0,), (), 0.0),))
    text = cell_text(comparison, comparison.rows[0], "a", {}).text
    assert "[bold red]boom[/]" in text.plain
    assert "\x1b" not in text.plain and "\u202e" not in text.plain
    assert "\\x1b[31m" in text.plain
    assert not text.spans


def test_highlight_matches_is_case_insensitive() -> None:
    text = legend_text({}, None)
    assert highlight_matches(text, "TYPO", Style(bold=True)) == 1


def test_display_rows_place_removed_lines_and_stops() -> None:
    comparison = small_comparison()
    source_a = Source(
        "a", "A", "a.txt", "Text size: A A A\nA concert in his honor. Only A says this."
    )
    plain = build_display_rows(comparison)
    assert [d.kind for d in plain] == [DisplayKind.ROW] * 4
    shown = build_display_rows(comparison, show_removed=True, sources=(source_a, None))
    assert shown[0].kind is DisplayKind.REMOVED and shown[0].side == "a"
    assert len(shown) == 5
    stops = build_stops(comparison, plain)
    # the spelling change, the only-in-A row, the only-in-B row
    assert [(s.row, s.change) for s in stops] == [(0, 0), (1, -1), (3, -1)]
    layout = wrap_rows(plain, 10)
    assert layout.height == layout.tops[-1] > len(plain)
    assert layout.row_at(layout.tops[2]) == 2


# -- the app -------------------------------------------------------------------


@run_async
async def test_first_screen_shows_the_first_two_sources(corpus: Corpus) -> None:
    app = NewsdiffApp(corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        story = corpus.stories[0]
        assert reading(app).pair == (story.sources[0], story.sources[1])
        view = view_of(app)
        assert view.comparison is not None
        assert view.comparison.a.id == story.sources[0].id
        assert view.line_count > 0
        assert not view.loading
        footer = app.screen._compositor.render_strips()[-1].text
        for label in ("n Next", "v Coverage", "? Help", "q Quit"):
            assert label in footer


@run_async
async def test_the_footer_keeps_help_and_quit_in_80_columns(corpus: Corpus) -> None:
    app = NewsdiffApp(corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        footer = app.screen._compositor.render_strips()[-1].text
        for label in ("n Next", "p Prev", "f Facts", "/ Search", "v Coverage", "q Quit", "? Help"):
            assert label in footer


@run_async
async def test_a_new_theme_recolours_the_changes(corpus: Corpus) -> None:
    app = NewsdiffApp(corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        app.theme = "textual-dark"
        await pilot.pause()
        view = view_of(app)
        before = view.change_styles()[ChangeKind.SPELLING]
        app.theme = "solarized-light"
        await pilot.pause()
        await pilot.pause()
        after = view.change_styles()[ChangeKind.SPELLING]
        assert before.color != after.color


@run_async
async def test_n_and_p_move_the_current_change_into_view(corpus: Corpus) -> None:
    app = NewsdiffApp(corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        view = view_of(app)
        assert view.current == -1 and view.stops
        await pilot.press("n")
        assert view.current == 0
        for _ in range(min(8, len(view.stops) - 1)):
            await pilot.press("n")
        await pilot.pause()
        target = view.current
        assert target == min(8, len(view.stops) - 1)
        stop = view.stops[target]
        layout = view._ensure_layout()
        assert layout is not None
        top = layout.tops[stop.row]
        y = round(view.scroll_offset.y)
        assert y <= top < y + view.scrollable_content_region.height
        await pilot.press("p")
        assert view.current == target - 1
        assert "change" in str(app.screen.query_one(ComparePane).border_subtitle)


@run_async
async def test_s_swaps_the_sides(corpus: Corpus) -> None:
    app = NewsdiffApp(corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        a, b = reading(app).pair or (None, None)
        await pilot.press("s")
        await settle(app, pilot)
        assert reading(app).pair == (b, a)
        comparison = view_of(app).comparison
        assert comparison is not None and b is not None
        assert comparison.a.id == b.id


@run_async
async def test_enter_picks_a_then_b(corpus: Corpus) -> None:
    app = NewsdiffApp(corpus)
    story = corpus.stories[0]
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        sources = app.screen.query_one(SourceList)
        sources.focus()
        sources.highlighted = 2
        await pilot.press("enter")
        # A changes at once, B stays: the header and the diff follow.
        assert reading(app).pair == (story.sources[2], story.sources[1])
        await settle(app, pilot)
        assert "A" in str(sources.get_option_at_index(2).prompt)[:3]
        assert "B" in str(sources.get_option_at_index(1).prompt)[:3]
        await pilot.press("down", "enter")
        await settle(app, pilot)
        assert reading(app).pair == (story.sources[2], story.sources[3])
        comparison = view_of(app).comparison
        assert comparison is not None and comparison.b.id == story.sources[3].id


@run_async
async def test_clicking_a_source_picks_it(corpus: Corpus) -> None:
    app = NewsdiffApp(corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        sources = app.screen.query_one(SourceList)
        # The first two sources take two lines each (outlet, word count); the border one.
        assert await pilot.click(SourceList, offset=(5, 1 + 2 * 1))
        await pilot.pause()
        # The current B picked as A: the sides swap.
        story = corpus.stories[0]
        assert reading(app).pair == (story.sources[1], story.sources[0])
        assert sources.highlighted == 1


@run_async
async def test_clicking_a_story_opens_its_first_two_sources(corpus: Corpus) -> None:
    app = NewsdiffApp(corpus)
    story = corpus.stories[0]
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("s")
        await settle(app, pilot)
        assert reading(app).pair == (story.sources[1], story.sources[0])
        # Row 0 of the table sits under its border and header line.
        assert await pilot.click(StoryList, offset=(4, 2))
        await settle(app, pilot)
        assert reading(app).pair == (story.sources[0], story.sources[1])


@run_async
async def test_f_toggles_the_facts_panel_and_enter_jumps_to_the_fact(corpus: Corpus) -> None:
    app = NewsdiffApp(corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        pane = app.screen.query_one(ComparePane)
        panel = app.screen.query_one(FactsPanel)
        assert not pane.facts_visible and not panel.display
        await pilot.press("f")
        assert pane.facts_visible and panel.display
        view = view_of(app)
        comparison = view.comparison
        assert comparison is not None
        facts = comparison.facts
        if facts.only_a:
            panel.query_one("#facts-only-a").focus()
            await pilot.press("enter")
            await pilot.pause()
            assert view.cursor_row >= 0
            row = comparison.rows[view.display_rows[view.cursor_row].index]
            assert facts.only_a[0].sentence in row.a
        await pilot.press("f")
        assert not pane.facts_visible


@run_async
async def test_c_shows_removed_lines_in_place(corpus: Corpus) -> None:
    app = NewsdiffApp(corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        view = view_of(app)
        comparison = view.comparison
        assert comparison is not None
        removed = len(comparison.a.removed) + len(comparison.b.removed)
        assert removed > 0, "the sample articles carry boilerplate"
        before = view.line_count
        await pilot.press("c")
        shown = [d for d in view.display_rows if d.kind is DisplayKind.REMOVED]
        assert len(shown) == removed
        assert view.line_count > before
        await pilot.press("c")
        assert not any(d.kind is DisplayKind.REMOVED for d in view.display_rows)


@run_async
async def test_question_mark_opens_help_listing_every_key(corpus: Corpus) -> None:
    app = NewsdiffApp(corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        from newsdiff.tui.app import key_sections
        from newsdiff.tui.screens.help import help_text

        listed = help_text(key_sections()).plain
        for key in ("n ", "p ", "s ", "f ", "c ", "/ ", "? ", "q ", "ctrl+p", "tab"):
            assert f"  {key}" in listed, key
        await pilot.press("escape")
        assert isinstance(app.screen, ReadingScreen)


@run_async
async def test_slash_searches_and_enter_jumps_to_matches(corpus: Corpus) -> None:
    app = NewsdiffApp(corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        view = view_of(app)
        await pilot.press("slash")
        await pilot.press(*"kremlin")
        assert view.search_text == "kremlin"
        assert view.matches
        text = "\n".join(f"{r.a_plain}\n{r.b_plain}" for r in view.display_rows).casefold()
        total = text.count("kremlin")
        assert len(view.matches) == total > 1  # every occurrence, not every row
        bar = app.screen.query_one("#search")
        assert bar.border_subtitle == f"{total} found"
        await pilot.press("enter")
        assert bar.border_subtitle == f"1/{total}"
        first = view.matches[0]
        assert view.cursor_row == first.row
        await pilot.press("enter")
        assert bar.border_subtitle == f"2/{total}"
        assert view.cursor_row == view.matches[1].row
        await pilot.press("up", "up")  # back past the first: round to the last
        assert bar.border_subtitle == f"{total}/{total}"
        await pilot.press("down")
        assert bar.border_subtitle == f"1/{total}"
        await pilot.press("escape")
        assert view.search_text == "" and view.has_focus


@run_async
async def test_q_quits(corpus: Corpus) -> None:
    app = NewsdiffApp(corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("q")
        await pilot.pause()
        assert app._exit


@run_async
async def test_command_palette_swaps(corpus: Corpus) -> None:
    app = NewsdiffApp(corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        a, b = reading(app).pair or (None, None)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Swap A and B")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await settle(app, pilot)
        assert reading(app).pair == (b, a)
        story = corpus.stories[0]
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*f"Compare {story.sources[3].outlet} with {story.sources[2].outlet}")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await settle(app, pilot)
        assert reading(app).pair == (story.sources[3], story.sources[2])


@run_async
async def test_load_problems_and_compare_errors_are_notified(
    corpus: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newsdiff.core.compare as compare_module

    def broken(a: object, b: object) -> Comparison:
        raise ValueError("engine exploded")

    troubled = Corpus(corpus.root, corpus.stories, ("missing.txt: no such file",))
    monkeypatch.setattr(compare_module, "compare", broken)
    app = NewsdiffApp(troubled)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        messages = [n.message for n in app._notifications]
        assert "missing.txt: no such file" in messages
        assert any("engine exploded" in m for m in messages)
        assert view_of(app).comparison is None
        monkeypatch.undo()
        await pilot.press("s")  # the app still works once the engine does
        await settle(app, pilot)
        assert view_of(app).comparison is not None


@run_async
async def test_switching_quickly_never_shows_a_stale_diff(corpus: Corpus) -> None:
    app = NewsdiffApp(corpus)
    story = corpus.stories[0]
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = reading(app)
        screen.cache.clear()
        for a, b in [(1, 2), (2, 3), (3, 4), (4, 1)]:
            screen.open_pair(story, story.sources[a], story.sources[b])
        await settle(app, pilot)
        comparison = view_of(app).comparison
        assert comparison is not None
        assert (comparison.a.id, comparison.b.id) == (story.sources[4].id, story.sources[1].id)


@run_async
async def test_untrusted_titles_are_not_markup(tmp_path: Path) -> None:
    text = "The minister [bold]said[/bold] \x1b[2J it. She left early today.\n"
    a = Source("a", "[red]Evil[/red]", "a.txt", text)
    b = Source("b", "Plain", "b.txt", text.replace("early", "late"))
    story = Story("s", "[blink]Title[/blink]", "2024-01-01", (a, b))
    app = NewsdiffApp(Corpus(str(tmp_path), (story,)))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        lines = [s.text for s in app.screen._compositor.render_strips()]
        screen_text = "\n".join(lines)
        assert "[blink]Title" in screen_text
        assert "[red]Evil[/red] ⇄ Plain" in lines[0]  # the pane's border title
        assert "[bold]said[/bold]" in screen_text
        assert "\x1b" not in screen_text


@run_async
async def test_single_source_story_says_so(tmp_path: Path) -> None:
    a = Source("a", "Only", "a.txt", "One lonely article. Nothing to compare.")
    app = NewsdiffApp(Corpus(str(tmp_path), (Story("s", "Alone", "", (a,)),)))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert view_of(app).comparison is None
        assert "nothing to compare" in view_of(app).placeholder


@run_async
async def test_next_change_steps_through_a_thousand_rows() -> None:
    """`n` steps through a thousand-row pair one change at a time, every line drawable
    (its latency is measured in benchmarks/run.py, not here)."""
    texts = [
        f"Sentence number {i} says the minister met {i % 7} envoys today." for i in range(1000)
    ]
    changed = [t.replace("minister", "ministers") for t in texts]
    change = Change(ChangeKind.WORDING, "minister", "ministers", (26, 34), (26, 35))
    rows = tuple(Row(RowKind.CHANGED, (i,), (i,), 0.9, (change,)) for i in range(1000))
    comparison = Comparison(_side("a", texts), _side("b", changed), 0.9, rows)
    a = Source("a", "A", "a.txt", " ".join(texts))
    b = Source("b", "B", "b.txt", " ".join(changed))
    app = NewsdiffApp(Corpus("mem", (Story("s", "Big", "", (a, b)),)))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        pane = app.screen.query_one(ComparePane)
        pane.show(comparison, (a, b))
        await pilot.pause()
        view = view_of(app)
        for _ in range(40):
            # The app's own work for one `n`: move, then draw every visible line.
            view.next_change()
            assert all(view.render_line(y) is not None for y in range(view.size.height))
            await pilot.pause()
        assert view.current == 39


def test_side_labels_keep_the_word_count_when_the_column_is_narrow() -> None:
    label = ("Berliner Tageblatt", 686)
    assert fit_label("B", label, 60).rstrip() == " B Berliner Tageblatt  (686 words kept)"
    assert fit_label("B", label, 36).rstrip() == " B Berliner Tageblatt  (686 words)"
    assert fit_label("A", ("TAG24", 297), 20) == " A TAG24 (297 words)"
    assert fit_label("B", label, 22) == " B Berlin… (686 words)"
    wide = fit_label("A", ("東京新聞ニュース", 1200), 24)
    assert cell_len(wide) == 24 and wide.endswith("(1,200 words)")
    assert fit_label("A", None, 10) == " " * 10


@run_async
async def test_the_side_header_names_both_sides_alike(corpus: Corpus) -> None:
    app = NewsdiffApp(corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        line = app.screen.query_one(SideHeader).render().plain
        assert "TAG24" in line and "Berliner Tageblatt" in line
        assert line.count("words") == 2 and line.count("kept") in (0, 2)


@run_async
async def test_a_narrow_sidebar_narrows_the_titles_not_the_dates(corpus: Corpus) -> None:
    app = NewsdiffApp(corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("h")  # 80 columns start with the sidebar out of the way
        await pilot.pause()
        table = app.screen.query_one(StoryList)
        used = sum(column.get_render_width(table) for column in table.columns.values())
        assert used <= table.scrollable_content_region.width
        line = table.render_line(1).text  # the first story's first line
        assert "2024-06-17" in line


# -- keys wherever the focus is, Tab order, the footer ---------------------------


def footer_text(app: NewsdiffApp) -> str:
    return app.screen._compositor.render_strips()[-1].text


@run_async
async def test_reading_keys_work_wherever_the_focus_is(corpus: Corpus) -> None:
    app = NewsdiffApp(corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        pane = app.screen.query_one(ComparePane)
        view = view_of(app)
        for widget in (StoryList, SourceList):
            app.screen.query_one(widget).focus()
            await pilot.pause()
            current = view.current
            await pilot.press("n")
            assert view.current == current + 1
            assert "n Next" in footer_text(app) and "f Facts" in footer_text(app)
            await pilot.press("f")
            assert pane.facts_visible
            await pilot.press("f")
            assert not pane.facts_visible
            await pilot.press("c")
            assert view.show_removed
            await pilot.press("c")
            a, b = reading(app).pair or (None, None)
            await pilot.press("s")
            await settle(app, pilot)
            assert reading(app).pair == (b, a)


@run_async
async def test_tab_visits_stories_sources_diff_then_the_facts_once(corpus: Corpus) -> None:
    app = NewsdiffApp(corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("f")
        app.screen.query_one(StoryList).focus()
        await pilot.pause()
        visited = []
        for _ in range(5):
            focused = app.focused
            assert focused is not None
            visited.append(focused.id)
            await pilot.press("tab")
        assert visited == ["stories", "sources", "diff", "facts-only-a", "stories"]
        # Inside the facts panel, the arrows move between its three lists.
        app.screen.query_one("#facts-only-a").focus()
        await pilot.press("right")
        assert app.focused is not None and app.focused.id == "facts-only-b"
        await pilot.press("tab")
        assert app.focused is not None and app.focused.id == "stories"
        await pilot.press("shift+tab")
        assert app.focused is not None and app.focused.id == "facts-only-b"


@run_async
async def test_the_footer_hides_keys_that_do_not_apply(tmp_path: Path) -> None:
    lone = Source("lone", "Lone Outlet", "", "Only one article here. It has two sentences.")
    corpus = Corpus(str(tmp_path), (Story("s", "A story of one", "", (lone,)),))
    app = NewsdiffApp(corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        footer = footer_text(app)
        assert "n Next" not in footer and "f Facts" not in footer
        assert "q Quit" in footer and "h Sidebar" in footer
        await pilot.press("n", "f", "s")  # nothing to do: no error, nothing opens
        assert not app.screen.query_one(ComparePane).facts_visible


# -- picking ---------------------------------------------------------------------


@run_async
async def test_a_and_b_change_one_side_and_the_header_follows_at_once(corpus: Corpus) -> None:
    app = NewsdiffApp(corpus)
    story = corpus.stories[0]
    s = story.sources
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        sources = app.screen.query_one(SourceList)
        sources.focus()
        sources.highlighted = 3
        await pilot.press("b")
        assert reading(app).pair == (s[0], s[3])
        # Named at once, before the comparison is back.
        header = app.screen.query_one(SideHeader)
        assert header.b_label is not None and header.b_label[0] == source_name(s[3])
        await settle(app, pilot)
        sources.highlighted = 2
        await pilot.press("a")
        await settle(app, pilot)
        assert reading(app).pair == (s[2], s[3])
        comparison = view_of(app).comparison
        assert comparison is not None
        assert (comparison.a.id, comparison.b.id) == (s[2].id, s[3].id)
        marks = [str(sources.get_option_at_index(i).prompt)[:2].strip() for i in range(len(s))]
        assert marks[2] == "A" and marks[3] == "B" and marks.count("") == len(s) - 2
        # A source picked for the side the other one holds: the sides swap.
        sources.highlighted = 3
        await pilot.press("a")
        await settle(app, pilot)
        assert reading(app).pair == (s[3], s[2])


# -- finding: filter, sort, titles -----------------------------------------------------


def _story(sid: str, title: str, date: str, outlets: list[str], headline: str) -> Story:
    body = "The council met on Monday. It voted on the plan. Many people came to watch."
    sources = tuple(
        Source(f"{sid}-{n}", outlet, f"{sid}-{n}.txt", f"{headline} {n}\n\n{body}\n")
        for n, outlet in enumerate(outlets)
    )
    return Story(sid, title, date, sources)


def finding_corpus() -> Corpus:
    return Corpus(
        "",
        (
            _story("s1", "Bridge closes for repairs", "2024-03-01", ["Daily Post"], "Old bridge"),
            _story(
                "s2",
                "Harbour festival draws a record crowd of sailors and visitors this weekend",
                "2024-05-02",
                ["Coast Times", "Harbour Herald", "Sea News"],
                "Tall ships return",
            ),
            _story("s3", "Apple harvest starts early", "", ["Farm Weekly", "Daily Post"], "Apples"),
        ),
    )


def listed_ids(app: NewsdiffApp) -> list[str]:
    return [s.id for s in app.screen.query_one(StoryList).stories]


@run_async
async def test_slash_in_the_story_list_filters_as_you_type() -> None:
    app = NewsdiffApp(finding_corpus())
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        stories = app.screen.query_one(StoryList)
        stories.focus()
        await pilot.press("slash")
        assert app.focused is not None and app.focused.id == "story-filter"
        await pilot.press(*"daily")  # an outlet
        assert listed_ids(app) == ["s1", "s3"]
        assert "2 of 3" in str(stories.border_title)
        await pilot.press(*" apple")  # and a title word
        assert listed_ids(app) == ["s3"]
        await pilot.press(*["backspace"] * 11)
        await pilot.press(*"2024-05")  # a date
        assert listed_ids(app) == ["s2"]
        await pilot.press(*["backspace"] * 7, *"tall ships")  # a headline, read in a worker
        await settle(app, pilot)
        assert listed_ids(app) == ["s2"]
        # Enter goes to the list; Enter there opens the story.
        await pilot.press("enter", "enter")
        await settle(app, pilot)
        pair = reading(app).pair
        assert pair is not None and pair[0].id == "s2-0"
        # Esc in the box clears the filter.
        stories.focus()
        await pilot.press("slash", "escape")
        assert listed_ids(app) == ["s1", "s2", "s3"]
        # Elsewhere `/` searches the diff.
        view_of(app).focus()
        await pilot.press("slash")
        assert app.focused is not None and app.focused.id == "search"


@run_async
async def test_o_sorts_by_date_sources_and_title() -> None:
    app = NewsdiffApp(finding_corpus())
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        stories = app.screen.query_one(StoryList)
        stories.focus()
        await pilot.press("o")
        assert listed_ids(app) == ["s2", "s1", "s3"]  # newest first, undated last
        assert "newest first" in str(stories.border_title)
        await pilot.press("o")
        assert listed_ids(app) == ["s2", "s3", "s1"]  # most sources
        await pilot.press("o")
        assert listed_ids(app) == ["s3", "s1", "s2"]  # title
        await pilot.press("o")
        assert listed_ids(app) == ["s1", "s2", "s3"]


def test_long_titles_end_with_an_ellipsis() -> None:
    title = "Harbour festival draws a record crowd of sailors and visitors this weekend"
    lines = fit_title(title, 12).split("\n")
    assert len(lines) == 2 and lines[-1].endswith("…")
    assert all(cell_len(line) <= 12 for line in lines)
    assert fit_title("Short one", 12) == "Short one"
    assert fit_title("x\x1b[31m", 12) == "x\\x1b[31m"


# -- focus: sidebar, narrow screens, aligned only, kinds, partial rows ------------------


@run_async
async def test_h_hides_the_sidebar_and_the_diff_takes_the_width(corpus: Corpus) -> None:
    app = NewsdiffApp(corpus)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        view = view_of(app)
        sidebar = app.screen.query_one("#sidebar")
        narrow = view.size.width
        assert sidebar.display
        await pilot.press("h")
        await pilot.pause()
        assert not sidebar.display
        assert view.size.width > narrow + 30
        await pilot.press("h")
        await pilot.pause()
        assert sidebar.display and app.focused is app.screen.query_one(StoryList)


@run_async
async def test_80_columns_give_each_diff_column_35_characters_and_wrap_the_legend(
    corpus: Corpus,
) -> None:
    app = NewsdiffApp(corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        view = view_of(app)
        left, right = column_widths(view.scrollable_content_region.width)
        assert min(left, right) - 1 >= 35  # a cell keeps one space of padding
        legend = app.screen.query_one(Legend)
        assert legend.size.height >= 2
        shown = "".join(legend.render_line(y).text for y in range(legend.size.height))
        assert "7:wording" in shown and "punctuation" in shown
        # The stories come back with h, and opening one makes way for the diff again.
        await pilot.press("h")
        await pilot.pause()
        assert app.screen.query_one("#sidebar").display
        await pilot.press("enter")
        await settle(app, pilot)
        assert not app.screen.query_one("#sidebar").display and view.has_focus


@run_async
async def test_equals_shows_only_the_aligned_rows_and_back(corpus: Corpus) -> None:
    app = NewsdiffApp(corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        view = view_of(app)
        comparison = view.comparison
        assert comparison is not None
        kinds = [comparison.rows[r.index].kind for r in view.display_rows]
        assert RowKind.ONLY_A in kinds or RowKind.ONLY_B in kinds
        aligned = sum(k not in (RowKind.ONLY_A, RowKind.ONLY_B) for k in kinds)
        await pilot.press("equals_sign")
        kinds = [comparison.rows[r.index].kind for r in view.display_rows]
        assert len(kinds) == aligned and RowKind.ONLY_A not in kinds
        assert RowKind.ONLY_B not in kinds
        assert all(s.change >= 0 or kinds[s.row] is RowKind.MOVED for s in view.stops)
        await pilot.press("equals_sign")
        assert len(view.display_rows) == len(comparison.rows)


@run_async
async def test_a_digit_hides_a_kind_of_change_and_n_skips_it(corpus: Corpus) -> None:
    app = NewsdiffApp(corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        view = view_of(app)
        comparison = view.comparison
        assert comparison is not None

        def stop_kinds() -> set[ChangeKind]:
            return {
                comparison.rows[view.display_rows[s.row].index].changes[s.change].kind
                for s in view.stops
                if s.change >= 0
            }

        before = len(view.stops)
        assert ChangeKind.WORDING in stop_kinds()
        await pilot.press("7")  # wording
        assert ChangeKind.WORDING not in stop_kinds() and len(view.stops) < before
        assert view.hidden_kinds == {ChangeKind.WORDING}
        for _ in range(len(view.stops)):
            await pilot.press("n")
            stop = view.current_stop
            assert (stop is not None and stop.change >= 0) or stop is not None
            if stop.change >= 0:
                row = comparison.rows[view.display_rows[stop.row].index]
                assert row.changes[stop.change].kind is not ChangeKind.WORDING
        # The hidden kind is drawn plain, and struck out in the legend.
        assert ChangeKind.WORDING not in view.shown_change_styles()
        legend = app.screen.query_one(Legend).render()
        struck = [s for s in legend.spans if "strike" in str(s.style)]
        assert any(legend.plain[s.start : s.end] == "wording" for s in struck)
        await pilot.press("3", "0")  # punctuation too, then every kind back
        assert view.hidden_kinds == frozenset() and len(view.stops) == before


def _console_row_marks(comparison: Comparison) -> list[str]:
    """The two mark cells before each row of the console's side-by-side output."""
    out = io.StringIO()
    Console(file=out, width=120, color_system=None).print(
        console.side_by_side(comparison, markers=True)
    )
    lines = [line for line in out.getvalue().splitlines() if line.strip()]
    return [line[:2] for line in lines[1:]]  # after the titles; each row fits one line


@run_async
async def test_a_partial_row_carries_the_same_mark_in_the_app_and_the_console(
    corpus: Corpus,
) -> None:
    app = NewsdiffApp(corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        base = small_comparison()
        first = replace(base.rows[0], closeness=Closeness.PARTIAL)
        comparison = replace(base, rows=(first, *base.rows[1:]))
        app.screen.query_one(ComparePane).show(comparison, (None, None))
        await pilot.pause()
        view = view_of(app)
        layout = view._ensure_layout()
        assert layout is not None
        gutters = [view.render_line(layout.tops[r]).text[:2] for r in range(len(comparison.rows))]
        assert gutters == _console_row_marks(comparison)
        assert gutters[0] == "~≈"  # the partial CHANGED row
        assert gutters[2] == "  "  # the SAME row (full) has no mark
        # Both legends name the mark the rows carry.
        shown = app.screen.query_one(Legend).render().plain
        assert "≈ partial" in shown
        assert "≈ partial" in console.legend(markers=True).plain
