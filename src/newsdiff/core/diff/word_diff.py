"""Word-level differences inside an aligned row, each named by kind.

Tokens of both sides are diffed by their longest common subsequence (rapidfuzz
`Indel` opcodes, as wdiff does): a rewritten sentence keeps every run of words
the two outlets share, even when the rest moved around it. Edit-distance
opcodes would pair words by position instead ("21" -> "by" as a changed
number). Adjacent edits merge into one hunk, so a deleted word next to an
inserted one is one replacement (honor -> honour) and a run-together word
meets its split form ("Unon" / "Un on"); punctuation at a hunk's edge is split
off into its own change, so "honor" / "honour," is a spelling change plus an
inserted comma.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from rapidfuzz.distance import Indel, Opcodes

from newsdiff.core.diff.classify import classify_change
from newsdiff.core.model import Change, ChangeKind, Token
from newsdiff.core.text.segment import tokenize
from newsdiff.core.words.stopwords import FUNCTION_WORDS


class WordDiff(NamedTuple):
    """The changes of one row and how many tokens both sides share."""

    changes: tuple[Change, ...]
    """Classified changes in reading order."""
    shared: int
    """Tokens equal on both sides."""
    total: int
    """Tokens on both sides together."""


def diff_words(a_text: str, b_text: str) -> WordDiff:
    """Diff two aligned texts word by word and classify every change.

    The diff runs in one canonical order (the smaller text first) and is
    mirrored for the other, so compare(a, b) mirrors compare(b, a) exactly:
    the opcodes break ties by direction.

    Args:
        a_text: the row's A text.
        b_text: the row's B text.

    Returns:
        The changes with spans into `a_text` / `b_text`, and token counts.
    """
    if b_text < a_text:
        mirror = diff_words(b_text, a_text)
        return WordDiff(
            tuple(
                Change(kind=c.kind, a=c.b, b=c.a, a_span=c.b_span, b_span=c.a_span)
                for c in mirror.changes
            ),
            mirror.shared,
            mirror.total,
        )
    a_tokens = tokenize(a_text)
    b_tokens = tokenize(b_text)
    total = len(a_tokens) + len(b_tokens)
    if a_text == b_text:
        return WordDiff((), len(a_tokens) * 2, total)
    # Matched without regard to case, so "Crucifix Crushes Man" in a Title Case
    # headline still lines up with "crucifix crushes man"; the case differences
    # inside such a run are then changes of their own. When matching by case
    # lines up no more words, the exact matching wins: "The" then finds its own
    # "The", not the first "the" of a sentence wrapped around it.
    exact = Indel.opcodes([t.text for t in a_tokens], [t.text for t in b_tokens])
    folded = Indel.opcodes(
        [t.text.casefold() for t in a_tokens], [t.text.casefold() for t in b_tokens]
    )
    ops = exact if _matched(exact) >= _matched(folded) else folded
    # Words a lone-equality merge folds into an edit are still shared words.
    shared = 2 * _matched(ops)
    spans = _merge_lone_equalities(ops, a_text, b_text, a_tokens, b_tokens)
    # (a_start, a_end, b_start, b_end, case only): a case-only run is a change
    # of its own, never merged with the edits beside it.
    hunks: list[tuple[int, int, int, int, bool]] = []

    def add(a1: int, a2: int, b1: int, b2: int, case_only: bool) -> None:
        if hunks and hunks[-1][4] == case_only and hunks[-1][1] == a1 and hunks[-1][3] == b1:
            hunks[-1] = (hunks[-1][0], a2, hunks[-1][2], b2, case_only)
        else:
            hunks.append((a1, a2, b1, b2, case_only))

    for tag, a1, a2, b1, b2 in spans:
        if tag != "equal":
            add(a1, a2, b1, b2, False)
            continue
        for i, j in zip(range(a1, a2), range(b1, b2), strict=True):
            if a_tokens[i].text != b_tokens[j].text:
                add(i, i + 1, j, j + 1, True)
    changes: list[Change] = []
    for a1, a2, b1, b2, _ in hunks:
        for piece in _split_hunk(a_tokens[a1:a2], b_tokens[b1:b2]):
            changes.append(_make_change(a_text, b_text, a_tokens, b_tokens, a1, b1, *piece))
    return WordDiff(tuple(changes), shared, total)


LONE_EQUALITY_TOKENS = 2
"""The longest run of shared words a rewording may swallow: one or two closed-class
words ("to", "of the") between two reworded phrases. Diff-match-patch's semantic
clean-up takes any equality no longer than the edits on both sides; newsdiff keeps
that rule and caps it, since a longer shared run is a phrase the reader should see.
Measured on arXivEdits dev (scripts/eval_hunks.py)."""


MIN_MERGED_EDIT_TOKENS = 2
"""The fewest tokens (on its longer side) an edit needs to swallow a lone shared word:
a one-word swap beside a shared "has" ("become" / "been") stays its own change, as
wdiff shows it; only phrases rewritten on both sides of the shared word merge."""


def _merge_lone_equalities(
    ops: Opcodes,
    a_text: str,
    b_text: str,
    a_tokens: Sequence[Token],
    b_tokens: Sequence[Token],
) -> list[tuple[str, int, int, int, int]]:
    """Fold a lone common word between two rewordings into one edit.

    "Trying to quell" / "In a bid to calm" reads as one rewording, not as
    `Trying`→`In a bid`, `to`, `quell`→`calm`. An equality goes when it is no
    longer than the edit on either side (diff-match-patch's semantic rule), at
    most `LONE_EQUALITY_TOKENS` tokens, only closed-class words or punctuation
    written alike on both sides, and both edits beside it are wording with no
    digit: a typo, a regional spelling or a number next to a shared "the" keeps
    its own change.

    Returns:
        (tag, a_start, a_end, b_start, b_end) spans, "equal" or "edit", in order.
    """
    out: list[tuple[str, int, int, int, int]] = []
    for op in ops:
        tag = "equal" if op.tag == "equal" else "edit"
        span = (tag, op.src_start, op.src_end, op.dest_start, op.dest_end)
        if tag == "edit" and out and out[-1][0] == "edit":
            out[-1] = ("edit", out[-1][1], span[2], out[-1][3], span[4])
        else:
            out.append(span)
        if (
            tag == "edit"
            and len(out) >= 3
            and out[-3][0] == "edit"
            and _lone_equality(out[-2], a_tokens, b_tokens)
            and _is_rewording(out[-3], a_text, b_text, a_tokens, b_tokens, out[-2])
            and _is_rewording(out[-1], a_text, b_text, a_tokens, b_tokens, out[-2])
        ):
            first = out[-3]
            del out[-3:]
            out.append(("edit", first[1], span[2], first[3], span[4]))
    return out


def _lone_equality(
    span: tuple[str, int, int, int, int], a_tokens: Sequence[Token], b_tokens: Sequence[Token]
) -> bool:
    _, a1, a2, b1, b2 = span
    if a2 - a1 > LONE_EQUALITY_TOKENS:
        return False
    return all(
        x.text == y.text and (not x.is_word or x.text.casefold() in FUNCTION_WORDS)
        for x, y in zip(a_tokens[a1:a2], b_tokens[b1:b2], strict=True)
    )


def _is_rewording(
    span: tuple[str, int, int, int, int],
    a_text: str,
    b_text: str,
    a_tokens: Sequence[Token],
    b_tokens: Sequence[Token],
    equality: tuple[str, int, int, int, int],
) -> bool:
    _, a1, a2, b1, b2 = span
    if max(a2 - a1, b2 - b1) < max(equality[2] - equality[1], MIN_MERGED_EDIT_TOKENS):
        return False
    a_part = a_text[slice(*_span(a_tokens, a1, a2))]
    b_part = b_text[slice(*_span(b_tokens, b1, b2))]
    if any(ch.isdigit() for ch in a_part + b_part):
        return False
    if _names_only(a_tokens[a1:a2]) and _names_only(b_tokens[b1:b2]):
        return False
    return classify_change(a_part, b_part) is ChangeKind.WORDING


def _names_only(tokens: Sequence[Token]) -> bool:
    """Only capitalised words: "Washington" / "The US" is a swap of names the reader should see."""
    return all(t.text[:1].isupper() for t in tokens if t.is_word)


def _split_hunk(a: Sequence[Token], b: Sequence[Token]) -> list[tuple[int, int, int, int]]:
    """Break a hunk into sub-hunks (offsets relative to the hunk).

    Punctuation at either edge of a hunk whose words differ becomes its own
    piece; an n:n hunk of words splits into n one-word replacements, since a
    word-for-word substitution reads best word by word, unless that would pair
    a number with a word ("and was" / "1,320 lb" is one rewording, not the
    number "and" changed into 1,320).
    """
    a_lo, a_hi, b_lo, b_hi = 0, len(a), 0, len(b)
    head: list[tuple[int, int, int, int]] = []
    tail: list[tuple[int, int, int, int]] = []
    # Peel punctuation off the front and back while words remain on both sides.
    while a_lo < a_hi and b_lo < b_hi:
        pa, pb = not a[a_lo].is_word, not b[b_lo].is_word
        if pa and pb:
            head.append((a_lo, a_lo + 1, b_lo, b_lo + 1))
            a_lo, b_lo = a_lo + 1, b_lo + 1
        elif pa and _has_word(a[a_lo + 1 : a_hi]):
            head.append((a_lo, a_lo + 1, b_lo, b_lo))
            a_lo += 1
        elif pb and _has_word(b[b_lo + 1 : b_hi]):
            head.append((a_lo, a_lo, b_lo, b_lo + 1))
            b_lo += 1
        else:
            break
    while a_lo < a_hi and b_lo < b_hi:
        pa, pb = not a[a_hi - 1].is_word, not b[b_hi - 1].is_word
        if pa and pb:
            tail.append((a_hi - 1, a_hi, b_hi - 1, b_hi))
            a_hi, b_hi = a_hi - 1, b_hi - 1
        elif pa and _has_word(a[a_lo : a_hi - 1]):
            tail.append((a_hi - 1, a_hi, b_hi, b_hi))
            a_hi -= 1
        elif pb and _has_word(b[b_lo : b_hi - 1]):
            tail.append((a_hi, a_hi, b_hi - 1, b_hi))
            b_hi -= 1
        else:
            break
    middle: list[tuple[int, int, int, int]] = []
    n = a_hi - a_lo
    if (
        n > 1
        and n == b_hi - b_lo
        and not _run_together(a[a_lo:a_hi], b[b_lo:b_hi])
        and all(
            _is_number(x.text) == _is_number(y.text)
            for x, y in zip(a[a_lo:a_hi], b[b_lo:b_hi], strict=True)
        )
        and not _shares_word(a[a_lo:a_hi], b[b_lo:b_hi])
    ):
        middle = [(a_lo + k, a_lo + k + 1, b_lo + k, b_lo + k + 1) for k in range(n)]
    elif a_lo < a_hi or b_lo < b_hi:
        middle = [(a_lo, a_hi, b_lo, b_hi)]
    return head + middle + tail[::-1]


def _matched(ops: Opcodes) -> int:
    return sum(op.src_end - op.src_start for op in ops if op.tag == "equal")


def _is_number(word: str) -> bool:
    return word[:1].isdigit()


def _has_word(tokens: Sequence[Token]) -> bool:
    return any(t.is_word for t in tokens)


def _shares_word(a: Sequence[Token], b: Sequence[Token]) -> bool:
    """Some word stands on both sides: the hunk swallowed a shared word, so it is one rewording."""
    return not {t.text.casefold() for t in a if t.is_word}.isdisjoint(
        t.text.casefold() for t in b if t.is_word
    )


def _run_together(a: Sequence[Token], b: Sequence[Token]) -> bool:
    """Same letters, different word breaks ("Jong Un" / "Jong-un" spread over n:n)."""
    return "".join(t.text for t in a).lower() == "".join(t.text for t in b).lower()


def _make_change(
    a_text: str,
    b_text: str,
    a_tokens: Sequence[Token],
    b_tokens: Sequence[Token],
    a_base: int,
    b_base: int,
    a1: int,
    a2: int,
    b1: int,
    b2: int,
) -> Change:
    a_span = _span(a_tokens, a_base + a1, a_base + a2)
    b_span = _span(b_tokens, b_base + b1, b_base + b2)
    a_part = a_text[a_span[0] : a_span[1]]
    b_part = b_text[b_span[0] : b_span[1]]
    kind = classify_change(a_part, b_part) if (a_part or b_part) else ChangeKind.WORDING
    return Change(kind=kind, a=a_part, b=b_part, a_span=a_span, b_span=b_span)


def _span(tokens: Sequence[Token], lo: int, hi: int) -> tuple[int, int]:
    """Character span of tokens[lo:hi]; an empty range sits after tokens[lo-1]."""
    if hi > lo:
        return tokens[lo].start, tokens[hi - 1].end
    if lo > 0:
        pos = tokens[lo - 1].end
    elif tokens:
        pos = tokens[0].start
    else:
        pos = 0
    return pos, pos
