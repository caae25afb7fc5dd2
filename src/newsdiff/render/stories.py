"""Listing a corpus: `newsdiff stories` as a table or the JSON contract."""

from __future__ import annotations

from typing import Any

from rich.table import Table
from rich.text import Text

from newsdiff.core.corpus import Corpus
from newsdiff.core.model import SCHEMA
from newsdiff.render.safe import visible_line


def stories_dict(corpus: Corpus) -> dict[str, Any]:
    """`{"schema": "newsdiff/1", "stories": [...]}` for `newsdiff stories --format json`."""
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
            }
            for story in corpus.stories
        ],
    }


def stories_table(corpus: Corpus) -> Table:
    """Stories with their sources, one story per row group."""
    table = Table(title=visible_line(corpus.root), title_justify="left", expand=False)
    table.add_column("story", overflow="fold")
    table.add_column("date", no_wrap=True)
    table.add_column("source id", overflow="fold")
    table.add_column("outlet", overflow="fold")
    for story in corpus.stories:
        for i, source in enumerate(story.sources):
            table.add_row(
                Text(visible_line(f"{story.title}\n({story.id})")) if i == 0 else Text(""),
                Text(story.date if i == 0 else ""),
                Text(visible_line(source.id)),
                Text(visible_line(source.outlet)),
            )
    return table
