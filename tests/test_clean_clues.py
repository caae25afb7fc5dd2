"""A cleaner pattern's clues never hide a match: `could_match` is False only
where the regex itself finds nothing."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdiff.core.text import clean_appeals, clean_credits, clean_furniture, clean_rules
from newsdiff.core.text.clean_rules import _CASE_FOLDS, LazyPattern

ROOT = Path(__file__).resolve().parent.parent

CLUED = {
    f"{module.__name__.rsplit('.', 1)[1]}.{name}": value
    for module in (clean_appeals, clean_credits, clean_furniture, clean_rules)
    for name, value in vars(module).items()
    if isinstance(value, LazyPattern) and value._clues
}


def test_the_clued_patterns_are_the_rare_ones() -> None:
    assert len(CLUED) >= 8


def test_case_folds_cover_every_letter_an_ignore_case_regex_takes_for_ascii() -> None:
    letters = re.compile("[a-z]", re.IGNORECASE)
    odd = [chr(c) for c in range(0x80, 0x110000) if letters.fullmatch(chr(c))]
    assert odd, "no non-ASCII letter matched: the check would prove nothing"
    for ch in odd:
        folded = ch.translate(_CASE_FOLDS).lower()
        assert len(folded) == 1 and folded.isascii(), hex(ord(ch))
        assert re.fullmatch(folded, ch, re.IGNORECASE), hex(ord(ch))


def _lines() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    return [line.strip() for text in texts for line in text.splitlines() if line.strip()]


SHAPES = [
    "Please subscribe to read the full story",
    "Already a ſubscriber? Log in",  # long s: the regex folds it to s
    "SİGN UP for our newsletter",
    "Download our app for the latest news",
    "John Smith (L) and Jane Doe (R) at the summit",
    "Leaders pose (left) before the talks",
    "The minister, right, speaks to reporters,",
    "Smoke rises in this undated handout photo",
    "Picture taken September 13, 2023",
    "Residents gather in Kyiv, 2024-06-18",
    "This article has been automatically translated",
    "Read the original in German",
    "He said the rules had been translated into law",
    "Syriaâ\x80\x99s capital",
]


@pytest.mark.parametrize("name", sorted(CLUED))
def test_clues_agree_with_the_regex_on_real_and_shaped_lines(name: str) -> None:
    pattern = CLUED[name]
    regex = pattern.compiled
    hits = 0
    for line in _lines() + SHAPES + [s.upper() for s in SHAPES] + [s[-40:] for s in SHAPES]:
        found = regex.search(line) is not None
        hits += found
        assert not found or pattern.could_match(line), (name, line)
        assert (pattern.search(line) is None) == (not found)
        assert (pattern.match(line) is None) == (regex.match(line) is None)
    assert hits, f"{name}: no line matched, so the check proves nothing"


FRAGMENTS = st.sampled_from(
    [
        "subscribe",
        "SUBSCRIBER",
        "ſubscribe",
        "sıgn up",
        "download the app",
        "the full story",
        "(",
        ")",
        "(L)",
        "(R)",
        "(left)",
        "(l-r)",
        ", right,",
        ", pictured,",
        "photo",
        "Photo",
        "handout",
        "undated",
        "in this image",
        "video",
        "translated",
        "TRANSLATED",
        "original",
        "read the",
        "September 13, 2023",
        "2024-06-18",
        "1999",
        " ",
        ",",
        ".",
        "â\x80\x9d",
        "word",
        "Kelvin K",
        "İ",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(FRAGMENTS, max_size=10).map(" ".join))
def test_clues_never_hide_a_match(text: str) -> None:
    for name, pattern in CLUED.items():
        if pattern.compiled.search(text) is not None:
            assert pattern.could_match(text), (name, text)
