from __future__ import annotations

import itertools
import os
import string
import subprocess
import sys
from pathlib import Path

from newsdiff.core.words import lexicon


def test_common_words_have_low_levels() -> None:
    assert lexicon.word_level("the") == 10
    assert lexicon.word_level("THE") == 10
    level = lexicon.word_level("reclusive")
    assert level is not None and level > 10


def test_non_words_have_no_level() -> None:
    for word in ("thesecond", "tp", "Kyivhave", "2024", "", "--"):
        assert lexicon.word_level(word) is None, word
        assert not lexicon.is_word(word)


def test_possessives_and_curly_apostrophes() -> None:
    assert lexicon.is_word("leader's")
    assert lexicon.is_word("leaders’")
    assert lexicon.is_word("Russia's")


def test_hyphenated_compounds_by_parts() -> None:
    assert lexicon.is_word("long-range")
    assert not lexicon.is_word("long-rnage")


def test_names_are_words_but_not_common_words() -> None:
    assert lexicon.is_word("Paris")
    assert lexicon.is_known_name("Paris")
    assert not lexicon.is_common_word("Paris")
    assert lexicon.is_common_word("table")


def test_regional_variant_pairs() -> None:
    for us, uk in [
        ("honor", "honour"),
        ("Defense", "defence"),
        ("traveled", "travelled"),
        ("gray", "grey"),
        ("tire", "tyre"),
        ("plow", "plough"),
        ("program", "programme"),
        ("aluminum", "aluminium"),
        ("organization's", "organisation's"),
    ]:
        assert lexicon.regional_variant(us, uk), (us, uk)
        assert lexicon.regional_variant(uk, us), (uk, us)
    assert not lexicon.regional_variant("Iran", "Iraq")
    assert not lexicon.regional_variant("honor", "honor")
    assert not lexicon.regional_variant("trial", "trail")


def test_nothing_loaded_at_import() -> None:
    code = (
        "import newsdiff.core.words.lexicon as L, newsdiff.core.diff.classify as C;"
        "print(L._word_index.cache_info().currsize, L._regional_pairs.cache_info().currsize)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["0", "0"]


def test_regional_lookup_by_first_letter_finds_every_line_and_nothing_else() -> None:
    text = (Path(lexicon.LEXICON_DIR) / "regional.tsv").read_text(encoding="utf-8")
    lines = text.splitlines()
    assert text.split("\n") == [*lines, ""]  # no other line breaks, a newline at the end
    assert lines == sorted(lines)  # one stretch per first letter
    assert all(len(line.split("\t")) == 2 and all(line.split("\t")) for line in lines)
    for first in {line[0] for line in lines} | set(string.printable) | {"é", "\x00", "\U0010ffff"}:
        group = lexicon._regional_pairs(first)
        assert group == {line for line in lines if line[0] == first}, first
    for line in lines[::7]:
        american, british = line.split("\t")
        assert lexicon._listed_pair(american, british) and lexicon._listed_pair(british, american)
        assert not lexicon._listed_pair(american[:-1], british)
        assert not lexicon._listed_pair(american, british + "s")
    for a, b in [("", ""), ("", "honour"), ("honor", ""), ("\n", "x"), ("x", "x")]:
        assert not lexicon._listed_pair(a, b), (a, b)


def _split_words_idx() -> dict[str, str]:
    """words.idx read the plain way: every word with its code letter."""
    text = (Path(lexicon.LEXICON_DIR) / "words.idx").read_text(encoding="utf-8")
    codes, words = text.split("\n", 5)[4:]
    return dict(zip(words.rstrip("\n").split(" "), codes, strict=True))


def test_in_place_lookup_finds_every_word_and_nothing_else() -> None:
    table = _split_words_idx()
    index = lexicon._WordIndex(lexicon.map_file(os.path.join(lexicon.LEXICON_DIR, "words.idx")))
    ordered = list(table)
    for word, code in table.items():
        assert index.code(word) == code, word
    # Pieces of neighbouring words and near misses are not words.
    some = ordered[::5]
    misses = {a + " " + b for a, b in itertools.pairwise(some)} | {"", " ", "zzzq"}
    misses |= {w[:-1] for w in some} | {w + "q" for w in some} | {w[1:] for w in some}
    for key in misses:
        assert index.code(key) == table.get(key), key
    assert list(index.entries("q")) == [(w, c) for w, c in table.items() if w.startswith("q")]


def test_common_keys_of_a_group_are_the_common_keys_found_in_place() -> None:
    table = _split_words_idx()
    groups: dict[str, set[str]] = {}
    for word, code in table.items():
        if code.islower():
            groups.setdefault(word[: lexicon.PREFIX], set()).add(word)
    prefixes = {w[: lexicon.PREFIX] for w in table}
    for prefix in prefixes | {"", "zzq", "é", "a b"}:
        assert lexicon.common_keys(prefix) == groups.get(prefix, set()), prefix
    for word in list(table)[::11]:
        assert lexicon.is_common_key(word) == (word in lexicon.common_keys(word[:3])), word


def test_paraphrase_lookup_finds_every_line_and_nothing_else() -> None:
    from newsdiff.core.words import paraphrases

    path = Path(lexicon.LEXICON_DIR) / "paraphrases.idx"
    lines = path.read_text(encoding="utf-8").split("\n", 3)[3].rstrip("\n").split("\n")
    table = dict(line.split("\t") for line in lines)
    found = paraphrases._Table(lexicon.map_file(str(path)), str(path))
    for word, related in table.items():
        assert found.related(word) == related, word
    for key in {w[:-1] for w in table} | {w + "\t" for w in table} | {"", "\n", "zzzq"}:
        assert found.related(key) == table.get(key, ""), key


def test_paraphrase_relations_are_listed_under_both_words() -> None:
    # claims._matched skips the relatives of a word that no token of the other
    # side relates to: right only when every relation is listed both ways.
    path = Path(lexicon.LEXICON_DIR) / "paraphrases.idx"
    lines = path.read_text(encoding="utf-8").split("\n", 3)[3].rstrip("\n").split("\n")
    table = {word: set(related.split(" ")) for word, related in (x.split("\t") for x in lines)}
    assert all(word in table.get(r, ()) for word, related in table.items() for r in related)
