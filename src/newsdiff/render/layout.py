"""How the one-shot output is laid out in lines, for Rich and as plain text.

The diff is a column of blocks: `Styled` paragraphs, a `SideBySide` table,
`Hanging` entries, gathered in `Blocks`. Each layout block knows its lines
once, as pieces, given a way to wrap and measure text: `_RICH` wraps Rich
`Text` (styled segments for a colour terminal, through `__rich_console__`),
`_PLAIN` wraps plain strings the way Rich wraps them (`plain_text`, for a pipe
or a file, where Rich would drop every style anyway). So output without colour
needs neither `rich.console` nor `rich.text`, and comes out byte for byte as
Rich would print it: tests/test_render_layout.py and scripts/fuzz.py compare
the two.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Generic, TypeVar

from rich.cells import cell_len, set_cell_size

# PLAIN_LAYOUT: whether `plain_text` can lay text out without Rich's console.
# It uses Rich's own line breaker, so that plain lines break where Rich's
# would; a Rich release that moved it sends output without colour through
# Rich's console again (the command line asks before it tries).
try:
    from rich._wrap import divide_line

    PLAIN_LAYOUT = True
except ImportError:
    PLAIN_LAYOUT = False

from newsdiff.render.styled import Styled

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
    from rich.text import Text

TAB_SIZE = 8
"""Columns between tab stops, as Rich's console expands tabs by default."""

Line = TypeVar("Line")
"""One wrapped line: a Rich `Text`, or a plain string."""


class _Cells(ABC, Generic[Line]):
    """How a layout wraps, measures and places text, for one kind of output."""

    @abstractmethod
    def piece(self, text: Styled) -> Line:
        """`text` as one piece of a line."""

    @abstractmethod
    def wrap(self, text: Styled, width: int, *, pad: bool) -> Sequence[Line]:
        """`text` wrapped to `width` cells as Rich wraps it (words longer than
        a line folded), each line padded to the full width when `pad`."""

    @abstractmethod
    def rstrip(self, line: Line) -> Line:
        """The line without the whitespace at its end."""


class _RichCells(_Cells["Text"]):
    def piece(self, text: Styled) -> Text:
        return text.to_text()

    def wrap(self, text: Styled, width: int, *, pad: bool) -> Sequence[Text]:
        # Rich's `Text.wrap` reads its console only to justify text in full,
        # which nothing here does, so none is passed.
        justify = "left" if pad else "default"
        lines = text.to_text().wrap(None, width, justify=justify, overflow="fold")  # type: ignore[arg-type]
        return list(lines)

    def rstrip(self, line: Text) -> Text:
        line.rstrip()
        return line


_TRAILING_SPACE = re.compile(r"\s+$")


class _PlainCells(_Cells[str]):
    """Rich's `Text.wrap` (split at newlines, tabs expanded, `divide_line`, the
    end trimmed and the line padded or cropped), on plain strings."""

    def piece(self, text: Styled) -> str:
        return text.plain

    def wrap(self, text: Styled, width: int, *, pad: bool) -> Sequence[str]:
        out: list[str] = []
        for line in text.plain.split("\n"):
            if "\t" in line:
                line = _expand_tabs(line)
            offsets = divide_line(line, width, fold=True)
            for start, end in zip([0, *offsets], [*offsets, len(line)], strict=True):
                out.append(_fit(line[start:end], width, pad=pad))
        return out

    def rstrip(self, line: str) -> str:
        return line.rstrip()


def _expand_tabs(line: str) -> str:
    """Each tab as one space and then up to the next tab stop, as Rich expands it."""
    out: list[str] = []
    position = 0
    *tabbed, last = line.split("\t")
    for part in tabbed:
        part += " "
        position += cell_len(part)
        if position % TAB_SIZE:
            part += " " * (TAB_SIZE - position % TAB_SIZE)
            position += TAB_SIZE - position % TAB_SIZE
        out.append(part)
    out.append(last)
    return "".join(out)


def _fit(line: str, width: int, *, pad: bool) -> str:
    """A divided line as `Text.wrap` leaves it: whitespace beyond `width`
    characters dropped, cropped to `width` cells, padded to them when `pad`."""
    if len(line) > width and (space := _TRAILING_SPACE.search(line)):
        line = line[: len(line) - min(len(space.group()), len(line) - width)]
    length = cell_len(line)
    if length > width:
        line = set_cell_size(line, width)
    if pad and length < width:
        line += " " * (width - length)
    return line


_RICH = _RichCells()
_PLAIN = _PlainCells()


class _Layout(ABC):
    """A block that knows its lines: Rich renders them, `plain_text` joins them."""

    @abstractmethod
    def lines(self, width: int, cells: _Cells[Line]) -> Iterator[list[Line | str]]:
        """Each output line at `width` cells, as pieces."""

    @abstractmethod
    def fits(self, width: int) -> bool:
        """Whether every line is at most `width` cells (else the console crops them)."""

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        from rich.segment import Segment

        for pieces in self.lines(options.max_width, _RICH):
            for piece in pieces:
                if isinstance(piece, str):
                    yield Segment(piece)
                else:
                    yield from piece.render(console)
            yield Segment.line()


class SideBySide(_Layout):
    """Rows of a mark and two cells, laid out as a borderless two-column table.

    A title row, then each row: its mark in a gutter of `GUTTER` cells (a
    one-cell mark and a space, or a mark and the ≈ of a partial row), the A
    cell, a space, the B cell, every line padded to the full width so that
    both columns start at the same cell on every line, and a blank line
    between rows. The two text columns split the width evenly (the A column
    gets the odd cell). Each cell is wrapped once and nothing is measured,
    which keeps an article of thousands of rows quick to print (a
    `rich.table.Table` measures every cell).
    """

    GUTTER = 2
    """Cells before the A column: room for a row mark and the partial mark."""

    def __init__(
        self, titles: tuple[Styled, Styled], rows: list[tuple[Styled, Styled, Styled]]
    ) -> None:
        self.titles = titles
        """The column titles (A's outlet, B's outlet)."""
        self.rows = rows
        """(mark, A cell, B cell) of each row."""

    def lines(self, width: int, cells: _Cells[Line]) -> Iterator[list[Line | str]]:
        left, right = self._columns(width)
        gutter = " " * self.GUTTER
        blank_row: list[Line | str] = [" " * (self.GUTTER + left + 1 + right)]
        for index, (mark, a_cell, b_cell) in enumerate([(Styled(""), *self.titles), *self.rows]):
            if index:
                yield blank_row
            a_lines = cells.wrap(a_cell, left, pad=True)
            b_lines = cells.wrap(b_cell, right, pad=True)
            for number in range(max(len(a_lines), len(b_lines), 1)):
                yield [
                    *(self._gutter(mark, cells) if number == 0 else (gutter,)),
                    a_lines[number] if number < len(a_lines) else " " * left,
                    " ",
                    b_lines[number] if number < len(b_lines) else " " * right,
                ]

    def _columns(self, width: int) -> tuple[int, int]:
        """The widths of the A and B columns at `width` cells."""
        left = max(1, -(-(width - self.GUTTER) // 2) - 1)
        return left, max(1, width - self.GUTTER - 1 - left)

    def _gutter(self, mark: Styled, cells: _Cells[Line]) -> list[Line | str]:
        """A row's mark (at most `GUTTER` cells), padded to the gutter."""
        used = cell_len(mark.plain)
        if not used:
            return [" " * self.GUTTER]
        if used < self.GUTTER:
            return [cells.piece(mark), " " * (self.GUTTER - used)]
        return [cells.piece(mark)]

    def fits(self, width: int) -> bool:
        left, right = self._columns(width)
        return self.GUTTER + left + 1 + right <= width


class Hanging(_Layout):
    """Text after a lead (a row mark, or an indent), its wrapped lines indented
    as deep as the lead: a list entry or a row that reads as one block.

    Cheaper than a grid of Rich tables for thousands of rows: each text is
    wrapped once, with nothing measured.
    """

    def __init__(self, lead: Styled, body: Styled) -> None:
        self.lead = lead
        """What stands before the first line."""
        self.body = body
        """The text, wrapped to the width left after the lead."""

    def lines(self, width: int, cells: _Cells[Line]) -> Iterator[list[Line | str]]:
        indent = cell_len(self.lead.plain)
        blank = " " * indent
        for number, line in enumerate(cells.wrap(self.body, max(1, width - indent), pad=False)):
            yield [cells.piece(self.lead) if number == 0 else blank, cells.rstrip(line)]

    def fits(self, width: int) -> bool:
        return width > cell_len(self.lead.plain)  # a cell left for the text


class Blocks:
    """Blocks printed one under the other (Rich's `Group`, plus `plain_text`)."""

    def __init__(self, *blocks: Block) -> None:
        self.blocks = list(blocks)
        """`Styled` paragraphs, `SideBySide`, `Hanging` or nested `Blocks`, in order."""

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield from self.blocks  # Rich prints a `Styled` as its `Text` (`Styled.__rich__`)


Block = Styled | _Layout | Blocks
"""What `Blocks` holds: paragraphs and layouts."""


def plain_text(block: Block, width: int) -> str:
    """What a Rich console without colour, `width` cells wide, prints for `block`."""
    return "".join(_plain_lines(block, width))


def _plain_lines(block: Block | RenderableType, width: int) -> Iterable[str]:
    if isinstance(block, Blocks):
        for inner in block.blocks:
            yield from _plain_lines(inner, width)
    elif isinstance(block, _Layout):
        # Wrapped text never runs past its column; only a width too narrow for
        # the layout itself (a row mark and a letter) makes lines the console crops.
        fits = block.fits(width)
        for pieces in block.lines(width, _PLAIN):
            line = "".join(pieces)
            yield (line if fits or cell_len(line) <= width else set_cell_size(line, width)) + "\n"
    elif isinstance(block, Styled):
        # As Rich prints a paragraph: wrapped, the lines joined, a newline after.
        yield "\n".join(_PLAIN.wrap(block, width, pad=False)) + "\n"
    else:
        raise TypeError(f"no plain layout for {type(block).__name__}")
