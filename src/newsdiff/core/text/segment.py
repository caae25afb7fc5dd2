"""Paragraphs, sentences and tokens, each with character offsets.

Scraped news puts one paragraph on a line, so every non-blank line starts a
paragraph, except a line that plainly continues the one before (hard-wrapped
text: no sentence end, next line starts in lower case). Inside a paragraph a
sentence ends at . ! ? or … followed by space and an upper-case letter, digit
or opening quote, unless the dot belongs to an abbreviation ("N. Korea",
"U.S.", "Sept. 13", "Mr.", initials).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from functools import lru_cache

from newsdiff.core.model import Sentence, Token

# Abbreviations that are followed by a name or number far more often than they
# end a sentence: a dot after them never ends one.
_TITLE_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col sgt capt cmdr adm maj sen rep gov pres supt insp
    st ste mt ft rev fr sr jr hon amb sec no nos vs v etc approx dept est inc corp
    ltd co bros jan feb mar apr jun jul aug sep sept oct nov dec fig vol pp ca cf al""".split()
)
# Multi-letter abbreviations written with dots (U.S., U.N.): they end a
# sentence only when a typical sentence opener follows.
_SENTENCE_OPENERS = frozenset(
    """the a an in on at it he she they we i but and this that these those there
    his her its their our after before when while as if so yet however meanwhile
    officials police president""".split()
)
_CLOSERS = "\"'”’)]»"
_OPENERS = "\"'“‘([«"

_BOUNDARY = re.compile(
    r"""(?:[.!?…]|\.\.\.)["'”’)\]»]*   # the end mark, maybe inside closing quotes
        (?=\s+["'“‘(\[«]?[\w\d])       # then space and something that can start a sentence
    | [。！？｡]+["'”’)\]»」』）〕】]*      # CJK full stops need no space after them
        (?=\s*[^\s。！？｡])
    """,
    re.VERBOSE,
)
_WORD_BEFORE = re.compile(r"([\w.]+)\.$")
LOOKBACK = 40
"""Characters before a dot searched for the word it ends (longer than any abbreviation)."""
_NEXT_WORD = re.compile(r"[\"'“‘(\[«]?([\w]+)")

# Characters that belong to the character before them although Python's \w
# does not match them: combining accents (decomposed "é"), Indic vowel signs,
# Arabic and Hebrew points, Thai marks, zero-width (non-)joiners, variation
# selectors and emoji skin tones. Without them a word would fall apart into
# pieces at every mark, and an emoji sequence into loose symbols.
_JOINING = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7"
    "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed"
    "\u0900-\u0963\u0966-\u0dff\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u0eb1\u0eb4-\u0ebc\u0ec8-\u0ece"
    "\u1ab0-\u1aff\u1dc0-\u1dff\u200c\u200d\u20d0-\u20ff\ufe00-\ufe0f\ufe20-\ufe2f"
    "\U0001f3fb-\U0001f3ff\U000e0020-\U000e007f\U000e0100-\U000e01ef"
)
TOKEN_PATTERN = re.compile(
    rf"""
      (?:[^\W\d_]\.){{2,}}                       # dotted acronyms: U.S. N.Y.C.
    | \d+(?:[.,:/]\d+)*(?:st|nd|rd|th|s|%)?      # numbers: 1,000 3.5 9/11 24th 1950s
    | [^\W_](?:[\w{_JOINING}]|['’\-‑](?=\w))*   # words with inner apostrophes or hyphens
    | --+|\.\.\.                                # dashes and ellipses
    | [\U0001f1e6-\U0001f1ff]{{2}}               # a flag: two regional indicators
    | [^\w\s](?:[{_JOINING}]|(?<=\u200d)[^\w\s])*
                                               # one mark or symbol, an emoji with its
                                               # modifiers and \u200d-joined partners
    """,
    re.VERBOSE,
)


def tokenize(text: str) -> list[Token]:
    """Split a sentence into word, number and punctuation tokens with offsets.

    Every non-space character of `text` lands in exactly one token.
    """
    return list(_tokens(text))


def token_count(text: str) -> int:
    """How many tokens `tokenize(text)` gives, without making them."""
    return sum(1 for _ in TOKEN_PATTERN.finditer(text))


# Typos, facts and the word diff each tokenize every sentence; tokens are
# immutable, so one tokenization serves them all.
@lru_cache(maxsize=32768)
def _tokens(text: str) -> tuple[Token, ...]:
    return tuple(Token(m.group(), m.start(), m.end()) for m in TOKEN_PATTERN.finditer(text))


def split_paragraphs(lines: Sequence[str]) -> list[tuple[int, int, list[int]]]:
    """Group kept lines into paragraphs.

    Args:
        lines: the kept lines of an article, in order (blank ones included).

    Returns:
        One `(first_line, last_line, line_indexes)` per paragraph.
    """
    paragraphs: list[list[int]] = []
    previous: str | None = None
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            previous = None
            continue
        if previous is not None and paragraphs and _continues(previous, stripped):
            paragraphs[-1].append(i)
        else:
            paragraphs.append([i])
        previous = stripped
    return [(p[0], p[-1], p) for p in paragraphs]


def _continues(previous: str, line: str) -> bool:
    """A hard-wrapped line: the previous line has no end, this one starts lower-case."""
    if previous[-1] in ".!?…:;" or previous[-1] in _CLOSERS:
        return False
    return line[0].islower()


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Find sentence spans inside one paragraph.

    Returns:
        `(start, end)` offsets of each sentence, stripped of surrounding space.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        if not _is_real_boundary(text, match.start(), end):
            continue
        spans.append((start, end))
        start = end
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def _is_real_boundary(text: str, mark: int, end: int) -> bool:
    # Read what follows in place: copying the rest of the paragraph at every
    # candidate end made a giant hard-wrapped paragraph quadratic.
    at = end
    while at < len(text) and text[at].isspace():
        at += 1
    opened = at
    while opened < len(text) and text[opened] in _OPENERS:
        opened += 1
    first = text[opened : opened + 1]
    if first.islower():
        return False  # "(r.) will arrive", "?" he said": the sentence goes on
    if text[mark] != ".":
        return True
    if text.startswith("...", mark):
        return True
    before = _WORD_BEFORE.search(text[max(0, mark - LOOKBACK) : mark + 1])
    word = before.group(1) if before else ""
    next_word = _NEXT_WORD.match(text, at)
    nxt = next_word.group(1) if next_word else ""
    bare = word.rstrip(".").lower()
    if "." in word.rstrip("."):
        # a dotted acronym (U.S., U.N.): a boundary only before a sentence opener
        return nxt.lower() in _SENTENCE_OPENERS
    if len(bare) == 1 and bare.isalpha() and word[0].isupper():
        return False  # an initial: "N. Korea", "J. K. Rowling"
    if bare in _TITLE_ABBREVIATIONS and word[0:1].isupper():
        return False
    if bare in _TITLE_ABBREVIATIONS and nxt[:1].isdigit():
        return False
    return True


def segment_lines(lines: Sequence[str]) -> list[Sentence]:
    """Turn an article's kept lines into sentences.

    Args:
        lines: the kept lines (the cleaned text split on newlines).

    Returns:
        Sentences whose `start` is an offset into `"\\n".join(lines)`.
    """
    offsets = _line_offsets(lines)
    sentences: list[Sentence] = []
    for number, (_, _, members) in enumerate(split_paragraphs(lines)):
        # A paragraph of several wrapped lines is joined by single spaces for
        # splitting; offsets map back through the per-line starts.
        pieces = [(offsets[i], lines[i]) for i in members]
        joined, where = _join(pieces)
        for s, e in split_sentences(joined):
            text = joined[s:e]
            sentences.append(Sentence(text=text, start=where(s), paragraph=number))
    return sentences


def segment_text(text: str) -> list[Sentence]:
    """Sentences of a whole text (newlines separate paragraphs)."""
    return segment_lines(text.split("\n"))


def _line_offsets(lines: Iterable[str]) -> list[int]:
    offsets, pos = [], 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    return offsets


def _join(pieces: list[tuple[int, str]]):  # type: ignore[no-untyped-def]
    """Join wrapped lines with a space; return the text and an offset mapper."""
    if len(pieces) == 1:
        base, line = pieces[0]
        return line, lambda i: base + i
    joined_starts: list[int] = []
    bases: list[int] = []
    parts: list[str] = []
    pos = 0
    for base, line in pieces:
        joined_starts.append(pos)
        bases.append(base)
        parts.append(line)
        pos += len(line) + 1
    joined = " ".join(parts)

    def where(i: int) -> int:
        # A binary search over the line starts: a scan per sentence made a
        # giant hard-wrapped paragraph quadratic.
        k = bisect_right(joined_starts, i) - 1
        if k < 0:
            return bases[0] + i
        return bases[k] + (i - joined_starts[k])

    return joined, where
