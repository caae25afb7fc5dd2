"""The two tables of the coverage view: facts × sources, and shared wording per pair.

Every string shown here (fact labels, outlet names) comes from articles or the
corpus file, so cells are always `Text` built with `visible_line`: a DataTable
would parse a plain `str` cell as markup.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from rich.style import Style
from rich.text import Text
from textual import on
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widget import Widget
from textual.widgets import DataTable

from newsdiff.core.model import FactKind, outlet_name
from newsdiff.render.safe import visible_line
from newsdiff.tui.component_style import partial_style

if TYPE_CHECKING:  # the engine is imported by the worker, not when the view opens
    from newsdiff.core.stories.coverage import Coverage, PairRow

FACT_WIDTH = (20, 40)
"""Least and most cells of the fact column: it takes what the source columns
leave, within these; longer labels (quotations) end in "…"."""
KIND_WIDTH = 6
"""Cells of the kind column ("person", "org", "quote")."""
SOURCE_WIDTH = 10
"""Cells of a source column: the outlet's short name is cut to this."""
BAR_WIDTH = 8
"""Cells of the shared-wording bar."""
NOTE_WIDTH = 16
"""Cells of the pair notes ("▲ closest ≡ copy", "▼ most different")."""
CARRIED = "●"
ONLY_ONE = "◆"
ABSENT = "·"

KIND_NAMES = {FactKind.ORGANISATION: "org"}
"""Kinds shortened for a narrow column; the others are short already."""


def short_outlet(outlet: str, width: int = SOURCE_WIDTH) -> str:
    """An outlet's name for a column header: a trailing "(…)" dropped, cut to `width`.

    "Krone (translated from German)" becomes "Krone"; "Berliner Tageblatt"
    becomes "Berliner …" at width 10. Never empty: a name that is only a
    parenthesis keeps it.
    """
    name = visible_line(outlet).strip()
    name = outlet_name(name) or name
    if len(name) > width:
        name = name[: max(width - 1, 1)].rstrip() + "…"
    return name or "?"


def cut(text: str, width: int) -> str:
    """`text` on one line, cut to `width` cells with "…"."""
    line = visible_line(text)
    return line if len(line) <= width else line[: max(width - 1, 0)] + "…"


class _CoverageTable(DataTable[Text]):
    """A row-cursor table that redraws its rows when the theme changes."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row", zebra_stripes=False)
        self.coverage: Coverage | None = None
        self.outlets: tuple[str, ...] = ()

    def on_mount(self) -> None:
        # Cell colours are resolved from the theme when the rows are built: a new
        # theme rebuilds them, after the widget's own styles have been updated.
        self.app.theme_changed_signal.subscribe(
            self, lambda _theme: self.call_after_refresh(self._rebuild)
        )

    def show(self, coverage: Coverage, outlets: tuple[str, ...]) -> None:
        """List `coverage`; `outlets` names its sources, in story order."""
        self.coverage = coverage
        self.outlets = outlets
        self._rebuild()

    def _rebuild(self) -> None:
        """Fill the table from `self.coverage` (each table defines its rows)."""
        raise NotImplementedError


class FactMatrix(_CoverageTable):
    """Rows are facts (label, kind), columns the sources; a mark where a source carries it.

    Facts only one source carries are drawn in the `--unique` style with a
    diamond, so they stand out in a long list; `u` hides every other fact.
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "fact-matrix--carried",
        "fact-matrix--unique",
        "fact-matrix--absent",
        "fact-matrix--kind",
    }

    DEFAULT_CSS = """
    FactMatrix {
        & > .fact-matrix--carried { color: $success; }
        & > .fact-matrix--unique { color: $warning; text-style: bold; }
        & > .fact-matrix--absent { color: $text-muted; }
        & > .fact-matrix--kind { color: $text-muted; text-style: italic; }
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("u", "toggle_unique", "One-source facts"),
        Binding("enter", "select_cursor", "Show in diff"),
    ]

    @dataclass
    class Chosen(Message):
        """The reader picked a fact: show it in a diff."""

        fact: int
        """Index of the fact in the coverage."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.unique_only = False
        """Whether only facts carried by a single source are listed."""
        self.rows_shown: list[int] = []
        """Fact index of each table row."""
        self.fact_width = FACT_WIDTH[0]
        """Cells of the fact column as last built."""

    def _fitting_fact_width(self) -> int:
        """The fact column's width that fills the table without scrolling, if it can."""
        padding = 2 * self.cell_padding
        sources = sum(max(len(short_outlet(o)), 1) + padding for o in self.outlets)
        others = KIND_WIDTH + 2 + 3 * padding + sources
        # From the widget's own region, with room for the scrollbar always kept:
        # the content region narrows when the scrollbar appears, and whether it
        # had by the time of a build depended on timing (columns 2 cells apart).
        available = (
            self.region.width - self.styles.gutter.width - self.styles.scrollbar_size_vertical
        )
        low, high = FACT_WIDTH
        return max(low, min(high, available - others))

    def on_resize(self) -> None:
        # Wider or narrower: give the fact labels what the source columns leave.
        if self.coverage is not None and self._fitting_fact_width() != self.fact_width:
            self._rebuild()

    def _rebuild(self) -> None:
        coverage = self.coverage
        if coverage is None:
            return
        keep = self.current_fact()
        self.clear(columns=True)
        self.fact_width = width = self._fitting_fact_width()
        self.add_column("Fact", key="fact", width=width)
        self.add_column("Kind", key="kind", width=KIND_WIDTH)
        self.add_column("#", key="count", width=2)
        for s, outlet in enumerate(self.outlets):
            name = short_outlet(outlet)
            self.add_column(Text(name, justify="center"), key=f"s{s}", width=len(name))
        carried_style = partial_style(self, "fact-matrix--carried")
        unique_style = partial_style(self, "fact-matrix--unique")
        absent_style = partial_style(self, "fact-matrix--absent")
        kind_style = partial_style(self, "fact-matrix--kind")
        self.rows_shown = []
        for f, (label, kind, row) in enumerate(
            zip(coverage.facts, coverage.kinds, coverage.carried, strict=True)
        ):
            count = sum(row)
            unique = count == 1 and len(self.outlets) > 1
            if self.unique_only and not unique:
                continue
            mark, mark_style = (ONLY_ONE, unique_style) if unique else (CARRIED, carried_style)
            cells = [
                Text(cut(label, width), unique_style if unique else Style()),
                Text(KIND_NAMES.get(kind, kind.value), kind_style),
                Text(str(count), unique_style if unique else Style(), justify="right"),
                *(
                    Text(mark, mark_style, justify="center")
                    if on
                    else Text(ABSENT, absent_style, justify="center")
                    for on in row
                ),
            ]
            self.add_row(*cells, key=str(f))
            self.rows_shown.append(f)
        self.fixed_columns = 1
        if keep in self.rows_shown:
            self.move_cursor(row=self.rows_shown.index(keep), animate=False)

    def action_toggle_unique(self) -> None:
        """List only the facts one source carries, or every fact again."""
        self.unique_only = not self.unique_only
        self._rebuild()

    def current_fact(self) -> int | None:
        """Index (in the coverage) of the fact under the cursor."""
        if 0 <= self.cursor_row < len(self.rows_shown):
            return self.rows_shown[self.cursor_row]
        return None

    @on(DataTable.RowSelected)
    def _selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        fact = self.current_fact()
        if fact is not None:
            self.post_message(self.Chosen(fact))


def shared_bar(score: float, width: int = BAR_WIDTH) -> str:
    """A bar of `width` cells, eighths included, filled to `score` (0..1)."""
    eighths = round(max(0.0, min(1.0, score)) * width * 8)
    full, part = divmod(eighths, 8)
    bar = "█" * full + (" ▏▎▍▌▋▊▉"[part] if part else "")
    return bar.ljust(width)


class PairTable(_CoverageTable):
    """Every pair of sources, most shared wording first; Enter reads the pair."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "pair-table--closest",
        "pair-table--different",
        "pair-table--copy",
        "pair-table--bar",
    }

    DEFAULT_CSS = """
    PairTable {
        & > .pair-table--closest { color: $success; text-style: bold; }
        & > .pair-table--different { color: $error; text-style: bold; }
        & > .pair-table--copy { color: $accent; }
        & > .pair-table--bar { color: $primary; }
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [Binding("enter", "select_cursor", "Read pair")]

    @dataclass
    class Chosen(Message):
        """The reader picked a pair: read it as A and B."""

        s: int
        """Index of A in the story's sources."""
        t: int
        """Index of B."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.pairs: list[PairRow] = []

    def _rebuild(self) -> None:
        coverage = self.coverage
        if coverage is None:
            return
        keep = self.cursor_row
        self.clear(columns=True)
        self.add_column("Pair", key="pair", width=2 * SOURCE_WIDTH + 3)
        self.add_column("Shared", key="shared", width=BAR_WIDTH + 5)
        self.add_column("", key="note", width=NOTE_WIDTH)
        styles = {
            name: partial_style(self, f"pair-table--{name}")
            for name in ("closest", "different", "copy", "bar")
        }
        # Imported here: the rows are built once the worker has loaded the engine.
        from newsdiff.core.stories.coverage import pair_rows

        self.pairs = pair_rows(coverage)
        for row in self.pairs:
            note = Text()
            if row.closest:
                note.append("▲ closest", styles["closest"])
            if row.most_different:
                note.append("▼ most different", styles["different"])
            if row.same_copy:
                note.append(" " if note else "")
                note.append("≡ copy", styles["copy"])
            shared = Text()
            shared.append(shared_bar(row.score), styles["bar"])
            shared.append(f"{row.score:>4.0%}")
            pair = Text(short_outlet(self.outlets[row.s]))
            pair.append(" ⇄ ", Style(dim=True))
            pair.append(short_outlet(self.outlets[row.t]))
            self.add_row(pair, shared, note, key=f"{row.s}-{row.t}")
        if self.pairs:
            self.move_cursor(row=min(max(keep, 0), len(self.pairs) - 1), animate=False)

    def current_pair(self) -> PairRow | None:
        """The pair under the cursor."""
        if 0 <= self.cursor_row < len(self.pairs):
            return self.pairs[self.cursor_row]
        return None

    @on(DataTable.RowSelected)
    def _selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        row = self.current_pair()
        if row is not None:
            self.post_message(self.Chosen(row.s, row.t))


class CoverageSummary(Widget):
    """What a reader wants first: how many facts, the closest and most different
    pair, and which sources ran the same copy."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "coverage-summary--closest",
        "coverage-summary--different",
        "coverage-summary--copy",
        "coverage-summary--unique",
        "coverage-summary--label",
    }

    DEFAULT_CSS = """
    CoverageSummary {
        height: auto;
        & > .coverage-summary--closest { color: $success; text-style: bold; }
        & > .coverage-summary--different { color: $error; text-style: bold; }
        & > .coverage-summary--copy { color: $accent; text-style: bold; }
        & > .coverage-summary--unique { color: $warning; text-style: bold; }
        & > .coverage-summary--label { color: $text-muted; }
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.coverage: Coverage | None = None
        self.outlets: tuple[str, ...] = ()
        self.message = ""

    def show(self, coverage: Coverage, outlets: tuple[str, ...]) -> None:
        """Summarise `coverage`; `outlets` names its sources, in story order."""
        self.coverage, self.outlets, self.message = coverage, outlets, ""
        self.refresh(layout=True)

    def show_message(self, message: str) -> None:
        """Say something (computing…, failed) instead of a summary."""
        self.coverage, self.message = None, message
        self.refresh(layout=True)

    def render(self) -> Text:
        if self.coverage is None:
            return Text(self.message)
        # In a narrow terminal "Krone (translated from German)" costs a line: say "Krone".
        narrow = self.screen.has_class("-narrow")
        outlets = tuple(short_outlet(o, 18) for o in self.outlets) if narrow else self.outlets
        return summary_text(self.coverage, outlets, self._styles())

    def _styles(self) -> dict[str, Style]:
        names = ("closest", "different", "copy", "unique", "label")
        return {n: partial_style(self, f"coverage-summary--{n}") for n in names}


def summary_text(coverage: Coverage, outlets: tuple[str, ...], styles: dict[str, Style]) -> Text:
    """Facts and one-source facts, closest and most different pair, copy groups.

    `styles` maps "closest", "different", "copy", "unique" and "label" to the
    style of each part; outlets are shown in full, made safe.
    """
    by_id = dict(zip(coverage.sources, outlets, strict=True))
    unique = coverage.one_source_facts() if len(outlets) > 1 else 0
    text = Text()
    text.append(f"{len(outlets)} sources · {len(coverage.facts)} facts", Style(bold=True))
    if unique:
        text.append(" · ")
        text.append(f"{ONLY_ONE} {unique} carried by one source only", styles["unique"])
    closest, different = coverage.closest(), coverage.most_different()
    if closest is None or different is None:
        text.append("\nOne source: no pairs to compare.", styles["label"])
        return text
    text.append("\nClosest ", styles["label"])
    text.append(
        f"{visible_line(by_id[closest[0]])} ⇄ {visible_line(by_id[closest[1]])} {closest[2]:.0%}",
        styles["closest"],
    )
    if (different[0], different[1]) != (closest[0], closest[1]):
        text.append(" · most different ", styles["label"])
        text.append(
            f"{visible_line(by_id[different[0]])} ⇄ {visible_line(by_id[different[1]])} "
            f"{different[2]:.0%}",
            styles["different"],
        )
    groups = coverage.copy_groups()
    text.append(
        "\nSame copy: " if groups else "\nNo two sources ran the same copy.", styles["label"]
    )
    for g, group in enumerate(groups):
        if g:
            text.append("; ", styles["label"])
        text.append(" + ".join(visible_line(by_id[sid]) for sid in group), styles["copy"])
    return text
