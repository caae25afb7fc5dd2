"""SVG snapshots of the reading app (pytest-textual-snapshot).

Fixed size and theme, sample corpus from seeds/. Regenerate baselines with
`pytest tests/test_snapshots.py --snapshot-update` after a deliberate change
to the engine or the look, and read the diff of the SVGs before committing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
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


# -- the views of issue 17, at 80x24 and 160x45 ------------------------------------------

SIZES = [(80, 24), (160, 45)]


async def quiet(pilot: Pilot[None]) -> None:
    """Let the last key take effect, then take its toast away so the picture is the view."""
    await wait_for_workers(pilot)
    await pilot.pause()
    pilot.app.clear_notifications()
    await pilot.pause()


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "160x45"])
def test_first_screen(snap_compare, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    # At 80 columns the sidebar makes way: two diff columns of 37 and a wrapped legend.
    assert snap_compare(make_app(), terminal_size=size, run_before=ready)


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "160x45"])
def test_sidebar_toggled(snap_compare, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot[None]) -> None:
        await ready(pilot)
        await pilot.press("h")  # shown at 80 columns, hidden at 160
        await quiet(pilot)

    assert snap_compare(make_app(), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "160x45"])
def test_aligned_only_with_wording_hidden(snap_compare, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot[None]) -> None:
        await ready(pilot)
        await pilot.press("equals_sign", "7", "n")
        await quiet(pilot)

    assert snap_compare(make_app(), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "160x45"])
def test_search_position(snap_compare, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot[None]) -> None:
        await ready(pilot)
        await pilot.press("slash", *"korea", "enter", "enter", "enter")
        await quiet(pilot)

    assert snap_compare(make_app(), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "160x45"])
def test_story_filter_and_picking(snap_compare, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot[None]) -> None:
        await ready(pilot)
        if size[0] < 120:
            await pilot.press("h")  # bring the sidebar back
        await pilot.press("slash", *"putin", "enter")  # filter, then into the list
        await pilot.press("tab", "down", "a", "down", "down", "down", "b")  # A, then B alone
        await quiet(pilot)

    assert snap_compare(make_app(), terminal_size=size, run_before=run_before)


def test_compare_with_picker(snap_compare) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot[None]) -> None:
        await ready(pilot)
        await pilot.press("B")
        await quiet(pilot)
        await pilot.press(*"krone")
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=run_before)
