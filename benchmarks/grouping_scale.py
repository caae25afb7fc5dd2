"""How story grouping scales: 1k, 2k, 5k and 10k articles (run by hand).

Articles are made from real text: the WikiNews evaluation articles when
../shared/eval is present, else the seed articles. Each generated article is
a perturbed copy of a made-up event (a real article with paragraphs of
another mixed in, names swapped, numbers changed), with paragraphs dropped and
reordered, so there are many look-alike events, as in a real news feed.

    .venv/bin/python benchmarks/grouping_scale.py [--sizes 1000 2000 5000 10000] [--no-memory]

Prints the wall time of `group_sources`, its peak traced memory (a second run
under tracemalloc, which slows Python down, so it is not timed), and the
growth exponent of time between consecutive sizes (1 = linear, 2 = quadratic).
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsdiff.core.model import Source  # noqa: E402
from newsdiff.core.stories.grouping import group_sources  # noqa: E402

EVAL_DIR = ROOT.parent / "shared" / "eval" / "stories" / "wikinews"
_NAME = re.compile(r"\b[A-Z][a-z]{2,}\b")
_NUMBER = re.compile(r"\b\d+\b")


def real_articles() -> list[str]:
    """Article texts to perturb: WikiNews articles if present, else the seeds."""
    texts: list[str] = []
    if EVAL_DIR.is_dir():
        for path in sorted(EVAL_DIR.glob("*.json")):
            for story in json.loads(path.read_text(encoding="utf-8")):
                if isinstance(story, dict):
                    for article in story.get("articles", []):
                        texts.append(f"{article.get('title', '')}\n\n{article.get('text', '')}")
    if not texts:
        texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    return texts


def make_corpus(size: int, texts: list[str], seed: int = 0) -> list[Source]:
    """`size` perturbed articles, one to five per made-up event, like real coverage.

    An event is a real article's headline and most of its paragraphs, a few
    paragraphs of another article, some names swapped and numbers changed, so
    the number of distinct events grows with `size` as it would in a real feed.
    """
    rng = random.Random(seed)
    names = sorted({n for t in texts for n in _NAME.findall(t)})
    paragraphs = [[line for line in t.splitlines() if line.strip()] for t in texts]
    paragraphs = [p for p in paragraphs if len(p) > 2]
    sources: list[Source] = []
    while len(sources) < size:
        base, other = rng.choice(paragraphs), rng.choice(paragraphs)
        body = [line for line in base[1:] if rng.random() < 0.8]
        body += rng.sample(other[1:], min(3, len(other) - 1))
        event = "\n".join([base[0], *body])
        swap = {
            n: rng.choice(names) for n in sorted(set(_NAME.findall(event))) if rng.random() < 0.3
        }
        event = _NAME.sub(lambda m, swap=swap: swap.get(m.group(), m.group()), event)
        event = _NUMBER.sub(lambda m: str(int(m.group()) + rng.randint(0, 9)), event)
        lines = event.splitlines()
        for _ in range(rng.randint(1, 5)):
            kept = [line for line in lines[1:] if rng.random() > 0.25]
            rng.shuffle(kept)
            k = len(sources)
            text = "\n".join([lines[0], *kept])
            sources.append(Source(id=f"a{k:05d}", outlet="", path=f"a{k:05d}.txt", text=text))
    return sources[:size]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", nargs="*", type=int, default=[1000, 2000, 5000, 10000])
    parser.add_argument("--no-memory", action="store_true", help="skip the tracemalloc run")
    args = parser.parse_args(argv)
    texts = real_articles()
    print(f"{len(texts)} real articles to perturb")
    columns = ("articles", "words", "stories", "seconds", "peak MB", "exponent")
    print(" ".join(f"{c:>{10 if c == 'words' else 8}}" for c in columns))
    previous: tuple[int, float] | None = None
    for size in args.sizes:
        sources = make_corpus(size, texts)
        words = sum(len(s.text.split()) for s in sources)
        start = time.perf_counter()
        stories = group_sources(sources)
        elapsed = time.perf_counter() - start
        peak = ""
        if not args.no_memory:
            tracemalloc.start()
            group_sources(sources)
            peak = f"{tracemalloc.get_traced_memory()[1] / 1e6:.0f}"
            tracemalloc.stop()
        exponent = ""
        if previous:
            exponent = f"{math.log(elapsed / previous[1]) / math.log(size / previous[0]):.2f}"
        print(f"{size:>8} {words:>10,} {len(stories):>8} {elapsed:>8.2f} {peak:>8} {exponent:>8}")
        previous = (size, elapsed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
