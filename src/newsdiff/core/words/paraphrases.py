"""Words one outlet may use where another uses a related one, from WordNet 3.0.

`lexicon/paraphrases.idx` relates normalised content words
(`align.similarity.normalise_token` forms) that WordNet gives as synonyms (one
synset, among each word's two most frequent senses) or as derivations of one
another (invite / invitation); `scripts/build_paraphrases.py` builds it from
Debian's `wordnet-base`, licence in `lexicon/LICENSE-WordNet.txt`. Its only
user is the sentence aligner (`align.claims`).

Like the word list (`words.lexicon`), the table is plain text grouped by the
first `PREFIX` letters of each word, with an index of where each group starts:
the first lookup reads the file and the index, and a group is split into a dict
only when one of its words is looked up. An article touches a few hundred of
the table's groups; decompressing and splitting all 44k lines at the first
lookup took about 19 ms of a one-shot diff. Nothing is read at import time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from newsdiff.core.words.lexicon import LEXICON_DIR

TABLE_FORMAT = "newsdiff-paraphrases 3"
"""First line of `paraphrases.idx` (scripts/build_paraphrases.py writes it):
then the prefixes in order, each group's start offset in the body (plus its
end), and the body: one line a word, `word<TAB>related related …`, sorted by
prefix then word, each relation listed under both of its words."""

PREFIX = 3
"""Words are grouped by this many leading characters."""

_EMPTY: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class _Table:
    """The table as prefix groups of lines, each split into a dict on first use."""

    body: str
    """Every `word<TAB>related …` line, grouped by prefix."""
    spans: dict[str, tuple[int, int]]
    """prefix -> start and end offset of its group in `body`."""
    groups: dict[str, dict[str, str]] = field(default_factory=dict)
    """prefix -> {word: its related words, space-separated}, filled as looked up."""

    def related(self, word: str) -> str:
        """The words related to `word`, space-separated ("" for none)."""
        prefix = word[:PREFIX]
        group = self.groups.get(prefix)
        if group is None:
            group = {}
            span = self.spans.get(prefix)
            if span is not None:
                fields = self.body[span[0] : span[1]].replace("\n", "\t").split("\t")
                group = dict(zip(fields[0:-1:2], fields[1::2], strict=True))
            # Racing threads build the same dict; either one may win.
            self.groups[prefix] = group
        return group.get(word, "")


@cache
def _table() -> _Table:
    """Read paraphrases.idx: format line, prefixes, offsets, body."""
    path = LEXICON_DIR / "paraphrases.idx"
    head, prefixes, offsets, body = path.read_text(encoding="utf-8").split("\n", 3)
    if head != TABLE_FORMAT:
        raise ValueError(f"{path}: not a {TABLE_FORMAT!r} table")
    bounds = [int(x) for x in offsets.split()]
    # Each group's span leaves out its last newline, so it splits into whole fields.
    spans = {p: (bounds[i], bounds[i + 1] - 1) for i, p in enumerate(prefixes.split())}
    return _Table(body, spans)


@cache
def related_keys(token: str) -> frozenset[str]:
    """The normalised words WordNet relates to the normalised word `token`
    (synonyms and derivations), empty when it relates none."""
    related = _table().related(token)
    return frozenset(related.split(" ")) if related else _EMPTY
