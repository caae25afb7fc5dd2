"""The facts of one source as a comparison reports them, and those only one side carries.

`compare` runs these after cleaning and segmenting (in a forked child for a
one-shot run, `core.child`); `stories.coverage` reads each source's facts
through `compare.analyse`.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence

from newsdiff.core.facts.extract import extract_facts
from newsdiff.core.facts.match import diff_facts, drop_mentioned, fact_key
from newsdiff.core.facts.names import NAME_KINDS
from newsdiff.core.model import Fact, FactDiff, FactKind, Source, outlet_name


def source_facts(source: Source, texts: Sequence[str]) -> tuple[Fact, ...]:
    """The facts of a source's sentences, but those naming the source itself."""
    outlet = outlet_name(source.outlet)
    stem = os.path.splitext(os.path.basename(source.path))[0]
    if outlet.casefold() in (source.id.casefold(), stem.casefold()):
        outlet = ""  # named after its file ("putin.txt"), not a masthead
    masthead = _MASTHEAD.match(texts[0]) if texts else None
    own = _name_keys(outlet)
    own_first = _name_keys(masthead.group(1)) if masthead else {}
    return tuple(
        f
        for f in extract_facts(texts)
        if not _names_itself(f, own) and not (f.sentence == 0 and _names_itself(f, own_first))
    )


def one_sided_facts(
    a_facts: tuple[Fact, ...], b_facts: tuple[Fact, ...], a_texts: list[str], b_texts: list[str]
) -> FactDiff:
    """Facts only one side carries (and conflicts), less those the other side
    mentions in passing."""
    return drop_mentioned(diff_facts(a_facts, b_facts), a_texts, b_texts, a_facts, b_facts)


# "Berliner Tageblatt - Putin to visit N. Korea": a page title led by the
# outlet's own name.
_MASTHEAD = re.compile(r"(\S.{0,48}?)\s+[-–—|]\s+\S")


def _name_keys(name: str) -> dict[FactKind, str]:
    """`fact_key` of `name` read as each kind of name ({} for no name: "", "…")."""
    if not any(ch.isalpha() for ch in name):
        return {}
    return {kind: fact_key(Fact(name, kind, -1)) for kind in NAME_KINDS}


def _names_itself(fact: Fact, own: dict[FactKind, str]) -> bool:
    """A source naming itself (its outlet, or the masthead leading its first
    line) states no fact of the story; another outlet naming it does."""
    key = own.get(fact.kind)
    return key is not None and fact_key(fact) == key
