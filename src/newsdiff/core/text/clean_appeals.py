"""Cleaning rule for appeals to the reader: "Subscribe now …", "Download our app …".

Pages end an article, or cut it short, with a line addressed to the reader
rather than a statement of the story: "Subscribe now to our eNATION edition for
the full story.", "To view the full story, please subscribe to The Haitian
Times.", "For the latest stories download the Nationnews apps for iOS and
Android.", "Sign up for our newsletter". A news sentence about subscriptions
("Netflix added 9 million subscribers") is a statement, not an imperative, and
has none of these shapes.
"""

from __future__ import annotations

import re

from newsdiff.core.text.clean_rules import ArticleLines, LazyPattern, RemovalReason

MAX_APPEAL_WORDS = 40
"""An appeal is one or two short sentences; a longer line is prose that may
quote one, and is kept."""

_QUOTES = '"“”«»'

# Each alternative is a shape only an appeal has: an imperative to subscribe,
# sign up or download opening the line (after "Please" or a short "For the
# latest …," lead), an offer of "the full story" to whoever subscribes, or a
# word to those who already are subscribers.
_APPEAL = LazyPattern(
    r"""^(?:please\s+|for\s+(?:the\s+)?(?:latest|more|all)\b[^.!?]{0,60}?,?\s+)?
        (?:subscribe|sign\s+up|download\s+(?:the|our)\b[^.!?]{0,40}?\bapps?)\b
    | \bto\s+(?:view|read|see|access|continue\s+reading)\s+(?:the|this)\s+
        (?:full|whole|complete|rest\s+of\s+the)\s+(?:story|article)\b[^.!?]{0,40}?\bsubscribe
    | \bsubscribe\b[^.!?]{0,60}?\bfor\s+the\s+(?:full|whole|complete)\s+(?:story|article)\b
    | \b(?:already\s+a\s+subscriber|you(?:'|’)re\s+already\s+a\s+subscriber)\b
    """,
    re.IGNORECASE | re.VERBOSE,
    clues=("subscri", "sign", "download"),
)


def _is_appeal(text: str) -> bool:
    """Whether a short line is an appeal to the reader (see the module docstring);
    a line quoting one is a statement about it."""
    return not any(q in text for q in _QUOTES) and _APPEAL.search(text) is not None


def remove_reader_appeals(article: ArticleLines) -> None:
    """Lines that ask the reader to subscribe, sign up or download an app."""
    for i in article.nonblank:
        if article.kept(i) and article.words[i] <= MAX_APPEAL_WORDS and _is_appeal(article.text[i]):
            article.remove(i, RemovalReason.READER_APPEAL)
