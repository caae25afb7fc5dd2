"""Listing a corpus: `newsdiff stories` as a table or the JSON contract."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from rich.console import Group
from rich.text import Text

from newsdiff.core.model import SCHEMA, Corpus
from newsdiff.core.stories.coverage import Coverage, PairRow, pair_rows
from newsdiff.render.safe import visible_line


def stories_dict(corpus: Corpus, coverages: Mapping[str, Coverage] | None = None) -> dict[str, Any]:
    """`{"schema": "newsdiff/1", "stories": [...]}`, with a "coverage" key per story if given."""
    return {
        "schema": SCHEMA,
        "stories": [
            {
                "id": story.id,
                "title": story.title,
                "date": story.date,
                "sources": [
                    {"id": s.id, "outlet": s.outlet, "path": s.path} for s in story.sources
                ],
                **(
                    {"coverage": coverages[story.id].to_dict()}
                    if coverages and story.id in coverages
                    else {}
                ),
            }
            for story in corpus.stories
        ],
    }


def stories_table(corpus: Corpus, coverages: Mapping[str, Coverage] | None = None) -> Group:
    """Each story as a heading line (title, date, id) followed by its sources,
    and with `coverages` a summary of who carried what (`coverage_lines`)."""
    lines: list[Text] = []
    for story in corpus.stories:
        head = Text(visible_line(story.title), style="bold")
        if story.date:
            head.append(f"  {visible_line(story.date)}", style="cyan")
        head.append(f"  {visible_line(story.id)}  {len(story.sources)} sources", style="dim")
        lines.append(head)
        width = max((len(s.id) for s in story.sources), default=0)
        for source in story.sources:
            line = Text(f"  {visible_line(source.id)}")
            # An outlet named only after its file would repeat the id.
            if source.outlet != source.id:
                line.pad_right(width - len(line) + 2)
                line.append(f"  {visible_line(source.outlet)}", style="green")
            lines.append(line)
        if coverages and story.id in coverages:
            outlets = {src.id: src.outlet for src in story.sources}
            lines.extend(coverage_lines(coverages[story.id], outlets))
    return Group(*lines)


def coverage_lines(coverage: Coverage, outlets: Mapping[str, str]) -> list[Text]:
    """A story's coverage in a few lines: facts carried by one source only, the
    copy groups, and every pair of sources by shared wording (most first).

    The full fact x source matrix is in the JSON (`--format json --coverage`).
    """

    def name(index: int) -> str:
        source_id = coverage.sources[index]
        return visible_line(outlets.get(source_id, source_id))

    out = [
        Text(
            f"  facts: {len(coverage.facts)}, {coverage.one_source_facts()} carried by"
            " one source only",
            style="dim",
        )
    ]
    for group in coverage.copy_groups():
        names = " + ".join(visible_line(outlets.get(g, g)) for g in group)
        out.append(Text("  same copy: " + names, style="yellow"))
    ranked = pair_rows(coverage)
    # All pairs alike (independent reports): no pair stands out.
    marked = bool(ranked) and ranked[0].score - ranked[-1].score >= 0.01
    shown = ranked
    if len(ranked) > MAX_PAIR_LINES:
        # Many sources: the closest pairs, then the most different one.
        shown = ranked[: MAX_PAIR_LINES - 1]
    for row in shown:
        out.append(_pair_line(row, name, marked))
    if len(shown) < len(ranked):
        hidden = len(ranked) - len(shown) - 1
        out.append(Text(f"  … {hidden} more pairs (all in --format json)", style="dim"))
        out.append(_pair_line(ranked[-1], name, marked))
    return out


MAX_PAIR_LINES = 10
"""Pairs listed per story in the plain coverage summary."""


def _pair_line(row: PairRow, name: Callable[[int], str], marked: bool) -> Text:
    mark = ""
    if marked:
        mark = "  closest" if row.closest else "  most different" if row.most_different else ""
    return Text(f"  {row.score:4.0%} shared  {name(row.s)} ⇄ {name(row.t)}{mark}", style="dim")
