"""`render.terminal` decides as Rich's `Console` decides, and the command line
prints without Rich's console exactly when that console would print no colour."""

from __future__ import annotations

import argparse
import io
import sys
from itertools import product

import pytest
from rich.console import Console

from newsdiff import cli
from newsdiff.render.terminal import console_width, is_terminal


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


ENVIRONS: list[dict[str, str]] = [
    {},
    {"TTY_COMPATIBLE": "0"},
    {"TTY_COMPATIBLE": "1"},
    {"TTY_COMPATIBLE": "2"},
    {"FORCE_COLOR": ""},
    {"FORCE_COLOR": "1"},
    {"TERM": "dumb"},
    {"TERM": "UNKNOWN", "COLUMNS": "120"},
    {"COLUMNS": "133"},
    {"COLUMNS": "0"},
    {"COLUMNS": "wide"},
    {"COLUMNS": "90", "LINES": "30", "TERM": "dumb"},
    {"LINES": "40", "TERM": "dumb"},
]


@pytest.mark.parametrize(
    ("environ", "tty", "force", "width"),
    list(product(ENVIRONS, (False, True), (None, False, True), (None, 111))),
)
def test_terminal_and_width_as_rich_decides(
    environ: dict[str, str], tty: bool, force: bool | None, width: int | None
) -> None:
    stream = FakeTerminal() if tty else io.StringIO()
    console = Console(file=stream, width=width, force_terminal=force, _environ=environ)
    terminal = is_terminal(stream, environ, force=force)
    assert terminal == console.is_terminal
    assert console_width(width, environ, terminal=terminal) == console.width


def test_a_closed_stream_is_no_terminal() -> None:
    stream = io.StringIO()
    stream.close()
    assert is_terminal(stream, {}) is False
    assert Console(file=stream, _environ={}).is_terminal is False


@pytest.mark.parametrize(
    ("environ", "tty", "color", "output", "width"),
    list(
        product(
            [{}, {"NO_COLOR": "1"}, {"FORCE_COLOR": "1"}, {"TERM": "dumb"}, {"COLUMNS": "140"}],
            (False, True),
            ("auto", "always", "never"),
            (None, "out.txt"),
            (None, 120),
        )
    ),
)
def test_plain_output_exactly_when_the_console_would_not_colour(
    monkeypatch: pytest.MonkeyPatch,
    environ: dict[str, str],
    tty: bool,
    color: str,
    output: str | None,
    width: int | None,
) -> None:
    for name in ("NO_COLOR", "FORCE_COLOR", "TERM", "COLUMNS", "LINES", "TTY_COMPATIBLE"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(sys, "stdout", FakeTerminal() if tty else io.StringIO())
    args = argparse.Namespace(color=color, output=output, width=width)
    if output:
        console = cli._console(args, file=io.StringIO(), terminal=color == "always")
    else:
        console = cli._console(args)
    plain = cli._plain_width(args)
    if console.color_system is None:
        assert plain == console.width
    else:
        assert plain is None


def test_a_pipe_gets_plain_text_and_rich_console_is_not_loaded(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import subprocess

    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("The mayor said the bridge will open in May.\n", encoding="utf-8")
    b.write_text("The mayor said the bridge would open in June.\n", encoding="utf-8")
    script = (
        "import sys\n"
        "sys.argv = ['newsdiff', sys.argv[1], sys.argv[2]]\n"
        "from newsdiff.cli import main\n"
        "code = main()\n"
        "print('rich.console' in sys.modules, file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(a), str(b)],
        capture_output=True,
        text=True,
        env={"PATH": "", "COLUMNS": "100"},
        timeout=60,
    )
    assert done.stderr.strip() == "False"
    lines = done.stdout.splitlines()
    assert "[-will-]‹wording›" in lines[2] and "{+would+}‹wording›" in lines[2]
    assert all(len(line) == 100 for line in lines[:4])


def test_without_the_plain_layout_a_pipe_gets_the_same_text_through_rich(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], seeds
) -> None:  # type: ignore[no-untyped-def]
    from newsdiff.render import layout

    pair = [str(next(seeds.glob("001_*.txt"))), str(next(seeds.glob("003_*.txt")))]
    monkeypatch.setenv("COLUMNS", "120")
    through_rich: list[bool] = []
    print_rich = cli._print_rich
    monkeypatch.setattr(
        cli, "_print_rich", lambda *a, **k: (through_rich.append(True), print_rich(*a, **k))
    )
    assert cli.main([*pair, "--color", "never"]) == 1
    plain = capsys.readouterr().out
    assert not through_rich
    monkeypatch.setattr(layout, "PLAIN_LAYOUT", False)  # as with a Rich that moved _wrap
    assert cli.main([*pair, "--color", "never"]) == 1
    assert through_rich and capsys.readouterr().out == plain and "‹" in plain
