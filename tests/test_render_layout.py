"""Plain output without Rich's console is what Rich's console prints without colour."""

from __future__ import annotations

import io
from itertools import combinations

import pytest
from rich.console import Console
from rich.text import Text

from newsdiff.core.compare import compare
from newsdiff.core.model import Comparison
from newsdiff.render.console import render_comparison
from newsdiff.render.layout import Blocks, Hanging, plain_text

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
    block = Blocks(Hanging(Text("東京 "), Text("a b c")), Text("東京東京"))
    for width in (1, 2, 3, 4, 5):
        assert plain_text(block, width) == rich_plain(block, width)


def test_plain_text_refuses_what_it_cannot_lay_out() -> None:
    with pytest.raises(TypeError, match="no plain layout"):
        plain_text(Blocks(object()), 80)  # type: ignore[arg-type]
