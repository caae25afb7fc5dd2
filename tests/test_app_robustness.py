"""The app under trouble: keys pressed twice, tiny terminals, many bad files, failing
engines, quitting mid-work. Driven through Textual's Pilot."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from textual import events

from conftest import run_async, settle
from newsdiff.core.model import Comparison, Corpus, Source, Story
from newsdiff.tui.app import PROBLEMS_SHOWN, NewsdiffApp
from newsdiff.tui.screens.coverage import CoverageScreen
from newsdiff.tui.screens.reading import ReadingScreen
from newsdiff.tui.widgets.coverage_tables import FactMatrix, PairTable
from newsdiff.tui.widgets.diff_view import DiffView

SIZE = (120, 36)
CONTROLS = {chr(c) for c in (*range(0x20), *range(0x7F, 0xA0))} - {"\n"}
"""Characters no notification may carry (newlines separate its lines)."""
HOSTILE = "\x1b]2;PWN\x07 [red]x[/] \x1b[41m\u009b"


def screen_text(app: NewsdiffApp) -> str:
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


def messages(app: NewsdiffApp) -> list[str]:
    return [f"{n.title}\n{n.message}" for n in app._notifications]


# -- coverage view: Enter twice ------------------------------------------------


@run_async
@pytest.mark.parametrize("table", [PairTable, FactMatrix])
async def test_enter_twice_in_the_coverage_view_leaves_it_once(
    corpus: Corpus, table: type[PairTable] | type[FactMatrix]
) -> None:
    app = NewsdiffApp(corpus)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        await pilot.press("v")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, CoverageScreen) and screen.result is not None
        widget = screen.query_one(table)
        widget.focus()
        await pilot.pause()
        # Both keys are queued before the first is handled: as typed quickly.
        app.post_message(events.Key("enter", "\r"))
        app.post_message(events.Key("enter", "\r"))
        await settle(app, pilot)
        assert isinstance(app.screen, ReadingScreen)
        assert app.screen.query_one(DiffView).comparison is not None


# -- tiny terminals ------------------------------------------------------------


@run_async
async def test_terminals_twelve_columns_wide_or_less_work(corpus: Corpus) -> None:
    app = NewsdiffApp(corpus)
    async with app.run_test(size=(12, 24)) as pilot:
        await settle(app, pilot)
        for key in ("f", "tab", "tab", "v"):
            await pilot.press(key)
            await settle(app, pilot)
        await pilot.press("escape")
        for width in range(1, 14):
            for height in (3, 24):
                await pilot.resize_terminal(width, height)
                await pilot.pause()
        await pilot.resize_terminal(*SIZE)
        await settle(app, pilot)
        assert app.screen.query_one(DiffView).comparison is not None


# -- many files that cannot be read --------------------------------------------


@run_async
async def test_many_load_problems_make_one_summary_notification(corpus: Corpus) -> None:
    problems = tuple(f"/corpus/f{n}.txt: looks like binary data, not text" for n in range(1000))
    app = NewsdiffApp(Corpus(corpus.root, corpus.stories, problems))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        (only,) = app._notifications
        assert only.title == "1,000 problems while loading"
        lines = only.message.split("\n")
        assert lines == [*problems[:PROBLEMS_SHOWN], f"… and {1000 - PROBLEMS_SHOWN:,} more"]


# -- outside text in notifications ---------------------------------------------


@run_async
async def test_notifications_never_carry_escapes_or_markup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newsdiff.core.compare as compare_module
    import newsdiff.tui.screens.coverage as coverage_module

    def broken(*args: object) -> Any:
        raise ValueError(f"engine exploded {HOSTILE}")

    text = "The minister said it on Monday. She left early today.\n"
    a = Source("a", f"Out{HOSTILE}", "a.txt", text)
    b = Source("b", f"Other{HOSTILE}", "b.txt", text.replace("early", "late"))
    c = Source("c", "Third", "c.txt", text.replace("Monday", "Tuesday"))
    story = Story("s", f"Title{HOSTILE}", "2024-01-01", (a, b, c))
    problems = (f"bad{HOSTILE}.txt: looks like binary data, not text",)
    monkeypatch.setattr(compare_module, "compare", broken)
    monkeypatch.setattr(coverage_module, "compute_story_coverage", broken)
    app = NewsdiffApp(Corpus(str(tmp_path), (story,), problems))
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        await pilot.press("tab", "tab", "down", "down", "enter")  # the sources: A, compared
        await pilot.press("up", "enter")  # B: compared, and failing
        await settle(app, pilot)
        await pilot.press("v")  # coverage, failing too
        await settle(app, pilot)
        shown = messages(app)
        titles = [n.title for n in app._notifications]
        assert "1 problem while loading" in titles
        assert "Comparison failed" in titles and "Coverage failed" in titles
        assert any("Could not compare Out" in m for m in shown)
        for message in shown:
            assert not CONTROLS & set(message), message
        # Markup is shown as typed, and escapes as visible text.
        assert all("[red]x[/]" in m and "\\x1b]2;PWN\\x07" in m for m in shown[1:])
        assert "\\x1b]2;PWN\\x07 [red]x[/]" in screen_text(app)


# -- quitting mid-work ---------------------------------------------------------


@run_async
async def test_quitting_does_not_wait_for_a_comparison(
    corpus: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newsdiff.core.compare as compare_module

    gate, running, finished = threading.Event(), threading.Event(), threading.Event()
    daemon: list[bool] = []

    def slow(a: object, b: object) -> Comparison:
        daemon.append(threading.current_thread().daemon)
        running.set()
        gate.wait(30)
        finished.set()
        raise ValueError("too late")

    monkeypatch.setattr(compare_module, "compare", slow)
    try:
        app = NewsdiffApp(corpus)
        async with app.run_test(size=SIZE) as pilot:
            for _ in range(200):
                if running.is_set():
                    break
                await pilot.pause(0.05)
            assert running.is_set()
            await pilot.press("q")
        # The app is gone while the engine still works: quitting did not wait for it,
        # and the process will not either (it never waits for a daemon thread).
        assert not finished.is_set()
        assert daemon == [True]
        assert app.return_code == 0
    finally:
        gate.set()


@run_async
async def test_quitting_does_not_wait_for_the_coverage(
    corpus: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newsdiff.tui.screens.coverage as coverage_module

    gate, running, finished = threading.Event(), threading.Event(), threading.Event()
    daemon: list[bool] = []

    def slow(sources: object) -> Any:
        daemon.append(threading.current_thread().daemon)
        running.set()
        gate.wait(30)
        finished.set()
        raise ValueError("too late")

    monkeypatch.setattr(coverage_module, "compute_story_coverage", slow)
    try:
        app = NewsdiffApp(corpus)
        async with app.run_test(size=SIZE) as pilot:
            await settle(app, pilot)
            await pilot.press("v")
            for _ in range(200):
                if running.is_set():
                    break
                await pilot.pause(0.05)
            assert running.is_set()
            await pilot.press("escape", "q")
        assert not finished.is_set()
        assert daemon == [True]
    finally:
        gate.set()
