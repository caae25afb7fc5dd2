"""How much sentence alignment finds on real same-story pairs, and how much it
invents on unrelated ones.

Reads ../shared/eval/stories/wikinews/*.json (each gold story with the
articles it cites; evaluation data, not shipped) and aligns:

- every pair among the first four articles of each gold story (same event,
  different outlets): aligned rows, and how many of them were paired below
  the alignment threshold because they sit between the same two anchors
  (`align.GAP_THRESHOLD`); `--show N` prints N of those for reading;
- as many pairs of articles from two different gold stories (fixed seed):
  every row aligned there is a false alignment.

    .venv/bin/python scripts/eval_alignment.py [--files wikinews_medium ...] [--show 20]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsdiff.core.align.sentences import ALIGN_THRESHOLD, align_sentences  # noqa: E402
from newsdiff.core.text.clean import clean_text  # noqa: E402
from newsdiff.core.text.segment import segment_lines  # noqa: E402

EVAL_DIR = ROOT.parent / "shared" / "eval" / "stories" / "wikinews"
MAX_SENTENCES = 150
"""Longer pages (navigation dumps) are left out so the run stays short."""


def sentences(article: dict[str, str]) -> list[str]:
    text = f"{article.get('title') or ''}\n\n{article.get('text') or ''}"
    return [s.text for s in segment_lines(clean_text(text).lines)]


def aligned(a: list[str], b: list[str]) -> tuple[int, list[tuple[float, str, str]]]:
    """Rows with both sides, and the 1:1 rows scored below the threshold."""
    rows = [g for g in align_sentences(a, b) if g.a and g.b]
    low = [
        (g.score, a[g.a[0]], b[g.b[0]])
        for g in rows
        if g.score < ALIGN_THRESHOLD and len(g.a) == len(g.b) == 1
    ]
    return len(rows), low


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", nargs="*", default=["handpicked", "wikinews_medium"])
    parser.add_argument("--show", type=int, default=0, help="print this many gap pairs")
    args = parser.parse_args(argv)
    if not EVAL_DIR.is_dir():
        print(f"eval_alignment: {EVAL_DIR} not found; nothing to measure.")
        return 0
    rng = random.Random(7)
    for name in args.files:
        path = EVAL_DIR / f"{name}.json"
        if not path.is_file():
            print(f"{name}: missing")
            continue
        stories = [s["articles"] for s in json.loads(path.read_text(encoding="utf-8"))]
        texts = [[sentences(a) for a in articles[:4]] for articles in stories]
        texts = [[t for t in story if len(t) <= MAX_SENTENCES] for story in texts]
        pairs = rows = 0
        gap: list[tuple[float, str, str]] = []
        for story in texts:
            for a, b in combinations(story, 2):
                n, low = aligned(a, b)
                pairs, rows, gap = pairs + 1, rows + n, gap + low
        flat = [(k, t) for k, story in enumerate(texts) for t in story]
        unrelated = false_rows = 0
        while unrelated < pairs and len({k for k, _ in flat}) > 1:
            (k1, a), (k2, b) = rng.sample(flat, 2)
            if k1 == k2:
                continue
            unrelated += 1
            false_rows += aligned(a, b)[0]
        print(
            f"{name}: {pairs} same-story pairs, {rows} aligned rows, {len(gap)} of them "
            f"paired between anchors below {ALIGN_THRESHOLD}; {unrelated} unrelated pairs, "
            f"{false_rows} aligned rows"
        )
        for score, x, y in rng.sample(gap, min(args.show, len(gap))):
            print(f"  {score:.2f}  A: {x[:110]}\n        B: {y[:110]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
