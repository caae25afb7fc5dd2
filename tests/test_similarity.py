"""Sentence similarity: the score the aligner runs on."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdiff.core.align.similarity import (
    ALIGN_THRESHOLD,
    contained,
    normalise_token,
    pair_score,
    score_matrix,
)

BASE = (
    "Russian President Vladimir Putin will travel to North Korea on Tuesday for a rare visit, "
    "the Kremlin said."
)
EDITED = {
    "typos": "Russian Presdient Vladimir Putin will travle to North Korea on Tuesday for a rare "
    "vist, the Kremlin said.",
    "punctuation": "Russian President Vladimir Putin will travel to North Korea on Tuesday -- for "
    "a rare visit -- the Kremlin said",
    "case": "RUSSIAN PRESIDENT VLADIMIR PUTIN will travel to North Korea on TUESDAY for a rare "
    "visit, the Kremlin said.",
    "number added": "Russian President Vladimir Putin will travel to North Korea on Tuesday for a "
    "rare two-day visit, the Kremlin said.",
    "clause added": "Russian President Vladimir Putin will travel to North Korea on Tuesday for a "
    "rare visit that may see Moscow sign a strategic partnership treaty, the Kremlin said.",
    "light rewording": "Russian President Vladimir Putin will fly to North Korea on Tuesday for a "
    "rare trip, the Kremlin announced.",
}
PARAPHRASES = [
    "The Kremlin said Putin would make a rare trip to North Korea on Tuesday.",
    "Putin is set to pay a rare visit to North Korea on Tuesday, according to the Kremlin.",
]
# Other sentences of the same story: the topic words (Putin, North Korea,
# Kremlin) are all there, the statement is not.
SAME_TOPIC = [
    "Putin last visited North Korea in 2000, when he met Kim Jong Il in Pyongyang, the Kremlin "
    "said.",
    "The Kremlin said North Korea had not sent weapons to Russia for use in Ukraine.",
    "Kim Jong Un visited Russia's Far East in September, where he toured a space launch site.",
]


@pytest.mark.parametrize("kind", sorted(EDITED))
def test_edited_sentence_aligns(kind: str) -> None:
    assert pair_score(BASE, EDITED[kind]) >= ALIGN_THRESHOLD


@pytest.mark.parametrize("other", PARAPHRASES)
def test_paraphrase_from_another_outlet_aligns(other: str) -> None:
    assert pair_score(BASE, other) >= ALIGN_THRESHOLD


@pytest.mark.parametrize("other", SAME_TOPIC)
def test_same_topic_different_sentence_does_not_align(other: str) -> None:
    assert pair_score(BASE, other) < ALIGN_THRESHOLD


def test_order_edited_over_paraphrase_over_same_topic() -> None:
    edited = min(pair_score(BASE, s) for s in EDITED.values() if s != EDITED["clause added"])
    paraphrase = max(pair_score(BASE, s) for s in PARAPHRASES)
    same_topic = max(pair_score(BASE, s) for s in SAME_TOPIC)
    assert edited > paraphrase > same_topic


def test_identical_sentence_scores_one() -> None:
    assert pair_score(BASE, BASE) == 1.0
    # Quote and dash style, case and regional spelling do not make it different.
    assert pair_score(
        "He said the concert in his honor was “historic” – and long.",
        'HE SAID THE CONCERT IN HIS HONOUR WAS "HISTORIC" -- AND LONG',
    ) == pytest.approx(1.0)


def test_changed_numbers_still_align_but_score_below_identical() -> None:
    a = "Nine months ago, 1,000 soldiers were sent to the border."
    b = "Ten months ago, 1,200 soldiers were sent to the border."
    assert ALIGN_THRESHOLD <= pair_score(a, b) < 1.0


def test_number_words_and_digits_agree() -> None:
    assert pair_score("Nine soldiers were hurt.", "9 soldiers were hurt.") == 1.0


def test_one_sentence_split_in_two_scores_higher_merged() -> None:
    # What the aligner's 1:2 merge step relies on: covering the rest of a
    # sentence raises the score clearly (the aligner asks for +0.04).
    a = (
        "Putin will arrive on Tuesday evening and will attend a concert in his honour before "
        "signing documents with Kim Jong Un on Wednesday."
    )
    first = "Putin will arrive on Tuesday evening and will attend a concert in his honour."
    second = "He will sign documents with Kim Jong Un on Wednesday."
    assert pair_score(a, f"{first} {second}") >= pair_score(a, first) + 0.1


def test_symmetric() -> None:
    sentences = [BASE, *EDITED.values(), *PARAPHRASES, *SAME_TOPIC]
    forward = score_matrix(sentences[:6], sentences[3:])
    backward = score_matrix(sentences[3:], sentences[:6])
    np.testing.assert_allclose(forward, backward.T, atol=1e-6)
    for other in sentences:
        assert pair_score(BASE, other) == pytest.approx(pair_score(other, BASE), abs=1e-6)


def test_matrix_shape_dtype_and_range() -> None:
    a = [BASE, *PARAPHRASES]
    b = [*SAME_TOPIC, *EDITED.values()]
    scores = score_matrix(a, b)
    assert scores.shape == (len(a), len(b))
    assert scores.dtype == np.float32
    assert np.all((scores >= 0.0) & (scores <= 1.0))


def test_matrix_without_topic_weighting_equals_pair_score() -> None:
    a = [BASE, *PARAPHRASES, ""]
    b = [*SAME_TOPIC, *EDITED.values()]
    scores = score_matrix(a, b, topic_weighting=False)
    expected = np.array([[pair_score(x, y) for y in b] for x in a], dtype=np.float32)
    np.testing.assert_allclose(scores, expected, atol=1e-6)


def test_single_pair_matrix_is_pair_score() -> None:
    for other in [*PARAPHRASES, *SAME_TOPIC]:
        # pair_score runs in plain Python (float64), score_matrix in float32.
        assert score_matrix([BASE], [other])[0, 0] == pytest.approx(
            pair_score(BASE, other), abs=1e-6
        )


def test_plain_python_and_numpy_paths_give_the_same_scores(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import newsdiff.core.align.similarity as similarity

    a = [BASE, *SAME_TOPIC, "", "!!"]
    b = [*PARAPHRASES, *SAME_TOPIC[::-1], "?"]
    small = similarity.scored_pairs(a, b, floor=0.1)
    monkeypatch.setattr(similarity, "SMALL_PAIRS", 0)
    large = similarity.scored_pairs(a, b, floor=0.1)
    assert small.keys() == large.keys() and small
    for key, value in small.items():
        assert large[key] == pytest.approx(value, abs=1e-6)


def test_blocks_that_share_the_columns_give_the_one_block_scores(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import newsdiff.core.align.similarity as similarity

    a = [BASE, *SAME_TOPIC, *EDITED.values(), "", "!!"]
    b = [*PARAPHRASES, *SAME_TOPIC[::-1], "?", EDITED["light rewording"]]
    monkeypatch.setattr(similarity, "SMALL_PAIRS", 0)
    one_block = similarity.scored_pairs(a, b, floor=0.1)
    # Two rows a block: B is read once (`_Columns`) and each block adds its own words.
    monkeypatch.setattr(similarity, "BLOCK_PAIRS", 2 * len(b))
    blocks = similarity.scored_pairs(a, b, floor=0.1)
    assert one_block.keys() == blocks.keys() and one_block
    for key, value in one_block.items():
        assert blocks[key] == pytest.approx(value, abs=1e-6)


def test_topic_weighting_lowers_pairs_that_share_only_topic_words() -> None:
    # In a whole article, "Putin", "North Korea" and "Kremlin" are in most
    # sentences; sharing them says little about two sentences.
    a = [BASE, *SAME_TOPIC[1:]]
    b = [
        SAME_TOPIC[0],
        EDITED["light rewording"],
        "Putin and the Kremlin want closer ties with North Korea, officials said.",
        "North Korea gave Putin a lavish welcome, the Kremlin said.",
    ]
    weighted = score_matrix(a, b)
    plain = score_matrix(a, b, topic_weighting=False)
    # Same topic, different statement: clearly lower.
    assert weighted[0, 0] < plain[0, 0] - 0.05
    assert weighted[0, 3] < plain[0, 3] - 0.1
    assert weighted[0, 0] < ALIGN_THRESHOLD
    assert weighted[0, 1] >= ALIGN_THRESHOLD  # the real match survives
    assert int(np.argmax(weighted[0])) == 1


@pytest.mark.parametrize(
    ("a", "b"), [("", ""), ("", BASE), (BASE, ""), ("...", "--"), ("“ ”", BASE)]
)
def test_sentences_without_words_match_nothing(a: str, b: str) -> None:
    assert pair_score(a, b) == 0.0


def test_empty_lists() -> None:
    assert score_matrix([], [BASE]).shape == (0, 1)
    assert score_matrix([BASE], []).shape == (1, 0)
    assert score_matrix([], []).shape == (0, 0)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.text(max_size=80), min_size=1, max_size=4),
    st.lists(st.text(max_size=80), min_size=1, max_size=4),
)
def test_any_text_scores_in_range(a: list[str], b: list[str]) -> None:
    scores = score_matrix(a, b)
    assert scores.shape == (len(a), len(b))
    assert np.all(np.isfinite(scores))
    assert np.all((scores >= 0.0) & (scores <= 1.0))
    np.testing.assert_allclose(scores, score_matrix(b, a).T, atol=1e-5)


@pytest.mark.parametrize(
    ("word", "other"),
    [
        ("honour", "honor"),
        ("organised", "organized"),
        ("centre", "center"),
        ("visits", "visiting"),
        ("visited", "visit"),
        ("nine", "9"),
        ("1,000", "1000"),
        ("Kremlin's", "kremlin"),
        ("travelled", "traveled"),
    ],
)
def test_normalise_token_unifies_variants(word: str, other: str) -> None:
    assert normalise_token(word) == normalise_token(other)


def test_normalise_token_keeps_different_words_apart() -> None:
    words = ["visit", "vision", "nine", "ten", "state", "statement", "north", "korea"]
    assert len({normalise_token(w) for w in words}) == len(words)


def test_large_matrix_has_the_right_shape_and_range() -> None:
    # Speed is measured in benchmarks/, not here.
    rng = np.random.default_rng(0)
    topic = ["putin", "kim", "north", "korea", "kremlin", "visit", "treaty", "moscow"]
    function = ["the", "a", "of", "in", "on", "to", "said", "will", "has", "was", "for", "by"]
    vocabulary = [*topic, *function, *[f"word{k}" for k in range(600)]]
    sentences = [" ".join(rng.choice(vocabulary, size=22)) for _ in range(800)]
    score_matrix(sentences[:10], sentences[10:20])  # load the word list first
    scores = score_matrix(sentences[:400], sentences[400:])
    assert float(scores.min()) >= 0.0 and float(scores.max()) <= 1.0
    assert scores.shape == (400, 400)


def test_contained_finds_a_sentence_quoted_inside_another_either_way_round() -> None:
    quote = "We will not give up an inch of our land to the invaders."
    wrapped = f'The president, speaking in Kyiv on Monday, said: "{quote}"'
    assert contained(quote, wrapped) and contained(wrapped, quote)
    assert not contained("He said so.", "He said so, the minister added later.")  # too short
    assert not contained(quote, "The invaders took land on Monday, the president said.")
