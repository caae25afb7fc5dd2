"""Markdown reports: one table row per aligned row, changes marked in text, text escaped."""

from __future__ import annotations

import re

from newsdiff.core.compare import compare
from newsdiff.core.model import Corpus, Source, Story
from newsdiff.core.stories.coverage import story_coverage
from newsdiff.render.markdown import md_escape
from newsdiff.render.report import comparison_report, coverage_report

_CELL_BORDER = re.compile(r"(?<!\\)\|")


def table_after(heading: str, text: str) -> list[str]:
    """The lines of the first table after `heading`."""
    lines = text.split("\n")
    start = lines.index(heading)
    table = []
    for line in lines[start + 1 :]:
        if line.startswith("|"):
            table.append(line)
        elif table:
            break
    return table


def test_aligned_rows_table_has_one_line_per_row_and_even_cells(corpus: Corpus) -> None:
    a, b = corpus.stories[0].sources[:2]
    comparison = compare(a, b)
    text = comparison_report(comparison, "markdown", sources=(a, b))
    table = table_after("## Aligned rows", text)
    assert len(table) == len(comparison.rows) + 2  # header and delimiter row
    assert {len(_CELL_BORDER.findall(line)) for line in table} == {5}
    assert "{+honour+}‹spelling›" in text and "[-honor-]‹spelling›" in text
    assert "### Only in B" in text and "## Removed boilerplate" in text
    assert "<details><summary>" in text and "</details>" in text
    assert f"**{len(comparison.rows)} rows**" in text


def test_a_run_of_changed_words_is_one_marker() -> None:
    comparison = compare(
        "The company said profits rose sharply in the third quarter of the year.",
        "The company said on Tuesday in a statement that profits rose sharply in the third"
        " quarter of the year.",
    )
    text = comparison_report(comparison, "markdown")
    row = table_after("## Aligned rows", text)[2]
    assert row.count("{+") == 1 and "{+on Tuesday in a statement that+}‹wording›" in row


def test_hostile_text_stays_text() -> None:
    evil = (
        "He said <script>alert(1)</script> costs $5 and $6 | a *lot* of [money](http://x) "
        "~~gone~~ &copy; `code`.\n"
    )
    a = Source("a", "Evil | <b>outlet</b>", "a.txt", evil)
    b = Source("b", "B", "b.txt", "He said it costs nothing at all.\n")
    text = comparison_report(compare(a, b), "markdown", sources=(a, b))
    assert "<script>" not in text and "&lt;script&gt;" in text and "<b>" not in text
    assert "\\$5" in text and "\\*lot\\*" in text and "\\[money\\]" in text
    assert "\\~\\~gone" in text and "&amp;copy;" in text and "\\`code\\`" in text
    for line in table_after("## Aligned rows", text):
        assert len(_CELL_BORDER.findall(line)) == 5


def test_md_escape_makes_one_line_of_literal_text() -> None:
    assert md_escape("a\nb|c") == "a b\\|c"
    assert md_escape("\x1b[31m") == "\\\\x1b\\[31m"
    assert md_escape("-- 1. +") == "-- 1. +"
    assert md_escape("-5", line_start=True) == "\\-5"
    assert md_escape("1) x", line_start=True) == "1\\) x"
    assert md_escape("2024-06-17", line_start=True) == "2024-06-17"


def test_coverage_markdown_lists_pairs_and_the_matrix(corpus: Corpus) -> None:
    story = corpus.stories[0]
    coverage = story_coverage(story.sources)
    text = coverage_report([(story, coverage)], "markdown")
    n = len(story.sources)
    assert len(table_after("### Pairs by shared wording", text)) == n * (n - 1) // 2 + 2
    matrix = table_after(f"### Facts × sources ({len(coverage.facts)})", text)
    assert len(matrix) == len(coverage.facts) + 2
    assert {len(_CELL_BORDER.findall(line)) for line in matrix} == {n + 3}
    assert "Same copy: TAG24 + Berliner Tageblatt" in text
    title = Story("s", "A *bold* claim", "", story.sources)
    assert "## A \\*bold\\* claim" in coverage_report([(title, coverage)], "markdown")


def rendered(text: str) -> str:
    """The Markdown as a CommonMark renderer with GitHub's tables shows it."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(text)


def test_rendered_tables_have_a_row_per_aligned_row_and_four_cells(corpus: Corpus) -> None:
    a, b = corpus.stories[0].sources[:2]
    comparison = compare(a, b)
    page = rendered(comparison_report(comparison, "markdown", sources=(a, b)))
    aligned = page.split("<h2>Aligned rows</h2>")[1].split("</table>")[0]
    rows = aligned.split("<tr>")[1:]
    assert len(rows) == len(comparison.rows) + 1
    assert all(row.count("<td") == 4 for row in rows[1:])
    assert "<del>" not in aligned and "<em>" not in aligned and "<strong>" not in aligned


def test_rendered_hostile_text_makes_no_markup() -> None:
    evil = (
        "He said <script>alert(1)</script> and <img src=x onerror=alert(1)> costs $5 | "
        "*a lot* of [money](http://x) ~~gone~~ `code` on 2024-06-17.\n\n"
        "- +5% was the rise, 1. said one source, # none.\n"
    )
    a = Source("a", "Evil *outlet*", "a.txt", evil)
    b = Source("b", "B", "b.txt", "He said it costs nothing at all.\n")
    page = rendered(comparison_report(compare(a, b), "markdown", sources=(a, b)))
    for tag in ("<script", "<img", "<em>", "<del>", "<code>", '<a href="http://x'):
        assert tag not in page
    assert page.count("<strong>") == 1  # the counts line, nothing of the article
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "*a lot* of [money](http://x) ~~gone~~ `code` on 2024-06-17." in page
    assert "<li>\\" not in page and "<li>+5%" not in page
