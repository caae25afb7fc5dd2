"""Colours and marks of the diff, one table for every renderer.

The console (Rich styles) and the HTML report (CSS colours for a light
and a dark page) take a change kind's colour from `KIND_COLOURS`, so a
spelling variant is cyan in the terminal and cyan in the browser. The app is
not a user of this table: it takes its colours from the Textual theme.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsdiff.core.model import ChangeKind


@dataclass(frozen=True, slots=True)
class Colour:
    """One colour in each medium."""

    terminal: str
    """Rich style of the colour ("" for none: the side colour is used)."""
    light: str
    """CSS colour on a light page (contrast at least 4.5:1 on white)."""
    dark: str
    """CSS colour on a dark page (contrast at least 4.5:1 on #161b22)."""
    emphasis: str = "underline"
    """How the change stands out besides colour: underline, bold or reverse."""


KIND_COLOURS: dict[ChangeKind, Colour] = {
    ChangeKind.SPELLING: Colour("cyan", "#0e7490", "#5ee0f0"),
    ChangeKind.TYPO: Colour("magenta", "#a21caf", "#f0abfc"),
    ChangeKind.PUNCTUATION: Colour("yellow", "#8a6100", "#f5c542"),
    ChangeKind.CASE: Colour("blue", "#1d4ed8", "#93b4fd"),
    ChangeKind.NAME: Colour("bright_blue", "#4338ca", "#a5b4fc"),
    ChangeKind.NUMBER: Colour("bold bright_red", "#b91c1c", "#ff8a8a", "bold"),
    ChangeKind.WORDING: Colour("", "", "", "reverse"),
}
"""Colour of each change kind; wording has none of its own and shows in the
colour of its side (`SIDE_COLOURS`), reversed in the terminal and on a tinted
background in HTML. Hues follow the console's long-standing colours; the CSS
shades were picked for contrast on white and on GitHub's dark background."""

SIDE_COLOURS: dict[str, Colour] = {
    "a": Colour("red", "#b42318", "#ff9b8f"),
    "b": Colour("green", "#106b2c", "#7ee2a0"),
}
"""Colour of each side: text only A has is red, text only B has green."""

SIDE_BACKGROUNDS: dict[str, tuple[str, str]] = {
    "a": ("#fde8e6", "#4a1d1a"),
    "b": ("#e3f6e8", "#173a22"),
}
"""HTML background (light, dark) of reworded text and of only-in-one cells of each side."""
