"""Paging long output, as git and bat do.

When stdout is a terminal and the output is taller than it, the output goes
through a pager: `$NEWSDIFF_PAGER`, else `$PAGER`, else `less -R`. An empty
value (or `cat`) means no pager. Output to a pipe or a file is never paged.
Like git, `LESS=FRX` is set when the reader has no `LESS` of their own, so
less shows colour (R), leaves the text on the screen (X) and quits at once
when the text fits after all (F).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from typing import TextIO

from newsdiff.render.terminal import is_tty

DEFAULT_PAGER = "less -R"
"""The pager when neither NEWSDIFF_PAGER nor PAGER is set."""
_NO_PAGER = ("", "cat")
_COMMAND_NOT_FOUND = 127


def pager_command(env: Mapping[str, str] | None = None) -> str:
    """The pager to use ("" for none), from NEWSDIFF_PAGER, PAGER, or the default."""
    env = os.environ if env is None else env
    for name in ("NEWSDIFF_PAGER", "PAGER"):
        if name in env:
            value = env[name].strip()
            return "" if value in _NO_PAGER else value
    return DEFAULT_PAGER


def should_page(text: str, out: TextIO, mode: str = "auto") -> bool:
    """True when `text` should go through the pager rather than straight to `out`."""
    if mode == "never" or not is_tty(out):
        return False
    import shutil  # here, not at the top: output to a pipe or file never pages

    height = shutil.get_terminal_size(fallback=(80, 24)).lines
    return text.count("\n") >= height


def page(
    text: str,
    *,
    mode: str = "auto",
    out: TextIO | None = None,
    env: Mapping[str, str] | None = None,
) -> None:
    """Write `text` to `out` (stdout), through the pager when `should_page`.

    Args:
        text: the whole output.
        mode: "auto" (page when needed) or "never".
        out: where the text goes (default: sys.stdout).
        env: the environment to read the pager from (default: os.environ).
    """
    out = sys.stdout if out is None else out
    command = pager_command(env) if should_page(text, out, mode) else ""
    if command and _run_pager(command, text, env):
        return
    out.write(text)
    out.flush()


def _run_pager(command: str, text: str, env: Mapping[str, str] | None) -> bool:
    """Run the pager on `text`; False when it could not be started."""
    child_env = dict(os.environ if env is None else env)
    child_env.setdefault("LESS", "FRX")
    child_env.setdefault("LV", "-c")
    sys.stdout.flush()
    import subprocess

    try:
        # The pager is the reader's own setting, a shell command line as for git.
        process = subprocess.Popen(command, shell=True, stdin=subprocess.PIPE, env=child_env)
    except OSError:
        return False
    assert process.stdin is not None
    try:
        process.stdin.write(text.encode("utf-8", errors="replace"))
        process.stdin.close()
    except BrokenPipeError:
        pass  # the reader quit the pager before the end: fine
    while True:
        try:
            code = process.wait()
            break
        except KeyboardInterrupt:
            continue  # Ctrl+C belongs to the pager (less ignores it); wait for it to end
    return code != _COMMAND_NOT_FOUND
