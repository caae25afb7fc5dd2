"""Where one cold one-shot run spends its time: a timeline of both processes.

    .venv/bin/python benchmarks/timeline.py [A B] [--runs 5] [-- newsdiff options]

Runs `newsdiff A B --color never` (default: seeds 001 and 004) in a fresh
process with timers around the one-shot's steps: the CLI's import, the compare
stage's import, each side's cleaning and segmenting (`compare._sentences`),
the parent's alignment and word diff (`compare._rows`), the child's scan
(`compare._scan`, in the forked child), the wait for the child's result, and
the layout and printing. Times are milliseconds from the first line of Python
(the interpreter's own start, ~10 ms, comes before). Output goes to
/dev/null; each run prints one line per process. By hand, like the rest of
`benchmarks/`.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

DRIVER = r"""
import os, sys, time
T0 = time.perf_counter()
marks = []
def mark(name):
    marks.append((time.perf_counter() - T0, os.getpid(), name))
def report():
    pid = os.getpid()
    sys.stderr.write(" ".join(f"{n} {t * 1000:.1f}" for t, p, n in marks if p == pid) + "\n")
from newsdiff import cli
mark("cli")
import newsdiff.core.compare as C
import newsdiff.core.child as CH
mark("compare")
def wrap(owner, name, label):
    inner = getattr(owner, name)
    def timed(*args, **kwargs):
        mark(label + ">")
        out = inner(*args, **kwargs)
        mark(label + "<")
        return out
    setattr(owner, name, timed)
wrap(C, "_sentences", "sentences")
wrap(C, "_rows", "rows")
wrap(CH.Child, "result", "wait")
wrap(cli, "_print_layout", "print")
run_child = CH._run
def child(job, send):
    def scan():
        mark("scan>")
        out = job()
        mark("scan<")
        report()
        return out
    run_child(scan, send)
CH._run = child
sys.argv = ["newsdiff", *sys.argv[1:]]
code = cli.main()
mark("end")
report()
sys.stdout.flush()
os._exit(code)
"""


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    extra: list[str] = []
    if "--" in args:
        cut = args.index("--")
        args, extra = args[:cut], args[cut + 1 :]
    runs = 5
    if "--runs" in args:
        at = args.index("--runs")
        runs = int(args[at + 1])
        del args[at : at + 2]
    if args and args[0] in ("-h", "--help"):
        print(__doc__)
        return 0
    pair = args or [
        str(next((ROOT / "seeds").glob("001_*.txt"))),
        str(next((ROOT / "seeds").glob("004_*.txt"))),
    ]
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # installed packages run from .pyc files
    command = [sys.executable, "-c", DRIVER, *pair, "--color", "never", *extra]
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    for _ in range(runs):
        done = subprocess.run(
            command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env
        )
        print(done.stderr.strip().replace("\n", "   |   "))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
