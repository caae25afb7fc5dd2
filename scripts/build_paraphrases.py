"""Build `src/newsdiff/lexicon/paraphrases.idx` from WordNet 3.0.

Reads the WordNet database as Debian's `wordnet-base` package installs it
(`/usr/share/wordnet`: `index.*` and `data.*` files) and writes the pairs of
single content words that WordNet relates closely enough for one outlet to use
one where another uses the other:

- **synonyms**: two words of one synset (president / chairman);
- **derivations**: WordNet's "derivationally related form" links between two
  words (invite / invitation, attend / attendance, visit / visitor).

Only the `MAX_SENSES` most frequent senses of each word take part (WordNet's
index lists a word's senses most frequent first), so a word is not related to
everything one of its rare senses touches ("go" has 30 verb senses). Both words
are written as `newsdiff.core.align.similarity.normalise_token` writes them, so
rebuild the table when that function changes. The output is one word a line
with every word related to it, `word<TAB>word word …` (each pair under both
of its words), grouped by prefix with an index (`write_table`), so that
`newsdiff.core.words.paraphrases` reads only the groups a comparison touches.
The WordNet licence is copied beside it as `LICENSE-WordNet.txt`.

    apt-get install -y wordnet-base
    .venv/bin/python scripts/build_paraphrases.py [/usr/share/wordnet]
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsdiff.core.align.similarity import normalise_token  # noqa: E402
from newsdiff.core.words.paraphrases import PREFIX, TABLE_FORMAT  # noqa: E402
from newsdiff.core.words.stopwords import FUNCTION_WORDS  # noqa: E402

OUT_DIR = ROOT / "src" / "newsdiff" / "lexicon"
LICENCE = Path("/usr/share/doc/wordnet-base/copyright")
POS = ("noun", "verb", "adj", "adv")

MAX_SENSES = 2
"""A word's senses that take part: its two most frequent. One sense keeps too
few pairs (visit / sojourn is a second sense); three brings in the loose ones
(say / order, report / cover)."""

MAX_SYNSET = 8
"""Synsets with more single words than this are left out: such large sets join
words that are alike only in a broad sense."""

MIN_LENGTH = 3
"""Words shorter than this (abbreviations, letters) are left out."""


def _is_content(word: str) -> bool:
    return (
        len(word) >= MIN_LENGTH and word.isalpha() and word.islower() and word not in FUNCTION_WORDS
    )


def read_top_senses(wordnet: Path) -> dict[tuple[str, str], set[str]]:
    """(pos, lemma) -> its `MAX_SENSES` most frequent synset offsets."""
    top: dict[tuple[str, str], set[str]] = {}
    for pos in POS:
        for line in (wordnet / f"index.{pos}").read_text(encoding="utf-8").splitlines():
            if line.startswith(" "):
                continue
            fields = line.split()
            lemma, synset_count = fields[0], int(fields[2])
            offsets = fields[-synset_count:]
            top[pos, lemma] = set(offsets[:MAX_SENSES])
    return top


def read_pairs(wordnet: Path) -> set[tuple[str, str]]:
    """Normalised word pairs (sorted within a pair) from synsets and derivations."""
    top = read_top_senses(wordnet)
    letter_pos = {"n": "noun", "v": "verb", "a": "adj", "s": "adj", "r": "adv"}
    pairs: set[tuple[str, str]] = set()
    words_of: dict[tuple[str, str], list[str]] = {}
    links: list[tuple[str, str, int, str, str, int]] = []
    for pos in POS:
        for line in (wordnet / f"data.{pos}").read_text(encoding="utf-8").splitlines():
            if line.startswith(" "):
                continue
            fields = line.split(" | ")[0].split()
            offset, count = fields[0], int(fields[3], 16)
            lemmas = [fields[4 + 2 * k].lower() for k in range(count)]
            words_of[pos, offset] = lemmas
            at = 4 + 2 * count
            for k in range(int(fields[at])):
                symbol, target, target_pos, numbers = fields[at + 1 + 4 * k : at + 5 + 4 * k]
                if symbol == "+":
                    source, dest = int(numbers[:2], 16), int(numbers[2:], 16)
                    links.append((pos, offset, source, letter_pos[target_pos], target, dest))
            own = [w for w in lemmas if _is_content(w) and offset in top.get((pos, w), ())]
            if len(own) <= MAX_SYNSET:
                _add_all(pairs, own)
    for pos, offset, source, target_pos, target, dest in links:
        left = words_of[pos, offset][source - 1]
        right = words_of[target_pos, target][dest - 1]
        if not (_is_content(left) and _is_content(right)):
            continue
        if offset in top.get((pos, left), ()) and target in top.get((target_pos, right), ()):
            _add_all(pairs, [left, right])
    return pairs


def _add_all(pairs: set[tuple[str, str]], words: list[str]) -> None:
    keys = sorted({normalise_token(w) for w in words})
    for x, left in enumerate(keys):
        for right in keys[x + 1 :]:
            pairs.add((left, right))


def write_table(path: Path, related: dict[str, set[str]]) -> None:
    """Write paraphrases.idx: the format name; the prefixes (first `PREFIX`
    letters) in order; each group's start offset in the body, in UTF-8 bytes
    (plus its end: the reader searches the file's bytes undecoded); the body,
    one `word<TAB>related …` line a word, sorted by prefix then word."""
    words = sorted(related, key=lambda w: (w[:PREFIX], w))
    if any(not w or any(c in w for c in " \t\n") for w in words):
        raise ValueError("words may not be empty or contain spaces, tabs or newlines")
    prefixes: list[str] = []
    offsets: list[int] = []
    lines: list[str] = []
    position = 0
    for word in words:
        if not prefixes or word[:PREFIX] != prefixes[-1]:
            prefixes.append(word[:PREFIX])
            offsets.append(position)
        line = f"{word}\t{' '.join(sorted(related[word]))}\n"
        lines.append(line)
        position += len(line.encode("utf-8"))
    offsets.append(position)
    head = f"{TABLE_FORMAT}\n{' '.join(prefixes)}\n{' '.join(map(str, offsets))}\n"
    path.write_text(head + "".join(lines), encoding="utf-8", newline="\n")


def main(argv: list[str]) -> int:
    wordnet = Path(argv[1]) if len(argv) > 1 else Path("/usr/share/wordnet")
    if not (wordnet / "data.noun").is_file():
        print(f"build_paraphrases: no WordNet database in {wordnet} (apt-get install wordnet-base)")
        return 1
    pairs = sorted(read_pairs(wordnet))
    related: dict[str, set[str]] = {}
    for left, right in pairs:
        related.setdefault(left, set()).add(right)
        related.setdefault(right, set()).add(left)
    out = OUT_DIR / "paraphrases.idx"
    write_table(out, related)
    shutil.copyfile(LICENCE, OUT_DIR / "LICENSE-WordNet.txt")
    print(f"build_paraphrases: {len(pairs)} pairs, {out.stat().st_size} bytes -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
