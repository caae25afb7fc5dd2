"""Shortcuts taken for speed give what the slow way gives: the trigram test that skips
partial-ratio scoring of quotations never skips a match; possessives read by hand; the
name words' ratio computed without rapidfuzz; demonyms looked up by their stem."""

from __future__ import annotations

import itertools
import random
import re
from pathlib import Path

from rapidfuzz import fuzz

from newsdiff.core.facts import names
from newsdiff.core.facts.match import QUOTE_PART_MIN, _Trigrams, quote_key
from newsdiff.core.facts.mentions import _has_possessive, bare
from newsdiff.core.facts.names import word_ratio

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _pieces() -> list[str]:
    text = " ".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    words = quote_key(text).split()
    rng = random.Random(7)
    out = []
    for _ in range(400):
        start = rng.randrange(len(words) - 40)
        out.append(" ".join(words[start : start + rng.randint(3, 40)]))
    return out


def _edited(text: str, rng: random.Random) -> str:
    chars = list(text)
    for _ in range(rng.randint(0, max(1, len(chars) // 12))):
        at = rng.randrange(len(chars))
        if rng.random() < 0.5:
            del chars[at]
        else:
            chars.insert(at, rng.choice("abcdefghij '"))
    return "".join(chars)


def test_no_pair_reaching_the_partial_ratio_is_ruled_out() -> None:
    rng = random.Random(11)
    pieces = _pieces()
    reached = ruled_out = 0
    for _ in range(3000):
        x = rng.choice(pieces)
        if rng.random() < 0.5:  # a part of x, edited: often a partial match
            words = x.split()
            lo = rng.randrange(len(words))
            y = _edited(" ".join(words[lo : lo + rng.randint(3, 20)]), rng)
        else:
            y = rng.choice(pieces)
        if len(x) < 3 or len(y) < 3:
            continue
        may = _Trigrams(x).may_be_part(y, {})
        if fuzz.partial_ratio(x, y) >= QUOTE_PART_MIN:
            reached += 1
            assert may, (x, y)
        elif not may:
            ruled_out += 1
    assert reached > 200  # the test exercises real partial matches
    assert ruled_out > 200  # and the filter does skip scoring


def test_possessives_read_by_hand_as_the_regex_reads_them() -> None:
    letters = ["a", "s", "S", "'", "’", "\n"]
    for size in range(5):
        for chars in itertools.product(letters, repeat=size):
            word = "".join(chars)
            assert bare(word) == re.sub(r"['’]s?$", "", word), word
            assert _has_possessive(word) == bool(re.search(r"['’]s?$", word)), word


def test_word_ratio_is_rapidfuzz_ratio() -> None:
    rng = random.Random(5)
    words = sorted({w.lower() for w in re.findall(r"\w+", " ".join(_pieces()))})
    pairs = list(itertools.product(["", "a", "ab", "aa", "é", "юрий"], repeat=2))
    for _ in range(5000):
        x = rng.choice(words)
        y = _edited(x, rng) if rng.random() < 0.5 else rng.choice(words)
        pairs.append((x, y))
    for x, y in pairs:
        assert word_ratio(x, y) == fuzz.ratio(x, y), (x, y)


def test_demonyms_found_by_stem_as_by_every_place() -> None:
    from newsdiff.core.words.places import COUNTRIES, REGIONS

    places = {name.split()[-1] for name in COUNTRIES | REGIONS}
    words = {w.lower() for w in re.findall(r"\w+", " ".join(_pieces()))}
    words |= {p + end for p in places for end in ("n", "an", "ian", "ese", "i", "ish", "ic", "s")}
    found = 0
    for word in words:
        by_stem = names._place_words().get(word[: names.DEMONYM_STEM_MIN], ())
        expected = any(names._demonym_of(word, p) for p in places)
        assert any(names._demonym_of(word, p) for p in by_stem) == expected, word
        found += expected
    assert found > 300
