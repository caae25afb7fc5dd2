"""Proof that a refactor changed no behaviour: the JSON of many comparisons, saved and checked.

Covers the ten pairs of the five seed articles (through the CLI, `--format json`),
`newsdiff stories seeds --coverage --format json`, every pair of articles within a
story of ../shared/eval/stories/wikinews/handpicked.json (through `newsdiff.compare`;
evaluation data, not shipped: that part is left out, with a note, when it is
absent) and the grouping of those articles as one folder.

    .venv/bin/python scripts/check_same_output.py --save /tmp/before
    ... change the code ...
    .venv/bin/python scripts/check_same_output.py --check /tmp/before

`--check` exits 1 and names every output that is not byte-identical.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
HANDPICKED = ROOT.parent / "shared" / "eval" / "stories" / "wikinews" / "handpicked.json"


def _cli(*args: str) -> bytes:
    done = subprocess.run(
        [sys.executable, "-m", "newsdiff", *args], capture_output=True, cwd=ROOT, check=False
    )
    return done.stdout + b"\n--stderr--\n" + done.stderr + f"\n--exit {done.returncode}\n".encode()


def outputs() -> dict[str, bytes]:
    """Every output this check compares, by name."""
    from newsdiff import compare

    result: dict[str, bytes] = {}
    seeds = sorted(p.name for p in SEEDS.glob("*.txt"))
    for a, b in combinations(seeds, 2):
        result[f"seeds/{a}+{b}.json"] = _cli(f"seeds/{a}", f"seeds/{b}", "--format", "json")
    result["seeds/stories-coverage.json"] = _cli(
        "stories", "seeds", "--coverage", "--format", "json"
    )
    if not HANDPICKED.is_file():
        print(f"check_same_output: {HANDPICKED} not found; WikiNews pairs left out.")
        return result
    stories = json.loads(HANDPICKED.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        for k, story in enumerate(stories):
            texts = [f"{a.get('title') or ''}\n\n{a.get('text') or ''}" for a in story["articles"]]
            for i, text in enumerate(texts):
                (Path(tmp) / f"s{k:02d}_a{i:02d}.txt").write_text(text, encoding="utf-8")
            for (i, a), (j, b) in combinations(enumerate(texts), 2):
                data = compare(a, b).to_dict()
                result[f"handpicked/{k:02d}-{i}-{j}.json"] = json.dumps(
                    data, ensure_ascii=False, sort_keys=True
                ).encode()
        result["handpicked/stories.json"] = _cli("stories", tmp, "--format", "json").replace(
            tmp.encode(), b"TMP"
        )
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--save", type=Path, help="write the outputs to this folder")
    mode.add_argument("--check", type=Path, help="compare the outputs with this folder")
    args = parser.parse_args(argv)
    current = outputs()
    if args.save:
        for name, data in current.items():
            path = args.save / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        print(f"saved {len(current)} outputs to {args.save}")
        return 0
    differ = [n for n, d in current.items() if (args.check / n).read_bytes() != d]
    missing = [
        str(p.relative_to(args.check))
        for p in args.check.rglob("*.json")
        if str(p.relative_to(args.check)) not in current
    ]
    for name in differ:
        print(f"differs: {name}")
    for name in missing:
        print(f"missing now: {name}")
    print(f"{len(current) - len(differ)} of {len(current)} outputs byte-identical")
    return 1 if differ or missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
