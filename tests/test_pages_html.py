"""Saved web pages: the article extracted, every other visible word removed with a reason."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from conftest import run_newsdiff
from newsdiff.core.compare import analyse, compare
from newsdiff.core.model import CorpusError
from newsdiff.core.stories.sources import read_source, source_from_bytes
from newsdiff.core.text.decode import looks_like_html
from newsdiff.core.text.html_page import EXACT_MATCH_CELLS, decode_html, read_html, visible_words

PAGES = Path(__file__).parent / "fixtures" / "pages"
HARBOUR = PAGES / "harbour.html"


def _accounted(html: str, kept: list[str], removed: list[str]) -> bool:
    """Every visible character of the page is in the kept or the removed text."""
    have = Counter("".join(kept).replace(" ", "").casefold())
    have += Counter("".join(removed).replace(" ", "").casefold())
    need = Counter("".join(visible_words(html)).casefold())
    return not (need - have)


def test_article_is_extracted_and_furniture_removed_with_reasons() -> None:
    source = read_source(HARBOUR)
    assert source.text.startswith("Harbour bridge reopens after two years of repairs\n\n")
    assert "Mayor Anna Berg cut a ribbon" in source.text
    furniture = ("cookies", "Sport", "Ferry service", "Finally!", "Privacy Policy", "tracking")
    for word in furniture:
        assert word not in source.text
    reasons = {r.text: r.reason for r in source.removed}
    assert reasons["We use cookies to improve your experience. Accept all cookies"] == (
        "cookie notice"
    )
    assert reasons["Sport"] == "navigation"
    assert reasons["Ferry service to end in autumn"] == "related links"
    assert reasons["Finally! It took them long enough, honestly."] == "comments"
    assert reasons["Privacy Policy"] == "footer"
    assert reasons["The bridge seen from the old fish market on Tuesday evening."] == "caption"
    # Scripts and styles are not visible text: neither kept nor listed.
    assert not any("tracking" in r.text or "color" in r.text for r in source.removed)


def test_page_metadata_is_read() -> None:
    source = read_source(HARBOUR)
    assert source.outlet == "The Coastal Herald"
    assert source.title == "Harbour bridge reopens after two years of repairs"
    assert source.date == "2024-06-19"
    assert source.author == "Maria Jensen"
    assert source.url == "https://herald.example/news/harbour-bridge-reopens"


def test_headings_are_headline_sentences_and_paragraphs_stay_paragraphs() -> None:
    side = analyse(read_source(HARBOUR)).side
    texts = side.texts
    assert texts[0] == "Harbour bridge reopens after two years of repairs"
    assert "Traffic returns to the old town" in texts
    paragraphs = [s.paragraph for s in side.sentences]
    assert paragraphs == sorted(paragraphs) and len(set(paragraphs)) >= 5


def test_every_visible_word_is_kept_or_removed() -> None:
    html = HARBOUR.read_text(encoding="utf-8")
    side = analyse(read_source(HARBOUR)).side
    assert _accounted(html, side.texts, [r.text for r in side.removed])


@pytest.mark.parametrize(
    "html",
    [
        "<html><body><nav><a href='/'>Home</a> <a href='/x'>World news</a></nav></body></html>",
        "<html><body><div class='cookie-banner'>We use cookies.</div></body></html>",
        "<html><body><p>One <b>bold</b>ly <i>split</i> word</p><p></p></body></html>",
    ],
)
def test_a_page_with_little_or_no_article_loses_nothing(html: str) -> None:
    page = read_html(html)
    assert _accounted(html, [page.text], [r.text for r in page.removed])


@pytest.mark.parametrize(
    "html",
    [
        "",
        "<html>",
        "<?xml version='1.0' encoding='utf-8'?><html><body><p>Hi</p></body></html>",
        "<html><body>" + "<div>" * 5000 + "deep" + "</div>" * 5000 + "</body></html>",
        "<html><head><script type='application/ld+json'>{not json</script></head></html>",
        "<html><body>\x00<p>NUL</p></body></html>",
    ],
)
def test_hostile_pages_do_not_raise(html: str) -> None:
    page = read_html(html)
    assert isinstance(page.text, str)


def test_stdin_html_is_read_as_a_page() -> None:
    source = source_from_bytes(HARBOUR.read_bytes())
    assert source.outlet == "The Coastal Herald"
    assert "<p>" not in source.text and "cookies" not in source.text


@pytest.mark.parametrize(
    ("text", "page"),
    [
        ("<!DOCTYPE html><html>", True),
        ("\ufeff  <!-- saved --> <html lang=en>", True),
        ("<div class=x>text</div>", True),
        ("The <b>bold</b> plan.", False),
        ("Plain article text.\n<html> later", False),
    ],
)
def test_html_is_sniffed_from_its_opening(text: str, page: bool) -> None:
    assert looks_like_html(text) is page


def test_page_charset_from_meta_is_honoured(tmp_path: Path) -> None:
    html = "<html><head><meta charset='windows-1252'></head><body><article>"
    body = "<p>Caf\u00e9 owners in Z\u00fcrich said the new rules would cost them dearly.</p>" * 3
    path = tmp_path / "page.html"
    path.write_bytes((html + body + "</article></body></html>").encode("cp1252"))
    source = read_source(path)
    assert source.encoding == "cp1252"
    assert "Café owners in Zürich" in source.text


def test_one_shot_json_carries_page_fields(tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text("The harbour bridge reopened to traffic on Wednesday.\n")
    done = run_newsdiff(str(HARBOUR), str(other), "--format", "json")
    assert done.returncode == 1, done.stderr
    data = json.loads(done.stdout)
    assert data["a"]["url"] == "https://herald.example/news/harbour-bridge-reopens"
    assert data["a"]["title"] == "Harbour bridge reopens after two years of repairs"
    assert data["a"]["date"] == "2024-06-19"
    assert data["a"]["outlet"] == "The Coastal Herald"
    assert {"text": "Sport", "reason": "navigation"}.items() <= next(
        r for r in data["a"]["removed"] if r["text"] == "Sport"
    ).items()
    assert data["b"]["url"] == "" and data["b"]["title"] == ""


def test_comparing_two_pages_matches_their_articles(tmp_path: Path) -> None:
    other = HARBOUR.read_text(encoding="utf-8").replace("48 million", "50 million")
    path = tmp_path / "other.html"
    path.write_text(other, encoding="utf-8")
    result = compare(read_source(HARBOUR), read_source(path))
    kinds = [c.kind for row in result.rows for c in row.changes]
    assert kinds == ["number"]


def test_the_article_containers_classes_name_no_removed_block() -> None:
    paragraph = (
        "<p>The council voted on Tuesday to keep the old library open for another year, "
        "after residents collected more than four thousand signatures.</p>"
    )
    html = (
        "<html><body class='has-sidebar single tag-news'><div class='content-sidebar-wrap'>"
        f"<article class='post tag-news'>{paragraph * 4}<div class='x'>Posted in Local</div>"
        "</article></div><footer>Copyright 2024 The Paper</footer></body></html>"
    )
    page = read_html(html)
    assert "four thousand signatures" in page.text
    reasons = {r.text: r.reason for r in page.removed}
    assert reasons["Copyright 2024 The Paper"] == "footer"
    assert not {"sidebar", "tags"} & set(reasons.values())


def test_table_rows_are_kept_as_statements_of_their_cells() -> None:
    rows = "".join(
        f"<tr><td>{seat}</td><td>{name}</td><td>{name.split()[0].lower()}@parliament.example</td></tr>"
        for seat, name in [
            ("Carlisle", "John Stevenson"),
            ("Worcester", "Robin Walker"),
            ("Horsham", "Jeremy Quin"),
            ("Ludlow", "Philip Dunne"),
        ]
    )
    intro = (
        "<p>The list below names every member of parliament who signed the letter to the "
        "prime minister on Monday, with the address each of them gives for questions.</p>"
    )
    html = f"<html><body><article>{intro * 2}<table>{rows}</table>{intro}</article></body></html>"
    side = analyse(source_from_bytes(html.encode("utf-8"))).side
    assert "Worcester; Robin Walker; robin@parliament.example." in side.texts
    assert not any("|" in t for t in side.texts)
    assert not any("Robin" in r.text for r in side.removed)
    assert _accounted(html, side.texts, [r.text for r in side.removed])


def test_a_huge_repetitive_page_takes_the_linear_matcher_and_loses_nothing() -> None:
    paragraphs = "".join(
        f"<p>The council said it would meet again on day {i % 7} of the month to vote.</p>"
        for i in range(3000)
    )
    nav = "<a>Home</a>" * 500
    html = f"<html><body><article>{paragraphs}</article><nav>{nav}</nav></body></html>"
    words = len(visible_words(html))
    assert words * words > EXACT_MATCH_CELLS  # difflib would be quadratic here
    page = read_html(html)
    assert _accounted(html, [page.text], [r.text for r in page.removed])
    assert any(r.reason == "navigation" for r in page.removed)


@pytest.mark.parametrize(
    ("head", "title"),
    [
        ("<meta property='og:title' content='Wurmkiste | selbst.de'>", "Wurmkiste"),
        ("<title>Reuters - Putin to visit North Korea</title>", "Putin to visit North Korea"),
        ("<title>Yellow Vests and I — Reuters</title>", "Yellow Vests and I"),
        ("<title>Plain title | Other Site</title>", "Plain title | Other Site"),
    ],
)
def test_the_outlets_name_is_cut_from_the_title(head: str, title: str) -> None:
    site = "selbst.de" if "selbst" in head else "Reuters"
    html = f"<html><head><meta property='og:site_name' content='{site}'>{head}</head></html>"
    assert read_html(html).meta.title == title


def test_stdin_may_hold_a_page_larger_than_the_text_limit() -> None:
    page = HARBOUR.read_bytes().replace(b"</body>", b"<!--" + b"x" * 3000 + b"--></body>")
    assert source_from_bytes(page, max_bytes=2000).outlet == "The Coastal Herald"
    with pytest.raises(CorpusError, match="limit"):
        source_from_bytes(b"plain " * 1000, max_bytes=2000)
    with pytest.raises(CorpusError, match="limit"):
        source_from_bytes(page + b" " * 10_000, max_bytes=2000)


def test_escapes_in_page_metadata_never_reach_the_terminal(tmp_path: Path) -> None:
    evil = "Evil\x1b]0;pwned\x07\x1b[31m Times"
    page = HARBOUR.read_text(encoding="utf-8").replace("The Coastal Herald", evil)
    page = page.replace("Harbour bridge reopens after two years", f"Bridge{evil}")
    path = tmp_path / "evil.html"
    path.write_text(page, encoding="utf-8")
    other = tmp_path / "b.txt"
    other.write_text("The harbour bridge reopened to traffic on Wednesday.\n")
    for fmt in ("text", "markdown", "html"):
        done = run_newsdiff(str(path), str(other), "--format", fmt, "--color", "never")
        assert done.returncode == 1, done.stderr
        assert b"\x1b" not in done.stdout and b"\x07" not in done.stdout
    done = run_newsdiff("stories", str(tmp_path), "--color", "never")
    assert b"\x1b" not in done.stdout + done.stderr


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (b"<meta charset=utf-16><p>Caf\xe9</p>", "cp1252"),
        ("<p>Café</p>".encode("utf-16"), "utf-16"),
        (b"<meta charset='bogus'><p>Caf\xe9</p>", "cp1252"),
        (b"<meta charset=iso-8859-7><p>\xe1\xe8\xde\xed\xe1</p>", "iso8859-7"),
    ],
)
def test_page_encodings_as_browsers_read_them(data: bytes, encoding: str) -> None:
    text, used = decode_html(data)
    assert used == encoding
    assert "Café" in text or "αθήνα" in text
