"""Grouping a folder of articles into stories, one story per news event.

Each article becomes a TF-IDF vector over its content words (lower-cased,
plural "s" stripped), its numbers, and pairs of adjacent content words
("vladimir_putin", "ground_assault": names and set phrases, which say far
more about one event than single words), with the headline counted twice. Two articles about
one event share many rare terms; two look-alike events (two earthquakes, two
trials of one person) share the common vocabulary of their kind but differ in
places, names, numbers and dates, which TF-IDF weighs most. On top of that,
two articles that each date themselves (see `outlets.guess_date`) more than
`DATE_WINDOW_DAYS` apart are never linked.

Scale: all pairs would be quadratic, so candidate pairs come from an inverted
index of the rarer terms (document frequency <= `RARE_DF`): a pair that shares
none of them, or only a stray one (`RARE_SHARE_FLOOR`), is not one event. For
each candidate the cosine is completed exactly with the common terms, after
two bounds (Cauchy-Schwarz, and each term's largest weight) have dropped the
pairs that cannot reach the edge floor. A weak pair is kept only when it is
among the `NEIGHBOURS` closest matches of one of its articles: a general
article (an overview, a live page) is a little similar to dozens of articles
of its topic, and those weak ties chain look-alike events into one story
once a folder holds many articles of one topic. Clustering is average-link
agglomeration over that sparse similarity graph with a heap: two groups merge
while the mean similarity over all their cross pairs (missing pairs count 0)
is at least `LINK_THRESHOLD`, and, for two groups that are each tight
already, at least `COHESION_SHARE` of the looser group's own mean similarity
(two look-alike events are each tight and only loosely tied to each other by
the vocabulary of their kind). Last, an article left on its own joins the
story of its most similar article when that match would link two articles
on its own and is clearly its best (`ADOPT_MARGIN`): scraped pages heavy
with navigation or other stories are similar to their event's articles only
a little, yet to nothing else.
"""

from __future__ import annotations

import heapq
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from newsdiff.core.model import Source, Story
from newsdiff.core.stories.edit import unique_slug
from newsdiff.core.stories.outlets import (
    common_date,
    guess_date,
    guess_headline,
    guess_outlet,
    latest_year,
)
from newsdiff.core.words.stopwords import EVENT_STOPWORDS

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

LINK_THRESHOLD = 0.1
"""Mean cosine similarity at which two groups of articles are one story."""
EDGE_FLOOR = LINK_THRESHOLD * 3 / 4
"""Pairs less similar than this count as 0 in the means (keeps the graph sparse)."""
RARE_DF = 100
"""Terms in more articles than this are too common to propose a candidate pair."""
RARE_SHARE_FLOOR = 0.005
"""A pair whose shared rare terms add less than this to its cosine shares only a
stray word or two and is no candidate (at 5,000 articles this drops 70% of the
candidates and 1% of the linked pairs, those linked mostly by common words)."""
COPY_LINK = 0.5
"""Pairs at least this similar are found whatever terms they share: copies of
one wire story carried by more than `RARE_DF` outlets share only terms that
are too common to propose a pair, yet are one story (a prefix filter finds
them exactly: see `_copy_postings`)."""
DATE_WINDOW_DAYS = 31
"""Articles dated further apart than this are different events."""
MIN_PROSE_WORDS = 4
"""Lines with fewer words are labels, tickers or credits, not prose."""
COHESION_SHARE = 0.3
"""Two groups of two or more merge only if their mean cross similarity is at
least this share of the looser group's mean internal similarity."""
ADOPT_MARGIN = 2.0
"""A lone article joins the story of its most similar article when that
similarity is at least this many times its best match in any other story."""
NEIGHBOURS = 15
"""A pair below `STRONG_LINK` is kept only when it is among this many closest
matches of one of its articles: more than the outlets that usually cover one
event in a folder, so an event's own pairs stay."""
STRONG_LINK = 2 * LINK_THRESHOLD
"""Pairs twice as similar as it takes to link are kept whatever else their
articles match (a large story's pairs are not cut by the neighbour limit)."""

_YEARISH = re.compile(r"(?:19|20)\d\d")
# UTF-8 read as cp1252 or latin-1 ("doesnâ\x80\x99t", "Ã©"): a lead byte's
# character then as many continuation bytes' characters as the lead announces.
_CONTINUATION = "[\x80-\xbf" + bytes(range(0x80, 0xA0)).decode("cp1252", "ignore") + "]"
_MOJIBAKE = re.compile(
    f"[\xc2-\xdf]{_CONTINUATION}|[\xe0-\xef]{_CONTINUATION}{{2}}|[\xf0-\xf4]{_CONTINUATION}{{3}}"
)
_WORD = re.compile(r"[^\W\d_][\w'’-]*|\d+(?:[.,]\d+)*")


@dataclass(frozen=True, slots=True)
class _Article:
    """What grouping needs to know about one source."""

    source: Source
    """The source, outlet already guessed."""
    term_ids: npt.NDArray[np.int32]
    """Ids of its distinct terms in the run's vocabulary (arrays, not a dict per
    article: at 10,000 articles the dicts alone took hundreds of megabytes)."""
    counts: npt.NDArray[np.float32]
    """How often each of those terms occurs (headline terms counted twice)."""
    headline: str
    """The cleaned headline, or "" when the first line is not one."""
    date: str
    """The article's own date (ISO, day or month precision), or ""."""


def group_sources(sources: Sequence[Source]) -> list[Story]:
    """Group the articles of a folder into stories, one per news event.

    Args:
        sources: the articles; their ids should be unique (file stems).

    Returns:
        Stories, largest first then by title; an article that matches no other
        is a story of its own. Each story has a unique slug id, a headline
        taken from its most central article, the date its articles agree on
        (or ""), and its sources with `outlet` guessed from the text when the
        text names one (else the file stem), most central source first.
    """
    if not sources:
        return []
    ordered = sorted(sources, key=lambda s: (s.id, s.path))
    cache: dict[str, str] = {}
    vocabulary: dict[str, int] = {}
    articles = [_describe(source, vocabulary, cache) for source in ordered]
    edges = _closest_pairs(len(articles), _similar_pairs(articles, len(vocabulary)))
    clusters = _adopt_loners(_average_link(len(articles), edges), edges)
    strength = _centrality(len(articles), edges)
    stories: list[Story] = []
    for members in clusters:
        members = sorted(members, key=lambda i: (-strength[i], articles[i].source.id))
        title = next((articles[i].headline for i in members if articles[i].headline), "")
        if not title:
            title = _first_words(articles[members[0]].source.text) or articles[members[0]].source.id
        # A member naming a later year shows that an earlier date another
        # member gives is background ("met in September 2023"), not the story's.
        dates = [articles[i].date for i in members if articles[i].date]
        if dates and _names_year_after([articles[i].source.text for i in members], min(dates)):
            newest = max(latest_year(articles[i].source.text) for i in members)
            dates = [d for d in dates if d[:4] >= str(newest)]
        story_date = common_date(dates)
        stories.append(
            Story(
                id="",
                title=title,
                date=story_date,
                sources=_unique_ids([articles[i].source for i in members]),
            )
        )
    stories.sort(key=lambda s: (-len(s.sources), s.title.lower(), s.sources[0].id))
    used: set[str] = set()
    return [replace(story, id=unique_slug(story.title, used)) for story in stories]


def content_terms(text: str, cache: dict[str, str] | None = None) -> dict[str, float]:
    """The terms grouping compares, with counts; the headline counts twice.

    Terms are lower-cased content words with a plural "s" stripped, numbers
    ("#1000"), and adjacent content-word pairs ("vladimir_putin"). Lines too
    short to be prose and repeated lines (tickers, captions printed twice) are
    skipped. UTF-8 that was read as cp1252 or latin-1 is repaired first.

    Args:
        text: the article.
        cache: token -> term ("" for stopwords), shared across the articles of
            one grouping run so each distinct token is normalised once.
    """
    if cache is None:
        cache = {}
    # Scraped pages often carry mojibake ("itâ\x80\x99s", "Ã©"): left alone it
    # splits words into junk terms ("itâ", "donâ") that tie every page of the
    # same broken site together and hides the real words from their event.
    if not text.isascii():
        text = _MOJIBAKE.sub(_unmangle, text)
    terms: list[str] = []
    seen: set[str] = set()
    first = True
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line in seen:
            continue
        seen.add(line)
        tokens = _WORD.findall(line)
        if not first and len(tokens) < MIN_PROSE_WORDS:
            continue
        normal = [cache[t] if t in cache else _normalise(t, cache) for t in tokens]
        line_terms = [t for t in normal if t]
        # Pairs of adjacent content words; stopwords and numbers break a pair.
        line_terms += [
            f"{x}_{y}" for x, y in pairwise(normal) if x and y and x[0] != "#" and y[0] != "#"
        ]
        terms += line_terms
        if first:
            terms += line_terms
            first = False
    return {term: float(n) for term, n in Counter(terms).items()}


def _unmangle(match: re.Match[str]) -> str:
    """One character's UTF-8 bytes, read as cp1252/latin-1, decoded back."""
    chars = match.group()
    try:
        raw = bytes(ord(c) if ord(c) < 0x100 else c.encode("cp1252")[0] for c in chars)
        repaired = raw.decode("utf-8")
    except UnicodeError:
        return chars  # not mojibake after all: leave the text as it was
    # Mojibake of news text decodes to letters of European scripts or to
    # punctuation (’ “ – …); anything else is real text that happens to look
    # like it ("groß“" is ß and a quote, not "ߓ").
    code = ord(repaired)
    return repaired if 0x80 <= code <= 0x52F or 0x2000 <= code <= 0x20CF else chars


def _normalise(token: str, cache: dict[str, str]) -> str:
    if token[0].isdigit():
        term = "#" + token.replace(",", "") if len(token) > 1 else ""
    else:
        lower = token.lower()
        term = "" if lower in EVENT_STOPWORDS else _stem(lower)
        if len(term) < 2:
            term = ""
    cache[token] = term
    return term


def _describe(
    source: Source, vocabulary: dict[str, int], cache: dict[str, str] | None = None
) -> _Article:
    """One source read for grouping; new terms are added to `vocabulary`."""
    import numpy as np

    # A page's own metadata (its title, og:site_name) beats a guess from its text.
    page_outlet = source.outlet if source.title and source.outlet != Path(source.path).stem else ""
    outlet = (
        page_outlet
        or guess_outlet(source.text)
        or source.outlet
        or Path(source.path).stem
        or source.id
    )
    terms = content_terms(source.text, cache)
    ids = np.fromiter(
        (vocabulary.setdefault(term, len(vocabulary)) for term in terms),
        dtype=np.int32,
        count=len(terms),
    )
    return _Article(
        source=replace(source, outlet=outlet),
        term_ids=ids,
        counts=np.fromiter(terms.values(), dtype=np.float32, count=len(terms)),
        headline=" ".join(source.title.split()) or guess_headline(source.text),
        date=source.date or guess_date(source.text),
    )


def _similar_pairs(
    articles: Sequence[_Article], vocabulary_size: int
) -> list[tuple[int, int, float]]:
    """Every pair (i < j) whose cosine similarity is at least `EDGE_FLOOR`."""
    import numpy as np

    n = len(articles)
    indptr = np.zeros(n + 1, dtype=np.int64)
    indptr[1:] = np.cumsum([len(a.term_ids) for a in articles])
    if indptr[-1] == 0:
        return []
    indices = np.concatenate([a.term_ids for a in articles]).astype(np.int64)
    counts = np.concatenate([a.counts for a in articles]).astype(np.float64)
    df = np.bincount(indices, minlength=vocabulary_size)
    # Smoothed IDF, sublinear TF, unit length: the usual TF-IDF cosine.
    idf = np.log((n + 1) / (df + 1)) + 1.0
    data = (1.0 + np.log(counts)) * idf[indices]
    row_of = np.repeat(np.arange(n), np.diff(indptr))
    norms = np.sqrt(np.bincount(row_of, weights=data * data, minlength=n))
    data /= np.maximum(norms, 1e-12)[row_of]

    rare = df[indices] <= RARE_DF
    # Inverted index (term -> articles, weights) over the rare entries only.
    rare_terms, rare_rows, rare_data = indices[rare], row_of[rare], data[rare]
    order = np.argsort(rare_terms, kind="stable")
    post_rows, post_data = rare_rows[order], rare_data[order]
    # Where each rare entry sits in its term's posting list: the articles after
    # it there are exactly the later articles sharing the term (lists are in
    # article order), so each pair is gathered once, from its first article.
    post_at = np.empty(len(order), dtype=np.int64)
    post_at[order] = np.arange(len(order), dtype=np.int64)
    rare_ptr = np.zeros(n + 1, dtype=np.int64)
    rare_ptr[1:] = np.cumsum(np.bincount(rare_rows, minlength=n))
    post_ptr = np.zeros(vocabulary_size + 1, dtype=np.int64)
    post_ptr[1:] = np.cumsum(np.bincount(rare_terms, minlength=vocabulary_size))
    # Per-article common part, for the exact completion and its bound.
    common_mask = ~rare
    c_ptr = np.zeros(n + 1, dtype=np.int64)
    c_ptr[1:] = np.cumsum(np.bincount(row_of[common_mask], minlength=n))
    c_terms, c_data = indices[common_mask], data[common_mask]
    c_norm = np.sqrt(np.bincount(row_of[common_mask], weights=c_data**2, minlength=n))
    # A second bound on the common part: each common term's weight times the
    # largest weight any article gives it. Common terms have a low IDF, so
    # this is often far below the norm product and prunes most candidates.
    c_top = np.zeros(vocabulary_size, dtype=np.float64)
    np.maximum.at(c_top, c_terms, c_data)
    c_reach = np.bincount(row_of[common_mask], weights=c_data * c_top[c_terms], minlength=n)
    dense = np.zeros(vocabulary_size, dtype=np.float64)
    copy_ptr, copy_terms, copy_at, copy_post_ptr, copy_rows = _copy_postings(
        indices, data, row_of, df, n, vocabulary_size
    )

    days = np.array([_day_number(a.date) for a in articles], dtype=np.int64)
    edges: list[tuple[int, int, float]] = []
    for i in range(n):
        lo, hi = rare_ptr[i], rare_ptr[i + 1]
        terms, weights = rare_terms[lo:hi], rare_data[lo:hi]
        starts, ends = post_at[lo:hi] + 1, post_ptr[terms + 1]
        take = _ranges(starts, ends)
        # Later articles sharing a term of this one's copy prefix: the only
        # ones that can be `COPY_LINK` similar to it.
        own_copy = slice(copy_ptr[i], copy_ptr[i + 1])
        copy_take = _ranges(copy_at[own_copy] + 1, copy_post_ptr[copy_terms[own_copy] + 1])
        copies = np.unique(copy_rows[copy_take])
        if len(take) == 0 and len(copies) == 0:
            continue
        others = post_rows[take]
        products = post_data[take] * np.repeat(weights, ends - starts)
        partial = np.bincount(others - (i + 1), weights=products, minlength=n - i - 1)
        candidates = np.flatnonzero(partial >= RARE_SHARE_FLOOR) + (i + 1)
        copy_only = np.setdiff1d(copies, candidates, assume_unique=True)
        if len(copy_only):
            candidates = np.union1d(candidates, copy_only)
        bound = partial[candidates - (i + 1)] + np.minimum(
            np.minimum(c_norm[i] * c_norm[candidates], c_reach[candidates]), c_reach[i]
        )
        candidates = candidates[bound >= EDGE_FLOOR]
        if len(candidates) == 0:
            continue
        sims = partial[candidates - (i + 1)]
        if c_norm[i] > 0:
            own = slice(c_ptr[i], c_ptr[i + 1])
            dense[c_terms[own]] = c_data[own]
            take = _ranges(c_ptr[candidates], c_ptr[candidates + 1])
            segment = np.repeat(np.arange(len(candidates)), np.diff(c_ptr)[candidates])
            sims = sims + np.bincount(
                segment, weights=dense[c_terms[take]] * c_data[take], minlength=len(candidates)
            )
            dense[c_terms[own]] = 0.0
        keep = sims >= EDGE_FLOOR
        if len(copy_only):
            # Found only through common terms: kept when a copy, as the rare
            # terms' floor would drop them otherwise.
            keep &= ~np.isin(candidates, copy_only) | (sims >= COPY_LINK)
        if days[i] >= 0:
            # Both dated and too far apart: look-alike events, never one story.
            keep &= (days[candidates] < 0) | (
                np.abs(days[candidates] - days[i]) <= DATE_WINDOW_DAYS
            )
        edges.extend(
            zip([i] * int(keep.sum()), candidates[keep].tolist(), sims[keep].tolist(), strict=True)
        )
    return edges


def _copy_postings(
    indices: npt.NDArray[np.int64],
    data: npt.NDArray[np.float64],
    row_of: npt.NDArray[np.int64],
    df: npt.NDArray[np.int64],
    n: int,
    vocabulary_size: int,
) -> tuple[npt.NDArray[np.int64], ...]:
    """An inverted index of each article's copy prefix, for pairs of cosine >= `COPY_LINK`.

    Terms are ranked rarest first (document frequency, then id). An article's
    prefix is its terms up to where the weight of the rest falls below
    `COPY_LINK`: a pair sharing no term of one article's prefix has a cosine
    below that (Cauchy-Schwarz on the rest), and with one ranking for all, two
    articles that are that similar share a term of both prefixes. Only the
    prefix is indexed, so the cost follows the pairs that can be copies.

    Returns:
        Per article, where its prefix entries start (`copy_ptr`, n + 1), their
        terms, each entry's place in its term's posting list, where each term's
        list starts (vocabulary + 1), and the article of each posting.
    """
    import numpy as np

    rank = np.lexsort((indices, df[indices], row_of))  # by article, rarest term first
    terms, weights, rows = indices[rank], data[rank], row_of[rank]
    squared = weights * weights
    # Weight of the rest of its article from each entry on (inclusive).
    ends = np.cumsum(squared)
    article_end = np.zeros(n, dtype=np.float64)
    np.maximum.at(article_end, rows, ends)
    rest = np.sqrt(np.maximum(article_end[rows] - ends + squared, 0.0))
    prefix = rest >= COPY_LINK
    terms, rows = terms[prefix], rows[prefix]
    copy_ptr = np.zeros(n + 1, dtype=np.int64)
    copy_ptr[1:] = np.cumsum(np.bincount(rows, minlength=n))
    order = np.argsort(terms, kind="stable")  # posting lists in article order
    at = np.empty(len(order), dtype=np.int64)
    at[order] = np.arange(len(order), dtype=np.int64)
    post_ptr = np.zeros(vocabulary_size + 1, dtype=np.int64)
    post_ptr[1:] = np.cumsum(np.bincount(terms, minlength=vocabulary_size))
    return copy_ptr, terms, at, post_ptr, rows[order]


def _closest_pairs(n: int, edges: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """The pairs among the `NEIGHBOURS` closest of either article, or `STRONG_LINK` ones.

    Ties with the last neighbour are kept, so the result does not depend on
    the order of the pairs.
    """
    import numpy as np

    if not edges:
        return edges
    pairs = np.array([(i, j) for i, j, _ in edges], dtype=np.int64)
    sims = np.array([sim for _, _, sim in edges], dtype=np.float64)
    ends = np.concatenate([pairs[:, 0], pairs[:, 1]])
    both = np.concatenate([sims, sims])
    # Each article's pairs, most similar first; the one at rank NEIGHBOURS - 1
    # is the weakest an article keeps on its own account.
    order = np.lexsort((-both, ends))
    ends, both = ends[order], both[order]
    first = np.searchsorted(ends, ends, side="left")
    at_rank = (np.arange(len(ends)) - first) == NEIGHBOURS - 1
    weakest = np.zeros(n, dtype=np.float64)
    weakest[ends[at_rank]] = both[at_rank]
    keep = (sims >= STRONG_LINK) | (sims >= weakest[pairs[:, 0]]) | (sims >= weakest[pairs[:, 1]])
    return [edge for edge, kept in zip(edges, keep.tolist(), strict=True) if kept]


def _ranges(starts: npt.NDArray[np.int64], ends: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
    """The concatenation of range(s, e) for each pair, without a Python loop."""
    import numpy as np

    lengths = ends - starts
    total = int(lengths.sum())
    if total == 0:
        return np.zeros(0, dtype=np.int64)
    offsets = np.repeat(starts - np.cumsum(lengths) + lengths, lengths)
    return np.arange(total, dtype=np.int64) + offsets


def _average_link(n: int, edges: Sequence[tuple[int, int, float]]) -> list[list[int]]:
    """Average-link clusters over a sparse similarity graph (missing pairs are 0).

    Clusters merge best-first while the mean cross similarity is at least
    `LINK_THRESHOLD` and at least `COHESION_SHARE` of the looser side's own
    mean similarity (a lone article has none, so only the threshold applies
    to it); ties break on cluster ids, so the result is deterministic.
    """
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    links: dict[int, dict[int, float]] = {i: {} for i in range(n)}
    # Sum of the similarities inside each cluster, for its cohesion.
    inside: dict[int, float] = dict.fromkeys(range(n), 0.0)
    for i, j, sim in edges:
        links[i][j] = links[i].get(j, 0.0) + sim
        links[j][i] = links[j].get(i, 0.0) + sim
    heap = [(-sim, i, j) for i, j, sim in edges if sim >= LINK_THRESHOLD]
    heapq.heapify(heap)
    next_id = n
    while heap:
        negative_mean, a, b = heapq.heappop(heap)
        if a not in members or b not in members:
            continue  # one side was merged already; its new pairs are queued
        looser = min(_cohesion(members[a], inside[a]), _cohesion(members[b], inside[b]))
        if -negative_mean < COHESION_SHARE * looser:
            continue  # two tight groups, loosely tied: look-alike events
        merged = members.pop(a) + members.pop(b)
        inside[next_id] = inside.pop(a) + inside.pop(b) + links[a].get(b, 0.0)
        links_a, links_b = links.pop(a), links.pop(b)
        new_links: dict[int, float] = {}
        for other in set(links_a) | set(links_b):
            if other in (a, b):
                continue
            total = links_a.get(other, 0.0) + links_b.get(other, 0.0)
            neighbour = links[other]
            neighbour.pop(a, None)
            neighbour.pop(b, None)
            neighbour[next_id] = total
            new_links[other] = total
            mean = total / (len(merged) * len(members[other]))
            if mean >= LINK_THRESHOLD:
                heapq.heappush(heap, (-mean, other, next_id))
        members[next_id] = merged
        links[next_id] = new_links
        next_id += 1
    return [sorted(group) for group in members.values()]


def _cohesion(group: list[int], inside: float) -> float:
    """Mean similarity over the pairs inside a group (0 for a lone article)."""
    k = len(group)
    return inside / (k * (k - 1) / 2) if k > 1 else 0.0


def _adopt_loners(
    clusters: list[list[int]], edges: Sequence[tuple[int, int, float]]
) -> list[list[int]]:
    """Move each lone article into the story of its clearly most similar article.

    A lone article's best match (an edge within the date window) must be in a
    story of two or more, reach `LINK_THRESHOLD` (a weaker match is a shared
    topic, not shared facts: a Chile fire and a Sydney fire), and be at least
    `ADOPT_MARGIN` times its best match in any other story. Decisions are
    made against the clusters as they came out of the linkage, so the order
    of the loners does not matter.
    """
    cluster_of = {i: k for k, group in enumerate(clusters) for i in group}
    best: dict[int, dict[int, float]] = {}
    for i, j, sim in edges:
        for loner, other in ((i, j), (j, i)):
            if len(clusters[cluster_of[loner]]) == 1:
                scores = best.setdefault(loner, {})
                k = cluster_of[other]
                scores[k] = max(scores.get(k, 0.0), sim)
    adopted: dict[int, list[int]] = {}
    for loner, scores in sorted(best.items()):
        ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
        k, top = ranked[0]
        runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
        if len(clusters[k]) > 1 and top >= max(LINK_THRESHOLD, ADOPT_MARGIN * runner_up):
            adopted.setdefault(k, []).append(loner)
    if not adopted:
        return clusters
    moved = {i for group in adopted.values() for i in group}
    return [
        sorted(group + adopted.get(k, []))
        for k, group in enumerate(clusters)
        if not (len(group) == 1 and group[0] in moved)
    ]


def _centrality(n: int, edges: Sequence[tuple[int, int, float]]) -> list[float]:
    strength = [0.0] * n
    for i, j, sim in edges:
        strength[i] += sim
        strength[j] += sim
    return strength


def _names_year_after(texts: list[str], iso: str) -> bool:
    """Whether any text writes a year-like number after the year of `iso`.

    A cheap over-estimate of `latest_year` (which skips captions line by
    line): when no text even looks like naming a later year, no date can be
    background and the exact reading is not needed.
    """
    year = iso[:4]
    return any(y > year for text in texts for y in _YEARISH.findall(text))


def _day_number(iso: str) -> int:
    """Days since year 1 for a full ISO date, -1 for a month or nothing."""
    return date.fromisoformat(iso).toordinal() if len(iso) == 10 else -1


def _stem(word: str) -> str:
    """Strip a possessive and a plural ending (the S-stemmer), nothing more."""
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    if len(word) > 4 and word.endswith("ies") and not word.endswith(("eies", "aies")):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("es") and not word.endswith(("aes", "ees", "oes")):
        return word[:-1]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("us", "ss", "is")):
        return word[:-1]
    return word


def _unique_ids(sources: list[Source]) -> tuple[Source, ...]:
    seen: set[str] = set()
    out: list[Source] = []
    for source in sources:
        sid, k = source.id, 2
        while sid in seen:
            sid, k = f"{source.id}-{k}", k + 1
        seen.add(sid)
        out.append(source if sid == source.id else replace(source, id=sid))
    return tuple(out)


def _first_words(text: str, limit: int = 12) -> str:
    words = text.split()
    if not words:
        return ""
    head = " ".join(words[:limit])
    return head + ("…" if len(words) > limit else "")
