"""Name mentions found in sentences and typed person, organisation, place or name.

A name is a run of capitalised words (with connectors, initials, particles) or
an acronym. Capitals prove little at a sentence start or in a Title Case
headline, so the article's own capitalisation is the evidence (`capital_evidence`).
Each mention gets kind votes from titles, cue words before it, marker words in
it (Council, Strait), prepositions, demonyms and the places list; the votes of
all mentions of one entity (`facts.names.group_names`) decide its kind.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from typing import NamedTuple

from newsdiff.core.facts.names import (
    canonical_name,
    group_names,
    is_regular_demonym,
    names_a_group,
    read_name,
)
from newsdiff.core.model import Fact, FactKind, Token
from newsdiff.core.text.segment import tokenize
from newsdiff.core.words.abbreviations import STATE_ABBREVIATIONS, STATE_NAMES
from newsdiff.core.words.calendar import MONTHS, WEEKDAYS
from newsdiff.core.words.lexicon import is_common_word, is_known_name
from newsdiff.core.words.names import (
    CONNECTORS,
    CREDIT_WORDS,
    CREED_SUFFIXES,
    DIRECTIONS,
    EVENT_WORDS,
    GROUP_NOUNS,
    HYPHEN_QUALIFIERS,
    IRREGULAR_DEMONYMS,
    LIST_CONNECTORS,
    MEMBER_WORDS,
    NAME_ABBREVIATIONS,
    NAME_PARTICLES,
    NOT_NAME_ACRONYMS,
    ORGANISATION_JOINERS,
    ORGANISATION_WORDS,
    PERSON_CUES,
    PLACE_ACRONYMS,
    PLACE_FIRST_WORDS,
    PLACE_PREPOSITIONS,
    PLACE_WORDS,
    SENTENCE_CAPITALS,
    TITLE_CASE_LOWER,
    TITLE_MODIFIERS,
    TITLE_PORTFOLIO,
    TITLE_SUFFIXES,
    TITLES,
)
from newsdiff.core.words.places import CITIES, COUNTRIES, REGIONS

DATELINE_SENTENCES = 3
"""Sentences from the top a dateline may open (the title and a standfirst come first)."""

STRONG_VOTE = 3
"""Weight of a clear clue: a title or person cue, an organisation or place marker
word, a demonym. Chosen so one clear clue outweighs the shape of a name."""

LISTED_VOTE = 4
"""Weight of a name found in the places list: it beats any one other clue."""

ACRONYM_VOTE = 2
"""Weight of an acronym for organisation (or place, for US, UK, EU...)."""

MEMBER_VOTE = 2
"""Weight of a member word after a name ("Hamas militants") for organisation."""

WEAK_VOTE = 1
"""Weight of a preposition of place ("in Kursk") or of the bare shape of a personal
name (two or three plain words): a tie-breaker only."""

TITLE_CASE_MIN_WORDS = 4
"""Fewest words a sentence needs to be judged a Title Case headline."""

TITLE_CASE_CAPITALS = 0.6
"""Share of capitalised content words (function words and single letters left out)
above which a sentence may be Title Case."""

SHOUTED_MIN_LENGTH = 6
"""Shortest all-capitals word read as shouting ("TOMORROW") rather than an acronym."""

PERSON_SHAPE_WORDS = (2, 3)
"""Word counts of a plain name that has the shape of a personal name ("Yuri Ushakov")."""

Item = tuple[int, int, str, bool]
"""One word of a run: start, end, the word, whether it opens the sentence."""

Votes = list[tuple[FactKind, int]]

_CAMEL_GLUE = re.compile(r"([A-Z][a-z]+)([A-Z][a-z]+)")
_QUALIFIED = re.compile(r"((?:[a-z]{1,3}-)?[A-Z]\w+)-([a-z]+)")
_CONTRACTION = re.compile(r"['’](?:ll|ve|re|d|m|t)$|n['’]t$", re.IGNORECASE)
_MANGLED_CONTRACTION = re.compile(r"\x80\x99(?:ll|ve|re|d|m|t)\b")
_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
_OPENERS = "\"“‘'«:„"


@cache
def _dateline() -> re.Pattern[str]:
    """A dateline: the place in capitals opening a report ("WASHINGTON —", "KYIV, Ukraine
    (Reuters) -"), with the state or country and the agency it may carry."""
    return re.compile(
        r"\s*([A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+)*)(?:,? [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?"
        r"(?: \([^)]{1,40}\))?\s*[—–-]{1,2}\s"
    )


@cache
def _party_state() -> re.Pattern[str]:
    return re.compile(
        r"(?<![\w-])[RDI]-((?:[A-Z]\.){2,3}|[A-Z][a-z]{1,3}\.|[A-Z][a-z]+(?: [A-Z][a-z]+)?)"
    )


class Mention(NamedTuple):
    """One name as a sentence writes it, with the kind votes of its context."""

    text: str
    sentence: int
    start: int
    votes: tuple[tuple[FactKind, int], ...]
    dateline: bool = False
    """Named in the dateline that opens the article ("KYIV, Ukraine —")."""


class CapitalEvidence(NamedTuple):
    """What an article's capitalisation says about its words."""

    mid_caps: frozenset[str]
    """Words seen capitalised away from a sentence start (known names)."""
    lower: frozenset[str]
    """Words seen in lower case (ordinary words)."""
    title_case: frozenset[int]
    """Sentences written in Title Case, where capitals prove nothing."""
    alone: frozenset[str] = frozenset()
    """Words seen capitalised mid-sentence on their own, not inside a longer name
    ("Fraud" of "Serious Fraud Office" is not)."""


def capital_evidence(texts: list[str]) -> CapitalEvidence:
    """Read which words an article capitalises mid-sentence and which it writes in lower case."""
    sentence_words = [_WORD.findall(text) for text in texts]
    lower = {w for words in sentence_words for w in words if w.islower()}
    mid: set[str] = set()
    alone: set[str] = set()
    title_case: set[int] = set()
    for i, (text, words) in enumerate(zip(texts, sentence_words, strict=True)):
        if _is_title_case(words, lower):
            title_case.add(i)
            continue
        starts = {m.end() for m in re.finditer(r"(?:^|[\"“‘«:\x9c\x98]\s*|\s')", text)}
        found = list(_WORD.finditer(text))
        for k, m in enumerate(found):
            if m.group()[0].isupper() and m.start() not in starts:
                word = bare(m.group()).lower()
                mid.add(word)
                neighbours = found[max(0, k - 1) : k] + found[k + 1 : k + 2]
                if not any(n.group()[0].isupper() for n in neighbours):
                    alone.add(word)
    return CapitalEvidence(
        frozenset(mid), frozenset(lower), frozenset(title_case), frozenset(alone)
    )


def _is_title_case(words: list[str], lower: set[str]) -> bool:
    """Headline style: "Putin Travels To North Korea For Friendly State Visit".

    No longer word is lower case, most are capitalised, and some capitalised
    word is an ordinary one (seen in lower case, or a function word).
    """
    # Title Case leaves only short function words in lower case ("Putin
    # Travels to North Korea"); a lower-case verb ("met") is a sentence.
    if len(words) < TITLE_CASE_MIN_WORDS or any(
        w.islower() and w not in TITLE_CASE_LOWER and len(w) > 1 for w in words
    ):
        return False
    # the share among content words: "An Explosion and a Blockade, and a Syrian Pact
    # Is in Limbo" has as many function words as capitals
    content = [w for w in words if w.lower() not in TITLE_CASE_LOWER and len(w) > 1]
    if sum(w[0].isupper() for w in content) <= TITLE_CASE_CAPITALS * len(content):
        return False
    return any(
        w[0].isupper()
        and not w.isupper()
        and (w.lower() in lower or w.lower() in SENTENCE_CAPITALS)
        for w in words[1:]
    )


_APOSTROPHES = ("'", "’")


def bare(word: str) -> str:
    """A word without its possessive ("Russia's" -> "Russia")."""
    # Read by hand, as `re.sub(r"['’]s?$", "", word)` would (this runs once a word);
    # a trailing newline, which `$` may stand before, goes to the regex itself.
    last = word[-1:]
    if last in _APOSTROPHES:
        return word[:-1]
    if last == "s" and word[-2:-1] in _APOSTROPHES:
        return word[:-2]
    return re.sub(r"['’]s?$", "", word) if last == "\n" else word


def _has_possessive(word: str) -> bool:
    """Whether `word` ends in an apostrophe or "'s" (`re.search(r"['’]s?$", word)`)."""
    last = word[-1:]
    if last == "\n":
        return re.search(r"['’]s?$", word) is not None
    return last in _APOSTROPHES or (last == "s" and word[-2:-1] in _APOSTROPHES)


def _is_capital(word: str) -> bool:
    return word[:1].isupper() and any(ch.isalpha() for ch in word)


def _is_particle_name(word: str) -> bool:
    """ "al-Assad", "bin-Salman": a lower-case particle hyphenated to a name."""
    particle, hyphen, rest = bare(word).partition("-")
    # "al-Qaida-aligned": a qualifier may follow
    return (
        bool(hyphen)
        and particle in NAME_PARTICLES
        and bool(re.fullmatch(r"[A-Z]\w+(?:-[a-z]+)?", rest))
    )


def _is_acronym(word: str) -> bool:
    return bool(re.fullmatch(r"(?:[A-Z]\.){2,}|[A-Z]{2,5}s?", word))


# ---------------------------------------------------------------- runs of capitals


class _RunReader:
    """Reads one sentence's tokens into runs of capitalised words.

    For each run it keeps the word before it (a cue: "leader", "in") and the
    lower-case word that ended it, if one did ("militants").
    """

    def __init__(
        self, text: str, tokens: list[Token], title_case: bool, evidence: CapitalEvidence
    ) -> None:
        self.text = text
        self.tokens = tokens
        self.title_case = title_case
        self.evidence = evidence
        self.runs: list[list[Item]] = []
        self.cues: list[str] = []
        self.breakers: list[str] = []
        self.run: list[Item] = []
        self.initial = True
        self.previous_word = ""
        self.carried = ""  # the cue a qualified name hands on to the name it qualifies
        self.credit = False  # a photo credit opened: the rest of the sentence names no fact

    def read(self, covered: bytearray) -> None:
        """Read every token; `covered` marks characters already taken by values."""
        for k, tok in enumerate(self.tokens):
            handed, self.carried = self.carried, ""
            if covered[tok.start]:
                self.flush()
                self.initial = False
                self.previous_word = ""
            elif not tok.is_word:
                self._punctuation(tok)
            elif tok.text == "â" and self.text[tok.end : tok.end + 1] == "\x80":
                # a curly quote mark read as Latin-1 ("â\x80\x9cBlatant"): an opener
                self.flush()
                self.initial = self.text[tok.end + 1 : tok.end + 2] in ("\x9c", "\x98")
            else:
                self._word(k, tok, handed)
                self.initial = False
        self.flush()

    def flush(self, breaker: str = "") -> None:
        """End the current run (trailing connectors dropped)."""
        run = self.run
        while run and run[-1][2].lower() in CONNECTORS:
            run.pop()
        if run and not self.credit:
            self.runs.append(run)
            self.cues.append(self.previous_word)
            self.breakers.append(breaker)
        self.run = []

    def _punctuation(self, tok: Token) -> None:
        run = self.run
        if (
            tok.text == "."
            and run
            and run[-1][1] == tok.start
            and (
                len(run[-1][2]) == 1
                # only opening a name: "Oak St. Police said" is a street, then a new sentence
                or (len(run) == 1 and run[-1][2] in NAME_ABBREVIATIONS)
                or (len(run) == 1 and run[-1][2].lower() in STATE_ABBREVIATIONS)  # "Phoenix, Ariz."
            )
        ):
            s, _, w, ini = run[-1]
            run[-1] = (s, tok.end, w + ".", ini)  # "N." of "N. Korea", "St." of "St. Louis"
            return
        self.flush()
        if tok.text in _OPENERS:
            self.initial = True

    def _word(self, k: int, tok: Token, handed: str) -> None:
        word = tok.text
        glued = _CAMEL_GLUE.fullmatch(word) if word[:1].isupper() else None
        start = tok.start
        if glued and glued.group(1).lower() in CREDIT_WORDS:
            self.flush()
            self.credit = True  # "CreditJoshua Roberts": a credit run into the name
        if self.credit or self._opens_credit(k, word):
            self.flush()
            self.credit = True
            return
        if _CONTRACTION.search(word) or (
            word.endswith("â") and _MANGLED_CONTRACTION.match(self.text, tok.end)
        ):
            self.flush()  # "We'll", "Donâ\x80\x99t": a verb glued on, no name
            self.previous_word = ""
            return
        if glued and glued.group(1).lower() in SENTENCE_CAPITALS and not is_known_name(word):
            word = glued.group(2)  # "AndPresident": a missing space
            start += len(glued.group(1))
            self.initial = False
        capital = _is_capital(word) or ("-" in word and _is_particle_name(word))
        if capital and self.title_case and bare(word).lower() not in self.evidence.mid_caps:
            capital = False
        end = tok.end
        if word.endswith("â") and self.text[end : end + 1] == "\x80":
            # "Assadâ\x80\x99s": a mojibake apostrophe, the possessive of "Assad"
            word, end = word[:-1] + "'", end - 1
        if capital and (bare(word).lower() not in SENTENCE_CAPITALS or _is_acronym(word)):
            self._capital(k, word, start, end, handed)
        elif capital and self.initial:
            pass  # a common word opening the sentence: "The", "But", "When"
        elif self.run and _joins(word, self.run) and _next_is_capital(self.tokens, k):
            self.run.append((start, tok.end, word, False))
        else:
            self.flush(word.lower())
            self.previous_word = ""

    def _opens_credit(self, k: int, word: str) -> bool:
        """ "Credit:", "Photo:": a credit or caption label."""
        nxt = self.tokens[k + 1] if k + 1 < len(self.tokens) else None
        return word.lower() in CREDIT_WORDS and nxt is not None and nxt.text == ":"

    def _capital(self, k: int, word: str, start: int, end: int, handed: str) -> None:
        if not self.run:
            self.previous_word = handed or _previous_word(self.tokens, k)
        qualified = _QUALIFIED.fullmatch(word)
        if qualified and qualified.group(2) in HYPHEN_QUALIFIERS:
            # "in Hamas-controlled Gaza": the qualifier ends the name before
            # it, and the word in front ("in") speaks of the name after it
            cue, self.previous_word = self.previous_word, ""
            name = qualified.group(1)
            self.run.append((start, start + len(name), name, self.initial))
            self.flush()
            self.carried = cue
            return
        self.run.append((start, end, word, self.initial))
        possessive = _has_possessive(word) and not re.search(r"\w['’]\w\w", word)
        if possessive and bare(word).lower() not in GROUP_NOUNS:
            self.flush()  # "Russia's President": the possessive ends the name


def _joins(word: str, run: list[Item]) -> bool:
    """A connector inside a name: "Bank of England", "Bank of the Netherlands",
    "Organisation for the Prohibition of Chemical Weapons"."""
    low = word.lower()
    if low == "the":
        return run[-1][2] in ("of", *ORGANISATION_JOINERS)
    if low in ORGANISATION_JOINERS:
        return any(_is_org_word(bare(w).lower()) for _, _, w, _ in run)
    if low in LIST_CONNECTORS or low == "in":
        # "Organization for Security and Cooperation in Europe": inside a joined name only
        return any(w in ORGANISATION_JOINERS for _, _, w, _ in run)
    return low in CONNECTORS


def _previous_word(tokens: list[Token], k: int) -> str:
    for tok in reversed(tokens[max(0, k - 2) : k]):
        if tok.is_word:
            return tok.text.lower()
    return ""


def _next_is_capital(tokens: list[Token], k: int) -> bool:
    for tok in tokens[k + 1 : k + 3]:
        if not tok.is_word:
            return False
        if _is_capital(tok.text):
            return True
        if tok.text.lower() not in CONNECTORS:
            return False
    return False


# ---------------------------------------------------------------- mentions


def name_mentions(
    text: str, sentence: int, taken: list[tuple[int, int]], evidence: CapitalEvidence
) -> list[Mention]:
    """Name mentions of one sentence, each with its kind votes.

    Args:
        text: the sentence.
        sentence: its index in the article.
        taken: character spans already read as dates or numbers.
        evidence: the article's capitalisation (`capital_evidence`).
    """
    states = _party_states(text)
    dateline = _dateline_match(text) if sentence < DATELINE_SENTENCES else None
    covered = bytearray(len(text) + 1)
    spans = [*taken, *((s - 2, e) for s, e in states)]
    if dateline:
        spans.append(dateline.span())
    for s, e in spans:
        covered[s:e] = b"\x01" * (e - s)
    reader = _RunReader(text, tokenize(text), sentence in evidence.title_case, evidence)
    reader.read(covered)
    place = ((FactKind.PLACE, LISTED_VOTE),)
    out = [Mention(text[s:e], sentence, s, place) for s, e in states]
    if dateline:
        out.append(Mention(dateline.group(1), sentence, dateline.start(1), place, dateline=True))
    for items, cue, follow in zip(reader.runs, reader.cues, reader.breakers, strict=True):
        for piece, votes in _pieces(items, cue, evidence):
            s, e = piece[0][0], piece[-1][1]
            if e == items[-1][1] and follow in MEMBER_WORDS and not _describes(piece):
                votes = [*votes, (FactKind.ORGANISATION, MEMBER_VOTE)]  # "Hamas militants"
            name = bare(text[s:e]) if _has_possessive(text[s:e]) else text[s:e]
            out.append(Mention(name, sentence, s, tuple(votes)))
    return out


def _dateline_match(text: str) -> re.Match[str] | None:
    # Every dateline opens with a capital and a capital or "'’.-": other sentences
    # are answered without the regex (and it is compiled only when one has them).
    head = text.lstrip()[:2]
    if len(head) < 2 or not (
        "A" <= head[0] <= "Z" and ("A" <= head[1] <= "Z" or head[1] in "'’.-")
    ):
        return None
    return _dateline().match(text)


def _party_states(text: str) -> list[tuple[int, int]]:
    """Spans of the states in "(R-Ariz.)", "D-N.Y.", "R-Texas": the party and state of
    the lawmaker named before, read as a place (the party letter is no fact)."""
    out: list[tuple[int, int]] = []
    if "R-" not in text and "D-" not in text and "I-" not in text:
        return out  # every match holds one; most sentences skip the regex
    for match in _party_state().finditer(text):
        state = match.group(1)
        low = state.lower()
        if (state.endswith(".") and low.rstrip(".") in STATE_ABBREVIATIONS) or low in STATE_NAMES:
            out.append(match.span(1))
    return out


def _describes(piece: list[Item]) -> bool:
    """Whether a name is an adjective of origin or creed ("Russian", "Islamist")."""
    words = [bare(w).lower() for _, _, w, _ in piece]
    return _is_demonym(words) or (len(words) == 1 and words[0].endswith(CREED_SUFFIXES))


def _pieces(
    items: list[Item], cue: str, evidence: CapitalEvidence
) -> list[tuple[list[Item], Votes]]:
    """Split a run of capitalised words into names, with kind votes for each."""
    # A sentence-initial word is a name only if it is known as one elsewhere.
    if items[0][3]:
        raw = bare(items[0][2])
        first = raw.lower()
        known = first in evidence.mid_caps
        ordinary = (
            first in SENTENCE_CAPITALS
            or (first in evidence.lower and not known)
            # "Overt Russian support": an English word, never capitalised mid-sentence,
            # before a people word (a name before it would be "John McCain")
            or (
                not known
                and len(items) == 2
                and names_a_group(items[1][2])
                and is_common_word(raw)
                and not is_known_name(raw)
            )
        )
        if ordinary or (len(items) == 1 and not _known_alone(raw, first, evidence)):
            items = items[1:]
            while items and items[0][2].lower() in CONNECTORS:
                items = items[1:]
            cue = first
    if not items:
        return []
    words = [w.rstrip(".").lower() for _, _, w, _ in items]
    titles = [k for k, w in enumerate(words) if _is_title(w)]
    if titles:
        return _titled_pieces(items, words, titles, cue, evidence)
    person, rest = _person_of(items, words)
    if person:
        # "Jose Raul Gonzalez of Mexico", "Stefanie Komossa of the Max Planck Institute"
        return [(person, [(FactKind.PERSON, STRONG_VOTE)]), *_typed(rest, "", evidence)]
    return _typed(items, cue, evidence)


def _known_alone(raw: str, low: str, evidence: CapitalEvidence) -> bool:
    """Whether a one-word name opening a sentence is a name: the article capitalises it
    alone mid-sentence (or, if not an English word, anywhere), or it is a listed
    place or a known name or acronym ("Germany, in command of the mission, ...",
    "SANA, the state news agency, ...")."""
    if low in evidence.mid_caps and (low in evidence.alone or not is_common_word(raw)):
        return True
    return _listed_place(low) or (is_known_name(raw) and not is_common_word(raw))


def _person_of(items: list[Item], words: list[str]) -> tuple[list[Item], list[Item]]:
    """A personal name, "of", and where the person is from or works, split in two;
    ([], items) when the run is one name ("Bank of England", "University of Texas")."""
    if "of" not in words:
        return [], items
    k = words.index("of")
    before, after = words[:k], [w for w in words[k + 1 :] if w not in CONNECTORS]
    if len(before) not in PERSON_SHAPE_WORDS or not after:
        return [], items
    if any(_is_org_word(w) or w in PLACE_WORDS or w in EVENT_WORDS for w in before):
        return [], items
    if any(w in PLACE_FIRST_WORDS or w in DIRECTIONS for w in before[:1]):
        return [], items
    named_place = _listed_place(" ".join(after)) or _listed_place(canonical_name(" ".join(after)))
    if not (named_place or any(_is_org_word(w) for w in after)):
        return [], items
    rest = items[k + 1 :]
    while rest and rest[0][2].lower() in CONNECTORS:
        rest = rest[1:]
    return items[:k], rest


def _is_title(word: str) -> bool:
    """A title, hyphenated ones included ("Secretary-General", "Vice-President")."""
    if word in TITLES:
        return True
    parts = word.split("-")
    return (
        len(parts) > 1
        and any(p in TITLES for p in parts)
        and all(p in TITLES or p in TITLE_SUFFIXES or p in TITLE_MODIFIERS for p in parts)
    )


def _titled_pieces(
    items: list[Item], words: list[str], titles: list[int], cue: str, evidence: CapitalEvidence
) -> list[tuple[list[Item], Votes]]:
    """A run holding a title: what precedes it, the person after it, and what follows
    a connector ("Russian President Vladimir Putin of ...")."""
    first_title = titles[0]
    while first_title > 0 and words[first_title - 1] in TITLE_MODIFIERS:
        first_title -= 1
    after = titles[-1] + 1
    while after < len(words) and words[after] in TITLE_SUFFIXES:
        after += 1
    # "Secretary of State Antony Blinken": the portfolio belongs to the title
    if after < len(words) and words[after] in TITLE_PORTFOLIO:
        after += 1
        while after < len(words) and words[after] in TITLE_MODIFIERS:
            after += 1
    prefix, person = items[:first_title], items[after:]
    out: list[tuple[list[Item], Votes]] = []
    if prefix:
        out += _typed(prefix, cue, evidence)
    # "Yoon Suk Yeol of South Korea": the person ends at the connector
    rest: list[Item] = []
    for k, item in enumerate(person):
        if item[2].lower() in CONNECTORS:
            person, rest = person[:k], person[k:]
            break
    while rest and rest[0][2].lower() in CONNECTORS:
        rest = rest[1:]
    if person:
        out.append((person, [(FactKind.PERSON, STRONG_VOTE)]))
    if rest:
        out += _typed(rest, "", evidence)
    return out


def _typed(
    items: list[Item], cue: str, evidence: CapitalEvidence
) -> list[tuple[list[Item], Votes]]:
    """One name with its kind votes ([] when the words name nothing)."""
    words = [bare(w).rstrip(".").lower() for _, _, w, _ in items]
    if len(items) == 1 and not _names_something(items[0][2], words[0], evidence):
        return []
    votes: Votes = []
    raw = items[0][2]
    if len(items) == 1 and _is_acronym(raw):
        kind = FactKind.PLACE if words[0].replace(".", "") in PLACE_ACRONYMS else None
        votes.append((kind or FactKind.ORGANISATION, ACRONYM_VOTE))
    if cue in PERSON_CUES:
        votes.append((FactKind.PERSON, STRONG_VOTE))
    if any(_is_org_word(w) for w in words[1:]) or (len(words) > 1 and _is_org_word(words[0])):
        votes.append((FactKind.ORGANISATION, STRONG_VOTE))
    if any(w in PLACE_WORDS for w in words[1:]) or (
        len(words) > 1 and words[0] in PLACE_FIRST_WORDS
    ):
        votes.append((FactKind.PLACE, STRONG_VOTE))
    if _is_demonym(words):
        votes.append((FactKind.PLACE, STRONG_VOTE))
    if _listed_place(" ".join(words)) or _listed_place(
        canonical_name(" ".join(w for _, _, w, _ in items))
    ):
        votes.append((FactKind.PLACE, LISTED_VOTE))
    if cue in PLACE_PREPOSITIONS:
        votes.append((FactKind.PLACE, WEAK_VOTE))
    plain = all(w not in CONNECTORS and w not in EVENT_WORDS for w in words)
    if len(words) in PERSON_SHAPE_WORDS and not votes and plain:
        votes.append((FactKind.PERSON, WEAK_VOTE))  # "Yuri Ushakov": the shape of a personal name
    return [(items, votes)]


def _names_something(word: str, low: str, evidence: CapitalEvidence) -> bool:
    """Whether a one-word capitalised run can be a name at all."""
    if all(part in DIRECTIONS for part in low.split("-")):
        return False  # "East-West"
    if (low in SENTENCE_CAPITALS and not _is_acronym(word)) or len(low) < 2:
        return False  # "US" is a name, "Us" is not
    if word.isupper() and len(word) >= SHOUTED_MIN_LENGTH and low not in evidence.mid_caps:
        return False  # a shouted word ("TOMORROW"), not an acronym
    if word.isupper() and low.replace(".", "") in NOT_NAME_ACRONYMS:
        return False  # "HQ", "TV": common nouns
    return low not in MONTHS and low not in WEEKDAYS


def _listed_place(name: str) -> bool:
    return name in COUNTRIES or name in CITIES or name in REGIONS or name in STATE_NAMES


def _is_org_word(word: str) -> bool:
    # "Qassam Brigades", "Delta Air Lines": plurals of the words too
    return word in ORGANISATION_WORDS or (word.endswith("s") and word[:-1] in ORGANISATION_WORDS)


def _is_demonym(words: list[str]) -> bool:
    if not 1 <= len(words) <= 2 or (len(words) == 2 and words[0] not in PLACE_FIRST_WORDS):
        return False
    last = words[-1]
    return last in IRREGULAR_DEMONYMS or is_regular_demonym(last)


# ---------------------------------------------------------------- entity kinds


def type_entities(mentions: list[Mention]) -> list[tuple[Mention, FactKind]]:
    """Give every mention the kind its whole entity votes for."""
    probes = [read_name(Fact(m.text, _probe_kind(m), m.sentence)) for m in mentions]
    kinds: list[FactKind] = [FactKind.NAME] * len(mentions)
    for group in group_names(probes):
        tally: Counter[FactKind] = Counter()
        for i in group:
            for kind, weight in mentions[i].votes:
                tally[kind] += weight
        best = FactKind.NAME
        if tally:
            order = (FactKind.PERSON, FactKind.ORGANISATION, FactKind.PLACE)
            best = max(order, key=lambda k: (tally[k], -order.index(k)))
            best = best if tally[best] else FactKind.NAME
        for i in group:
            kinds[i] = best
    return list(zip(mentions, kinds, strict=True))


def _probe_kind(mention: Mention) -> FactKind:
    # read_name treats PLACE facts as possible demonyms; anything else as a plain name.
    votes = dict(mention.votes)
    return FactKind.PLACE if votes.get(FactKind.PLACE, 0) >= STRONG_VOTE else FactKind.NAME
