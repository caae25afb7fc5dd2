"""Picture the HTML report for the README: screenshots/report.png (and report-dark.png).

Run from the repository root:

    .venv/bin/python scripts/make_report_screenshot.py [--pair tag24 berliner-tageblatt]

Writes the report of a pair of the sample story to a temporary file and
photographs it with headless Chromium (Debian's `chromium` package:
`apt-get install chromium`) at 1400x900, once in the light scheme and once
with `prefers-color-scheme: dark` forced. Without Chromium it says so and
exits without writing anything.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

from newsdiff.core.compare import compare
from newsdiff.core.stories.corpus import load_corpus
from newsdiff.render.report import write_report

ROOT = Path(__file__).resolve().parents[1]
WINDOW = "1400,900"
BROWSERS = ("chromium", "chromium-browser", "google-chrome")


def find_browser() -> str | None:
    """The first headless-capable Chromium on PATH, or None."""
    return next((path for name in BROWSERS if (path := shutil.which(name))), None)


def shoot(browser: str, page: Path, out: Path, *, dark: bool) -> None:
    """Screenshot `page` into `out` (PNG)."""
    cmd = [
        browser,
        "--headless",
        "--no-sandbox",  # running as root in a container needs it
        "--disable-gpu",
        "--hide-scrollbars",
        "--no-first-run",
        "--force-device-scale-factor=1",
        f"--window-size={WINDOW}",
        f"--screenshot={out}",
    ]
    if dark:
        cmd.append("--force-dark-mode")
    cmd.append(page.as_uri())
    subprocess.run(cmd, check=True, capture_output=True, timeout=120)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path("seeds"))
    parser.add_argument("--pair", nargs=2, default=("tag24", "berliner-tageblatt"))
    parser.add_argument("--out", type=Path, default=Path("screenshots"))
    args = parser.parse_args(argv)
    browser = find_browser()
    if browser is None:
        print(
            "make_report_screenshot: no Chromium found (apt-get install chromium); skipped",
            file=sys.stderr,
        )
        return 0
    os.chdir(ROOT)
    corpus = load_corpus(args.corpus)
    story = corpus.stories[0]
    # File paths relative to the repository, not to this machine.
    sources = {s.id: replace(s, path=os.path.relpath(s.path)) for s in story.sources}
    a, b = sources[args.pair[0]], sources[args.pair[1]]
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="newsdiff-report-") as tmp:
        page = write_report(
            compare(a, b), Path(tmp) / "report.html", "html", sources=(a, b), story=story
        )
        for name, dark in (("report.png", False), ("report-dark.png", True)):
            shoot(browser, page, args.out / name, dark=dark)
            print(f"wrote {args.out / name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
