"""Segmentation: sentence ends, abbreviations, offsets, tokens."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdiff.core.text.segment import segment_text, split_sentences, token_count, tokenize


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Putin will visit N. Korea soon. Kim agreed.",
            ["Putin will visit N. Korea soon.", "Kim agreed."],
        ),
        ("The U.S. Army said so. It left.", ["The U.S. Army said so.", "It left."]),
        ("He lives in the U.S. The rest stayed.", ["He lives in the U.S.", "The rest stayed."]),
        (
            "They met on Sept. 13, 2023 in Vostochny. Then they left.",
            ["They met on Sept. 13, 2023 in Vostochny.", "Then they left."],
        ),
        (
            "Mr. Kim and Dr. Lee met Gen. Park. Talks followed.",
            ["Mr. Kim and Dr. Lee met Gen. Park.", "Talks followed."],
        ),
        ("J. K. Rowling wrote it. Fans cheered.", ["J. K. Rowling wrote it.", "Fans cheered."]),
        ('"We agree," he said. "Good."', ['"We agree," he said.', '"Good."']),
        ('"Is it over?" he asked. Nobody knew.', ['"Is it over?" he asked.', "Nobody knew."]),
        (
            "The trip – which was long – ended. Next came talks.",
            ["The trip – which was long – ended.", "Next came talks."],
        ),
        ("Putin (r.) will arrive on Tuesday.", ["Putin (r.) will arrive on Tuesday."]),
        (
            'Ties had "developed into a relationship". Kim said so.',
            ['Ties had "developed into a relationship".', "Kim said so."],
        ),
        ("Prices rose 3.5 per cent. Sales fell.", ["Prices rose 3.5 per cent.", "Sales fell."]),
        ("no sentence end at all", ["no sentence end at all"]),
    ],
)
def test_sentence_boundaries(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_every_line_is_a_paragraph_and_offsets_point_into_the_text() -> None:
    text = "Headline without a stop\n\nFirst sentence. Second one.\nA new paragraph."
    result = segment_text(text)
    assert [s.text for s in result] == [
        "Headline without a stop",
        "First sentence.",
        "Second one.",
        "A new paragraph.",
    ]
    assert [s.paragraph for s in result] == [0, 1, 1, 2]
    for s in result:
        assert text[s.start : s.start + len(s.text)] == s.text


def test_hard_wrapped_lines_join_into_one_paragraph() -> None:
    text = "The minister said the talks\nwould resume next week. Others doubted it."
    result = segment_text(text)
    assert [s.text for s in result] == [
        "The minister said the talks would resume next week.",
        "Others doubted it.",
    ]
    assert result[0].start == 0
    assert result[1].start == text.index("Others")


def test_tokens_cover_every_non_space_character() -> None:
    text = "Kim Jong-un's U.S. trip cost $1,000.50 — 24% more (“record”) -- sources said..."
    tokens = tokenize(text)
    assert "".join(t.text for t in tokens) == "".join(text.split())
    for t in tokens:
        assert text[t.start : t.end] == t.text
    words = [t.text for t in tokens]
    assert "Jong-un's" in words and "U.S." in words and "1,000.50" in words and "--" in words


def _lines_run_in_segment(lines: list[str]) -> int:
    """How many lines of segment.py run while segmenting `lines` (a work count, not a time)."""
    import sys

    from newsdiff.core.text import segment

    count = 0

    def tracer(frame, event, arg):  # type: ignore[no-untyped-def]
        nonlocal count
        if frame.f_code.co_filename != segment.__file__:
            return None
        if event == "line":
            count += 1
        return tracer

    segment._tokens.cache_clear()
    sys.settrace(tracer)
    try:
        segment.segment_lines(lines)
    finally:
        sys.settrace(None)
    return count


def test_a_giant_hard_wrapped_paragraph_is_segmented_in_linear_work() -> None:
    # One paragraph of wrapped lines (no end mark at a line end, each next line
    # lower-case), with a sentence ending inside every other line: mapping each
    # sentence back to its line used to scan all the lines before it.
    def paragraph(n: int) -> list[str]:
        return [
            "the report went on. Then it said more" if k % 2 else "and the line runs on"
            for k in range(n)
        ]

    small, large = _lines_run_in_segment(paragraph(400)), _lines_run_in_segment(paragraph(800))
    assert large < 2.5 * small
    text = "\n".join(paragraph(800))
    sentences = segment_text(text)
    assert len(sentences) == 401
    for s in sentences:
        # Offsets point at the sentence's first word in the original text.
        assert text[s.start : s.start + 4] == s.text[:4]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab 1,.'’-\u200d🙂🇩🇪US\t\n")), max_size=60))
def test_token_count_is_the_number_of_tokens(text: str) -> None:
    assert token_count(text) == len(tokenize(text))
