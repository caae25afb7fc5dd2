"""`stories.yaml`: a manifest naming each story and its sources."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from newsdiff.core.model import Corpus, CorpusError, Source, Story
from newsdiff.core.stories.outlets import guess_headline
from newsdiff.core.stories.sources import DEFAULT_MAX_BYTES, display_path, read_bytes, read_source

_SLUG = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


def load_manifest(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Corpus:
    """Load `stories.yaml` with `yaml.safe_load`, checking every field.

    A bad entry (a missing or empty title, a duplicate id, a missing file, a
    date that is no date, a file outside the corpus folder) is one warning in
    `Corpus.problems` naming `file:line: field`; the entry is defaulted (an id
    made unique, a title taken from the article) or skipped, and the rest of
    the corpus opens. Dates are read as text, never by the YAML loader, so an
    impossible one (`2024-02-30`) is such a warning too.

    Raises:
        CorpusError: only when the YAML cannot be read safely at all (not
            UTF-8, invalid, tags such as !!python/object, too deep, too large),
            holds no `stories:` list, or not one story in it can be read.
    """
    import yaml

    name = display_path(path)
    try:
        raw = read_bytes(path, max_bytes=max_bytes, regular_only=True).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CorpusError(f"{name}: cannot read manifest ({exc})") from None
    except CorpusError as exc:
        raise CorpusError(f"{exc} (the manifest)") from None
    try:
        node = yaml.compose(raw, Loader=yaml.SafeLoader)
        raw = _dates_as_text(raw, node)
        node = yaml.compose(raw, Loader=yaml.SafeLoader)
        data = yaml.safe_load(raw)
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
    except (RecursionError, ValueError) as exc:
        # ValueError: a value no safe constructor accepts; dates are text by now.
        why = "nested too deeply" if isinstance(exc, RecursionError) else str(exc)
        raise CorpusError(f"{name}: invalid YAML: {why}") from None
    lines = _line_index(node)

    def message(where: tuple[Any, ...], text: str) -> str:
        # A missing field has no line of its own: its entry's line is given.
        line = next((lines[where[:k]] for k in range(len(where), 0, -1) if where[:k] in lines), 0)
        at = f":{line}" if line else ""
        field_name = ".".join(str(w) for w in where) or "top level"
        return f"{name}{at}: {field_name}: {text}"

    if not isinstance(data, dict) or not isinstance(data.get("stories"), list):
        raise CorpusError(message(("stories",), "expected a list of stories under 'stories:'"))
    reader = _EntryReader(path, max_bytes, message)
    stories = [
        story
        for si, entry in enumerate(data["stories"])
        if (story := reader.story(entry, ("stories", si))) is not None
    ]
    if not stories:
        first = reader.problems[0] if reader.problems else f"{name}: the list is empty"
        raise CorpusError(f"{name}: no story could be read ({first})")
    return Corpus(root=name, stories=tuple(stories), problems=tuple(reader.problems))


# A plain scalar the YAML resolver would turn into a date or a datetime.
_TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?(?:[Tt ].*)?$")


def _dates_as_text(raw: str, node: Any) -> str:
    """`raw` with every plain date scalar quoted, so the loader keeps it as text.

    Such a scalar holds only digits, '-', ':', '.', '+', 'T', 'Z' and spaces,
    so quoting it changes nothing else; it stays on its line.
    """
    import yaml

    spans: list[tuple[int, int]] = []
    seen: set[int] = set()
    stack = [node] if node is not None else []
    while stack:
        here = stack.pop()
        if id(here) in seen:
            continue
        seen.add(id(here))
        if isinstance(here, yaml.ScalarNode):
            if here.tag == _TIMESTAMP_TAG and here.style is None:
                spans.append((here.start_mark.index, here.end_mark.index))
        elif isinstance(here, yaml.MappingNode):
            stack.extend(x for pair in here.value for x in pair)
        elif isinstance(here, yaml.SequenceNode):
            stack.extend(here.value)
    for start, end in sorted(spans, reverse=True):
        raw = f'{raw[:start]}"{raw[start:end]}"{raw[end:]}'
    return raw


def _read_date(value: Any) -> str | None:
    """An ISO date (YYYY-MM-DD or YYYY-MM) from a manifest value, "" for none,
    None when it is not a real date."""
    if value is None or value == "":
        return ""
    match = _ISO_DATE.match(str(value).strip())
    if not match:
        return None
    year, month, day = match.groups()
    try:
        if day is None:
            dt.date(int(year), int(month), 1)
            return f"{year}-{month}"
        return dt.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


class _EntryReader:
    """Reads the stories of one manifest, collecting a warning per bad entry."""

    def __init__(self, path: Path, max_bytes: int, message: Any) -> None:
        self.path = path
        self.root = path.parent.resolve()
        self.max_bytes = max_bytes
        self.message = message
        self.problems: list[str] = []
        self.story_ids: set[str] = set()

    def warn(self, where: tuple[Any, ...], text: str) -> None:
        self.problems.append(self.message(where, text))

    def text(self, entry: dict[str, Any], key: str, here: tuple[Any, ...]) -> str:
        """The field as text; "" with a warning when it is missing, empty or not text."""
        value = entry.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            return ""
        if not isinstance(value, str | int | float) or isinstance(value, bool):
            self.warn((*here, key), "expected text")
            return ""
        return str(value).strip()

    def story(self, entry: Any, here: tuple[Any, ...]) -> Story | None:
        if not isinstance(entry, dict):
            self.warn(here, "expected a mapping with id, title and sources; story skipped")
            return None
        raw_sources = entry.get("sources")
        if not isinstance(raw_sources, list) or not raw_sources:
            self.warn((*here, "sources"), "expected a non-empty list of sources; story skipped")
            return None
        sources: list[Source] = []
        source_ids: set[str] = set()
        for xi, src in enumerate(raw_sources):
            source = self.source(src, (*here, "sources", xi), source_ids)
            if source is not None:
                sources.append(source)
        title = self.text(entry, "title", here)
        if not title:
            title = next((h for s in sources if (h := s.title or guess_headline(s.text))), "")
            self.warn((*here, "title"), "is missing; titled from its first article")
        sid = self.text(entry, "id", here)
        if sid and not _SLUG.match(sid):
            self.warn((*here, "id"), f"{sid!r} is not a slug (letters, digits, . _ -); made one")
            sid = ""
        elif not sid:
            self.warn((*here, "id"), "is missing; made one from the title")
        if not sid:
            sid = _slug(title) or f"story-{here[-1] + 1}"
        unique = _unique(sid, self.story_ids)
        if unique != sid:
            self.warn((*here, "id"), f"duplicate story id {sid!r}; renamed {unique!r}")
        date = _read_date(entry.get("date"))
        if date is None:
            self.warn((*here, "date"), f"{entry.get('date')!s:.40} is not a date; left out")
            date = ""
        return Story(id=unique, title=title or unique, date=date, sources=tuple(sources))

    def source(self, src: Any, here: tuple[Any, ...], used: set[str]) -> Source | None:
        if not isinstance(src, dict):
            self.warn(here, "expected a mapping with id, outlet and file; source skipped")
            return None
        file_name = self.text(src, "file", here)
        url = self.text(src, "url", here)
        xid = self.text(src, "id", here)
        if not xid:
            named = Path(file_name).stem if file_name else url.rstrip("/").rpartition("/")[2]
            xid = _slug(named) or f"source-{here[-1] + 1}"
            self.warn((*here, "id"), f"is missing; named {xid!r}")
        unique = _unique(xid, used)
        if unique != xid:
            self.warn((*here, "id"), f"duplicate source id {xid!r}; renamed {unique!r}")
        outlet = self.text(src, "outlet", here)
        if not file_name and url:
            # A page named by its address only: fetched now (or read from the cache).
            from newsdiff.core.stories.fetch import read_url

            try:
                return read_url(url, source_id=unique, outlet=outlet, max_bytes=self.max_bytes)
            except CorpusError as exc:
                self.warn((*here, "url"), f"{exc}; source skipped")
                return None
        if not file_name:
            self.warn((*here, "file"), "is missing (and no url:); source skipped")
            return None
        try:
            target = (self.path.parent / file_name).resolve()
        except (OSError, ValueError, RuntimeError) as exc:  # a NUL byte, a symlink loop
            self.warn((*here, "file"), f"{file_name!r} is not a usable path ({exc}); skipped")
            return None
        if not target.is_relative_to(self.root):
            self.warn((*here, "file"), f"{file_name!r} is outside the corpus folder; skipped")
            return None
        try:
            return read_source(
                target,
                source_id=unique,
                outlet=outlet,
                url=url,
                max_bytes=self.max_bytes,
                default_outlet=unique,
            )
        except CorpusError as exc:
            # One bad article is a problem to report; the rest of the corpus loads.
            self.warn((*here, "file"), str(exc))
            return None


def _slug(text: str) -> str:
    return "-".join(re.sub(r"[^a-z0-9]+", " ", text.lower()).split()[:8])


def _unique(name: str, used: set[str]) -> str:
    candidate, k = name, 2
    while candidate in used:
        candidate, k = f"{name}-{k}", k + 1
    used.add(candidate)
    return candidate


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
