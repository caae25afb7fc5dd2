"""What a Rich console would make of where the output goes, without making one.

Importing `rich.console` costs a one-shot run a fifth of its start; output
without colour does not need it (`render.layout.plain_text` prints the same
lines). To know that the output will have no colour, and at what width, these
functions follow the rules of Rich's `Console` (its `is_terminal` and `size`)
for the settings the command line uses. tests/test_render_terminal.py checks
them against a real `Console` in every case they cover, so a Rich release that
decides differently fails there rather than in a user's pipe.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TextIO

DUMB_TERMINALS = ("dumb", "unknown")
"""$TERM values Rich treats as a terminal that cannot place text (80 columns, no colour)."""
FALLBACK_COLUMNS = 80
"""Rich's width when neither the settings nor a terminal give one."""


def is_terminal(stream: TextIO, environ: Mapping[str, str], *, force: bool | None = None) -> bool:
    """Whether a Rich console writing to `stream` takes it for a terminal.

    Args:
        stream: where the console writes.
        environ: the environment ($TTY_COMPATIBLE, $FORCE_COLOR).
        force: the console's `force_terminal`, which decides when given.
    """
    if force is not None:
        return force
    compatible = environ.get("TTY_COMPATIBLE", "")
    if compatible in ("0", "1"):
        return compatible == "1"
    forced = environ.get("FORCE_COLOR")
    if forced is not None:
        return forced != ""
    return is_tty(stream)


def is_tty(stream: TextIO) -> bool:
    """Whether `stream` is a terminal (False for a stream without `isatty`, or closed)."""
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def console_width(width: int | None, environ: Mapping[str, str], *, terminal: bool) -> int:
    """The width a Rich console prints at.

    Args:
        width: the width asked for (the console's `width`), if any.
        environ: the environment ($COLUMNS, $LINES, $TERM).
        terminal: whether the console takes its output for a terminal.
    """
    if width is None and environ.get("COLUMNS", "").isdigit():
        width = int(environ["COLUMNS"])
    if width is not None and environ.get("LINES", "").isdigit():
        return width
    if terminal and environ.get("TERM", "").lower() in DUMB_TERMINALS:
        return FALLBACK_COLUMNS
    if width is not None:
        return width
    for descriptor in (0, 1, 2):  # the first of stdin, stdout, stderr that is a terminal
        try:
            return os.get_terminal_size(descriptor).columns or FALLBACK_COLUMNS
        except (AttributeError, ValueError, OSError):
            continue
    return FALLBACK_COLUMNS
