"""Fixing a grouping from the reading screen, and comparing across stories.

Each `ask_*` function opens a picker (or a confirmation) over a screen and, once
the reader has chosen, either posts `Regrouped` with the edited corpus for the
screen to show, writes `stories.yaml`, or hands the chosen source back. The
edits themselves are the engine's (`core/stories/edit.py`, `save.py`); this
module only asks and reports.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from textual.message import Message
from textual.screen import Screen

from newsdiff.core.model import Corpus, CorpusError, Source, Story
from newsdiff.core.stories.corpus import MANIFEST_NAME
from newsdiff.core.stories.edit import RegroupError, find_story_of, merge_stories, move_source
from newsdiff.core.stories.labels import distinct_labels, source_label, source_name
from newsdiff.core.stories.save import ManifestExists, manifest_folder, save_manifest
from newsdiff.tui.screens.confirm import ConfirmScreen
from newsdiff.tui.screens.picker import PickerScreen

NEW_STORY = Story(id="", title="")
"""Stands for "a new story of its own" among the stories a source can be moved to."""


@dataclass
class Regrouped(Message):
    """The corpus was regrouped: show it, with `story` open."""

    corpus: Corpus
    """The edited corpus."""
    story: Story
    """The story to show next (one of `corpus.stories`)."""
    note: str
    """What changed, in a sentence for the reader (plain text)."""
    undo: bool = False
    """True when this goes back to an earlier grouping (it is not itself undoable)."""


UNDO_DEPTH = 50
"""Regroupings that `u` can take back, latest first; each keeps one corpus (sharing
every unchanged story and source with the next), so the memory is small."""


def story_label(story: Story) -> str:
    """A story as a picker lists it: title, date and number of sources."""
    count = len(story.sources)
    date = f"{story.date}, " if story.date else ""
    return f"{story.title}  ({date}{count} source{'s' if count != 1 else ''})"


def ask_move(screen: Screen[Any], corpus: Corpus, story: Story, source: Source) -> None:
    """Ask where to move `source` (another story, or a new one), then post `Regrouped`."""
    others = [(story_label(s), s) for s in corpus.stories if s is not story]
    pinned = [("+ A new story of its own", NEW_STORY)] if len(story.sources) > 1 else []
    if not others and not pinned:
        screen.notify("There is no other story to move this source to.", severity="warning")
        return

    def chosen(target: Story | None) -> None:
        if target is None:
            return
        try:
            edited = move_source(corpus, source, None if target is NEW_STORY else target)
        except RegroupError as exc:
            screen.notify(str(exc), title="Cannot move", severity="warning", markup=False)
            return
        moved_to = _story_by_id(edited, target.id) if target is not NEW_STORY else None
        moved_to = moved_to or find_story_of(edited, source)
        # Stay on the story being tidied, unless moving its last source emptied it.
        show = _story_by_id(edited, story.id) or moved_to
        if show is None:  # cannot happen: the source is somewhere
            return
        where = "a new story: " if target is NEW_STORY else ""
        title = moved_to.title if moved_to is not None else ""
        screen.post_message(
            Regrouped(edited, show, f"Moved {source_name(source)} to {where}{title}")
        )

    screen.app.push_screen(
        PickerScreen(
            f"Move {source_label(source)} to…",
            others,
            pinned=pinned,
            placeholder="Type part of a story's title",
        ),
        chosen,
    )


def ask_merge(screen: Screen[Any], corpus: Corpus, story: Story) -> None:
    """Ask which story to merge `story` into, then post `Regrouped` showing the merged story."""
    others = [(story_label(s), s) for s in corpus.stories if s is not story]
    if not others:
        screen.notify("There is no other story to merge this one into.", severity="warning")
        return

    def chosen(into: Story | None) -> None:
        if into is None:
            return
        try:
            edited = merge_stories(corpus, story, into)
        except RegroupError as exc:
            screen.notify(str(exc), title="Cannot merge", severity="warning", markup=False)
            return
        merged = _story_by_id(edited, into.id)
        if merged is not None:
            note = f"Merged {story.title} into {merged.title} ({len(merged.sources)} sources)"
            screen.post_message(Regrouped(edited, merged, note))

    screen.app.push_screen(
        PickerScreen(
            f"Merge {story.title} into…", others, placeholder="Type part of a story's title"
        ),
        chosen,
    )


def ask_save(screen: Screen[Any], corpus: Corpus) -> None:
    """Write `stories.yaml` beside the articles, asking first when one is there already."""
    if not corpus.root:
        screen.notify(
            "These articles were opened one by one, not as a folder: there is nowhere to "
            f"save a {MANIFEST_NAME}.",
            severity="warning",
            markup=False,
        )
        return
    folder = manifest_folder(corpus)
    target = folder / MANIFEST_NAME

    def save(overwrite: bool) -> None:
        try:
            path = save_manifest(corpus, folder, overwrite=overwrite)
        except ManifestExists:
            confirm()
            return
        except CorpusError as exc:
            screen.notify(str(exc), title="Not saved", severity="error", timeout=10, markup=False)
            return
        screen.notify(_saved_note(corpus, path), title="Saved", markup=False)

    def confirm() -> None:
        question = (
            f"{target} already exists. Replace it with the stories as they are now "
            f"({len(corpus.stories)} stories)? The next open of {folder} will use them."
        )
        if corpus.problems:
            count = len(corpus.problems)
            question += (
                f"\n\n{count} file{'s' if count != 1 else ''} that could not be loaded "
                "will be left out of it."
            )
        screen.app.push_screen(
            ConfirmScreen(f"Overwrite {MANIFEST_NAME}?", question, yes="Overwrite"),
            lambda yes: save(True) if yes else None,
        )

    if target.exists() or target.is_symlink():
        confirm()
    else:
        save(False)


def ask_compare_with(
    screen: Screen[Any], corpus: Corpus, a: Source, open_b: Callable[[Source], None]
) -> None:
    """Ask for any source of the corpus, across stories, and call `open_b` with it."""
    pairs = [(s, story) for story in corpus.stories for s in story.sources if s is not a]
    if not pairs:
        screen.notify("There is no other article to compare with.", severity="warning")
        return

    def items() -> list[tuple[str, Source]]:
        labels = distinct_labels([s for s, _ in pairs])
        return [
            (f"{label}  ({story.title})", s)
            for label, (s, story) in zip(labels, pairs, strict=True)
        ]

    def chosen(b: Source | None) -> None:
        if b is not None:
            open_b(b)

    screen.app.push_screen(
        PickerScreen(
            f"Compare {source_label(a)} with…",
            items,
            placeholder="Type part of an outlet, a headline or a story",
        ),
        chosen,
    )


def _story_by_id(corpus: Corpus, story_id: str) -> Story | None:
    return next((s for s in corpus.stories if s.id == story_id), None)


def _saved_note(corpus: Corpus, path: Path) -> str:
    sources = sum(len(s.sources) for s in corpus.stories)
    note = f"{len(corpus.stories)} stories, {sources} sources in {path}."
    if corpus.problems:
        count = len(corpus.problems)
        note += (
            f" {count} file{'s' if count != 1 else ''} that could not be loaded "
            f"{'are' if count != 1 else 'is'} not in it."
        )
    return note
