"""Stories and sources: decoding bytes, reading manifests and folders.

A corpus is a folder. When it holds `stories.yaml`, that manifest is the truth;
otherwise every `.txt` file in it or its subfolders (hidden ones skipped) is a
source. Errors are `CorpusError`s that name the file, and where known the line
and field, so the faces can show one clear line.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from newsdiff.core.model import Corpus, CorpusError, Source, Story
from newsdiff.core.text.decode import decode_bytes

MANIFEST_NAME = "stories.yaml"
SOURCE_SUFFIXES = (".txt",)
DEFAULT_MAX_BYTES = 2_000_000
"""Inputs larger than this are refused unless the caller raises the limit."""

_SLUG = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


def read_source(
    path: str | Path,
    *,
    source_id: str = "",
    outlet: str = "",
    url: str = "",
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Source:
    """Load one article from a file.

    Raises:
        CorpusError: missing, unreadable, a directory, too large, or binary.
    """
    p = Path(path)
    if p.is_dir():
        raise CorpusError(f"{path}: is a directory, expected a text file")
    try:
        size = p.stat().st_size
    except FileNotFoundError:
        raise CorpusError(f"{path}: no such file") from None
    except OSError as exc:
        raise CorpusError(f"{path}: cannot read ({exc.strerror or exc})") from None
    except ValueError:  # a NUL byte in a name read from a manifest
        raise CorpusError(f"{path!r}: not a usable file name") from None
    if size > max_bytes:
        raise CorpusError(
            f"{path}: {size:,} bytes is over the {max_bytes:,}-byte limit "
            "(raise it with --max-bytes)"
        )
    try:
        # Read at most one byte past the limit: a device or pipe (/dev/zero,
        # <(curl ...)) reports size 0 however much it holds.
        with p.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise CorpusError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if len(data) > max_bytes:
        raise CorpusError(
            f"{path}: more than the {max_bytes:,}-byte limit (raise it with --max-bytes)"
        )
    text, encoding = decode_bytes(data, str(path))
    return Source(
        id=source_id or p.stem,
        outlet=outlet or p.stem,
        path=str(path),
        text=text,
        url=url,
        encoding=encoding,
    )


def source_from_bytes(
    data: bytes, *, source_id: str = "stdin", path: str = "-", max_bytes: int = DEFAULT_MAX_BYTES
) -> Source:
    """Load one article from bytes already read (stdin)."""
    if len(data) > max_bytes:
        raise CorpusError(
            f"{path}: {len(data):,} bytes is over the {max_bytes:,}-byte limit "
            "(raise it with --max-bytes)"
        )
    text, encoding = decode_bytes(data, path)
    return Source(id=source_id, outlet=source_id, path=path, text=text, encoding=encoding)


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
        raise CorpusError(f"{location}: expected a folder or a stories.yaml manifest")
    if not p.is_dir():
        raise CorpusError(f"{location}: no such folder or manifest")
    manifest = p / MANIFEST_NAME
    if manifest.is_file():
        return load_manifest(manifest, max_bytes=max_bytes)
    return load_folder(p, max_bytes=max_bytes)


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


def load_manifest(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Corpus:
    """Load `stories.yaml` with `yaml.safe_load`, validating every field.

    Raises:
        CorpusError: naming the file, line and field of the first problem.
    """
    import yaml

    try:
        if path.stat().st_size > max_bytes:
            raise CorpusError(
                f"{path}: manifest is over the {max_bytes:,}-byte limit (raise it with --max-bytes)"
            )
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CorpusError(f"{path}: cannot read manifest ({exc})") from None
    try:
        node = yaml.compose(raw, Loader=yaml.SafeLoader)
        data = yaml.safe_load(raw)
    except yaml.constructor.ConstructorError as exc:
        mark = exc.problem_mark
        where = f":{mark.line + 1}" if mark is not None else ""
        # Tags such as !!python/object never run: only plain YAML is understood.
        raise CorpusError(f"{path}{where}: invalid YAML: {exc.problem} (plain YAML only)") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise CorpusError(f"{path}{where}: invalid YAML: {problem}") from None
    except RecursionError:
        raise CorpusError(f"{path}: invalid YAML: nested too deeply") from None
    lines = _line_index(node)
    root = path.parent.resolve()

    def fail(where: tuple[Any, ...], message: str) -> CorpusError:
        line = lines.get(where)
        at = f":{line}" if line else ""
        field_name = ".".join(str(w) for w in where) or "top level"
        return CorpusError(f"{path}{at}: {field_name}: {message}")

    if not isinstance(data, dict) or not isinstance(data.get("stories"), list):
        raise fail(("stories",), "expected a list of stories under 'stories:'")
    stories: list[Story] = []
    problems: list[str] = []
    story_ids: set[str] = set()
    for si, entry in enumerate(data["stories"]):
        here: tuple[Any, ...] = ("stories", si)
        if not isinstance(entry, dict):
            raise fail(here, "expected a mapping with id, title and sources")
        sid = _require_str(entry, "id", here, fail)
        if not _SLUG.match(sid):
            raise fail((*here, "id"), f"{sid!r} is not a slug (letters, digits, . _ -)")
        if sid in story_ids:
            raise fail((*here, "id"), f"duplicate story id {sid!r}")
        story_ids.add(sid)
        title = _require_str(entry, "title", here, fail)
        date = entry.get("date", "")
        date = "" if date is None else str(date)
        raw_sources = entry.get("sources")
        if not isinstance(raw_sources, list) or not raw_sources:
            raise fail((*here, "sources"), "expected a non-empty list of sources")
        sources: list[Source] = []
        source_ids: set[str] = set()
        for xi, src in enumerate(raw_sources):
            shere = (*here, "sources", xi)
            if not isinstance(src, dict):
                raise fail(shere, "expected a mapping with id, outlet and file")
            xid = _require_str(src, "id", shere, fail)
            if xid in source_ids:
                raise fail((*shere, "id"), f"duplicate source id {xid!r} in story {sid!r}")
            source_ids.add(xid)
            file_name = _require_str(src, "file", shere, fail)
            outlet = str(src.get("outlet") or xid)
            url = str(src.get("url") or "")
            try:
                target = (path.parent / file_name).resolve()
            except (OSError, ValueError) as exc:  # a NUL byte, a symlink loop
                raise fail(
                    (*shere, "file"), f"{file_name!r} is not a usable path ({exc})"
                ) from None
            if not target.is_relative_to(root):
                raise fail((*shere, "file"), f"{file_name!r} is outside the corpus folder")
            try:
                sources.append(
                    read_source(target, source_id=xid, outlet=outlet, url=url, max_bytes=max_bytes)
                )
            except CorpusError as exc:
                # One bad article is a problem to report; the rest of the corpus loads.
                problems.append(str(fail((*shere, "file"), str(exc))))
        stories.append(Story(id=sid, title=title, date=date, sources=tuple(sources)))
    return Corpus(root=str(path), stories=tuple(stories), problems=tuple(problems))


def _require_str(entry: dict[str, Any], key: str, here: tuple[Any, ...], fail: Any) -> str:
    value = entry.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        raise fail((*here, key), "is missing")
    if not isinstance(value, str | int | float):
        raise fail((*here, key), "expected text")
    return str(value)


def _line_index(root: Any) -> dict[tuple[Any, ...], int]:
    """Map each path in the YAML tree to the 1-based line it starts on.

    A mapping entry's line is its key's. The walk is iterative and enters each
    node once, so neither deep nesting nor aliases repeated into a "billion
    laughs" can make it blow up.
    """
    import yaml

    out: dict[tuple[Any, ...], int] = {}
    if root is None:
        return out
    seen: set[int] = set()
    stack: list[tuple[Any, tuple[Any, ...], int]] = [(root, (), root.start_mark.line + 1)]
    while stack:
        node, where, line = stack.pop()
        out.setdefault(where, line)
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode):
                    stack.append((value, (*where, key.value), key.start_mark.line + 1))
        elif isinstance(node, yaml.SequenceNode):
            for i, item in enumerate(node.value):
                stack.append((item, (*where, i), item.start_mark.line + 1))
    return out
