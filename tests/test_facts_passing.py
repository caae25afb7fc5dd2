"""Mentions in passing: what counts as the other side carrying a fact."""

from __future__ import annotations

from newsdiff import compare
from newsdiff.core.facts.extract import caption_sentences


def only(a: str, b: str) -> tuple[list[str], list[str]]:
    facts = compare(a, b).facts
    return [f.text for f in facts.only_a], [f.text for f in facts.only_b]


def test_a_sentence_initial_mention_counts_as_carrying_the_name() -> None:
    a, _ = only(
        "Officials in Kyiv said the talks would resume.",
        "Kyiv has said the talks would resume soon.",
    )
    assert "Kyiv" not in a


def test_the_same_weekday_of_another_event_is_no_mention() -> None:
    a, b = only(
        "Rebels paraded the observers before the media on Sunday in Slavyansk.",
        "The minister said on Sunday that the trade union building was opened.",
    )
    assert "Sunday" in a and "Sunday" in b


def test_prefixed_words_captions_and_longer_names_are_no_mention() -> None:
    a, _ = only(
        "Police in Kiev stood by during the clashes.",
        "The clashes pitted pro-Kiev activists against rebels near the port.",
    )
    assert "Kiev" in a
    a, _ = only(
        "Leaders across Europe are divided over the sanctions.",
        "The Organization for Security and Cooperation in Europe sent monitors.",
    )
    assert "Europe" in a
    a, _ = only(
        "The Free Syrian Army withdrew from the town of Homs on Thursday.",
        "Rebels left Homs\n\n1 of 3.\n\nA vehicle of the Free Syrian Army is seen in Aleppo.",
    )
    assert "Free Syrian Army" in a


def test_gallery_counters_and_the_caption_after_them_are_captions() -> None:
    texts = ["Rebels left Homs", "1 of 3.", "A vehicle is seen in Aleppo.", "Fighting went on."]
    assert caption_sentences(texts) == {1, 2}
