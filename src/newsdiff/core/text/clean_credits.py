"""Cleaning rules for photo credits, captions and bylines: the lines that credit people.

`is_credit` is also used by `stories.outlets` (a credit is not a page's author) and by
`clean_repeats` (a copy of a line with a credit added). Rules run in the order of
`clean.RULES`.
"""

from __future__ import annotations

import re

from newsdiff.core.text.clean_rules import (
    BULLET_START,
    ArticleLines,
    LazyPattern,
    RemovalReason,
    ends_sentence,
    has_inner_sentence_end,
    is_latin,
    is_prose,
    starts_lower,
)
from newsdiff.core.words.calendar import MONTH_ABBREVIATIONS, MONTH_NAMES

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
"""What follows a "Photo:" label names someone in at most this many words."""
_CREDIT_CHAIN_CHARS = 160
"""An agency chain ("/ SPUTNIK / AFP") is looked for in a line's last this many characters."""
_MAX_CHAIN_PART_WORDS = 3
"""Each part of an agency chain is a name or agency of at most this many words."""
_MAX_CREDIT_LINE_WORDS = 80
"""Lines longer than this are prose, never a credit or "FILE:" caption."""
_MAX_COPYRIGHT_WORDS = 40
"""A copyright notice is at most this long."""
_MIN_CREDITED_CAPTION_WORDS = 4
"""A line repeated with a credit below it is a caption from this many words."""
_MAX_CAPTION_WORDS = 80
"""Captions are at most this long; longer lines are paragraphs."""
_MIN_CAPTION_WORDS = 6
"""An unmarked line is caption-shaped from this many words (shorter ones are labels)."""
_MIN_POSITION_LETTERS = 2
"""Distinct position letters ("(L)", "(R)") that place people in a photo; one alone may
be a party."""
_TRAILING_DATE_CHARS = 40
"""A caption's trailing date is looked for in its last this many characters."""
_MIN_GALLERY_RUN = 3
"""Caption-shaped lines in a row that make a gallery without any caption sign ..."""
_MIN_MARKED_GALLERY_RUN = 2
"""... and with a sure or weak sign among them."""


def _is_agency_credit_chain(text: str) -> bool:
    """True for lines ending like "Alexey NIKOLSKY / SPUTNIK / AFP"."""
    if ends_sentence(text):
        return False
    credits = [p.strip() for p in text[-_CREDIT_CHAIN_CHARS:].split(" / ")][1:]
    if not credits or any(not p or len(p.split()) > _MAX_CHAIN_PART_WORDS for p in credits):
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
    if "©" in text and _COPYRIGHT_SIGN.search(text):  # the test first: most lines have none
        return True
    label = _CREDIT_LABEL.search(text)
    if label and _names_a_credit(text[label.end() :]):
        return True
    source = _SOURCE_LABEL.search(text) if ":" in text else None
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
        if article.words[i] > _MAX_CREDIT_LINE_WORDS:
            continue
        if _FILE_CAPTION.match(text):
            article.remove(i, RemovalReason.PHOTO_CAPTION)
        elif article.words[i] <= _MAX_COPYRIGHT_WORDS and _COPYRIGHT.match(text):
            article.remove(i, RemovalReason.COPYRIGHT)
        elif is_credit(text):
            article.remove(i, RemovalReason.PHOTO_CREDIT)


def remove_captions_before_their_credit(article: ArticleLines) -> None:
    """A line repeated right below with a credit appended: the caption of that photo
    (and the copy with the credit, whatever its shape)."""
    for i in article.nonblank:
        after = article.neighbour(i, 1)
        if (
            after is None
            or i == article.headline
            or not _MIN_CREDITED_CAPTION_WORDS <= article.words[i] <= _MAX_CAPTION_WORDS
        ):
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
    clues=("(",),
)
# A lone "(R)" may be a party ("Senator Smith (R)"); "(L)" and "(R)" together place people.
_POSITION_LETTER = LazyPattern(r"(?<=\s)\(([LRClrc])\.?\)", clues=("(",))
_SIDE_APPOSITION = LazyPattern(
    r",\s(?:(?:far|second|top|bottom)\s)?(?:left|right|centre|center|pictured|from left)"
    r"(?:\sto\sright)?,",
    re.IGNORECASE,
    clues=("left", "right", "centre", "center", "pictured"),
)
_PHOTO_PHRASE = LazyPattern(
    r"\b(?:picture|photo|photograph|image|footage|handout)s?\s(?:taken|released|provided|"
    r"distributed|made available|obtained|shows?|showing)\b|\b(?:pool|file|handout|undated|"
    r"stock|aerial|archive)\s(?:photo|picture|image|footage|video)\b|\bundated\b|"
    r"\bin this (?:photo|picture|image|handout|file|undated)\b",
    re.IGNORECASE,
    clues=("picture", "photo", "image", "footage", "handout", "video", "undated", "in this"),
)
# A month as its first three letters or abbreviation and up to six more letters ("Sep",
# "Sept.", "September").
_MONTH_STEMS = dict.fromkeys([*(name[:3] for name in MONTH_NAMES), *MONTH_ABBREVIATIONS])
_MONTH = "(?:" + "|".join(_MONTH_STEMS) + r")[a-z]{0,6}\.?"
_TRAILING_DATE = LazyPattern(
    rf"(?:\b{_MONTH}\s\d{{1,2}}(?:st|nd|rd|th)?,?\s(?:1[89]|20)\d\d"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s{_MONTH},?\s(?:1[89]|20)\d\d"
    rf"|\b(?:1[89]|20)\d\d-\d\d-\d\d)$",
    re.IGNORECASE,
    clues=("1", "2"),  # the year's first digit
)


def _has_caption_marker(text: str) -> bool:
    """Sure signs of a photo caption: "(L)" with "(R)", "(left)", ", right,", "picture taken"."""
    return bool(
        _POSITION_MARKER.search(text)
        or len({letter.lower() for letter in _POSITION_LETTER.findall(text)})
        >= _MIN_POSITION_LETTERS
        or _SIDE_APPOSITION.search(text)
        or _PHOTO_PHRASE.search(text)
    )


def _has_weak_caption_marker(text: str) -> bool:
    """Hints that need company: a trailing date ("..., September 13, 2023"), one "(R)"."""
    return bool(
        _TRAILING_DATE.search(text[-_TRAILING_DATE_CHARS:]) or _POSITION_LETTER.search(text)
    )


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
        and _MIN_CAPTION_WORDS <= article.words[i] <= _MAX_CAPTION_WORDS
        and not ends_sentence(text)
        and text[-1] not in ",;:"
        and ":" not in text
        and not text.startswith(BULLET_START)
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
        if candidates and (
            len(candidates) >= _MIN_GALLERY_RUN
            or (has_evidence and len(run) >= _MIN_MARKED_GALLERY_RUN)
        ):
            for j in candidates:
                article.remove(j, RemovalReason.PHOTO_CAPTION)


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
"""A byline names a few people and perhaps an outlet; a longer line is prose."""
_MAX_STAFF_CREDIT_WORDS = 30
"""A staff credit ("Reporting by ...; Editing by ...") may list several people."""


def remove_bylines(article: ArticleLines) -> None:
    """Bylines and staff credits: "By Jane Doe, Reuters", "(Reporting by ...; Editing by ...)"."""
    for i in article.nonblank:
        text, words = article.text[i], article.words[i]
        staff = words <= _MAX_STAFF_CREDIT_WORDS and _STAFF_CREDIT.match(text)
        byline = words <= _MAX_BYLINE_WORDS and not ends_sentence(text) and _BYLINE.match(text)
        if staff or byline:
            article.remove(i, RemovalReason.BYLINE)
