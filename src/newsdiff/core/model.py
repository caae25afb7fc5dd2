"""The result tree of a comparison: frozen dataclasses, the one thing both faces render.

Nothing here computes an analysis; it only holds one and turns it into the JSON
contract (`schema: newsdiff/1`, see README "JSON contract").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

SCHEMA = "newsdiff/1"


class ChangeKind(StrEnum):
    """What kind of difference a word change is."""

    SPELLING = "spelling"
    """A regional spelling variant: honor / honour."""
    TYPO = "typo"
    """A misspelling, or words run together or split: to / tp, "Un on" / "Unon"."""
    PUNCTUATION = "punctuation"
    """Punctuation, quote or dash style only."""
    CASE = "case"
    """Capitalisation only."""
    NAME = "name"
    """The same entity written differently: Kim Jong Un / Kim Jong-un."""
    NUMBER = "number"
    """A number or date differs in value."""
    WORDING = "wording"
    """Any other insertion, deletion or replacement."""


class RowKind(StrEnum):
    """How a row of the aligned diff relates its two sides."""

    SAME = "same"
    """Aligned, in order, no differences."""
    CHANGED = "changed"
    """Aligned, in order, with word changes."""
    MOVED = "moved"
    """Aligned, but out of order relative to the other side."""
    ONLY_A = "only_a"
    """A sentence (or several) only the A side has."""
    ONLY_B = "only_b"
    """A sentence (or several) only the B side has."""


class Closeness(StrEnum):
    """How much of a statement the two sides of an aligned row share."""

    FULL = "full"
    """Both sides state the same thing (reworded or not)."""
    PARTIAL = "partial"
    """The sides share one claim; each also says something the other does not."""
    NONE = "none"
    """A one-sided row: nothing to share."""


class FactKind(StrEnum):
    """What a fact is."""

    PERSON = "person"
    PLACE = "place"
    ORGANISATION = "organisation"
    NAME = "name"
    """A proper name whose type could not be told."""
    NUMBER = "number"
    DATE = "date"
    QUOTE = "quote"


@dataclass(frozen=True, slots=True)
class Token:
    """A word, number or punctuation mark inside a sentence."""

    text: str
    """The token as written."""
    start: int
    """Offset of its first character in the sentence text."""
    end: int
    """Offset just past its last character in the sentence text."""

    @property
    def is_word(self) -> bool:
        """True for tokens holding a letter or digit (not bare punctuation)."""
        text = self.text
        return text[:1].isalnum() or any(ch.isalnum() for ch in text)


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a cleaned article."""

    text: str
    """The sentence text, whitespace inside it kept as written."""
    start: int
    """Offset of the sentence in the cleaned text of its source."""
    paragraph: int
    """Index of the paragraph it belongs to (0-based)."""


@dataclass(frozen=True, slots=True)
class RemovedLine:
    """A line the cleaner took out of an article, kept so nothing is lost."""

    text: str
    """The line as it stood in the input (without its newline)."""
    reason: str
    """Why it was removed, in a few words a reader understands ("stock ticker")."""
    line: int
    """1-based line number in the loaded text."""


@dataclass(frozen=True, slots=True)
class Typo:
    """A probable misspelling found in one source."""

    text: str
    """The word as written: "thesecond"."""
    suggestion: str
    """What was probably meant: "the second"."""
    sentence: int
    """Index of the sentence holding it."""
    span: tuple[int, int] = (0, 0)
    """Character offsets of the word inside that sentence."""


@dataclass(frozen=True, slots=True)
class Change:
    """One difference inside an aligned row, with what kind it is."""

    kind: ChangeKind
    """The class of difference."""
    a: str
    """Text on the A side ("" for an insertion)."""
    b: str
    """Text on the B side ("" for a deletion)."""
    a_span: tuple[int, int]
    """Character offsets of `a` in the row's A text (sentences joined by one space)."""
    b_span: tuple[int, int]
    """Character offsets of `b` in the row's B text (sentences joined by one space)."""


@dataclass(frozen=True, slots=True)
class Row:
    """One line of the side-by-side diff: sentences of A facing sentences of B."""

    kind: RowKind
    """How the two sides relate."""
    a: tuple[int, ...]
    """Indexes of A sentences in this row (empty for only-in-B)."""
    b: tuple[int, ...]
    """Indexes of B sentences in this row (empty for only-in-A)."""
    score: float
    """Similarity of the two sides, 0..1 (0 for only-in-one rows)."""
    changes: tuple[Change, ...] = ()
    """Word-level differences, in reading order."""
    closeness: Closeness = Closeness.NONE
    """Whether the sides state the same thing or share only part of it."""


@dataclass(frozen=True, slots=True)
class Fact:
    """A checkable item one source states: a name, a number, a date, a quotation."""

    text: str
    """The fact as written in the source."""
    kind: FactKind
    """What kind of fact it is."""
    sentence: int
    """Index of the sentence it comes from."""


@dataclass(frozen=True, slots=True, eq=False)
class FoundFact(Fact):
    """A fact as extraction found it: a `Fact` plus the words around it.

    It compares and hashes like the plain `Fact` with the same text, kind and
    sentence, so callers can treat it as one.
    """

    context: frozenset[str] = frozenset()
    """Lower-case content words near the fact in its sentence (numbers and dates
    only): two different values are a conflict only when these overlap."""
    dateline: bool = False
    """A place named in the dateline ("WASHINGTON —"): the source carries it, but it
    is no statement of the story to list."""

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Fact):
            return NotImplemented
        return (self.text, self.kind, self.sentence) == (other.text, other.kind, other.sentence)

    def __hash__(self) -> int:
        return hash((self.text, self.kind, self.sentence))


@dataclass(frozen=True, slots=True)
class Conflict:
    """The same slot filled with different values by the two sources."""

    a: str
    """The A source's value ("24 years")."""
    b: str
    """The B source's value ("20 years")."""
    kind: FactKind
    """What kind of fact differs."""
    a_sentence: int = -1
    """Sentence of A holding it."""
    b_sentence: int = -1
    """Sentence of B holding it."""


@dataclass(frozen=True, slots=True)
class FactDiff:
    """Facts only one side carries, and facts the sides disagree on."""

    only_a: tuple[Fact, ...] = ()
    """Facts found in A with no counterpart in B."""
    only_b: tuple[Fact, ...] = ()
    """Facts found in B with no counterpart in A."""
    conflicts: tuple[Conflict, ...] = ()
    """Same slot, different value."""


@dataclass(frozen=True, slots=True)
class Side:
    """One source as the comparison saw it: its sentences and what was removed."""

    id: str
    """Source id (from the manifest, or the file name)."""
    outlet: str
    """Outlet name shown to the reader."""
    path: str
    """Where the text came from ("-" for stdin, "" for a bare string)."""
    sentences: tuple[Sentence, ...]
    """The article prose, sentence by sentence."""
    removed: tuple[RemovedLine, ...] = ()
    """Boilerplate lines taken out, with reasons."""
    typos: tuple[Typo, ...] = ()
    """Probable misspellings in this source."""
    url: str = ""
    """Where the article was published, when known."""
    title: str = ""
    """The article's headline, when its page gave one."""
    date: str = ""
    """ISO date of publication, when known."""
    author: str = ""
    """Who wrote it, when its page said."""

    @property
    def texts(self) -> list[str]:
        """The sentence texts, in order."""
        return [s.text for s in self.sentences]

    def row_text(self, indexes: tuple[int, ...]) -> str:
        """The text a row shows for this side: its sentences joined by one space."""
        return " ".join(self.sentences[i].text for i in indexes)

    def word_count(self) -> int:
        """Number of whitespace-separated words in the kept sentences."""
        return sum(len(s.text.split()) for s in self.sentences)


@dataclass(frozen=True, slots=True)
class Comparison:
    """Everything newsdiff found when comparing two sources."""

    a: Side
    """The left (A) source."""
    b: Side
    """The right (B) source."""
    similarity: float
    """How much of the two texts is shared, 0..1."""
    rows: tuple[Row, ...]
    """The aligned diff, in reading order of A (only-in-B rows where B has them)."""
    facts: FactDiff = field(default_factory=FactDiff)
    """Facts only one side carries, and conflicts."""

    @property
    def changes(self) -> list[Change]:
        """Every word change of every row, in row order."""
        return [c for row in self.rows for c in row.changes]

    @property
    def change_counts(self) -> dict[str, int]:
        """Number of changes of each kind (all kinds present, zero included)."""
        counts = Counter(c.kind.value for c in self.changes)
        return {kind.value: counts.get(kind.value, 0) for kind in ChangeKind}

    @property
    def row_counts(self) -> dict[str, int]:
        """Number of rows of each kind (all kinds present, zero included)."""
        counts = Counter(r.kind.value for r in self.rows)
        return {kind.value: counts.get(kind.value, 0) for kind in RowKind}

    @property
    def identical(self) -> bool:
        """True when the articles say the same: every row is `same`."""
        return all(r.kind is RowKind.SAME for r in self.rows)

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract, schema `newsdiff/1`."""
        return {
            "schema": SCHEMA,
            "a": _side_dict(self.a),
            "b": _side_dict(self.b),
            "similarity": round(self.similarity, 4),
            "rows": [_row_dict(r) for r in self.rows],
            "facts": {
                "only_a": [_fact_dict(f) for f in self.facts.only_a],
                "only_b": [_fact_dict(f) for f in self.facts.only_b],
                "conflicts": [
                    {
                        "a": c.a,
                        "b": c.b,
                        "kind": c.kind.value,
                        "a_sentence": c.a_sentence,
                        "b_sentence": c.b_sentence,
                    }
                    for c in self.facts.conflicts
                ],
            },
            "stats": {"changes": self.change_counts, "rows": self.row_counts},
        }


def _side_dict(side: Side) -> dict[str, Any]:
    return {
        "id": side.id,
        "outlet": side.outlet,
        "path": side.path,
        "url": side.url,
        "title": side.title,
        "date": side.date,
        "author": side.author,
        "sentences": side.texts,
        "removed": [{"text": r.text, "reason": r.reason, "line": r.line} for r in side.removed],
        "typos": [
            {"text": t.text, "suggestion": t.suggestion, "sentence": t.sentence} for t in side.typos
        ],
    }


def _row_dict(row: Row) -> dict[str, Any]:
    return {
        "kind": row.kind.value,
        "a": list(row.a),
        "b": list(row.b),
        "score": round(row.score, 4),
        "closeness": row.closeness.value,
        "changes": [
            {
                "kind": c.kind.value,
                "a": c.a,
                "b": c.b,
                "a_span": list(c.a_span),
                "b_span": list(c.b_span),
            }
            for c in row.changes
        ],
    }


def _fact_dict(fact: Fact) -> dict[str, Any]:
    return {"text": fact.text, "kind": fact.kind.value, "sentence": fact.sentence}


_OUTLET_NOTE = re.compile(r"\s*\([^)]*\)\s*$")


def outlet_name(outlet: str) -> str:
    """An outlet's own name, a trailing note in parentheses dropped.

    "Krone (translated from German)" is "Krone"; a name that is only a
    parenthesis gives "".
    """
    return _OUTLET_NOTE.sub("", outlet).strip()


class CorpusError(Exception):
    """A problem with an input file or manifest, phrased for the reader."""


@dataclass(frozen=True, slots=True)
class Source:
    """One article as loaded: its decoded text and where it came from."""

    id: str
    """Unique within its story (manifest id, or the file stem)."""
    outlet: str
    """Outlet name shown to the reader."""
    path: str
    """The file it was read from ("-" for stdin, "" for a string)."""
    text: str
    """The decoded text, newlines normalised to \\n."""
    url: str = ""
    """Where the article was published, when known (a page's canonical URL)."""
    encoding: str = "utf-8"
    """The encoding the bytes were decoded with."""
    title: str = ""
    """The article's headline, when the page (or manifest) gives one."""
    date: str = ""
    """ISO date (YYYY-MM-DD) the article was published, when known."""
    author: str = ""
    """Who wrote it, when the page says."""
    removed: tuple[RemovedLine, ...] = ()
    """What was taken out while loading, before `text`: the visible page text an
    HTML page's extraction left out (`line` is the page-source line of the
    element that held it), a Markdown file's link addresses and images. The
    comparison lists these with the cleaner's removed lines."""


@dataclass(frozen=True, slots=True)
class Story:
    """One news event and the sources that cover it."""

    id: str
    """Unique slug."""
    title: str
    """Headline shown in the story list."""
    date: str = ""
    """ISO date (YYYY-MM-DD) when known."""
    sources: tuple[Source, ...] = ()
    """The articles covering the story, in manifest order."""


@dataclass(frozen=True, slots=True)
class Corpus:
    """Stories loaded from one folder, plus the problems met while loading."""

    root: str
    """The folder (or manifest) it came from."""
    stories: tuple[Story, ...]
    """Stories in manifest (or file) order."""
    problems: tuple[str, ...] = field(default=())
    """One line per file that could not be loaded; the rest still loads."""

    def find_source(self, source_id: str) -> Source | None:
        """The first source with this id (or `story/source`), or None."""
        story_id, _, sid = source_id.rpartition("/")
        for story in self.stories:
            if story_id and story.id != story_id:
                continue
            for source in story.sources:
                if source.id == sid:
                    return source
        return None
