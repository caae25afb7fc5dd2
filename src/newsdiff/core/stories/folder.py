"""A folder without a manifest: every article file in it, grouped into stories."""

from __future__ import annotations

import os
from pathlib import Path

from newsdiff.core.model import Corpus, CorpusError, Source
from newsdiff.core.stories.sources import DEFAULT_MAX_BYTES, SOURCE_SUFFIXES, read_source

MANIFEST_NAME = "stories.yaml"


def _article_files(folder: Path) -> list[Path]:
    """The `.txt` files of a folder and its subfolders ("reuters/", "2024-06/"),
    in a stable order; hidden folders (".git") and linked folders are skipped,
    so a link cannot make the walk loop."""
    found: list[Path] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found += [
            Path(root, name)
            for name in files
            if Path(name).suffix.lower() in SOURCE_SUFFIXES and Path(root, name).is_file()
        ]
    return sorted(found)


def _has_letter(name: str) -> bool:
    return any(ch.isalpha() for ch in name)


def load_folder(folder: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Corpus:
    """Every text file of a folder, grouped into stories by what they report."""
    sources: list[Source] = []
    problems: list[str] = []
    for path in _article_files(folder):
        parts = path.relative_to(folder).with_suffix("").parts
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
    if not sources and not problems:
        raise CorpusError(f"{folder}: no .txt articles and no {MANIFEST_NAME}")
    from newsdiff.core.stories.grouping import group_sources

    stories = tuple(group_sources(sources)) if sources else ()
    return Corpus(root=str(folder), stories=stories, problems=tuple(problems))
