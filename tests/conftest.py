"""Shared fixtures: the bundled sample corpus lives in seeds/ (never ../shared)."""

from __future__ import annotations

import asyncio
import functools
import os
import subprocess
import sys
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

import pytest

from newsdiff.core.model import Corpus
from newsdiff.core.stories.corpus import load_corpus

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def seeds() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    """The five sample articles keyed by their three-digit prefix ("000".."004")."""
    return {p.name[:3]: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}


def run_newsdiff(
    *args: str, stdin: bytes | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    """Run `python -m newsdiff` from the project root, colour variables cleared unless given."""
    base = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    return subprocess.run(
        [sys.executable, "-m", "newsdiff", *args],
        input=stdin,
        capture_output=True,
        cwd=ROOT,
        env={**base, **(env or {})},
        timeout=120,
    )


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    """The sample corpus, loaded from seeds/."""
    return load_corpus(SEEDS)


# ---------------------------------------------------------------- the app under Pilot


def run_async(test: Callable[..., Coroutine[Any, Any, None]]) -> Callable[..., None]:
    """Run an async test on a fresh event loop (no async pytest plugin is needed)."""

    @functools.wraps(test)
    def runner(*args: Any, **kwargs: Any) -> None:
        asyncio.run(test(*args, **kwargs))

    return runner


async def wait_for_workers(pilot: Any) -> None:
    """Until no worker of the app is running or waiting to run (30 s at most)."""
    for _ in range(600):
        if not any(w.is_running or w.state.name == "PENDING" for w in pilot.app.workers):
            break
        await pilot.pause(0.05)


async def settle(app: Any, pilot: Any) -> None:
    """Wait for comparisons in flight and the screen to catch up."""
    await pilot.pause()
    await wait_for_workers(pilot)
    await pilot.pause()
    await pilot.pause()
