"""HTML reports: valid HTML5 (strict parser), self-contained, hostile text shown as text."""

from __future__ import annotations

import itertools
import xml.etree.ElementTree as ET

import html5lib
import pytest

from newsdiff.core.compare import compare
from newsdiff.core.model import Corpus, RowKind, Source, Story
from newsdiff.core.stories.coverage import story_coverage
from newsdiff.render.html import comparison_html
from newsdiff.render.meta import SourceInfo
from newsdiff.render.palette import KIND_COLOURS
from newsdiff.render.report import comparison_report, coverage_report

NS = "{http://www.w3.org/1999/xhtml}"

HOSTILE = (
    "Officials met <script>alert('a')</script> in the capital on Monday.\n\n"
    'A photo <img src=x onerror="alert(1)"> was shown &amp; discussed at length.\n\n'
    "Control \x1b[31mred\x1b[0m and a bidi \u202e override and \ufdd0 noncharacter.\n"
)


def strict_parse(page: str) -> ET.Element:
    """Parse with html5lib in strict mode: any parse error raises."""
    return html5lib.HTMLParser(strict=True, namespaceHTMLElements=True).parse(page)


def elements(tree: ET.Element, tag: str) -> list[ET.Element]:
    return list(tree.iter(f"{NS}{tag}"))


def text_of(tree: ET.Element) -> str:
    return "".join(tree.itertext())


def test_every_seed_pair_report_is_strict_html5(corpus: Corpus) -> None:
    story = corpus.stories[0]
    for a, b in itertools.combinations(story.sources, 2):
        comparison = compare(a, b)
        page = comparison_report(comparison, "html", sources=(a, b), story=story)
        tree = strict_parse(page)
        assert page.startswith("<!DOCTYPE html>")
        body_rows = elements(next(iter(tree.iter(f"{NS}tbody"))), "tr")
        assert len(body_rows) == len(comparison.rows)
        text = text_of(tree)
        for side in (comparison.a, comparison.b):
            for sentence in side.sentences:
                assert " ".join(sentence.text.split()) in " ".join(text.split())


def test_report_loads_nothing_and_runs_no_script(corpus: Corpus) -> None:
    a, b = corpus.stories[0].sources[:2]
    tree = strict_parse(comparison_report(compare(a, b), "html", sources=(a, b)))
    assert not elements(tree, "script") and not elements(tree, "link")
    assert not elements(tree, "img") and not elements(tree, "iframe")
    for element in tree.iter():
        assert "src" not in element.attrib
        assert not any(name.startswith("on") for name in element.attrib)
    (style,) = elements(tree, "style")
    assert "url(" not in (style.text or "") and "@import" not in (style.text or "")


def test_hostile_article_is_shown_as_text() -> None:
    a = Source("evil", "Evil <b>News</b>", "evil.txt", HOSTILE, url="javascript:alert(1)")
    b = Source("ok", 'Fine "News"', "ok.txt", "Officials met in the capital on Monday.\n")
    page = comparison_report(compare(a, b), "html", sources=(a, b))
    tree = strict_parse(page)
    assert not elements(tree, "script") and not elements(tree, "img")
    assert not elements(tree, "a")  # a javascript: URL is shown, never linked
    for element in tree.iter():
        assert not any(name.startswith("on") for name in element.attrib)
    text = text_of(tree)
    assert "<script>alert('a')</script>" in text
    assert '<img src=x onerror="alert(1)">' in text
    assert "&amp; discussed" in text  # an entity in the article stays as written
    assert "Evil <b>News</b>" in text and "javascript:alert(1)" in text
    assert "\x1b" not in page and "\\x1b[31mred" in text
    assert "\u202e" not in page and "\\u202e" in text and "\\ufdd0" in text


def test_changes_carry_their_kind_and_colours_come_from_the_palette() -> None:
    comparison = compare(
        "The concert in his honor was held on Tuesday before the talks.",
        "The concert in his honour was held on Tuesday before the talks.",
    )
    info = SourceInfo("A", "A"), SourceInfo("B", "B")
    tree = strict_parse(comparison_html(comparison, *info))
    dels = [e for e in elements(tree, "del") if "k-spelling" in e.get("class", "")]
    inss = [e for e in elements(tree, "ins") if "k-spelling" in e.get("class", "")]
    assert [e.text for e in dels] == ["honor"] and "honour" in [e.text for e in inss]
    css = elements(tree, "style")[0].text or ""
    assert "prefers-color-scheme: dark" in css
    for kind, colour in KIND_COLOURS.items():
        if colour.light:
            assert f"--{kind.value}: {colour.light};" in css
            assert f"--{kind.value}: {colour.dark};" in css
    (row,) = [r for r in elements(tree, "tr") if r.get("class") == "changed"]
    (meter,) = elements(row, "meter")
    assert float(meter.get("value", "0")) == pytest.approx(comparison.rows[0].score, abs=0.01)


def test_facts_typos_and_removed_lines_are_listed(corpus: Corpus) -> None:
    a, b = corpus.stories[0].sources[:2]
    comparison = compare(a, b)
    tree = strict_parse(comparison_report(comparison, "html", sources=(a, b)))
    text = text_of(tree)
    for fact in comparison.facts.only_b:
        assert fact.text in text
    details = elements(tree, "details")
    removed = [s for s in (comparison.a, comparison.b) if s.removed]
    assert len(details) == len(removed)
    for side, block in zip(removed, details, strict=True):
        assert len(elements(block, "tr")) == len(side.removed) + 1  # header row
        assert all(line.reason in text_of(block) for line in side.removed)
    assert "https://www.tag24.com/" in [e.get("href", "")[:22] for e in elements(tree, "a")]


def test_only_in_one_rows_face_a_shaded_cell() -> None:
    comparison = compare(
        "The talks began on Monday in Geneva.\n\nThey ended without a deal.\n",
        "The talks began on Monday in Geneva.\n",
    )
    assert any(r.kind is RowKind.ONLY_A for r in comparison.rows)
    tree = strict_parse(comparison_html(comparison, SourceInfo("A", "A"), SourceInfo("B", "B")))
    (row,) = [r for r in elements(tree, "tr") if r.get("class") == "only-a"]
    cells = elements(row, "td")
    assert "none" in cells[2].get("class", "") and not text_of(cells[2])


def test_coverage_report_is_strict_html5(corpus: Corpus) -> None:
    story = corpus.stories[0]
    coverage = story_coverage(story.sources)
    hostile = Story("x", "Title <script>x</script>", "2024-01-01", story.sources)
    tree = strict_parse(coverage_report([(hostile, coverage)], "html"))
    assert not elements(tree, "script")
    assert "Title <script>x</script>" in text_of(tree)
    matrix = next(t for t in elements(tree, "table") if t.get("class") == "matrix")
    assert len(elements(matrix, "tr")) == len(coverage.facts) + 1
    pairs = next(t for t in elements(tree, "table") if t.get("class") == "pairs")
    n = len(story.sources)
    assert len(elements(pairs, "tr")) == n * (n - 1) // 2 + 1
