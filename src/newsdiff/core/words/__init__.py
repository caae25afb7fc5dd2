"""Word lists and lexicons, each defined once and shared by the stages that read words.

Every list is a module-level constant with a docstring naming its users; regular
expressions over a list are built from it (on first use) rather than typed again.
"""

from __future__ import annotations


def word_set(words: str) -> frozenset[str]:
    """The whitespace-separated words of a literal, as a set: the one style of every list."""
    return frozenset(words.split())
