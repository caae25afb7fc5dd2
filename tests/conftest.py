"""Shared fixtures: the bundled sample corpus lives in seeds/ (never ../shared)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

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
