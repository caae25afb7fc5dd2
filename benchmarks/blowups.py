"""Issue 18's blow-ups at the sizes it names (run by hand).

- alignment: n lines of "Go." compared with themselves (`compare()`, 1,000 /
  4,000 / 8,000 lines), and n lines of six words from a ten-word vocabulary
  against n others (`align_sentences`; 2,000 / 8,000 / 20,000 lines);
- segmentation: one hard-wrapped paragraph of 12.5k / 25k / 50k / 100k lines,
  a sentence ending inside every other line (`segment_lines`);
- grouping: 100 / 101 / 300 near-identical copies of one seed article (each
  with its own outlet line) as one folder (`group_sources`): stories found.

Each case runs in a fresh process: wall time and peak resident memory.

    .venv/bin/python benchmarks/blowups.py [--only align segment group] [--quick]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CASE = r"""
import json, random, resource, sys, time
sys.path.insert(0, {src!r})
kind, n = {kind!r}, {n}
start = time.perf_counter()
if kind == "repeat":
    from newsdiff.core.compare import compare
    text = "\n".join(["Go."] * n)
    result = len(compare(text, text).rows)
elif kind == "vocab":
    from newsdiff.core.align.sentences import align_sentences
    rng = random.Random(1)
    words = "alpha beta gamma delta omega sigma kappa theta zeta iota".split()
    def lines():
        return [" ".join(rng.choice(words) for _ in range(6)).capitalize() + "." for _ in range(n)]
    a, b = lines(), lines()
    start = time.perf_counter()
    result = len(align_sentences(a, b))
elif kind == "wrapped":
    from newsdiff.core.text.segment import segment_lines
    lines = [
        f"the report went on {{k}} times. Then it said more" if k % 2 else f"and line {{k}} runs on"
        for k in range(n)
    ]
    start = time.perf_counter()
    result = len(segment_lines(lines))
else:
    from pathlib import Path
    from newsdiff.core.model import Source
    from newsdiff.core.stories.grouping import group_sources
    lines = sorted(Path({seeds!r}).glob("*.txt"))[1].read_text(encoding="utf-8").splitlines()
    sources = [
        Source(f"c{{k:04d}}", "", f"c{{k:04d}}.txt",
               "\n".join([lines[0], f"Carried by outlet {{k}} today", *lines[1:]]))
        for k in range(n)
    ]
    start = time.perf_counter()
    result = len(group_sources(sources))
elapsed = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({{"seconds": elapsed, "peak_mb": peak, "result": result}}))
"""

CASES = {
    "align": [("repeat", n) for n in (1000, 4000, 8000)]
    + [("vocab", n) for n in (2000, 8000, 20000)],
    "segment": [("wrapped", n) for n in (12_500, 25_000, 50_000, 100_000)],
    "group": [("copies", n) for n in (100, 101, 300)],
}
RESULT = {"repeat": "rows", "vocab": "rows", "wrapped": "sentences", "copies": "stories"}


def run(kind: str, n: int) -> dict[str, float]:
    code = CASE.format(src=str(ROOT / "src"), seeds=str(ROOT / "seeds"), kind=kind, n=n)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", choices=sorted(CASES), default=sorted(CASES))
    parser.add_argument("--quick", action="store_true", help="skip the largest vocabulary case")
    args = parser.parse_args(argv)
    print(f"{'case':>8} {'size':>8} {'seconds':>8} {'peak MB':>8}  result")
    for group in args.only:
        for kind, n in CASES[group]:
            if args.quick and kind == "vocab" and n > 8000:
                continue
            got = run(kind, n)
            print(
                f"{kind:>8} {n:>8} {got['seconds']:>8.2f} {got['peak_mb']:>8.0f}  "
                f"{got['result']} {RESULT[kind]}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
