"""The pager: used for a terminal when the output is taller than it, never for a pipe."""

from __future__ import annotations

import fcntl
import io
import os
import pty
import struct
import subprocess
import sys
import termios
import threading
from pathlib import Path

import pytest

from conftest import ROOT, run_newsdiff
from newsdiff.render.pager import DEFAULT_PAGER, page, pager_command

PAIR = [str(next((ROOT / "seeds").glob(f"{p}_*.txt"))) for p in ("000", "001")]

RECORDER = """\
import os, sys
data = sys.stdin.buffer.read()
with open(sys.argv[1], "wb") as out:
    out.write(os.environ.get("LESS", "").encode() + b"\\n" + data)
"""


def run_on_terminal(
    args: list[str], env: dict[str, str], rows: int = 24, cols: int = 100
) -> tuple[int, bytes]:
    """Run newsdiff with stdout on a pseudo-terminal of the given size."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    base = {k: v for k, v in os.environ.items() if k not in ("PAGER", "NEWSDIFF_PAGER", "LESS")}
    base.pop("COLUMNS", None)
    base.pop("LINES", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "newsdiff", *args],
        stdin=subprocess.DEVNULL,
        stdout=slave,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env={**base, **env},
    )
    os.close(slave)
    seen = bytearray()

    def drain() -> None:
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # the terminal closed
                return
            if not chunk:
                return
            seen.extend(chunk)

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    code = process.wait(timeout=120)
    reader.join(timeout=10)
    os.close(master)
    return code, bytes(seen)


@pytest.fixture
def recorder(tmp_path: Path) -> tuple[str, Path]:
    script = tmp_path / "pager.py"
    script.write_text(RECORDER)
    record = tmp_path / "paged.txt"
    return f"{sys.executable} {script} {record}", record


def test_tall_output_on_a_terminal_goes_through_pager(recorder: tuple[str, Path]) -> None:
    command, record = recorder
    code, shown = run_on_terminal(PAIR, {"PAGER": command})
    assert code == 1
    less, _, paged = record.read_bytes().partition(b"\n")
    assert less == b"FRX"  # as git: colour, no screen clearing, quit when it fits
    assert b"rows, " in paged and b"honour" in paged
    assert b"\x1b[" in paged  # a terminal gets colour, through the pager too
    assert b"honour" not in shown  # the pager showed it, not newsdiff


def test_newsdiff_pager_wins_over_pager(recorder: tuple[str, Path], tmp_path: Path) -> None:
    command, record = recorder
    run_on_terminal(PAIR, {"PAGER": "false", "NEWSDIFF_PAGER": command})
    assert b"honour" in record.read_bytes()


def test_pager_never_and_short_output_print_directly(recorder: tuple[str, Path]) -> None:
    command, record = recorder
    code, shown = run_on_terminal([*PAIR, "--pager", "never"], {"PAGER": command})
    assert code == 1 and not record.exists() and b"honour" in shown
    code, shown = run_on_terminal(PAIR, {"PAGER": command}, rows=1000)
    assert not record.exists() and b"honour" in shown


def test_never_paged_when_piped(recorder: tuple[str, Path]) -> None:
    command, record = recorder
    result = run_newsdiff(*PAIR, env={"PAGER": command})
    assert result.returncode == 1 and b"honour" in result.stdout and not record.exists()


def test_a_missing_pager_falls_back_to_printing() -> None:
    code, shown = run_on_terminal(PAIR, {"PAGER": "no-such-pager-anywhere"})
    assert code == 1 and b"honour" in shown


def test_pager_command_order() -> None:
    assert pager_command({}) == DEFAULT_PAGER == "less -R"
    assert pager_command({"PAGER": "more"}) == "more"
    assert pager_command({"PAGER": "more", "NEWSDIFF_PAGER": "most"}) == "most"
    assert pager_command({"PAGER": "more", "NEWSDIFF_PAGER": ""}) == ""
    assert pager_command({"PAGER": "cat"}) == ""


def test_page_writes_straight_to_a_non_terminal() -> None:
    out = io.StringIO()
    page("a\n" * 500, out=out, env={"PAGER": "false"})
    assert out.getvalue() == "a\n" * 500
