"""Words one outlet may use where another uses a related one, from WordNet 3.0.

`lexicon/paraphrases.tsv.gz` holds pairs of normalised content words
(`align.similarity.normalise_token` forms) that WordNet gives as synonyms (one
synset, among each word's two most frequent senses) or as derivations of one
another (invite / invitation); `scripts/build_paraphrases.py` builds it from
Debian's `wordnet-base`, licence in `lexicon/LICENSE-WordNet.txt`. The table is
read on first use (a few milliseconds), never at import time.
"""

from __future__ import annotations

import gzip
from functools import cache

from newsdiff.core.words.lexicon import LEXICON_DIR

TABLE_FORMAT = "newsdiff-paraphrases 1"
"""First line of `paraphrases.tsv.gz` (scripts/build_paraphrases.py writes it)."""

_EMPTY: frozenset[str] = frozenset()


@cache
def _table() -> dict[str, frozenset[str]]:
    """word -> the words WordNet relates to it (not itself)."""
    path = LEXICON_DIR / "paraphrases.tsv.gz"
    lines = gzip.decompress(path.read_bytes()).decode("utf-8").splitlines()
    if not lines or lines[0] != TABLE_FORMAT:
        raise ValueError(f"{path}: not a {TABLE_FORMAT!r} table")
    found: dict[str, set[str]] = {}
    for line in lines[1:]:
        left, _, right = line.partition("\t")
        found.setdefault(left, set()).add(right)
        found.setdefault(right, set()).add(left)
    return {word: frozenset(related) for word, related in found.items()}


def related_keys(token: str) -> frozenset[str]:
    """The normalised words WordNet relates to the normalised word `token`
    (synonyms and derivations), empty when it relates none."""
    return _table().get(token, _EMPTY)
