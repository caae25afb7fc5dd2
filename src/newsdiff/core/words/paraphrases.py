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

TABLE_FORMAT = "newsdiff-paraphrases 2"
"""First line of `paraphrases.tsv.gz` (scripts/build_paraphrases.py writes it):
then one line a word, `word<TAB>related related …`, each relation listed under
both of its words, so a lookup needs no table built from pairs."""

_EMPTY: frozenset[str] = frozenset()


@cache
def _table() -> dict[str, str]:
    """word -> the words WordNet relates to it, space-separated (not itself).

    One split of the whole text and a dict of strings: building sets for all
    44k words at load took 55 ms of a one-shot diff; a word's set is made
    when it is looked up (`related_keys`)."""
    path = LEXICON_DIR / "paraphrases.tsv.gz"
    text = gzip.decompress(path.read_bytes()).decode("utf-8")
    head, _, body = text.partition("\n")
    if head != TABLE_FORMAT:
        raise ValueError(f"{path}: not a {TABLE_FORMAT!r} table")
    fields = body.replace("\n", "\t").split("\t")
    return dict(zip(fields[0:-1:2], fields[1::2], strict=True))


@cache
def related_keys(token: str) -> frozenset[str]:
    """The normalised words WordNet relates to the normalised word `token`
    (synonyms and derivations), empty when it relates none."""
    related = _table().get(token)
    return frozenset(related.split(" ")) if related else _EMPTY
