"""`stories.yaml`: a manifest naming each story and its sources."""

from __future__ import annotations

import re
from datetime import date as _date
from pathlib import Path
from typing import Any

from newsdiff.core.model import Corpus, CorpusError, Source, Story
from newsdiff.core.stories.sources import DEFAULT_MAX_BYTES, display_path, read_source

_SLUG = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


def load_manifest(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Corpus:
    """Load `stories.yaml` with `yaml.safe_load`, validating every field.

    Raises:
        CorpusError: naming the file, line and field of the first problem.
    """
    import yaml

    name = display_path(path)
    try:
        if path.stat().st_size > max_bytes:
            raise CorpusError(
                f"{name}: manifest is over the {max_bytes:,}-byte limit (raise it with --max-bytes)"
            )
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CorpusError(f"{name}: cannot read manifest ({exc})") from None
    try:
        node = yaml.compose(raw, Loader=yaml.SafeLoader)
        data = yaml.load(raw, Loader=_plain_dates_loader())
    except yaml.constructor.ConstructorError as exc:
        mark = exc.problem_mark
        where = f":{mark.line + 1}" if mark is not None else ""
        # Tags such as !!python/object never run: only plain YAML is understood.
        raise CorpusError(f"{name}{where}: invalid YAML: {exc.problem} (plain YAML only)") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise CorpusError(f"{name}{where}: invalid YAML: {problem}") from None
    except RecursionError:
        raise CorpusError(f"{name}: invalid YAML: nested too deeply") from None
    lines = _line_index(node)
    root = path.parent.resolve()

    def fail(where: tuple[Any, ...], message: str) -> CorpusError:
        line = lines.get(where)
        at = f":{line}" if line else ""
        field_name = ".".join(str(w) for w in where) or "top level"
        return CorpusError(f"{name}{at}: {field_name}: {message}")

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
        date = _iso_date(entry.get("date"))
        if date is None:
            # A bad date is a warning: the story opens undated.
            problems.append(
                str(
                    fail(
                        (*here, "date"),
                        f"{entry.get('date')!r} is not a date (YYYY-MM-DD); left out",
                    )
                )
            )
            date = ""
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
    return Corpus(root=name, stories=tuple(stories), problems=tuple(problems))


def _iso_date(value: Any) -> str | None:
    """A manifest date as YYYY-MM-DD ("" when absent), None when it is no real date."""
    if value is None or value == "":
        return ""
    try:
        return _date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        return None


def _plain_dates_loader() -> type:
    """`yaml.SafeLoader` that keeps timestamps as the strings written.

    `safe_load` turns an unquoted `2024-02-30` into a ValueError that aborts the
    whole manifest; read as a string, it is checked (and reported) like any field.
    """
    import yaml

    class PlainDatesLoader(yaml.SafeLoader):
        pass

    PlainDatesLoader.add_constructor(
        "tag:yaml.org,2002:timestamp", yaml.SafeLoader.construct_yaml_str
    )
    return PlainDatesLoader


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
