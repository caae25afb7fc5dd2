"""Fixing a grouping by hand: move a source to another story or a new one, merge two stories.

Every operation is a pure function from a `Corpus` to a new `Corpus`; nothing is
changed in place, so the reader's previous grouping stays intact until the new one
is shown or saved. Ids stay valid for a manifest: story ids are unique slugs,
source ids are unique within their story (a clash gets a `-2`, `-3`… suffix).
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsdiff.core.model import Corpus, Source, Story
from newsdiff.core.stories.labels import source_headline
from newsdiff.core.stories.outlets import guess_date

SLUG_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
"""What a story id must look like; the same rule `load_manifest` checks ids against."""
SLUG_MAX = 60
"""Longest slug made from a headline, in characters (whole words only)."""


class RegroupError(ValueError):
    """An edit that cannot be made (the source or story is not in the corpus, a story
    merged with itself), phrased for the reader."""


def move_source(corpus: Corpus, source: Source, to_story: Story | None) -> Corpus:
    """Move `source` out of its story into `to_story`, or into a new story of its own.

    The new story is titled by the source's headline and dated by its text, and
    comes right after the story the source left. A story left without sources
    disappears. The moved source goes last in `to_story`, renamed `id-2` if its
    id is taken there.

    Raises:
        RegroupError: the source or the target story is not in the corpus, or
            the source is already in `to_story` (or alone in its story when
            `to_story` is None).
    """
    si, xi = _locate_source(corpus, source)
    stories = list(corpus.stories)
    home = stories[si]
    moved = home.sources[xi]
    if to_story is not None:
        ti = _locate_story(corpus, to_story)
        if ti == si:
            raise RegroupError(f"{moved.outlet!r} is already in {home.title!r}")
    elif len(home.sources) == 1:
        raise RegroupError(f"{moved.outlet!r} is already the only source of its story")
    left = replace(home, sources=home.sources[:xi] + home.sources[xi + 1 :])
    if to_story is None:
        used = {s.id for s in stories}
        title = source_headline(moved) or moved.outlet or moved.id
        fresh = Story(
            id=unique_slug(title, used),
            title=title,
            date=guess_date(moved.text),
            sources=(moved,),
        )
        stories[si : si + 1] = [left, fresh] if left.sources else [fresh]
    else:
        target = stories[ti]
        stories[ti] = replace(target, sources=(*target.sources, _free_id(moved, target)))
        if left.sources:
            stories[si] = left
        else:
            del stories[si]
    return replace(corpus, stories=tuple(stories))


def merge_stories(corpus: Corpus, story: Story, into: Story) -> Corpus:
    """Merge `story` into `into`: its sources join `into`'s (after them) and it disappears.

    `into` keeps its id, title and place; its date is kept, or taken from `story`
    when it had none. Source ids that clash get a `-2`, `-3`… suffix.

    Raises:
        RegroupError: either story is not in the corpus, or they are the same story.
    """
    si = _locate_story(corpus, story)
    ti = _locate_story(corpus, into)
    if si == ti:
        raise RegroupError("a story cannot be merged into itself")
    stories = list(corpus.stories)
    gone, target = stories[si], stories[ti]
    sources = list(target.sources)
    for source in gone.sources:
        sources.append(_free_id(source, replace(target, sources=tuple(sources))))
    stories[ti] = replace(target, sources=tuple(sources), date=target.date or gone.date)
    del stories[si]
    return replace(corpus, stories=tuple(stories))


def find_story_of(corpus: Corpus, source: Source) -> Story | None:
    """The story holding `source` (that very object first, else an equal one), or None."""
    try:
        si, _ = _locate_source(corpus, source)
    except RegroupError:
        return None
    return corpus.stories[si]


def unique_slug(title: str, used: set[str]) -> str:
    """A slug of `title` ("putin-to-visit-north-korea") not in `used`, then added to it."""
    slug = ""
    for word in re.sub(r"[^a-z0-9]+", " ", title.lower()).split():
        if len(slug) + len(word) + 1 > SLUG_MAX:
            break
        slug = f"{slug}-{word}" if slug else word
    slug = slug or "story"
    candidate, k = slug, 2
    while candidate in used:
        candidate, k = f"{slug}-{k}", k + 1
    used.add(candidate)
    return candidate


def _free_id(source: Source, story: Story) -> Source:
    """`source`, renamed `id-2`, `id-3`… when `story` already has a source of its id."""
    taken = {s.id for s in story.sources}
    base = source.id or "source"
    sid, k = base, 2
    while sid in taken:
        sid, k = f"{base}-{k}", k + 1
    return source if sid == source.id else replace(source, id=sid)


def _locate_source(corpus: Corpus, source: Source) -> tuple[int, int]:
    # That very object first: two equal sources (one file listed twice) are told apart.
    for match in (lambda s: s is source, lambda s: s == source):
        for si, story in enumerate(corpus.stories):
            for xi, candidate in enumerate(story.sources):
                if match(candidate):
                    return si, xi
    raise RegroupError(f"{source.outlet!r} ({source.path or source.id}) is not in this corpus")


def _locate_story(corpus: Corpus, story: Story) -> int:
    for si, candidate in enumerate(corpus.stories):
        if candidate is story:
            return si
    for si, candidate in enumerate(corpus.stories):
        if candidate.id == story.id:
            return si
    raise RegroupError(f"story {story.title!r} is not in this corpus")
