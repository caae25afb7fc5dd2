"""One source from a file or from bytes already read: size limits, decoding."""

from __future__ import annotations

from pathlib import Path

from newsdiff.core.model import CorpusError, Source
from newsdiff.core.text.decode import decode_bytes

SOURCE_SUFFIXES = (".txt",)
DEFAULT_MAX_BYTES = 2_000_000
"""Inputs larger than this are refused unless the caller raises the limit."""


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
