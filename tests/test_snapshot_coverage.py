"""SVG snapshot of the coverage view (pytest-textual-snapshot).

Fixed size and theme, sample corpus from seeds/. Regenerate the baseline with
`pytest tests/test_snapshot_coverage.py --snapshot-update` after a deliberate
change to the engine or the look, and read the diff of the SVG before committing.
"""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot

from conftest import wait_for_workers
from newsdiff.core.stories.corpus import load_corpus
from newsdiff.tui.app import NewsdiffApp

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SIZE = (160, 45)
THEME = "textual-dark"


async def _idle(pilot: Pilot[None]) -> None:
    await wait_for_workers(pilot)
    await pilot.pause()


def test_coverage_view(snap_compare) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot[None]) -> None:
        pilot.app.theme = THEME
        await pilot.pause()
        await _idle(pilot)
        await pilot.press("v")
        await _idle(pilot)

    app = NewsdiffApp(load_corpus(SEEDS))
    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)
