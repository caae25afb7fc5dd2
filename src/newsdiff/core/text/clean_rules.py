"""The rules of the boilerplate cleaner, and the view of an article they share.

Each rule is a function that looks at an `ArticleLines` and marks whole lines
as removed, with a reason. Rules judge a line by its shape (length, whether it
ends a sentence, tell-tale labels), by repetition, by where it stands in the
article and by how much it shares with the rest of the text; never by matching
known strings of particular articles. When a rule is unsure it keeps the line:
a lost line of prose costs more than a stray caption.

Every regex here is either anchored on a short, length-checked line or free of
nested repetition, so a multi-megabyte line is handled in linear time.
"""

from __future__ import annotations

import re
from collections import Counter
from enum import StrEnum


class RemovalReason(StrEnum):
    """Why a line was taken out, in words a reader understands."""

    STOCK_TICKER = "stock ticker"
    PHOTO_CAPTION = "photo caption"
    PHOTO_CREDIT = "photo credit"
    REPEATED_HEADLINE = "repeated headline"
    REPEATED_LINE = "repeated line"
    PAGE_FURNITURE = "page furniture"
    LINK_LIST = "link list"
    TEASER = "teaser for another story"
    AUTHOR_BIO = "author bio"
    COUNTER = "rating/views counter"
    TRANSLATION_NOTE = "translation note"
    COPYRIGHT = "copyright notice"
    BYLINE = "byline"
    TIMESTAMP = "timestamp"


class LazyPattern:
    """A regex compiled on first use, so that importing the cleaner does no work."""

    __slots__ = ("_compiled", "_flags", "_pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        """The compiled regex."""
        if self._compiled is None:
            self._compiled = re.compile(self._pattern, self._flags)
        return self._compiled

    def search(self, text: str) -> re.Match[str] | None:
        return self.compiled.search(text)

    def match(self, text: str) -> re.Match[str] | None:
        return self.compiled.match(text)

    def fullmatch(self, text: str) -> re.Match[str] | None:
        return self.compiled.fullmatch(text)

    def findall(self, text: str) -> list[str]:
        return self.compiled.findall(text)

    def sub(self, replacement: str, text: str) -> str:
        return self.compiled.sub(replacement, text)


SHORT_LINE_CHARS = 600
"""Shape rules only look at lines up to this long: boilerplate is short, and a
huge line is prose (or garbage no rule could judge) and is kept."""

_SENTENCE_ENDS = ".!?…。！？؟।"
_INNER_SENTENCE_END = LazyPattern(r"[^\W_]{2}[.!?…][\"'”’»)]?\s+[\"'“‘«(]?[A-Z]")
# UTF-8 quotes decoded as cp1252/latin-1 ("â\x80\x9d"): read as a plain quote.
_MOJIBAKE_QUOTE = LazyPattern("â[\x80\u20ac].")
_WORD = LazyPattern(r"\w+")
_BULLET_START = ("-", "•", "*", "–", "—", "·", "▪", "►")


class ArticleLines:
    """An article split into lines, plus what the rules decided so far.

    `reasons[i]` is None while line i is kept; the first rule to remove a line
    names the reason and later rules leave it alone.
    """

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.text = [line.strip() for line in lines]
        # Word counts; a line too long for shape rules counts as huge, which every
        # "at most N words" test then rejects without splitting megabytes.
        self.words = [len(t.split()) if len(t) <= SHORT_LINE_CHARS else 10**6 for t in self.text]
        self.reasons: list[RemovalReason | None] = [None] * len(lines)
        self.nonblank = [i for i, t in enumerate(self.text) if t]
        self._position = {i: k for k, i in enumerate(self.nonblank)}

    def kept(self, i: int) -> bool:
        """True while line i is non-blank and not removed."""
        return bool(self.text[i]) and self.reasons[i] is None

    def remove(self, i: int, reason: RemovalReason) -> None:
        """Remove line i, unless an earlier rule already did."""
        if self.text[i] and self.reasons[i] is None:
            self.reasons[i] = reason

    def neighbour(self, i: int, step: int) -> int | None:
        """The next (step=1) or previous (step=-1) non-blank line, or None."""
        k = self._position[i] + step
        return self.nonblank[k] if 0 <= k < len(self.nonblank) else None

    @property
    def headline(self) -> int | None:
        """The first non-blank line: the headline, always kept by shape rules."""
        return self.nonblank[0] if self.nonblank else None

    def prose_lines(self) -> list[int]:
        """Kept lines that read as prose paragraphs (see `is_prose`)."""
        return [i for i in self.nonblank if self.reasons[i] is None and is_prose(self.text[i])]

    def body(self) -> range:
        """Line numbers strictly between the first and the last prose paragraph."""
        prose = self.prose_lines()
        return range(prose[0] + 1, prose[-1]) if prose else range(0)


# --- line shape ---------------------------------------------------------------


def _word_set(words: str) -> frozenset[str]:
    """A set of the whitespace-separated words of a literal."""
    return frozenset(words.split())


def ends_sentence(text: str) -> bool:
    """True when the line ends with a sentence mark, perhaps inside closing quotes.

    Any run of trailing marks that are neither letters nor sentence marks is
    looked through, so mis-decoded quotes ("â\x80\x9d") do not hide the end.
    """
    for ch in reversed(_MOJIBAKE_QUOTE.sub('"', text[-12:])):
        if ch in _SENTENCE_ENDS:
            return True
        if ch.isalnum():
            return False
    return False


def has_inner_sentence_end(text: str) -> bool:
    """True when a sentence ends inside the line (a truncated paragraph shows this)."""
    return _INNER_SENTENCE_END.search(_MOJIBAKE_QUOTE.sub('"', text)) is not None


def is_prose(text: str) -> bool:
    """A full paragraph: ends a sentence and is long enough to be one."""
    return ends_sentence(text) and (len(text.split()) >= 6 or len(text) >= 40)


def starts_lower(text: str) -> bool:
    """True when the first letter-or-digit of the line is a lower-case letter."""
    for ch in text[:8]:
        if ch.isalnum():
            return ch.islower()
    return False


def is_latin(text: str) -> bool:
    """True when most letters are Latin: shape rules about English captions apply."""
    head = text[:400]
    if head.isascii():
        return any(ch.isalpha() for ch in head)
    letters = [ch for ch in head if ch.isalpha()]
    return bool(letters) and sum(ord(ch) < 0x250 for ch in letters) >= 0.7 * len(letters)


def normalised_words(text: str) -> list[str]:
    """Lower-case words without punctuation, to compare lines loosely."""
    return _WORD.findall(text.lower())


# --- stock tickers ------------------------------------------------------------

_TICKER_SYMBOL = LazyPattern(r"[A-Z][A-Z0-9.\-^=]{0,11}")
_PERCENT = LazyPattern(r"\(?[+\-−]?\d{1,6}(?:[.,]\d{1,4})?%\)?")
_PRICE = LazyPattern(r"[$€£¥]?[+\-−]?\d{1,3}(?:[,\s]?\d{3})*(?:[.,]\d{1,6})?[$€£¥]?")
_TICKER_EXTRAS = _word_set("$ € £ ¥ ▲ ▼ ↑ ↓ + - USD EUR GBP JPY CHF pts")


def _ticker_shape(text: str) -> tuple[bool, bool]:
    """(is a symbol followed by numbers, one of which is a percentage)."""
    tokens = text.split()
    if not 2 <= len(tokens) <= 6 or not _TICKER_SYMBOL.fullmatch(tokens[0]):
        return False, False
    has_percent = False
    for token in tokens[1:]:
        if _PERCENT.fullmatch(token):
            has_percent = True
        elif not (_PRICE.fullmatch(token) or token in _TICKER_EXTRAS):
            return False, False
    return True, has_percent


def remove_stock_tickers(article: ArticleLines) -> None:
    """Stock-ticker lines ("BP 0.48% 35.59 $") and symbol+price lines in a run of them."""
    shapes = {i: _ticker_shape(article.text[i]) for i in article.nonblank if article.words[i] <= 6}
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


# --- photo credits and captions -------------------------------------------------

_CREDIT_LABEL = LazyPattern(
    r"(?:^|[/|•·–—(]\s*)(?:(?:cover|file|main|top|header|lead|featured|title)\s+)?"
    r"(?:photo|photograph|picture|image|foto|bild|credit|photo credit|image credit|"
    r"image source|photos|images)\s*:",
    re.IGNORECASE,
)
_SOURCE_LABEL = LazyPattern(r"(?:^|[/|•·–—(]\s*)source\s*:", re.IGNORECASE)
_CREDIT_BY = LazyPattern(
    r"(?:^|[(—–|/]\s*|\s-\s)(?:(?:file|handout|pool)\s)?(?:photo|image|picture|video)s?\s+"
    r"(?:by|credit|courtesy)\b",
    re.IGNORECASE,
)
# "©" as a sign of its own; "Â©" is a mis-decoded one, but "Ã©" is a mis-decoded "é".
_COPYRIGHT_SIGN = LazyPattern(r"(?:^|[^\w]|Â)©")
_FILE_CAPTION = LazyPattern(r"(?:file|file photo|archive photo)\s*[:\-–—]", re.IGNORECASE)
_COPYRIGHT = LazyPattern(r"copyright\b|.{0,3}©.{0,80}all rights reserved", re.IGNORECASE)
_CAPITALISED_WORD = LazyPattern(r"[A-Z][\w.&'\-]*")
_ALL_CAPS_WORD = LazyPattern(r"[A-Z][A-Z0-9&.\-]+")
_MAX_CREDIT_WORDS = 8


def _is_agency_credit_chain(text: str) -> bool:
    """True for lines ending like "Alexey NIKOLSKY / SPUTNIK / AFP"."""
    if ends_sentence(text):
        return False
    credits = [p.strip() for p in text[-160:].split(" / ")][1:]
    if not credits or any(not p or len(p.split()) > 3 for p in credits):
        return False
    words = [w for p in credits for w in p.split()]
    return all(_CAPITALISED_WORD.fullmatch(w) for w in words) and any(
        _ALL_CAPS_WORD.fullmatch(w) for w in words
    )


def _names_a_credit(after_label: str) -> bool:
    """What follows "Photo:" in a credit: a few words naming someone, not a sentence."""
    words = after_label.split()
    return len(words) <= _MAX_CREDIT_WORDS and not starts_lower(after_label)


def is_credit(text: str) -> bool:
    """A photo credit: "©", a "Photo:" label with a short name after it, "(Photo by ...)",
    an agency chain ("/ AFP"), or "Source: X" unless it follows a prose sentence."""
    if _COPYRIGHT_SIGN.search(text):
        return True
    label = _CREDIT_LABEL.search(text)
    if label and _names_a_credit(text[label.end() :]):
        return True
    source = _SOURCE_LABEL.search(text)
    if source and _names_a_credit(text[source.end() :]):
        # "... authorities said. (Source: WFSB)" credits the text, not a photo.
        return not is_prose(text[: source.start()].strip())
    if _CREDIT_BY.search(text) and not ends_sentence(text.rstrip(")")):
        return True
    return _is_agency_credit_chain(text)


def remove_photo_credits(article: ArticleLines) -> None:
    """Credits ("©", "Photo:", "Cover photo:", "/ AFP" chains), copyright notices and
    "FILE:" captions."""
    for i in article.nonblank:
        text = article.text[i]
        if article.words[i] > 80:
            continue
        if _FILE_CAPTION.match(text):
            article.remove(i, RemovalReason.PHOTO_CAPTION)
        elif article.words[i] <= 40 and _COPYRIGHT.match(text):
            article.remove(i, RemovalReason.COPYRIGHT)
        elif is_credit(text):
            article.remove(i, RemovalReason.PHOTO_CREDIT)


def remove_captions_before_their_credit(article: ArticleLines) -> None:
    """A line repeated right below with a credit appended: the caption of that photo
    (and the copy with the credit, whatever its shape)."""
    for i in article.nonblank:
        after = article.neighbour(i, 1)
        if after is None or i == article.headline or not 4 <= article.words[i] <= 80:
            continue
        mine, theirs = article.text[i], article.text[after]
        if theirs.startswith(mine) and is_credit(theirs[len(mine) :].strip()):
            article.remove(i, RemovalReason.PHOTO_CAPTION)
            article.remove(after, RemovalReason.PHOTO_CREDIT)


_POSITION_MARKER = LazyPattern(
    r"(?<=\s)\((?:(?:centre|center|far|second|front|back|top|bottom)\s)?"
    r"(?:left|right|centre|center|l-r|r-l|from left|from right|pictured)\.?\)"
    r"|(?<=\s)\((?:centre|center|far|second|front|back|top|bottom)\s[lrc]\.?\)"
    r"|^\((?:l-r|r-l|from left|left to right|clockwise from (?:top )?left)\)",
    re.IGNORECASE,
)
# A lone "(R)" may be a party ("Senator Smith (R)"); "(L)" and "(R)" together place people.
_POSITION_LETTER = LazyPattern(r"(?<=\s)\(([LRClrc])\.?\)")
_SIDE_APPOSITION = LazyPattern(
    r",\s(?:(?:far|second|top|bottom)\s)?(?:left|right|centre|center|pictured|from left)"
    r"(?:\sto\sright)?,",
    re.IGNORECASE,
)
_PHOTO_PHRASE = LazyPattern(
    r"\b(?:picture|photo|photograph|image|footage|handout)s?\s(?:taken|released|provided|"
    r"distributed|made available|obtained|shows?|showing)\b|\b(?:pool|file|handout|undated|"
    r"stock|aerial|archive)\s(?:photo|picture|image|footage|video)\b|\bundated\b|"
    r"\bin this (?:photo|picture|image|handout|file|undated)\b",
    re.IGNORECASE,
)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?"
_TRAILING_DATE = LazyPattern(
    rf"(?:\b{_MONTH}\s\d{{1,2}}(?:st|nd|rd|th)?,?\s(?:1[89]|20)\d\d"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s{_MONTH},?\s(?:1[89]|20)\d\d"
    rf"|\b(?:1[89]|20)\d\d-\d\d-\d\d)$",
    re.IGNORECASE,
)


def _has_caption_marker(text: str) -> bool:
    """Sure signs of a photo caption: "(L)" with "(R)", "(left)", ", right,", "picture taken"."""
    return bool(
        _POSITION_MARKER.search(text)
        or len({letter.lower() for letter in _POSITION_LETTER.findall(text)}) >= 2
        or _SIDE_APPOSITION.search(text)
        or _PHOTO_PHRASE.search(text)
    )


def _has_weak_caption_marker(text: str) -> bool:
    """Hints that need company: a trailing date ("..., September 13, 2023"), one "(R)"."""
    return bool(_TRAILING_DATE.search(text[-40:]) or _POSITION_LETTER.search(text))


def _caption_shaped(article: ArticleLines, i: int) -> bool:
    """A descriptive line that stops without ending a sentence: how captions look.

    Not the headline, not a list item or a hard-wrapped line (those end in "," or
    ";", start in lower case, or run on into a lower-case line), not a labelled
    fact ("Staff: 400"), not a truncated paragraph (a sentence ends inside it).
    """
    text = article.text[i]
    following = article.text[i + 1] if i + 1 < len(article.text) else ""
    return (
        i != article.headline
        and 6 <= article.words[i] <= 80
        and not ends_sentence(text)
        and text[-1] not in ",;:"
        and ":" not in text
        and not text.startswith(_BULLET_START)
        and not starts_lower(text)
        and not starts_lower(following)
        and not has_inner_sentence_end(text)
        and is_latin(text)
    )


def remove_photo_captions(article: ArticleLines) -> None:
    """Captions: unfinished descriptive lines with caption markers, or runs of them in the body."""
    shaped = [i for i in article.nonblank if article.kept(i) and _caption_shaped(article, i)]
    for i in shaped:
        if _has_caption_marker(article.text[i]):
            article.remove(i, RemovalReason.PHOTO_CAPTION)
    # Runs: consecutive non-blank lines (blank lines between allowed) that are
    # caption-shaped or already removed as captions or credits. Three unmarked
    # ones in a row, or two with a sure or weak sign among them, are a gallery.
    photo = (RemovalReason.PHOTO_CAPTION, RemovalReason.PHOTO_CREDIT)
    shaped_set = set(shaped)
    runs: list[list[int]] = [[]]
    for i in article.nonblank:
        if i in shaped_set or article.reasons[i] in photo:
            runs[-1].append(i)
        elif runs[-1]:
            runs.append([])
    body = article.body()
    for run in runs:
        candidates = [j for j in run if article.kept(j) and j in body]
        has_evidence = len(candidates) < len(run) or any(
            _has_weak_caption_marker(article.text[j]) for j in candidates
        )
        if candidates and (len(candidates) >= 3 or (has_evidence and len(run) >= 2)):
            for j in candidates:
                article.remove(j, RemovalReason.PHOTO_CAPTION)


# --- notes, furniture, link headers, author blocks ------------------------------

_TRANSLATION_NOTE = LazyPattern(
    r"\b(?:automatically|machine|auto)[\s-]translated\b"
    r"|\btranslated\s(?:automatically|by machine|by a machine)\b"
    r"|^(?:this|the following)\s(?:article|text|story|page|content|report)\s"
    r"(?:has been|was|is)\s(?:automatically\s)?translated\b",
    re.IGNORECASE,
)
_ORIGINAL_LINK = LazyPattern(r"(?:read|see|view|click here to read)\s(?:the\s)?original\b", re.I)


def remove_translation_notes(article: ArticleLines) -> None:
    """Notes like "This article has been automatically translated," and "read the original"."""
    for i in article.nonblank:
        text = article.text[i]
        if article.words[i] > 20:
            continue
        if _TRANSLATION_NOTE.search(text) or (
            article.words[i] <= 12 and _ORIGINAL_LINK.match(text)
        ):
            article.remove(i, RemovalReason.TRANSLATION_NOTE)
            after = article.neighbour(i, 1)
            if (
                after is not None
                and article.words[after] <= 12
                and "original" in article.text[after].lower()
            ):
                article.remove(after, RemovalReason.TRANSLATION_NOTE)


# Words that make up page chrome ("Text size:", "Top Articles", "Share this
# article"); a short line made only of them, with at least one anchor word
# that prose headings hardly use, is furniture.
_FURNITURE_WORDS = _word_set(
    """text size font share this article articles story stories top latest popular most
    read posts post news related more information info advertisement advert ad ads
    sponsored content comments comment print email subscribe newsletter follow us on sign
    up log in login menu home search next previous back to skip main listen audio video
    watch close open the our and author show hide reading time min mins minute minutes
    copy link save bookmark tweet facebook twitter whatsapp linkedin reddit telegram x
    updated last published trending now recommended for you editor's picks all rights
    reserved cookie cookies accept continue view gallery photos image images page explore
    topics tags category categories scroll"""
)
_FURNITURE_ANCHORS = _word_set(
    """size font share articles posts advertisement advert ads sponsored comments print
    subscribe newsletter login menu search skip trending bookmark tweet facebook twitter
    whatsapp linkedin reddit telegram cookie cookies gallery information updated tags
    topics categories popular scroll continue"""
)
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
        if article.words[i] > 5 or ends_sentence(article.text[i]):
            continue
        words = {w.strip(":|•·-–—>»").lower() for w in article.text[i].split()} - {""}
        if words and words <= _FURNITURE_WORDS and words & _FURNITURE_ANCHORS:
            article.remove(i, RemovalReason.PAGE_FURNITURE)


_MAX_LINK_TITLE_WORDS = 20


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
        if match and ((bare_header and article.words[i] <= 8) or _is_link_line(text, match.end())):
            article.remove(i, RemovalReason.LINK_LIST)
            in_list = bare_header
        elif in_list and article.kept(i) and _is_link_title(article, i):
            article.remove(i, RemovalReason.LINK_LIST)
        else:
            in_list = False


_URL = LazyPattern(r"https?://\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.]+")
_MAX_WORDS_AROUND_URL = 8


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
    colon = text.find(":", header_end, header_end + 40)
    return colon >= 0 and not ends_sentence(text) and colon + 1 < len(text)


def _is_link_title(article: ArticleLines, i: int) -> bool:
    """A short line that does not end a sentence: a headline in a list of links."""
    return article.words[i] <= _MAX_LINK_TITLE_WORDS and not ends_sentence(article.text[i])


_STAFF_CREDIT = LazyPattern(
    r"\(?(?:additional\s)?(?:reporting|writing|editing|edited|written|compiled|research|"
    r"graphics|production)(?:\sand\s\w+)?\sby\b"
    r"|\(?with\s(?:files|inputs|input|additional reporting|reporting)\sfrom\b",
    re.IGNORECASE,
)
_BYLINE = LazyPattern(
    r"[Bb][Yy]\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}(?:\s*(?:,|and|&|\|).*)?$"
)
_MAX_BYLINE_WORDS = 10


def remove_bylines(article: ArticleLines) -> None:
    """Bylines and staff credits: "By Jane Doe, Reuters", "(Reporting by ...; Editing by ...)"."""
    for i in article.nonblank:
        text, words = article.text[i], article.words[i]
        staff = words <= 30 and _STAFF_CREDIT.match(text)
        byline = words <= _MAX_BYLINE_WORDS and not ends_sentence(text) and _BYLINE.match(text)
        if staff or byline:
            article.remove(i, RemovalReason.BYLINE)


_DATE_NAMES = _word_set(
    """jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june
    july august september october november december mon tue tues wed thu thur thurs fri sat
    sun monday tuesday wednesday thursday friday saturday sunday ago"""
)
_TIME_WORDS = _word_set(
    """published updated posted last modified on at am pm a.m p.m gmt utc bst cet cest est
    edt pst pdt ist jst kst msk hour hours minute minutes min mins day days week weeks"""
)
_DATE_TOKEN = LazyPattern(r"[^\W\d_][\w.]*|\d+")


def _is_timestamp(text: str) -> bool:
    """Only a date and time, perhaps labelled: "Published: Mon 17 Jun 2024 10.32 BST"."""
    tokens = [t.lower().rstrip(".") for t in _DATE_TOKEN.findall(text)]
    if not tokens or not any(t.isdigit() for t in tokens):
        return False
    if not all(t.isdigit() or t in _DATE_NAMES or t in _TIME_WORDS for t in tokens):
        return False
    has_year = any(len(t) == 4 and t[:2] in ("19", "20") for t in tokens)
    return has_year or any(t in _DATE_NAMES for t in tokens)


def remove_timestamps(article: ArticleLines) -> None:
    """Lines that hold only a publication date or time ("June 17, 2024", "Updated 3 hours ago")."""
    for i in article.nonblank:
        if article.words[i] <= 12 and _is_timestamp(article.text[i]):
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
        if article.words[i] > 80:
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


# --- teasers ------------------------------------------------------------------

_STOPWORDS = _word_set(
    """the and for with from that this these those was were are has have had will would
    could should can not but its his her their our your they them who whom which what when
    where why how than then there here into onto over under about after before while also
    just only more most some such been being did does said says say new one two all any"""
)
_MAX_TEASER_OVERLAP = 0.25
"""A teaser shares under a quarter of its content words with the article; a
crosshead summarises what follows and shares most of them."""
_MAX_PAIR_OVERLAP = 0.34
"""A line followed by a near copy of itself is surely not prose, so a teaser pair
may share a little more with the article."""


def _stems(text: str) -> set[str]:
    """Content words cut to five letters, so "deepened" meets "deepening"."""
    return {w[:5] for w in normalised_words(text) if len(w) >= 3 and w.isalpha()} - _STOPWORDS


def _overlap(article: ArticleLines, counts: Counter[str], lines: tuple[int, ...]) -> float:
    """Share of the content words of lines[0] found elsewhere in the kept article."""
    own = Counter(s for i in lines for s in _stems(article.text[i]))
    stems = _stems(article.text[lines[0]])
    shared = sum(1 for s in stems if counts[s] > own[s])
    return shared / len(stems) if stems else 1.0


def _affix_duplicate(first: list[str], second: list[str]) -> bool:
    """True when one word list starts or ends with the whole other, plus a few words."""
    short, long_ = sorted((first, second), key=len)
    extra = len(long_) - len(short)
    return 0 < extra <= 5 and (long_[: len(short)] == short or long_[extra:] == short)


_ARTICLES = frozenset(("the", "a", "an"))
_MAX_HEADLINE_WORDS = 20


def _headline_shaped(text: str) -> bool:
    """One short clause in headline style: no sentence end, not leading into a quote
    or list, not a list item, and at most one article ("the", "a"), which headlines
    drop and prose of this length hardly can."""
    words = normalised_words(text)
    return (
        len(words) <= _MAX_HEADLINE_WORDS
        and sum(w in _ARTICLES for w in words) <= 1
        and not ends_sentence(text)
        and text[-1] not in ",;:"
        and not text.startswith(_BULLET_START)
        and not starts_lower(text)
        and not has_inner_sentence_end(text)
    )


def remove_teasers(article: ArticleLines) -> None:
    """Headline-like lines for another story, mid-article, sharing few words with it.

    A teaser often comes as a pair (image alt text, then the linked headline),
    one line a near copy of the other.
    """
    counts: Counter[str] | None = None  # content words of the article, built on first need
    for i in article.body():
        if not (article.kept(i) and 4 <= article.words[i] <= 30 and is_latin(article.text[i])):
            continue
        after = article.neighbour(i, 1)
        pair = (
            after
            if after is not None
            and article.kept(after)
            and _affix_duplicate(
                normalised_words(article.text[i]), normalised_words(article.text[after])
            )
            else None
        )
        single = (
            pair is None
            and article.words[i] >= 6
            and _headline_shaped(article.text[i])
            and len(_stems(article.text[i])) >= 4
        )
        if pair is None and not single:
            continue
        if counts is None:
            counts = Counter(
                s for j in article.nonblank if article.kept(j) for s in _stems(article.text[j])
            )
        if pair is not None and _overlap(article, counts, (i, pair)) < _MAX_PAIR_OVERLAP:
            article.remove(i, RemovalReason.TEASER)
            article.remove(pair, RemovalReason.TEASER)
        elif single and _overlap(article, counts, (i,)) < _MAX_TEASER_OVERLAP:
            article.remove(i, RemovalReason.TEASER)


# --- repetition and the tail ----------------------------------------------------

_MIN_NEAR_COPY_WORDS = 5
"""Near copies are only looked for in lines of at least this many words."""
_MAX_NEAR_COPY_WORDS = 60
"""... and at most this many: headlines, captions, teasers, not long paragraphs."""
_MIN_REPEATED_SENTENCE_WORDS = 10
"""A short sentence may rightly recur ("All those opposed say no." in a transcript);
a long one repeated word for word is a scraping artefact."""
_MAX_ADDED_WORDS = 3
"""A later copy may add this many words ("Donald Trump" before a teaser) and still be
a copy; more is only allowed when the addition is a credit."""


def _word_cuts(key: str) -> list[int]:
    """Offsets in a space-joined word string where each word ends."""
    cuts, end = [], -1
    for word in key.split(" "):
        end += len(word) + 1
        cuts.append(end)
    return cuts


class _SeenLines:
    """Kept lines so far, as normalised strings, with the long prefixes and suffixes
    of short header lines, so a near copy is found by dict look-ups (linear work)."""

    def __init__(self) -> None:
        self.full: dict[str, int] = {}
        self.affixes: dict[str, int] = {}

    def add(self, key: str, i: int, in_header: bool) -> None:
        self.full.setdefault(key, i)
        cuts = _word_cuts(key)
        n = len(cuts)
        if not in_header or not _MIN_NEAR_COPY_WORDS <= n <= _MAX_NEAR_COPY_WORDS:
            return
        for k in range(max(_MIN_NEAR_COPY_WORDS, n // 2), n):
            self.affixes.setdefault(key[: cuts[k - 1]], i)  # first k words
            self.affixes.setdefault(key[cuts[n - k - 1] + 1 :], i)  # last k words


def _earlier_copy(article: ArticleLines, i: int, key: str, seen: _SeenLines) -> int | None:
    """The earlier kept line that line i repeats, if any."""
    n = key.count(" ") + 1
    original = seen.full.get(key)
    if original is not None:
        short_sentence = ends_sentence(article.text[i]) and n < _MIN_REPEATED_SENTENCE_WORDS
        return None if short_sentence else original
    if not _MIN_NEAR_COPY_WORDS <= n <= _MAX_NEAR_COPY_WORDS:
        return None
    # Line i is the start or end of an earlier header line (a headline the first
    # time shown with the outlet's name): nothing is lost by removing it.
    original = seen.affixes.get(key)
    if original is not None:
        return original
    # Line i is an earlier line plus a few words, or plus a credit.
    cuts = _word_cuts(key)
    for k in range(max(_MIN_NEAR_COPY_WORDS, n // 2), n):
        for part in (key[: cuts[k - 1]], key[cuts[n - k - 1] + 1 :]):
            original = seen.full.get(part)
            if original is not None and (
                n - k <= _MAX_ADDED_WORDS or _added_text_is_credit(article, i, original)
            ):
                return original
    return None


def _added_text_is_credit(article: ArticleLines, i: int, original: int) -> bool:
    """True when line i is line `original` with a photo credit before or after it."""
    text, earlier = article.text[i], article.text[original]
    if text.startswith(earlier):
        return is_credit(text[len(earlier) :].strip())
    if text.endswith(earlier):
        return is_credit(text[: -len(earlier)].strip())
    return False


def remove_repeated_lines(article: ArticleLines) -> None:
    """Lines that repeat an earlier kept line: exactly, or nearly (a headline without
    the outlet name the first copy had, a sentence with a credit appended).

    Lines are compared as lower-case words without punctuation.
    """
    seen = _SeenLines()
    headline = article.headline
    prose = article.prose_lines()
    first_prose = prose[0] if prose else len(article.lines)
    for i in article.nonblank:
        if not article.kept(i):
            continue
        key = " ".join(normalised_words(article.text[i]))
        if not key:
            continue
        original = _earlier_copy(article, i, key, seen)
        if original is None:
            seen.add(key, i, in_header=i < first_prose)
        elif original == headline and not is_prose(article.text[original]):
            article.remove(i, RemovalReason.REPEATED_HEADLINE)
        else:
            article.remove(i, RemovalReason.REPEATED_LINE)


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
    if all(article.words[i] <= 6 and not ends_sentence(article.text[i]) for i in kept):
        for i in kept:
            article.remove(i, RemovalReason.PAGE_FURNITURE)
