"""Article pairs of a given length made by perturbing real news text (for benchmarks/run.py).

A is real article text laid end to end: the seed articles, then the WikiNews
articles of ../shared/eval when that folder is present (read only, never copied
into the repository). B is A as another outlet might have rewritten it:
sentences dropped, added (from text A does not use), moved near and far, merged,
and edited word by word (regional spelling, typos, changed numbers, inserted
clauses, replaced words, case and quote style). The edits are drawn at random
from fixed rates with a fixed seed, so a size always gives the same pair.

    .venv/bin/python benchmarks/make_pairs.py --words 2000 10000 --out /tmp/pairs

writes `a_2000.txt`, `b_2000.txt`, ... so the pairs can be fed to `newsdiff A B`.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS_DIR = ROOT / "seeds"
WIKINEWS_DIR = next(
    (
        folder / "shared" / "eval" / "stories" / "wikinews"
        for folder in (ROOT.parent, ROOT.parent.parent)  # a clone, or a worktree one level down
        if (folder / "shared" / "eval" / "stories" / "wikinews").is_dir()
    ),
    ROOT.parent / "shared" / "eval" / "stories" / "wikinews",
)
LONG_PAIR = (79_000, 70_000)
"""Words of A and of B in the long-pair case: a ~500 KB pair, as long as a
full live blog or a transcript against another outlet's shorter version."""

# A sentence ends at . ! ? (optionally closed by a quote or bracket) before a capital or quote.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’')]?\s+(?=[\"“‘(]?[A-Z0-9])")
_WORD = re.compile(r"[A-Za-z]+")
_NUMBER = re.compile(r"\d+")

# American -> British by regular suffix rules, applied only where the word has
# that ending, so any real text gets variants without a word list.
_REGIONAL_SUFFIXES = (
    ("ization", "isation"),
    ("izing", "ising"),
    ("ized", "ised"),
    ("izes", "ises"),
    ("ize", "ise"),
    ("yzed", "ysed"),
    ("yze", "yse"),
    ("eling", "elling"),
    ("eled", "elled"),
    ("ense", "ence"),
    ("avor", "avour"),
    ("onor", "onour"),
    ("abor", "abour"),
    ("olor", "olour"),
    ("ighbor", "ighbour"),
    ("havior", "haviour"),
    ("enter", "entre"),
)
_CLAUSE_LEADS = (
    "according to",
    "officials said,",
    "it was reported,",
    "as expected,",
    "sources said,",
)


@dataclass(frozen=True, slots=True)
class Pair:
    """Two texts of about the same story, B a perturbed rewrite of A."""

    a: str
    """The original text (paragraphs separated by blank lines)."""
    b: str
    """The rewritten text."""
    words_a: int
    """Whitespace-separated words in A."""
    words_b: int
    """Whitespace-separated words in B."""
    source: str
    """Which real text A was made from, in a few words."""


def real_texts(include_wikinews: bool = True) -> tuple[list[str], str]:
    """Real article texts, and a short description of where they came from.

    The seed articles always come first (as scraped, nothing removed); the
    WikiNews article texts follow when the evaluation folder is there. The
    WikiNews files overlap, so texts are kept once each.
    """
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS_DIR.glob("*.txt"))]
    origin = f"{len(texts)} seed articles"
    if include_wikinews and WIKINEWS_DIR.is_dir():
        seen: set[str] = set()
        for path in sorted(WIKINEWS_DIR.glob("*.json")):
            data = json.loads(path.read_text(encoding="utf-8"))
            for story in data if isinstance(data, list) else []:
                if not isinstance(story, dict):
                    continue
                for article in story.get("articles", []):
                    text = article.get("text") or ""
                    if text.strip() and text not in seen:
                        seen.add(text)
                        texts.append(text)
        origin += f" + {len(seen)} WikiNews articles (../shared/eval)"
    return texts, origin


def split_sentences(paragraph: str) -> list[str]:
    """A plain sentence split, independent of the engine's segmenter."""
    return [s for s in _SENTENCE_END.split(paragraph.strip()) if s.strip()]


def paragraphs_of(texts: list[str]) -> Iterator[list[str]]:
    """Every non-empty line of every text, as a list of sentences."""
    for text in texts:
        for line in text.splitlines():
            sentences = split_sentences(line)
            if sentences:
                yield sentences


def take_words(paragraphs: list[list[str]], words: int) -> list[list[str]]:
    """Leading paragraphs holding `words` words (the last one cut at a sentence end)."""
    out: list[list[str]] = []
    count = 0
    for paragraph in paragraphs:
        kept: list[str] = []
        for sentence in paragraph:
            if count >= words:
                break
            kept.append(sentence)
            count += len(sentence.split())
        if kept:
            out.append(kept)
        if count >= words:
            break
    return out


def _regional(word: str) -> str | None:
    lower = word.lower()
    for us, uk in _REGIONAL_SUFFIXES:
        if lower.endswith(us) and len(lower) > len(us) + 1:
            return word[: len(word) - len(us)] + uk
    return None


def _typo(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word) - 1)
    how = rng.randrange(4)
    if how == 0:  # swap two neighbouring letters
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if how == 1:  # drop a letter
        return word[:i] + word[i + 1 :]
    if how == 2:  # double a letter
        return word[:i] + word[i] + word[i:]
    return word[:i] + rng.choice("aeioulnrst") + word[i + 1 :]  # hit a wrong key


def edit_sentence(
    sentence: str, rng: random.Random, vocabulary: list[str], phrases: list[str]
) -> str:
    """One to three word-level edits of the kinds two outlets' copies differ by.

    Args:
        sentence: the sentence to edit.
        rng: the random source.
        vocabulary: words to put in place of a word.
        phrases: real sentences whose words make inserted clauses.
    """
    words = sentence.split(" ")
    for _ in range(rng.choice((1, 1, 2, 3))):
        i = rng.randrange(len(words))
        word = words[i]
        letters = _WORD.fullmatch(word.strip(".,;:\"'()“”‘’"))
        kind = rng.random()
        if kind < 0.18:
            variant = _regional(word)
            if variant:
                words[i] = variant
                continue
        if kind < 0.36 and letters and len(letters.group()) >= 4:
            words[i] = word.replace(letters.group(), _typo(letters.group(), rng))
        elif kind < 0.50 and _NUMBER.search(word):
            words[i] = _NUMBER.sub(lambda m: str(int(m.group()) + rng.randint(1, 9)), word, 1)
        elif kind < 0.65:
            # An inserted clause: a lead-in and a run of words of other real text.
            other = rng.choice(phrases).split()
            at = rng.randrange(max(1, len(other) - 4))
            tail = " ".join(other[at : at + rng.randint(2, 5)]).strip(".,;:")
            words.insert(i + 1, f"{rng.choice(_CLAUSE_LEADS)} {tail},")
        elif kind < 0.85 and len(words) > 3:
            words[i] = rng.choice(vocabulary)  # a different word
        elif kind < 0.92:
            words[i] = word.upper() if rng.random() < 0.3 else word.capitalize()
        else:
            words[i] = word.replace('"', "'").replace("“", '"').replace("”", '"') + rng.choice(
                ("", ",", " -")
            )
    return " ".join(w for w in words if w)


def perturb(
    paragraphs: list[list[str]], extra: list[str], rng: random.Random, vocabulary: list[str]
) -> list[list[str]]:
    """B: A's paragraphs with sentences dropped, added, moved, merged and edited."""
    phrases = [s for p in paragraphs for s in p]
    out: list[list[str]] = []
    moved: list[str] = []
    for paragraph in paragraphs:
        kept: list[str] = []
        for sentence in paragraph:
            roll = rng.random()
            if roll < 0.07:
                continue  # dropped
            if roll < 0.13:
                moved.append(sentence)  # placed elsewhere below
                continue
            if roll < 0.48:
                sentence = edit_sentence(sentence, rng, vocabulary, phrases)
            if roll > 0.97 and kept:
                kept[-1] = kept[-1].rstrip(".!?") + ", and " + sentence[:1].lower() + sentence[1:]
                continue  # merged into the one before
            kept.append(sentence)
            if extra and rng.random() < 0.05:
                kept.append(extra.pop())  # a sentence only B has
        if kept:
            out.append(kept)
    for sentence in moved:
        # Two moves in three stay near (a few paragraphs away), one goes anywhere.
        if out and rng.random() < 0.67:
            target = min(len(out) - 1, max(0, len(out) - 1 - rng.randrange(0, 6)))
            target = rng.randrange(max(0, target - 5), len(out))
        else:
            target = rng.randrange(len(out)) if out else 0
        if not out:
            out.append([])
        out[target].insert(rng.randrange(len(out[target]) + 1), sentence)
    return out


class PairMaker:
    """Makes perturbed texts from one body of real text, split into paragraphs once."""

    def __init__(self, texts: list[str], origin: str = "") -> None:
        """Split `texts` (see `real_texts`) into paragraphs of sentences."""
        self.origin = origin
        """Where the texts came from, kept on every pair."""
        self.paragraphs = list(paragraphs_of(texts))
        """Every non-empty line of the texts, as sentences."""
        self.total = sum(len(s.split()) for p in self.paragraphs for s in p)
        """Words in all the paragraphs."""

    def versions(self, words: int, count: int, seed: int = 0) -> list[str]:
        """An original of about `words` words and `count - 1` independent rewrites of it.

        Args:
            words: target length of the original in whitespace-separated words.
            count: how many texts to return (the original first).
            seed: random seed; the same arguments always give the same texts.

        Returns:
            The texts, paragraphs separated by blank lines.
        """
        rng = random.Random(seed * 1_000_003 + words)
        # Start somewhere in the real text but keep consecutive paragraphs, so
        # the original reads like whole articles laid end to end.
        start = rng.randrange(len(self.paragraphs)) if self.total > 2 * words else 0
        ordered = self.paragraphs[start:] + self.paragraphs[:start]
        if self.total < words:
            # Too little real text (seeds only): lay it end to end again, as an
            # aggregator page repeating stories would. Repeats make alignment harder.
            ordered = ordered * (words // max(self.total, 1) + 1)
        original = take_words(ordered, words)
        rest = ordered[len(original) :] or ordered
        vocabulary = sorted({w for p in original for s in p for w in _WORD.findall(s)})
        texts = [_join(original)]
        # Sentences only a rewrite has come from text the original does not use;
        # about one per 20 sentences is needed, so take a slice that scales with size.
        unused = rest[-(words // 100 + 20) :]
        for _ in range(count - 1):
            extra = [s for p in unused for s in p if 5 <= len(s.split()) <= 40]
            rng.shuffle(extra)
            texts.append(_join(perturb(original, extra, rng, vocabulary)))
        return texts

    def pair(self, words: int, seed: int = 0, words_b: int | None = None) -> Pair:
        """A pair whose A side holds about `words` words of real text; B a rewrite of A.

        With `words_b`, B is cut after the paragraph that reaches that many
        words (a shorter version of the same text, as another outlet runs it).
        """
        a, b = self.versions(words, 2, seed)
        if words_b is not None:
            b = shorten(b, words_b)
        return Pair(a, b, len(a.split()), len(b.split()), self.origin)


def shorten(text: str, words: int) -> str:
    """The leading paragraphs of `text` holding at least `words` words."""
    kept: list[str] = []
    count = 0
    for paragraph in text.split("\n\n"):
        if count >= words:
            break
        kept.append(paragraph.strip("\n"))
        count += len(paragraph.split())
    return "\n\n".join(kept) + "\n"


def make_pair(words: int, texts: list[str], origin: str = "", seed: int = 0) -> Pair:
    """A pair whose A side holds about `words` words of real text.

    Args:
        words: target length of A in whitespace-separated words.
        texts: real article texts to draw from (see `real_texts`).
        origin: description of `texts`, kept on the pair.
        seed: random seed; the same arguments always give the same pair.

    Returns:
        The pair. B is roughly as long as A.
    """
    return PairMaker(texts, origin).pair(words, seed)


def _join(paragraphs: list[list[str]]) -> str:
    return "\n\n".join(" ".join(p) for p in paragraphs) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", nargs="+", type=int, default=[2000, 10000, 20000, 50000])
    parser.add_argument("--out", type=Path, required=True, help="folder to write a_N.txt, b_N.txt")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--long",
        action="store_true",
        help=f"also write the long pair ({LONG_PAIR[0]:,} and {LONG_PAIR[1]:,} words) "
        "as a_long.txt, b_long.txt",
    )
    parser.add_argument("--seeds-only", action="store_true", help="ignore ../shared/eval")
    args = parser.parse_args(argv)
    maker = PairMaker(*real_texts(include_wikinews=not args.seeds_only))
    args.out.mkdir(parents=True, exist_ok=True)
    print(f"from {maker.origin}")
    for words in args.words:
        pair = maker.pair(words, args.seed)
        (args.out / f"a_{words}.txt").write_text(pair.a, encoding="utf-8")
        (args.out / f"b_{words}.txt").write_text(pair.b, encoding="utf-8")
        print(f"{words:>7}: A {pair.words_a:,} words, B {pair.words_b:,} words")
    if args.long:
        pair = maker.pair(LONG_PAIR[0], args.seed, words_b=LONG_PAIR[1])
        (args.out / "a_long.txt").write_text(pair.a, encoding="utf-8")
        (args.out / "b_long.txt").write_text(pair.b, encoding="utf-8")
        print(f"   long: A {pair.words_a:,} words, B {pair.words_b:,} words")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
