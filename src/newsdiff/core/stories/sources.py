"""One source from a file or from bytes already read: size limits, decoding.

Files named by a corpus (a folder's articles, a manifest's `file:`) are read
defensively: opened without blocking, checked to be the regular file that was
asked for (not a FIFO or device swapped in after the folder was listed), and
read with a bound. A file named on the command line may be a pipe
(`newsdiff <(curl …) b.txt`), which is read as a stream, still with the bound.
"""

from __future__ import annotations

import os
import stat

from newsdiff.core.model import CorpusError, RemovedLine, Source
from newsdiff.core.text.decode import decode_bytes, looks_like_html, opens_like_html

TEXT_SUFFIXES = (".txt",)
"""Plain-text articles."""
MARKDOWN_SUFFIXES = (".md", ".markdown")
"""Markdown articles: link text kept, addresses and images removed with a reason."""
PAGE_SUFFIXES = (".html", ".htm")
"""Saved web pages: the article extracted, the rest of the page removed with reasons."""
SOURCE_SUFFIXES = TEXT_SUFFIXES + MARKDOWN_SUFFIXES + PAGE_SUFFIXES
"""The files a folder reads as articles; any other file is reported as skipped."""
DEFAULT_MAX_BYTES = 2_000_000
"""Inputs larger than this are refused unless the caller raises the limit."""
PAGE_BYTES_FACTOR = 5
"""A web page (a saved .html file, a fetched address) may hold this many times
the article limit (so 10 MB by default): a page's markup and inline scripts
weigh several times its text (the 160 saved pages of the dev set: median
126 KB, largest 1.6 MB; live pages with inline scripts run to several MB)."""


def display_path(path: str | os.PathLike[str]) -> str:
    """A path as text a reader and a JSON file can hold.

    File names are bytes; those that are not UTF-8 (`bad\\xff.txt`) come into
    Python as lone surrogates, which no UTF-8 output can encode. They are shown
    with U+FFFD in their place.
    """
    text = os.fspath(path)
    if text.isascii():
        return text
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def read_bytes(path: str | os.PathLike[str], *, max_bytes: int, regular_only: bool) -> bytes:
    """The bytes of one file, at most `max_bytes` of them.

    Args:
        path: the file.
        max_bytes: refuse a file holding more.
        regular_only: refuse anything but a regular file (FIFOs, devices,
            sockets), checked on the file actually opened; the open never
            blocks, and neither does a read of a special file such as
            /proc/kmsg. Without it, a pipe or device is read as a stream.

    Raises:
        CorpusError: missing, a directory, not a regular file, unreadable, too large.
    """
    name = display_path(path)
    flags = os.O_RDONLY | getattr(os, "O_CLOEXEC", 0)
    if regular_only:
        flags |= getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise CorpusError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise CorpusError(f"{name}: is a directory, expected a text file") from None
    except OSError as exc:
        raise CorpusError(f"{name}: cannot read ({exc.strerror or exc})") from None
    except ValueError:  # a NUL byte in a name read from a manifest
        raise CorpusError(f"{name!r}: not a usable file name") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise CorpusError(f"{name}: is a directory, expected a text file")
        if regular_only and not stat.S_ISREG(info.st_mode):
            raise CorpusError(f"{name}: not a regular file ({_file_kind(info.st_mode)})")
        if info.st_size > max_bytes:
            raise CorpusError(
                f"{name}: {info.st_size:,} bytes is over the {max_bytes:,}-byte limit "
                "(raise it with --max-bytes)"
            )
        # Read at most one byte past the limit: a device or pipe (/dev/zero,
        # <(curl ...)) reports size 0 however much it holds.
        chunks: list[bytes] = []
        left = max_bytes + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    except BlockingIOError:
        raise CorpusError(f"{name}: cannot read (it would block)") from None
    except OSError as exc:
        raise CorpusError(f"{name}: cannot read ({exc.strerror or exc})") from None
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > max_bytes:
        raise CorpusError(
            f"{name}: more than the {max_bytes:,}-byte limit (raise it with --max-bytes)"
        )
    return data


def _file_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "a special file"


def read_source(
    path: str | os.PathLike[str],
    *,
    source_id: str = "",
    outlet: str = "",
    url: str = "",
    max_bytes: int = DEFAULT_MAX_BYTES,
    regular_only: bool = True,
    default_outlet: str = "",
) -> Source:
    """Load one article from a file.

    Args:
        path: the file.
        source_id: its id (default: the file stem).
        outlet: its outlet (default: the one a web page names, else
            `default_outlet`, else the file stem).
        url: where it was published, when known.
        max_bytes: refuse a file holding more (a web page: `PAGE_BYTES_FACTOR`
            times more).
        regular_only: see `read_bytes`; the command line passes False so that
            a pipe it was given is read.

    Raises:
        CorpusError: missing, unreadable, a directory, too large, or binary.
    """
    stem, suffix = os.path.splitext(os.path.basename(path))
    kind = _kind(suffix)
    if kind == "html":
        max_bytes *= PAGE_BYTES_FACTOR
    data = read_bytes(path, max_bytes=max_bytes, regular_only=regular_only)
    name = display_path(path)
    stem = display_path(stem)
    return source_from_data(
        data,
        source_id=source_id or stem,
        outlet=outlet,
        path=name,
        url=url,
        kind=kind,
        default_outlet=default_outlet or stem,
    )


def _kind(suffix: str) -> str:
    suffix = suffix.lower()
    if suffix in PAGE_SUFFIXES:
        return "html"
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    if suffix in TEXT_SUFFIXES:
        return "text"
    return "sniff"


def source_from_data(
    data: bytes,
    *,
    source_id: str,
    path: str,
    outlet: str = "",
    url: str = "",
    kind: str = "sniff",
    default_outlet: str = "",
    charset: str = "",
    fetched_from: str = "",
) -> Source:
    """One article from its bytes, read as `kind`: "text", "markdown", "html",
    or "sniff" (HTML when the bytes open like a page, else text).

    A page's own metadata fills what the caller did not give: the outlet
    (`og:site_name`, JSON-LD publisher), the canonical URL, title, date, author.
    `charset` is what a server declared for fetched bytes, `fetched_from` the
    address they came from (the URL when the page names no canonical one).

    Raises:
        CorpusError: the bytes are binary.
    """
    if kind != "html":
        text, encoding = decode_bytes(data, path)
        if kind == "sniff" and looks_like_html(text):
            kind = "html"
    fallback = default_outlet or source_id
    if kind == "html":
        # The page reader (and through it lxml and trafilatura) is imported only
        # for a page: a plain-text one-shot stays lean.
        from newsdiff.core.text.html_page import decode_html, read_html

        text, encoding = decode_html(data, path, charset)
        page = read_html(text, url or fetched_from)
        meta = page.meta
        return Source(
            id=source_id,
            outlet=outlet or meta.outlet or fallback,
            path=path,
            text=page.text,
            url=url or meta.url,
            encoding=encoding,
            title=meta.title,
            date=meta.date,
            author=meta.author,
            removed=page.removed,
        )
    removed: tuple[RemovedLine, ...] = ()
    if kind == "markdown":
        from newsdiff.core.text.markdown_page import read_markdown

        text, removed = read_markdown(text)
    return Source(
        id=source_id,
        outlet=outlet or fallback,
        path=path,
        text=text,
        url=url or fetched_from,
        encoding=encoding,
        removed=removed,
    )


def source_from_bytes(
    data: bytes, *, source_id: str = "stdin", path: str = "-", max_bytes: int = DEFAULT_MAX_BYTES
) -> Source:
    """Load one article from bytes already read (stdin): a web page when it
    opens like one (then up to `PAGE_BYTES_FACTOR` × `max_bytes`), else text.
    The caller reads up to one byte past the page limit."""
    if len(data) > max_bytes and not (
        len(data) <= max_bytes * PAGE_BYTES_FACTOR and opens_like_html(data)
    ):
        raise CorpusError(
            f"{path}: {len(data):,} bytes is over the {max_bytes:,}-byte limit "
            "(raise it with --max-bytes)"
        )
    return source_from_data(data, source_id=source_id, path=path, kind="sniff")
