"""How right newsdiff's "only in A / only in B" fact lists are, against facts listed by hand.

Reads ../shared/eval/facts/wikinews_pairs.json (every fact of ten cross-outlet
pairs, with each article's surface forms; see its README) and the articles of
../shared/eval/stories/wikinews/handpicked.json (evaluation data, not shipped:
without it the script prints a note and exits 0). Each pair is compared with
`newsdiff.compare` on the article text ("title\\n\\ntext", as the CLI reads a
page), then:

- precision: of the facts listed as only in A (or only in B), the share whose
  best-matching gold fact is carried by that side only;
- recall: of the gold facts carried by one side only, the share some listed fact
  of that side (or a reported conflict) best-matches;
- conflicts: reported conflicts whose two values match the two values of one gold
  conflict (found of gold), and the others (false conflicts).

A listed fact matches a gold surface form when they are equal after folding
(mojibake repaired with ftfy on both sides, case, accents and punctuation
removed), nearly equal (a typo), or one is a whole-word part covering most of
the other or differing from it by hedges only ("more than 10 people" / "10
people"; for quotations, any part of four words or more).

    .venv/bin/python scripts/eval_facts.py [--show] [--sample N]

`--show` (or `--verbose`) prints every wrong and missed fact and every false
conflict; `--sample N` prints the one-source lists of N pairs of other WikiNews
stories (wikinews_medium) for reading, since the ten annotated pairs are only a development set.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from itertools import combinations, pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from rapidfuzz import fuzz  # noqa: E402

from newsdiff import compare  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval"
GOLD = EVAL / "facts" / "wikinews_pairs.json"
STORIES = EVAL / "stories" / "wikinews"

TYPO_RATIO = 90
"""Smallest rapidfuzz ratio for a listed fact and a surface form to be "nearly equal"."""
PART_SHARE = 0.5
"""A whole-word part must cover more than this share of the longer form's letters."""
HEDGES = frozenset(
    "more than less fewer nearly almost about around some at least most up to over under"
    " just roughly approximately the a an".split()
)
"""Vague qualifiers of an amount: a form that differs from a listed fact only by
these ("more than 10 people" / "10 people") is the same fact."""
QUOTE_PART_WORDS = 4
"""Fewest words of a quotation part that matches the whole (gold quotes have 4+)."""
QUOTE_PART_RATIO = 90
"""Smallest rapidfuzz partial ratio for a quotation part to be found in the whole."""

try:
    from ftfy import fix_text
except ImportError:  # pragma: no cover - the eval needs ftfy (pip install ftfy)
    print("eval_facts: ftfy is not installed (pip install ftfy).")
    raise SystemExit(0) from None


def fold(text: str) -> str:
    """Mojibake repaired, accents, case and punctuation removed ("U.S." -> "us")."""
    text = unicodedata.normalize("NFKD", fix_text(text))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = re.sub(r"[.'’‘]", "", text)
    text = re.sub(r"\s*%|\bper cent\b", " percent", text)  # "75%" is "75 percent"
    return " ".join(re.findall(r"\w+", text))


def score(item: str, form: str, quote: bool) -> int:
    """3 equal, 2 nearly equal, 1 a whole-word part covering most, 0 no match (folded texts)."""
    if not item or not form:
        return 0
    if item == form:
        return 3
    if min(len(item), len(form)) >= 4 and fuzz.ratio(item, form) >= TYPO_RATIO:
        return 2
    short, long_ = sorted((item, form), key=len)
    if quote:
        if len(short.split()) >= QUOTE_PART_WORDS and (
            fuzz.partial_ratio(short, long_) >= QUOTE_PART_RATIO
        ):
            return 1
        return 0
    if f" {short} " in f" {long_} " and (
        len(short) > PART_SHARE * len(long_)
        or set(long_.split()) - set(short.split()) <= HEDGES  # "more than 10 people"
    ):
        return 1
    return 0


def best_gold(item: str, gold: list[dict], side: str) -> int | None:
    """Index of the gold fact an item best matches (ties: one carried by `side` only)."""
    folded = fold(item)
    best: tuple[int, int, int] | None = None
    for k, fact in enumerate(gold):
        forms = fact["_folded"]
        s = max((score(folded, f, fact["kind"] == "quote") for f in forms), default=0)
        if s:
            rank = (s, int(fact["_only"] == side), -k)
            if best is None or rank > best:
                best = rank
    return None if best is None else -best[2]


def _conflict_partners(gold: list[dict]) -> dict[int, int]:
    """Gold conflicts as pairs: each A-side conflict entry with the B-side entry after it
    (the gold lists the two values of one conflict one after the other)."""
    flagged = [k for k, fact in enumerate(gold) if fact.get("conflict")]
    out: dict[int, int] = {}
    for k, nxt in pairwise(flagged):
        if gold[k]["_only"] == "a" and gold[nxt]["_only"] == "b" and nxt not in out.values():
            out[k] = nxt
    return out


def article_text(article: dict) -> str:
    return f"{article.get('title') or ''}\n\n{article.get('text') or ''}"


def evaluate(pairs: list[dict], stories: list[dict], show: bool) -> dict[str, float]:
    listed = correct = gold_one = found = 0
    conflicts_listed = conflicts_right = gold_conflicts = 0
    wrong_kinds: Counter[str] = Counter()
    missed_kinds: Counter[str] = Counter()
    for pair in pairs:
        articles = stories[pair["story"]]["articles"]
        result = compare(
            article_text(articles[pair["a_article"]]), article_text(articles[pair["b_article"]])
        ).facts
        gold = pair["facts"]
        for fact in gold:
            fact["_folded"] = [fold(f) for f in fact["a"] + fact["b"]]
            fact["_only"] = "a" if not fact["b"] else "b" if not fact["a"] else ""
        hit: set[int] = set()
        for side, items in (("a", result.only_a), ("b", result.only_b)):
            for item in items:
                listed += 1
                k = best_gold(item.text, gold, side)
                if k is not None and gold[k]["_only"] == side:
                    correct += 1
                    hit.add(k)
                else:
                    wrong_kinds[item.kind.value] += 1
                    if show:
                        what = "no gold fact" if k is None else f"gold {gold[k]['key']!r}"
                        print(f"  wrong  {pair['pair']}{side} {item.kind.value:12} "
                              f"{item.text!r}  ({what})")  # fmt: skip
        partner = _conflict_partners(gold)
        for conflict in result.conflicts:
            conflicts_listed += 1
            ka = best_gold(conflict.a, gold, "a")
            kb = best_gold(conflict.b, gold, "b")
            for k in (ka, kb):
                if k is not None and gold[k]["_only"]:
                    hit.add(k)
            if ka is not None and kb is not None and partner.get(ka) == kb:
                conflicts_right += 1
            elif show:
                print(f"  false  {pair['pair']}  conflict {conflict.a!r} / {conflict.b!r}")
        for k, fact in enumerate(gold):
            if not fact["_only"]:
                continue
            gold_one += 1
            gold_conflicts += bool(fact.get("conflict")) and fact["_only"] == "a"
            if k in hit:
                found += 1
            else:
                missed_kinds[fact["kind"]] += 1
                if show:
                    forms = fact[fact["_only"]]
                    print(f"  missed {pair['pair']}{fact['_only']} {fact['kind']:12} {forms[:3]!r}")
    figures = {
        "precision": correct / listed if listed else 1.0,
        "recall": found / gold_one if gold_one else 1.0,
        "listed": listed,
        "gold": gold_one,
        "conflicts listed": conflicts_listed,
        "conflicts right": conflicts_right,
        "gold conflicts": gold_conflicts,
    }
    print("wrong by kind: " + ", ".join(f"{k} {n}" for k, n in wrong_kinds.most_common()))
    print("missed by kind: " + ", ".join(f"{k} {n}" for k, n in missed_kinds.most_common()))
    return figures


def sample(count: int) -> None:
    """Print the one-source lists of `count` pairs of other WikiNews stories."""
    path = STORIES / "wikinews_medium.json"
    if not path.is_file():
        print(f"eval_facts: {path} not found; no sample.")
        return
    stories = json.loads(path.read_text(encoding="utf-8"))
    pairs = [(s, i, j) for s in stories for i, j in combinations(range(len(s["articles"])), 2)]
    for story, i, j in random.Random(11).sample(pairs, min(count, len(pairs))):
        facts = compare(
            article_text(story["articles"][i]), article_text(story["articles"][j])
        ).facts
        print(f"== {story['title']} ({i} / {j})")
        for label, items in (("A", facts.only_a), ("B", facts.only_b)):
            print(f"  only {label}: " + "; ".join(f"{f.text} [{f.kind.value[:3]}]" for f in items))
        for c in facts.conflicts:
            print(f"  conflict: {c.a} / {c.b}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--show", "--verbose", action="store_true", help="print wrong and missed facts"
    )
    parser.add_argument("--sample", type=int, default=0, help="print N other pairs' lists")
    args = parser.parse_args(argv)
    if not GOLD.is_file() or not (STORIES / "handpicked.json").is_file():
        print(f"eval_facts: {GOLD} or its articles not found; nothing to measure.")
        return 0
    pairs = json.loads(GOLD.read_text(encoding="utf-8"))
    stories = json.loads((STORIES / "handpicked.json").read_text(encoding="utf-8"))
    figures = evaluate(pairs, stories, args.show)
    print(
        f"one-source facts: precision {figures['precision']:.3f} "
        f"({figures['listed']} listed), recall {figures['recall']:.3f} ({figures['gold']} gold); "
        f"conflicts: {figures['conflicts right']} of {figures['gold conflicts']} gold found, "
        f"{figures['conflicts listed'] - figures['conflicts right']} false "
        f"({figures['conflicts listed']} listed)"
    )
    if args.sample:
        sample(args.sample)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
