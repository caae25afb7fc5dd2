"""The view of an article the boilerplate rules share, and the shapes of a line they test.

The rules themselves live in `clean_furniture`, `clean_credits`, `clean_teasers`
and `clean_repeats`; `clean.RULES` is the order they run in. Each rule is a
function that looks at an `ArticleLines` and marks whole lines as removed, with
a reason. Rules judge a line by its shape (length, whether it
ends a sentence, tell-tale labels), by repetition, by where it stands in the
article and by how much it shares with the rest of the text; never by matching
known strings of particular articles. When a rule is unsure it keeps the line:
a lost line of prose costs more than a stray caption.

Every regex here is either anchored on a short, length-checked line or free of
nested repetition, so a multi-megabyte line is handled in linear time.
"""

from __future__ import annotations

import re
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
    READER_APPEAL = "appeal to subscribe"


class LazyPattern:
    """A regex compiled on first use, so that importing the cleaner does no work.

    A pattern may name its `clues`: strings one of which every match contains
    (in lower case when the regex ignores case; `could_match` folds the text
    as the regex folds it). A text with none of them cannot match and is
    answered without the regex, so an article none of whose lines holds a
    clue never compiles it: rules that look for words most articles never use
    ("subscribe", "translated") cost them nothing.
    """

    __slots__ = ("_clues", "_compiled", "_flags", "_fold", "_pattern")

    def __init__(self, pattern: str, flags: int = 0, *, clues: tuple[str, ...] = ()) -> None:
        self._pattern = pattern
        self._flags = flags
        self._clues = clues
        # Folding costs a pass over the text: only for clues with letters in them.
        self._fold = bool(flags & re.IGNORECASE) and any(c.isalpha() for c in "".join(clues))
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        """The compiled regex."""
        if self._compiled is None:
            self._compiled = re.compile(self._pattern, self._flags)
        return self._compiled

    def could_match(self, text: str) -> bool:
        """False when `text` holds none of the clues, so no match is possible."""
        if not self._clues:
            return True
        if self._fold:
            text = text.translate(_CASE_FOLDS).lower()
        return any(clue in text for clue in self._clues)

    def search(self, text: str) -> re.Match[str] | None:
        return self.compiled.search(text) if self.could_match(text) else None

    def match(self, text: str) -> re.Match[str] | None:
        return self.compiled.match(text) if self.could_match(text) else None

    def fullmatch(self, text: str) -> re.Match[str] | None:
        return self.compiled.fullmatch(text) if self.could_match(text) else None

    def findall(self, text: str) -> list[str]:
        return self.compiled.findall(text) if self.could_match(text) else []

    def sub(self, replacement: str, text: str) -> str:
        return self.compiled.sub(replacement, text) if self.could_match(text) else text


_CASE_FOLDS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
"""The letters an ignore-case regex takes for an ASCII letter besides its two
cases (İ and ı for i, ſ for s, the Kelvin sign for k), mapped before
`str.lower` so that lower-case ASCII clues are found wherever the regex would
match (tests/test_clean_clues.py checks the list against every code point)."""


SHORT_LINE_CHARS = 600
"""Shape rules only look at lines up to this long: boilerplate is short, and a
huge line is prose (or garbage no rule could judge) and is kept."""
HUGE_LINE_WORDS = 10**6
"""The word count given to a line longer than `SHORT_LINE_CHARS`: more than any "at most N
words" test allows, so no rule splits megabytes."""
END_LOOK_CHARS = 12
"""How many closing characters `ends_sentence` looks through for a sentence mark (room
for quotes, brackets and a mis-decoded quote)."""
PROSE_MIN_WORDS = 6
"""A line ending a sentence is a prose paragraph from this many words ..."""
PROSE_MIN_CHARS = 40
"""... or from this many characters (few long words)."""
START_LOOK_CHARS = 8
"""How far into a line `starts_lower` looks for its first letter or digit (past quotes,
bullets and dashes)."""
LATIN_SAMPLE_CHARS = 400
"""`is_latin` judges a line by its first this many characters."""
LATIN_END = 0x250
"""Code points below this (Basic Latin to Latin Extended-B) are Latin letters."""
MIN_LATIN_SHARE = 0.7
"""A line is Latin when at least this share of its letters are: English shape rules
then apply, a few accented names included."""

_SENTENCE_ENDS = ".!?…。！？؟।"
_INNER_SENTENCE_END = LazyPattern(r"[^\W_]{2}[.!?…][\"'”’»)]?\s+[\"'“‘«(]?[A-Z]")
# UTF-8 quotes decoded as cp1252/latin-1 ("â\x80\x9d"): read as a plain quote.
_MOJIBAKE_QUOTE = LazyPattern("â[\x80\u20ac].", clues=("â",))
_WORD = LazyPattern(r"\w+")
BULLET_START = ("-", "•", "*", "–", "—", "·", "▪", "►")
"""Marks that open a list item: a line starting with one is not a caption or headline."""


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
        self.words = [
            len(t.split()) if len(t) <= SHORT_LINE_CHARS else HUGE_LINE_WORDS for t in self.text
        ]
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


def ends_sentence(text: str) -> bool:
    """True when the line ends with a sentence mark, perhaps inside closing quotes.

    Any run of trailing marks that are neither letters nor sentence marks is
    looked through, so mis-decoded quotes ("â\x80\x9d") do not hide the end.
    """
    for ch in reversed(_MOJIBAKE_QUOTE.sub('"', text[-END_LOOK_CHARS:])):
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
    return ends_sentence(text) and (
        len(text.split()) >= PROSE_MIN_WORDS or len(text) >= PROSE_MIN_CHARS
    )


def starts_lower(text: str) -> bool:
    """True when the first letter-or-digit of the line is a lower-case letter."""
    for ch in text[:START_LOOK_CHARS]:
        if ch.isalnum():
            return ch.islower()
    return False


def is_latin(text: str) -> bool:
    """True when most letters are Latin: shape rules about English captions apply."""
    head = text[:LATIN_SAMPLE_CHARS]
    if head.isascii():
        return any(ch.isalpha() for ch in head)
    letters = [ch for ch in head if ch.isalpha()]
    return bool(letters) and sum(ord(ch) < LATIN_END for ch in letters) >= MIN_LATIN_SHARE * len(
        letters
    )


def normalised_words(text: str) -> list[str]:
    """Lower-case words without punctuation, to compare lines loosely."""
    return _WORD.findall(text.lower())
