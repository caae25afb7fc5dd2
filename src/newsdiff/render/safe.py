"""Make outside text safe to show: the one place every face turns it into display text.

Outside text is anything the program did not write itself: article text, file
names, manifest fields, page metadata, and error messages quoting them.
Escape sequences, C0/C1 control characters and bidi overrides in it must
never reach the terminal (each is shown as a visible escape instead), and
square brackets in it must never be read as Rich or Textual markup.

- `visible` / `visible_line`: plain strings, for `rich.text.Text` and other
  places that never parse markup.
- `safe_text`: a one-line `Text` (never markup), for widget cells, labels
  and titles.
- `safe_markup`: a string for the places that do parse markup.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Rich is imported when first needed: `visible` serves the CLI's error line
    from rich.console import JustifyMethod, OverflowMethod
    from rich.style import StyleType
    from rich.text import Text

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


def safe_text(
    text: object,
    style: StyleType = "",
    *,
    justify: JustifyMethod | None = None,
    overflow: OverflowMethod | None = None,
) -> Text:
    """Outside text as one line of `Text`: controls made visible, never read as markup.

    Args:
        text: the text (anything else is shown as its `str`).
        style: the style of the whole text.
        justify: as for `Text`.
        overflow: as for `Text`.
    """
    from rich.text import Text

    return Text(visible_line(str(text)), style, justify=justify, overflow=overflow)


def safe_markup(text: object) -> str:
    """Outside text for a place that parses markup: controls made visible, brackets escaped."""
    from rich.markup import escape

    return escape(visible_line(str(text)))
