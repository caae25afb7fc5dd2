"""What a web page says about itself: title, outlet, date, author, canonical URL.

Read from the page's own markup, in the order publishers fill it in: Open Graph
and `article:` meta tags, JSON-LD (`NewsArticle`, `publisher`, `datePublished`),
plain meta tags, then `<title>` and the first `<h1>`. All of it is untrusted
text from the page: it is trimmed and bounded here, and the faces show it only
through `newsdiff.render.safe`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

MAX_FIELD = 300
"""Longest metadata value kept, in characters: a page title or outlet name is far
shorter; a longer one is page text stuffed into a tag and is cut there."""


@dataclass(frozen=True, slots=True)
class PageMeta:
    """Metadata a page gives about itself ("" where it gives none)."""

    title: str = ""
    outlet: str = ""
    date: str = ""
    """ISO date, YYYY-MM-DD."""
    author: str = ""
    url: str = ""
    """The canonical URL (or the one the page was fetched from)."""


_ARTICLE_TYPES = ("article", "posting", "report", "webpage", "newsarticle")
_DATE = re.compile(r"((?:19|20)\d\d)-?(0[1-9]|1[0-2])-?(0[1-9]|[12]\d|3[01])")


def read_meta(tree: Any, url: str = "") -> PageMeta:
    """The metadata of a parsed page (`lxml.html` tree; None gives only `url`)."""
    if tree is None:
        return PageMeta(url=url)
    metas: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        value = meta.get("content") or ""
        if key and value.strip() and key not in metas:
            metas[key] = value
    article, publisher = _json_ld(tree)

    def first(*values: Any) -> str:
        for value in values:
            text = _clean(value)
            if text:
                return text
        return ""

    outlet = first(
        metas.get("og:site_name"),
        _name(publisher),
        metas.get("application-name"),
        metas.get("publisher"),
    )
    title = _strip_outlet(
        first(
            metas.get("og:title"),
            article.get("headline"),
            metas.get("twitter:title"),
            metas.get("dc.title"),
            tree.findtext(".//title"),
            _h1(tree),
        ),
        outlet,
    )
    date = _iso_date(
        metas.get("article:published_time"),
        article.get("datePublished"),
        metas.get("date"),
        metas.get("pubdate"),
        metas.get("publishdate"),
        metas.get("parsely-pub-date"),
        metas.get("dc.date"),
        metas.get("dc.date.issued"),
        metas.get("og:published_time"),
        article.get("dateCreated"),
        _time_element(tree),
    )
    author = first(
        _authors(article.get("author")),
        metas.get("author"),
        metas.get("parsely-author"),
        metas.get("dc.creator"),
        _not_url(metas.get("article:author")),
    )
    canonical = first(_canonical(tree), metas.get("og:url"), url)
    if not canonical.lower().startswith(("http://", "https://")):
        canonical = url
    return PageMeta(title=title, outlet=outlet, date=date, author=author, url=canonical)


def _clean(value: Any) -> str:
    if not isinstance(value, str):
        return ""
    return " ".join(value.split())[:MAX_FIELD]


def _strip_outlet(title: str, outlet: str) -> str:
    """'Putin to visit N. Korea | Reuters' is titled 'Putin to visit N. Korea'."""
    if not outlet:
        return title
    for sep in (" | ", " - ", " – ", " — ", " :: ", " · "):
        head, found, tail = title.rpartition(sep)
        if found and head and tail.casefold() == outlet.casefold():
            return head.strip()
        lead, found, rest = title.partition(sep)
        if found and rest and lead.casefold() == outlet.casefold():
            return rest.strip()
    return title


def _h1(tree: Any) -> str:
    for h1 in tree.iter("h1"):
        text = _clean(h1.text_content())
        if text:
            return text
    return ""


def _canonical(tree: Any) -> str:
    for link in tree.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split():
            return link.get("href") or ""
    return ""


def _time_element(tree: Any) -> str:
    for time in tree.iter("time"):
        if time.get("datetime"):
            return str(time.get("datetime"))
    return ""


def _not_url(value: str | None) -> str:
    return "" if not value or "://" in value else value


def _iso_date(*values: Any) -> str:
    for value in values:
        if isinstance(value, str) and (found := _DATE.search(value)):
            return f"{found.group(1)}-{found.group(2)}-{found.group(3)}"
    return ""


def _name(value: Any) -> str:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name")
    return value if isinstance(value, str) else ""


def _authors(value: Any) -> str:
    items = value if isinstance(value, list) else [value]
    names = [_clean(_name(item)) for item in items[:10]]
    return ", ".join(n for n in names if n and "://" not in n)


def _json_ld(tree: Any) -> tuple[dict[str, Any], Any]:
    """The page's article object in JSON-LD ({} when none) and its publisher
    (the article's, else any Organization's)."""
    article: dict[str, Any] = {}
    publisher: Any = None
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except (ValueError, RecursionError):
            continue
        for item in _objects(data):
            kinds = item.get("@type")
            kinds = " ".join(kinds) if isinstance(kinds, list) else str(kinds or "")
            kinds = kinds.lower()
            if not article and any(t in kinds for t in _ARTICLE_TYPES) and "headline" in item:
                article = item
            if publisher is None and ("organization" in kinds or "newsmediaorganization" in kinds):
                publisher = item
    return article, article.get("publisher") or publisher


def _objects(data: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """JSON-LD objects at the top level, in lists and in `@graph`s (bounded depth)."""
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data[:200]:
            yield from _objects(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _objects(data["@graph"], depth + 1)
