"""A manifest date that is no real date is a warning naming file, line and field; the rest opens."""

from __future__ import annotations

from pathlib import Path

from newsdiff.core.stories.corpus import load_corpus


def _manifest(folder: Path, dates: list[str]) -> None:
    (folder / "a.txt").write_text("Alpha said one thing on Monday.\n", encoding="utf-8")
    lines = ["stories:"]
    for i, day in enumerate(dates):
        lines += [
            f"  - id: s{i}",
            f"    title: Story {i}",
            f"    date: {day}",
            "    sources:",
            "      - {id: a, outlet: A, file: a.txt}",
        ]
    (folder / "stories.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_an_impossible_unquoted_date_is_a_warning(tmp_path: Path) -> None:
    _manifest(tmp_path, ["2024-02-30", "2024-06-17", '"June 5th"'])
    corpus = load_corpus(tmp_path)
    assert [s.date for s in corpus.stories] == ["", "2024-06-17", ""]
    first, second = corpus.problems
    assert first.endswith(
        "stories.yaml:4: stories.0.date: '2024-02-30' is not a date (YYYY-MM-DD); left out"
    )
    assert ":14: stories.2.date:" in second
