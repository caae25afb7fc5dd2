"""Mojibake (UTF-8 read as Latin-1 or cp1252, once or twice) is repaired at load."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdiff.core.compare import compare
from newsdiff.core.stories.sources import read_source
from newsdiff.core.text.decode import decode_bytes, repair_mojibake

GOOD = "CAIRO — Egypt’s tourism minister said the café in Zürich reopened."


def _once(text: str) -> str:
    return text.encode("utf-8").decode("cp1252")


def _twice(text: str) -> str:
    return _once(text).encode("utf-8").decode("latin-1")


@pytest.mark.parametrize("broken", [_once(GOOD), _twice(GOOD)])
def test_double_encoded_utf8_is_repaired(broken: str) -> None:
    assert broken != GOOD
    assert decode_bytes(broken.encode("utf-8"))[0] == GOOD


def test_the_issue_examples_are_repaired() -> None:
    assert repair_mojibake("Tourismâ\x80\x99s") == "Tourism’s"
    assert repair_mojibake("CAIRO â\x80\x94 Officials") == "CAIRO — Officials"


@pytest.mark.parametrize(
    "text",
    [
        "São Paulo, NÃO, Curaçao, déjà vu, naïve, façade",
        "He said “yes” — then ‘no’… 3×4 = 12 ± 1 °C, £5, €6",
        "Ελληνικά, русский, 日本語, العربية",
        "plain ascii only",
    ],
)
def test_text_that_is_not_mojibake_is_left_alone(text: str) -> None:
    assert repair_mojibake(text) == text


def test_repaired_text_is_what_every_step_sees(tmp_path: Path) -> None:
    path = tmp_path / "wire.txt"
    path.write_bytes(_once(GOOD + "\n\nTourism’s revenue rose by 12 percent.\n").encode("utf-8"))
    source = read_source(path)
    assert "Egypt’s" in source.text and "â€" not in source.text
    comparison = compare(source, GOOD + "\n\nTourism’s revenue rose by 15 percent.\n")
    assert comparison.a.texts[0] == GOOD
    # the accounting holds on the repaired text: every word is kept or removed
    kept = " ".join(comparison.a.texts).split()
    removed = " ".join(r.text for r in comparison.a.removed).split()
    assert sorted(kept + removed) == sorted(source.text.split())


def test_line_by_line_repair_equals_ftfy_on_the_whole_text() -> None:
    import ftfy

    from newsdiff.core.text.decode import _ftfy_config, repair_mojibake

    right = "Tourism’s “record” year — café, naïve, Zoë, 10 °C, 5 €, Māori, Shinzō"
    lines = [
        right.encode("utf-8").decode("cp1252", "replace"),  # mojibake, lossy
        right.encode("utf-8").decode("latin-1"),  # mojibake with C1 controls
        right,  # already right
        "Plain \x93quoted\x94 text with C1 controls",
        "A lost no-break space: Ã and more",
        "Ordinary ASCII prose.",
        right.encode("utf-8").decode("utf-8").encode("utf-8").decode("cp1252", "replace"),
    ]
    text = "\n".join(lines * 3) + "\n\u2028tail without newline Ã©"
    assert repair_mojibake(text) == ftfy.fix_text(text, _ftfy_config())
