"""Plain output that reads well: runs of changes as one marker, spaces kept,
wrapped rows indented, rows apart, facts one a line."""

from __future__ import annotations

import io
import re

from rich.console import Console

from newsdiff.core.compare import compare
from newsdiff.core.model import Change, ChangeKind, Comparison
from newsdiff.render.console import render_comparison
from newsdiff.render.runs import change_runs, inline_pieces

W = ChangeKind.WORDING


def plain(comparison: Comparison, width: int) -> str:
    out = io.StringIO()
    console = Console(file=out, width=width, color_system=None, highlight=False, markup=False)
    console.print(render_comparison(comparison, width=width, markers=True))
    return out.getvalue()


def test_neighbouring_changes_of_one_kind_merge_into_one_run() -> None:
    a = "He met them."
    b = "Trying to quell the furor, he met them."
    parts = (
        Change(W, "", "Trying", (0, 0), (0, 6)),
        Change(W, "", "to quell", (0, 0), (7, 15)),
        Change(W, "", "the furor,", (0, 0), (16, 26)),
        Change(ChangeKind.CASE, "He", "he", (0, 2), (27, 29)),
    )
    runs = change_runs(parts, a, b)
    assert [(r.kind, r.a, r.b) for r in runs] == [
        (W, "", "Trying to quell the furor,"),
        (ChangeKind.CASE, "He", "he"),
    ]
    assert runs[0].b_span == (0, 26) and runs[0].a_span == (0, 0)


def test_changes_apart_by_a_word_or_of_two_kinds_stay_apart() -> None:
    a, b = "a b c", "x b y"
    apart = (Change(W, "a", "x", (0, 1), (0, 1)), Change(W, "c", "y", (4, 5), (4, 5)))
    assert change_runs(apart, a, b) == apart
    kinds = (
        Change(ChangeKind.NUMBER, "9", "10", (0, 1), (0, 2)),
        Change(W, "months", "weeks", (2, 8), (3, 8)),
    )
    assert change_runs(kinds, "9 months", "10 weeks") == kinds


def test_an_insertion_against_a_word_keeps_the_space_b_has() -> None:
    a = "“I am honored to serve,” Smith said."
    b = "“I am honored to serve,” Mr. Smith said."
    change = Change(W, "", "Mr.", (a.index("Smith"), a.index("Smith")), (25, 28))
    line = "".join(
        p.text if p.side != "b" else f"{{+{p.text}+}}" for p in inline_pieces([change], a, b)
    )
    assert line == "“I am honored to serve,” {+Mr.+} Smith said."


def test_plain_80_columns_indents_wrapped_rows_and_separates_them(
    seed_texts: dict[str, str],
) -> None:
    comparison = compare(seed_texts["000"], seed_texts["001"])
    lines = [line.rstrip() for line in plain(comparison, 80).split("\n")]
    end = next(i for i, line in enumerate(lines) if " rows, " in line)
    body = lines[3:end]
    starts = [i for i, line in enumerate(body) if line and (i == 0 or not body[i - 1])]
    assert len(starts) == len(comparison.rows)  # a blank line between rows
    for i, line in enumerate(body):
        if line and i not in starts:
            assert line.startswith("  ") and line[2] != " "  # wrapped: indented under the text
    assert all(re.match(r"[~↕+− ] \S", body[i]) for i in starts)
    assert sum(1 for i, line in enumerate(body) if line and i not in starts) > 10
    assert "[-honor-]{+honour+}‹spelling›" in " ".join(body)


def test_no_word_runs_into_a_marker_in_stacked_output() -> None:
    comparison = compare(
        "“I am honored to serve,” Smith said at the event on Tuesday night in the capital.",
        "“I am honored to serve,” Mr. Smith said at the event on Tuesday night in the capital.",
    )
    text = " ".join(plain(comparison, 80).split())
    assert "serve,” {+Mr.+}‹wording› Smith said" in text


def test_facts_are_one_a_line_under_their_group(seed_texts: dict[str, str]) -> None:
    comparison = compare(seed_texts["000"], seed_texts["001"])
    lines = plain(comparison, 160).split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("Facts only in B ("))
    listed = lines[start + 1 : start + 1 + len(comparison.facts.only_b)]
    for fact, line in zip(comparison.facts.only_b, listed, strict=True):
        assert line.rstrip() == f"  {fact.text} ({fact.kind.value})"


def test_side_by_side_160_marks_one_run_per_stretch(seed_texts: dict[str, str]) -> None:
    text = plain(compare(seed_texts["000"], seed_texts["001"]), 160)
    assert "{+floats possible+}‹wording›" in text
    assert not re.search(r"\+\}‹(\w+)› ?\{\+[^}]*\+\}‹\1›", text.replace("\n", " "))
