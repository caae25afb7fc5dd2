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
  corpus   a generated folder with hostile file names (escapes, Rich markup,
           non-UTF-8 bytes), links in and out of it, FIFOs, deep nesting, binary
           files and a manifest with hostile or broken fields (escapes, bad
           dates, duplicate ids, empty titles, paths out of the folder): loading
           raises only CorpusError, never hangs, reads nothing outside, and the
           story list (colour, plain, JSON) carries no ESC or C1 from the input
  repeats  articles of a few repeated lines or a 1-10 word vocabulary (the
           alignment blow-up class): the compare checks above, within a time bound
  wrapped  one hard-wrapped giant paragraph, sentence ends inside lines (the
           segmentation blow-up class): the segment checks above
  copies   many near-identical copies of one article: one story

Failures are not shrunk (that would stop the run); the smallest input seen for
each distinct failure is printed at the end.

    .venv/bin/python scripts/fuzz.py --seconds 300
    .venv/bin/python scripts/fuzz.py --seconds 60 --only corpus repeats
    .venv/bin/python scripts/fuzz.py --big   # time the 4 MB single-line input
"""

from __future__ import annotations

import argparse
import io
import json
import os
import re
import signal
import sys
import tempfile
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
from newsdiff.core.child import can_fork  # noqa: E402
from newsdiff.core.model import Comparison, CorpusError, Source  # noqa: E402
from newsdiff.core.stories.corpus import load_corpus  # noqa: E402
from newsdiff.core.stories.grouping import group_sources  # noqa: E402
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
    result = compare(a, b)
    check_comparison(result, a, b)
    assert compare(a, a).identical, "compare(a, a) not identical"
    if can_fork():  # the one-shot's way: typos and facts scanned in a forked child
        forked = compare(a, b, fork=True)
        assert forked.to_dict() == result.to_dict(), "forked comparison differs"


def check_render(a: str, b: str) -> None:
    from rich.cells import cell_len
    from rich.console import Console

    from newsdiff.render.console import render_comparison
    from newsdiff.render.json_out import comparison_json
    from newsdiff.render.layout import plain_text

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
        block = render_comparison(result, width=width, markers=not colour, show_removed=True)
        console.print(block)
        if not colour:  # what a pipe gets, laid out without Rich's console
            assert plain_text(block, width) == out.getvalue(), "plain text differs from Rich's"
        raw = SGR.sub("", out.getvalue())
        assert "\x1b" not in raw, f"ESC reached the terminal (width {width}, colour {colour})"
        assert not C1.search(raw), "C1 control reached the terminal"
        wide = [line for line in raw.split("\n") if cell_len(line) > width]
        assert not wide, f"line wider than {width}: {wide[0]!r}"
    text = comparison_json(result)
    assert "\x1b" not in text and not C1.search(text), "control in JSON output"


class Hang(Exception):
    """A check ran past its time bound (a blocking read, a quadratic blow-up)."""


def bounded(seconds: int, check: Callable[..., None], *args: object) -> None:
    """Run a check, raising Hang if it takes longer than `seconds`."""

    def alarm(signum: int, frame: object) -> None:
        raise Hang(f"{check.__name__} took over {seconds} s")

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.alarm(seconds)
    try:
        check(*args)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


OUTSIDE_MARKER = "Zyxwvoutsidemarker"
"""A word only the file outside the generated folder holds: it must never be read."""


def _no_terminal_control(raw: str, where: str) -> None:
    rest = SGR.sub("", raw)
    assert "\x1b" not in rest, f"ESC reached the terminal ({where})"
    assert not C1.search(rest), f"C1 control reached the terminal ({where})"
    assert "\x07" not in rest, f"BEL reached the terminal ({where})"


def check_corpus(spec: dict[str, object]) -> None:
    from rich.console import Console

    from newsdiff.core.stories.corpus import summarise_problems
    from newsdiff.render.safe import safe_text
    from newsdiff.render.stories import stories_dict, stories_table

    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        outside = base / "outside.txt"
        outside.write_text(f"{OUTSIDE_MARKER} secret line.\n")
        root = base / "corpus"
        root.mkdir()
        folder = root
        for _ in range(int(spec["depth"])):  # type: ignore[call-overload]
            folder = folder / "d"
        folder.mkdir(parents=True, exist_ok=True)
        names: list[str] = []
        for i, (name, data) in enumerate(spec["files"]):  # type: ignore[attr-defined]
            raw = os.fsencode(f"{i}_") + name + b".txt"
            target = os.path.join(os.fsencode(folder), raw)
            with open(target, "wb") as handle:
                handle.write(data)
            names.append(os.fsdecode(raw))
        for kind in spec["specials"]:  # type: ignore[attr-defined]
            if kind == "link-out":
                os.symlink(outside, folder / "link-out.txt")
            elif kind == "link-in" and names:
                os.symlink(folder / names[0], root / "link-in.txt")
            elif kind == "fifo":
                os.mkfifo(folder / "pipe.txt")
            elif kind == "dangling":
                os.symlink(base / "gone.txt", folder / "dangling.txt")
        if spec["manifest"] is not None:
            (root / "stories.yaml").write_bytes(spec["manifest"])  # type: ignore[arg-type]
        try:
            corpus = load_corpus(root)
        except CorpusError as exc:
            assert str(exc).strip(), "a CorpusError without a message"
            return
        texts = [s.text for story in corpus.stories for s in story.sources]
        assert not any(OUTSIDE_MARKER in t for t in texts), "a file outside the folder was read"
        for colour in (True, False):
            out = io.StringIO()
            console = Console(
                file=out,
                width=100,
                force_terminal=colour,
                no_color=not colour,
                color_system="truecolor" if colour else None,
                highlight=False,
                markup=False,
                emoji=False,
            )
            console.print(stories_table(corpus))
            if corpus.problems:
                console.print(safe_text(summarise_problems(corpus.problems)))
            _no_terminal_control(out.getvalue(), f"story list, colour {colour}")
        from newsdiff.render.json_out import dumps

        text = dumps(stories_dict(corpus))
        json.loads(text)
        _no_terminal_control(text, "stories JSON")


def check_repeats(a: str, b: str) -> None:
    bounded(30, check_compare, a, b)


def check_wrapped(text: str) -> None:
    bounded(30, check_segment, text)


def check_copies(text: str, n: int) -> None:
    sources = [
        Source(id=f"s{i}", outlet=f"Outlet {i}", path=f"s{i}.txt", text=f"Outlet {i}\n\n{text}")
        for i in range(n)
    ]
    stories = group_sources(sources)
    assert len(stories) == 1, f"{n} copies of one article made {len(stories)} stories"


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


HOSTILE = [
    "\x1b]2;PWN\x07",
    "\x1b[41m",
    "\x9b31m",
    "[bold red]x[/]",
    "[link=https://evil.example]x[/link]",
    "\u202eevil",
    "\x07",
    "",
    " spaced name ",
    "2024-02-30",
]
"""Strings that must show literally: escapes, C1, Rich markup, bidi, BEL, a bad date."""


def _as_file_name(raw: bytes) -> bytes:
    """Bytes a file name can hold: no path separator, no NUL, within the 255-byte limit."""
    return raw.replace(b"/", b"_").replace(b"\0", b"_")[:120]


NAME_BYTES = st.one_of(
    st.sampled_from([h.encode() for h in HOSTILE if h.strip()]),
    st.binary(min_size=1, max_size=12),
).map(_as_file_name)


@st.composite
def manifests(draw: st.DrawFn) -> bytes:
    """A stories.yaml with hostile or broken fields, or YAML that is not valid at all."""
    if draw(st.integers(0, 9)) == 0:
        return draw(st.binary(max_size=200))
    entries = []
    for i in range(draw(st.integers(0, 4))):
        value = lambda: json.dumps(draw(st.sampled_from(HOSTILE)))  # noqa: E731
        date = draw(st.sampled_from(["2024-02-30", "2024-06-18", value(), "[1, 2]", "null"]))
        story_id = draw(st.sampled_from(["one", "one", f"s{i}", value()]))
        file = draw(
            st.sampled_from(
                [
                    "../outside.txt",
                    "/etc/passwd",
                    "link-out.txt",
                    "missing.txt",
                    "0_x.txt",
                    "pipe.txt",
                ]
            )
        )
        entries.append(
            f"  - id: {story_id}\n    title: {value()}\n    date: {date}\n"
            f"    sources:\n      - file: {json.dumps(file)}\n        outlet: {value()}\n"
        )
    return ("stories:\n" + "".join(entries)).encode()


@st.composite
def hostile_folders(draw: st.DrawFn) -> dict[str, object]:
    files = draw(st.lists(st.tuples(NAME_BYTES, RAW_BYTES), max_size=5))
    specials = draw(st.sets(st.sampled_from(["link-out", "link-in", "fifo", "dangling"])))
    depth = draw(st.sampled_from([0, 1, 3, 40]))
    manifest = draw(st.one_of(st.none(), manifests()))
    return {"files": files, "specials": specials, "depth": depth, "manifest": manifest}


@st.composite
def repeated(draw: st.DrawFn) -> tuple[str, str]:
    """Two texts of many lines from a tiny vocabulary, or one line over and over."""
    vocab = draw(
        st.lists(
            st.sampled_from("go stop alpha beta said Putin the of 42 Korea".split()),
            min_size=1,
            max_size=10,
            unique=True,
        )
    )

    def text() -> str:
        n = draw(st.integers(1, 400))
        length = draw(st.integers(1, 8))
        rng_words = draw(st.lists(st.sampled_from(vocab), min_size=length, max_size=length))
        if draw(st.booleans()):  # the same line n times
            return "\n".join([" ".join(rng_words).capitalize() + "."] * n)
        lines = draw(
            st.lists(
                st.lists(st.sampled_from(vocab), min_size=1, max_size=8), min_size=1, max_size=n
            )
        )
        return "\n".join(" ".join(w).capitalize() + "." for w in lines)

    return text(), text()


@st.composite
def wrapped_paragraphs(draw: st.DrawFn) -> str:
    """One paragraph hard-wrapped at a column, with sentence ends inside the lines."""
    body = " ".join(draw(st.lists(articles(), min_size=1, max_size=6))).replace("\n", " ")
    width = draw(st.integers(20, 80))
    lines, line = [], ""
    for word in body.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return "\n".join(lines)


COPIES = st.tuples(articles().filter(lambda t: len(t.split()) > 40), st.integers(2, 150))


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


TARGETS = {
    "decode": (RAW_BYTES, check_decode, 400),
    "clean": (TEXTS, check_clean, 200),
    "segment": (TEXTS, check_segment, 200),
    "compare": (pairs(), check_compare, 50),
    "render": (pairs(), check_render, 20),
    "corpus": (hostile_folders(), lambda spec: bounded(30, check_corpus, spec), 20),
    "repeats": (repeated(), check_repeats, 10),
    "wrapped": (wrapped_paragraphs(), check_wrapped, 20),
    "copies": (COPIES, check_copies, 3),
}
"""name -> (strategy, check, examples per round)."""


def fuzz(seconds: float, only: list[str] | None = None) -> None:
    targets = [
        target(name, strategy, check, batch)
        for name, (strategy, check, batch) in TARGETS.items()
        if not only or name in only
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
    parser.add_argument("--only", nargs="+", choices=sorted(TARGETS), help="fuzz only these")
    args = parser.parse_args()
    if args.big:
        big()
        return 0
    started = time.monotonic()
    fuzz(args.seconds, args.only)
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
