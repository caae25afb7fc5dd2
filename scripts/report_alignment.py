"""Print, for every pair of sources of every story in a corpus, how the sentences align.

Usage: python scripts/report_alignment.py [CORPUS] [--time]   (default: seeds/)

One line per pair: sentences on each side, rows by kind (aligned in place,
moved, only in A, only in B), 1:2 merges, similarity and change counts.
"""

from __future__ import annotations

import argparse
import itertools
import time

from newsdiff.core.compare import compare
from newsdiff.core.stories.corpus import load_corpus


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default="seeds", help="corpus folder (seeds/)")
    parser.add_argument("--time", action="store_true", help="add each pair's compare time")
    args = parser.parse_args(argv)
    corpus = load_corpus(args.corpus)
    for story in corpus.stories:
        print(f"# {story.title} ({len(story.sources)} sources)")
        print(
            "| A | B | sentences A/B | aligned | moved | merges | only A | only B"
            " | similarity | changes |"
        )
        print("|---|---|---|---|---|---|---|---|---|---|")
        for a, b in itertools.combinations(story.sources, 2):
            started = time.perf_counter()
            result = compare(a, b)
            elapsed = time.perf_counter() - started
            rows = result.row_counts
            merges = sum(1 for r in result.rows if len(r.a) + len(r.b) > 2)
            changes = ", ".join(f"{n} {k}" for k, n in result.change_counts.items() if n)
            print(
                f"| {a.id} | {b.id} | {len(result.a.sentences)}/{len(result.b.sentences)} "
                f"| {rows['same'] + rows['changed']} | {rows['moved']} | {merges} "
                f"| {rows['only_a']} | {rows['only_b']} | {result.similarity:.0%} "
                f"| {changes or '-'} |"
                + (f" <!-- {elapsed * 1000:.0f} ms -->" if args.time else "")
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
