"""What to call a source on screen: its outlet and its headline, never a bare file name.

Folders of scraped articles are often named by hashes (`000_c92a4f9a13c88254.txt`)
and the outlet then falls back to that stem. The headline, read from the top of the
cleaned text, says far more; `source_label` puts the two together and leaves out
whichever part is only a machine-made name.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from newsdiff.core.model import Source
from newsdiff.core.stories.outlets import guess_headline
from newsdiff.core.text.clean import clean_text
from newsdiff.core.text.segment import split_paragraphs, split_sentences

HEAD_LINES = 20
"""Lines from the top of an article read for its headline: enough to get past a
masthead, tickers and captions, few enough that labelling 1,000 sources stays cheap
(about 0.3 s for the 335 WikiNews articles at 20 lines, 0.1 s at 10)."""
HEAD_CHARS = 3000
"""At most this many characters of those lines are read (long paragraphs on one line)."""
FALLBACK_WORDS = 12
"""Words of the first sentence used when an article opens with prose, not a headline."""
TITLE_WORDS = 30
"""A page's own title is cut to this many words: titles run to 10-20 words; a
longer one is page text stuffed into a tag."""
LABEL_SEPARATOR = " — "
"""Between the outlet and the headline in a label."""
ELLIPSIS = "…"

_HEX_RUN = re.compile(r"[0-9a-f]{8,}", re.IGNORECASE)
_LETTERS_SHARE = 0.5
"""A name with fewer letters than this share of its characters ("000_1234", "2024-06-19")
reads as machine-made."""


def source_headline(source: Source) -> str:
    """The article's headline: the first headline-like line of its cleaned text.

    Only the first `HEAD_LINES` lines (at most `HEAD_CHARS` characters) are
    cleaned. A masthead glued to the line ("Berliner Tageblatt - Putin to
    visit…") is dropped. When the article opens with prose, its first sentence
    stands in, cut to `FALLBACK_WORDS` words. Returns "" for an article with
    no text. A source whose page named its title (`Source.title`) has that.
    """
    if source.title.strip():
        return cut_words(" ".join(source.title.split()), TITLE_WORDS)
    head = source.text[:HEAD_CHARS].split("\n", HEAD_LINES)
    if len(head) > HEAD_LINES:
        head = head[:HEAD_LINES]
    elif len(source.text) > HEAD_CHARS and len(head) > 1:
        head = head[:-1]  # the character limit cut the last line short: leave it out
    return _headline_of(tuple(head))


@lru_cache(maxsize=4096)
def _headline_of(head: tuple[str, ...]) -> str:
    """The headline of an article's first lines (cached: lists relabel often)."""
    kept = clean_text("\n".join(head)).lines
    headline = guess_headline("\n".join(kept))
    if headline:
        return headline
    for _first, _last, indexes in split_paragraphs(kept):
        paragraph = " ".join(kept[i].strip() for i in indexes)
        for start, end in split_sentences(paragraph):
            return cut_words(paragraph[start:end], FALLBACK_WORDS)
    return ""


def is_machine_name(name: str) -> bool:
    """True for a name no reader would call an outlet: a hash, a number, a date.

    "000_c92a4f9a13c88254", "2024-06-19" and "" are; "reuters", "article1" and
    "BBC News" are not.
    """
    stripped = name.strip()
    if not stripped:
        return True
    if " " in stripped:
        return False
    if _HEX_RUN.search(stripped) and any(ch.isdigit() for ch in stripped):
        return True
    letters = sum(ch.isalpha() for ch in stripped)
    return letters < _LETTERS_SHARE * len(stripped)


def label_parts(source: Source) -> tuple[str, str]:
    """(outlet, headline) to show for a source, either of them possibly "".

    The outlet is "" when it is only a machine-made file name and a headline
    exists; the headline is "" when there is none or it repeats the outlet.
    """
    outlet = " ".join(source.outlet.split())
    headline = source_headline(source)
    if headline and is_machine_name(outlet):
        return "", headline
    if headline.casefold() == outlet.casefold():
        return outlet, ""
    return outlet, headline


def source_label(source: Source) -> str:
    """ "Outlet — Headline" on one line, as plain text (escape it for display).

    See `label_parts` for which part is left out when; a source with neither
    falls back to its id, then its file name.
    """
    parts = [part for part in label_parts(source) if part]
    if parts:
        return LABEL_SEPARATOR.join(parts)
    return source.id or Path(source.path).name or "(unnamed source)"


def source_name(source: Source) -> str:
    """The shortest telling name of a source, for a narrow header: its outlet, or its
    headline when the outlet is only a machine-made file name."""
    outlet, headline = label_parts(source)
    return outlet or headline or source.id or Path(source.path).name


def distinct_labels(sources: Sequence[Source]) -> list[str]:
    """`source_label` of each source, with its file name added where labels repeat.

    Two copies of one wire story have the same outlet-less headline; the file
    name (or id) is then the only thing telling them apart in a list.
    """
    labels = [source_label(s) for s in sources]
    counts = Counter(labels)
    return [
        f"{label} · {Path(s.path).name or s.id}" if counts[label] > 1 else label
        for label, s in zip(labels, sources, strict=True)
    ]


def cut_words(text: str, limit: int) -> str:
    """The first `limit` words of `text`, with an ellipsis when words were left out."""
    words = text.split()
    if len(words) <= limit:
        return " ".join(words)
    return " ".join(words[:limit]) + ELLIPSIS
