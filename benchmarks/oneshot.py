"""The one-shot budget as a user meets it: `pip install .` into a fresh venv, then
`newsdiff A B` on a sample pair against the floor of any Rich CLI, side by side.

    .venv/bin/python benchmarks/oneshot.py [--runs 21] [--pair 001 004] [--keep /tmp/nd-venv]

The venv gets a regular (not editable) install, so byte-code is written as for
any user; one warm-up round runs first. Commands are interleaved round by round
so that load on the machine hits them alike; medians are printed, with the
ratio `newsdiff A B` / `python -c "import rich.console"` (issue 12's target: at
most 2.0) and how much of newsdiff's time is imports (`-X importtime`).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


def _venv(where: Path) -> Path:
    python = where / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(where)], check=True)
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--force-reinstall", "--no-deps", str(ROOT)],
        check=True,
    )
    subprocess.run([str(python), "-m", "pip", "install", "-q", str(ROOT)], check=True)
    return python


def _seed(prefix: str) -> Path:
    found = sorted(SEEDS.glob(f"{prefix}*.txt"))
    if not found:
        raise SystemExit(f"oneshot: no seed file starting with {prefix!r}")
    return found[0]


def _time(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def _import_share(python: Path, a: Path, b: Path) -> float:
    """Seconds spent importing newsdiff's own modules in one run (`-X importtime`)."""
    done = subprocess.run(
        [str(python), "-X", "importtime", "-m", "newsdiff", str(a), str(b), "--color", "never"],
        capture_output=True,
        text=True,
        check=False,
    )
    total = 0
    for line in done.stderr.splitlines():
        parts = [p.strip() for p in line.removeprefix("import time:").split("|")]
        if len(parts) == 3 and parts[0].isdigit() and parts[2].lstrip().startswith("newsdiff"):
            total += int(parts[0])  # self time, so nothing is counted twice
    return total / 1e6


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--pair", nargs=2, default=["001", "004"], metavar=("A", "B"))
    parser.add_argument("--keep", type=Path, help="venv folder to create or reuse")
    args = parser.parse_args(argv)
    a, b = _seed(args.pair[0]), _seed(args.pair[1])
    with tempfile.TemporaryDirectory() as tmp:
        python = _venv(args.keep or Path(tmp) / "venv")
        newsdiff = str(python.parent / "newsdiff")
        commands = {
            "floor": [str(python), "-c", "import rich.console"],
            "newsdiff A B": [newsdiff, str(a), str(b), "--color", "never"],
            "newsdiff --version": [newsdiff, "--version"],
        }
        times: dict[str, list[float]] = {name: [] for name in commands}
        for round_ in range(args.runs + 1):
            for name, cmd in commands.items():
                took = _time(cmd)
                if round_:
                    times[name].append(took)
        imports = statistics.median(_import_share(python, a, b) for _ in range(5))
    median = {name: statistics.median(t) for name, t in times.items()}
    load = os.getloadavg()[0]
    print(f"pair: {a.name} {b.name}; {args.runs} runs, median; load average {load:.2f}")
    for name, seconds in median.items():
        print(f"  {name:20} {seconds * 1000:7.1f} ms")
    ratio = median["newsdiff A B"] / median["floor"]
    print(f"  ratio to the floor   {ratio:7.2f}x (target <= 2.0)")
    print(f"  newsdiff's own imports (self time, -X importtime) {imports * 1000:.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
