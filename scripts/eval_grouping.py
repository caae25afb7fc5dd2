"""Measure automatic story grouping on the WikiNews event clusters.

Reads ../shared/eval/stories/wikinews/*.json (a list of gold stories, each
with its cited articles), hands every article to `group_sources` as one
would a folder of scraped files (headline on the first line, then the text),
and reports B-cubed precision, recall and F1 per file, plus the time taken.
Article ids are hashes of their URL and title, so neither file order nor ids
carry the gold grouping.

    .venv/bin/python scripts/eval_grouping.py [--all] [--files handpicked wikinews_big ...]

`handpicked` and `wikinews` were used while developing (the one threshold was
chosen on them); `wikinews_medium` and `wikinews_big` are held out. `--all`
also groups the union of every file as one folder (a larger, harder corpus).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsdiff.core.corpus import Source  # noqa: E402
from newsdiff.core.grouping import group_sources  # noqa: E402

EVAL_DIR = ROOT.parent / "shared" / "eval" / "stories" / "wikinews"
DEVELOPMENT = ("handpicked", "wikinews")
HELD_OUT = ("wikinews_medium", "wikinews_big")


def load_gold(path: Path) -> tuple[list[Source], dict[str, int]]:
    """The articles of one file as sources, and each source id's gold story."""
    data = json.loads(path.read_text(encoding="utf-8"))
    sources: list[Source] = []
    gold: dict[str, int] = {}
    for story_index, story in enumerate(data):
        if not isinstance(story, dict) or "articles" not in story:
            continue
        for article in story["articles"]:
            title = (article.get("title") or "").strip()
            text = (article.get("text") or "").strip()
            key = f"{article.get('ext_url', '')}\n{title}\n{story_index}"
            sid = hashlib.sha1(key.encode()).hexdigest()[:12]
            body = f"{title}\n\n{text}" if title else text
            sources.append(Source(id=sid, outlet=sid, path=f"{sid}.txt", text=body))
            gold[sid] = story_index
    return sources, gold


def bcubed(predicted: list[list[str]], gold: dict[str, int]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a clustering against gold labels."""
    gold_size: dict[int, int] = {}
    for label in gold.values():
        gold_size[label] = gold_size.get(label, 0) + 1
    precision = recall = 0.0
    for cluster in predicted:
        labels: dict[int, int] = {}
        for item in cluster:
            labels[gold[item]] = labels.get(gold[item], 0) + 1
        for item in cluster:
            same = labels[gold[item]]
            precision += same / len(cluster)
            recall += same / gold_size[gold[item]]
    n = len(gold)
    precision, recall = precision / n, recall / n
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def evaluate(name: str, sources: list[Source], gold: dict[str, int]) -> tuple[float, float, float]:
    start = time.perf_counter()
    stories = group_sources(sources)
    elapsed = time.perf_counter() - start
    predicted = [[s.id for s in story.sources] for story in stories]
    p, r, f = bcubed(predicted, gold)
    print(
        f"{name:<18} {len(set(gold.values())):>5} {len(gold):>6} {len(stories):>7}"
        f"  P {p:.3f}  R {r:.3f}  F1 {f:.3f}  {elapsed:6.2f} s"
    )
    return p, r, f


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", nargs="*", default=None, help="file stems to evaluate")
    parser.add_argument("--all", action="store_true", help="also group all files as one folder")
    args = parser.parse_args(argv)
    if not EVAL_DIR.is_dir():
        print(f"eval_grouping: {EVAL_DIR} not found; nothing to measure.")
        return 0
    names = args.files or [*DEVELOPMENT, *HELD_OUT]
    print(f"{'file':<18} {'gold':>5} {'items':>6} {'stories':>7}")
    every: list[Source] = []
    every_gold: dict[str, int] = {}
    for offset, name in enumerate(names):
        path = EVAL_DIR / f"{name}.json"
        if not path.is_file():
            print(f"{name:<18} missing")
            continue
        sources, gold = load_gold(path)
        if not sources:
            print(f"{name:<18} no stories in the expected format")
            continue
        role = "dev" if name in DEVELOPMENT else "held out" if name in HELD_OUT else ""
        evaluate(f"{name} {role}".strip(), sources, gold)
        every.extend(sources)
        every_gold.update({k: v + offset * 10_000 for k, v in gold.items()})
    if args.all and every:
        evaluate("all files", every, every_gold)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
