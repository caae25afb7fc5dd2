"""newsdiff benchmark: the issue's budgets measured side by side in one run (run by hand).

    .venv/bin/python benchmarks/run.py            # full run, a few minutes
    .venv/bin/python benchmarks/run.py --quick    # about a minute, fewer repeats and sizes
    .venv/bin/python benchmarks/run.py --json results.json

Three parts, each a median of repeated runs:

1. One-shot: `newsdiff A B --color never` (a subprocess, stdout to /dev/null) on
   the largest sample pair (seeds 001 and 004), against the floor of any Rich
   CLI (`python -c "import rich.console"`, same interpreter), `git diff
   --no-index --word-diff`, and difflib's word-level `SequenceMatcher` (as a
   subprocess with Python start-up, and in-process).
2. Scale: `compare()` on generated pairs of 2k to 50k words (real text with
   sentences reordered, dropped, added, merged and edited; see make_pairs.py),
   each size in a fresh subprocess: time, peak traced memory (tracemalloc),
   growth of the resident set (ru_maxrss), the growth exponent between sizes,
   and difflib's word diff of the same pair.
3. App (Textual Pilot, headless, 120x36): time to first screen with 1,000
   in-memory stories, and the latency of `n` (next change) on a 20k-word pair.
4. Long pair: the one-shot `newsdiff A B --format json` (a subprocess, from
   start-up to exit) on a generated pair of 79k and 70k words (~900 KB), and
   where the time goes: `compare()` in-process with its stages timed
   (cleaning and analysis of each side, alignment, word diff, facts).

Machine details print first; Markdown tables print last, ready for the README.
Other work on the machine skews timings: the load average is printed with them.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
SEEDS = ROOT / "seeds"
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(BENCH_DIR))

import make_pairs  # noqa: E402

PY = sys.executable
SIZE = (120, 36)
"""Terminal size of the Pilot runs."""


@dataclass(frozen=True, slots=True)
class Settings:
    """How much to repeat; `--quick` shrinks everything."""

    oneshot_runs: int
    """Timed runs of each one-shot command (after one warm-up run)."""
    sizes: tuple[int, ...]
    """Words of the A side of each generated pair."""
    compare_runs: int
    """Timed `compare()` runs per size (stopping early past `cap`)."""
    cap: float
    """Seconds after which a size gets no more repeats."""
    tracemalloc: bool
    """Whether to run `compare()` once more under tracemalloc for its traced peak."""
    first_screen_runs: int
    """Fresh processes timing the app's first screen."""
    stories: int
    """Stories in the app's corpus."""
    presses: int
    """Presses of `n` timed on the 20k-word pair."""
    press_words: int
    """Words of the A side of the pair `n` is pressed on."""
    long_runs: int = 3
    """Timed one-shot runs on the long pair."""


FULL = Settings(7, (2000, 10000, 20000, 50000), 3, 30.0, True, 3, 1000, 20, 20000, 3)
QUICK = Settings(3, (2000, 10000, 20000), 1, 10.0, False, 1, 1000, 10, 20000, 1)
LONG_BUDGET_S = 5.0
"""The long pair's one-shot budget (issue 16: 11 s before, at most 5 s)."""


# ----------------------------------------------------------------------- machine


def machine() -> dict[str, Any]:
    """Where the run happened: CPU, cores, Python, library versions, commit, load."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    versions = {}
    for name in ("rich", "textual", "rapidfuzz"):
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "missing"
    commit = _git("rev-parse", "--short", "HEAD")
    if commit and _git("status", "--porcelain", "--untracked-files=no"):
        commit += " + uncommitted changes"
    return {
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "platform": platform.platform(),
        "versions": versions,
        "commit": commit,
        "loadavg_start": [round(x, 2) for x in os.getloadavg()],
    }


def _git(*args: str) -> str:
    try:
        done = subprocess.run(
            ["git", "-C", str(ROOT), *args], capture_output=True, text=True, timeout=20
        )
    except (OSError, subprocess.TimeoutExpired):
        return ""
    return done.stdout.strip() if done.returncode == 0 else ""


# ---------------------------------------------------------------------- one-shot


def seed_pair() -> tuple[Path, Path]:
    """The largest sample pair: seeds 001 and 004."""
    a = sorted(SEEDS.glob("001_*.txt"))
    b = sorted(SEEDS.glob("004_*.txt"))
    if not a or not b:
        raise SystemExit("benchmarks/run.py: seeds/001_*.txt and seeds/004_*.txt are needed")
    return a[0], b[0]


DIFFLIB_SCRIPT = """
import difflib, sys
a = open(sys.argv[1], encoding="utf-8").read().split()
b = open(sys.argv[2], encoding="utf-8").read().split()
difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
"""

MODULES_SCRIPT = """
import contextlib, io, json, sys
from newsdiff.cli import main
with contextlib.redirect_stdout(io.StringIO()):
    code = main([sys.argv[1], sys.argv[2], "--color", "never"])
names = sorted({m.split(".")[0] for m in sys.modules})
print(json.dumps({"exit": code, "textual": "textual" in names, "modules": len(sys.modules)}))
"""


def oneshot(settings: Settings) -> dict[str, Any]:
    """Time the one-shot commands, interleaved round by round so drift hits all alike."""
    a, b = seed_pair()
    words = (len(a.read_text(encoding="utf-8").split()), len(b.read_text(encoding="utf-8").split()))
    commands: dict[str, tuple[list[str], set[int]]] = {
        "python -c pass": ([PY, "-c", "pass"], {0}),
        "floor: python -c 'import rich.console'": ([PY, "-c", "import rich.console"], {0}),
        # What any Python diff of this kind pays before its first line of work:
        # the floor plus the fuzzy matcher newsdiff scores sentences with.
        "python -c 'import rich.console, rich.table, rapidfuzz'": (
            [PY, "-c", "import rich.console, rich.table, rapidfuzz"],
            {0},
        ),
        "newsdiff A B (python -m newsdiff)": (
            [PY, "-m", "newsdiff", str(a), str(b), "--color", "never"],
            {0, 1},
        ),
    }
    script = Path(PY).parent / "newsdiff"
    if script.exists():
        commands["newsdiff A B (console script)"] = (
            [str(script), str(a), str(b), "--color", "never"],
            {0, 1},
        )
    commands["git diff --no-index --word-diff"] = (
        ["git", "diff", "--no-index", "--word-diff", "--no-color", str(a), str(b)],
        {0, 1},
    )
    commands["difflib word opcodes (subprocess)"] = (
        [PY, "-c", DIFFLIB_SCRIPT, str(a), str(b)],
        {0},
    )
    times: dict[str, list[float]] = {name: [] for name in commands}
    errors: dict[str, str] = {}
    env = dict(os.environ, NO_COLOR="1", COLUMNS="160")
    # Installed packages run from .pyc files (pip compiles them at install);
    # a shell with PYTHONDONTWRITEBYTECODE set would recompile newsdiff's
    # modules on every run (+~70 ms) and measure that instead.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    for round_ in range(settings.oneshot_runs + 1):  # round 0 warms the disk cache and .pyc files
        for name, (cmd, ok) in commands.items():
            if name in errors:
                continue
            start = time.perf_counter()
            try:
                done = subprocess.run(
                    cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, timeout=120
                )
            except (OSError, subprocess.TimeoutExpired) as exc:
                errors[name] = str(exc)
                continue
            elapsed = time.perf_counter() - start
            if done.returncode not in ok:
                errors[name] = f"exit {done.returncode}: {done.stderr.decode()[-300:]}"
            elif round_:
                times[name].append(elapsed)
    medians = {name: statistics.median(t) for name, t in times.items() if t}

    # In-process, for what the subprocess times spend outside start-up.
    a_text, b_text = a.read_text(encoding="utf-8"), b.read_text(encoding="utf-8")
    import difflib

    def difflib_words() -> None:
        difflib.SequenceMatcher(None, a_text.split(), b_text.split(), autojunk=False).get_opcodes()

    medians["difflib word opcodes (in-process)"] = _median_time(difflib_words, 15)
    medians["compare() (in-process, warm imports)"] = in_process_compare(a_text, b_text, 7)

    modules = subprocess.run(
        [PY, "-c", MODULES_SCRIPT, str(a), str(b)], capture_output=True, text=True, timeout=120
    )
    try:
        imported = json.loads(modules.stdout.strip().splitlines()[-1])
    except (IndexError, json.JSONDecodeError):
        imported = {"error": modules.stderr[-300:]}
    floor = medians.get("floor: python -c 'import rich.console'")
    mine = medians.get("newsdiff A B (python -m newsdiff)")
    return {
        "files": [a.name, b.name],
        "words": words,
        "runs": settings.oneshot_runs,
        "seconds": medians,
        "ratio_to_floor": mine / floor if mine and floor else None,
        "one_shot_path": imported,
        "errors": errors,
    }


def _median_time(fn: Callable[[], object], runs: int) -> float:
    fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def clear_text_caches() -> None:
    """Empty the engine's bounded caches (per source and per sentence) between timed runs.

    Unbounded `functools.cache` functions load data files once per process;
    those stay warm, as they would in the app. Bounded `lru_cache`s hold
    results for particular texts, which a repeat of the same pair would
    otherwise just look up.
    """
    for name, module in list(sys.modules.items()):
        if not name.startswith("newsdiff.") or module is None:
            continue
        for value in list(vars(module).values()):
            info = getattr(value, "cache_info", None)
            if callable(info) and hasattr(value, "cache_clear") and info().maxsize is not None:
                value.cache_clear()


def in_process_compare(a_text: str, b_text: str, runs: int) -> float:
    """Median seconds of `compare(a, b)` with the text caches emptied before each run."""
    from newsdiff import compare

    def run() -> None:
        clear_text_caches()
        compare(a_text, b_text)

    return _median_time(run, runs)


# --------------------------------------------------------------------- long pair


STAGES_SCRIPT = """
import json, sys, time
from pathlib import Path
import newsdiff.core.compare as compare_module
from newsdiff.core.model import Source

spent = {}

def timed(name, fn):
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[name] = spent.get(name, 0.0) + time.perf_counter() - start
    return wrapper

# The stages compare calls, and those the fact scan calls. The stages after
# segmentation are imported where they run, so they are wrapped in their own
# modules.
import importlib
import newsdiff.core.facts.sides as sides_module
for module in (compare_module, sides_module):
    for name in dir(module):
        value = getattr(module, name)
        if callable(value) and getattr(value, "__module__", "").startswith("newsdiff.core.") \
                and value.__module__ != module.__name__ and not isinstance(value, type):
            setattr(module, name, timed(name, value))
for module_name, name in (
    ("newsdiff.core.text.typos", "find_typos"),
    ("newsdiff.core.align.sentences", "align_sentences"),
    ("newsdiff.core.diff.word_diff", "diff_words"),
):
    module = importlib.import_module(module_name)
    setattr(module, name, timed(name, getattr(module, name)))
a = Path(sys.argv[1]).read_text(encoding="utf-8")
b = Path(sys.argv[2]).read_text(encoding="utf-8")
start = time.perf_counter()
result = compare_module.compare(Source("a", "A", "a", a), Source("b", "B", "b", b))
total = time.perf_counter() - start
print(json.dumps({"compare_s": total, "stages": spent, "rows": len(result.rows)}))
"""


def long_pair(settings: Settings, maker: make_pairs.PairMaker, folder: Path) -> dict[str, Any]:
    """One-shot time on the long pair (median of subprocess runs) and its stages."""
    pair = maker.pair(make_pairs.LONG_PAIR[0], words_b=make_pairs.LONG_PAIR[1])
    a_path, b_path = folder / "a_long.txt", folder / "b_long.txt"
    a_path.write_text(pair.a, encoding="utf-8")
    b_path.write_text(pair.b, encoding="utf-8")
    env = dict(os.environ, NO_COLOR="1")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    cmd = [PY, "-m", "newsdiff", str(a_path), str(b_path), "--format", "json"]
    times: list[float] = []
    error = ""
    for _ in range(settings.long_runs):
        start = time.perf_counter()
        done = subprocess.run(
            cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, timeout=600
        )
        if done.returncode not in (0, 1):
            error = f"exit {done.returncode}: {done.stderr.decode()[-300:]}"
            break
        times.append(time.perf_counter() - start)
    # The printed diff too: side by side at 160 columns, one run (rendering thousands of rows).
    start = time.perf_counter()
    text = subprocess.run(
        [*cmd[:-2], "--width", "160", "--color", "never"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
        timeout=600,
    )
    text_s = time.perf_counter() - start if text.returncode in (0, 1) else None
    stages = _worker([PY, "-c", STAGES_SCRIPT, str(a_path), str(b_path)], timeout=600)
    return {
        "words_a": pair.words_a,
        "words_b": pair.words_b,
        "bytes": a_path.stat().st_size + b_path.stat().st_size,
        "runs": len(times),
        "oneshot_s": statistics.median(times) if times else None,
        "oneshot_all_s": times,
        "text_160_s": text_s,
        "stages": stages,
        "error": error,
    }


# ------------------------------------------------------------------------- scale


def scale(settings: Settings, maker: make_pairs.PairMaker, folder: Path) -> list[dict[str, Any]]:
    """`compare()` and difflib on each generated size, each size in a fresh subprocess."""
    results: list[dict[str, Any]] = []
    for words in settings.sizes:
        pair = maker.pair(words)
        a_path, b_path = folder / f"a_{words}.txt", folder / f"b_{words}.txt"
        a_path.write_text(pair.a, encoding="utf-8")
        b_path.write_text(pair.b, encoding="utf-8")
        cmd = [
            PY,
            __file__,
            "--worker",
            "scale",
            str(a_path),
            str(b_path),
            str(settings.compare_runs),
            str(settings.cap),
            "1" if settings.tracemalloc else "0",
        ]
        print(f"  compare() on {pair.words_a:,} + {pair.words_b:,} words ...", flush=True)
        result = _worker(cmd, timeout=900)
        result.update(words=words, words_a=pair.words_a, words_b=pair.words_b)
        results.append(result)
    previous: dict[str, Any] | None = None
    for result in results:
        if previous and result.get("compare_s") and previous.get("compare_s"):
            n1 = previous["words_a"] + previous["words_b"]
            n2 = result["words_a"] + result["words_b"]
            ratio = result["compare_s"] / previous["compare_s"]
            result["time_ratio_to_previous"] = ratio
            result["exponent"] = math.log(ratio) / math.log(n2 / n1)
        previous = result
    return results


def scale_worker(argv: Sequence[str]) -> dict[str, Any]:
    """In a fresh process: time, memory and difflib for one generated pair."""
    a_path, b_path, runs_text, cap_text, traced = argv
    runs, cap = int(runs_text), float(cap_text)
    a_text = Path(a_path).read_text(encoding="utf-8")
    b_text = Path(b_path).read_text(encoding="utf-8")
    from newsdiff import compare

    # Load the engine's data files (word lists, lexicons) on a small real pair
    # first, so every size pays only for its own text.
    s000, s002 = sorted(SEEDS.glob("000_*.txt"))[0], sorted(SEEDS.glob("002_*.txt"))[0]
    compare(s000.read_text(encoding="utf-8"), s002.read_text(encoding="utf-8"))
    clear_text_caches()
    rss_before = _maxrss_mb()
    start = time.perf_counter()
    comparison = compare(a_text, b_text)
    times = [time.perf_counter() - start]
    rss_after = _maxrss_mb()
    while len(times) < runs and sum(times) < cap:
        clear_text_caches()
        start = time.perf_counter()
        compare(a_text, b_text)
        times.append(time.perf_counter() - start)

    import difflib

    a_words, b_words = a_text.split(), b_text.split()
    difflib_times: list[float] = []
    while len(difflib_times) < runs and sum(difflib_times) < cap:
        start = time.perf_counter()
        difflib.SequenceMatcher(None, a_words, b_words, autojunk=False).get_opcodes()
        difflib_times.append(time.perf_counter() - start)

    traced_peak = None
    if traced == "1":
        import tracemalloc

        clear_text_caches()
        tracemalloc.start()
        compare(a_text, b_text)
        traced_peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
    changes = sum(len(row.changes) for row in comparison.rows)
    kinds: dict[str, int] = {}
    for row in comparison.rows:
        kinds[row.kind.value] = kinds.get(row.kind.value, 0) + 1
    return {
        "compare_s": statistics.median(times),
        "compare_first_s": times[0],
        "compare_runs": len(times),
        "difflib_s": statistics.median(difflib_times),
        "difflib_runs": len(difflib_times),
        "tracemalloc_peak_mb": traced_peak,
        "maxrss_delta_mb": max(0.0, rss_after - rss_before),
        "maxrss_mb": rss_after,
        "sentences": [len(comparison.a.sentences), len(comparison.b.sentences)],
        "rows": kinds,
        "changes": changes,
    }


def _maxrss_mb() -> float:
    # Linux reports kilobytes (macOS bytes; this benchmark targets Linux).
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# --------------------------------------------------------------------------- app


def app_first_screen(settings: Settings, seeds_only: bool) -> dict[str, Any]:
    """Time to first screen with a large in-memory corpus, in fresh processes."""
    runs = []
    for _ in range(settings.first_screen_runs):
        runs.append(
            _worker(
                [PY, __file__, "--worker", "first", str(settings.stories), str(int(seeds_only))],
                timeout=300,
            )
        )
    good = [r for r in runs if r.get("first_screen_s") is not None]
    return {
        "stories": settings.stories,
        "runs": len(runs),
        "first_screen_s": statistics.median(r["first_screen_s"] for r in good) if good else None,
        "import_app_s": statistics.median(r["import_app_s"] for r in good) if good else None,
        "sources": good[0]["sources"] if good else None,
        "words": good[0]["words"] if good else None,
        "errors": [r["error"] for r in runs if "error" in r],
    }


def build_corpus(stories: int, seeds_only: bool = False) -> Any:
    """`stories` stories of 2-3 sources of ~600 words each, perturbed from real text."""
    from newsdiff.core.model import Corpus, Source, Story

    maker = make_pairs.PairMaker(*make_pairs.real_texts(include_wikinews=not seeds_only))
    out = []
    for i in range(stories):
        texts = maker.versions(600, 2 + i % 2, seed=i)
        sources = tuple(
            Source(id=f"outlet-{k}", outlet=f"Outlet {k + 1}", path="", text=text)
            for k, text in enumerate(texts)
        )
        title = texts[0].split("\n", 1)[0][:70]
        out.append(Story(id=f"story-{i:04d}", title=title, date="2024-06-17", sources=sources))
    return Corpus(root="(in memory)", stories=tuple(out))


def _diff_ready(app: Any) -> bool:
    """The diff view shows rows of a finished comparison."""
    from newsdiff.tui.widgets.diff_view import DiffView

    try:
        view = app.screen.query_one(DiffView)
    except Exception:  # the screen is not composed yet
        return False
    return view.comparison is not None and bool(view.display_rows) and not view.loading


def frame_clock(app: Any) -> list[float]:
    """Times at which the app hands a rendered frame to its (headless) driver.

    Headless, Textual still lays out and renders every widget line of a frame
    (the compositor update); it only skips writing the escape codes out.
    """
    frames: list[float] = []
    display = app._display

    def timed_display(screen: Any, renderable: Any) -> None:
        if renderable is not None:
            frames.append(time.perf_counter())
        display(screen, renderable)

    app._display = timed_display
    return frames


async def first_frame_after(frames: list[float], moment: float, limit: float = 5.0) -> float:
    """Wait for the first frame rendered after `moment`; its time (or NaN after `limit`)."""
    deadline = time.perf_counter() + limit
    while time.perf_counter() < deadline:
        later = [t for t in frames if t >= moment]
        if later:
            return later[0]
        await asyncio.sleep(0.001)
    return math.nan


def first_worker(argv: Sequence[str]) -> dict[str, Any]:
    """In a fresh process: build the corpus, then time the app until the first diff shows."""
    stories, seeds_only = int(argv[0]), argv[1] == "1"
    corpus = build_corpus(stories, seeds_only)
    start = time.perf_counter()
    from newsdiff.tui.app import NewsdiffApp

    import_s = time.perf_counter() - start

    async def run() -> float | None:
        start = time.perf_counter()
        app = NewsdiffApp(corpus)
        frames = frame_clock(app)
        async with app.run_test(size=SIZE):
            while not _diff_ready(app):
                if time.perf_counter() - start > 60:
                    return None
                await asyncio.sleep(0.002)
            # Shown = the first frame rendered once the rows are in the view.
            return await first_frame_after(frames, time.perf_counter()) - start

    first = asyncio.run(run())
    result: dict[str, Any] = {
        "first_screen_s": first,
        "import_app_s": import_s,
        "sources": sum(len(s.sources) for s in corpus.stories),
        "words": sum(len(src.text.split()) for s in corpus.stories for src in s.sources),
    }
    if first is None:
        result["error"] = "no diff after 60 s"
    return result


def app_next(settings: Settings, maker: make_pairs.PairMaker, folder: Path) -> dict[str, Any]:
    """Latency of `n` on a large pair, in a fresh process."""
    pair = maker.pair(settings.press_words)
    a_path = folder / f"press_a_{settings.press_words}.txt"
    b_path = folder / f"press_b_{settings.press_words}.txt"
    a_path.write_text(pair.a, encoding="utf-8")
    b_path.write_text(pair.b, encoding="utf-8")
    cmd = [PY, __file__, "--worker", "next", str(a_path), str(b_path), str(settings.presses)]
    result = _worker(cmd, timeout=600)
    result.update(words_a=pair.words_a, words_b=pair.words_b)
    return result


def next_worker(argv: Sequence[str]) -> dict[str, Any]:
    """In a fresh process: open the pair in the app, then press `n` and time each press."""
    a_path, b_path, presses_text = argv
    presses = int(presses_text)
    from textual import events

    from newsdiff.core.model import Corpus, Source, Story
    from newsdiff.tui.app import NewsdiffApp
    from newsdiff.tui.widgets.compare_pane import ComparePane
    from newsdiff.tui.widgets.diff_view import DiffView

    a = Source(id="a", outlet="Outlet A", path=a_path, text=Path(a_path).read_text("utf-8"))
    b = Source(id="b", outlet="Outlet B", path=b_path, text=Path(b_path).read_text("utf-8"))
    corpus = Corpus(root="(in memory)", stories=(Story(id="big", title="Big", sources=(a, b)),))

    async def run() -> dict[str, Any]:
        start = time.perf_counter()
        app = NewsdiffApp(corpus, pair=(a, b))
        frames = frame_clock(app)
        async with app.run_test(size=SIZE) as pilot:
            while not _diff_ready(app):
                if time.perf_counter() - start > 300:
                    return {"error": "no diff after 300 s"}
                await pilot.pause(0.02)
            opened = time.perf_counter() - start
            await pilot.pause()
            view = app.screen.query_one(DiffView)
            pane = app.screen.query_one(ComparePane)

            async def press(key: str, target: int) -> tuple[float, float] | None:
                """Send a key as the terminal would; (reported, painted) seconds after it."""
                await pilot.pause(0.05)  # let the previous press settle first
                event = events.Key(key, key)
                driver = app._driver
                assert driver is not None  # headless runs have one
                start = time.perf_counter()
                driver.send_message(event)
                # The pane reports the new current change in its border subtitle.
                while not str(pane.border_subtitle).startswith(f"change {target}/"):
                    if time.perf_counter() - start > 10:
                        return None
                    await asyncio.sleep(0)
                reported = time.perf_counter()
                painted = await first_frame_after(frames, reported)
                return reported - start, painted - start

            reported: list[float] = []
            painted: list[float] = []
            for _ in range(presses):
                target = view.current + 2  # the 1-based number the pane will report
                if target > len(view.stops):
                    break
                timing = await press("n", target)
                if timing is None:
                    return {"error": f"change {target} never reported"}
                reported.append(timing[0])
                painted.append(timing[1])
            # Through Pilot: press() waits until the app is idle (two 20 ms sleeps at
            # least), so compare it with a key nothing is bound to.
            pilot_n: list[float] = []
            pilot_idle: list[float] = []
            for _ in range(min(presses, 10)):
                if view.current + 2 > len(view.stops):
                    break
                for key, out in (("n", pilot_n), ("x", pilot_idle)):
                    await pilot.pause(0.05)
                    start = time.perf_counter()
                    await pilot.press(key)
                    out.append(time.perf_counter() - start)
            # The handler alone (no key dispatch, no repaint): a lower bound.
            handler: list[float] = []
            for _ in range(presses):
                start = time.perf_counter()
                moved = view.next_change()
                handler.append(time.perf_counter() - start)
                if not moved:
                    break
                await pilot.pause()
            return {
                "open_s": opened,
                "stops": len(view.stops),
                "presses": len(reported),
                "press_ms_median": _ms(reported),
                "press_ms_max": max(reported) * 1000 if reported else None,
                "painted_ms_median": _ms(painted),
                "painted_ms_max": max(painted) * 1000 if painted else None,
                "pilot_press_n_ms_median": _ms(pilot_n),
                "pilot_press_unbound_ms_median": _ms(pilot_idle),
                "handler_ms_median": _ms(handler),
            }

    return asyncio.run(run())


# ------------------------------------------------------------------------ shared


def _ms(seconds: list[float]) -> float | None:
    return statistics.median(seconds) * 1000 if seconds else None


def _worker(cmd: list[str], timeout: float) -> dict[str, Any]:
    """Run a worker subprocess; its last stdout line is its JSON result."""
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {timeout:.0f} s"}
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        return {"error": f"exit {done.returncode}: {done.stderr.strip()[-500:]}"}
    try:
        result: dict[str, Any] = json.loads(lines[-1])
    except json.JSONDecodeError:
        return {"error": f"bad worker output: {lines[-1][:200]}"}
    return result


ONESHOT_BUDGET = 2.0
"""Issue 12's lean-start budget: the one-shot on the sample pair at most this many
times `python -c "import rich.console"` (an earlier issue asked 1.6x)."""


def budgets(results: dict[str, Any]) -> list[tuple[str, str, str, bool | None]]:
    """(measure, value, budget, met) for every budget of the issue."""
    rows: list[tuple[str, str, str, bool | None]] = []
    one = results.get("oneshot") or {}
    ratio = one.get("ratio_to_floor")
    rows.append(
        (
            "one-shot `newsdiff A B` / Rich floor",
            f"{ratio:.2f}x" if ratio else "n/a",
            f"<= {ONESHOT_BUDGET:.1f}x",
            ratio <= ONESHOT_BUDGET if ratio else None,
        )
    )
    textual = (one.get("one_shot_path") or {}).get("textual")
    rows.append(
        (
            "textual imported by the one-shot",
            "n/a" if textual is None else ("yes" if textual else "no"),
            "no",
            None if textual is None else not textual,
        )
    )
    by_size = {r["words"]: r for r in results.get("scale") or [] if "compare_s" in r}
    if 20000 in by_size:
        r = by_size[20000]
        ratio = r["compare_s"] / r["difflib_s"]
        rows.append(
            (
                "compare() / difflib word diff, 20k words",
                f"{r['compare_s']:.2f} s / {r['difflib_s']:.2f} s = {ratio:.2f}x",
                "<= 1.0x",
                ratio <= 1.0,
            )
        )
    if 20000 in by_size and 10000 in by_size:
        ratio = by_size[20000]["compare_s"] / by_size[10000]["compare_s"]
        rows.append(("compare() time 20k / 10k words", f"{ratio:.2f}x", "<= 2.4x", ratio <= 2.4))
    if 50000 in by_size:
        r = by_size[50000]
        peak = max(r["maxrss_delta_mb"], r.get("tracemalloc_peak_mb") or 0.0)
        traced = r.get("tracemalloc_peak_mb")
        value = f"{r['maxrss_delta_mb']:.0f} MB RSS growth" + (
            f", {traced:.0f} MB traced" if traced is not None else ""
        )
        rows.append(("compare() peak memory, 50k words", value, "<= 200 MB", peak <= 200))
    long = results.get("long") or {}
    if long.get("oneshot_s") is not None:
        rows.append(
            (
                f"one-shot `newsdiff A B`, {long['words_a']:,} + {long['words_b']:,}-word pair",
                f"{long['oneshot_s']:.1f} s (median of {long['runs']})",
                f"<= {LONG_BUDGET_S:.0f} s",
                long["oneshot_s"] <= LONG_BUDGET_S,
            )
        )
    app_first = results.get("app_first") or {}
    first = app_first.get("first_screen_s")
    rows.append(
        (
            f"app first screen, {app_first.get('stories', 0):,} stories",
            f"{first:.2f} s (+ {app_first['import_app_s']:.2f} s importing the app)"
            if first is not None
            else "n/a",
            "<= 1 s",
            first <= 1.0 if first is not None else None,
        )
    )
    app_next = results.get("app_next") or {}
    for key, what in (("press_ms_median", "new change reported"), ("painted_ms_median", "painted")):
        press = app_next.get(key)
        rows.append(
            (
                f"`n` latency to {what}, {app_next.get('words_a', 0):,}-word pair",
                f"{press:.1f} ms" if press is not None else "n/a",
                "<= 50 ms",
                press <= 50 if press is not None else None,
            )
        )
    return rows


def markdown(results: dict[str, Any]) -> str:
    """The Markdown tables of a run (for README "Performance")."""
    m = results["machine"]
    out = [
        f"Machine: {m['nproc']} cores, {m['cpu']}, {m['python']}, {m['platform']}; "
        f"rich {m['versions']['rich']}, textual {m['versions']['textual']}, "
        f"rapidfuzz {m['versions']['rapidfuzz']}; commit {m['commit'] or 'unknown'}; "
        f"load average {m['loadavg_start'][0]} at start, {results['loadavg_end'][0]} at end. "
        f"Command: `{results['command']}`.",
        "",
        "| budget | measured | budget | met |",
        "| --- | --- | --- | --- |",
    ]
    for name, value, budget, met in budgets(results):
        mark = "n/a" if met is None else ("yes" if met else "**no**")
        out.append(f"| {name} | {value} | {budget} | {mark} |")
    one = results.get("oneshot")
    if one:
        floor = one["seconds"].get("floor: python -c 'import rich.console'")
        out += [
            "",
            f"One-shot on the samples ({one['files'][0]}, {one['words'][0]:,} words, vs "
            f"{one['files'][1]}, {one['words'][1]:,} words), median of {one['runs']} runs:",
            "",
            "| command | median | vs floor |",
            "| --- | --- | --- |",
        ]
        for name, seconds in one["seconds"].items():
            ratio = f"{seconds / floor:.2f}x" if floor and "in-process" not in name else ""
            out.append(f"| {name} | {seconds * 1000:.0f} ms | {ratio} |")
        for name, error in one["errors"].items():
            out.append(f"| {name} | failed: {error[:80]} | |")
    sizes = results.get("scale")
    if sizes:
        out += [
            "",
            f"`compare()` on generated pairs ({results['text_source']}); one fresh process per "
            "size, data files loaded beforehand, text caches emptied before each run:",
            "",
            "| words A + B | compare() median | first run | runs | exponent | difflib words "
            "| compare / difflib | traced peak | RSS growth | rows (changes) |",
            "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
        ]
        for r in sizes:
            if "compare_s" not in r:
                out.append(f"| {r['words']:,} | failed: {r.get('error', '')[:100]} |")
                continue
            exponent = f"{r['exponent']:.2f}" if "exponent" in r else ""
            traced = r.get("tracemalloc_peak_mb")
            rows = sum(r["rows"].values())
            out.append(
                f"| {r['words_a']:,} + {r['words_b']:,} | {r['compare_s']:.2f} s "
                f"| {r['compare_first_s']:.2f} s | {r['compare_runs']} | {exponent} "
                f"| {r['difflib_s']:.2f} s | {r['compare_s'] / r['difflib_s']:.2f}x "
                f"| {f'{traced:.0f} MB' if traced is not None else 'skipped'} "
                f"| {r['maxrss_delta_mb']:.0f} MB | {rows:,} ({r['changes']:,}) |"
            )
    long = results.get("long")
    if long and long.get("oneshot_s") is not None:
        runs = ", ".join(f"{t:.1f}" for t in long["oneshot_all_s"])
        out += [
            "",
            f"Long pair ({long['words_a']:,} + {long['words_b']:,} words, "
            f"{long['bytes'] / 1000:,.0f} KB): one-shot `newsdiff A B --format json` "
            f"{long['oneshot_s']:.1f} s median ({runs} s); printed side by side at 160 columns "
            f"{long['text_160_s'] or 0:.1f} s (one run); in-process `compare()` by stage:",
            "",
            "| stage | seconds |",
            "| --- | --- |",
        ]
        stages = long.get("stages") or {}
        for name, seconds in sorted(
            (stages.get("stages") or {}).items(), key=lambda item: -item[1]
        ):
            out.append(f"| `{name}` | {seconds:.2f} |")
        if "compare_s" in stages:
            out.append(f"| all of `compare()` | {stages['compare_s']:.2f} |")
    elif long:
        out.append(f"\nLong pair: failed: {long.get('error', '')[:100]}")
    first = results.get("app_first")
    press = results.get("app_next")
    if first or press:
        out += ["", "App (Textual Pilot, headless, 120x36):", "", "| measure | result |"]
        out.append("| --- | --- |")
    if first:
        if first.get("first_screen_s") is not None:
            out.append(
                f"| first screen, {first['stories']:,} stories / {first['sources']:,} sources / "
                f"{first['words']:,} words in memory (median of {first['runs']} processes) "
                f"| {first['first_screen_s']:.2f} s (+ {first['import_app_s']:.2f} s importing "
                "the app) |"
            )
        for error in first.get("errors", []):
            out.append(f"| first screen | failed: {error[:100]} |")
    if press:
        if press.get("press_ms_median") is not None:
            out.append(
                f"| `n` on a {press['words_a']:,} + {press['words_b']:,}-word pair: key sent → "
                f"new change reported, median of {press['presses']} presses (max) "
                f"| {press['press_ms_median']:.1f} ms ({press['press_ms_max']:.1f} ms) |"
            )
            out.append(
                f"| `n`: key sent → next frame rendered, median (max) "
                f"| {press['painted_ms_median']:.1f} ms ({press['painted_ms_max']:.1f} ms) |"
            )
            out.append(
                f"| `n` through `pilot.press` (waits for idle) vs an unbound key "
                f"| {press['pilot_press_n_ms_median']:.1f} ms vs "
                f"{press['pilot_press_unbound_ms_median']:.1f} ms |"
            )
            out.append(
                f"| `next_change()` alone, no key dispatch or repaint "
                f"| {press['handler_ms_median']:.2f} ms |"
            )
            out.append(f"| opening that pair (compare in a worker) | {press['open_s']:.1f} s |")
        else:
            out.append(f"| `n` latency | failed: {press.get('error', '')[:100]} |")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--worker"]:
        workers = {"scale": scale_worker, "first": first_worker, "next": next_worker}
        print(json.dumps(workers[argv[1]](argv[2:])))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats and sizes (~1 min)")
    parser.add_argument("--json", metavar="PATH", help="also write every figure as JSON")
    parser.add_argument(
        "--only",
        nargs="+",
        choices=("oneshot", "scale", "app", "long"),
        default=("oneshot", "scale", "app", "long"),
        help="run only these parts",
    )
    parser.add_argument("--sizes", nargs="+", type=int, help="words of each generated pair")
    parser.add_argument("--seeds-only", action="store_true", help="ignore ../shared/eval text")
    args = parser.parse_args(argv)
    settings = QUICK if args.quick else FULL
    if args.sizes:
        settings = Settings(**{**_fields(settings), "sizes": tuple(args.sizes)})
    began = time.perf_counter()
    results: dict[str, Any] = {
        "machine": machine(),
        "command": " ".join(["benchmarks/run.py", *argv]),
        "settings": _fields(settings),
    }
    m = results["machine"]
    print(f"machine: {m['nproc']} cores ({m['cpu']}), {m['python']}, {m['platform']}")
    print(f"versions: {m['versions']}, commit {m['commit'] or 'unknown'}")
    print(f"load average at start: {m['loadavg_start']}")
    maker = make_pairs.PairMaker(*make_pairs.real_texts(include_wikinews=not args.seeds_only))
    results["text_source"] = maker.origin
    print(f"generated text from: {maker.origin}", flush=True)
    with tempfile.TemporaryDirectory(prefix="newsdiff-bench-") as tmp:
        folder = Path(tmp)
        if "oneshot" in args.only:
            print("one-shot ...", flush=True)
            results["oneshot"] = oneshot(settings)
        if "scale" in args.only:
            print("scale ...", flush=True)
            results["scale"] = scale(settings, maker, folder)
        if "app" in args.only:
            print("app: first screen ...", flush=True)
            results["app_first"] = app_first_screen(settings, args.seeds_only)
            print("app: n latency ...", flush=True)
            results["app_next"] = app_next(settings, maker, folder)
        if "long" in args.only:
            print("long pair ...", flush=True)
            results["long"] = long_pair(settings, maker, folder)
    results["loadavg_end"] = [round(x, 2) for x in os.getloadavg()]
    results["wall_s"] = time.perf_counter() - began
    results["budgets"] = [
        {"measure": n, "value": v, "budget": b, "met": ok} for n, v, b, ok in budgets(results)
    ]
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"\n(total {results['wall_s']:.0f} s)\n")
    print(markdown(results))
    return 0


def _fields(settings: Settings) -> dict[str, Any]:
    return {name: getattr(settings, name) for name in Settings.__dataclass_fields__}


if __name__ == "__main__":
    raise SystemExit(main())
