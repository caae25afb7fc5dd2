"""Measure newsdiff's sentence similarity as paraphrase detection on MSRP.

Reads the Microsoft Research Paraphrase Corpus train split from
`../shared/eval/paraphrase/msrp_train.tsv` (relative to the project root) and
decides "these two sentences belong in one aligned row" as
`pair_score(a, b) >= ALIGN_THRESHOLD`. Prints, in one run:

- the baseline: rapidfuzz `token_set_ratio` at its best threshold (fitted on
  the very data it is tested on, so optimistic);
- newsdiff at its fixed `ALIGN_THRESHOLD`, on all pairs and on each half;
- threshold stability: the best threshold picked on one half, tested on the other;
- weight stability (`--refit`, on by default): the logistic weights refitted on
  one half and tested on the other, both ways, so the figure does not lean on
  weights that saw the test pairs;
- timings of `score_matrix` on 100x100, 500x500 and 1000x1000 sentences.

`--fit` prints the logistic weights fitted on all pairs (how the constants in
`newsdiff.core.align.similarity` were made).

Run: `.venv/bin/python scripts/eval_paraphrase.py [--fit] [--no-refit] [--no-timing]`
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "eval" / "paraphrase" / "msrp_train.tsv"
sys.path.insert(0, str(ROOT / "src"))

from rapidfuzz import fuzz  # noqa: E402

from newsdiff.core.align import similarity  # noqa: E402


def load_pairs(path: Path) -> tuple[list[str], list[str], np.ndarray]:
    """Sentence pairs and labels (1 = paraphrase) from the MSRP TSV."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    header, body = rows[0], [r for r in rows[1:] if len(r) >= 5]
    if header[0].strip() != "Quality":
        raise SystemExit(f"unexpected header in {path}: {header}")
    first = [r[3] for r in body]
    second = [r[4] for r in body]
    labels = np.array([int(r[0]) for r in body], dtype=np.int8)
    return first, second, labels


def accuracy_f1(scores: np.ndarray, labels: np.ndarray, threshold: float) -> tuple[float, float]:
    """Accuracy and F1 (positive = paraphrase) of `scores >= threshold`."""
    predicted = scores >= threshold
    positive = labels == 1
    true_pos = int(np.sum(predicted & positive))
    accuracy = float(np.mean(predicted == positive))
    denominator = int(predicted.sum() + positive.sum())
    return accuracy, (2.0 * true_pos / denominator if denominator else 0.0)


def best_threshold(scores: np.ndarray, labels: np.ndarray) -> float:
    """The threshold with the best accuracy (midway between neighbouring scores)."""
    values = np.unique(scores)
    cuts = np.concatenate([[values[0]], (values[1:] + values[:-1]) / 2, [values[-1] + 1]])
    accuracies = [accuracy_f1(scores, labels, c)[0] for c in cuts]
    return float(cuts[int(np.argmax(accuracies))])


def pair_features(first: list[str], second: list[str]) -> np.ndarray:
    """The similarity features of each pair alone, shape (n, 4)."""
    return np.array(
        [similarity._features([a], [b])[:, 0, 0] for a, b in zip(first, second, strict=True)]
    )


def fit_logistic(features: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """Logistic regression by Newton's method (tiny ridge for stability); last weight is bias."""
    x = np.hstack([features, np.ones((len(features), 1))]).astype(np.float64)
    w = np.zeros(x.shape[1])
    ridge = 1e-2 * np.eye(x.shape[1])
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-x @ w))
        gradient = x.T @ (p - labels) + ridge @ w
        hessian = (x * (p * (1 - p))[:, None]).T @ x + ridge
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.max(np.abs(step)) < 1e-8:
            break
    return w


def logistic_scores(features: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Probabilities from features and (weights..., bias)."""
    return 1.0 / (1.0 + np.exp(-(features @ weights[:-1] + weights[-1])))


def halves(n: int) -> tuple[np.ndarray, np.ndarray]:
    """A fixed random split into two halves (seeded, so runs are comparable)."""
    order = np.random.default_rng(20240617).permutation(n)
    return order[: n // 2], order[n // 2 :]


def line(name: str, accuracy: float, f1: float, extra: str = "") -> str:
    return f"  {name:<44} acc {100 * accuracy:5.1f} %   F1 {100 * f1:5.1f}  {extra}"


def report(first: list[str], second: list[str], labels: np.ndarray, refit: bool) -> None:
    n = len(labels)
    print(f"MSRP train: {n} pairs, {100 * labels.mean():.1f} % paraphrases")
    majority = accuracy_f1(np.ones(n), labels, 0.5)
    print(line("majority class (all paraphrase)", *majority))

    base = np.array(
        [fuzz.token_set_ratio(a, b) for a, b in zip(first, second, strict=True)], dtype=float
    )
    cut = best_threshold(base, labels)
    print(
        line(
            "baseline token_set_ratio, best threshold",
            *accuracy_f1(base, labels, cut),
            f"(threshold {cut:.1f}, fitted on all pairs)",
        )
    )

    started = time.perf_counter()
    ours = np.array(
        [similarity.pair_score(a, b) for a, b in zip(first, second, strict=True)], dtype=float
    )
    elapsed = time.perf_counter() - started
    t = similarity.ALIGN_THRESHOLD
    print(
        line(
            "newsdiff pair_score >= ALIGN_THRESHOLD",
            *accuracy_f1(ours, labels, t),
            f"(threshold {t}, {1e3 * elapsed / n:.2f} ms a pair)",
        )
    )

    one, two = halves(n)
    print("threshold stability (2-fold: best threshold on one half, tested on the other):")
    for name, train, test in (("half 1 -> half 2", one, two), ("half 2 -> half 1", two, one)):
        cut = best_threshold(ours[train], labels[train])
        fixed = accuracy_f1(ours[test], labels[test], t)
        print(line(f"{name}: fixed {t}", *fixed))
        print(line(f"{name}: picked {cut:.3f}", *accuracy_f1(ours[test], labels[test], cut)))
        base_cut = best_threshold(base[train], labels[train])
        print(
            line(
                f"{name}: baseline picked {base_cut:.1f}",
                *accuracy_f1(base[test], labels[test], base_cut),
            )
        )

    if refit:
        print(
            "weight stability (2-fold: logistic weights fitted on one half, tested on the other):"
        )
        features = pair_features(first, second)
        for name, train, test in (("half 1 -> half 2", one, two), ("half 2 -> half 1", two, one)):
            weights = fit_logistic(features[train], labels[train])
            scores = logistic_scores(features[test], weights)
            print(
                line(
                    name,
                    *accuracy_f1(scores, labels[test], 0.5),
                    "weights " + " ".join(f"{w:.2f}" for w in weights),
                )
            )
        print(
            "  shipped weights",
            " ".join(f"{w:.2f}" for w in similarity.FEATURE_WEIGHTS),
            f"{similarity.BIAS:.2f}",
        )


def timing(first: list[str], second: list[str]) -> None:
    """Wall and CPU time of `score_matrix` (CPU time counts both rapidfuzz threads)."""
    print("score_matrix timings (MSRP sentences, best of 3; cold = token caches emptied):")
    for size in (100, 200, 500, 1000):
        a, b = first[:size], second[size : 2 * size]
        for label in ("cold", "warm"):
            best_wall, best_cpu = float("inf"), float("inf")
            for _ in range(3):
                if label == "cold":
                    similarity._prepare.cache_clear()
                    similarity._normalise_lower.cache_clear()
                wall, cpu = time.perf_counter(), time.process_time()
                similarity.score_matrix(a, b)
                best_wall = min(best_wall, time.perf_counter() - wall)
                best_cpu = min(best_cpu, time.process_time() - cpu)
            print(
                f"  {size:>4} x {size:<4} {label}  wall {1e3 * best_wall:7.1f} ms"
                f"   cpu {1e3 * best_cpu:7.1f} ms"
            )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fit", action="store_true", help="print weights fitted on all pairs")
    parser.add_argument("--no-refit", action="store_true", help="skip the 2-fold weight refit")
    parser.add_argument("--no-timing", action="store_true", help="skip the timings")
    args = parser.parse_args()
    if not DATA.is_file():
        print(f"eval_paraphrase: {DATA} not found (needs ../shared/eval); nothing to measure.")
        return 0
    first, second, labels = load_pairs(DATA)
    if args.fit:
        weights = fit_logistic(pair_features(first, second), labels)
        print("weights (word overlap, phrase overlap, character similarity, new content, bias):")
        print("  " + ", ".join(f"{w:.2f}" for w in weights))
        return 0
    report(first, second, labels, refit=not args.no_refit)
    if not args.no_timing:
        timing(first, second)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
