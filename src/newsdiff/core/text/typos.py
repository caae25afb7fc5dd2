"""Probable typos in one article: non-words close to a common word, words run together.

`find_typos(sentences)` trades recall for precision: a fact-checker must not
drown in false alarms, so names, acronyms, foreign words without a close
English word, numbers, URLs and hashtags are left alone. Used by `compare`
(each side's typos) and `scripts/eval_changes.py`. Nothing is compiled or built
at import: the regexes and the suggestion pools are made on first use.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from functools import cache, lru_cache
from itertools import pairwise

from newsdiff.core.model import Token, Typo
from newsdiff.core.text.segment import tokenize
from newsdiff.core.words import lexicon
from newsdiff.core.words.function_words import (
    CONTRACTION_TAILS,
    GLUED_AFTER_NAMES,
    GLUED_WORDS,
    ONE_LETTER_WORDS,
    PREFIX_LIKE_GLUED_WORDS,
)
from newsdiff.core.words.spelling import is_regional_pair, is_typing_slip, key_neighbours

SUGGESTION_MAX_LEVEL = 50
"""Suggestions are words up to this SCOWL level (common words): a rarer word as the
intended one is as likely a coincidence as a slip."""
MIN_SUGGESTION_LETTERS = 3
"""Words shorter than this are not offered as distance-2 suggestions."""
MIN_VOWEL_SLIP_LETTERS = 7
"""A vowel confused for another (definately) counts as a slip from this length; in
shorter words it makes another word (grata / grate)."""
SHORT_WORD_LETTERS = 4
"""A non-word this short is only matched to a common word (level <= 50): a short
rare word is reached by one edit from almost anything."""
MIN_TWO_EDIT_LETTERS = 9
"""Two edits are tried from this length only: in shorter words they reach too many
words (bromance -> bromine)."""
TWO_EDITS = 2
"""The most edits a long word's suggestion may be away."""
MAX_SPLIT_LEVEL = 35
"""Both halves of a lower-case run-together must be this common (SCOWL level): rarer
halves split ordinary words into pairs by chance."""
MIN_NAME_SPLIT_LETTERS = 3
"""A capitalised run-together with a half shorter than this needs the article to write
the pair apart too (Yoon = Yo + on)."""
MEANT_TERM_SENTENCES = 3
"""A non-word used in this many sentences is meant (sarin, ricin), not a typo."""
SUGGESTION_CACHE = 8192
"""Distinct words whose suggestion is remembered (a long article has a few thousand)."""
MIN_SPLIT_HALF_LETTERS = 2
"""A lower-case run-together splits into halves of at least this many letters, unless a
half is a one-letter word ("a", "I")."""
UNKNOWN_LEVEL = 99
"""The level given to an unlisted word when levels are compared: rarer than any."""

_ALPHABET = "abcdefghijklmnopqrstuvwxyz"
_VOWELS = frozenset("aeiouy")
_HANDLE_MARKS = ("#", "@")


@cache
def _possessive() -> re.Pattern[str]:
    return re.compile(r"['’]s$")


@cache
def _skip_chunk() -> re.Pattern[str]:
    return re.compile(r"[/@#_\d]|www\.|\.(?:com|org|net|co|gov|ru|uk)\b|://", re.IGNORECASE)


@cache
def _camel_case() -> re.Pattern[str]:
    return re.compile(r"([A-Za-z][a-z]+)([A-Z][a-z]+)")


@cache
def _suggestion_pool(first_letter: str) -> dict[int, tuple[str, ...]]:
    """Common ASCII words (SCOWL <= 50) starting with a letter, by length, for
    distance-2 suggestions (two edits change the length by two at most)."""
    by_length: dict[int, list[str]] = {}
    for word, _ in lexicon.common_words(first_letter, max_level=SUGGESTION_MAX_LEVEL):
        if word.isascii() and word.isalpha() and len(word) >= MIN_SUGGESTION_LETTERS:
            by_length.setdefault(len(word), []).append(word)
    return {n: tuple(sorted(words)) for n, words in by_length.items()}


def _edits1(word: str) -> Iterator[str]:
    """Every string one deletion, swap, substitution or insertion away that
    keeps the first letter (typing slips keep it; `_plausible_slip` asks it)."""
    head, body = word[:1], word[1:]
    splits = [(body[:i], body[i:]) for i in range(len(body) + 1)]
    for left, right in splits:
        if right:
            yield head + left + right[1:]
        if len(right) > 1:
            yield head + left + right[1] + right[0] + right[2:]
        for ch in _ALPHABET:
            if right:
                yield head + left + ch + right[1:]
            yield head + left + ch + right


def _plausible_slip(wrong: str, right: str) -> bool:
    """Is a one-edit difference the kind typing produces, not a foreign or new word?

    Without a counterpart to compare with, "grata" -> "grate" or "bromance" ->
    "romance" look like one edit too; typing slips keep the first letter and
    substitute a neighbouring key, or swap, drop or double a letter. Vowel
    confusions (definately) count in longer words only.
    """
    if wrong[:1] != right[:1]:
        return False
    if len(wrong) != len(right):
        return True
    diff = [i for i in range(len(wrong)) if wrong[i] != right[i]]
    if len(diff) != 1:
        return True  # a transposition
    x, y = wrong[diff[0]], right[diff[0]]
    if y in key_neighbours().get(x, frozenset()):
        return True
    return x in _VOWELS and y in _VOWELS and len(wrong) >= MIN_VOWEL_SLIP_LETTERS


def _one_edit_suggestion(low: str) -> str | None:
    """The best common word one plausible slip away: typing slips first, then the
    commonest word, then alphabetical order."""
    best: tuple[int, int, str] | None = None
    prefix = low[: lexicon.PREFIX]
    same_group = lexicon.common_keys(prefix)  # most variants keep the first letters
    for cand in set(_edits1(low)):
        if cand[: lexicon.PREFIX] == prefix:
            common = cand in same_group
        else:
            common = lexicon.is_common_key(cand)
        if not common or not _plausible_slip(low, cand):
            continue
        if cand[:-1] == low or low[:-1] == cand:
            # A letter more or less at the end reads as an inflection of an
            # unknown word (hryvnias, jihadis, facto), not a slip.
            continue
        level = lexicon.word_level(cand) or UNKNOWN_LEVEL
        if level > SUGGESTION_MAX_LEVEL and len(low) <= SHORT_WORD_LETTERS:
            continue
        score = (0 if is_typing_slip(low, cand) else 1, level, cand)
        if best is None or score < best:
            best = (score[0], score[1], cand)
    return None if best is None else best[2]


def _two_edit_suggestion(low: str) -> str | None:
    """The commonest word two edits away from a long non-word, if any."""
    from rapidfuzz import process
    from rapidfuzz.distance import DamerauLevenshtein

    by_length = _suggestion_pool(low[0])
    span = range(len(low) - TWO_EDITS, len(low) + TWO_EDITS + 1)
    pool = [w for n in span for w in by_length.get(n, ())]
    matches = process.extract(
        low, pool, scorer=DamerauLevenshtein.distance, score_cutoff=TWO_EDITS, limit=None
    )
    # Same inflection guard as for one edit (nostalgics, jihadis).
    matches = [m for m in matches if not (m[0].startswith(low) or low.startswith(m[0]))]
    if not matches:
        return None
    matches.sort(key=lambda m: (m[1], lexicon.word_level(m[0]) or UNKNOWN_LEVEL, m[0]))
    return matches[0][0]


@lru_cache(maxsize=SUGGESTION_CACHE)
def suggest_word(word: str) -> str | None:
    """The common word a lower-case non-word most probably stands for, or None.

    Tries one edit first (preferring typing slips and the commonest word),
    then two edits for longer words. Returns None when nothing is close.
    """
    low = word.lower()
    if not (low.isascii() and low.isalpha()):
        return None
    best = _one_edit_suggestion(low)
    if best is not None:
        return best
    if len(low) < MIN_TWO_EDIT_LETTERS:
        return None
    return _two_edit_suggestion(low)


def _lower_split_level(left: str, right: str) -> int | None:
    """The rarer level of two lower-case halves that read as a glued pair, or None."""
    # Both halves common words, one of them a glue word ("thesecond").
    if not (lexicon.is_common_word(left) and lexicon.is_common_word(right)):
        return None
    if left not in GLUED_WORDS and right not in GLUED_WORDS:
        return None
    if left in PREFIX_LIKE_GLUED_WORDS:
        return None
    if min(len(left), len(right)) < MIN_SPLIT_HALF_LETTERS and left not in ONE_LETTER_WORDS:
        return None
    level = max(
        lexicon.word_level(left) or UNKNOWN_LEVEL, lexicon.word_level(right) or UNKNOWN_LEVEL
    )
    return None if level > MAX_SPLIT_LEVEL else level


def _name_split_level(
    left: str,
    right: str,
    known_tokens: Counter[str],
    known_pairs: Counter[tuple[str, str]] | None,
    previous: str,
) -> int | None:
    """How sure a capitalised half plus a glued word is (0 surest), or None.

    The name must be seen alone in the article, or be a listed word, and glued to
    a glue word ("Kyivhave", "Unon").
    """
    if right not in GLUED_AFTER_NAMES:
        return None
    seen_alone = known_tokens[left] > 0
    if len(right) < MIN_NAME_SPLIT_LETTERS or len(left) < MIN_NAME_SPLIT_LETTERS:
        # Short halves match names by chance (Yoon = Yo + on): ask
        # that the article also writes "<previous> <left>" apart
        # ("Kim Jong Unon" next to "Kim Jong Un").
        if not (known_pairs and known_pairs[(previous, left)] > 0):
            return None
    elif not (seen_alone or lexicon.is_word(left)):
        return None
    return 0 if seen_alone else (lexicon.word_level(left) or UNKNOWN_LEVEL)


def _split_run_together(
    word: str,
    known_tokens: Counter[str],
    known_pairs: Counter[tuple[str, str]] | None = None,
    previous: str = "",
) -> str | None:
    """Split a glued token into two words ("thesecond" -> "the second"), if clear.

    Args:
        word: the token.
        known_tokens: how often each token occurs in the article.
        known_pairs: how often each pair of adjacent tokens occurs.
        previous: the token before `word` in its sentence.
    """
    camel = _camel_case().fullmatch(word)
    if camel:
        left, right = camel.groups()
        if left.lower() in GLUED_WORDS and (lexicon.is_word(right) or known_tokens[right] > 0):
            return f"{left} {right}"
        return None
    best: tuple[int, str] | None = None
    for i in range(1, len(word)):
        left, right = word[:i], word[i:]
        if not right.islower():
            continue
        if left.islower():
            lv = _lower_split_level(left, right)
        else:
            lv = _name_split_level(left, right, known_tokens, known_pairs, previous)
        if lv is None:
            continue
        if best is None or lv < best[0]:
            best = (lv, f"{left} {right}")
    return best[1] if best else None


class _ArticleCounts:
    """What the article says about its own words, counted once."""

    __slots__ = ("_pairs", "_tokenized", "known", "sentence_counts", "tokens")

    def __init__(self, tokenized: list[list[Token]]) -> None:
        # How often each token occurs in the article: a name glued to a word
        # ("Kyivhave") is recognised by seeing the name alone elsewhere.
        self.tokens: Counter[str] = Counter(t.text for toks in tokenized for t in toks)
        self.sentence_counts: Counter[str] = Counter(
            w for toks in tokenized for w in {t.text.lower() for t in toks}
        )
        self._tokenized = tokenized
        self._pairs: Counter[tuple[str, str]] | None = None
        # Each distinct token is looked up once (news repeats its words).
        self.known: dict[str, bool] = {}

    @property
    def pairs(self) -> Counter[tuple[str, str]]:
        """How often each pair of adjacent tokens occurs (counted on first use: only a
        capitalised non-word needs them)."""
        if self._pairs is None:
            # Possessives count as the name itself: "Kim Jong Un's father" shows
            # that "Jong Un" is written apart.
            possessive = _possessive()
            self._pairs = Counter(
                (x.text, possessive.sub("", y.text) if "s" in y.text else y.text)
                for toks in self._tokenized
                for x, y in pairwise(toks)
            )
        return self._pairs

    def is_known(self, text: str) -> bool:
        """A listed word or a contraction fragment."""
        known = self.known.get(text)
        if known is None:
            known = self.known[text] = lexicon.is_word(text) or text.lower() in CONTRACTION_TAILS
        return known


def _may_be_typo(text: str) -> bool:
    """ASCII letters only, two or more, not an acronym. Accented words are foreign, and
    mojibake ("governmentâ") is an encoding fault, not a misspelling."""
    return text.isascii() and text.isalpha() and len(text) >= 2 and not text.isupper()


def _suggestion(tokens: list[Token], k: int, first_word: int, counts: _ArticleCounts) -> str | None:
    """What token k of a sentence should read, or None when it is not a typo."""
    text = tokens[k].text
    previous = tokens[k - 1].text if k > 0 else ""
    if text[0].isupper() and k != first_word:
        return _split_run_together(text, counts.tokens, counts.pairs, previous)
    if not (text.islower() or (k == first_word and text[1:].islower())):
        return _split_run_together(text, counts.tokens, counts.pairs, previous)
    low = text.lower()
    split = _split_run_together(low, counts.tokens)
    suggestion = split or suggest_word(low)
    if suggestion and text[0].isupper():
        suggestion = suggestion[0].upper() + suggestion[1:]
    if (
        k == first_word
        and text[0].isupper()
        and (split is None or split.split()[0] not in GLUED_WORDS)
    ):
        # Sentence-initial capitalised non-words are usually names
        # ("Yoon"); only a glue word glued on is reported.
        return None
    return suggestion


def find_typos(sentences: Sequence[str]) -> list[Typo]:
    """Probable misspellings in one article's sentences.

    Reports lower-case non-words close to a common word ("tp" -> "to") and
    words run together ("thesecond" -> "the second", "Kyivhave" -> "Kyiv have",
    "AndPresident" -> "And President"). Capitalised words that are not run
    together are taken as names and never reported; so are acronyms, words
    with digits, URLs, e-mail addresses and hashtags.

    Args:
        sentences: the article's sentence texts, in order.

    Returns:
        One `Typo` per suspicious word, in reading order.
    """
    tokenized = [tokenize(s) for s in sentences]
    counts = _ArticleCounts(tokenized)
    typos: list[Typo] = []
    # Whether each distinct token is an unknown word that may be a typo, decided once.
    suspect: dict[str, bool] = {}
    for index, (sentence, tokens) in enumerate(zip(sentences, tokenized, strict=True)):
        first_word = next((k for k, t in enumerate(tokens) if t.is_word), -1)
        for k, token in enumerate(tokens):
            text = token.text
            maybe = suspect.get(text)
            if maybe is None:
                maybe = suspect[text] = _may_be_typo(text) and not counts.is_known(text)
            if not maybe:
                continue
            if counts.sentence_counts[text.lower()] >= MEANT_TERM_SENTENCES:
                continue
            if _skip_chunk().search(_chunk(sentence, token.start, token.end)):
                continue
            if k > 0 and tokens[k - 1].text in _HANDLE_MARKS and tokens[k - 1].end == token.start:
                continue
            suggestion = _suggestion(tokens, k, first_word, counts)
            if suggestion and " " not in suggestion and is_regional_pair(text, suggestion):
                suggestion = None  # weaponise / weaponize: a spelling, not a typo
            if suggestion:
                typos.append(Typo(text, suggestion, index, (token.start, token.end)))
    return typos


def _chunk(sentence: str, start: int, end: int) -> str:
    """The whitespace-delimited chunk of text holding a token (for URL checks)."""
    lo = sentence.rfind(" ", 0, start) + 1
    hi = sentence.find(" ", end)
    return sentence[lo : hi if hi != -1 else len(sentence)]
