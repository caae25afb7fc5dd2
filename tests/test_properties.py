"""Properties over generated articles: nothing lost, every sentence in one row, symmetry."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsdiff import compare
from newsdiff.core.model import RowKind

WORDS = st.sampled_from(
    [
        "Putin",
        "Kim",
        "North",
        "Korea",
        "visit",
        "treaty",
        "the",
        "a",
        "of",
        "to",
        "in",
        "honor",
        "honour",
        "defence",
        "defense",
        "nine",
        "9",
        "24",
        "June",
        "said",
        "Kremlin",
        "Moscow",
        "Pyongyang",
        "“quoted”",
        "'single'",
        "--",
        "–",
        "U.S.",
        "N.",
        "Mr.",
        "Text",
        "size:",
        "©",
        "AFP",
        "Photo:",
        "55.646",
        "-0.23%",
        "RBGPF",
        "tp",
        "thesecond",
        "Jong-un",
    ]
)
PUNCT = st.sampled_from([".", ".", "!", "?", ",", ";", ""])


@st.composite
def sentences(draw: st.DrawFn) -> str:
    words = draw(st.lists(WORDS, min_size=1, max_size=14))
    return " ".join(words) + draw(PUNCT)


@st.composite
def articles(draw: st.DrawFn) -> str:
    paragraphs = draw(
        st.lists(st.lists(sentences(), min_size=1, max_size=4), min_size=0, max_size=8)
    )
    sep = draw(st.sampled_from(["\n", "\n\n", "\r\n"]))
    return sep.join(" ".join(p) for p in paragraphs)


@st.composite
def edited(draw: st.DrawFn, text: str) -> str:
    parts = re.split(r"(?<=[.!?])\s+", text)
    if parts and draw(st.booleans()):
        parts.pop(draw(st.integers(0, len(parts) - 1)))
    if len(parts) > 1 and draw(st.booleans()):
        i = draw(st.integers(0, len(parts) - 2))
        parts[i], parts[i + 1] = parts[i + 1], parts[i]
    out = " ".join(parts)
    for old, new in draw(st.lists(st.tuples(WORDS, WORDS), max_size=3)):
        out = out.replace(old, new, 1)
    return out


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(articles(), articles())
def test_no_word_is_lost_and_every_sentence_is_in_one_row(a: str, b: str) -> None:
    result = compare(a, b)
    for side, text in ((result.a, a), (result.b, b)):
        kept = " ".join(side.texts) + " " + " ".join(r.text for r in side.removed)
        assert sorted(words(text)) == sorted(words(kept))
    a_seen = sorted(i for row in result.rows for i in row.a)
    b_seen = sorted(j for row in result.rows for j in row.b)
    assert a_seen == list(range(len(result.a.sentences)))
    assert b_seen == list(range(len(result.b.sentences)))


@SETTINGS
@given(articles())
def test_an_article_equals_itself(a: str) -> None:
    result = compare(a, a)
    assert result.identical
    assert result.changes == []
    assert all(row.kind is RowKind.SAME for row in result.rows)


@SETTINGS
@given(st.data())
def test_compare_is_symmetric(data: st.DataObject) -> None:
    a = data.draw(articles())
    b = data.draw(edited(a))
    ab, ba = compare(a, b), compare(b, a)
    pairs_ab = {(row.a, row.b) for row in ab.rows}
    pairs_ba = {(row.b, row.a) for row in ba.rows}
    assert pairs_ab == pairs_ba
    assert sorted((c.a, c.b, c.kind) for c in ab.changes) == sorted(
        (c.b, c.a, c.kind) for c in ba.changes
    )
    assert abs(ab.similarity - ba.similarity) < 1e-9
