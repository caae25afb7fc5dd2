"""A Markdown article to text: link text kept, addresses and images removed with a reason.

Markdown is read as the text it renders to, line for line (so line numbers stay
those of the file): `[text](address)` keeps its text, `![alt](image)` and bare
`<https://…>` links go, reference definitions (`[1]: https://…`) go, `#`
headings lose their marks and so become headline sentences of their own, list
and quotation marks and `**emphasis**` marks are dropped. Every word taken out
is a `RemovedLine` with its reason, so nothing is lost.
"""

from __future__ import annotations

import re

from newsdiff.core.model import RemovedLine

# Every span is bounded (`SPAN` characters): unbounded, a line of 30,000 "["
# or "**a " took 15 s, each opening mark scanning the rest of the line.
SPAN = 500
"""Longest link text, image alt text, emphasis or code span read as one, in
characters (a link's address: 4 × as long); a longer one is left as written."""
_IMAGE = re.compile(
    rf"!\[([^\]\n]{{0,{SPAN}}})\]\(\s*([^)\s]{{0,{4 * SPAN}}})(?:\s+\"[^\"\n]{{0,{SPAN}}}\")?\s*\)"
)
_LINK = re.compile(
    rf"(?<!!)\[([^\]\n]{{1,{SPAN}}})\]\(\s*([^)\s]{{0,{4 * SPAN}}})"
    rf"(?:\s+\"[^\"\n]{{0,{SPAN}}}\")?\s*\)"
)
_REF_LINK = re.compile(rf"(?<!!)\[([^\]\n]{{1,{SPAN}}})\]\[[^\]\n]{{0,{SPAN}}}\]")
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^>\s]+)>")
_REF_DEF = re.compile(r"^\s{0,3}\[[^\]\n]+\]:\s*\S+.*$")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^\s{0,3}(?:=+|-+)\s*$")
_RULE = re.compile(r"^\s{0,3}(?:[-*_]\s*){3,}$")
_MARKS = re.compile(r"^\s{0,3}(?:>\s?)+|^\s*(?:[-*+]|\d{1,9}[.)])\s+")
_EMPHASIS = re.compile(
    rf"(\*\*|__|~~)(?=\S)(.{{1,{SPAN}}}?)(?<=\S)\1"
    rf"|(?<![\w*])\*(?=\S)([^*\n]{{1,{SPAN}}}?)(?<=\S)\*(?!\*)"
)
_CODE = re.compile(rf"`([^`\n]{{1,{SPAN}}})`")
_HTML_TAG = re.compile(rf"</?[a-zA-Z][^>\n]{{0,{SPAN}}}>")


def read_markdown(text: str) -> tuple[str, tuple[RemovedLine, ...]]:
    """The text a Markdown article renders to, and what was taken out.

    Returns:
        The rendered text (as many lines as the input) and the removed pieces:
        images, link addresses, reference definitions, raw HTML tags, each with
        its 1-based line.
    """
    out: list[str] = []
    removed: list[RemovedLine] = []
    fenced = False
    for number, line in enumerate(text.split("\n"), start=1):
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
            if line.strip().strip("`~").strip():
                removed.append(RemovedLine(line.strip(), "code block mark", number))
            out.append("")
            continue
        if fenced:
            out.append(line)
            continue
        if _REF_DEF.match(line):
            removed.append(RemovedLine(line.strip(), "link address", number))
            out.append("")
            continue
        if _RULE.match(line) or (_SETEXT.match(line) and out and out[-1].strip()):
            out.append("")
            continue

        def image(match: re.Match[str], number: int = number) -> str:
            removed.append(RemovedLine(match.group(0), "image", number))
            return ""

        def link(match: re.Match[str], number: int = number) -> str:
            if match.group(2):
                removed.append(RemovedLine(match.group(2), "link address", number))
            return match.group(1)

        def autolink(match: re.Match[str], number: int = number) -> str:
            removed.append(RemovedLine(match.group(1), "link address", number))
            return ""

        def tag(match: re.Match[str], number: int = number) -> str:
            if any(ch.isalnum() for ch in match.group(0)):
                removed.append(RemovedLine(match.group(0), "HTML tag", number))
            return ""

        heading = _HEADING.match(line)
        body = heading.group(1) if heading else _MARKS.sub("", line)
        body = _IMAGE.sub(image, body)
        body = _LINK.sub(link, body)
        body = _REF_LINK.sub(lambda m: m.group(1), body)
        body = _AUTOLINK.sub(autolink, body)
        body = _HTML_TAG.sub(tag, body)
        body = _EMPHASIS.sub(lambda m: m.group(2) or m.group(3) or "", body)
        body = _CODE.sub(lambda m: m.group(1), body)
        body = body.replace("\\", "") if "\\" in body else body
        out.append(body.strip() if heading else body.rstrip())
    return "\n".join(out), tuple(removed)
