"""`e` writes the report of what is on screen: the pair's, or the story's coverage."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from conftest import run_async, settle
from newsdiff.core.model import Corpus
from newsdiff.tui.app import NewsdiffApp
from newsdiff.tui.screens.coverage import CoverageScreen

SIZE = (120, 36)


@run_async
async def test_e_writes_the_pair_report_and_names_it(
    corpus: Corpus, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    app = NewsdiffApp(corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("e")
        await pilot.pause()
        (report,) = tmp_path.glob("newsdiff-*.html")
        messages = [n.message for n in app._notifications]
        assert any(str(report.name) in m for m in messages), messages
        page = report.read_text(encoding="utf-8")
        a, b = app.screen.pair
        assert html.escape(a.outlet) in page and html.escape(b.outlet) in page
        await pilot.press("e")  # a second export never overwrites the first
        await pilot.pause()
        assert len(list(tmp_path.glob("newsdiff-*.html"))) == 2


@run_async
async def test_e_in_the_coverage_view_writes_the_story_report(
    corpus: Corpus, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    app = NewsdiffApp(corpus)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("v")
        for _ in range(200):
            await pilot.pause(0.05)
            if isinstance(app.screen, CoverageScreen) and app.screen.result is not None:
                break
        assert isinstance(app.screen, CoverageScreen)
        await pilot.press("e")
        await pilot.pause()
        (report,) = tmp_path.glob("newsdiff-coverage-*.html")
        assert corpus.stories[0].title.split()[0] in report.read_text(encoding="utf-8")
