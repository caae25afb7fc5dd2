"""Stories and sources: decoding bytes, reading manifests and folders.

A corpus is a folder. When it holds `stories.yaml`, that manifest is the truth;
otherwise every `.txt` file in it or its subfolders (hidden ones skipped) is a
source. Errors are `CorpusError`s that name the file, and where known the line
and field, so the faces can show one clear line.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from newsdiff.core.model import Corpus, CorpusError
from newsdiff.core.stories.folder import MANIFEST_NAME, load_folder
from newsdiff.core.stories.manifest import load_manifest
from newsdiff.core.stories.sources import (
    DEFAULT_MAX_BYTES,
    SOURCE_SUFFIXES,
    display_path,
    read_source,
    source_from_bytes,
)

__all__ = [
    "DEFAULT_MAX_BYTES",
    "MANIFEST_NAME",
    "SOURCE_SUFFIXES",
    "display_path",
    "load_corpus",
    "load_folder",
    "load_manifest",
    "read_source",
    "source_from_bytes",
    "summarise_problems",
]


def load_corpus(location: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Corpus:
    """Load a corpus from a folder or a manifest file.

    A file that cannot be read becomes a line in `Corpus.problems` and the
    rest loads. A broken manifest raises.

    Raises:
        CorpusError: the location is missing, or the manifest is invalid.
    """
    p = Path(location)
    if p.is_file():
        if p.suffix.lower() in (".yaml", ".yml"):
            return load_manifest(p, max_bytes=max_bytes)
        raise CorpusError(f"{display_path(location)}: expected a folder or a stories.yaml manifest")
    if not p.is_dir():
        raise CorpusError(f"{display_path(location)}: no such folder or manifest")
    manifest = p / MANIFEST_NAME
    if manifest.is_file():
        return load_manifest(manifest, max_bytes=max_bytes)
    return load_folder(p, max_bytes=max_bytes)


def summarise_problems(problems: Sequence[str], *, examples: int = 2) -> str:
    """One line for all of a corpus's problems, for a single notification.

    Problems are "where: what" lines; they are counted by what went wrong
    ("3,000 files: looks like binary data, not text") and the first few are
    quoted whole. Linear in the number of problems.

    Returns:
        "" when there is no problem.
    """
    if not problems:
        return ""
    if len(problems) == 1:
        return problems[0]
    kinds = Counter(problem.rsplit(": ", 1)[-1] for problem in problems)
    counted = "; ".join(f"{n:,} × {what}" for what, n in kinds.most_common(3))
    if len(kinds) > 3:
        counted += f"; {len(kinds) - 3:,} other kinds"
    shown = "; ".join(problems[:examples])
    return f"{len(problems):,} problems while loading ({counted}). First: {shown}"
