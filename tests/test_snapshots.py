"""SVG snapshots of the reading app (pytest-textual-snapshot).

Fixed size and theme, sample corpus from seeds/. Regenerate baselines with
`pytest tests/test_snapshots.py --snapshot-update` after a deliberate change
to the engine or the look, and read the diff of the SVGs before committing.
"""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot

from conftest import wait_for_workers
from newsdiff.core.stories.corpus import load_corpus
from newsdiff.tui.app import NewsdiffApp
from newsdiff.tui.widgets.compare_pane import ComparePane

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SIZE = (160, 45)
THEME = "textual-dark"


def make_app() -> NewsdiffApp:
    return NewsdiffApp(load_corpus(SEEDS))


async def ready(pilot: Pilot[None]) -> None:
    """Fix the theme and wait until the first comparison is on screen."""
    pilot.app.theme = THEME
    await pilot.pause()
    await wait_for_workers(pilot)
    await pilot.pause()


def test_main_screen_with_a_current_change(snap_compare) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot[None]) -> None:
        await ready(pilot)
        await pilot.press("n", "n", "n")

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=run_before)


def test_facts_panel(snap_compare) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot[None]) -> None:
        await ready(pilot)
        await pilot.press("f")

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=run_before)


def test_help_screen(snap_compare) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot[None]) -> None:
        await ready(pilot)
        await pilot.press("question_mark")

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=run_before)


def test_removed_boilerplate_shown_in_place(snap_compare) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot[None]) -> None:
        await ready(pilot)
        # Straight to the view (not the `c` key) so no toast lands in the picture.
        pilot.app.screen.query_one(ComparePane).view.set_show_removed(True)
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=run_before)
