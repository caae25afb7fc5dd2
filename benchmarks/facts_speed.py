"""How long the facts stage takes on the long pair, and its share of a whole compare().

Builds the long pair of `make_pairs.LONG_PAIR` (79k / 70k words, the one
`run.py` times one-shot), then in this process:

- `compare()` whole, source caches emptied before each run (alignment included);
- extraction (`extract_facts`) of each side's sentences;
- `diff_facts` and its parts: names (grouping each side's names with
  `group_names` and matching them with `names_match`), quotations (with
  `_partial_quote`), numbers and dates; then `drop_mentioned`;
- how many times `names_match` and `_partial_quote` run (a quadratic loop
  shows as millions of calls);
- the two branches of the one-shot `compare(fork=True)`: the child's (the typos
  and the facts of both sides: `find_typos`, extraction, `diff_facts`,
  `drop_mentioned`) against `align_sentences` (in the parent); on the long pair
  they are close to even, so either growing shows in the one-shot's time.

    .venv/bin/python benchmarks/facts_speed.py [--words 79000 --words-b 70000] [--runs 3]

Run by hand with nothing else busy (2 cores on this machine); medians printed.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import make_pairs  # noqa: E402

from newsdiff.core import compare as compare_module  # noqa: E402
from newsdiff.core.align.sentences import align_sentences  # noqa: E402
from newsdiff.core.facts import match, names  # noqa: E402
from newsdiff.core.facts.extract import extract_facts  # noqa: E402
from newsdiff.core.model import Source  # noqa: E402
from newsdiff.core.text.typos import find_typos  # noqa: E402


def _timed(fn: Callable[[], Any], runs: int) -> tuple[float, Any]:
    times = []
    result = None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


class _Counter:
    """Wraps a module function and counts its calls."""

    def __init__(self, module: Any, name: str) -> None:
        self.module, self.name = module, name
        self.original = getattr(module, name)
        self.calls = 0

        def counted(*args: Any, **kwargs: Any) -> Any:
            self.calls += 1
            return self.original(*args, **kwargs)

        setattr(module, name, counted)

    def restore(self) -> None:
        setattr(self.module, self.name, self.original)


def _clear_caches() -> None:
    compare_module.analyse.cache_clear()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=make_pairs.LONG_PAIR[0])
    parser.add_argument("--words-b", type=int, default=make_pairs.LONG_PAIR[1])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)

    maker = make_pairs.PairMaker(*make_pairs.real_texts())
    pair = maker.pair(args.words, words_b=args.words_b)
    a = Source("a", "A", "a", pair.a)
    b = Source("b", "B", "b", pair.b)
    print(f"pair: {pair.words_a:,} + {pair.words_b:,} words ({pair.source})")

    # Warm the word lists and lexicons outside the timing, as the app has them.
    compare_module.compare(
        Source("w1", "W", "w1", pair.a[:3000]), Source("w2", "W", "w2", pair.b[:3000])
    )

    def whole() -> Any:
        _clear_caches()
        return compare_module.compare(a, b)

    total, _ = _timed(whole, args.runs)
    left, right = compare_module.analyse(a), compare_module.analyse(b)
    texts_a, texts_b = list(left.side.texts), list(right.side.texts)

    extract_s, facts_a = _timed(lambda: extract_facts(texts_a), args.runs)
    extract_b_s, facts_b = _timed(lambda: extract_facts(texts_b), args.runs)
    names_s, _ = _timed(lambda: match._names_only(facts_a, facts_b), args.runs)
    quotes_s, _ = _timed(lambda: match._quotes_only(facts_a, facts_b), args.runs)
    diff_s, diff = _timed(lambda: match.diff_facts(facts_a, facts_b), args.runs)
    if hasattr(match, "drop_mentioned"):
        drop_s, kept = _timed(
            lambda: match.drop_mentioned(diff, texts_a, texts_b, facts_a, facts_b), args.runs
        )
    else:  # before it moved into facts (commit 79fbce4): compare's own copy
        old = compare_module._drop_mentioned  # type: ignore[attr-defined]
        drop_s, kept = _timed(lambda: old(diff, texts_a, texts_b), args.runs)

    counters = [
        _Counter(match, "names_match"),
        _Counter(names, "names_match"),
        _Counter(match, "_partial_quote"),
    ]
    match.diff_facts(facts_a, facts_b)
    for counter in counters:
        counter.restore()
    facts_s = extract_s + extract_b_s + diff_s + drop_s
    align_s, _ = _timed(lambda: list(align_sentences(texts_a, texts_b)), 1)

    print(f"compare() whole: {total:.2f} s (median of {args.runs})")
    print(f"facts stage: {facts_s:.2f} s = {facts_s / total:.0%} of compare()")
    print(f"  extract_facts A / B: {extract_s:.2f} / {extract_b_s:.2f} s "
          f"({len(facts_a):,} / {len(facts_b):,} facts)")  # fmt: skip
    print(f"  diff_facts: {diff_s:.2f} s (names {names_s:.2f} s, quotes {quotes_s:.2f} s)")
    print(f"  drop_mentioned: {drop_s:.2f} s")
    print(f"  calls: names_match {counters[0].calls + counters[1].calls:,}, "
          f"_partial_quote {counters[2].calls:,}")  # fmt: skip
    print(f"  listed: {len(kept.only_a)} only in A, {len(kept.only_b)} only in B, "
          f"{len(kept.conflicts)} conflicts")  # fmt: skip
    # compare(fork=True), the one-shot path: a child finds the typos of both sides and
    # extracts and matches their facts while the parent aligns; the longer branch sets
    # the wall time.
    typos_s, _ = _timed(lambda: (find_typos(texts_a), find_typos(texts_b)), 1)
    child_s = facts_s + typos_s
    longer = "child" if child_s > align_s else "alignment"
    print(f"one-shot branches: child (facts {facts_s:.2f} s + typos {typos_s:.2f} s) "
          f"{child_s:.2f} s vs align_sentences {align_s:.2f} s (one run): "
          f"the {longer} is the longer")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
