"""Command line: `newsdiff` (the app), `newsdiff A B` (one-shot diff), `newsdiff stories`.

Exit codes follow diff(1): 0 the articles say the same, 1 they differ, 2 trouble.
Trouble is one line `newsdiff: error: ...` on stderr, never a traceback.
Textual is imported only when the app starts, so the one-shot path stays quick.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, NoReturn

from newsdiff import __version__

if TYPE_CHECKING:
    from pathlib import Path

    from newsdiff.core.model import Corpus, Source
    from newsdiff.core.stories.coverage import Coverage

EXIT_SAME, EXIT_DIFFERENT, EXIT_TROUBLE = 0, 1, 2

EPILOG = """\
examples:
  newsdiff                          open the app on ./seeds (or the bundled sample)
  newsdiff path/to/folder           open the app on a folder of articles
  newsdiff a.txt b.txt              print a side-by-side diff of two articles
  newsdiff tag24 berliner-tageblatt compare two sources of the default corpus by id
  newsdiff page.html notes.md       web pages and Markdown: the article only
  newsdiff https://a.example/x https://b.example/y   fetch two pages (cached a day)
  curl -s URL | newsdiff - b.txt    read A from stdin (a page is recognised)
  newsdiff a.txt b.txt --format json | jq '.stats'
  newsdiff a.txt b.txt --color never   plain markers: [-old-]{+new+}‹kind›
  newsdiff a.txt b.txt --format html -o report.html   a page to share
  newsdiff stories folder --format json
  newsdiff stories folder --coverage --format markdown -o coverage.md

exit status: 0 same, 1 different, 2 trouble.
"""


class UsageError(Exception):
    """Bad arguments, reported as one line with exit 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


class _HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """argparse's help layout, sized without `shutil`.

    argparse makes a formatter for every argument added and sizes each with
    `shutil.get_terminal_size()`; importing shutil (and the compression
    modules it loads) and asking the terminal a dozen times cost a one-shot
    run ~2 ms for help it does not print. `terminal_columns()` gives the same
    width.
    """

    def __init__(self, prog: str) -> None:
        super().__init__(prog, width=terminal_columns() - 2)


def terminal_columns() -> int:
    """`shutil.get_terminal_size().columns`: $COLUMNS when it is a positive
    number, else the width of the terminal on stdout, else 80."""
    with contextlib.suppress(KeyError, ValueError):
        columns = int(os.environ["COLUMNS"])
        if columns > 0:
            return columns
    try:
        columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
    except (AttributeError, ValueError, OSError):
        return 80
    return columns or 80


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (also used to print --help)."""
    parser = _Parser(
        prog="newsdiff",
        description="See how different outlets tell the same news story.",
        epilog=EPILOG,
        formatter_class=_HelpFormatter,
    )
    parser.add_argument(
        "inputs",
        nargs="*",
        metavar="A B",
        help="two articles (files: .txt, .md, .html; '-' for stdin; http(s) URLs; "
        "or source ids of the default corpus); "
        "or one folder / stories.yaml to open in the app; or 'stories [DIR]'",
    )
    parser.add_argument(
        "--format",
        choices=("text", "json", "markdown", "html"),
        default="text",
        help="output format of the one-shot diff and of 'stories' (default: text); "
        "markdown and html are reports to share (for 'stories': the coverage)",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write the output to FILE instead of stdout (any format)",
    )
    parser.add_argument(
        "--pager",
        choices=("auto", "never"),
        default="auto",
        help="auto (default): when stdout is a terminal and the output is taller than it, "
        "page it through $NEWSDIFF_PAGER, else $PAGER, else 'less -R'; never: don't",
    )
    parser.add_argument(
        "--color",
        "--colour",
        choices=("auto", "always", "never"),
        default="auto",
        help="colour output (default: auto; honours NO_COLOR)",
    )
    parser.add_argument("--width", type=int, metavar="N", help="output width in columns")
    parser.add_argument(
        "--show-removed", action="store_true", help="list each removed boilerplate line"
    )
    parser.add_argument(
        "--coverage",
        action="store_true",
        help="with 'stories': facts per source and shared wording per pair "
        "(the html and markdown reports always have it)",
    )
    parser.add_argument("--app", action="store_true", help="open the pair A B in the app")
    parser.add_argument(
        "--max-bytes",
        type=int,
        default=None,
        metavar="N",
        help="refuse inputs larger than N bytes (default: 2,000,000)",
    )
    parser.add_argument("--version", action="version", version=f"newsdiff {__version__}")
    return parser


def run() -> NoReturn:
    """The `newsdiff` command (and `python -m newsdiff`): `main()`, then a quick exit.

    A one-shot run is finished once its output is flushed; tearing the
    interpreter down (freeing every module, pattern and cached table) would add
    15-30 ms to every run of a script's loop, for nothing: no file is left open
    and no exit handler of newsdiff's waits. After the app, Python exits as
    usual, so Textual's own shutdown runs.

    The cycle collector is off for the same reason: a two-file diff makes
    next to no reference cycles (the 150k-word pair peaks at the same memory
    either way) but pays ~10 ms for its collections; the app and `stories`,
    which may run long, switch it back on.
    """
    gc.disable()
    code = main()
    if "textual" in sys.modules:
        raise SystemExit(code)
    with contextlib.suppress(OSError, ValueError):  # a closed or broken pipe
        sys.stdout.flush()
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.flush()
    os._exit(code)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `newsdiff` command, returning its exit status."""
    try:
        return _run(list(sys.argv[1:] if argv is None else argv))
    except UsageError as exc:
        return _fail(f"{exc} (see newsdiff --help)")
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (| head): not our trouble. Silence the flush at exit.
        sys.stderr.close()
        return EXIT_SAME
    except Exception as exc:  # the promise is one line, never a traceback
        from newsdiff.core.model import CorpusError

        if isinstance(exc, CorpusError):
            return _fail(str(exc))
        return _fail(f"internal error: {type(exc).__name__}: {exc}")


def _fail(message: str) -> int:
    from newsdiff.render.safe import visible_line

    # Messages quote file names and manifest text: never let them drive the
    # terminal, and never let a name that is not UTF-8 break the output.
    message = message.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    first = " ".join(visible_line(message.split("\n")[0]).split())
    print(f"newsdiff: error: {first}", file=sys.stderr)
    return EXIT_TROUBLE


def _run(argv: list[str]) -> int:
    # Options may sit between the inputs ("newsdiff stories --coverage DIR").
    # Python 3.11's intermixed parsing drops what follows "--", so inputs after
    # it ("newsdiff -- -a.txt b.txt") are added back by hand.
    parser = build_parser()
    if "--" in argv:
        cut = argv.index("--")
        args = parser.parse_intermixed_args(argv[:cut])
        args.inputs = [*args.inputs, *argv[cut + 1 :]]
    else:
        args = parser.parse_intermixed_args(argv)
    if args.width is not None and args.width < 20:
        raise UsageError("--width must be at least 20")
    max_bytes = _max_bytes(args.max_bytes)
    inputs: list[str] = args.inputs
    if inputs and inputs[0] == "stories" and not os.path.exists("stories"):
        if len(inputs) > 2:
            raise UsageError("'stories' takes at most one folder or manifest")
        return _stories(inputs[1] if len(inputs) > 1 else None, args, max_bytes)
    if len(inputs) > 2:
        raise UsageError("expected at most two inputs (A B)")
    if len(inputs) == 2:
        a, b = _resolve_pair(inputs[0], inputs[1], max_bytes)
        if args.app:
            from newsdiff.core.model import Corpus, Story

            story = Story(id="pair", title=f"{a.outlet} vs {b.outlet}", sources=(a, b))
            return _run_app(Corpus(root="", stories=(story,)), (a, b))
        return _diff(a, b, args)
    if args.app and len(inputs) != 2:
        raise UsageError("--app with two inputs opens that pair; without, just run newsdiff")
    gc.enable()  # the app, and the corpus it opens, may be large: see run()
    corpus = _load_corpus(inputs[0] if inputs else None, max_bytes)
    return _run_app(corpus, None)


def _max_bytes(value: int | None) -> int:
    from newsdiff.core.stories.sources import DEFAULT_MAX_BYTES

    if value is None:
        return DEFAULT_MAX_BYTES
    if value <= 0:
        raise UsageError("--max-bytes must be positive")
    return value


def default_corpus_location() -> Path:
    """./seeds when it exists, else the sample corpus shipped in the package."""
    from pathlib import Path

    local = Path("seeds")
    if local.is_dir():
        return local
    return Path(__file__).parent / "sample"


def _load_corpus(location: str | None, max_bytes: int) -> Corpus:
    from newsdiff.core.stories.corpus import load_corpus

    return load_corpus(location or default_corpus_location(), max_bytes=max_bytes)


def _resolve_pair(a: str, b: str, max_bytes: int) -> tuple[Source, Source]:
    if a == "-" and b == "-":
        raise UsageError("only one of A and B can be '-' (stdin)")
    return _resolve(a, max_bytes), _resolve(b, max_bytes)


def _resolve(name: str, max_bytes: int) -> Source:
    """A file, '-' for stdin, a web address (fetched, or read from the cache),
    or a source id of the default corpus."""
    from newsdiff.core.model import CorpusError
    from newsdiff.core.stories.sources import (
        PAGE_BYTES_FACTOR,
        display_path,
        read_source,
        source_from_bytes,
    )

    if name == "-":
        data = sys.stdin.buffer.read(max_bytes * PAGE_BYTES_FACTOR + 1)
        return source_from_bytes(data, max_bytes=max_bytes)
    if name[:8].lower().startswith(("http://", "https://")) and not os.path.exists(name):
        from newsdiff.core.stories.fetch import read_url

        return read_url(name, max_bytes=max_bytes)
    if os.path.exists(name):
        # Named on the command line: a pipe is fine (newsdiff <(curl ...) b.txt).
        return read_source(name, max_bytes=max_bytes, regular_only=False)
    corpus = _load_corpus(None, max_bytes)
    found = corpus.find_source(name)
    if found is not None:
        return found
    raise CorpusError(
        f"{display_path(name)}: no such file, and no source with that id in {corpus.root}"
    )


def _console(args: argparse.Namespace, file=None, terminal: bool | None = None):  # type: ignore[no-untyped-def]
    from rich.console import Console

    no_color, force = _colour_settings(args, terminal)
    return Console(
        file=file,
        width=args.width,
        force_terminal=force,
        no_color=no_color,
        color_system=None if no_color else "auto",
        highlight=False,
        markup=False,
        emoji=False,
        soft_wrap=False,
    )


def _colour_settings(args: argparse.Namespace, terminal: bool | None) -> tuple[bool, bool | None]:
    """`(no_color, force_terminal)` of the console `_console` makes."""
    no_color = args.color == "never" or (
        args.color == "auto" and os.environ.get("NO_COLOR", "") != ""
    )
    return no_color, True if args.color == "always" else terminal


def _plain_width(args: argparse.Namespace) -> int | None:
    """The width of the output when `_print_rich`'s console would print it
    without colour (a pipe, a file, --color never, NO_COLOR), decided as that
    console decides (`render.terminal`); None when it would colour it."""
    from newsdiff.render.terminal import DUMB_TERMINALS, console_width, is_terminal

    no_color, force = _colour_settings(args, False if args.output else None)
    terminal = is_terminal(sys.stdout, os.environ, force=force)
    dumb = terminal and os.environ.get("TERM", "").lower() in DUMB_TERMINALS
    if no_color or not terminal or dumb:
        return console_width(args.width, os.environ, terminal=terminal)
    return None


def _diff(a: Source, b: Source, args: argparse.Namespace) -> int:
    comparison = _compare_with_progress(a, b, renderers=_RENDERERS[args.format])
    status = EXIT_SAME if comparison.identical else EXIT_DIFFERENT
    if args.format == "json":
        from newsdiff.render.json_out import comparison_json

        _emit(comparison_json(comparison) + "\n", args)
        return status
    if args.format in ("markdown", "html"):
        from newsdiff.render.report import comparison_report

        _emit(comparison_report(comparison, args.format, sources=(a, b)), args)
        return status
    from newsdiff.render.console import render_comparison

    _print_layout(
        args,
        lambda width, markers: render_comparison(
            comparison, width=width, markers=markers, show_removed=args.show_removed
        ),
    )
    return status


_RENDERERS = {
    "json": ("newsdiff.render.json_out", "newsdiff.render.pager"),
    "markdown": ("newsdiff.render.report", "newsdiff.render.pager"),
    "html": ("newsdiff.render.report", "newsdiff.render.pager"),
    "text": ("newsdiff.render.console", "newsdiff.render.pager"),
}
"""The modules that print each output format: loaded while a comparison's child
process finishes its half, so the wait is not idle."""


def _compare_with_progress(a: Source, b: Source, *, renderers: tuple[str, ...]):  # type: ignore[no-untyped-def]
    """`compare(a, b)`, telling a terminal on stderr how long it is taking once
    it takes longer than `PROGRESS_AFTER` seconds; `renderers` are imported
    while the comparison's forked half finishes."""
    import importlib

    from newsdiff.core.compare import compare
    from newsdiff.render.progress import Progress

    words = f"{len(a.text.split()):,} and {len(b.text.split()):,} words"
    with Progress(f"comparing {words}", stream=sys.stderr):
        return compare(
            a, b, fork=True, meanwhile=lambda: [importlib.import_module(m) for m in renderers]
        )


def _emit(text: str, args: argparse.Namespace) -> None:
    """Write finished output: to -o FILE, else stdout (paged when it is a terminal)."""
    if args.output:
        _write_output(args.output, text)
        return
    from newsdiff.render.pager import page

    page(text, mode=args.pager)


def _write_output(name: str, text: str) -> None:
    from newsdiff.core.model import CorpusError

    try:
        with open(name, "w", encoding="utf-8", errors="replace", newline="") as out:
            out.write(text)
    except OSError as exc:
        raise CorpusError(f"{name}: cannot write: {exc.strerror or exc}") from None


def _print_layout(args: argparse.Namespace, build) -> None:  # type: ignore[no-untyped-def]
    """Print a `render.layout` block: as plain text when it will have no
    colour (no Rich console is made, nor `rich.console` imported), else
    through `_print_rich`. `build(width, markers)` makes the block."""
    from newsdiff.render.layout import PLAIN_LAYOUT, plain_text

    width = _plain_width(args) if PLAIN_LAYOUT else None
    if width is None:
        _print_rich(args, lambda console, markers: build(console.width, markers))
        return
    _emit(plain_text(build(width, True), width), args)


def _print_rich(args: argparse.Namespace, build, *, soft_wrap: bool = False) -> None:  # type: ignore[no-untyped-def]
    """Render Rich output to text (coloured only for a terminal), then emit it.

    `build(console, markers)` makes the renderable; `markers` is True when
    there is no colour, so changes are marked in text.
    """
    import io

    if args.output:
        # A file is not a terminal: plain text, as for a pipe, unless asked.
        console = _console(args, file=io.StringIO(), terminal=args.color == "always")
    else:
        console = _console(args)
    markers = console.color_system is None
    with console.capture() as capture:
        console.print(build(console, markers), soft_wrap=soft_wrap)
    _emit(capture.get(), args)


def _stories(location: str | None, args: argparse.Namespace, max_bytes: int) -> int:
    gc.enable()  # a corpus may be large: see run()
    corpus = _load_corpus(location, max_bytes)
    from newsdiff.render.safe import visible_line

    for problem in corpus.problems:
        print(f"newsdiff: warning: {visible_line(problem)}", file=sys.stderr)
    # A report of stories is their coverage: html and markdown imply --coverage.
    want_coverage = args.coverage or args.format in ("markdown", "html")
    coverages = _coverages(corpus) if want_coverage else None
    if args.format == "json":
        from newsdiff.render.json_out import dumps
        from newsdiff.render.stories import stories_dict

        _emit(dumps(stories_dict(corpus, coverages)) + "\n", args)
        return EXIT_SAME
    if args.format in ("markdown", "html"):
        from newsdiff.render.report import corpus_coverage_report

        _emit(corpus_coverage_report(corpus, coverages or {}, args.format), args)
        return EXIT_SAME
    from newsdiff.render.stories import stories_table

    # One line a story or source, however long: a list to read or grep, which
    # the terminal may wrap but the tool never cuts into pieces.
    _print_rich(args, lambda console, markers: stories_table(corpus, coverages), soft_wrap=True)
    return EXIT_SAME


def _coverages(corpus: Corpus) -> dict[str, Coverage]:
    """Coverage of every story; progress on stderr when it is a terminal (a
    folder of hundreds of stories takes tens of seconds)."""
    from newsdiff.core.stories.coverage import story_coverage

    stories = [s for s in corpus.stories if s.sources]
    show = sys.stderr.isatty()
    out: dict[str, Coverage] = {}
    for done, story in enumerate(stories, 1):
        out[story.id] = story_coverage(story.sources)
        if show:
            print(f"\rnewsdiff: coverage {done}/{len(stories)} stories", end="", file=sys.stderr)
    if show and stories:
        print(file=sys.stderr)
    return out


def _run_app(corpus: Corpus, pair: tuple[Source, Source] | None) -> int:
    gc.enable()  # the app is a long-lived process: see run()
    if not sys.stdout.isatty() and os.environ.get("NEWSDIFF_FORCE_APP") != "1":
        raise UsageError("the app needs a terminal; to print a diff give two inputs: newsdiff A B")
    from newsdiff.tui.app import NewsdiffApp

    app = NewsdiffApp(corpus, pair=pair)
    app.run()
    if app.crash is not None:
        return _fail(
            f"the app stopped on an internal error: {type(app.crash).__name__}: {app.crash}"
        )
    return EXIT_SAME if not app.return_code else EXIT_TROUBLE


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
