from __future__ import annotations

import itertools
import subprocess
import sys

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


def _split_words_idx() -> dict[str, str]:
    """words.idx read the plain way: every word with its code letter."""
    text = (lexicon.LEXICON_DIR / "words.idx").read_text(encoding="utf-8")
    codes, words = text.split("\n", 5)[4:]
    return dict(zip(words.rstrip("\n").split(" "), codes, strict=True))


def test_in_place_lookup_finds_every_word_and_nothing_else() -> None:
    table = _split_words_idx()
    index = lexicon._WordIndex(lexicon.map_file(lexicon.LEXICON_DIR / "words.idx"))
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


def test_paraphrase_lookup_finds_every_line_and_nothing_else() -> None:
    from newsdiff.core.words import paraphrases

    path = lexicon.LEXICON_DIR / "paraphrases.idx"
    lines = path.read_text(encoding="utf-8").split("\n", 3)[3].rstrip("\n").split("\n")
    table = dict(line.split("\t") for line in lines)
    found = paraphrases._Table(lexicon.map_file(path), path)
    for word, related in table.items():
        assert found.related(word) == related, word
    for key in {w[:-1] for w in table} | {w + "\t" for w in table} | {"", "\n", "zzzq"}:
        assert found.related(key) == table.get(key, ""), key


def test_paraphrase_relations_are_listed_under_both_words() -> None:
    # claims._matched skips the relatives of a word that no token of the other
    # side relates to: right only when every relation is listed both ways.
    path = lexicon.LEXICON_DIR / "paraphrases.idx"
    lines = path.read_text(encoding="utf-8").split("\n", 3)[3].rstrip("\n").split("\n")
    table = {word: set(related.split(" ")) for word, related in (x.split("\t") for x in lines)}
    assert all(word in table.get(r, ()) for word, related in table.items() for r in related)
