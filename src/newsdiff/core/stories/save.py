"""Saving a corpus's stories as `stories.yaml`, so the next open reads that grouping.

The manifest written is one `load_manifest` reads back to the same stories: story
ids are unique slugs, source ids unique within their story, titles never blank,
and every `file:` is relative to the manifest's folder. A source whose file is
not inside that folder (or that came from no file) cannot be written: the loader
would refuse it, so saving refuses first and names it.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

from newsdiff.core.model import Corpus, CorpusError, Source
from newsdiff.core.stories.corpus import MANIFEST_NAME
from newsdiff.core.stories.edit import SLUG_PATTERN, unique_slug

HEADER = (
    "# The stories of this folder, as grouped (and regrouped) in newsdiff.\n"
    "# newsdiff reads this file instead of grouping the articles again;\n"
    "# delete it to have them grouped afresh.\n"
)
"""Comment lines at the top of a written manifest."""
OUTSIDE_NAMED = 3
"""How many of the sources that cannot be saved an error message names."""
YAML_WIDTH = 4096
"""Line width given to the YAML writer: long titles stay on one line."""


class ManifestExists(CorpusError):
    """`stories.yaml` is already there and overwriting was not asked for."""


def manifest_folder(corpus: Corpus) -> Path:
    """The folder a corpus's manifest belongs in: its root, or the root manifest's folder."""
    root = Path(corpus.root)
    return root.parent if root.suffix.lower() in (".yaml", ".yml") else root


def manifest_text(corpus: Corpus, root: str | Path) -> str:
    """The `stories.yaml` text of `corpus`, with `file:` paths relative to `root`.

    Stories without sources are left out (a manifest story needs one).

    Raises:
        CorpusError: some source's file is outside `root` or it came from no
            file; the message says how many and names the first few.
    """
    import yaml

    folder = Path(root)
    outside: list[str] = []
    stories: list[dict[str, Any]] = []
    used: set[str] = set()
    for story in corpus.stories:
        if not story.sources:
            continue
        sid = story.id if SLUG_PATTERN.match(story.id) and story.id not in used else ""
        if sid:
            used.add(sid)
        else:
            sid = unique_slug(story.id or story.title, used)
        entry: dict[str, Any] = {"id": sid, "title": story.title if story.title.strip() else sid}
        if story.date:
            entry["date"] = story.date
        sources: list[dict[str, str]] = []
        source_ids: set[str] = set()
        for source in story.sources:
            file_name = relative_file(source, folder)
            if file_name is None:
                outside.append(source.path or f"{source.outlet} (no file)")
                continue
            xid = _unique_source_id(source, source_ids)
            # An outlet that is only the source's id (a folder's file name) is
            # left out: the loader names such a source by its id again, and a
            # reader of the file sees no hash posing as an outlet.
            item = {"id": xid}
            if source.outlet.strip() and source.outlet != xid:
                item["outlet"] = source.outlet
            item["file"] = file_name
            if source.url:
                item["url"] = source.url
            sources.append(item)
        entry["sources"] = sources
        stories.append(entry)
    if outside:
        named = ", ".join(outside[:OUTSIDE_NAMED]) + (", …" if len(outside) > OUTSIDE_NAMED else "")
        count = len(outside)
        raise CorpusError(
            f"cannot save {MANIFEST_NAME} in {folder}: {count} source{'s' if count != 1 else ''} "
            f"{'are' if count != 1 else 'is'} not a file inside that folder ({named})"
        )
    body = yaml.safe_dump(
        {"stories": stories},
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=YAML_WIDTH,
    )
    return HEADER + body


def save_manifest(corpus: Corpus, folder: str | Path, *, overwrite: bool = False) -> Path:
    """Write `folder/stories.yaml` for `corpus` and return its path.

    An existing manifest is replaced only with `overwrite` (atomically: a reader
    never sees half a file); without it, saving refuses, even if the file
    appeared a moment ago.

    Raises:
        ManifestExists: the manifest exists and `overwrite` is False.
        CorpusError: a source cannot be saved (see `manifest_text`), or the
            file cannot be written.
    """
    target = Path(folder) / MANIFEST_NAME
    if not corpus.stories:
        raise CorpusError(f"cannot save {target}: there are no stories")
    text = manifest_text(corpus, folder)
    try:
        if not overwrite:
            try:
                with target.open("x", encoding="utf-8") as handle:
                    handle.write(text)
            except FileExistsError:
                raise ManifestExists(f"{target}: already exists") from None
            return target
        fd, temp = tempfile.mkstemp(prefix=f".{MANIFEST_NAME}.", dir=target.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
            os.replace(temp, target)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise CorpusError(f"{target}: cannot write ({exc.strerror or exc})") from None
    return target


def relative_file(source: Source, folder: Path) -> str | None:
    """The source's file as a `/`-separated path relative to `folder`, or None when
    it came from no file or its file (links followed) is not inside `folder`."""
    if not source.path or source.path == "-":
        return None
    try:
        real = Path(source.path).resolve()
        root = folder.resolve()
    except (OSError, ValueError):
        return None
    if not real.is_relative_to(root) or not real.is_file():
        return None
    # The name as given, when it leads to the same file (a link keeps its own name).
    as_given = Path(os.path.abspath(source.path))
    with_links = Path(os.path.abspath(folder))
    if as_given.is_relative_to(with_links):
        relative = as_given.relative_to(with_links)
        if (folder / relative).resolve() == real:
            return relative.as_posix()
    return real.relative_to(root).as_posix()


def _unique_source_id(source: Source, used: set[str]) -> str:
    base = source.id if source.id.strip() else (Path(source.path).stem or "source")
    sid, k = base, 2
    while sid in used:
        sid, k = f"{base}-{k}", k + 1
    used.add(sid)
    return sid
