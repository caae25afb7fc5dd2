"""Listing a corpus: `newsdiff stories` as a table or the JSON contract."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rich.console import Group
from rich.text import Text

from newsdiff.core.corpus import Corpus
from newsdiff.core.coverage import Coverage
from newsdiff.core.model import SCHEMA
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


def stories_table(corpus: Corpus) -> Group:
    """Each story as a heading line (title, date, id) followed by its sources."""
    lines: list[Text] = []
    for story in corpus.stories:
        head = Text(visible_line(story.title), style="bold")
        if story.date:
            head.append(f"  {visible_line(story.date)}", style="cyan")
        head.append(f"  {visible_line(story.id)}  {len(story.sources)} sources", style="dim")
        lines.append(head)
        width = max((len(s.id) for s in story.sources), default=0)
        for source in story.sources:
            line = Text(f"  {visible_line(source.id):<{width}}")
            # An outlet named only after its file would repeat the id.
            if source.outlet != source.id:
                line.append(f"  {visible_line(source.outlet)}", style="green")
            lines.append(line)
    return Group(*lines)
