"""Markdown articles: link text kept, addresses and images removed with a reason."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from newsdiff.core.compare import analyse
from newsdiff.core.stories.sources import read_source
from newsdiff.core.text.markdown_page import read_markdown

ARTICLE = """\
# Harbour bridge reopens

The bridge reopened on **Wednesday**, [officials said](https://city.example/news "Press").

![The bridge at dawn](bridge.jpg)

- Buses return on *Monday*.
- A cycle lane opens in August, see <https://city.example/cycle>.

> "It took long enough," one resident said.

Read the [council report][1].

[1]: https://city.example/report.pdf
"""


def test_markdown_renders_to_its_text_line_for_line() -> None:
    text, _ = read_markdown(ARTICLE)
    lines = text.split("\n")
    assert len(lines) == len(ARTICLE.split("\n"))
    assert lines[0] == "Harbour bridge reopens"
    assert lines[2] == "The bridge reopened on Wednesday, officials said."
    assert lines[6] == "Buses return on Monday."
    assert lines[9] == '"It took long enough," one resident said.'
    assert lines[11] == "Read the council report."
    assert "https" not in text and "bridge.jpg" not in text


def test_addresses_and_images_are_removed_with_reasons_and_lines() -> None:
    _, removed = read_markdown(ARTICLE)
    got = {(r.text, r.reason, r.line) for r in removed}
    assert ("https://city.example/news", "link address", 3) in got
    assert ("![The bridge at dawn](bridge.jpg)", "image", 5) in got
    assert ("https://city.example/cycle", "link address", 8) in got
    assert ("[1]: https://city.example/report.pdf", "link address", 14) in got


def test_markdown_file_headings_become_headlines(tmp_path: Path) -> None:
    path = tmp_path / "bridge.md"
    path.write_text(ARTICLE, encoding="utf-8")
    source = read_source(path)
    side = analyse(source).side
    assert side.texts[0] == "Harbour bridge reopens"
    assert all("](" not in t and "#" not in t for t in side.texts)
    assert any(r.reason == "image" for r in side.removed)


def test_code_fences_and_plain_prose_pass_through() -> None:
    text, removed = read_markdown("Plain prose, no marks at all.\n```python\nx = [1](2)\n```\n")
    assert text.split("\n")[:3] == ["Plain prose, no marks at all.", "", "x = [1](2)"]
    assert [r.reason for r in removed] == ["code block mark"]


@pytest.mark.parametrize(
    "line",
    ["**a " * 5000, "[a" * 5000, "![" * 5000 + "x", "<a " * 5000, "[" + "w " * 400 + "](u)"],
)
def test_runaway_marks_lose_no_word(line: str) -> None:
    text, removed = read_markdown(line)
    have = Counter(ch for ch in text + "".join(r.text for r in removed) if ch.isalnum())
    assert not Counter(ch for ch in line if ch.isalnum()) - have
