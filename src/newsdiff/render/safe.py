"""Make untrusted article text safe to print.

Escape sequences, C0/C1 control characters and bidi overrides in an article
must never reach the terminal: each is shown as a visible escape instead.
"""

from __future__ import annotations

import re

# C0 controls except tab and newline, DEL, C1 controls, and the bidi
# embedding/override/isolate marks that can reorder what a reader sees.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str) -> str:
    """Return `text` with every control or bidi-override character escaped (\\x1b)."""
    return _UNSAFE.sub(_escape, text)


def visible_line(text: str) -> str:
    """Like `visible`, and newlines and tabs become spaces (for one-line cells)."""
    return visible(text).replace("\n", " ").replace("\t", " ")
