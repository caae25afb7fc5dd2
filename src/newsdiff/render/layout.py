"""How the one-shot output is laid out in lines, for Rich and as plain text.

The diff is a column of blocks: `Text` paragraphs, a `SideBySide` table,
`Hanging` entries, gathered in `Blocks`. Each layout block knows its lines as
pieces (`Text` runs and plain gaps), once; `__rich_console__` turns those
pieces into styled segments for a colour terminal, and `plain_text` joins
them for a pipe or a file, where Rich would drop every style anyway. So
output without colour needs no `rich.console` (a fifth of a one-shot's start)
and comes out byte for byte as Rich would print it (tests/test_render_layout.py
compares the two).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from rich.cells import cell_len, set_cell_size
from rich.containers import Lines
from rich.segment import Segment
from rich.text import Text

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, RenderableType, RenderResult

Piece = Text | str
"""Part of an output line: a run of text with its styles, or plain spaces."""


def wrap(text: Text, width: int, *, pad: bool = False) -> Lines:
    """`text` wrapped to `width` cells as Rich wraps it (words longer than a
    line folded), each line padded to the full width when `pad`.

    Rich's `Text.wrap` reads its console only to justify text in full, which
    nothing here does, so none is passed.
    """
    return text.wrap(None, width, justify="left" if pad else "default", overflow="fold")  # type: ignore[arg-type]


class _Layout(ABC):
    """A block that knows its lines: Rich renders them, `plain_text` joins them."""

    @abstractmethod
    def lines(self, width: int) -> Iterator[list[Piece]]:
        """Each output line at `width` cells, as pieces."""

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        for pieces in self.lines(options.max_width):
            for piece in pieces:
                if isinstance(piece, str):
                    yield Segment(piece)
                else:
                    yield from piece.render(console)
            yield Segment.line()


class SideBySide(_Layout):
    """Rows of a mark and two cells, laid out as a borderless two-column table.

    A title row, then each row: the mark, a space, the A cell, a space, the B
    cell, every line padded to the full width so the B column starts at the
    same cell on every line, and a blank line between rows. The two text
    columns split the width evenly (the A column gets the odd cell). Each cell
    is wrapped once and nothing is measured, which keeps an article of
    thousands of rows quick to print (a `rich.table.Table` measures every cell).
    """

    def __init__(self, titles: tuple[Text, Text], rows: list[tuple[Text, Text, Text]]) -> None:
        self.titles = titles
        """The column titles (A's outlet, B's outlet)."""
        self.rows = rows
        """(mark, A cell, B cell) of each row."""

    def lines(self, width: int) -> Iterator[list[Piece]]:
        left = max(1, -(-(width - 2) // 2) - 1)
        right = max(1, width - 3 - left)
        blank_row: list[Piece] = [" " * (2 + left + 1 + right)]
        for index, (mark, a_cell, b_cell) in enumerate([(Text(" "), *self.titles), *self.rows]):
            if index:
                yield blank_row
            a_lines = wrap(a_cell, left, pad=True)
            b_lines = wrap(b_cell, right, pad=True)
            for number in range(max(len(a_lines), len(b_lines), 1)):
                yield [
                    mark if number == 0 else " ",
                    " ",
                    _cell_line(a_lines, number, left),
                    " ",
                    _cell_line(b_lines, number, right),
                ]


def _cell_line(lines: Lines, number: int, width: int) -> Piece:
    return lines[number] if number < len(lines) else " " * width


class Hanging(_Layout):
    """Text after a lead (a row mark, or an indent), its wrapped lines indented
    as deep as the lead: a list entry or a row that reads as one block.

    Cheaper than a grid of Rich tables for thousands of rows: each text is
    wrapped once, with nothing measured.
    """

    def __init__(self, lead: Text, body: Text) -> None:
        self.lead = lead
        """What stands before the first line."""
        self.body = body
        """The text, wrapped to the width left after the lead."""

    def lines(self, width: int) -> Iterator[list[Piece]]:
        indent = self.lead.cell_len
        blank = " " * indent
        for number, line in enumerate(wrap(self.body, max(1, width - indent))):
            line.rstrip()
            yield [self.lead if number == 0 else blank, line]


class Blocks:
    """Blocks printed one under the other (Rich's `Group`, plus `plain_text`)."""

    def __init__(self, *blocks: RenderableType) -> None:
        self.blocks = list(blocks)
        """`Text`, `SideBySide`, `Hanging` or nested `Blocks`, in order."""

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield from self.blocks


def plain_text(block: RenderableType, width: int) -> str:
    """What a Rich console without colour, `width` cells wide, prints for `block`.

    Like the console, it crops a line wider than the width (only a width too
    narrow for a row mark and one letter makes one).
    """
    lines = "".join(_plain_lines(block, width)).split("\n")
    return "\n".join(set_cell_size(x, width) if cell_len(x) > width else x for x in lines)


def _plain_lines(block: RenderableType, width: int) -> Iterable[str]:
    if isinstance(block, Blocks):
        for inner in block.blocks:
            yield from _plain_lines(inner, width)
    elif isinstance(block, _Layout):
        for pieces in block.lines(width):
            yield "".join(p if isinstance(p, str) else p.plain for p in pieces) + "\n"
    elif isinstance(block, Text):
        # As Rich prints a paragraph (no justify, overflow or tab size of its
        # own is set here): wrapped, the lines joined, its end after.
        yield "\n".join(line.plain for line in wrap(block, width)) + block.end
    else:
        raise TypeError(f"no plain layout for {type(block).__name__}")
