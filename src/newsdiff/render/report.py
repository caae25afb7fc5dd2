"""Reports to share: a pair's comparison or a story's coverage as an HTML or Markdown file.

One entry point per thing shown, for the CLI (`--format html|markdown`, `-o`)
and the app's export key alike:

    path = default_report_path(comparison, "html")
    write_report(comparison, path, "html", sources=(source_a, source_b))

    write_coverage_report(story, coverage, path, "markdown")
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path

from newsdiff.core.model import Comparison, Corpus, Source, Story
from newsdiff.core.stories.coverage import Coverage
from newsdiff.render.html import comparison_html, coverage_html
from newsdiff.render.markdown import comparison_markdown, coverage_markdown
from newsdiff.render.meta import SourceInfo, side_info, source_info

REPORT_FORMATS = ("html", "markdown")
"""Formats a report can be written in."""
SUFFIXES = {"html": ".html", "markdown": ".md"}
"""File suffix of each report format."""
_SLUG = re.compile(r"[^a-z0-9]+")
_MAX_SLUG = 40


def comparison_report(
    comparison: Comparison,
    fmt: str,
    *,
    sources: tuple[Source | None, Source | None] | None = None,
    story: Story | None = None,
) -> str:
    """The report of one pair, as text in `fmt` ("html" or "markdown").

    Args:
        comparison: the comparison to show.
        fmt: "html" or "markdown".
        sources: the loaded A and B sources (either may be None), for their
            URLs (and page titles and dates when the loader found them).
        story: the story the pair belongs to, named above the pair.
    """
    a = side_info("A", comparison.a, sources[0] if sources else None)
    b = side_info("B", comparison.b, sources[1] if sources else None)
    heading = _story_heading(story) if story is not None else ""
    if fmt == "html":
        return comparison_html(comparison, a, b, heading=heading)
    if fmt == "markdown":
        return comparison_markdown(comparison, a, b, heading=heading)
    raise ValueError(f"unknown report format {fmt!r} (expected one of {REPORT_FORMATS})")


def coverage_report(
    stories: Sequence[tuple[Story, Coverage]], fmt: str, *, heading: str = ""
) -> str:
    """The coverage of one or more stories, as text in `fmt`.

    Args:
        stories: each story with its coverage (`story_coverage(story.sources)`).
        fmt: "html" or "markdown".
        heading: what the report covers (a corpus folder), if anything.
    """
    entries = [
        (story.title, story.date, _infos(story, coverage), coverage) for story, coverage in stories
    ]
    if fmt == "html":
        return coverage_html(entries, heading=heading)
    if fmt == "markdown":
        return coverage_markdown(entries, heading=heading)
    raise ValueError(f"unknown report format {fmt!r} (expected one of {REPORT_FORMATS})")


def corpus_coverage_report(corpus: Corpus, coverages: Mapping[str, Coverage], fmt: str) -> str:
    """The coverage of every story of a corpus that has one, in corpus order."""
    stories = [(s, coverages[s.id]) for s in corpus.stories if s.id in coverages]
    return coverage_report(stories, fmt, heading=corpus.root)


def write_report(
    comparison: Comparison,
    path: Path,
    fmt: str,
    *,
    sources: tuple[Source | None, Source | None] | None = None,
    story: Story | None = None,
) -> Path:
    """Write the report of one pair to `path` (UTF-8) and return the path."""
    return _write(path, comparison_report(comparison, fmt, sources=sources, story=story))


def write_coverage_report(story: Story, coverage: Coverage, path: Path, fmt: str) -> Path:
    """Write the coverage report of one story to `path` (UTF-8) and return the path."""
    return _write(path, coverage_report([(story, coverage)], fmt))


def default_report_path(subject: Comparison | Story, fmt: str, folder: Path | None = None) -> Path:
    """A file name for a report that does not overwrite an existing file.

    `newsdiff-tag24-vs-krone.html` for a pair, `newsdiff-coverage-<story>.md`
    for a story's coverage, in `folder` (default: the working directory),
    with `-2`, `-3`, ... added when the name is taken.
    """
    if isinstance(subject, Comparison):
        a = _slug(subject.a.outlet or subject.a.id) or "a"
        b = _slug(subject.b.outlet or subject.b.id) or "b"
        stem = f"newsdiff-{a}-vs-{b}"
    else:
        stem = f"newsdiff-coverage-{_slug(subject.id or subject.title) or 'story'}"
    base = folder if folder is not None else Path.cwd()
    suffix = SUFFIXES[fmt]
    candidate = base / f"{stem}{suffix}"
    number = 2
    while candidate.exists():
        candidate = base / f"{stem}-{number}{suffix}"
        number += 1
    return candidate


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8", errors="replace")
    return path


def _slug(text: str) -> str:
    return _SLUG.sub("-", text.casefold()).strip("-")[:_MAX_SLUG].strip("-")


def _story_heading(story: Story) -> str:
    return f"{story.title}  {story.date}".strip()


def _infos(story: Story, coverage: Coverage) -> list[SourceInfo]:
    by_id = {source.id: source for source in story.sources}
    return [
        source_info(source_id, by_id[source_id])
        if source_id in by_id
        else SourceInfo(label=source_id, outlet=source_id, id=source_id)
        for source_id in coverage.sources
    ]
