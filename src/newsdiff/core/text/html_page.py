"""A saved web page to article text: trafilatura extracts, the rest of the page is accounted for.

The article is extracted by trafilatura (the maintained extractor with the best
published scores on article-extraction benchmarks), imported only when a page
is read so the plain-text path stays lean. Each extracted block (paragraph,
heading, list item, quotation, table row) becomes one line with a blank line
after it, so a heading is a headline sentence of its own and paragraphs stay
paragraphs; newsdiff's own line cleaner then runs on that text as on any other.

"Nothing lost" holds for pages: the page's visible text (what a browser shows:
no scripts, styles, hidden elements) is walked word by word, the words the
extraction kept are matched against it in order, and every visible word left
over is a `RemovedLine` grouped by the element that held it, with a reason read
from that element and its ancestors (tag, role, class, id): navigation, footer,
comments, cookie notice, caption, related links, …
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any

from newsdiff.core.model import RemovedLine
from newsdiff.core.text.decode import decode_bytes, repaired_text
from newsdiff.core.text.page_meta import PageMeta, read_meta

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)


def decode_html(data: bytes, name: str = "input", declared: str = "") -> tuple[str, str]:
    """A page's bytes as text: UTF-8 when they are UTF-8, else the charset the
    server (`declared`) or the page's own <meta> names, else `decode_bytes`'s
    fallbacks. Mojibake is repaired and newlines normalised in every case."""
    try:
        return repaired_text(data.decode("utf-8-sig")), "utf-8"
    except UnicodeDecodeError:
        pass
    found = _CHARSET.search(data[:8192])
    for label in (declared, found.group(1).decode("ascii", "replace") if found else ""):
        if not label:
            continue
        try:
            encoding = codecs.lookup(label).name
            # As browsers do (WHATWG): a page cannot declare itself UTF-16/32
            # in its own ASCII markup; only a BOM says so (`decode_bytes`).
            if encoding.startswith(("utf-16", "utf-32")):
                continue
            text = data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
        return repaired_text(text), encoding
    return decode_bytes(data, name)


@dataclass(frozen=True, slots=True)
class Page:
    """A web page read as an article."""

    text: str
    """The extracted article: one block a line, a blank line between blocks."""
    removed: tuple[RemovedLine, ...]
    """Visible page text the extraction left out, one entry per element that held
    it, with a reason; `line` is the line of the page source the element starts on."""
    meta: PageMeta
    """Title, outlet, date, author and canonical URL found in the page."""


# Elements whose content a browser never shows as text.
_INVISIBLE = frozenset(
    """script style noscript template head title svg math iframe object embed canvas
    select option datalist audio video source track map area input textarea button""".split()
)
# Elements that start a new block of text; inline ones (a, span, em, …) do not.
_BLOCKS = frozenset(
    """p div section article main header footer nav aside figure figcaption blockquote
    ul ol li dl dt dd table thead tbody tfoot tr td th caption h1 h2 h3 h4 h5 h6 pre
    address form fieldset legend details summary dialog hr br body html menu center""".split()
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def read_html(html: str, url: str = "") -> Page:
    """Extract the article of a web page and account for the rest of its text.

    Args:
        html: the page, decoded.
        url: where it came from, when known (helps trafilatura and the metadata).

    Returns:
        The article text, the removed blocks with reasons, and the page metadata.
        A page trafilatura finds no article in gives empty text and every
        visible block removed.
    """
    tree = _parse(html)
    blocks = list(_visible_blocks(tree)) if tree is not None else []
    kept = extract_blocks(html, url)
    meta = read_meta(tree, url)
    removed = _left_out(blocks, kept, meta.title)
    text = "".join(f"{line}\n\n" for line in kept)
    return Page(text=text, removed=tuple(removed), meta=meta)


def _parse(html: str) -> Any:
    import lxml.html  # type: ignore[import-untyped]
    from lxml import etree

    # An XML declaration inside a str makes lxml refuse it; so does a NUL.
    cleaned = re.sub(r"\A\s*<\?xml[^>]*>", "", html).replace("\x00", "")
    if not cleaned.strip():
        return None
    try:
        return lxml.html.document_fromstring(cleaned)
    except (etree.ParserError, ValueError):
        return None


def extract_text(html: str, url: str = "") -> str:
    """The article as trafilatura extracts it, as it writes it: one block a
    line, table rows as "| cell | cell |" ("" when it finds none)."""
    import logging

    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    try:
        text = trafilatura.extract(
            html,
            url=url or None,
            output_format="txt",
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            deduplicate=False,
            with_metadata=False,
        )
    except Exception:  # trafilatura on a hostile page: keep nothing, lose nothing
        text = None
    return text or ""


def extract_blocks(html: str, url: str = "") -> list[str]:
    """The article blocks trafilatura keeps, one line each (blank lines dropped,
    table rows as statements of their cells: see `_table_row`)."""
    text = extract_text(html, url)
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return [row for line in lines if line and (row := _table_row(line))]


_SENTENCE_END = re.compile(r"[.!?:;…)\]\"'”’]$")


def _table_row(line: str) -> str:
    """A table row as trafilatura writes it ("| Carlisle | John Stevenson |")
    as one statement of its cells: "Carlisle; John Stevenson." The bars are
    trafilatura's markup, not the page's text; a row read as a sentence is
    kept as one (a run of bar-separated short lines reads as a link list to
    the cleaner) and aligned as one. Other lines are returned unchanged."""
    if not (line.startswith("|") and line.endswith("|") and len(line) > 2):
        return line
    cells = [cell.strip() for cell in line[1:-1].split(" | ")]
    cells = [cell for cell in cells if cell and set(cell) - set("-:| ")]
    if not cells:
        return ""
    row = "; ".join(cells)
    return row if _SENTENCE_END.search(row) else f"{row}."


@dataclass(slots=True)
class _Block:
    element: Any
    """The block element holding the text."""
    parts: list[str]
    """Its visible text pieces, in order (inline elements run together as a
    browser shows them: "<b>New</b>s" is one word)."""

    @property
    def words(self) -> list[str]:
        return "".join(self.parts).split()


def visible_words(html: str) -> list[str]:
    """The words of a page's visible text, in reading order."""
    tree = _parse(html)
    return [w for b in _visible_blocks(tree) for w in b.words] if tree is not None else []


def _visible_blocks(tree: Any) -> Iterator[_Block]:
    """The visible text of the page as blocks, in reading order; each block is
    the text directly held by one block element (its inline children included)."""
    body = tree.find("body")
    root = body if body is not None else tree
    open_blocks: list[_Block] = []
    out: list[_Block] = []

    def add(element: Any, text: str | None) -> None:
        if not text:
            return
        if not text.strip():
            if open_blocks and open_blocks[-1].element is element:
                open_blocks[-1].parts.append(" ")
            return
        if not open_blocks or open_blocks[-1].element is not element:
            open_blocks.append(_Block(element, []))
            out.append(open_blocks[-1])
        open_blocks[-1].parts.append(text)

    # An explicit stack: a page nested thousands of elements deep must not
    # overflow Python's.
    stack: list[tuple[bool, Any, Any]] = [(True, root, root)]
    while stack:
        entering, element, block = stack.pop()
        if not entering:
            if open_blocks and isinstance(element.tag, str) and element.tag.lower() in _BLOCKS:
                open_blocks[-1].parts.append(" ")
            add(block, element.tail)
            continue
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        stack.append((False, element, block))
        if not tag or tag in _INVISIBLE or _hidden(element):
            continue
        here = element if tag in _BLOCKS else block
        if here is element and open_blocks:
            open_blocks[-1].parts.append(" ")  # a block boundary is a word boundary
        add(here, element.text)
        stack.extend((True, child, here) for child in reversed(element))
    return iter(out)


def _hidden(element: Any) -> bool:
    attrib = element.attrib
    if "hidden" in attrib or attrib.get("aria-hidden", "").lower() == "true":
        return True
    return bool(_HIDDEN_STYLE.search(attrib.get("style", "")))


def _norm(word: str) -> str:
    # Punctuation at a word's ends is not matched: a table row's cells are
    # joined with "; " and ended with "." (`_table_row`).
    return word.strip("\"'“”‘’«»()[].,;:!?").casefold()


def _left_out(blocks: list[_Block], kept: list[str], title: str) -> list[RemovedLine]:
    """Every visible word the extraction did not keep, grouped by block."""
    visible = [(i, w) for i, block in enumerate(blocks) for w in block.words]
    if not visible:
        return []
    raw_kept = [w for line in kept for w in line.split()]
    taken = [False] * len(visible)
    for a, b in _matched_words([_norm(w) for _, w in visible], [_norm(w) for w in raw_kept]):
        # Matched loosely, taken only when the kept word holds the whole
        # visible one: "Borwick:" kept as "Borwick" stays in `removed`.
        taken[a] = visible[a][1].casefold() in raw_kept[b].casefold()
    left: dict[int, list[str]] = {}
    for (i, word), was_taken in zip(visible, taken, strict=True):
        if not was_taken:
            left.setdefault(i, []).append(word)
    # Elements holding kept text, and all their ancestors, are the article's
    # containers: their classes ("article-with-rail", "post tag-news") describe
    # a layout around the article, not the block left out.
    containers: set[Any] = set()
    for i in {i for (i, _), was_taken in zip(visible, taken, strict=True) if was_taken}:
        element = blocks[i].element
        while element is not None and element not in containers:
            containers.add(element)
            element = element.getparent()
    removed = []
    title_key = " ".join(title.split()).casefold()
    for i, words in left.items():
        element = blocks[i].element
        text = " ".join(words)
        if title_key and text.casefold() == title_key:
            reason = "page title (shown as the source's title)"
        else:
            reason = block_reason(element, containers)
        line = getattr(element, "sourceline", None) or 0
        removed.append(RemovedLine(text=text, reason=reason, line=line))
    return removed


EXACT_MATCH_CELLS = 100_000_000
"""Up to this many (visible words × kept words), the kept words are matched to
the page's words by difflib's longest-matching-blocks: all 160 dev pages are
under it (largest 80 million, matched in 0.14 s). Beyond it the linear matcher
runs (`_matched_in_order`): difflib is quadratic on repeated text (a page of
2,000 near-identical paragraphs took 5 s, of 5,000 35 s; linearly 0.1-0.3 s),
at the price of more words listed both kept and removed (on the dev pages,
131,541 removed words instead of 108,394, were it used for all)."""
MATCH_WINDOW = 400
"""How far ahead of the last matched page word the linear matcher looks for the
next kept word: trafilatura keeps the article in page order, and a kept word
not found this close is a word it rewrote or moved (it is then listed removed
where it stands on the page: nothing is lost, a word may show twice)."""


def _matched_words(visible: list[str], kept: list[str]) -> Iterator[tuple[int, int]]:
    """Pairs (page word index, kept word index) of equal words, in order."""
    if len(visible) * len(kept) <= EXACT_MATCH_CELLS:
        matcher = SequenceMatcher(None, visible, kept, autojunk=False)
        for match in matcher.get_matching_blocks():
            for k in range(match.size):
                yield match.a + k, match.b + k
        return
    yield from _matched_in_order(visible, kept)


def _matched_in_order(visible: list[str], kept: list[str]) -> Iterator[tuple[int, int]]:
    """Greedy in-order matching in linear time: each kept word takes the next
    equal page word within `MATCH_WINDOW` of the last one matched."""
    import bisect

    where: dict[str, list[int]] = {}
    for i, word in enumerate(visible):
        where.setdefault(word, []).append(i)
    pointer = 0
    for b, word in enumerate(kept):
        spots = where.get(word)
        if not spots:
            continue
        k = bisect.bisect_left(spots, pointer)
        if k < len(spots) and spots[k] - pointer <= MATCH_WINDOW:
            yield spots[k], b
            pointer = spots[k] + 1


# Class or id words that say what a block is. Long, distinctive words match
# anywhere in a class or id ("article-comments", "cookieBanner"); short ones
# only as a whole word of it ("ad", not "header" or "shadow").
_CLASS_REASONS: tuple[tuple[tuple[str, ...], tuple[str, ...], str], ...] = (
    (("comment", "disqus", "replies"), ("reply",), "comments"),
    (("cookie", "consent", "gdpr"), (), "cookie notice"),
    (("newsletter", "subscribe", "signup", "sign-up", "paywall"), (), "newsletter or paywall"),
    (
        ("related", "recommend", "trending", "popular", "more-stories", "read-more", "teaser"),
        ("more", "outbrain", "taboola"),
        "related links",
    ),
    (
        ("breadcrumb", "navigation", "navbar", "menu", "pagination", "skip-link"),
        ("nav",),
        "navigation",
    ),
    (("caption", "credit", "figure"), ("photo", "image", "img", "media", "gallery"), "caption"),
    (("share", "social", "follow"), ("sharing",), "share buttons"),
    (("advert", "sponsor", "promo", "banner"), ("ad", "ads", "advertisement"), "advertisement"),
    (("byline", "author"), ("by",), "byline"),
    (("tags", "topics", "keywords"), (), "tags"),
    (("footer", "copyright", "legal"), (), "footer"),
    (("masthead", "header", "logo"), ("top",), "page header"),
    (("sidebar", "widget", "rail"), ("aside",), "sidebar"),
)
_TAG_REASONS = {
    "nav": "navigation",
    "menu": "navigation",
    "footer": "footer",
    "header": "page header",
    "aside": "sidebar",
    "figcaption": "caption",
    "figure": "caption",
    "form": "form",
    "dialog": "pop-up",
    "address": "byline",
}
_ROLE_REASONS = {
    "navigation": "navigation",
    "menu": "navigation",
    "menubar": "navigation",
    "banner": "page header",
    "contentinfo": "footer",
    "complementary": "sidebar",
    "dialog": "pop-up",
    "alertdialog": "pop-up",
    "search": "form",
}
# The walk stops below these: their classes describe the whole page
# ("has-sidebar", "single-post tag-news"), not the block.
_PAGE_ROOTS = frozenset({"body", "html"})
# Classes that say what a block is not ("no-share", "has-sidebar").
_NEGATED = re.compile(r"(?:no|not|has|with|without|hide|hidden)[-_]", re.IGNORECASE)
_WORD_SPLIT = re.compile(r"[\s_\-]+|(?<=[a-z])(?=[A-Z])")


def block_reason(element: Any, containers: Collection[Any] = ()) -> str:
    """Why a block of the page is not article text, from the nearest element
    (itself, then its ancestors) whose tag, role, class or id says what it is.

    The walk stops at the page's body and at `containers` (elements holding
    kept article text): what those say describes the article's surroundings.
    A block that itself holds kept text is part of a paragraph the extractor
    trimmed.
    """
    if element in containers:
        return "trimmed from an article block"
    while element is not None and isinstance(element.tag, str):
        if element.tag.lower() in _PAGE_ROOTS:
            break
        if element in containers:
            return "beside the article text, left out by the extractor"
        role = element.attrib.get("role", "").lower()
        if role in _ROLE_REASONS:
            return _ROLE_REASONS[role]
        classes = [c for c in element.attrib.get("class", "").split() if not _NEGATED.match(c)]
        names = f"{' '.join(classes)} {element.attrib.get('id', '')}"
        if names.strip():
            lowered = names.lower()
            words = {w.lower() for w in _WORD_SPLIT.split(names) if w}
            for long_words, short_words, reason in _CLASS_REASONS:
                if any(w in lowered for w in long_words) or words & set(short_words):
                    return reason
        tag = element.tag.lower()
        if tag in _TAG_REASONS:
            return _TAG_REASONS[tag]
        element = element.getparent()
    return "page text outside the article"
