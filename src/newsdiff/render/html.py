"""HTML reports: one self-contained page, valid HTML5, nothing loaded from the network.

`comparison_html` shows a pair as the app does: aligned rows side by side,
changed words in their kind's colour (from `palette`, light and dark by
`prefers-color-scheme`), the row mark and match strength of each row, then the
facts, typos and removed boilerplate (in `<details>`, with reasons).
`coverage_html` shows the coverage of stories: facts x sources, every pair by
shared wording, copy groups.

Article text, titles, outlets, URLs and file names are untrusted. Every one
goes through `_esc`: control characters and bidi overrides made visible (as
the terminal output does), characters HTML forbids escaped as text, then
`html.escape`, so a page containing `<script>` shows it as text. Links are
made only for http(s) URLs. No script is emitted; the page needs none.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Sequence

from newsdiff import __version__
from newsdiff.core.model import (
    Change,
    ChangeKind,
    Comparison,
    FactKind,
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
from newsdiff.render.palette import KIND_COLOURS, SIDE_BACKGROUNDS, SIDE_COLOURS
from newsdiff.render.runs import marked_pieces
from newsdiff.render.safe import visible_line

# Characters an HTML5 parser reports as errors in text: surrogates (which
# cannot even be encoded) and noncharacters.
_NOT_IN_HTML = re.compile(
    "[\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
    + "".join(f"\\U{p:04x}fffe\\U{p:04x}ffff" for p in range(1, 17))
    + "]"
)

_ROW_CLASSES = {kind: kind.value.replace("_", "-") for kind in RowKind}


def _esc(text: str) -> str:
    """Untrusted text as HTML text (or attribute value): safe and visible."""
    safe = _NOT_IN_HTML.sub(lambda m: f"\\u{ord(m.group()):04x}", visible_line(text))
    return html.escape(safe, quote=True)


def _css() -> str:
    light = [f"--{k.value}: {c.light};" for k, c in KIND_COLOURS.items() if c.light]
    dark = [f"--{k.value}: {c.dark};" for k, c in KIND_COLOURS.items() if c.dark]
    for side, colour in SIDE_COLOURS.items():
        light.append(f"--side-{side}: {colour.light}; --bg-{side}: {SIDE_BACKGROUNDS[side][0]};")
        dark.append(f"--side-{side}: {colour.dark}; --bg-{side}: {SIDE_BACKGROUNDS[side][1]};")
    kinds = []
    for kind, colour in KIND_COLOURS.items():
        if kind is ChangeKind.WORDING:
            continue
        weight = "font-weight: bold; " if colour.emphasis == "bold" else ""
        kinds.append(
            f".k-{kind.value} {{ color: var(--{kind.value}); {weight}"
            "text-decoration: underline; text-decoration-thickness: 2px; }"
        )
    return "\n".join(
        [
            ":root { color-scheme: light dark; --fg: #1f2328; --bg: #ffffff; --muted: #59636e;",
            "  --line: #d1d9e0; --shade: #f2f4f6; " + " ".join(light) + " }",
            "@media (prefers-color-scheme: dark) {",
            "  :root { --fg: #e6edf3; --bg: #161b22; --muted: #9aa5b1; --line: #3d444d;",
            "    --shade: #21262d; " + " ".join(dark) + " } }",
            "body { font: 15px/1.5 system-ui, -apple-system, 'Segoe UI', sans-serif;",
            "  color: var(--fg); background: var(--bg); margin: 0 auto; padding: 1rem 1.5rem;",
            "  max-width: 1600px; }",
            "h1 { font-size: 1.4rem; margin: 0.2rem 0 0.8rem; }",
            "h2 { font-size: 1.15rem; margin: 1.6rem 0 0.6rem; }",
            "h3 { font-size: 1rem; margin: 1rem 0 0.4rem; } .sources h3 { margin-top: 0.2rem; }",
            "table { border-collapse: collapse; width: 100%; }",
            "th, td { text-align: left; vertical-align: top; padding: 0.35rem 0.5rem;",
            "  border-bottom: 1px solid var(--line); }",
            "th { font-weight: 600; }",
            ".muted, .legend, footer { color: var(--muted); }",
            ".sources { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }",
            ".sources section { border: 1px solid var(--line); border-radius: 6px;",
            "  padding: 0.5rem 0.8rem; }",
            ".sources dl { display: grid; grid-template-columns: max-content 1fr; gap: 0 0.8rem;",
            "  margin: 0; } .sources dt { color: var(--muted); } .sources dd { margin: 0;",
            "  overflow-wrap: anywhere; }",
            ".diff td.text { width: 46%; overflow-wrap: anywhere; }",
            ".diff td.mark { width: 1.5rem; text-align: center; font-weight: bold;",
            "  font-family: ui-monospace, monospace; }",
            ".diff td.score { width: 5rem; white-space: nowrap; font-size: 0.85rem;",
            "  color: var(--muted); }",
            ".diff td.none { background: var(--shade); }",
            ".diff tr.only-a td.a { background: var(--bg-a); }",
            ".diff tr.only-b td.b { background: var(--bg-b); }",
            ".diff tr.moved td.mark { color: var(--name); }",
            "del, ins { text-decoration: none; }",
            ".k-wording.a { background: var(--bg-a); color: var(--side-a);",
            "  text-decoration: line-through; }",
            ".k-wording.b { background: var(--bg-b); color: var(--side-b); }",
            *kinds,
            "meter { width: 3rem; height: 0.7rem; vertical-align: middle; }",
            ".legend span + span { margin-left: 0.9rem; }",
            ".facts { display: grid; grid-template-columns: repeat(3, 1fr); gap: 1rem; }",
            ".facts ul { margin: 0; padding-left: 1.2rem; }",
            ".kind { color: var(--muted); font-size: 0.85rem; }",
            ".vs { color: var(--muted); }",
            "details { margin: 0.4rem 0; } summary { cursor: pointer; }",
            "td.carried { text-align: center; } td.sole { color: var(--number);",
            "  font-weight: bold; }",
            "@media (max-width: 800px) { .sources, .facts { grid-template-columns: 1fr; } }",
        ]
    )


def _page(title: str, body: Iterable[str]) -> str:
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="en">',
            "<head>",
            '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f'<meta name="generator" content="newsdiff {_esc(__version__)}">',
            f"<title>{title}</title>",
            f"<style>\n{_css()}\n</style>",
            "</head>",
            "<body>",
            *body,
            f"<footer><p>Made by newsdiff {_esc(__version__)}.</p></footer>",
            "</body>",
            "</html>",
            "",
        ]
    )


def _link(info: SourceInfo) -> str:
    if info.link:
        return f'<a href="{_esc(info.link)}" rel="noreferrer">{_esc(info.url)}</a>'
    return _esc(info.url)


def _source_card(info: SourceInfo) -> str:
    fields = [
        ("outlet", _esc(info.outlet)),
        ("title", _esc(info.title)),
        ("date", _esc(info.date)),
        ("URL", _link(info) if info.url else ""),
        ("file", _esc(info.path) if info.path not in ("", "-") else ""),
        ("id", _esc(info.id)),
    ]
    if info.path == "-":
        fields.append(("from", "standard input"))
    rows = "".join(f"<dt>{name}</dt><dd>{value}</dd>" for name, value in fields if value)
    return f"<section><h3>{_esc(info.label)}: {_esc(info.outlet)}</h3><dl>{rows}</dl></section>"


def _marked(text: str, changes: Iterable[Change], side: str) -> str:
    """A row's text on one side with each change wrapped in its kind's element."""
    tag = "del" if side == "a" else "ins"
    out: list[str] = []
    for piece, change in marked_pieces(text, changes, side):
        if change is None:
            out.append(_esc(piece))
        else:
            kind = change.kind.value
            out.append(f'<{tag} class="k-{kind} {side}" title="{kind}">{_esc(piece)}</{tag}>')
    return "".join(out)


def _legend() -> str:
    kinds = "".join(f'<span><ins class="k-{k.value} b">{k.value}</ins></span>' for k in ChangeKind)
    marks = "".join(
        f"<span><b>{html.escape(ROW_MARKS[k])}</b> {meaning}</span>"
        for k, meaning in ROW_MEANINGS.items()
    )
    return (
        f'<p class="legend"><span>kinds:</span>{kinds}</p>'
        f'<p class="legend"><span>rows:</span>{marks}<span>match: how alike the two sides of'
        f" a row are</span><span><b>{PARTIAL_MARK}</b> {html.escape(PARTIAL_MEANING)}</span></p>"
    )


def _summary(comparison: Comparison) -> str:
    parts = row_count_parts(comparison)
    changes = ", ".join(
        f'<span class="k-{k}">{n} {k}</span>' for k, n in comparison.change_counts.items() if n
    )
    text = ", ".join(parts) + f" · similarity {comparison.similarity:.0%}"
    return (
        f'<p class="summary"><b>{text}</b>' + (f" · changes: {changes}" if changes else "") + "</p>"
    )


def _diff_table(comparison: Comparison, a: SourceInfo, b: SourceInfo) -> str:
    out = [
        '<table class="diff">',
        f'<thead><tr><th scope="col"><span class="muted">row</span></th>'
        f'<th scope="col">A: {_esc(a.outlet)}</th><th scope="col">B: {_esc(b.outlet)}</th>'
        '<th scope="col">match</th></tr></thead>',
        "<tbody>",
    ]
    for row in comparison.rows:
        a_text = comparison.a.row_text(row.a)
        b_text = comparison.b.row_text(row.b)
        name = ROW_MEANINGS.get(row.kind, row.kind.value)
        mark = f'<td class="mark" title="{name}">{html.escape(ROW_MARKS[row.kind])}</td>'
        if row.kind is RowKind.ONLY_A:
            cells = f'<td class="text a">{_esc(a_text)}</td><td class="text b none"></td>'
            score = '<td class="score"></td>'
        elif row.kind is RowKind.ONLY_B:
            cells = f'<td class="text a none"></td><td class="text b">{_esc(b_text)}</td>'
            score = '<td class="score"></td>'
        else:
            cells = (
                f'<td class="text a">{_marked(a_text, row.changes, "a")}</td>'
                f'<td class="text b">{_marked(b_text, row.changes, "b")}</td>'
            )
            value = max(0.0, min(1.0, row.score))
            partial = closeness_mark(row)
            after = (
                f' <span class="partial" title="{html.escape(PARTIAL_MEANING)}">'
                f"{html.escape(partial)}</span>"
                if partial
                else ""
            )
            score = (
                f'<td class="score"><meter min="0" max="1" value="{value:.2f}"></meter>'
                f" {value:.0%}{after}</td>"
            )
        out.append(f'<tr class="{_ROW_CLASSES[row.kind]}">{mark}{cells}{score}</tr>')
    out += ["</tbody>", "</table>"]
    return "\n".join(out)


def _facts(comparison: Comparison) -> str:
    def fact_list(title: str, facts: Sequence[tuple[str, FactKind]]) -> str:
        items = "".join(
            f'<li>{_esc(text)} <span class="kind">{kind.value}</span></li>' for text, kind in facts
        )
        body = f"<ul>{items}</ul>" if facts else '<p class="muted">none</p>'
        return f"<section><h3>{title} ({len(facts)})</h3>{body}</section>"

    facts = comparison.facts
    conflicts = "".join(
        f'<li><span class="k-wording a">{_esc(c.a)}</span> <span class="vs">≠</span> '
        f'<span class="k-wording b">{_esc(c.b)}</span> <span class="kind">{c.kind.value}</span>'
        "</li>"
        for c in facts.conflicts
    )
    return (
        '<h2 id="facts">Facts</h2><div class="facts">'
        + fact_list("Only in A", [(f.text, f.kind) for f in facts.only_a])
        + fact_list("Only in B", [(f.text, f.kind) for f in facts.only_b])
        + f"<section><h3>Conflicts ({len(facts.conflicts)})</h3>"
        + (f"<ul>{conflicts}</ul>" if conflicts else '<p class="muted">none</p>')
        + "</section></div>"
    )


def _typos_and_removed(comparison: Comparison, infos: Sequence[SourceInfo]) -> str:
    out: list[str] = []
    sides = (comparison.a, comparison.b)
    typos = [(info, side) for info, side in zip(infos, sides, strict=True) if side.typos]
    if typos:
        out.append('<h2 id="typos">Typos</h2>')
        for info, side in typos:
            items = "".join(
                f'<li><span class="k-typo">{_esc(t.text)}</span> → {_esc(t.suggestion)}</li>'
                for t in side.typos
            )
            out.append(f"<h3>{_esc(info.label)}: {_esc(info.outlet)}</h3><ul>{items}</ul>")
    out.append('<h2 id="removed">Removed boilerplate</h2>')
    for info, side in zip(infos, sides, strict=True):
        head = f"{_esc(info.label)}: {_esc(info.outlet)}, {len(side.removed)} lines"
        if not side.removed:
            out.append(f'<p class="muted">{head}</p>')
            continue
        lines = "".join(
            f"<tr><td>{line.line}</td><td>{_esc(line.reason)}</td><td>{_esc(line.text)}</td></tr>"
            for line in side.removed
        )
        out.append(
            f"<details><summary>{head}</summary><table><thead><tr><th>line</th>"
            f"<th>reason</th><th>text</th></tr></thead><tbody>{lines}</tbody></table></details>"
        )
    return "\n".join(out)


def comparison_html(
    comparison: Comparison,
    a: SourceInfo,
    b: SourceInfo,
    *,
    heading: str = "",
) -> str:
    """The report of one pair as a complete HTML5 page.

    Args:
        comparison: the comparison to show.
        a: what is known about the A source (outlet, title, date, URL, file).
        b: the same for B.
        heading: a line above the pair (the story's title and date), if any.
    """
    title = f"{_esc(a.outlet)} vs {_esc(b.outlet)} · newsdiff"
    body = [
        "<header>",
        f'<p class="muted">{_esc(heading)}</p>' if heading else "",
        f'<h1>{_esc(a.outlet)} <span class="vs">vs</span> {_esc(b.outlet)}</h1>',
        f'<div class="sources">{_source_card(a)}{_source_card(b)}</div>',
        _summary(comparison),
        _legend(),
        "</header>",
        "<main>",
        _diff_table(comparison, a, b),
        _facts(comparison),
        _typos_and_removed(comparison, (a, b)),
        "</main>",
    ]
    return _page(title, [line for line in body if line])


def _coverage_section(
    number: int,
    title: str,
    date: str,
    infos: Sequence[SourceInfo],
    coverage: Coverage,
) -> str:
    names = {info.id: info.outlet for info in infos}
    out = [
        f'<section id="story-{number}">',
        f"<h2>{_esc(title)}</h2>",
        f'<p class="muted">{_esc(date)}{" · " if date else ""}{len(infos)} sources, '
        f"{len(coverage.facts)} facts, {coverage.one_source_facts()} carried by one source"
        " only</p>",
    ]
    # Title and date columns only when the loader found some (web pages).
    columns: list[tuple[str, Callable[[SourceInfo], str]]] = [("outlet", lambda i: _esc(i.outlet))]
    if any(info.title for info in infos):
        columns.append(("title", lambda i: _esc(i.title)))
    if any(info.date for info in infos):
        columns.append(("date", lambda i: _esc(i.date)))
    columns.append(("URL", _link))
    head = "".join(f"<th>{name}</th>" for name, _ in columns)
    out.append(f'<table class="story-sources"><thead><tr><th>source</th>{head}</tr></thead><tbody>')
    for info in infos:
        cells = "".join(f"<td>{cell(info)}</td>" for _, cell in columns)
        out.append(f"<tr><td>{_esc(info.label)}</td>{cells}</tr>")
    out.append("</tbody></table>")
    groups = coverage.copy_groups()
    if groups:
        out.append("<h3>Same copy</h3><ul>")
        for group in groups:
            out.append("<li>" + " + ".join(_esc(names.get(g, g)) for g in group) + "</li>")
        out.append("</ul>")
    out.append("<h3>Pairs by shared wording</h3>")
    out.append(
        '<table class="pairs"><thead><tr><th>shared</th><th>pair</th><th></th></tr></thead><tbody>'
    )
    for row in pair_rows(coverage):
        s, t = coverage.sources[row.s], coverage.sources[row.t]
        notes = [
            note
            for note, on in (
                ("closest", row.closest),
                ("most different", row.most_different),
                ("same copy", row.same_copy),
            )
            if on
        ]
        out.append(
            f'<tr><td><meter min="0" max="1" value="{row.score:.2f}"></meter> {row.score:.0%}</td>'
            f"<td>{_esc(names.get(s, s))} ⇄ {_esc(names.get(t, t))}</td>"
            f'<td class="muted">{", ".join(notes)}</td></tr>'
        )
    out.append("</tbody></table>")
    out.append(f"<h3>Facts × sources ({len(coverage.facts)})</h3>")
    if coverage.facts:
        head = "".join(f'<th scope="col">{_esc(info.outlet)}</th>' for info in infos)
        out.append(
            '<table class="matrix"><thead><tr><th scope="col">fact</th><th scope="col">kind</th>'
            f"{head}</tr></thead><tbody>"
        )
        for fact, kind, carried in zip(
            coverage.facts, coverage.kinds, coverage.carried, strict=True
        ):
            sole = sum(carried) == 1
            cells = "".join(
                (f'<td class="carried{" sole" if sole else ""}">{"◆" if sole else "●"}</td>')
                if on
                else '<td class="carried"></td>'
                for on in carried
            )
            out.append(f'<tr><td>{_esc(fact)}</td><td class="kind">{kind.value}</td>{cells}</tr>')
        out.append("</tbody></table>")
        out.append('<p class="legend">● carries the fact · ◆ the only source carrying it</p>')
    out.append("</section>")
    return "\n".join(out)


def coverage_html(
    stories: Sequence[tuple[str, str, Sequence[SourceInfo], Coverage]],
    *,
    heading: str = "",
) -> str:
    """The coverage of stories as one HTML5 page.

    Args:
        stories: per story its title, date, sources (in coverage order) and coverage.
        heading: what the page covers (the corpus folder), if anything.
    """
    if len(stories) == 1:
        page_title = f"{_esc(stories[0][0])} · newsdiff coverage"
    else:
        page_title = f"{len(stories)} stories · newsdiff coverage"
    body = ["<header>", f"<h1>Coverage{': ' + _esc(heading) if heading else ''}</h1>"]
    if len(stories) > 1:
        body.append("<nav><ol>")
        body += [
            f'<li><a href="#story-{n}">{_esc(title)}</a></li>'
            for n, (title, *_rest) in enumerate(stories, 1)
        ]
        body.append("</ol></nav>")
    body.append("</header><main>")
    for number, (title, date, infos, coverage) in enumerate(stories, 1):
        body.append(_coverage_section(number, title, date, infos, coverage))
    body.append("</main>")
    return _page(page_title, body)
