"""The report entry points the CLI and the app's export use."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdiff.core.compare import compare
from newsdiff.core.model import Corpus
from newsdiff.core.stories.coverage import story_coverage
from newsdiff.render.report import (
    comparison_report,
    default_report_path,
    write_coverage_report,
    write_report,
)


def test_default_path_names_the_pair_and_never_overwrites(corpus: Corpus, tmp_path: Path) -> None:
    a, b = corpus.stories[0].sources[:2]
    comparison = compare(a, b)
    first = default_report_path(comparison, "html", tmp_path)
    assert first == tmp_path / "newsdiff-tag24-vs-berliner-tageblatt.html"
    assert write_report(comparison, first, "html", sources=(a, b)) == first
    second = default_report_path(comparison, "html", tmp_path)
    assert second == tmp_path / "newsdiff-tag24-vs-berliner-tageblatt-2.html"
    assert default_report_path(comparison, "markdown", tmp_path).suffix == ".md"
    assert "honour" in first.read_text(encoding="utf-8")


def test_story_coverage_report_file(corpus: Corpus, tmp_path: Path) -> None:
    story = corpus.stories[0]
    path = default_report_path(story, "markdown", tmp_path)
    assert path.name == "newsdiff-coverage-putin-north-korea-2024.md"
    write_coverage_report(story, story_coverage(story.sources), path, "markdown")
    assert path.read_text(encoding="utf-8").startswith("# Coverage")


def test_unknown_format_is_refused(corpus: Corpus) -> None:
    a, b = corpus.stories[0].sources[:2]
    with pytest.raises(ValueError, match="unknown report format"):
        comparison_report(compare(a, b), "pdf")
