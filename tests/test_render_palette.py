"""The shared palette: every colour readable on its page, console and HTML from one table."""

from __future__ import annotations

from newsdiff.core.model import ChangeKind
from newsdiff.render.console import KIND_STYLES, SIDE_STYLES
from newsdiff.render.palette import KIND_COLOURS, SIDE_BACKGROUNDS, SIDE_COLOURS

LIGHT_PAGE, DARK_PAGE = "#ffffff", "#161b22"


def luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(fg: str, bg: str) -> float:
    high, low = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_kind_colours_reach_aa_contrast_on_both_pages() -> None:
    for kind, colour in KIND_COLOURS.items():
        if kind is ChangeKind.WORDING:
            continue
        assert contrast(colour.light, LIGHT_PAGE) >= 4.5, kind
        assert contrast(colour.dark, DARK_PAGE) >= 4.5, kind


def test_side_colours_are_readable_on_their_tint() -> None:
    for side, colour in SIDE_COLOURS.items():
        light_bg, dark_bg = SIDE_BACKGROUNDS[side]
        assert contrast(colour.light, light_bg) >= 4.5, side
        assert contrast(colour.dark, dark_bg) >= 4.5, side


def test_console_takes_its_colours_from_the_palette() -> None:
    assert {kind: colour.terminal for kind, colour in KIND_COLOURS.items()} == KIND_STYLES
    assert SIDE_STYLES == {"a": "red", "b": "green"}
    assert set(KIND_COLOURS) == set(ChangeKind)
