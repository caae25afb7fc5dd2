"""Boilerplate removal: take out the lines of a scraped page that are not article prose.

Scraped news comes with stock tickers, photo captions and credits, repeated
headlines, teasers for other stories, page chrome, author profiles and
translation notes. The cleaner removes such lines *whole* (never part of a
line), so no word of the article is lost: every non-blank input line is either
kept unchanged or listed in `Cleaned.removed` with a reason the reader can be
shown. Removed lines are blanked in place, so line numbers stay put.

The rules live in `clean_furniture`, `clean_credits`, `clean_appeals`,
`clean_teasers` and `clean_repeats` (the article view they share in
`clean_rules`); `RULES` below is the order they run in.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from newsdiff.core.model import RemovedLine
from newsdiff.core.text.clean_appeals import remove_reader_appeals
from newsdiff.core.text.clean_credits import (
    remove_bylines,
    remove_captions_before_their_credit,
    remove_photo_captions,
    remove_photo_credits,
)
from newsdiff.core.text.clean_furniture import (
    remove_author_blocks,
    remove_link_lists,
    remove_page_furniture,
    remove_stock_tickers,
    remove_timestamps,
    remove_trailing_furniture,
    remove_translation_notes,
    remove_url_lines,
)
from newsdiff.core.text.clean_repeats import remove_repeated_lines
from newsdiff.core.text.clean_rules import ArticleLines
from newsdiff.core.text.clean_teasers import remove_teasers

Rule = Callable[[ArticleLines], None]

RULES: tuple[Rule, ...] = (
    # Lines recognisable on their own come first ...
    remove_stock_tickers,
    remove_photo_credits,
    remove_captions_before_their_credit,
    remove_translation_notes,
    remove_page_furniture,
    remove_link_lists,
    remove_url_lines,
    remove_reader_appeals,
    remove_author_blocks,
    remove_bylines,
    remove_timestamps,
    # ... then rules that weigh a line against its neighbours and the rest of
    # the article. Captions go before repetition, so a prose sentence that
    # repeats an earlier caption is the copy that stays.
    remove_photo_captions,
    remove_teasers,
    remove_repeated_lines,
    # Last, the tail after the final paragraph, judged by what was found in it.
    remove_trailing_furniture,
)
"""The cleaning rules, in the order they run; the first rule to remove a line names it."""


class Cleaned(NamedTuple):
    """An article with its boilerplate lines taken out."""

    lines: tuple[str, ...]
    """The input lines (text.split("\\n")), with every removed line replaced by "" so
    line numbers stay put."""
    removed: tuple[RemovedLine, ...]
    """Removed lines in input order, each with its reason and 1-based line number."""

    @property
    def text(self) -> str:
        """The kept lines joined by newlines."""
        return "\n".join(self.lines)


def clean_text(text: str) -> Cleaned:
    """Remove boilerplate lines from an article.

    Args:
        text: the article as loaded (newlines normalised to "\\n").

    Returns:
        The kept lines (removed ones blanked) and the removed lines with reasons.
    """
    article = ArticleLines(text.split("\n"))
    for rule in RULES:
        rule(article)
    lines = tuple(
        line if reason is None else ""
        for line, reason in zip(article.lines, article.reasons, strict=True)
    )
    removed = tuple(
        RemovedLine(text=line, reason=reason.value, line=number)
        for number, (line, reason) in enumerate(
            zip(article.lines, article.reasons, strict=True), start=1
        )
        if reason is not None
    )
    return Cleaned(lines=lines, removed=removed)
