"""Bytes to text: BOMs, UTF-8, legacy encodings, mojibake repaired; newlines normalised."""

from __future__ import annotations

import codecs
import re
from functools import lru_cache
from typing import Any

from newsdiff.core.model import CorpusError

# UTF-8 read as Latin-1 or cp1252 turns each lead byte into one of "Â".."ô" and
# each continuation byte into a C1 control, a Latin-1 sign or one of cp1252's
# extra characters: "â€™" for "’", "Ã©" for "é". Text without such a pair
# cannot hold mojibake, so ftfy (and its import) is skipped for it.
_CONTINUATION = "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
_CONTINUATION += "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
_MOJIBAKE_HINT = re.compile(f"[\u00c2-\u00f4][{_CONTINUATION}]")


@lru_cache(maxsize=1)
def _line_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A line ftfy may change once a text shows mojibake (a lead character before
    a continuation, a replacement character or a space: a lost no-break space, or
    a C1 control), and a line; compiled only for a text that shows mojibake.
    Other lines are passed over as ftfy would leave them."""
    hint = re.compile(f"[\u00c2-\u00f4][{_CONTINUATION}\ufffd ]|[\u0080-\u009f]")
    return hint, re.compile(r"[^\n]*\n|[^\n]+")


def decode_bytes(data: bytes, name: str = "input") -> tuple[str, str]:
    """Turn bytes into text without ever crashing on them.

    UTF-8 (with or without BOM) first, UTF-16/32 when a BOM says so, then
    cp1252, then latin-1 which accepts anything. Newlines are normalised and
    mojibake is repaired (`repair_mojibake`), so every later step (display,
    facts, alignment, grouping, the removed-line accounting) sees the repaired
    text.

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
                return repaired_text(data.decode(encoding)), encoding
            except UnicodeDecodeError:
                break
    if b"\x00" in data[:65536]:
        raise CorpusError(f"{name}: looks like binary data, not text")
    try:
        return repaired_text(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return repaired_text(data.decode("cp1252")), "cp1252"
    except UnicodeDecodeError:
        return repaired_text(data.decode("latin-1")), "latin-1"


def repaired_text(text: str) -> str:
    """Decoded text made ready for every later step: mojibake repaired, newlines
    normalised (the last step of `decode_bytes` and of a web page's decoding)."""
    return normalise_newlines(repair_mojibake(text))


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 that was decoded as Latin-1 or cp1252, once or twice over.

    "Tourismâ€™s" becomes "Tourism’s", "CAIRO â€”" becomes "CAIRO —". The
    repair is ftfy's (the maintained library for exactly this), limited to
    encoding fixes: quotes, HTML entities, ligatures, widths, line breaks and
    Unicode normalisation are left as written. Text with no character that
    mojibake leaves behind is returned as is without loading ftfy.
    """
    if text.isascii() or _MOJIBAKE_HINT.search(text) is None:
        return text
    import ftfy

    # ftfy fixes line by line; only the lines that can need it are handed over
    # (on a 79k-word article with two such lines: 190 ms -> 2 ms, same text).
    config = _ftfy_config()
    hint, line_pattern = _line_patterns()
    return "".join(
        ftfy.fix_text(line, config) if hint.search(line) else line
        for line in line_pattern.findall(text)
    )


@lru_cache(maxsize=1)
def _ftfy_config() -> Any:
    import ftfy

    return ftfy.TextFixerConfig(
        unescape_html=False,
        remove_terminal_escapes=False,
        fix_encoding=True,
        fix_latin_ligatures=False,
        fix_character_width=False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        fix_surrogates=False,
        remove_control_chars=False,
        normalization=None,
        explain=False,
    )


def normalise_newlines(text: str) -> str:
    """CRLF, CR and Unicode line/paragraph separators become \\n."""
    return (
        text.replace("\r\n", "\n")
        .replace("\r", "\n")
        .replace("\u2028", "\n")
        .replace("\u2029", "\n\n")
        .replace("\x85", "\n")
    )


@lru_cache(maxsize=1)
def _sniff() -> re.Pattern[str]:
    """How a web page opens; compiled on first use (a named .txt file never asks)."""
    return re.compile(
        r"\A(?:\ufeff)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
        r"<(?:!doctype\s+html|html|head|body|meta|title|link|script|div|article)\b",
        re.IGNORECASE | re.DOTALL,
    )


def looks_like_html(text: str) -> bool:
    """Whether text read from stdin (or a file with no telling suffix) is a web
    page: it opens, after blanks and comments, with a doctype or a page tag."""
    return _sniff().match(text[:4096]) is not None


def opens_like_html(data: bytes) -> bool:
    """`looks_like_html` of bytes not yet decoded (stdin, a fetched answer)."""
    return looks_like_html(data[:4096].decode("utf-8", "replace"))
