"""Cleaning rules for page furniture: tickers, notes, chrome, link lists, addresses,
timestamps, author profiles, and the furniture left after the last paragraph.

Rules run in the order of `clean.RULES`.
"""

from __future__ import annotations

import re

from newsdiff.core.text.clean_rules import (
    ArticleLines,
    LazyPattern,
    RemovalReason,
    ends_sentence,
)
from newsdiff.core.words.calendar import MONTHS, WEEKDAY_ABBREVIATIONS, WEEKDAYS
from newsdiff.core.words.page_words import (
    FURNITURE_ANCHORS,
    FURNITURE_WORDS,
    RELATIVE_DATE_WORDS,
    TICKER_EXTRAS,
    TIME_WORDS,
)

_MIN_TICKER_TOKENS = 2
"""A ticker line is a symbol and at least one figure ..."""
_MAX_TICKER_TOKENS = 6
"""... and at most this many tokens in all ("BP 0.48% 35.59 $")."""
_MAX_NOTE_WORDS = 20
"""A translation note is at most this long."""
_MAX_ORIGINAL_LINK_WORDS = 12
"""A "read the original" link, or the line after a translation note naming the
original, is at most this long."""
_MAX_FURNITURE_WORDS = 5
"""A line of page chrome ("Text size:", "Share this article") is at most this long."""
_MAX_TIMESTAMP_WORDS = 12
"""A timestamp line ("Published: Mon 17 Jun 2024 10.32 BST") is at most this long."""
_MAX_PROFILE_LINE_WORDS = 80
"""Lines longer than this are prose, never a profile field or counter."""
_MAX_TAIL_LABEL_WORDS = 6
"""After the last paragraph, lines this short that end no sentence are labels."""

_TICKER_SYMBOL = LazyPattern(r"[A-Z][A-Z0-9.\-^=]{0,11}")
_PERCENT = LazyPattern(r"\(?[+\-−]?\d{1,6}(?:[.,]\d{1,4})?%\)?")
_PRICE = LazyPattern(r"[$€£¥]?[+\-−]?\d{1,3}(?:[,\s]?\d{3})*(?:[.,]\d{1,6})?[$€£¥]?")


def _ticker_shape(text: str) -> tuple[bool, bool]:
    """(is a symbol followed by numbers, one of which is a percentage)."""
    tokens = text.split()
    if not _MIN_TICKER_TOKENS <= len(tokens) <= _MAX_TICKER_TOKENS or not _TICKER_SYMBOL.fullmatch(
        tokens[0]
    ):
        return False, False
    has_percent = False
    for token in tokens[1:]:
        if _PERCENT.fullmatch(token):
            has_percent = True
        elif not (_PRICE.fullmatch(token) or token in TICKER_EXTRAS):
            return False, False
    return True, has_percent


def remove_stock_tickers(article: ArticleLines) -> None:
    """Stock-ticker lines ("BP 0.48% 35.59 $") and symbol+price lines in a run of them."""
    shapes = {
        i: _ticker_shape(article.text[i])
        for i in article.nonblank
        if article.words[i] <= _MAX_TICKER_TOKENS
    }
    for i, (_, has_percent) in shapes.items():
        if has_percent:
            article.remove(i, RemovalReason.STOCK_TICKER)
    # A quote without a percentage belongs to the ticker when it sits in a run.
    for order in (article.nonblank, article.nonblank[::-1]):
        previous_is_ticker = False
        for i in order:
            if previous_is_ticker and shapes.get(i, (False, False))[0]:
                article.remove(i, RemovalReason.STOCK_TICKER)
            previous_is_ticker = article.reasons[i] is RemovalReason.STOCK_TICKER


_TRANSLATION_NOTE = LazyPattern(
    r"\b(?:automatically|machine|auto)[\s-]translated\b"
    r"|\btranslated\s(?:automatically|by machine|by a machine)\b"
    r"|^(?:this|the following)\s(?:article|text|story|page|content|report)\s"
    r"(?:has been|was|is)\s(?:automatically\s)?translated\b",
    re.IGNORECASE,
    clues=("translated",),
)
_ORIGINAL_LINK = LazyPattern(
    r"(?:read|see|view|click here to read)\s(?:the\s)?original\b", re.I, clues=("original",)
)


def remove_translation_notes(article: ArticleLines) -> None:
    """Notes like "This article has been automatically translated," and "read the original"."""
    for i in article.nonblank:
        text = article.text[i]
        if article.words[i] > _MAX_NOTE_WORDS:
            continue
        if _TRANSLATION_NOTE.search(text) or (
            article.words[i] <= _MAX_ORIGINAL_LINK_WORDS and _ORIGINAL_LINK.match(text)
        ):
            article.remove(i, RemovalReason.TRANSLATION_NOTE)
            after = article.neighbour(i, 1)
            if (
                after is not None
                and article.words[after] <= _MAX_ORIGINAL_LINK_WORDS
                and "original" in article.text[after].lower()
            ):
                article.remove(after, RemovalReason.TRANSLATION_NOTE)


_LINK_HEADER = LazyPattern(
    r"(?:more\s(?:on|about|from|stories|news|articles)|read\s(?:more|also)|also\sread|"
    r"related(?:\s(?:articles|stories|coverage|news|content|topics))?|see\salso|"
    r"recommended(?:\sfor\syou)?|further\sreading|you\smay\salso\slike|"
    r"you\smight\salso\slike|most\sread|most\spopular)\b",
    re.IGNORECASE,
)


def remove_page_furniture(article: ArticleLines) -> None:
    """Short lines made only of page-chrome words: "Text size:", "Top Articles", "Latest Posts"."""
    for i in article.nonblank:
        if article.words[i] > _MAX_FURNITURE_WORDS or ends_sentence(article.text[i]):
            continue
        words = {w.strip(":|•·-–—>»").lower() for w in article.text[i].split()} - {""}
        if words and words <= FURNITURE_WORDS and words & FURNITURE_ANCHORS:
            article.remove(i, RemovalReason.PAGE_FURNITURE)


_MAX_LINK_TITLE_WORDS = 20
"""A link title in a list is a headline: at most this many words."""
_MAX_LINK_HEADER_WORDS = 8
"""A bare link-list header ("More on Vladimir Putin:") is at most this long."""
_LINK_COLON_CHARS = 40
"""A one-line link has its colon within this many characters of the header."""


def remove_link_lists(article: ArticleLines) -> None:
    """Link lists: a header ("More on Vladimir Putin:", "Related stories") and the
    unfinished title lines right after it; also one-line links ("More on CNN: Title")."""
    in_list = False
    for i in article.nonblank:
        text = article.text[i]
        match = _LINK_HEADER.match(text) if article.words[i] <= _MAX_LINK_TITLE_WORDS else None
        bare_header = match is not None and (
            text.endswith(":") or match.end() == len(text.rstrip(" :»>"))
        )
        if match and (
            (bare_header and article.words[i] <= _MAX_LINK_HEADER_WORDS)
            or _is_link_line(text, match.end())
        ):
            article.remove(i, RemovalReason.LINK_LIST)
            in_list = bare_header
        elif in_list and article.kept(i) and _is_link_title(article, i):
            article.remove(i, RemovalReason.LINK_LIST)
        else:
            in_list = False


_URL = LazyPattern(r"https?://\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.]+")
_MAX_WORDS_AROUND_URL = 8
"""An address line's label is at most this many words (and the whole line twice that)."""


def remove_url_lines(article: ArticleLines) -> None:
    """Lines that are a web or mail address with a short label: "App Store: http://...",
    "Jane Doe can be reached at jane@example.org"."""
    for i in article.nonblank:
        text = article.text[i]
        if article.words[i] > 2 * _MAX_WORDS_AROUND_URL or ends_sentence(text):
            continue
        label = _URL.sub(" ", text)
        if (
            label != text
            and len(label.split()) <= _MAX_WORDS_AROUND_URL
            and not ends_sentence(label)
        ):
            article.remove(i, RemovalReason.LINK_LIST)


def _is_link_line(text: str, header_end: int) -> bool:
    """ "More on CNN: The trials of ..." — a header, a colon soon after, then a title."""
    colon = text.find(":", header_end, header_end + _LINK_COLON_CHARS)
    return colon >= 0 and not ends_sentence(text) and colon + 1 < len(text)


def _is_link_title(article: ArticleLines, i: int) -> bool:
    """A short line that does not end a sentence: a headline in a list of links."""
    return article.words[i] <= _MAX_LINK_TITLE_WORDS and not ends_sentence(article.text[i])


_DATE_WORDS = frozenset(MONTHS) | set(WEEKDAYS) | set(WEEKDAY_ABBREVIATIONS) | RELATIVE_DATE_WORDS
"""Month and weekday names and "ago": one of them, or a year, makes a line of figures a date."""
_DATE_TOKEN = LazyPattern(r"[^\W\d_][\w.]*|\d+")
_MAX_DATE_FIGURE = 60
"""Beside a year, a figure of a date or time is a day, month, hour, minute or second."""


def _is_timestamp(text: str) -> bool:
    """Only a date and time, perhaps labelled: "Published: Mon 17 Jun 2024 10.32 BST"."""
    tokens = [t.lower().rstrip(".") for t in _DATE_TOKEN.findall(text)]
    if not tokens or not any(t.isdigit() for t in tokens):
        return False
    if not all(t.isdigit() or t in _DATE_WORDS or t in TIME_WORDS for t in tokens):
        return False
    if any(t in _DATE_WORDS for t in tokens):
        return True
    # Figures alone are a date only when each is a year or a day, month, hour or
    # minute: "+81 158-23-2012" is a phone number, not a date.
    years = [t for t in tokens if len(t) == 4 and t[:2] in ("19", "20")]
    return bool(years) and all(
        t in years or not t.isdigit() or (len(t) <= 2 and int(t) <= _MAX_DATE_FIGURE)
        for t in tokens
    )


def remove_timestamps(article: ArticleLines) -> None:
    """Lines that hold only a publication date or time ("June 17, 2024", "Updated 3 hours ago")."""
    for i in article.nonblank:
        if article.words[i] <= _MAX_TIMESTAMP_WORDS and _is_timestamp(article.text[i]):
            article.remove(i, RemovalReason.TIMESTAMP)


_PROFILE_LABEL = LazyPattern(
    r"(author|author information|name|full name|birthday|born|date of birth|address|phone|"
    r"telephone|email|e-mail|job|occupation|profession|hobby|hobbies|introduction|bio|"
    r"biography|location|website|last updated|updated|published|joined|age|gender|"
    r"nationality|education|views|rating|reviews)\s*:",
    re.IGNORECASE,
)
_COUNTER = LazyPattern(
    r"(?:views|page views|reads|hits|visits)\s*:\s*\d[\d,.]*\s*[kKmM]?$"
    r"|(?:rating|rated|score)\s*:\s*\d(?:[.,]\d{1,2})?\s*(?:/|out of)\s*\d{1,3}\b"
    r"|reviews\s*:\s*\d",
    re.IGNORECASE,
)
_PROFILE_ANCHOR = LazyPattern(
    r"(author|author information|introduction|bio|biography|hobby|hobbies|joined)\s*:", re.I
)
_MIN_PROFILE_LINES = 3
"""A profile is a block of labelled fields; one "Name:" line alone may be prose."""


def remove_author_blocks(article: ArticleLines) -> None:
    """Rating/views counters, and author profiles ("Birthday:", "Hobby:", "Introduction: ...")."""
    labelled = []
    for i in article.nonblank:
        if article.words[i] > _MAX_PROFILE_LINE_WORDS:
            continue
        if _COUNTER.match(article.text[i]):
            article.remove(i, RemovalReason.COUNTER)
        elif _PROFILE_LABEL.match(article.text[i]):
            labelled.append(i)
    # A fact box ("Name:", "Age:", "Occupation:") is content; a profile names its
    # author, or comes with view and rating counters.
    counters = sum(r is RemovalReason.COUNTER for r in article.reasons)
    anchored = counters > 0 or any(_PROFILE_ANCHOR.match(article.text[i]) for i in labelled)
    if anchored and len(labelled) + counters >= _MIN_PROFILE_LINES:
        for i in labelled:
            article.remove(i, RemovalReason.AUTHOR_BIO)


def remove_trailing_furniture(article: ArticleLines) -> None:
    """The block after the last prose paragraph, when rules already found junk in it
    and the rest of it is short labels ("Last Updated:", "Author information")."""
    prose = article.prose_lines()
    if not prose:
        return
    tail = [i for i in article.nonblank if i > prose[-1]]
    kept = [i for i in tail if article.kept(i)]
    if len(kept) == len(tail):
        return  # no evidence that the tail is furniture
    if all(
        article.words[i] <= _MAX_TAIL_LABEL_WORDS and not ends_sentence(article.text[i])
        for i in kept
    ):
        for i in kept:
            article.remove(i, RemovalReason.PAGE_FURNITURE)
