"""Fuzz loading, cleaning, segmentation, comparison and rendering with hypothesis.

Each target draws inputs from hypothesis strategies (arbitrary bytes, text in
every encoding, generated news articles with scripts, emoji, controls and
boilerplate from tests/test_properties.py) and checks what must always hold:

  decode   decode_bytes never raises anything but CorpusError; text has no CR
  clean    every input line is kept unchanged or removed whole, with a reason
  segment  sentences are stripped slices of the text at their offsets; no word lost
  compare  no word lost, every sentence in one row, change spans point at their
           text, compare(a, a) is identical, the JSON contract serialises
  render   console output (colour and plain) carries no ESC or C1 from the input
           and no line wider than the terminal

Failures are not shrunk (that would stop the run); the smallest input seen for
each distinct failure is printed at the end.

    .venv/bin/python scripts/fuzz.py --seconds 300
    .venv/bin/python scripts/fuzz.py --big   # time the 4 MB single-line input
"""

from __future__ import annotations

import argparse
import io
import json
import re
import sys
import time
import traceback
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from newsdiff import compare  # noqa: E402
from newsdiff.core.model import Comparison, CorpusError  # noqa: E402
from newsdiff.core.text.clean import clean_text  # noqa: E402
from newsdiff.core.text.decode import decode_bytes, normalise_newlines  # noqa: E402
from newsdiff.core.text.segment import segment_lines  # noqa: E402
from test_properties import articles, edited  # noqa: E402  (shared generators)

WORD = re.compile(r"\w+")
SGR = re.compile(r"\x1b\[[0-9;]*m")
C1 = re.compile("[\x80-\x9f]")

cases: Counter[str] = Counter()
failures: dict[tuple[str, str], tuple[int, str, str]] = {}
"""(target, signature) -> (times seen, smallest input repr, traceback)."""


def words(text: str) -> list[str]:
    return sorted(WORD.findall(text))


def record(target: str, data: object, exc: BaseException) -> None:
    tb = traceback.extract_tb(exc.__traceback__)
    where = next(
        (f"{Path(f.filename).name}:{f.lineno}" for f in reversed(tb) if "newsdiff" in f.filename),
        f"{Path(tb[-1].filename).name}:{tb[-1].lineno}" if tb else "?",
    )
    signature = (
        f"{type(exc).__name__} at {where}: {str(exc).splitlines()[0][:120] if str(exc) else ''}"
    )
    shown = repr(data)
    count, best, text = failures.get((target, signature), (0, shown, ""))
    if len(shown) <= len(best):
        best, text = shown, "".join(traceback.format_exception(exc))
    failures[target, signature] = (count + 1, best, text)


# --- checks --------------------------------------------------------------------


def check_decode(data: bytes) -> None:
    try:
        text, encoding = decode_bytes(data)
    except CorpusError:
        return
    assert "\r" not in text, "CR survived newline normalisation"
    assert encoding, "no encoding named"


def check_clean(text: str) -> None:
    cleaned = clean_text(text)
    original = text.split("\n")
    assert len(cleaned.lines) == len(original), "line count changed"
    removed = {r.line: r for r in cleaned.removed}
    for number, (line, kept) in enumerate(zip(original, cleaned.lines, strict=True), start=1):
        if number in removed:
            assert kept == "" and removed[number].text == line and removed[number].reason
        else:
            assert kept == line, f"line {number} altered"


def check_segment(text: str) -> None:
    lines = text.split("\n")
    sentences = segment_lines(lines)
    joined = "\n".join(lines)
    for s in sentences:
        assert s.text and s.text == s.text.strip(), f"unstripped {s.text!r}"
        piece = joined[s.start : s.start + len(s.text)]
        # Wrapped lines are joined by a space where the text has a newline.
        assert piece.replace("\n", " ") == s.text, f"offset of {s.text!r} points at {piece!r}"
    assert words(" ".join(s.text for s in sentences)) == words(text), "segmentation lost words"


def check_comparison(result: Comparison, a: str, b: str) -> None:
    for side, text in ((result.a, a), (result.b, b)):
        kept = " ".join(side.texts) + " " + " ".join(r.text for r in side.removed)
        assert words(kept) == words(normalise_newlines(text)), f"word lost on side {side.id}"
    for name, count in (("a", len(result.a.sentences)), ("b", len(result.b.sentences))):
        seen = sorted(i for row in result.rows for i in getattr(row, name))
        assert seen == list(range(count)), f"side {name}: sentences not in exactly one row"
    ab, ba = result, compare(b, a)
    assert {(r.a, r.b) for r in ab.rows} == {(r.b, r.a) for r in ba.rows}, "alignment not mirrored"
    mirrored = sorted((c.b, c.a, c.kind) for c in ba.changes)
    assert sorted((c.a, c.b, c.kind) for c in ab.changes) == mirrored, "changes not mirrored"
    for row in result.rows:
        a_text, b_text = result.a.row_text(row.a), result.b.row_text(row.b)
        for c in row.changes:
            assert a_text[slice(*c.a_span)] == c.a and b_text[slice(*c.b_span)] == c.b, "bad span"
    json.loads(json.dumps(result.to_dict(), ensure_ascii=False))


def check_compare(a: str, b: str) -> None:
    check_comparison(compare(a, b), a, b)
    assert compare(a, a).identical, "compare(a, a) not identical"


def check_render(a: str, b: str) -> None:
    from rich.cells import cell_len
    from rich.console import Console

    from newsdiff.render.console import render_comparison
    from newsdiff.render.json_out import comparison_json

    result = compare(a, b)
    for width, colour in ((120, True), (120, False), (80, True), (80, False)):
        out = io.StringIO()
        console = Console(
            file=out,
            width=width,
            force_terminal=colour,
            no_color=not colour,
            color_system="truecolor" if colour else None,
            highlight=False,
            markup=False,
            emoji=False,
            soft_wrap=False,
        )
        console.print(render_comparison(result, width=width, markers=not colour, show_removed=True))
        raw = SGR.sub("", out.getvalue())
        assert "\x1b" not in raw, f"ESC reached the terminal (width {width}, colour {colour})"
        assert not C1.search(raw), "C1 control reached the terminal"
        wide = [line for line in raw.split("\n") if cell_len(line) > width]
        assert not wide, f"line wider than {width}: {wide[0]!r}"
    text = comparison_json(result)
    assert "\x1b" not in text and not C1.search(text), "control in JSON output"


# --- strategies ----------------------------------------------------------------

ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252", "latin-1"]


@st.composite
def encoded_articles(draw: st.DrawFn) -> bytes:
    text = draw(articles())
    encoding = draw(st.sampled_from(ENCODINGS))
    data = text.encode(encoding, errors="replace")
    if draw(st.booleans()):  # a damaged download: bytes cut or flipped
        cut = draw(st.integers(0, len(data)))
        data = data[:cut] + draw(st.binary(max_size=8)) + data[cut:]
    return data


RAW_BYTES = st.one_of(st.binary(max_size=2000), encoded_articles())
TEXTS = st.one_of(articles(), st.text(max_size=2000))


@st.composite
def pairs(draw: st.DrawFn) -> tuple[str, str]:
    a = draw(articles())
    b = draw(st.one_of(edited(a), articles()))
    return a, b


def target(name: str, strategy: st.SearchStrategy, check: Callable[..., None], batch: int):  # type: ignore[no-untyped-def]
    @settings(
        max_examples=batch,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def run(value: object) -> None:
        cases[name] += 1
        try:
            if isinstance(value, tuple):
                check(*value)
            else:
                check(value)
        except Exception as exc:  # a fuzzer records every failure and goes on
            record(name, value, exc)

    return run


def fuzz(seconds: float) -> None:
    targets = [
        target("decode", RAW_BYTES, check_decode, 400),
        target("clean", TEXTS, check_clean, 200),
        target("segment", TEXTS, check_segment, 200),
        target("compare", pairs(), check_compare, 50),
        target("render", pairs(), check_render, 20),
    ]
    deadline = time.monotonic() + seconds
    rounds = 0
    while time.monotonic() < deadline:
        for run in targets:
            run()
        rounds += 1
        done = sum(cases.values())
        print(f"\r{rounds} rounds, {done} cases, {len(failures)} distinct failures", end="")
        sys.stdout.flush()
    print()


def big(n_bytes: int = 4_000_000) -> None:
    """Time a single 4 MB line without punctuation through the CLI, as a user would."""
    import subprocess
    import tempfile

    words_ = "alpha beta gamma delta Moscow Putin said the of visit treaty Korea weapons".split()
    text = " ".join(words_[(i * 7) % len(words_)] for i in range(n_bytes // 5))[:n_bytes]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.txt"
        path.write_text(text + "\n")
        other = next((ROOT / "seeds").glob("000_*.txt"))
        for extra in ([], ["--max-bytes", str(n_bytes + 1_000_000)]):
            started = time.perf_counter()
            result = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "newsdiff",
                    str(path),
                    str(other),
                    "--format",
                    "json",
                    *extra,
                ],
                capture_output=True,
                cwd=ROOT,
            )
            took = time.perf_counter() - started
            err = result.stderr.decode().strip() or "(no error)"
            print(
                f"{n_bytes:,} bytes {' '.join(extra) or '(default limit)'}: "
                f"exit {result.returncode} in {took:.1f} s; {err}"
            )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=120, help="how long to fuzz")
    parser.add_argument("--big", action="store_true", help="time the 4 MB single-line input")
    args = parser.parse_args()
    if args.big:
        big()
        return 0
    started = time.monotonic()
    fuzz(args.seconds)
    print(
        f"cases run in {time.monotonic() - started:.0f} s: "
        + ", ".join(f"{k} {v}" for k, v in cases.items())
        + f" (total {sum(cases.values())})"
    )
    if not failures:
        print("failures: none")
        return 0
    print(f"failures: {len(failures)} distinct")
    for (name, signature), (count, example, text) in sorted(failures.items()):
        print(f"\n[{name}] {signature} (seen {count} times)\n  smallest input: {example[:600]}")
        print("  " + text.strip().splitlines()[-1][:300])
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
