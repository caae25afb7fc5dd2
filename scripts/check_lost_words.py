"""Nothing lost, on real news: count lost words and dropped sentences over many pairs.

For every pair of articles, each input word (`\\w+`, as a multiset) must be in
the side's sentences or in its removed lines, and every sentence in exactly one
row. Also counted: words the output has that the input lacks (invented),
sentences whose offset does not point at their text, change spans that do not
point at their text, and compare(a, a) that is not identical.

Reads the seeds (all pairs) and, when present, real articles from the shared
evaluation data (never copied into the repository):

    .venv/bin/python scripts/check_lost_words.py
    .venv/bin/python scripts/check_lost_words.py --articles 30 \\
        --stories ../shared/eval/stories/wikinews/handpicked.json
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from newsdiff import compare
from newsdiff.core.compare import analyse
from newsdiff.core.model import Side, Source
from newsdiff.core.stories.corpus import read_source
from newsdiff.core.text.decode import normalise_newlines

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_STORIES = ROOT.parent / "shared" / "eval" / "stories" / "wikinews" / "handpicked.json"
WORD = re.compile(r"\w+")


@dataclass
class Tally:
    """Problems found over a set of pairs."""

    pairs: int = 0
    lost_words: int = 0
    invented_words: int = 0
    dropped_sentences: int = 0
    repeated_sentences: int = 0
    misplaced_sentences: int = 0
    bad_spans: int = 0
    not_identical_to_itself: int = 0
    examples: list[str] = field(default_factory=list)

    def note(self, message: str) -> None:
        if len(self.examples) < 20:
            self.examples.append(message)

    def line(self) -> str:
        return (
            f"{self.pairs} pairs: {self.lost_words} lost words, "
            f"{self.dropped_sentences} dropped sentences, "
            f"{self.repeated_sentences} sentences in two rows, "
            f"{self.invented_words} invented words, "
            f"{self.misplaced_sentences} misplaced sentence offsets, {self.bad_spans} bad spans, "
            f"{self.not_identical_to_itself} articles not identical to themselves"
        )


def check_side(source: Source, side: Side, tally: Tally) -> None:
    """Words of one source against what its side kept and removed."""
    given = Counter(WORD.findall(source.text))
    kept = Counter(WORD.findall(" ".join(side.texts)))
    kept.update(WORD.findall(" ".join(r.text for r in side.removed)))
    lost = given - kept
    invented = kept - given
    tally.lost_words += sum(lost.values())
    tally.invented_words += sum(invented.values())
    if lost:
        tally.note(f"{source.id}: lost {sorted(lost)[:10]}")
    if invented:
        tally.note(f"{source.id}: invented {sorted(invented)[:10]}")


def check_offsets(source: Source, tally: Tally) -> None:
    """Each sentence's `start` points at its text in the cleaned article."""
    from newsdiff.core.text.clean import clean_text

    text = clean_text(source.text).text
    for s in analyse(source).side.sentences:
        piece = text[s.start : s.start + len(s.text)].replace("\n", " ")
        if piece != s.text:
            tally.misplaced_sentences += 1
            tally.note(f"{source.id}: sentence at {s.start} is {piece[:40]!r}, not {s.text[:40]!r}")


def check_pair(a: Source, b: Source, tally: Tally) -> None:
    result = compare(a, b)
    tally.pairs += 1
    for source, side in ((a, result.a), (b, result.b)):
        check_side(source, side, tally)
    for name, side in (("a", result.a), ("b", result.b)):
        seen = Counter(i for row in result.rows for i in getattr(row, name))
        n = len(side.sentences)
        dropped = [i for i in range(n) if seen[i] == 0]
        tally.dropped_sentences += len(dropped)
        tally.repeated_sentences += sum(1 for i in range(n) if seen[i] > 1)
        if dropped:
            tally.note(f"{a.id} vs {b.id}: side {name} dropped sentences {dropped[:10]}")
    for row in result.rows:
        a_text, b_text = result.a.row_text(row.a), result.b.row_text(row.b)
        for c in row.changes:
            if a_text[slice(*c.a_span)] != c.a or b_text[slice(*c.b_span)] != c.b:
                tally.bad_spans += 1
                tally.note(f"{a.id} vs {b.id}: change {c.a!r}->{c.b!r} spans do not match")


def check_all(sources: list[Source], label: str) -> Tally:
    tally = Tally()
    started = time.perf_counter()
    for source in sources:
        check_offsets(source, tally)
        if not compare(source, source).identical:
            tally.not_identical_to_itself += 1
            tally.note(f"{source.id}: compare(a, a) is not identical")
    for a, b in itertools.combinations(sources, 2):
        check_pair(a, b, tally)
    print(f"{label}: {tally.line()} ({time.perf_counter() - started:.1f} s)")
    for example in tally.examples:
        print(f"  {example}")
    return tally


def load_stories(path: Path, limit: int) -> list[Source]:
    """The first `limit` articles of a WikiNews event-cluster file, in story order."""
    stories = json.loads(path.read_text(encoding="utf-8"))
    sources: list[Source] = []
    for si, story in enumerate(stories):
        for ai, article in enumerate(story["articles"]):
            text = normalise_newlines(article.get("text") or "")
            sid = f"s{si}a{ai}"
            sources.append(Source(id=sid, outlet=sid, path=str(path), text=text))
    return sources[:limit]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=Path, default=DEFAULT_STORIES)
    parser.add_argument("--articles", type=int, default=30, help="articles to pair up")
    args = parser.parse_args()
    seeds = [read_source(p) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    tallies = [check_all(seeds, "seeds")]
    if args.stories.is_file():
        tallies.append(check_all(load_stories(args.stories, args.articles), args.stories.name))
    else:
        print(f"{args.stories}: not found, real-article check skipped", file=sys.stderr)
    bad = any(
        t.lost_words
        or t.dropped_sentences
        or t.repeated_sentences
        or t.invented_words
        or t.misplaced_sentences
        or t.bad_spans
        or t.not_identical_to_itself
        for t in tallies
    )
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
