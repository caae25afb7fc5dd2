"""The app in a real pseudo-terminal: the bytes it writes, and how the process ends.

Every outside field (file names, manifest title, date and outlets, article text,
load problems) carries escape sequences, C1 controls, a bidi override and Rich
markup; the app is driven through its main actions by keys, and what it wrote
to the terminal is checked byte for byte. Textual's headless driver writes
nothing, hence the pty.
"""

from __future__ import annotations

import fcntl
import os
import pty
import re
import select
import shutil
import struct
import subprocess
import sys
import termios
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = next(iter(sorted((ROOT / "seeds").glob("*.txt"))))

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pty")

TEXTUAL_OSC = {b"8", b"22", b"52"}
"""Operating system commands Textual itself writes (links, pointer shape, clipboard)."""
_SEQUENCE = re.compile(
    rb"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[()][0-9A-Za-z]|[@-Z\\-_=>])"
)
_OSC = re.compile(rb"\x1b\](\d+);[^\x07\x1b]*(?:\x07|\x1b\\)")

PAYLOADS = (
    b"\x1b]2;PWN",
    b"\x1b]2;ART",
    b"\x1b]2;OWN",
    b"\x1b]2;OUT",
    b"\x1b]2;MISS",
    b"\x1b[41m",
    "\u009b".encode(),
    "\u202e".encode(),
)
"""Each hostile sequence written into the inputs; none may reach the terminal."""


def screen_text(raw: bytes) -> str:
    """What the terminal shows, roughly: the output without its control sequences."""
    return _SEQUENCE.sub(b"", raw).decode("utf-8", "replace")


@dataclass
class Run:
    """A process on a pty, its output so far, and a mark for 'what came since'."""

    process: subprocess.Popen[bytes]
    master: int
    output: bytearray = field(default_factory=bytearray)
    mark: int = 0

    def read(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            ready, _, _ = select.select([self.master], [], [], min(left, 0.1))
            if not ready:
                continue
            try:
                chunk = os.read(self.master, 65536)
            except OSError:  # the process closed the terminal
                return
            if not chunk:
                return
            self.output += chunk

    def wait_for(self, text: str, timeout: float = 60) -> None:
        """Until `text` is on screen in what was written since the last `send`."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if text in screen_text(bytes(self.output[self.mark :])):
                return
            if self.process.poll() is not None:
                break
            self.read(0.2)
        tail = screen_text(bytes(self.output[self.mark :]))[-3000:]
        raise AssertionError(f"{text!r} never shown; the screen ended with:\n{tail}")

    def send(self, keys: bytes) -> None:
        self.mark = len(self.output)
        os.write(self.master, keys)
        self.read(0.3)

    def finish(self, timeout: float = 30) -> int:
        deadline = time.monotonic() + timeout
        while self.process.poll() is None and time.monotonic() < deadline:
            self.read(0.2)
        self.read(0.2)
        if self.process.poll() is None:
            self.process.kill()
            raise AssertionError("the app did not exit")
        os.close(self.master)
        return self.process.returncode


def start(args: list[str], size: tuple[int, int] = (150, 45)) -> Run:
    """`python args...` on a fresh pty of `size` (columns, rows), from the project root."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", size[1], size[0], 0, 0))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TEXTUAL", "NO_COLOR"))}
    env.update(TERM="xterm-256color", COLORTERM="truecolor", PYTHONPATH=str(ROOT / "src"))
    process = subprocess.Popen(
        [sys.executable, *args],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        cwd=ROOT,
        env=env,
        start_new_session=True,
    )
    os.close(slave)
    return Run(process, master)


def assert_nothing_hostile_written(raw: bytes) -> None:
    for payload in PAYLOADS:
        assert payload not in raw, payload
    assert {code for code in _OSC.findall(raw)} <= TEXTUAL_OSC
    # Every BEL ends one of Textual's own OSC sequences; none comes from an input.
    assert b"\x07" not in _OSC.sub(b"", raw)
    rest = _SEQUENCE.sub(b"", raw).decode("utf-8", "replace")
    controls = {c for c in rest if (ord(c) < 0x20 and c not in "\r\n") or 0x7F <= ord(c) < 0xA0}
    assert controls == set()


# -- escapes -------------------------------------------------------------------


def _hostile_folder(root: Path) -> Path:
    folder = root / "plain"
    folder.mkdir()
    text = SEED.read_text(encoding="utf-8")
    (folder / "a.txt").write_text(text, encoding="utf-8")
    (folder / "evil\x1b]2;PWN\x07[red]x\u202e.txt").write_text(text, encoding="utf-8")
    hostile = "Putin \x1b[41m[bold]RED[/bold]\x1b]2;ART\x07 \u009b31m"
    (folder / "other.txt").write_text(text.replace("Putin", hostile, 3), encoding="utf-8")
    (folder / "bad\x1b]2;PWN\x07.txt").write_bytes(b"x\0")
    return folder


def test_no_escape_from_a_plain_folder_reaches_the_terminal(tmp_path: Path) -> None:
    folder = _hostile_folder(tmp_path)
    run = start(["-m", "newsdiff", str(folder)])
    # The load problem is a notification at start-up, with no key pressed.
    run.wait_for("while loading")
    run.wait_for(" ⇄ ")
    run.send(b"\t\t\x1b[B\r")  # to the sources; pick the file-named outlet as A
    run.wait_for("Enter sets B")
    run.send(b"\x1b[B\r")  # B
    run.wait_for("⇄ other")
    run.send(b"\tf")  # to the diff; the facts panel
    run.wait_for("Only in A")
    run.send(b"v")
    run.wait_for("Shared wording (")
    run.send(b"\x1b")
    run.wait_for("Stories (1)")
    run.send(b"?")
    run.wait_for("newsdiff keys")
    run.send(b"\x1b")
    run.wait_for("Stories (1)")
    run.send(b"\x10")  # ctrl+p
    run.wait_for("Swap A and B")
    run.send(b"evil")
    run.wait_for("Compare evil")
    # Let the search finish: Textual's palette can crash when closed while its busy
    # indicator is being toggled (a race of its own, seen on a loaded machine).
    run.read(1.5)
    run.send(b"\x1b")
    run.wait_for("Stories (1)")
    run.send(b"q")
    assert run.finish() == 0
    shown = screen_text(bytes(run.output))
    assert "\\x1b]2;PWN\\x07" in shown  # shown, harmlessly, as text
    assert_nothing_hostile_written(bytes(run.output))


def test_no_escape_from_a_manifest_reaches_the_terminal(tmp_path: Path) -> None:
    text = SEED.read_text(encoding="utf-8")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    hostile = "Putin \x1b[41m[bold]RED[/bold]\x1b]2;ART\x07"
    (tmp_path / "b.txt").write_text(text.replace("Putin", hostile, 3), encoding="utf-8")
    (tmp_path / "stories.yaml").write_text(
        "stories:\n"
        "  - id: story-1\n"
        '    title: "[red]T[/] \\e]2;OWN\\a \\u202e"\n'
        '    date: "\\e]2;OWN\\a\\e[41m\\x9b"\n'
        "    sources:\n"
        "      - id: a\n"
        # A space: a name, not a machine-made one (which a headline would replace).
        '        outlet: "[b]Out X[/b]\\e]2;OUT\\a"\n'
        "        file: a.txt\n"
        "      - id: b\n"
        '        outlet: "\\e[41mRedOut"\n'
        "        file: b.txt\n"
        "      - id: c\n"
        "        outlet: C\n"
        '        file: "missing\\e]2;MISS\\a.txt"\n',
        encoding="utf-8",
    )
    run = start(["-m", "newsdiff", str(tmp_path)])
    run.wait_for("while loading")
    run.wait_for(" ⇄ ")
    run.send(b"v")
    run.wait_for("Shared wording (")
    run.send(b"\x1b")
    run.wait_for("Stories (1)")
    run.send(b"q")
    assert run.finish() == 0
    shown = screen_text(bytes(run.output))
    assert "[red]T[/]" in shown and "[b]Out X[/b]" in shown  # markup shown as typed
    assert_nothing_hostile_written(bytes(run.output))


# -- how the process ends ------------------------------------------------------

CRASHING_APP = """
import sys
from newsdiff.tui.app import NewsdiffApp

def crash(self):
    raise ValueError("boom \\x1b]2;PWN\\x07")

NewsdiffApp.on_mount = crash
from newsdiff.cli import main
sys.exit(main(["seeds"]))
"""


def test_a_crash_exits_non_zero_with_one_line() -> None:
    run = start(["-c", CRASHING_APP])
    status = run.finish()
    raw = bytes(run.output)
    shown = screen_text(raw)
    assert status == 2
    assert "Traceback" not in shown and "╭" not in shown
    assert (
        "newsdiff: error: the app stopped on an internal error: ValueError: boom \\x1b]2;PWN\\x07"
        in shown
    )
    assert b"\x1b]2;PWN" not in raw


def test_quitting_does_not_wait_for_a_comparison(tmp_path: Path) -> None:
    """A pair that takes the engine minutes: q ends the process at once all the same."""
    folder = tmp_path / "slow"
    folder.mkdir()
    for name in ("a.txt", "b.txt"):
        shutil.copy(SEED, folder / name)
    slow = (
        "import sys, time\n"
        "import newsdiff.core.compare as engine\n"
        "engine.compare = lambda a, b: time.sleep(600)\n"
        "from newsdiff.cli import main\n"
        f"sys.exit(main([{str(folder)!r}]))\n"
    )
    run = start(["-c", slow])
    run.wait_for("Stories (1)")
    run.read(1)
    run.send(b"q")
    assert run.finish(timeout=20) == 0
