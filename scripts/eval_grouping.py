"""Measure automatic story grouping on the WikiNews event clusters.

Reads ../shared/eval/stories/wikinews/*.json (a list of gold stories, each
with its cited articles), hands every article to `group_sources` as one
would a folder of scraped files (headline on the first line, then the text),
and reports B-cubed precision, recall and F1 per file, plus the time taken.
Article ids are hashes of their URL and title, so neither file order nor ids
carry the gold grouping.

    .venv/bin/python scripts/eval_grouping.py [--all] [--baseline] [--files handpicked ...]

`handpicked` and `wikinews` were used while developing (the one threshold was
chosen on them); `wikinews_medium` and `wikinews_big` are held out. `--all`
also groups the union of every file as one folder (a larger, harder corpus).
`--baseline` also runs a plain TF-IDF average-link baseline at a range of
thresholds and prints its best F1 per file (an oracle: the threshold is tuned
on the answer), and its F1 at the one threshold best on the development files.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsdiff.core.model import Source  # noqa: E402
from newsdiff.core.stories.grouping import group_sources  # noqa: E402

EVAL_DIR = ROOT.parent / "shared" / "eval" / "stories" / "wikinews"
DEVELOPMENT = ("handpicked", "wikinews")
HELD_OUT = ("wikinews_medium", "wikinews_big")
BASELINE_THRESHOLDS = tuple(round(0.05 + 0.025 * k, 3) for k in range(15))
"""Thresholds the baseline is tried at; its best one per file is an oracle (tuned on the answer)."""
_BASELINE_TOKEN = re.compile(r"[^\W\d_]{2,}")
_BASELINE_STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each few
    for from further had has have having he her here hers herself him himself his how i if in
    into is it its itself just me more most my myself no nor not now of off on once only or
    other our ours ourselves out over own same she should so some such than that the their
    theirs them themselves then there these they this those through to too under until up very
    was we were what when where which while who whom why will with would you your yours
    yourself yourselves said says mr mrs ms""".split()
)


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


def baseline_clusters(sources: list[Source], threshold: float) -> list[list[str]]:
    """Plain TF-IDF cosine, average-link over all pairs: the reference to beat.

    Lower-cased word tokens without stopwords, raw counts, smoothed IDF, unit
    length; two clusters merge while their mean pairwise cosine is at least
    `threshold`. Quadratic in memory and time, fine for a few hundred articles.
    """
    import numpy as np

    vocabulary: dict[str, int] = {}
    rows: list[dict[int, int]] = []
    for source in sources:
        counts: dict[int, int] = {}
        for token in _BASELINE_TOKEN.findall(source.text.lower()):
            if token not in _BASELINE_STOPWORDS:
                k = vocabulary.setdefault(token, len(vocabulary))
                counts[k] = counts.get(k, 0) + 1
        rows.append(counts)
    n = len(sources)
    df = np.zeros(len(vocabulary))
    for counts in rows:
        df[list(counts)] += 1
    idf = np.log((n + 1) / (df + 1)) + 1
    matrix = np.zeros((n, len(vocabulary)), dtype=np.float32)
    for r, counts in enumerate(rows):
        matrix[r, list(counts)] = np.array(list(counts.values())) * idf[list(counts)]
    matrix /= np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-12)
    sims = (matrix @ matrix.T).astype(np.float64)
    np.fill_diagonal(sims, -np.inf)
    sizes = np.ones(n)
    members = {i: [i] for i in range(n)}
    while len(members) > 1:
        flat = int(np.argmax(sims))
        a, b = divmod(flat, n)
        if sims[a, b] < threshold:
            break
        # Lance-Williams update for average link: the merged row is the size-weighted mean.
        merged = (sims[a] * sizes[a] + sims[b] * sizes[b]) / (sizes[a] + sizes[b])
        sims[a], sims[:, a] = merged, merged
        sims[a, a] = -np.inf
        sims[b], sims[:, b] = -np.inf, -np.inf
        sizes[a] += sizes[b]
        members[a] += members.pop(b)
    return [[sources[i].id for i in group] for group in members.values()]


def evaluate(name: str, sources: list[Source], gold: dict[str, int]) -> tuple[float, float, float]:
    """Group with newsdiff and print one line of figures."""
    start = time.perf_counter()
    stories = group_sources(sources)
    elapsed = time.perf_counter() - start
    predicted = [[s.id for s in story.sources] for story in stories]
    p, r, f = bcubed(predicted, gold)
    print(
        f"{name:<26} {len(set(gold.values())):>5} {len(gold):>6} {len(stories):>7}"
        f"  P {p:.3f}  R {r:.3f}  F1 {f:.3f}  {elapsed:6.2f} s"
    )
    return p, r, f


def evaluate_baseline(name: str, sources: list[Source], gold: dict[str, int]) -> dict[float, float]:
    """F1 of the plain baseline at every threshold; prints its best (oracle) line."""
    scores: dict[float, float] = {}
    best: tuple[float, float, float, float, int] | None = None
    for threshold in BASELINE_THRESHOLDS:
        predicted = baseline_clusters(sources, threshold)
        p, r, f = bcubed(predicted, gold)
        scores[threshold] = f
        if best is None or f > best[2]:
            best = (p, r, f, threshold, len(predicted))
    assert best is not None
    p, r, f, threshold, count = best
    print(
        f"{'  baseline (oracle t=' + str(threshold) + ')':<26} {'':>5} {'':>6} {count:>7}"
        f"  P {p:.3f}  R {r:.3f}  F1 {f:.3f}"
    )
    return scores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", nargs="*", default=None, help="file stems to evaluate")
    parser.add_argument("--all", action="store_true", help="also group all files as one folder")
    parser.add_argument(
        "--baseline", action="store_true", help="also run the plain TF-IDF average-link baseline"
    )
    args = parser.parse_args(argv)
    if not EVAL_DIR.is_dir():
        print(f"eval_grouping: {EVAL_DIR} not found; nothing to measure.")
        return 0
    names = args.files or [*DEVELOPMENT, *HELD_OUT]
    print(f"{'file':<26} {'gold':>5} {'items':>6} {'stories':>7}")
    every: list[Source] = []
    every_gold: dict[str, int] = {}
    dev_scores: list[dict[float, float]] = []
    all_scores: list[dict[float, float]] = []
    for offset, name in enumerate(names):
        path = EVAL_DIR / f"{name}.json"
        if not path.is_file():
            print(f"{name:<26} missing")
            continue
        sources, gold = load_gold(path)
        if not sources:
            print(f"{name:<26} no stories in the expected format")
            continue
        role = "dev" if name in DEVELOPMENT else "held out" if name in HELD_OUT else ""
        evaluate(f"{name} {role}".strip(), sources, gold)
        if args.baseline:
            scores = evaluate_baseline(name, sources, gold)
            all_scores.append(scores)
            if name in DEVELOPMENT:
                dev_scores.append(scores)
        every.extend(sources)
        every_gold.update({k: v + offset * 10_000 for k, v in gold.items()})
    if args.all and every:
        evaluate("all files", every, every_gold)
        if args.baseline:
            evaluate_baseline("all files", every, every_gold)
    if args.baseline and all_scores:
        # One threshold for every file, chosen on the development files only
        # (what a fair baseline would ship with), then its F1 on each file.
        chosen = dev_scores or all_scores
        fair = max(BASELINE_THRESHOLDS, key=lambda t: sum(s[t] for s in chosen))
        figures = "  ".join(f"{s[fair]:.3f}" for s in all_scores)
        print(f"baseline at t={fair} (chosen on dev files), F1 per file: {figures}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
