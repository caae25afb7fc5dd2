"""Measure change classification and typo finding on ../shared/eval.

Usage:
    python scripts/eval_changes.py [--eval ../shared/eval]

Reports:
- typo recall: Norvig's misspellings (typos/norvig_set1.tsv) placed in an
  otherwise identical sentence as the correct word, share labelled `typo`;
- spelling recall: US/UK pairs (spelling/us_uk_breame.tsv), share labelled
  `spelling`;
- false alarms: real-word substitutions labelled `typo` or `spelling`. The
  real-word pairs are built here, not read from eval data: pairs of common
  SCOWL words (size <= 35) one edit apart (trial / trail, from / form), each
  word of at least four letters, listed US/UK pairs left out, sampled with a fixed seed;
- find_typos flags per 1,000 words on real articles
  (stories/wikinews/handpicked.json), with the flagged words listed.

Measures through `newsdiff.core.compare.compare` when it exists, else through
`classify_change` directly. Exits 0 with a note when the eval folder is absent.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newsdiff.core.diff.classify import classify_change  # noqa: E402
from newsdiff.core.model import ChangeKind  # noqa: E402
from newsdiff.core.text.typos import find_typos  # noqa: E402
from newsdiff.core.words import lexicon  # noqa: E402

TEMPLATE = "Officials said the {} was discussed at length on Tuesday."


def _kinds_via_compare() -> Callable[[str, str], set[str]] | None:
    try:
        from newsdiff.core.compare import compare
    except ImportError:
        return None

    def kinds(a: str, b: str) -> set[str]:
        comparison = compare(TEMPLATE.format(a), TEMPLATE.format(b))
        return {c.kind.value for c in comparison.changes}

    return kinds


def _kinds_via_classify(a: str, b: str) -> set[str]:
    return {classify_change(a, b).value}


def read_pairs(path: Path) -> list[tuple[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter="\t"))
    return [(r[0].strip(), r[1].strip()) for r in rows[1:] if len(r) >= 2]


def real_word_pairs(limit: int = 1000, seed: int = 7) -> list[tuple[str, str]]:
    """Common words one substitution, insertion, deletion or swap apart."""
    common = sorted(w for w, _ in lexicon.common_words(max_level=35) if w.isalpha() and len(w) >= 4)
    common_set = set(common)
    pairs: set[tuple[str, str]] = set()
    letters = "abcdefghijklmnopqrstuvwxyz"
    for w in common:
        for i in range(len(w)):
            for ch in letters:
                v = w[:i] + ch + w[i + 1 :]
                if v != w and v in common_set:
                    pairs.add(tuple(sorted((w, v))))  # type: ignore[arg-type]
            v = w[:i] + w[i + 1 :]
            if v in common_set and len(v) >= 4:
                pairs.add(tuple(sorted((w, v))))  # type: ignore[arg-type]
            if i + 1 < len(w):
                v = w[:i] + w[i + 1] + w[i] + w[i + 2 :]
                if v != w and v in common_set:
                    pairs.add(tuple(sorted((w, v))))  # type: ignore[arg-type]
    # Listed US/UK pairs (colonise / colonize) are genuine spelling changes,
    # not real-word substitutions.
    ordered = sorted(p for p in pairs if not lexicon.regional_variant(*p))
    random.Random(seed).shuffle(ordered)
    return ordered[:limit]


def rate(
    pairs: list[tuple[str, str]], kinds: Callable[[str, str], set[str]], wanted: set[str]
) -> tuple[float, Counter[str], list[tuple[str, str, str]]]:
    hits = 0
    seen: Counter[str] = Counter()
    misses: list[tuple[str, str, str]] = []
    for a, b in pairs:
        got = kinds(a, b)
        seen.update(got)
        if got & wanted:
            hits += 1
        else:
            misses.append((a, b, ",".join(sorted(got))))
    return hits / max(1, len(pairs)), seen, misses


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument("--show", type=int, default=15, help="misses / flags to print")
    args = parser.parse_args(argv)
    if not args.eval.is_dir():
        print(f"eval data not found at {args.eval}; nothing measured.")
        return 0

    kinds = _kinds_via_compare()
    print("measuring through", "compare()" if kinds else "classify_change()")
    kinds = kinds or _kinds_via_classify
    t0 = time.perf_counter()
    lexicon.load()
    print(f"lexicon load: {(time.perf_counter() - t0) * 1000:.0f} ms")

    typo_file = args.eval / "typos" / "norvig_set1.tsv"
    if typo_file.exists():
        pairs = [(wrong, right) for wrong, right in read_pairs(typo_file)]
        recall, seen, misses = rate([(right, wrong) for wrong, right in pairs], kinds, {"typo"})
        print(f"\ntypo recall (norvig_set1, {len(pairs)} pairs): {recall:.1%}  kinds: {dict(seen)}")
        for miss in misses[: args.show]:
            print("  miss:", *miss)

    spelling_file = args.eval / "spelling" / "us_uk_breame.tsv"
    if spelling_file.exists():
        pairs = read_pairs(spelling_file)
        recall, seen, misses = rate(pairs, kinds, {"spelling"})
        print(f"\nspelling recall (breame, {len(pairs)} pairs): {recall:.1%}  kinds: {dict(seen)}")
        for miss in misses[: args.show]:
            print("  miss:", *miss)

    real = real_word_pairs()
    alarm, seen, _ = rate(real, kinds, {"typo", "spelling"})
    flagged = [(a, b, ",".join(sorted(kinds(a, b)))) for a, b in real]
    flagged = [f for f in flagged if {"typo", "spelling"} & set(f[2].split(","))]
    print(
        f"\nreal-word substitutions called typo/spelling ({len(real)} SCOWL pairs, size <= 35, "
        f"one edit apart): {alarm:.1%}  kinds: {dict(seen)}"
    )
    for item in flagged[: args.show]:
        print("  false alarm:", *item)

    stories_file = args.eval / "stories" / "wikinews" / "handpicked.json"
    if stories_file.exists():
        stories = json.loads(stories_file.read_text(encoding="utf-8"))
        from newsdiff.core.text.segment import segment_text

        words = 0
        flags: list[tuple[str, str]] = []
        t0 = time.perf_counter()
        for story in stories:
            for article in story.get("articles", []):
                text = article.get("text") or ""
                sentences = [s.text for s in segment_text(text)]
                words += sum(len(s.split()) for s in sentences)
                flags.extend((t.text, t.suggestion) for t in find_typos(sentences))
        elapsed = time.perf_counter() - t0
        print(
            f"\nfind_typos on handpicked wikinews articles: {len(flags)} flags in {words} words "
            f"= {1000 * len(flags) / max(1, words):.2f} per 1,000 words ({elapsed:.2f} s)"
        )
        for text, suggestion in flags[: max(args.show, 40)]:
            print(f"  {text} -> {suggestion}")
    _ = ChangeKind
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
