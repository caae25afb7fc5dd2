"""Properties over generated articles: nothing lost, every sentence in one row, symmetry.

The generators mix plain English news words with what scraped pages really
carry: accented letters (composed and decomposed), CJK, right-to-left scripts,
emoji sequences, combining marks, control and escape characters, boilerplate
lines (tickers, credits, share buttons, URLs), very long sentences and
paragraphs without any sentence end.
"""

from __future__ import annotations

import re
import unicodedata

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from newsdiff import compare
from newsdiff.core.model import RowKind

NEWS_WORDS = [
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
# Writing systems and characters that scraped pages carry.
FOREIGN_WORDS = [
    "café",
    "cafe\u0301",  # decomposed é
    "Zürich",
    "Zu\u0308rich",
    "naïve",
    "façade",
    "São",
    "Ελλάδα",
    "Москва",
    "北京时间",
    "普京抵达平壤。",
    "朝鲜，",
    "「引用」",
    "한국어",
    "日本語の文です。",
    "ｆｕｌｌｗｉｄｔｈ",
    "بيونغ",
    "يانغ.",
    "שלום",
    "עולם.",
    "\u202ertl-override\u202c",
    "\u200fmark",
    "👍",
    "👍🏽",
    "👨\u200d👩\u200d👧",
    "🇰🇵",
    "❤️",
    "Za\u0332\u0301lgo",
    "a\u20dd",
    "\x1b[31mred\x1b[0m",
    "\x1b]0;title\x07",
    "\x9b2J",
    "\x90dcs\x9c",
    "tab\tbed",
    "form\x0cfeed",
    "vertical\x0btab",
    "nul\x00byte",
    "sep\x1cfile",
    "[bold]",
    "[link=http://x]",
    ":smile:",
    "https://example.com/a?b=c",
    "@handle",
    "#hashtag",
    "1,000,000",
    "3.5%",
    "$1.2bn",
    "¿Qué?",
    "¡Hola!",
    "...",
    "…",
    "e.g.",
    "i.e.",
    "(r.)",
]
BOILERPLATE_LINES = [
    "BP 0.48% 35.59 $",
    "RBGPF 100% 55.646 $",
    "GSK -1.22% 39.36 $",
    "© Alexey NIKOLSKY / SPUTNIK / AFP",
    "Photo: Reuters",
    "Cover photo: Alexey NIKOLSKY / SPUTNIK / AFP",
    "Share this article",
    "Read more:",
    "More on Vladimir Putin:",
    "https://example.com/news/2024/06/17/story",
    "By John Smith",
    "17.06.2024 10:31",
    "Updated: June 17, 2024 at 10:31 am",
    "Text size:",
    "Advertisement",
    "This article was translated from German.",
]
WORDS = st.one_of(
    st.sampled_from(NEWS_WORDS),
    st.sampled_from(FOREIGN_WORDS),
    # Any printable text, and a sprinkle of everything else Unicode allows.
    st.text(
        st.characters(exclude_categories=("Cs",), exclude_characters="\n\r"),
        min_size=1,
        max_size=8,
    ),
)
PUNCT = st.sampled_from([".", ".", "!", "?", ",", ";", "", "。", "…", ".”", "?!"])


@st.composite
def sentences(draw: st.DrawFn) -> str:
    # Mostly news-sized, sometimes a sentence far longer than any real one.
    size = draw(st.sampled_from([14, 14, 14, 120]))
    words = draw(st.lists(WORDS, min_size=1, max_size=size))
    return " ".join(words) + draw(PUNCT)


@st.composite
def paragraphs(draw: st.DrawFn) -> str:
    if draw(st.integers(0, 5)) == 0:
        return draw(st.sampled_from(BOILERPLATE_LINES))
    return " ".join(draw(st.lists(sentences(), min_size=1, max_size=4)))


@st.composite
def articles(draw: st.DrawFn) -> str:
    paras = draw(st.lists(paragraphs(), min_size=0, max_size=8))
    sep = draw(st.sampled_from(["\n", "\n\n", "\r\n", "\r", "\n \n", "\u2028", "\x85"]))
    text = sep.join(paras)
    if draw(st.booleans()):
        text = unicodedata.normalize(draw(st.sampled_from(["NFC", "NFD"])), text)
    return text


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


def assert_nothing_lost(text: str, texts: list[str], removed: list[str]) -> None:
    kept = " ".join(texts) + " " + " ".join(removed)
    assert sorted(words(text)) == sorted(words(kept))


SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(articles(), articles())
def test_no_word_is_lost_and_every_sentence_is_in_one_row(a: str, b: str) -> None:
    result = compare(a, b)
    for side, text in ((result.a, a), (result.b, b)):
        assert_nothing_lost(text, side.texts, [r.text for r in side.removed])
        assert all(s.text.strip() == s.text and s.text for s in side.sentences)
    a_seen = sorted(i for row in result.rows for i in row.a)
    b_seen = sorted(j for row in result.rows for j in row.b)
    assert a_seen == list(range(len(result.a.sentences)))
    assert b_seen == list(range(len(result.b.sentences)))


@SETTINGS
@given(articles())
@example(":.")  # a sentence without a word is still equal to itself
@example("— 👍🏽 —\n\n“…”")
def test_an_article_equals_itself(a: str) -> None:
    result = compare(a, a)
    assert result.identical
    assert result.changes == []
    assert all(row.kind is RowKind.SAME for row in result.rows)


@SETTINGS
@given(articles())
def test_line_endings_do_not_matter(a: str) -> None:
    crlf = a.replace("\r\n", "\n").replace("\n", "\r\n")
    assert compare(a, crlf).identical


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


def test_a_rotated_row_mirrors_exactly() -> None:
    # Levenshtein opcodes break ties by direction; the diff must not.
    a, b = "Putin Putin Putin e.g. Putin Kim.", "Putin Kim. Putin Putin Putin e.g."
    ab, ba = compare(a, b), compare(b, a)
    assert [(c.a, c.b, c.kind) for c in ab.changes] == [(c.b, c.a, c.kind) for c in ba.changes]


@SETTINGS
@given(st.text(st.characters(exclude_categories=("Cs",)), max_size=400))
def test_any_text_at_all_loses_nothing(text: str) -> None:
    result = compare(text, "")
    assert_nothing_lost(
        text.replace("\r", "\n"), result.a.texts, [r.text for r in result.a.removed]
    )
    assert sorted(i for row in result.rows for i in row.a) == list(range(len(result.a.sentences)))
