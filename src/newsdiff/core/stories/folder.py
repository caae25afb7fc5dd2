"""A folder without a manifest: every article file in it, grouped into stories."""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

from newsdiff.core.model import Corpus, CorpusError, Source
from newsdiff.core.stories.sources import (
    DEFAULT_MAX_BYTES,
    SOURCE_SUFFIXES,
    display_path,
    read_source,
)

MANIFEST_NAME = "stories.yaml"
SKIPPED_KINDS = 5
"""How many kinds of skipped file the one skipped-files line names."""
ARTICLE_KINDS = " ".join(SOURCE_SUFFIXES)


def _article_files(folder: Path) -> tuple[list[Path], list[str]]:
    """The article files of a folder and its subfolders ("reuters/", "2024-06/"),
    in a stable order, and a problem line for each file that was not taken.

    Hidden entries (".git") and linked folders are skipped, so a link cannot
    make the walk loop; a linked file is read only when it points inside the
    folder (`ln -s /etc/passwd d/p.txt` is refused). The walk keeps its own
    stack, so however deep the folders nest it cannot overflow Python's.
    """
    found: list[Path] = []
    problems: list[str] = []
    skipped: Counter[str] = Counter()
    root = folder.resolve()
    # Plain strings while walking: a Path parses its whole path, which made a
    # walk a thousand folders deep quadratic.
    pending = [os.fspath(folder)]
    while pending:
        here = pending.pop()
        try:
            with os.scandir(here) as listing:
                entries = list(listing)
        except OSError as exc:
            problems.append(f"{display_path(here)}: cannot list ({exc.strerror or exc})")
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                if entry.is_dir(follow_symlinks=False):
                    pending.append(entry.path)
                    continue
                suffix = Path(entry.name).suffix.lower()
                if suffix not in SOURCE_SUFFIXES:
                    if entry.name != MANIFEST_NAME:
                        skipped[suffix or "(no suffix)"] += 1
                    continue
                if entry.is_symlink() and not _links_inside(Path(entry.path), root):
                    problems.append(
                        f"{display_path(entry.path)}: links to a file outside the folder; not read"
                    )
                    continue
            except OSError as exc:
                problems.append(f"{display_path(entry.path)}: cannot read ({exc.strerror or exc})")
                continue
            found.append(Path(entry.path))
    if skipped:
        problems.append(skipped_line(skipped))
    return sorted(found), problems


def skipped_line(skipped: Counter[str]) -> str:
    """One line for the files a folder holds but cannot read as articles:
    "skipped 2 files: 1 .pdf, 1 .docx" (the commonest kinds first, at most
    `SKIPPED_KINDS` of them)."""
    total = sum(skipped.values())
    kinds = [f"{n:,} {display_path(suffix)}" for suffix, n in skipped.most_common(SKIPPED_KINDS)]
    if len(skipped) > SKIPPED_KINDS:
        kinds.append(f"{len(skipped) - SKIPPED_KINDS:,} other kinds")
    plural = "file" if total == 1 else "files"
    return f"skipped {total:,} {plural}: {', '.join(kinds)}"


def _links_inside(link: Path, root: Path) -> bool:
    """Whether a link resolves to a path inside `root` (a broken or looping link
    counts as inside: reading it then reports what is wrong with it)."""
    try:
        target = link.resolve(strict=True)
    except (OSError, RuntimeError):
        return True
    return target.is_relative_to(root)


def _has_letter(name: str) -> bool:
    return any(ch.isalpha() for ch in name)


def load_folder(folder: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Corpus:
    """Every text file of a folder, grouped into stories by what they report."""
    sources: list[Source] = []
    paths, problems = _article_files(folder)
    for path in paths:
        parts = tuple(display_path(p) for p in path.relative_to(folder).with_suffix("").parts)
        # "reuters/2024-06-19.txt": the path names the source, and a file named
        # only by a date or number takes its folder's name as the outlet.
        named_by_folder = len(parts) > 1 and not _has_letter(parts[-1])
        try:
            sources.append(
                read_source(
                    path,
                    source_id="-".join(parts),
                    outlet=parts[-2] if named_by_folder and _has_letter(parts[-2]) else "",
                    max_bytes=max_bytes,
                )
            )
        except CorpusError as exc:
            problems.append(str(exc))
    if not sources and (not problems or (len(problems) == 1 and not paths)):
        # Nothing to read at all: say so, with what was skipped.
        skipped = f"; {problems[0]}" if problems else ""
        raise CorpusError(
            f"{display_path(folder)}: no articles ({ARTICLE_KINDS}) and no {MANIFEST_NAME}{skipped}"
        )
    from newsdiff.core.stories.grouping import group_sources

    stories = tuple(group_sources(sources)) if sources else ()
    return Corpus(root=display_path(folder), stories=stories, problems=tuple(problems))
