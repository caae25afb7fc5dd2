"""Words one outlet may use where another uses a related one, from WordNet 3.0.

`lexicon/paraphrases.idx` relates normalised content words
(`align.similarity.normalise_token` forms) that WordNet gives as synonyms (one
synset, among each word's two most frequent senses) or as derivations of one
another (invite / invitation); `scripts/build_paraphrases.py` builds it from
Debian's `wordnet-base`, licence in `lexicon/LICENSE-WordNet.txt`. Its only
user is the sentence aligner (`align.claims`).

Like the word list (`words.lexicon`), the table is plain text grouped by the
first `PREFIX` letters of each word, with an index of where each group starts:
the first lookup reads the file and the index, and a word's line is then found
by a substring search within its group. Decompressing and splitting all 44k
lines at the first lookup took about 19 ms of a one-shot diff, splitting the
groups an article touches into dicts 3 ms. Nothing is read at import time.
"""

from __future__ import annotations

import os
from functools import cache
from typing import TYPE_CHECKING

from newsdiff.core.words.lexicon import LEXICON_DIR, group_number, index_head, map_file

if TYPE_CHECKING:
    import mmap

TABLE_FORMAT = "newsdiff-paraphrases 4"
"""First line of `paraphrases.idx` (scripts/build_paraphrases.py writes it):
then the prefixes in order, each group's start offset in the body in UTF-8
bytes (plus its end), and the body: one line a word, `word<TAB>related related …`, sorted by
prefix then word, each relation listed under both of its words."""

PREFIX = 3
"""Words are grouped by this many leading characters."""

_EMPTY: frozenset[str] = frozenset()


class _Table:
    """The table as read from paraphrases.idx, looked up in place: a word's line
    is found by a substring search of the file's bytes within its prefix group
    (splitting the groups an article touches into dicts cost more than the
    lookups, decoding the 1.4 MB file most of a millisecond)."""

    __slots__ = ("_body", "_data", "_group", "_offsets", "_prefixes")

    def __init__(self, data: bytes | mmap.mmap, path: str) -> None:
        (prefixes, offsets), body = index_head(data, 2, TABLE_FORMAT, path)
        self._data = data
        self._body = body  # where the body starts in `_data`
        self._prefixes = prefixes.split()  # UTF-8, sorted: group g has prefix g
        # Each group's start in the body (and one past the last), as written:
        # read as ints when used (reading them all cost a third of a millisecond).
        self._offsets = offsets.split()
        # By prefix: where its group's lines start and end in `_data`; None for a
        # prefix no word has (kept; a group is found by bisecting the prefixes, which
        # is quicker than a dict of all of them for the words an article asks about).
        self._group = cache(self._span)

    def related(self, word: str) -> str:
        """The words related to `word`, space-separated ("" for none)."""
        if "\t" in word or "\n" in word:
            return ""  # a tab or newline would reach into another line
        group = self._group(word[:PREFIX])
        if group is None:
            return ""
        lines = self._data[group[0] : group[1]]
        key = word.encode("utf-8", "surrogatepass")
        if lines.startswith(key + b"\t"):
            pos = 0  # the group's first line
        else:
            pos = lines.find(b"\n" + key + b"\t") + 1
            if not pos:
                return ""
        line_end = lines.find(b"\n", pos)
        return lines[pos + len(key) + 1 : len(lines) if line_end < 0 else line_end].decode("utf-8")

    def _span(self, prefix: str) -> tuple[int, int] | None:
        """`_group`'s answer for `prefix`, read from the index lines."""
        number = group_number(self._prefixes, prefix)
        if number is None:
            return None
        start = self._body + int(self._offsets[number])
        # The group's span leaves out its last newline, so its last line ends at its end.
        return start, self._body + int(self._offsets[number + 1]) - 1


@cache
def _table() -> _Table:
    """Read paraphrases.idx: format line, prefixes, offsets, body."""
    path = os.path.join(LEXICON_DIR, "paraphrases.idx")
    return _Table(map_file(path), path)


@cache
def related_keys(token: str) -> frozenset[str]:
    """The normalised words WordNet relates to the normalised word `token`
    (synonyms and derivations), empty when it relates none."""
    related = _table().related(token)
    return frozenset(related.split(" ")) if related else _EMPTY
