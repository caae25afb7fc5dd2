"""Regenerate the app screenshots in screenshots/*.svg from the sample corpus.

Run from the repository root:

    .venv/bin/python scripts/make_screenshots.py [--corpus seeds] [--out screenshots]

Each picture is taken headless at 160x45 (the `narrow-*` ones at 80x24) in the
textual-dark theme, after the first comparison has finished, with no toast left
on screen, so reruns give the same files.
"""

from __future__ import annotations

import argparse
import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path

from textual.pilot import Pilot

from newsdiff.core.stories.corpus import load_corpus
from newsdiff.tui.app import NewsdiffApp
from newsdiff.tui.widgets.compare_pane import ComparePane
from newsdiff.tui.widgets.coverage_tables import FactMatrix

SIZE = (160, 45)
NARROW = (80, 24)
THEME = "textual-dark"


async def _wait_for_comparison(pilot: Pilot[None]) -> None:
    await pilot.pause()
    for _ in range(600):
        if not any(w.is_running or w.state.name == "PENDING" for w in pilot.app.workers):
            break
        await pilot.pause(0.05)
    await pilot.pause()


async def _main_diff(pilot: Pilot[None]) -> None:
    await pilot.press("n", "n", "n")


async def _facts(pilot: Pilot[None]) -> None:
    await pilot.press("f")


async def _help(pilot: Pilot[None]) -> None:
    await pilot.press("question_mark")


async def _boilerplate(pilot: Pilot[None]) -> None:
    # Straight to the view rather than `c`, so no toast covers the picture.
    pilot.app.screen.query_one(ComparePane).view.set_show_removed(True)


async def _coverage(pilot: Pilot[None]) -> None:
    await pilot.press("v")
    await _wait_for_comparison(pilot)
    # Down to where the facts only one source carries begin, so both kinds show.
    facts = pilot.app.screen.query_one(FactMatrix)
    coverage = pilot.app.screen.result.coverage  # type: ignore[attr-defined]
    first = next((f for f, row in enumerate(coverage.carried) if sum(row) == 1), 0)
    facts.move_cursor(row=min(first + 8, facts.row_count - 1), animate=False)


async def _quiet(pilot: Pilot[None]) -> None:
    await _wait_for_comparison(pilot)
    pilot.app.clear_notifications()
    await pilot.pause()


async def _aligned_only(pilot: Pilot[None]) -> None:
    # Only the rows both sides have, punctuation changes hidden, on the first change left.
    await pilot.press("equals_sign", "3", "n")
    await _quiet(pilot)


async def _filter_and_pick(pilot: Pilot[None]) -> None:
    # Filter the stories, then set A, then B alone from the sources: both marks stay.
    await pilot.press(
        "tab", "slash", *"korea", "enter", "tab", "down", "a", "down", "down", "down", "b"
    )
    await _quiet(pilot)


async def _compare_with(pilot: Pilot[None]) -> None:
    await pilot.press("B")
    await _quiet(pilot)
    await pilot.press(*"kim jong")
    await pilot.pause()


async def _search(pilot: Pilot[None]) -> None:
    await pilot.press("slash", *"korea", "enter", "enter", "enter")
    await _quiet(pilot)


async def _narrow_sidebar(pilot: Pilot[None]) -> None:
    await pilot.press("h")
    await _quiet(pilot)


async def _nothing(pilot: Pilot[None]) -> None:
    return None


SHOTS: dict[str, Callable[[Pilot[None]], Awaitable[None]]] = {
    "main-diff": _main_diff,
    "facts-panel": _facts,
    "help": _help,
    "boilerplate": _boilerplate,
    "coverage": _coverage,
    "aligned-only": _aligned_only,
    "filter-and-pick": _filter_and_pick,
    "compare-with": _compare_with,
    "narrow-diff": _nothing,
    "narrow-search": _search,
    "narrow-sidebar": _narrow_sidebar,
}
"""File name (without .svg) and what to do before taking it."""


async def take(corpus_dir: Path, out_dir: Path) -> list[Path]:
    """Take every screenshot; returns the files written."""
    corpus = load_corpus(corpus_dir)
    written: list[Path] = []
    for name, prepare in SHOTS.items():
        app = NewsdiffApp(corpus)
        size = NARROW if name.startswith("narrow-") else SIZE
        async with app.run_test(size=size) as pilot:
            app.theme = THEME
            await _wait_for_comparison(pilot)
            await prepare(pilot)
            await pilot.pause()
            path = out_dir / f"{name}.svg"
            path.write_text(app.export_screenshot(title=f"newsdiff: {name}"), encoding="utf-8")
            written.append(path)
    return written


def main() -> None:
    """Parse arguments and write the screenshots."""
    root = Path(__file__).resolve().parent.parent
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=root / "seeds")
    parser.add_argument("--out", type=Path, default=root / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for path in asyncio.run(take(args.corpus, args.out)):
        print(path)


if __name__ == "__main__":
    main()
