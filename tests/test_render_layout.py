"""Plain output without Rich's console is what Rich's console prints without colour."""

from __future__ import annotations

import io
from itertools import combinations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from rich.console import Console

from newsdiff.core.compare import compare
from newsdiff.core.model import Comparison
from newsdiff.render.console import render_comparison
from newsdiff.render.layout import _PLAIN, _RICH, Blocks, Hanging, SideBySide, plain_text
from newsdiff.render.styled import Styled

WIDTHS = (1, 2, 3, 5, 20, 60, 99, 100, 101, 160, 233)
"""Below a row mark and a letter, both sides of the side-by-side switch (100),
odd and even column splits, and wide."""


def rich_plain(block: object, width: int) -> str:
    out = io.StringIO()
    console = Console(
        file=out, width=width, color_system=None, highlight=False, markup=False, emoji=False
    )
    with console.capture() as capture:
        console.print(block)
    return capture.get()


@pytest.fixture(scope="module")
def seed_comparisons(seed_texts: dict[str, str]) -> list[Comparison]:
    names = sorted(seed_texts)
    return [compare(seed_texts[a], seed_texts[b]) for a, b in combinations(names, 2)][:4]


@pytest.mark.parametrize("width", WIDTHS)
def test_seed_pairs_print_as_rich_prints_them(
    seed_comparisons: list[Comparison], width: int
) -> None:
    for comparison in seed_comparisons:
        block = render_comparison(comparison, width=width, markers=True, show_removed=True)
        assert plain_text(block, width) == rich_plain(block, width)


HOSTILE = (
    "Tabs\there\tand there. 東京で会議が開かれた、とNHKが報じた。 Ａ full-width ＬＩＮＥ.\n\n"
    "A [bold]markup[/bold] tag and \x1b[31mescape\x1b[0m codes, a\u200bzero width space.\n\n"
    "A" + "very" * 18 + "longwordwithoutspaces ends.\n\n"
    "Café naïve coöperate e\u0301 combining marks, emoji 🙂🙂🙂 and a flag 🇩🇪 too."
)


@pytest.mark.parametrize("width", WIDTHS)
def test_wide_characters_tabs_and_escapes_print_as_rich_prints_them(width: int) -> None:
    other = HOSTILE.replace("Tabs", "Tab").replace("🙂🙂🙂", "🙂") + "\n\nOnly here, 42 people."
    comparison = compare(HOSTILE, other)
    block = render_comparison(comparison, width=width, markers=True)
    assert plain_text(block, width) == rich_plain(block, width)


def test_a_lead_wider_than_the_line_is_cropped_as_rich_crops_it() -> None:
    block = Blocks(Hanging(Styled("東京 "), Styled("a b c")), Styled("東京東京"))
    for width in (1, 2, 3, 4, 5):
        assert plain_text(block, width) == rich_plain(block, width)


def test_plain_text_refuses_what_it_cannot_lay_out() -> None:
    with pytest.raises(TypeError, match="no plain layout"):
        plain_text(Blocks(object()), 80)  # type: ignore[arg-type]


PIECES = st.sampled_from(
    ["a", "word", " ", "  ", "\t", "\n", "東京", "🙂", "e\u0301", "\u200b", "-", "x" * 30, "\u3000"]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, max_size=30).map("".join), st.integers(1, 40), st.booleans())
@example("a\tb\t\tc\n\td", 9, True)
@example("word   ", 4, False)
@example("東京東京", 3, True)
def test_plain_wrapping_is_richs_wrapping(text: str, width: int, pad: bool) -> None:
    styled = Styled(text)
    assert _PLAIN.wrap(styled, width, pad=pad) == [
        line.plain for line in _RICH.wrap(styled, width, pad=pad)
    ]


def test_a_styled_text_becomes_the_rich_text_it_describes() -> None:
    styled = Styled("base ", "dim").append("bold", "bold").append("").append(" end")
    text = (styled + "!").to_text()
    assert text.plain == "base bold end!" and str(text.style) == "dim"
    assert [(span.start, span.end, span.style) for span in text.spans] == [(5, 9, "bold")]


def test_a_partial_rows_mark_stays_in_the_gutter_and_no_cell_is_cut() -> None:
    width = 100
    _, right = SideBySide((Styled("A"), Styled("B")), [])._columns(width)
    a_text = " ".join(["alpha"] * 40)  # wraps: continuation lines must line up
    rows = [(Styled("~", "bold").append("≈", "dim"), Styled(a_text), Styled("x" * right))]
    block = SideBySide((Styled("A"), Styled("B")), rows)
    out = plain_text(block, width)
    assert out == rich_plain(block, width)
    lines = out.split("\n")[2:-1]  # after the titles and the blank line
    assert lines[0].startswith("~≈alpha") and lines[0].endswith("x" * right)
    assert lines[1].startswith("  alpha")  # the A column starts at the same cell
    assert all(len(line) == width for line in lines)
