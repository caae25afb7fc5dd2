"""Source labels: outlet and headline read from the text, never a bare hash-like file name."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdiff.core.model import Source
from newsdiff.core.stories.corpus import load_corpus
from newsdiff.core.stories.labels import (
    HEAD_CHARS,
    HEAD_LINES,
    cut_words,
    distinct_labels,
    is_machine_name,
    source_headline,
    source_label,
    source_name,
)


def hashed(text: str, stem: str = "000_c92a4f9a13c88254", outlet: str = "") -> Source:
    return Source(id=stem, outlet=outlet or stem, path=f"news/{stem}.txt", text=text)


def test_hash_named_file_is_labelled_by_its_headline() -> None:
    source = hashed("Flood waters rise in Dresden\n\nThe Elbe rose by two metres overnight.")
    assert source_headline(source) == "Flood waters rise in Dresden"
    assert source_label(source) == "Flood waters rise in Dresden"
    assert "c92a4f9a13c88254" not in source_label(source)


def test_a_real_outlet_comes_before_the_headline() -> None:
    source = hashed("Flood waters rise in Dresden\n\nThe Elbe rose.", outlet="Reuters")
    assert source_label(source) == "Reuters — Flood waters rise in Dresden"


def test_boilerplate_above_the_headline_is_skipped() -> None:
    tickers = "RBGPF 100% 55.646 $\nCMSC -0.23% 24.294 $\nRYCEF -6.64% 5.57 $\n\n"
    source = hashed(tickers + "Berliner Tageblatt - Putin to visit N. Korea\n\nPutin will go.")
    assert source_headline(source) == "Putin to visit N. Korea"


def test_prose_opening_gives_its_first_sentence_cut_short() -> None:
    words = " ".join(f"word{i}" for i in range(40))
    source = hashed(f"{words}. Second sentence here.")
    headline = source_headline(source)
    assert headline.endswith("…")
    assert headline.startswith("word0 word1")
    assert len(headline.split()) == 12


def test_no_text_falls_back_to_the_outlet_then_the_id() -> None:
    assert source_label(hashed("", outlet="Reuters")) == "Reuters"
    assert source_label(hashed("\n\n  \n")) == "000_c92a4f9a13c88254"


def test_a_headline_repeating_the_outlet_is_said_once() -> None:
    assert source_label(hashed("Reuters\n\nSome text follows here.", outlet="Reuters")) == "Reuters"


def test_only_the_first_lines_are_read() -> None:
    far = "\n" * (HEAD_LINES + 5) + "A headline far down"
    assert source_headline(hashed(far)) == ""
    long_first = "x" * (HEAD_CHARS * 3)
    # One line longer than the limit is read up to the limit (and is no headline).
    assert len(source_headline(hashed(long_first))) <= HEAD_CHARS + 1


@pytest.mark.parametrize(
    ("name", "machine"),
    [
        ("000_c92a4f9a13c88254", True),
        ("c92a4f9a13c88254", True),
        ("2024-06-19", True),
        ("12345", True),
        ("", True),
        ("reuters", False),
        ("article1", False),
        ("BBC News", False),
        ("deadbeefcafe", False),  # hex letters but no digit: could be a word
    ],
)
def test_machine_names(name: str, machine: bool) -> None:
    assert is_machine_name(name) is machine


def test_seed_labels_name_outlet_and_headline(seeds: Path) -> None:
    story = load_corpus(seeds).stories[0]
    labels = [source_label(s) for s in story.sources]
    assert labels[0].startswith("TAG24 — Putin to visit North Korea")
    assert labels[1] == (
        "Berliner Tageblatt — Putin to visit N. Korea as Kremlin floats possible 'strategic' treaty"
    )


def test_seeds_grouped_without_manifest_never_show_a_hash(seeds: Path, tmp_path: Path) -> None:
    for path in seeds.glob("*.txt"):
        (tmp_path / path.name).write_bytes(path.read_bytes())
    corpus = load_corpus(tmp_path)
    for story in corpus.stories:
        for source in story.sources:
            label = source_label(source)
            assert Path(source.path).stem not in label, label


def test_cut_words() -> None:
    assert cut_words("one two three", 2) == "one two…"
    assert cut_words("one  two", 2) == "one two"


def test_identical_labels_are_told_apart_by_file_name() -> None:
    one = hashed("Same headline\n\nBody one.", stem="1_aaaaaaaa11")
    two = hashed("Same headline\n\nBody two.", stem="2_bbbbbbbb22")
    other = hashed("Other headline\n\nBody.", stem="3_cccccccc33")
    assert distinct_labels([one, two, other]) == [
        "Same headline · 1_aaaaaaaa11.txt",
        "Same headline · 2_bbbbbbbb22.txt",
        "Other headline",
    ]


def test_source_name_is_the_outlet_else_the_headline() -> None:
    assert source_name(hashed("Floods in Dresden\n\nText.", outlet="Reuters")) == "Reuters"
    assert source_name(hashed("Floods in Dresden\n\nText.")) == "Floods in Dresden"
    assert source_name(hashed("")) == "000_c92a4f9a13c88254"
