"""Markdown reports (GitHub-flavoured): tables of aligned rows, the facts, the counts.

Changes are marked in text, not colour, as in the plain terminal output:
`[-A's words-]` in the A cell, `{+B's words+}` in the B cell, each followed by
its kind (`‹spelling›`), one marker per run of changed words (`runs`).

Article text is untrusted and Markdown interprets a lot: every character that
could start emphasis, a link, an HTML tag, an entity, math (`$`), a table cell
border or a strikethrough is backslash-escaped, `<` and `&` become entities,
and newlines become spaces, so a cell is always one cell of plain text and
`<script>` in an article stays text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsdiff.core.model import (
    Change,
    Comparison,
    RowKind,
)
from newsdiff.core.stories.coverage import Coverage, pair_rows
from newsdiff.render.marks import (
    PARTIAL_MARK,
    PARTIAL_MEANING,
    ROW_MARKS,
    ROW_MEANINGS,
    closeness_mark,
    row_count_parts,
)
from newsdiff.render.meta import SourceInfo
from newsdiff.render.runs import change_runs, marked_pieces
from newsdiff.render.safe import visible_line

_SPECIAL = re.compile(r"([\\`*_\[\]|~$#!^:=])")
# What would start a list item or a heading when the text opens a line (a fact
# in a list: "- +5% ..." would nest a list).
_LINE_START = re.compile(r"\A(\d*)([-+.)])")
_SAFE_URL = re.compile(r"https?://[^\s<>|`]+\Z", re.IGNORECASE)


def md_escape(text: str, *, line_start: bool = False) -> str:
    """Untrusted text as literal Markdown inline text (one line).

    With `line_start` the text opens a line (a list item), where a leading
    `-`, `+` or `1.` would start a list of its own.
    """
    line = _SPECIAL.sub(r"\\\1", visible_line(text))
    if line_start:
        line = _LINE_START.sub(_escape_start, line)
    return line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _item(text: str) -> str:
    return md_escape(text, line_start=True)


def _escape_start(match: re.Match[str]) -> str:
    digits, mark = match.groups()
    if digits and mark in "-+":
        return match.group()  # "2024-06-17": no list starts so
    if not digits and mark in ".)":
        return match.group()
    return f"{digits}\\{mark}"


def _url(info: SourceInfo) -> str:
    if info.link and _SAFE_URL.match(info.link):
        return f"<{info.link}>"
    return md_escape(info.url)


def _marked(text: str, changes: Sequence[Change], side: str) -> str:
    open_, close = ("[-", "-]") if side == "a" else ("{+", "+}")
    return "".join(
        md_escape(piece)
        if change is None
        else f"{open_}{md_escape(piece)}{close}‹{change.kind.value}›"
        for piece, change in marked_pieces(text, changes, side)
    )


def _counts(comparison: Comparison) -> str:
    total, *by_kind = row_count_parts(comparison)
    changes = ", ".join(f"{n} {k}" for k, n in comparison.change_counts.items() if n)
    return f"**{total}**: {', '.join(by_kind)} · similarity {comparison.similarity:.0%}" + (
        f" · changes: {changes}" if changes else ""
    )


def _sources_table(a: SourceInfo, b: SourceInfo) -> list[str]:
    lines = ["| | A | B |", "| --- | --- | --- |"]
    fields = [
        ("outlet", md_escape(a.outlet), md_escape(b.outlet)),
        ("title", md_escape(a.title), md_escape(b.title)),
        ("date", md_escape(a.date), md_escape(b.date)),
        ("URL", _url(a), _url(b)),
        ("file", md_escape(a.path), md_escape(b.path)),
    ]
    for name, left, right in fields:
        if left or right:
            lines.append(f"| {name} | {left} | {right} |")
    return lines


def comparison_markdown(
    comparison: Comparison, a: SourceInfo, b: SourceInfo, *, heading: str = ""
) -> str:
    """The report of one pair as a Markdown document.

    Args:
        comparison: the comparison to show.
        a: what is known about the A source.
        b: the same for B.
        heading: a line above the pair (the story's title and date), if any.
    """
    out = [f"# {md_escape(a.outlet)} vs {md_escape(b.outlet)}", ""]
    if heading:
        out += [md_escape(heading), ""]
    out += [*_sources_table(a, b), "", _counts(comparison), ""]
    out += [
        "## Aligned rows",
        "",
        f"| | A: {md_escape(a.outlet)} | B: {md_escape(b.outlet)} | match |",
        "| :-: | --- | --- | --: |",
    ]
    for row in comparison.rows:
        a_text = comparison.a.row_text(row.a)
        b_text = comparison.b.row_text(row.b)
        mark = md_escape(ROW_MARKS[row.kind].strip())
        if row.kind is RowKind.ONLY_A:
            out.append(f"| {mark} | {md_escape(a_text)} | · | |")
        elif row.kind is RowKind.ONLY_B:
            out.append(f"| {mark} | · | {md_escape(b_text)} | |")
        else:
            runs = change_runs(row.changes, a_text, b_text)
            partial = closeness_mark(row)
            match = f"{row.score:.0%} {partial}" if partial else f"{row.score:.0%}"
            out.append(
                f"| {mark} | {_marked(a_text, runs, 'a')} | {_marked(b_text, runs, 'b')} "
                f"| {match} |"
            )
    marks = ", ".join(f"{md_escape(ROW_MARKS[k])} {meaning}" for k, meaning in ROW_MEANINGS.items())
    out += [
        "",
        f"Rows: {marks}. \\[-…-\\] words only A has, {{+…+}} words only B has, "
        "‹kind› the kind of change; match: how alike the two sides of a row are, "
        f"{PARTIAL_MARK} {PARTIAL_MEANING}.",
        "",
        "## Facts",
        "",
    ]
    facts = comparison.facts
    for title, items in (
        ("Only in A", [f"{_item(f.text)} ({f.kind.value})" for f in facts.only_a]),
        ("Only in B", [f"{_item(f.text)} ({f.kind.value})" for f in facts.only_b]),
        (
            "Conflicts",
            [f"{_item(c.a)} ≠ {md_escape(c.b)} ({c.kind.value})" for c in facts.conflicts],
        ),
    ):
        out += [f"### {title} ({len(items)})", ""]
        out += [f"- {item}" for item in items] or ["none"]
        out.append("")
    sides = ((a, comparison.a), (b, comparison.b))
    if any(side.typos for _, side in sides):
        out += ["## Typos", ""]
        for info, side in sides:
            for typo in side.typos:
                out.append(f"- {info.label}: {md_escape(typo.text)} → {md_escape(typo.suggestion)}")
        out.append("")
    out += ["## Removed boilerplate", ""]
    for info, side in sides:
        summary = f"{info.label}: {md_escape(info.outlet)}, {len(side.removed)} lines"
        if not side.removed:
            out += [summary, ""]
            continue
        out += [f"<details><summary>{summary}</summary>", "", "| line | reason | text |"]
        out.append("| --: | --- | --- |")
        out += [
            f"| {line.line} | {md_escape(line.reason)} | {md_escape(line.text)} |"
            for line in side.removed
        ]
        out += ["", "</details>", ""]
    return "\n".join(out).rstrip("\n") + "\n"


def coverage_markdown(
    stories: Sequence[tuple[str, str, Sequence[SourceInfo], Coverage]], *, heading: str = ""
) -> str:
    """The coverage of stories as a Markdown document.

    Args:
        stories: per story its title, date, sources (in coverage order) and coverage.
        heading: what the document covers (the corpus folder), if anything.
    """
    out = [f"# Coverage{': ' + md_escape(heading) if heading else ''}", ""]
    for title, date, infos, coverage in stories:
        names = {info.id: md_escape(info.outlet) for info in infos}
        out += [f"## {md_escape(title)}", ""]
        out += [
            f"{md_escape(date) + ' · ' if date else ''}{len(infos)} sources, "
            f"{len(coverage.facts)} facts, {coverage.one_source_facts()} carried by one "
            "source only",
            "",
            "| source | outlet | URL |",
            "| --- | --- | --- |",
        ]
        out += [f"| {md_escape(i.label)} | {md_escape(i.outlet)} | {_url(i)} |" for i in infos]
        out.append("")
        for group in coverage.copy_groups():
            out.append("Same copy: " + " + ".join(names.get(g, md_escape(g)) for g in group))
            out.append("")
        out += ["### Pairs by shared wording", "", "| shared | pair | |", "| --: | --- | --- |"]
        for row in pair_rows(coverage):
            s, t = coverage.sources[row.s], coverage.sources[row.t]
            notes = ", ".join(
                note
                for note, on in (
                    ("closest", row.closest),
                    ("most different", row.most_different),
                    ("same copy", row.same_copy),
                )
                if on
            )
            out.append(f"| {row.score:.0%} | {names.get(s, s)} ⇄ {names.get(t, t)} | {notes} |")
        out.append("")
        if coverage.facts:
            out += [f"### Facts × sources ({len(coverage.facts)})", ""]
            out.append("| fact | kind | " + " | ".join(names.get(i.id, "") for i in infos) + " |")
            out.append("| --- | --- | " + " | ".join(":-:" for _ in infos) + " |")
            for fact, kind, carried in zip(
                coverage.facts, coverage.kinds, coverage.carried, strict=True
            ):
                sole = sum(carried) == 1
                cells = " | ".join(("◆" if sole else "●") if on else "" for on in carried)
                out.append(f"| {md_escape(fact)} | {kind.value} | {cells} |")
            out += ["", "● carries the fact · ◆ the only source carrying it", ""]
    return "\n".join(out).rstrip("\n") + "\n"
