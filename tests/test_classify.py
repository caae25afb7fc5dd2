from __future__ import annotations

import re

import pytest

from newsdiff.core.diff.classify import classify_change
from newsdiff.core.model import ChangeKind
from newsdiff.core.text.typos import find_typos
from newsdiff.core.words.spelling import is_regional_pair

K = ChangeKind


@pytest.mark.parametrize(
    ("a", "b", "kind"),
    [
        ("honor", "honour", K.SPELLING),
        ("defense", "defence", K.SPELLING),
        ("tire", "tyre", K.SPELLING),
        ("weaponise", "weaponize", K.SPELLING),  # family rule, not in the list
        ("to", "tp", K.TYPO),
        ("accomodation", "accommodation", K.TYPO),
        ("goverment", "government", K.TYPO),
        ("thesecond", "the second", K.TYPO),
        ("Kyivhave", "Kyiv have", K.TYPO),
        ("AndPresident", "And President", K.TYPO),
        ("Unon", "Un on", K.TYPO),
        ('"', "'", K.PUNCTUATION),
        ("–", "--", K.PUNCTUATION),
        ("“friendly”", '"friendly"', K.PUNCTUATION),
        ("said:", "said", K.PUNCTUATION),
        ("U.S.", "US", K.PUNCTUATION),
        ("", ",", K.PUNCTUATION),
        ("tomorrow", "TOMORROW", K.CASE),
        ("The", "the", K.CASE),
        ("Jong Un", "Jong-un", K.NAME),
        ("Kim Jong Un", "Kim Jong-un", K.NAME),
        ("Yuri", "Yury", K.NAME),
        ("Kiev", "Kyiv", K.NAME),
        ("N. Korea", "North Korea", K.NAME),
        ("nine", "ten", K.NUMBER),
        ("24 years", "20 years", K.NUMBER),
        ("June 18", "June 19", K.NUMBER),
        ("May", "June", K.NUMBER),
        ("2023", "2024", K.NUMBER),
        ("", "24", K.NUMBER),
        ("visit", "trip", K.WORDING),
        ("", "very", K.WORDING),
        ("may", "might", K.WORDING),
    ],
)
def test_classify_change(a: str, b: str, kind: ChangeKind) -> None:
    assert classify_change(a, b) is kind
    assert classify_change(b, a) is kind


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("nine", "9"),
        ("June 18", "18 June"),
        ("18th of June", "June 18"),
        ("1,000", "1000"),
        ("10%", "10 per cent"),
        ("two million", "2m"),
        ("1950s", "fifties"),
    ],
)
def test_same_value_other_notation_is_not_a_number_change(a: str, b: str) -> None:
    assert classify_change(a, b) is K.PUNCTUATION


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Iran", "Iraq"),
        ("county", "country"),
        ("trial", "trail"),
        ("from", "form"),
        ("tour", "tor"),
        ("planned", "planed"),
    ],
)
def test_two_real_words_are_never_typo_or_spelling(a: str, b: str) -> None:
    assert classify_change(a, b) is K.WORDING
    assert not is_regional_pair(a, b)


def test_compounds_are_spelling_not_typo() -> None:
    assert classify_change("e-mail", "email") is K.SPELLING
    assert classify_change("health care", "healthcare") is K.SPELLING


def test_find_typos_reports_slips_and_run_togethers() -> None:
    sentences = [
        "Putin travels tp North Korea for thesecond time.",
        "Kim Jong Un met him; Kyiv protested.",
        "He hosted Kim Jong Unon a rare trip, and Kyivhave accused Moscow.",
        "AndPresident Biden said the goverment would respond.",
    ]
    found = {(t.text, t.suggestion, t.sentence) for t in find_typos(sentences)}
    assert found == {
        ("tp", "to", 0),
        ("thesecond", "the second", 0),
        ("Unon", "Un on", 2),
        ("Kyivhave", "Kyiv have", 2),
        ("AndPresident", "And President", 3),
        ("goverment", "government", 3),
    }
    typo = next(t for t in find_typos(sentences) if t.text == "Unon")
    assert sentences[2][typo.span[0] : typo.span[1]] == "Unon"


def test_find_typos_leaves_names_foreign_words_and_urls_alone() -> None:
    sentences = [
        "Zelenskyy met Shoigu and Peskov in Pyongyang.",
        "Yoon Suk Yeol spoke after Kim Yo Jong left; Mansour agreed.",
        "The ambassador was declared persona non grata by the junta.",
        "See www.example.com/kremlin-statment or #Putinvisit and @newsdesk",
        "for NATO's KCNA reports.",
        "The sarin attack was discussed.",
        "Sarin stocks were found.",
        "A sarin trial began.",
        "I ve seen hryvnias in the undersupplied town, in the 1950s.",
        "Ministers said they would weaponise the data.",
    ]
    assert find_typos(sentences) == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("artifact", "artefact"),  # no family rule: SCOWL's nearest regional neighbour
        ("balked", "baulked"),
        ("omelet", "omelette"),
        ("jailbird", "gaolbird"),  # a compound around a listed pair
    ],
)
def test_regional_pairs_beyond_the_families(a: str, b: str) -> None:
    assert classify_change(a, b) is ChangeKind.SPELLING
    assert classify_change(b, a) is ChangeKind.SPELLING


@pytest.mark.parametrize(("a", "b"), [("performative", "preformative"), ("empaneled", "empanels")])
def test_near_words_that_are_not_regional_variants(a: str, b: str) -> None:
    assert classify_change(a, b) is not ChangeKind.SPELLING


def test_a_possessive_shows_a_name_is_written_apart() -> None:
    sentences = [
        "He met Kim Jong Un's father in 2000.",
        "He later hosted Kim Jong Unon a rare trip to the east.",
    ]
    assert [(t.text, t.suggestion) for t in find_typos(sentences)] == [("Unon", "Un on")]
    # Without the earlier mention, "Unon" could be a name: nothing is reported.
    assert find_typos(sentences[1:]) == []


_NOTHING_BUILT_AT_IMPORT = """
import importlib, re, sys
names = sys.argv[1:]
for name in names:
    importlib.import_module(name)
for name in names:
    for attr, value in vars(sys.modules[name]).items():
        if isinstance(value, re.Pattern):
            print(name, attr, "compiled at import")
        info = getattr(value, "cache_info", None)
        if callable(info) and getattr(value, "__module__", None) == name and info().currsize:
            print(name, attr, "built at import")
        if not isinstance(value, type) and getattr(value, "_compiled", None) is not None:
            print(name, attr, "compiled at import")
"""
"""Prints every regex compiled and every cached table built while importing modules."""


def built_at_import(*modules: str) -> list[str]:
    """What importing `modules` (in a fresh interpreter) compiled or built at module level."""
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-c", _NOTHING_BUILT_AT_IMPORT, *modules],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.splitlines()


def test_diff_and_typos_compile_nothing_at_import() -> None:
    assert (
        built_at_import(
            "newsdiff.core.diff.word_diff",
            "newsdiff.core.diff.classify",
            "newsdiff.core.diff.numbers",
            "newsdiff.core.text.typos",
            "newsdiff.core.words.spelling",
        )
        == []
    )


def test_every_family_rule_match_opens_with_family_letters() -> None:
    from newsdiff.core.words import lexicon, spelling

    rules = [(letters, re.compile(pattern)) for letters, pattern, _ in spelling._FAMILY_RULES]
    words = [w for w, _ in lexicon.common_words()]
    words += [w.replace(a, b) for w in words[::50] for a, b in [("or", "our"), ("ize", "ise")]]
    opened = 0
    for word in words:
        for letters, pattern in rules:
            for match in pattern.finditer(word):
                opened += 1
                assert word[match.start() :].startswith(letters), (word, letters)
    assert opened > 1000
