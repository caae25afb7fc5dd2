"""Measure article extraction on real saved pages: newsdiff against trafilatura alone.

    .venv/bin/python scripts/eval_html.py [../shared/eval/html] [--pages N] [--show N]

The folder holds `html/*.html.gz` and `segments.json` (file name to
`{"url", "with": [...], "without": [...]}`; see its README). For each page the
text newsdiff keeps (its sentences after extraction, cleaning and segmentation)
and the text trafilatura alone extracts (same options) are searched for every
segment, whitespace normalised. Reported: the share of `with` segments found
(must keep; higher is better) and of `without` segments found (must not keep;
lower is better), over all segments and as the mean of per-page shares, plus
pages whose visible words are not all accounted for (kept or removed).

The data has segments, not full ground-truth text, so word 4-gram precision
and recall are computed against the segments only: recall as the share of the
`with` segments' 4-grams found in the kept text, and "leak" as the share of
the `without` segments' 4-grams found there.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

from newsdiff.core.compare import analyse
from newsdiff.core.stories.sources import source_from_data
from newsdiff.core.text.html_page import decode_html, extract_text

ROOT = Path(__file__).resolve().parents[1]
GENERIC_REASONS = (
    "page text outside the article",
    "beside the article text, left out by the extractor",
    "trimmed from an article block",
)
"""Reasons that name no kind of page furniture."""
META_FIELDS = ("title", "outlet", "date", "author")
"""Page metadata counted (an outlet only when the page names one, not the file name)."""
_WORD = re.compile(r"\w+")
"""Tokens as the published article-extraction benchmark counts them."""


def _norm(text: str) -> str:
    return " ".join(text.split())


def _grams(text: str, n: int = 4) -> set[tuple[str, ...]]:
    words = _WORD.findall(text)
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def _share(segments: list[str], text: str) -> tuple[int, int]:
    return sum(_norm(s) in text for s in segments), len(segments)


def _gram_share(segments: list[str], grams: set[tuple[str, ...]]) -> tuple[int, int]:
    wanted = set().union(*(_grams(s) for s in segments)) if segments else set()
    return len(wanted & grams), len(wanted)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", nargs="?", default=str(ROOT.parent / "shared/eval/html"))
    parser.add_argument("--pages", type=int, default=0, help="only the first N pages")
    parser.add_argument("--show", type=int, default=0, help="list the N worst pages")
    args = parser.parse_args(argv)
    folder = Path(args.folder)
    segments = json.loads((folder / "segments.json").read_text(encoding="utf-8"))
    names = sorted(segments)[: args.pages or None]
    totals = {who: [0, 0, 0, 0, 0, 0, 0, 0] for who in ("newsdiff", "trafilatura")}
    per_page: dict[str, list[tuple[float, float]]] = {"newsdiff": [], "trafilatura": []}
    unaccounted: list[str] = []
    reasons: Counter[bool] = Counter()
    found: Counter[str] = Counter()
    worst: list[tuple[float, str, list[str], list[str]]] = []
    started = time.perf_counter()
    for name in names:
        entry = segments[name]
        data = gzip.decompress((folder / "html" / name).read_bytes())
        url = entry.get("url", "")
        source = source_from_data(data, source_id=name, path=name, kind="html", fetched_from=url)
        side = analyse(source).side
        kept = {
            "newsdiff": _norm(" ".join(side.texts)),
            "trafilatura": _norm(extract_text(decode_html(data)[0], url)),
        }
        for field in META_FIELDS:
            found[field] += getattr(source, field) not in ("", name)
        for removed in source.removed:
            named = removed.reason not in GENERIC_REASONS
            reasons[named] += len(removed.text.split())
        if not _accounted(source.text, side, decode_html(data)[0]):
            unaccounted.append(name)
        for who, text in kept.items():
            w_found, w_all = _share(entry["with"], text)
            o_found, o_all = _share(entry["without"], text)
            grams = _grams(text)
            wg, wg_all = _gram_share(entry["with"], grams)
            og, og_all = _gram_share(entry["without"], grams)
            for k, v in enumerate((w_found, w_all, o_found, o_all, wg, wg_all, og, og_all)):
                totals[who][k] += v
            per_page[who].append((w_found / max(w_all, 1), o_found / max(o_all, 1)))
        missed = [s for s in entry["with"] if _norm(s) not in kept["newsdiff"]]
        leaked = [s for s in entry["without"] if _norm(s) in kept["newsdiff"]]
        score = len(missed) / max(len(entry["with"]), 1) + len(leaked) / max(
            len(entry["without"]), 1
        )
        worst.append((score, name, missed, leaked))
    elapsed = time.perf_counter() - started
    print(f"{len(names)} pages, {elapsed:.1f} s")
    print(
        f"{'':12} {'with kept':>10} {'without kept':>13} {'page mean w/wo':>16} "
        f"{'4g recall':>10} {'4g leak':>8}"
    )
    for who, t in totals.items():
        pages = per_page[who]
        mean_w = sum(p[0] for p in pages) / max(len(pages), 1)
        mean_o = sum(p[1] for p in pages) / max(len(pages), 1)
        print(
            f"{who:12} {t[0] / max(t[1], 1):>10.3f} {t[2] / max(t[3], 1):>13.3f} "
            f"{mean_w:>8.3f}/{mean_o:.3f} {t[4] / max(t[5], 1):>10.3f} {t[6] / max(t[7], 1):>8.3f}"
        )
    print(f"pages with a visible word neither kept nor removed: {len(unaccounted)}")
    print(
        "page words left out by the extraction with a named reason (navigation, "
        f"comments, …): {reasons[True] / max(sum(reasons.values()), 1):.1%} "
        f"of {sum(reasons.values()):,}"
    )
    shares = ", ".join(f"{f} {found[f] / max(len(names), 1):.0%}" for f in META_FIELDS)
    print(f"pages with metadata: {shares}")
    for name in unaccounted[:5]:
        print(f"  {name}")
    for score, name, missed, leaked in sorted(worst, reverse=True)[: args.show]:
        print(f"{score:.2f} {name}")
        for s in missed:
            print(f"    missed: {s[:100]!r}")
        for s in leaked:
            print(f"    leaked: {s[:100]!r}")
    return 0


def _accounted(text: str, side, html: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether every visible word of the page is in the sentences or removed."""
    from newsdiff.core.text.html_page import visible_words

    # Characters, not words: the segmenter may split a sentence inside what
    # whitespace calls one word (CJK full stops, closing quotes).
    have = Counter("".join(side.texts).replace(" ", "").casefold()) + Counter(
        "".join(r.text for r in side.removed).replace(" ", "").casefold()
    )
    need = Counter("".join(visible_words(html)).casefold())
    return not (need - have)


if __name__ == "__main__":
    sys.exit(main())
