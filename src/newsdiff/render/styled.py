"""Styled text as the one-shot renderer writes it, before Rich or plain text takes it.

`render.console` builds the diff out of `Styled` pieces: runs of text, each
with a Rich style name, on an optional style of the whole. For a colour
terminal each becomes the `rich.text.Text` it describes (`to_text`); for a
pipe only its plain text counts. Building them needs no Rich at all, so
output without colour never loads `rich.text` (a third of what is left of a
one-shot's start once the engine has run).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.text import Text


class Styled:
    """Text made of runs, each with a style ("" for none), on a style for the whole."""

    __slots__ = ("runs", "style")

    def __init__(self, text: str = "", style: str = "") -> None:
        self.style = style
        """The style of the whole text (padding added by a layout included)."""
        self.runs: list[tuple[str, str]] = [(text, "")] if text else []
        """(text, style) of each run, in order."""

    def append(self, text: str, style: str = "") -> Styled:
        """Add a run at the end (an empty one adds nothing); returns self."""
        if text:
            self.runs.append((text, style))
        return self

    def __add__(self, text: str) -> Styled:
        out = Styled(style=self.style)
        out.runs = [*self.runs]
        return out.append(text)

    @property
    def plain(self) -> str:
        """The text without its styles."""
        return "".join(text for text, _ in self.runs)

    def __rich__(self) -> Text:
        """What Rich prints for it (so a `Styled` prints like any renderable)."""
        return self.to_text()

    def to_text(self) -> Text:
        """The same text as Rich's `Text` (never read as markup)."""
        from rich.text import Text

        out = Text(style=self.style)
        for text, style in self.runs:
            out.append(text, style or None)
        return out
