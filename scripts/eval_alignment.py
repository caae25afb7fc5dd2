"""How much sentence alignment finds on real same-story pairs, and how much it
invents on unrelated ones.

Reads ../shared/eval/stories/wikinews/*.json (each gold story with the
articles it cites; evaluation data, not shipped) and aligns:

- every pair among the first four articles of each gold story (same event,
  different outlets): aligned rows, and how many of them were paired below
  the alignment threshold because they sit between the same two anchors
  (`align.GAP_THRESHOLD`); `--show N` prints N of those for reading, and
  `--show-grown N` N of the rows of three sentences or more (1:2, 2:1 and
  2:2 groups) that score below the threshold;
- as many pairs of articles from two different gold stories (fixed seed):
  every row aligned there is a false alignment;
- the hand-judged pairs of ../shared/eval/alignment/wikinews_pairs.json (every
  same-statement sentence pair marked `full` or `partial`): recall (full),
  recall (any) and precision as its README defines them (a row counts whatever
  its closeness, as the README says), and how the found links' rows are marked
  (full / partial) against the gold label. Each gold sentence is
  mapped to the newsdiff sentences it overlaps (one contains the other, after
  `ftfy.fix_text` and whitespace folding on both sides); `--misses` prints the
  gold links newsdiff does not put in one row.

    .venv/bin/python scripts/eval_alignment.py [--files wikinews_medium ...] [--show 20]
        [--show-grown 20] [--misses] [--halves]
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
GOLD = ROOT.parent / "shared" / "eval" / "alignment" / "wikinews_pairs.json"
MAX_SENTENCES = 150
"""Longer pages (navigation dumps) are left out so the run stays short."""


def sentences(article: dict[str, str]) -> list[str]:
    text = f"{article.get('title') or ''}\n\n{article.get('text') or ''}"
    return [s.text for s in segment_lines(clean_text(text).lines)]


def aligned(
    a: list[str], b: list[str]
) -> tuple[int, list[tuple[float, str, str]], list[tuple[float, str, str]]]:
    """Rows with both sides, the 1:1 rows scored below the threshold, and the
    rows of three sentences or more scored below it (texts joined)."""
    rows = [g for g in align_sentences(a, b) if g.a and g.b]
    low = [
        (g.score, a[g.a[0]], b[g.b[0]])
        for g in rows
        if g.score < ALIGN_THRESHOLD and len(g.a) == len(g.b) == 1
    ]
    grown = [
        (g.score, " / ".join(a[i] for i in g.a), " / ".join(b[j] for j in g.b))
        for g in rows
        if g.score < ALIGN_THRESHOLD and len(g.a) + len(g.b) > 2
    ]
    return len(rows), low, grown


def _fold(text: str) -> str:
    import ftfy

    return " ".join(ftfy.fix_text(text).split())


def _overlapping(gold: str, mine: list[str]) -> set[int]:
    """The newsdiff sentences that contain the gold sentence or that it contains."""
    return {k for k, text in enumerate(mine) if text and (gold in text or text in gold)}


def _gold_order(key: str) -> tuple[int, int]:
    """`A3.1` -> (3, 1): the place of a gold sentence in its article."""
    para, _, sent = key[1:].partition(".")
    return int(para), int(sent or 0)


def _locate(gold: dict[str, str], mine: list[str]) -> dict[str, set[int]]:
    """The newsdiff sentences each gold sentence of one article stands in.

    Gold sentences are found in reading order in the joined newsdiff text, each
    after the one before, so a short one ("Obama said.") maps to the sentence
    at its own place, not to every sentence that contains the same words; a gold
    sentence not found that way falls back to `_overlapping`.
    """
    starts: list[int] = []
    joined = ""
    for text in mine:
        starts.append(len(joined))
        joined += text + " "
    found: dict[str, set[int]] = {}
    cursor = 0
    for key in sorted(gold, key=_gold_order):
        text = _fold(gold[key])
        at = joined.find(text, cursor) if text else -1
        if at < 0:
            found[key] = _overlapping(text, mine)
            continue
        end = at + len(text)
        found[key] = {
            k for k, s in enumerate(starts) if s < end and s + len(mine[k]) > at and mine[k]
        }
        cursor = at + 1
    return found


def gold_measures(
    show_misses: bool = False, only: set[int] | None = None
) -> dict[str, float] | None:
    """Recall (full), recall (any) and precision on the hand-judged pairs
    (those numbered in `only`, or all)."""
    if not GOLD.is_file():
        return None
    pairs = json.loads(GOLD.read_text(encoding="utf-8"))
    handpicked = json.loads((GOLD.parent / pairs[0]["file"]).resolve().read_text(encoding="utf-8"))
    full_hit = full_all = any_hit = any_all = placed = placed_right = 0
    unmapped = 0
    agree: dict[tuple[str, bool], int] = {}
    for pair in pairs:
        if only is not None and pair["pair"] not in only:
            continue
        story = handpicked[pair["story"]]["articles"]
        a = sentences(story[pair["a_article"]])
        b = sentences(story[pair["b_article"]])
        groups = align_sentences(a, b)
        row_of_a = {i: k for k, g in enumerate(groups) if g.a and g.b for i in g.a}
        row_of_b = {j: k for k, g in enumerate(groups) if g.a and g.b for j in g.b}
        fa, fb = [_fold(t) for t in a], [_fold(t) for t in b]
        where = _locate(pair["a_sentences"], fa) | _locate(pair["b_sentences"], fb)
        unmapped += sum(1 for v in where.values() if not v)
        partners: dict[str, set[str]] = {}
        full: set[str] = set()
        for x, y, label in pair["links"]:
            partners.setdefault(x, set()).add(y)
            partners.setdefault(y, set()).add(x)
            if label == "full":
                full |= {x, y}

        rows = {
            key: {
                (row_of_a if key.startswith("A") else row_of_b)[k]
                for k in found
                if k in (row_of_a if key.startswith("A") else row_of_b)
            }
            for key, found in where.items()
        }
        for x, y, label in pair["links"]:
            for k in rows.get(x, set()) & rows.get(y, set()):
                agree[label, groups[k].full] = agree.get((label, groups[k].full), 0) + 1
        for key in where:
            mine = rows[key]
            together = any(mine & rows.get(other, set()) for other in partners.get(key, ()))
            if key in partners:
                any_all += 1
                any_hit += together
                if show_misses and not together:
                    text = (pair["a_sentences"] | pair["b_sentences"])[key]
                    label = "full" if key in full else "part"
                    print(f"  miss {label} {pair['pair']} {key}: {text[:100]}")
            if key in full:
                full_all += 1
                full_hit += together
            if mine:
                placed += 1
                placed_right += together
                if show_misses and not together:
                    text = (pair["a_sentences"] | pair["b_sentences"])[key]
                    print(f"  wrong {pair['pair']} {key}: {text[:100]}")
    return {
        "recall_full": full_hit / full_all if full_all else 0.0,
        "recall_any": any_hit / any_all if any_all else 0.0,
        "precision": placed_right / placed if placed else 1.0,
        "full": full_all,
        "any": any_all,
        "placed": placed,
        "unmapped": unmapped,
        "full_as_full": agree.get(("full", True), 0),
        "full_as_partial": agree.get(("full", False), 0),
        "partial_as_partial": agree.get(("partial", False), 0),
        "partial_as_full": agree.get(("partial", True), 0),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", nargs="*", default=["handpicked", "wikinews_medium"])
    parser.add_argument("--show", type=int, default=0, help="print this many gap pairs")
    parser.add_argument(
        "--show-grown",
        type=int,
        default=0,
        help="print this many rows of three sentences or more scored below the threshold",
    )
    parser.add_argument("--misses", action="store_true", help="print the gold links missed")
    parser.add_argument(
        "--halves",
        action="store_true",
        help="also report the even-numbered gold pairs (where constants are chosen) and the odd",
    )
    args = parser.parse_args(argv)
    gold = gold_measures(args.misses)
    if gold is None:
        print(f"eval_alignment: {GOLD} not found; no gold measures.")
    else:
        halves = [("even pairs", {0, 2, 4, 6, 8}), ("odd pairs", {1, 3, 5, 7, 9})]
        for label, only in halves if args.halves else []:
            half = gold_measures(only=only) or {}
            print(
                f"{label}: recall (full) {half['recall_full']:.3f} of {half['full']}, "
                f"recall (any) {half['recall_any']:.3f} of {half['any']}, "
                f"precision {half['precision']:.3f} of {half['placed']} placed"
            )
        print(
            f"gold pairs: recall (full) {gold['recall_full']:.3f} of {gold['full']}, "
            f"recall (any) {gold['recall_any']:.3f} of {gold['any']}, "
            f"precision {gold['precision']:.3f} of {gold['placed']} placed "
            f"({gold['unmapped']} gold sentences matched no newsdiff sentence)"
        )
        print(
            f"gold links found, by closeness of their row: full links {gold['full_as_full']:.0f} "
            f"full / {gold['full_as_partial']:.0f} partial; partial links "
            f"{gold['partial_as_partial']:.0f} partial / {gold['partial_as_full']:.0f} full"
        )
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
        grown: list[tuple[float, str, str]] = []
        for story in texts:
            for a, b in combinations(story, 2):
                n, low, more = aligned(a, b)
                pairs, rows, gap, grown = pairs + 1, rows + n, gap + low, grown + more
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
            f"paired between anchors below {ALIGN_THRESHOLD} and {len(grown)} of three "
            f"sentences or more below it; {unrelated} unrelated pairs, {false_rows} aligned rows"
        )
        for score, x, y in rng.sample(gap, min(args.show, len(gap))):
            print(f"  {score:.2f}  A: {x[:110]}\n        B: {y[:110]}")
        for score, x, y in rng.sample(grown, min(args.show_grown, len(grown))):
            print(f"  {score:.2f}  A: {x[:220]}\n        B: {y[:220]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
