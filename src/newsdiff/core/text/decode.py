"""Bytes to text: BOMs, UTF-8, legacy encodings; newlines normalised."""

from __future__ import annotations

import codecs

from newsdiff.core.model import CorpusError


def decode_bytes(data: bytes, name: str = "input") -> tuple[str, str]:
    """Turn bytes into text without ever crashing on them.

    UTF-8 (with or without BOM) first, UTF-16/32 when a BOM says so, then
    cp1252, then latin-1 which accepts anything. Newlines are normalised.

    Returns:
        The text and the name of the encoding used.

    Raises:
        CorpusError: when the bytes are evidently not text (NUL bytes).
    """
    for bom, encoding in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return normalise_newlines(data.decode(encoding)), encoding
            except UnicodeDecodeError:
                break
    if b"\x00" in data[:65536]:
        raise CorpusError(f"{name}: looks like binary data, not text")
    try:
        return normalise_newlines(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return normalise_newlines(data.decode("cp1252")), "cp1252"
    except UnicodeDecodeError:
        return normalise_newlines(data.decode("latin-1")), "latin-1"


def normalise_newlines(text: str) -> str:
    """CRLF, CR and Unicode line/paragraph separators become \\n."""
    return (
        text.replace("\r\n", "\n")
        .replace("\r", "\n")
        .replace("\u2028", "\n")
        .replace("\u2029", "\n\n")
        .replace("\x85", "\n")
    )
